/* Open data's records: field lists that give both the JSON objects and the CSV columns of
 * the API and the downloads. */
#include "opendata.h"
#include "csv.h"


#include <stdio.h>

/* The project as the API, /projects.json and /projects.csv give it. */
const struct od_field od_project_fields[] = {
	{ "id", "id", OD_INT, NULL, NULL },
	{ "name", "name", OD_NAME, "name_en", NULL },
	{ "status", "status", OD_CODE, "status.", NULL },
	{ "status_since", "status_since", OD_TEXT, NULL, NULL },
	{ "overdue", "overdue", OD_BOOL, NULL, NULL },
	{ "remedy_deadline_passed", "remedy_deadline_passed", OD_TEXT, NULL, NULL },
	{ "partial_revocation.on", "part_revoked_on", OD_TEXT, NULL, NULL },
	{ "partial_revocation.land_ha_before", "part_revoked_from_ha", OD_NUM, NULL, NULL },
	{ "partial_revocation.land_ha_after", "part_revoked_to_ha", OD_NUM, NULL, NULL },
	{ "zone.slug", "zone_slug", OD_TEXT, NULL, NULL },
	{ "zone.kind", "zone_kind", OD_CODE, "zone.kind.", NULL },
	{ "zone.name", "zone_name", OD_NAME, "zone_name_en", NULL },
	{ "investor.id", "investor_id", OD_INT, NULL, NULL },
	{ "investor.name", "investor", OD_TEXT, NULL, NULL },
	{ "investor.country", "country", OD_LABELLED, "country_name", "country_name_en" },
	{ "sector", "sector", OD_LABELLED, "sector_name", "sector_name_en" },
	{ "authority", "authority", OD_CODE, "authority.", NULL },
	{ "registered_capital", "registered_capital", OD_MONEY, "currency", NULL },
	{ "disbursed_capital", "disbursed_capital", OD_MONEY, "currency", NULL },
	{ "registered_usd", "registered_usd", OD_MONEY, NULL, "USD" },
	{ "disbursed_usd", "disbursed_usd", OD_MONEY, NULL, "USD" },
	{ "land_ha", "land_ha", OD_NUM, NULL, NULL },
	{ "approved_on", "approved_on", OD_TEXT, NULL, NULL },
	{ "planned_start", "planned_start", OD_TEXT, NULL, NULL },
	{ "actual_start", "actual_start", OD_TEXT, NULL, NULL },
	{ "planned_operation", "planned_operation", OD_TEXT, NULL, NULL },
	{ "actual_operation", "actual_operation", OD_TEXT, NULL, NULL },
	{ "permit_expires_on", "permit_expires_on", OD_TEXT, NULL, NULL },
	{ "is_secondary", "is_secondary", OD_BOOL, NULL, NULL },
	{ "is_sample", "is_sample", OD_BOOL, NULL, NULL },
	{ "version", "version", OD_INT, NULL, NULL },
	{ "updated_at", "updated_at", OD_TEXT, NULL, NULL },
	{ NULL, NULL, 0, NULL, NULL },
};

const struct od_field od_zone_fields[] = {
	{ "slug", "slug", OD_TEXT, NULL, NULL },
	{ "kind", "kind", OD_CODE, "zone.kind.", NULL },
	{ "status", "status", OD_CODE, "zone.status.", NULL },
	{ "name", "name", OD_NAME, "name_en", NULL },
	{ "board.slug", "board_slug", OD_TEXT, NULL, NULL },
	{ "board.name", "board_name", OD_NAME, "board_name_en", NULL },
	{ "parent", "parent_slug", OD_TEXT, NULL, NULL },
	{ "total_ha", "total_ha", OD_NUM, NULL, NULL },
	{ "leasable_ha", "leasable_ha", OD_NUM, NULL, NULL },
	{ "leased_ha", "leased_ha", OD_NUM, NULL, NULL },
	{ "available_ha", "available_ha", OD_NUM, NULL, NULL },
	{ "occupancy_pct", "occupancy_pct", OD_NUM, NULL, NULL },
	{ "occupancy_as_of", "occupancy_as_of", OD_TEXT, NULL, NULL },
	{ "developer", "developer", OD_TEXT, NULL, NULL },
	{ "location", "location", OD_TEXT, NULL, NULL },
	{ "location_en", "location_en", OD_TEXT, NULL, NULL },
	{ "latitude", "latitude", OD_NUM, NULL, NULL },
	{ "longitude", "longitude", OD_NUM, NULL, NULL },
	{ "established_on", "established_on", OD_TEXT, NULL, NULL },
	{ "contact", "contact", OD_TEXT, NULL, NULL },
	{ "contact_en", "contact_en", OD_TEXT, NULL, NULL },
	{ "projects", "projects", OD_INT, NULL, NULL },
	{ "projects_is_sample", "projects_sample", OD_BOOL, NULL, NULL },
	{ "overdue_projects", "overdue", OD_INT, NULL, NULL },
	{ "overdue_projects_is_sample", "overdue_sample", OD_BOOL, NULL, NULL },
	{ "occupancy_stale", "occupancy_stale", OD_BOOL, NULL, NULL },
	/* the facts that decide a site (FACTS_COLUMNS, zone.def): null when not published */
#define FACT(name, kind, aux)	{ "facts." name, name, kind, aux, NULL }
	{ "facts.rent", "rent_amount", OD_MONEY, "rent_currency", NULL },
	FACT("rent_unit", OD_CODE, "choice.rent_unit."),
	FACT("rent_term_end", OD_TEXT, NULL), FACT("rent_as_of", OD_TEXT, NULL),
	FACT("rent_source", OD_TEXT, NULL),
	{ "facts.fee", "fee_amount", OD_MONEY, "fee_currency", NULL },
	FACT("fee_unit", OD_CODE, "choice.fee_unit."), FACT("fee_as_of", OD_TEXT, NULL),
	FACT("fee_source", OD_TEXT, NULL),
	FACT("power_capacity", OD_NUM, NULL), FACT("power_unit", OD_TEXT, NULL),
	FACT("water_m3_day", OD_NUM, NULL), FACT("wastewater_m3_day", OD_NUM, NULL),
	FACT("infra_as_of", OD_TEXT, NULL), FACT("infra_source", OD_TEXT, NULL),
	FACT("seaport_km", OD_NUM, NULL), FACT("airport_km", OD_NUM, NULL),
	FACT("border_gate_km", OD_NUM, NULL), FACT("expressway_km", OD_NUM, NULL),
	FACT("distances_as_of", OD_TEXT, NULL), FACT("distances_source", OD_TEXT, NULL),
	FACT("sectors_admitted", OD_LIST, NULL), FACT("sectors_as_of", OD_TEXT, NULL),
	FACT("sectors_source", OD_TEXT, NULL),
	FACT("incentives", OD_NAME, "incentives_en"), FACT("incentives_basis", OD_TEXT, NULL),
	FACT("incentives_as_of", OD_TEXT, NULL), FACT("incentives_source", OD_TEXT, NULL),
	FACT("developer_name", OD_TEXT, NULL), FACT("developer_phone", OD_TEXT, NULL),
	FACT("developer_email", OD_TEXT, NULL), FACT("developer_web", OD_TEXT, NULL),
	FACT("developer_as_of", OD_TEXT, NULL), FACT("developer_source", OD_TEXT, NULL),
	{ "facts.is_sample", "facts_sample", OD_BOOL, NULL, NULL },
#undef FACT
	{ "is_sample", "is_sample", OD_BOOL, NULL, NULL },
	{ "version", "version", OD_INT, NULL, NULL },
	{ "updated_at", "updated_at", OD_TEXT, NULL, NULL },
	{ NULL, NULL, 0, NULL, NULL },
};

/* A target as the API and /targets.csv give it (the CSV's columns in this order). */
const struct od_field od_target_fields[] = {
	{ "id", "@id", OD_INT, NULL, NULL },
	{ "period.label", "period_label", OD_TEXT, NULL, NULL },
	{ "period.start", "period_start", OD_TEXT, NULL, NULL },
	{ "period.end", "period_end", OD_TEXT, NULL, NULL },
	{ "zone.slug", "zone_slug", OD_TEXT, NULL, NULL },
	{ "zone.name", "zone_name", OD_NAME, "zone_name_en", NULL },
	{ "metric", "@metric", OD_CODE, "target.", NULL },
	{ "unit", "@unit", OD_TEXT, NULL, NULL },
	{ "target", "target_value", OD_NUM, NULL, NULL },
	{ "actual", "actual", OD_NUM, NULL, NULL },
	{ "actual_is_sample", "actual_is_sample", OD_BOOL, NULL, NULL },
	{ "source", "source", OD_TEXT, NULL, NULL },
	{ "source_en", "source_en", OD_TEXT, NULL, NULL },
	{ "is_sample", "is_sample", OD_BOOL, NULL, NULL },
	{ NULL, NULL, 0, NULL, NULL },
};

/* A board's announcement as the API and /announcements.csv give it. */
const struct od_field od_announcement_fields[] = {
	{ "id", "id", OD_INT, NULL, NULL },
	{ "published_on", "published_on", OD_TEXT, NULL, NULL },
	{ "board.slug", "board_slug", OD_TEXT, NULL, NULL },
	{ "board.name", "board_name", OD_NAME, "board_name_en", NULL },
	{ "title", "title", OD_NAME, "title_en", NULL },
	{ "body", "body", OD_NAME, "body_en", NULL },
	{ "url", "path", OD_URL, NULL, NULL },
	{ "is_sample", "is_sample", OD_BOOL, NULL, NULL },
	{ NULL, NULL, 0, NULL, NULL },
};

json_t *
od_number(const char *s)
{
	const char *dot;
	char *end;

	if (s == NULL || *s == '\0')
		return json_null();
	dot = strchr(s, '.');
	if (dot == NULL || strspn(dot + 1, "0") == strlen(dot + 1))
		return json_integer(strtoll(s, &end, 10));
	return json_real(strtod(s, &end));
}

json_t *
od_labels(const char *vi, const char *en)
{
	return json_pack("{s:s?, s:s?}", "vi", vi, "en", en);
}

static json_t *
od_code(const char *code, const char *prefix)
{
	char key[128];

	if (code == NULL)
		return json_null();
	snprintf(key, sizeof(key), "%s%s", prefix, code);
	return json_pack("{s:s, s:o}", "code", code, "label",
	    od_labels(i18n_get(LANG_VI, key), i18n_get(LANG_EN, key)));
}

/* The text of an OD_KEYS field in a language (NULL when there is none): the catalog's
 * "key: arg", or the stored Vietnamese text of a row that has no key. */
static const char *
od_keys(struct buf *b, const struct od_field *f, const struct db_row *r, enum lang l)
{
	const char *key = db_col(r, f->col), *arg = db_col(r, f->aux);

	if (key == NULL)
		return l == LANG_VI ? db_col(r, f->aux2) : NULL;
	buf_reset(b);
	buf_printf(b, "%s%s%s", i18n_get(l, key), arg ? ": " : "", arg ? i18n_get(l, arg) : "");
	return b->data;
}

static json_t *
od_value(const struct od_field *f, const struct db_row *r)
{
	const char *v = db_col(r, f->col);

	switch (f->kind) {
	case OD_TEXT:
		return v ? json_string(v) : json_null();
	case OD_INT:
		return v ? json_integer(strtoll(v, NULL, 10)) : json_null();
	case OD_NUM:
		return od_number(v);
	case OD_BOOL:
		return v ? json_boolean(strcmp(v, "0") != 0) : json_null();
	case OD_CODE:
		return od_code(v, f->aux);
	case OD_LABELLED:
		if (v == NULL)
			return json_null();
		return json_pack("{s:s, s:o}", "code", v, "label",
		    od_labels(db_col(r, f->aux), db_col(r, f->aux2)));
	case OD_NAME:
		if (v == NULL)
			return json_null();
		return od_labels(v, db_col(r, f->aux));
	case OD_MONEY:
		if (v == NULL)
			return json_null();
		return json_pack("{s:o, s:s?}", "amount", od_number(v), "currency",
		    f->aux2 ? f->aux2 : db_col(r, f->aux));
	case OD_URL: {
		char *url = od_url(v);
		json_t *j = url ? json_string(url) : json_null();

		free(url);
		return j;
	}
	case OD_LIST: {
		json_t *a;

		if (v == NULL)
			return json_null();
		a = json_array();
		for (const char *c = v; *c != '\0'; ) {
			size_t n = strcspn(c, ",");

			json_array_append_new(a, json_stringn(c, n));
			c += n + (c[n] == ',');
		}
		return a;
	}
	case OD_KEYS: {
		struct buf vi, en;
		json_t *j;

		buf_init(&vi);
		buf_init(&en);
		j = od_labels(od_keys(&vi, f, r, LANG_VI), od_keys(&en, f, r, LANG_EN));
		buf_free(&vi);
		buf_free(&en);
		return j;
	}
	}
	return json_null();
}

json_t *
od_row_json(const struct od_field *fields, const struct db_row *r)
{
	json_t *obj = json_object();

	for (const struct od_field *f = fields; f->name != NULL; f++) {
		const char *dot = strchr(f->name, '.');
		json_t *v = od_value(f, r);

		if (v == NULL)
			v = json_null();
		if (dot == NULL) {
			json_object_set_new(obj, f->name, v);
		} else {
			char outer[64];
			json_t *sub;

			snprintf(outer, sizeof(outer), "%.*s", (int)(dot - f->name), f->name);
			if ((sub = json_object_get(obj, outer)) == NULL) {
				sub = json_object();
				json_object_set_new(obj, outer, sub);
			}
			json_object_set_new(sub, dot + 1, v);
		}
	}
	return obj;
}

/* The CSV name of a field, dots become underscores, with a suffix. */
static void
od_csv_name(struct csv_writer *w, const char *name, const char *suffix)
{
	char col[128];

	snprintf(col, sizeof(col), "%s%s", name, suffix);
	for (char *c = col; *c != '\0'; c++)
		if (*c == '.')
			*c = '_';
	csv_text(w, col);
}

void
od_csv_header(struct buf *b, const struct od_field *fields)
{
	struct csv_writer w;

	csv_writer_init(&w, b);
	for (const struct od_field *f = fields; f->name != NULL; f++) {
		switch (f->kind) {
		case OD_CODE:
		case OD_LABELLED:
			od_csv_name(&w, f->name, "");
			od_csv_name(&w, f->name, "_label_vi");
			od_csv_name(&w, f->name, "_label_en");
			break;
		case OD_NAME:
		case OD_KEYS:
			od_csv_name(&w, f->name, "_vi");
			od_csv_name(&w, f->name, "_en");
			break;
		case OD_MONEY:
			od_csv_name(&w, f->name, "");
			od_csv_name(&w, f->name, "_currency");
			break;
		default:
			od_csv_name(&w, f->name, "");
		}
	}
	csv_end_row(&w);
}

void
od_csv_row(struct buf *b, const struct od_field *fields, const struct db_row *r)
{
	struct csv_writer w;

	csv_writer_init(&w, b);
	for (const struct od_field *f = fields; f->name != NULL; f++) {
		const char *v = db_col(r, f->col);
		char key[128];

		switch (f->kind) {
		case OD_INT:
		case OD_NUM:
			csv_number(&w, v);
			break;
		case OD_BOOL:
			csv_text(&w, v == NULL ? NULL : strcmp(v, "0") ? "true" : "false");
			break;
		case OD_CODE:
			snprintf(key, sizeof(key), "%s%s", f->aux, v ? v : "");
			csv_text(&w, v);
			csv_text(&w, v ? i18n_get(LANG_VI, key) : NULL);
			csv_text(&w, v ? i18n_get(LANG_EN, key) : NULL);
			break;
		case OD_LABELLED:
			csv_text(&w, v);
			csv_text(&w, db_col(r, f->aux));
			csv_text(&w, db_col(r, f->aux2));
			break;
		case OD_NAME:
			csv_text(&w, v);
			csv_text(&w, db_col(r, f->aux));
			break;
		case OD_MONEY:
			csv_number(&w, v);
			csv_text(&w, v == NULL ? NULL : f->aux2 ? f->aux2 : db_col(r, f->aux));
			break;
		case OD_TEXT:
		case OD_LIST:
			csv_text(&w, v);
			break;
		case OD_URL: {
			char *url = od_url(v);

			csv_text(&w, url);
			free(url);
			break;
		}
		case OD_KEYS: {
			struct buf t;

			buf_init(&t);
			csv_text(&w, od_keys(&t, f, r, LANG_VI));
			csv_text(&w, od_keys(&t, f, r, LANG_EN));
			buf_free(&t);
			break;
		}
		}
	}
	csv_end_row(&w);
}

/* The records staff edit (zones, projects, project status changes): their fields, the
 * validation of a form, and the payload a change request stores until it is published. */
#include "staff.h"
#include "geo.h"
#include "vocab.h"

#include <ctype.h>

static const char *const currencies[] = { "USD", "VND", "JPY", "KRW", "CNY", "EUR", "SGD",
    "TWD", "HKD", "THB", NULL };
static const char *const revocations[] = { "whole", "partial", NULL };

#define HA	.type = PARAM_DECIMAL, .min = 0, .max = 10000000
#define MONEY	.type = PARAM_DECIMAL, .min = 0, .max = 1000000000000000LL

/* The *_FIELDS statements of sql/records.def read these fields by name (record_columns). */
static const struct param_decl zone_fields[] = {
	{ .name = "name", .type = PARAM_TEXT, .max = 200, .required = true },
	{ .name = "name_en", .type = PARAM_TEXT, .max = 200, .required = true },
	{ .name = "status", .type = PARAM_ENUM, .choices = vocab_zone_statuses, .required = true },
	{ .name = "total_ha", HA, .required = true },
	{ .name = "leasable_ha", HA, .required = true },
	{ .name = "leased_ha", HA, .required = true },
	{ .name = "occupancy_as_of", .type = PARAM_DATE, .required = true },
	{ .name = "developer", .type = PARAM_TEXT, .max = 200 },
	{ .name = "location", .type = PARAM_TEXT, .max = 200 },
	{ .name = "location_en", .type = PARAM_TEXT, .max = 200 },
	{ .name = "latitude", .type = PARAM_DECIMAL, .min = 0, .max = 90 },
	{ .name = "longitude", .type = PARAM_DECIMAL, .min = 0, .max = 180 },
	{ .name = "contact", .type = PARAM_TEXT, .max = 300 },
	{ .name = "contact_en", .type = PARAM_TEXT, .max = 300 },
	/* GeoJSON, checked by cross_checks (lib/geo.c) and against the province's box when
	 * saved (edit_boundary_against) */
	{ .name = "boundary", .type = PARAM_TEXT, .max = GEO_MAX_CHARS },
	{ .name = NULL },
};

static const struct param_decl project_fields[] = {
	{ .name = "name", .type = PARAM_TEXT, .max = 300, .required = true },
	{ .name = "name_en", .type = PARAM_TEXT, .max = 300 },
	{ .name = "sector", .type = PARAM_SLUG, .required = true },
	{ .name = "authority", .type = PARAM_ENUM, .choices = vocab_authorities, .required = true },
	{ .name = "currency", .type = PARAM_ENUM, .choices = currencies, .required = true },
	{ .name = "registered_capital", MONEY, .required = true },
	{ .name = "disbursed_capital", MONEY, .required = true },
	{ .name = "registered_usd", MONEY, .required = true },
	{ .name = "disbursed_usd", MONEY, .required = true },
	{ .name = "land_ha", HA, .required = true },
	{ .name = "approved_on", .type = PARAM_DATE, .required = true },
	{ .name = "planned_start", .type = PARAM_DATE },
	{ .name = "actual_start", .type = PARAM_DATE },
	{ .name = "planned_operation", .type = PARAM_DATE },
	{ .name = "actual_operation", .type = PARAM_DATE },
	{ .name = "permit_expires_on", .type = PARAM_DATE },
	{ .name = NULL },
};

static const struct param_decl status_fields[] = {
	{ .name = "status", .type = PARAM_ENUM, .choices = vocab_project_statuses, .required = true },
	{ .name = "effective_on", .type = PARAM_DATE, .required = true },
	{ .name = "reason", .type = PARAM_TEXT, .max = 1000 },
	{ .name = "reason_en", .type = PARAM_TEXT, .max = 1000 },
	{ .name = "remedy", .type = PARAM_TEXT, .max = 1000 },
	{ .name = "remedy_en", .type = PARAM_TEXT, .max = 1000 },
	{ .name = "remedy_due", .type = PARAM_DATE },
	{ .name = "revocation", .type = PARAM_ENUM, .choices = revocations },
	{ .name = "land_ha_after", HA },
	{ .name = "doc_number", .type = PARAM_TEXT, .max = 80 },
	{ .name = "doc_issued_on", .type = PARAM_DATE },
	{ .name = "doc_issuer", .type = PARAM_TEXT, .max = 200 },
	{ .name = "doc_title", .type = PARAM_TEXT, .max = 400 },
	{ .name = "doc_title_en", .type = PARAM_TEXT, .max = 400 },
	{ .name = "doc_url", .type = PARAM_URL, .max = 500 },
	{ .name = "doc_file_id", .type = PARAM_INT, .min = 1, .max = 4000000000LL },
	{ .name = NULL },
};

static const char *const areas[] = { "planning", "land", "construction", "environment", NULL };
static const char *const outcomes[] = { "compliant", "minor", "violation", NULL };
static const char *const doc_types[] = { "policy_decision", "investment_certificate", "land_lease",
    "construction_permit", "environment_approval", "inspection_conclusion", "delay_decision",
    "suspension_decision", "revocation_decision", "extension", "other", NULL };
static const char *const metrics[] = { "licensed_capital", "disbursed_capital",
    "projects_started", "started_capital", NULL };
static const char *const indices[] = { "pci", "par", "sipas", "papi", NULL };

static const struct param_decl finding_fields[] = {
	{ .name = "area", .type = PARAM_ENUM, .choices = areas, .required = true },
	{ .name = "reviewed_on", .type = PARAM_DATE, .required = true },
	{ .name = "outcome", .type = PARAM_ENUM, .choices = outcomes, .required = true },
	{ .name = "summary", .type = PARAM_TEXT, .max = 2000, .required = true },
	{ .name = "summary_en", .type = PARAM_TEXT, .max = 2000 },
	{ .name = "action", .type = PARAM_TEXT, .max = 1000 },
	{ .name = "action_en", .type = PARAM_TEXT, .max = 1000 },
	{ .name = "doc_number", .type = PARAM_TEXT, .max = 80 },
	{ .name = "doc_issued_on", .type = PARAM_DATE },
	{ .name = "doc_issuer", .type = PARAM_TEXT, .max = 200 },
	{ .name = NULL },
};

static const struct param_decl document_fields[] = {
	{ .name = "doc_type", .type = PARAM_ENUM, .choices = doc_types, .required = true },
	{ .name = "doc_number", .type = PARAM_TEXT, .max = 80, .required = true },
	{ .name = "doc_issued_on", .type = PARAM_DATE, .required = true },
	{ .name = "doc_issuer", .type = PARAM_TEXT, .max = 200, .required = true },
	{ .name = "doc_title", .type = PARAM_TEXT, .max = 400, .required = true },
	{ .name = "doc_title_en", .type = PARAM_TEXT, .max = 400 },
	{ .name = "doc_url", .type = PARAM_URL, .max = 500 },
	{ .name = "doc_file_id", .type = PARAM_INT, .min = 1, .max = 4000000000LL },
	{ .name = NULL },
};

static const struct param_decl announcement_fields[] = {
	{ .name = "published_on", .type = PARAM_DATE, .required = true },
	{ .name = "title", .type = PARAM_TEXT, .max = 300, .required = true },
	{ .name = "title_en", .type = PARAM_TEXT, .max = 300 },
	{ .name = "body", .type = PARAM_TEXT, .max = 5000, .required = true },
	{ .name = "body_en", .type = PARAM_TEXT, .max = 5000 },
	{ .name = NULL },
};

static const struct param_decl target_fields[] = {
	{ .name = "zone", .type = PARAM_SLUG },
	{ .name = "period_label", .type = PARAM_TEXT, .max = 40, .required = true },
	{ .name = "period_start", .type = PARAM_DATE, .required = true },
	{ .name = "period_end", .type = PARAM_DATE, .required = true },
	{ .name = "metric", .type = PARAM_ENUM, .choices = metrics, .required = true },
	{ .name = "target_value", MONEY, .required = true },
	{ .name = "source", .type = PARAM_TEXT, .max = 400, .required = true },
	{ .name = "source_en", .type = PARAM_TEXT, .max = 400 },
	{ .name = NULL },
};

static const struct param_decl index_fields[] = {
	{ .name = "index_code", .type = PARAM_ENUM, .choices = indices, .required = true },
	{ .name = "year", .type = PARAM_INT, .min = 2000, .max = 2100, .required = true },
	{ .name = "province", .type = PARAM_SLUG, .required = true },
	{ .name = "score", .type = PARAM_DECIMAL, .min = 0, .max = 1000, .required = true },
	{ .name = "rank_no", .type = PARAM_INT, .min = 1, .max = 100, .required = true },
	{ .name = "provinces_ranked", .type = PARAM_INT, .min = 1, .max = 100, .required = true },
	{ .name = "source", .type = PARAM_TEXT, .max = 300, .required = true },
	{ .name = "source_en", .type = PARAM_TEXT, .max = 300 },
	{ .name = NULL },
};

const struct record_def record_defs[RECORD__MAX] = {
	[RECORD_ZONE] = { RECORD_ZONE, "zone", zone_fields, 15, PARENT_ZONE, false },
	[RECORD_PROJECT] = { RECORD_PROJECT, "project", project_fields, 16, PARENT_PROJECT, false },
	[RECORD_STATUS] = { RECORD_STATUS, "status", status_fields, 16, PARENT_PROJECT, true },
	[RECORD_FINDING] = { RECORD_FINDING, "finding", finding_fields, 10, PARENT_PROJECT, true },
	[RECORD_DOCUMENT] = { RECORD_DOCUMENT, "document", document_fields, 8, PARENT_PROJECT, true },
	[RECORD_ANNOUNCEMENT] = { RECORD_ANNOUNCEMENT, "announcement", announcement_fields, 5,
	    PARENT_BOARD, true },
	[RECORD_TARGET] = { RECORD_TARGET, "target", target_fields, 8, PARENT_BOARD, true },
	[RECORD_INDEX] = { RECORD_INDEX, "index", index_fields, 8, PARENT_BOARD, true },
	[RECORD_FACTS] = { RECORD_FACTS, "zone_facts", facts_fields, 37, PARENT_ZONE, false },
};

int
record_field(const struct record_def *def, const char *name)
{
	for (unsigned int i = 0; i < def->nfields; i++)
		if (strcmp(def->fields[i].name, name) == 0)
			return (int)i;
	return -1;
}

const char *
record_value(const struct record_form *f, const char *name)
{
	int i = record_field(f->def, name);

	return i < 0 ? NULL : f->values[i];
}

void
record_form_error(struct record_form *f, const char *name, const char *key)
{
	int i = record_field(f->def, name);

	if (i >= 0 && f->errors[i] == NULL) {
		f->errors[i] = key;
		f->nerrors++;
	}
}

static double
num(const struct record_form *f, const char *name)
{
	const char *v = record_value(f, name);

	return v ? strtod(v, NULL) : 0;
}

void
boundary_check(struct record_form *f, const struct geo_box *box)
{
	int i = record_field(f->def, "boundary");
	const char *why;
	char *canonical;

	if (i < 0 || f->values[i] == NULL)
		return;
	if ((why = geo_boundary_check(f->values[i], box, &canonical)) != NULL) {
		record_form_error(f, "boundary", why);
		return;
	}
	/* stored as checked: compact, "type" and "coordinates" only */
	free(f->values[i]);
	f->values[i] = canonical;
}

/* Rules across fields; the database checks them again when publishing. */
static void
cross_checks(struct record_form *f)
{
	const char *a, *b;

	switch (f->def->kind) {
	case RECORD_ZONE:
		if (num(f, "leasable_ha") > num(f, "total_ha"))
			record_form_error(f, "leasable_ha", "edit.error.leasable_gt_total");
		if (num(f, "leased_ha") > num(f, "leasable_ha"))
			record_form_error(f, "leased_ha", "edit.error.leased_gt_leasable");
		if ((record_value(f, "latitude") == NULL) != (record_value(f, "longitude") == NULL))
			record_form_error(f, "longitude", "edit.error.coordinates");
		boundary_check(f, NULL);
		break;
	case RECORD_PROJECT:
		a = record_value(f, "approved_on");
		if (a && (b = record_value(f, "actual_start")) && strcmp(b, a) < 0)
			record_form_error(f, "actual_start", "edit.error.before_approval");
		if (a && (b = record_value(f, "planned_start")) && strcmp(b, a) < 0)
			record_form_error(f, "planned_start", "edit.error.before_approval");
		if (num(f, "disbursed_usd") > num(f, "registered_usd") * 2)
			record_form_error(f, "disbursed_usd", "edit.error.disbursed");
		break;
	case RECORD_STATUS:
		a = record_value(f, "status");
		if (a != NULL && status_needs_basis(a)) {
			static const char *const need[] = { "reason", "doc_number", "doc_issued_on",
			    "doc_issuer", NULL };

			for (int k = 0; need[k]; k++)
				if (record_value(f, need[k]) == NULL)
					record_form_error(f, need[k], "edit.error.basis_required");
		}
		if (a != NULL && strcmp(a, "revoked") == 0) {
			if (record_value(f, "revocation") == NULL)
				record_form_error(f, "revocation", "edit.error.revocation_required");
			else if (strcmp(record_value(f, "revocation"), "partial") == 0 &&
			    record_value(f, "land_ha_after") == NULL)
				record_form_error(f, "land_ha_after", "edit.error.land_after_required");
			/* a partial revocation leaves land: none left is a whole revocation */
			else if (strcmp(record_value(f, "revocation"), "partial") == 0 &&
			    num(f, "land_ha_after") <= 0)
				record_form_error(f, "land_ha_after", "edit.error.land_after_zero");
		} else if (record_value(f, "revocation") != NULL)
			record_form_error(f, "revocation", "edit.error.revocation_only");
		break;
	case RECORD_TARGET:
		a = record_value(f, "period_start");
		if (a && (b = record_value(f, "period_end")) && strcmp(b, a) < 0)
			record_form_error(f, "period_end", "edit.error.period");
		break;
	case RECORD_INDEX:
		if (num(f, "rank_no") > num(f, "provinces_ranked"))
			record_form_error(f, "rank_no", "edit.error.rank");
		break;
	case RECORD_FACTS:
		facts_checks(f);
		break;
	default:
		break;
	}
	if ((b = record_value(f, "doc_url")) != NULL && strncmp(b, "https://", 8) != 0 &&
	    strncmp(b, "http://", 7) != 0)
		record_form_error(f, "doc_url", "edit.error.url");
	/* a legal basis is whole or absent: number, date and issuer go together */
	if (record_field(f->def, "doc_number") >= 0 && f->def->kind != RECORD_DOCUMENT &&
	    (record_value(f, "doc_number") != NULL || record_value(f, "doc_issued_on") != NULL ||
	    record_value(f, "doc_issuer") != NULL)) {
		static const char *const basis[] = { "doc_number", "doc_issued_on", "doc_issuer", NULL };

		for (int k = 0; basis[k]; k++)
			if (record_value(f, basis[k]) == NULL)
				record_form_error(f, basis[k], "edit.error.basis_whole");
	}
}

static char *
trimmed(const char *s)
{
	const char *end;

	while (isspace((unsigned char)*s))
		s++;
	end = s + strlen(s);
	while (end > s && isspace((unsigned char)end[-1]))
		end--;
	return end > s ? xstrndup(s, (size_t)(end - s)) : NULL;
}

/* The fields only the program sets: a stored file's id is never taken from a form. */
static bool
server_only(const struct param_decl *p)
{
	return strcmp(p->name, "doc_file_id") == 0;
}

static unsigned int
form_read(const struct record_def *def, const struct kv_list *l, struct record_form *f,
    bool trusted)
{
	memset(f, 0, sizeof(*f));
	f->def = def;
	for (unsigned int i = 0; i < def->nfields; i++) {
		const struct param_decl *p = &def->fields[i];
		const char *raw = trusted || !server_only(p) ? kv_get(l, p->name) : NULL;
		char *several = p->multi ? facts_join(l, p->name) : NULL;
		long long iv;
		double dv;

		f->values[i] = several ? trimmed(several) : raw ? trimmed(raw) : NULL;
		free(several);
		if (f->values[i] == NULL) {
			if (p->required)
				record_form_error(f, p->name, "error.param.required");
			continue;
		}
		if ((f->errors[i] = param_check(p, f->values[i], &iv, &dv)) != NULL)
			f->nerrors++;
	}
	if (f->nerrors == 0)
		cross_checks(f);
	return f->nerrors;
}

unsigned int
record_form_read(const struct record_def *def, const struct kv_list *l, struct record_form *f)
{
	return form_read(def, l, f, false);
}

unsigned int
record_form_parse(const struct record_def *def, const char *payload, struct record_form *f)
{
	struct kv_list l = { NULL, 0 };
	const char *bad;
	unsigned int n;

	if (kv_parse(&l, payload, strlen(payload), &bad) != 0) {
		memset(f, 0, sizeof(*f));
		f->def = def;
		f->nerrors = 1;
		kv_free(&l);
		return 1;
	}
	n = form_read(def, &l, f, true);
	kv_free(&l);
	return n;
}

void
record_form_free(struct record_form *f)
{
	for (unsigned int i = 0; i < RECORD_FIELDS_MAX; i++)
		free(f->values[i]);
	memset(f, 0, sizeof(*f));
}

char *
record_form_payload(const struct record_form *f)
{
	struct buf b;

	buf_init(&b);
	for (unsigned int i = 0; i < f->def->nfields; i++) {
		if (f->values[i] == NULL)
			continue;
		if (b.len > 0)
			buf_putc(&b, '&');
		buf_puts(&b, f->def->fields[i].name);
		buf_putc(&b, '=');
		url_encode(&b, f->values[i]);
	}
	return b.data ? b.data : xstrdup("");
}

static const char *
type_name(enum param_type t)
{
	switch (t) {
	case PARAM_INT:
	case PARAM_DECIMAL:
		return "number";
	case PARAM_DATE:
		return "date";
	case PARAM_ENUM:
		return "enum";
	default:
		return "text";
	}
}

xmlNodePtr
record_form_xml(const struct record_form *f, char *const *current, xmlNodePtr parent)
{
	xmlNodePtr fields = xml_elem(parent, "form-fields");

	xml_attr(fields, "entity", f->def->entity);
	for (unsigned int i = 0; i < f->def->nfields; i++) {
		const struct param_decl *p = &f->def->fields[i];
		xmlNodePtr n = xml_elem(fields, "field");

		xml_attr(n, "name", p->name);
		xml_attr(n, "type", type_name(p->type));
		if (p->required)
			xml_attr(n, "required", "1");
		if (p->type == PARAM_TEXT && p->max > 0)
			xml_attr_int(n, "max", p->max);
		if (p->choices != NULL)
			for (unsigned int k = 0; p->choices[k] != NULL; k++)
				xml_text(n, "choice", p->choices[k]);
		xml_text(n, "value", f->values[i]);
		if (current != NULL)
			xml_text(n, "current", current[i]);
		if (f->errors[i] != NULL)
			xml_text(n, "error", f->errors[i]);
	}
	return fields;
}

bool
status_needs_basis(const char *s)
{
	switch (vocab_index(VOCAB_PROJECT_STATUS, s)) {
	case PS_DELAYED:
	case PS_SUSPENDED:
	case PS_REVOKED:
	case PS_EXPIRED:
		return true;
	default:
		return false;
	}
}

bool
record_partial_revocation(const struct record_form *f)
{
	const char *r = record_value(f, "revocation");

	return r != NULL && strcmp(r, "partial") == 0;
}

void
record_form_against(struct record_form *f, const char *status, const char *land_ha)
{
	if (f->def->kind != RECORD_STATUS)
		return;
	if (record_value(f, "status") != NULL && !status_transition_ok(status, record_value(f, "status")))
		record_form_error(f, "status", "edit.error.transition");
	if (record_value(f, "land_ha_after") != NULL && num(f, "land_ha_after") >= strtod(land_ha ?
	    land_ha : "0", NULL))
		record_form_error(f, "land_ha_after", "edit.error.land_after");
}

bool
status_transition_ok(const char *from, const char *to)
{
	/* allowed[from] has bit to set when from → to is a transition */
#define TO(s)	(1u << (s))
	static const unsigned int allowed[PS__MAX] = {
		[PS_APPROVED] = TO(PS_CONSTRUCTION) | TO(PS_DELAYED) | TO(PS_SUSPENDED) |
		    TO(PS_REVOKED) | TO(PS_EXPIRED),
		[PS_CONSTRUCTION] = TO(PS_OPERATING) | TO(PS_DELAYED) | TO(PS_SUSPENDED) |
		    TO(PS_REVOKED),
		[PS_OPERATING] = TO(PS_DELAYED) | TO(PS_SUSPENDED) | TO(PS_REVOKED),
		[PS_DELAYED] = TO(PS_CONSTRUCTION) | TO(PS_OPERATING) | TO(PS_SUSPENDED) |
		    TO(PS_REVOKED) | TO(PS_EXPIRED),
		[PS_SUSPENDED] = TO(PS_CONSTRUCTION) | TO(PS_OPERATING) | TO(PS_DELAYED) |
		    TO(PS_REVOKED),
	};
	int f = vocab_index(VOCAB_PROJECT_STATUS, from), t = vocab_index(VOCAB_PROJECT_STATUS, to);
#undef TO

	return f >= 0 && t >= 0 && (allowed[f] & (1u << t)) != 0;
}

/* Decimal and text values compare as the database shows them: "12.50" equals "12.5". */
bool
record_same(const struct param_decl *d, const char *a, const char *b)
{
	if (a == NULL || b == NULL)
		return a == b;
	if (d->type == PARAM_DECIMAL)
		return strtod(a, NULL) == strtod(b, NULL);
	return strcmp(a, b) == 0;
}

bool
record_unchanged(const struct record_form *f, char *const *current)
{
	if (f->def->adds || current == NULL)
		return false;
	for (unsigned int i = 0; i < f->def->nfields; i++)
		if (!record_same(&f->def->fields[i], current[i], f->values[i]))
			return false;
	return true;
}

void
record_columns(const struct record_def *def, const char **names)
{
	for (unsigned int i = 0; i < def->nfields; i++)
		names[i] = def->fields[i].name;
	names[def->nfields] = "version";
}

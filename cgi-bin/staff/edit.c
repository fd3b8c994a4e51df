/* The record a change is about: loading it with its published values, for the edit pages,
 * the change pages and publication. */
#include "edit.h"
#include "geo.h"

enum record_kind
edit_kind(const char *entity)
{
	for (int k = 0; k < RECORD__MAX; k++)
		if (strcmp(record_defs[k].entity, entity) == 0)
			return (enum record_kind)k;
	return RECORD__MAX;
}

static int
load_current(struct request *req, struct edit_target *t)
{
	struct db_param p = DB_INT(t->id);
	unsigned int stmt;
	char *v[RECORD_FIELDS_MAX + 1];
	const char *names[RECORD_FIELDS_MAX + 1];
	int found;
	enum db_status rc;

	if (t->def->adds)
		return 0;	/* it adds a record: there are no published values to edit */
	stmt = t->def->kind == RECORD_ZONE ? SQL_ZONE_FIELDS : t->def->kind == RECORD_FACTS ?
	    SQL_FACTS_FIELDS : SQL_PROJECT_FIELDS;
	record_columns(t->def, names);
	rc = db_fetch_named(staff_db(req), stmt, &p, 1, names, t->def->nfields + 1, v, &found);
	if (rc != DB_OK)
		return db_http_status(rc);
	if (!found)
		return 404;
	for (unsigned int i = 0; i < t->def->nfields; i++)
		t->current[i] = v[i];
	t->version = atoll(v[t->def->nfields]);
	free(v[t->def->nfields]);
	return 0;
}

int
edit_target_load(struct request *req, enum record_kind kind, const char *key, struct edit_target *t)
{
	struct db_param p;
	int found;
	enum db_status rc;

	memset(t, 0, sizeof(*t));
	t->def = &record_defs[kind];
	if (t->def->parent != PARENT_PROJECT) {
		struct place_row r;

		p = DB_TEXT(key);
		rc = FETCH_ROW(staff_db(req), t->def->parent == PARENT_ZONE ? SQL_ZONE_BY_SLUG :
		    SQL_BOARD_BY_SLUG, &p, 1, place_cols, &r, &found);
		t->id = r.id;
		t->board_id = r.board_id;
		t->version = r.version;
		t->ref = r.slug;
		t->name = r.name;
	} else {
		struct project_row r;
		char *end, id[24];
		long long n = strtoll(key, &end, 10);

		if (*key == '\0' || *end != '\0' || n <= 0)
			return 404;
		p = DB_INT(n);
		rc = FETCH_ROW(staff_db(req), SQL_PROJECT_BY_ID, &p, 1, project_cols, &r, &found);
		snprintf(id, sizeof(id), "%lld", r.id);
		t->id = r.id;
		t->board_id = r.board_id;
		t->version = r.version;
		t->ref = xstrdup(id);
		t->status = r.status;
		t->name = r.name;
		t->land_ha = r.land_ha;
	}
	if (rc != DB_OK || !found) {
		edit_target_free(t);
		t->def = &record_defs[kind];
		return rc != DB_OK ? db_http_status(rc) : 404;
	}
	return load_current(req, t);
}

int
edit_target_by_id(struct request *req, enum record_kind kind, long long id, struct edit_target *t)
{
	char *v[1];
	struct db_param p = DB_INT(id);
	char key[24];
	int found;
	enum db_status rc;

	if (record_defs[kind].parent == PARENT_PROJECT) {
		snprintf(key, sizeof(key), "%lld", id);
		return edit_target_load(req, kind, key, t);
	}
	/* zones and boards are addressed by slug */
	rc = db_fetch_one(staff_db(req), record_defs[kind].parent == PARENT_ZONE ?
	    SQL_ZONE_SLUG_BY_ID : SQL_BOARD_SLUG_BY_ID, &p, 1, v, 1, &found);
	if (rc != DB_OK)
		return db_http_status(rc);
	if (!found)
		return 404;
	rc = edit_target_load(req, kind, v[0], t);
	free(v[0]);
	return rc;
}

void
edit_target_free(struct edit_target *t)
{
	free(t->name);
	free(t->ref);
	free(t->status);
	free(t->land_ha);
	for (unsigned int i = 0; i < RECORD_FIELDS_MAX; i++)
		free(t->current[i]);
	memset(t, 0, sizeof(*t));
}

void
edit_target_xml(const struct edit_target *t, xmlNodePtr parent)
{
	xmlNodePtr n = xml_elem(parent, "target");

	xml_attr(n, "entity", t->def->entity);
	xml_attr(n, "parent", t->def->parent == PARENT_ZONE ? "zone" :
	    t->def->parent == PARENT_PROJECT ? "project" : "board");
	xml_attr_int(n, "id", t->id);
	xml_attr(n, "ref", t->ref);
	xml_attr_int(n, "version", t->version);
	xml_attr_int(n, "board", t->board_id);
	xml_attr(n, "status", t->status);
	xml_attr(n, "land_ha", t->land_ha);
	xml_text(n, "name", t->name);
}

enum db_status
edit_scope(struct db *db, const struct record_form *f, long long board_id, bool admin,
    const char **field, const char **why)
{
	bool target = f->def->kind == RECORD_TARGET;
	const char *zone = target ? record_value(f, "zone") : NULL;
	struct db_param p;
	struct zone_board_row z;
	struct board_scope_row b;
	int found;
	enum db_status rc;

	*why = NULL;
	*field = target ? "zone" : "index_code";
	if (zone != NULL) {
		p = DB_TEXT(zone);
		rc = FETCH_ROW(db, SQL_ZONE_BOARD_BY_SLUG, &p, 1, zone_board_cols, &z, &found);
		if (rc == DB_OK && !found)
			*why = "publish.error.zone";
		else if (rc == DB_OK && z.board_id != board_id && !admin)
			*why = "edit.error.scope_zone";
		return rc;
	}
	if (admin)
		return DB_OK;
	p = DB_INT(board_id);
	rc = FETCH_ROW(db, SQL_BOARD_PROVINCIAL, &p, 1, board_scope_cols, &b, &found);
	if (rc == DB_OK && (!found || !b.is_provincial))
		*why = target ? "edit.error.scope_province" : "edit.error.scope_index";
	return rc;
}

/* The fields whose codes the database lists: their choices, and whether a code exists;
 * a list takes several codes, comma-separated (a zone's sectors admitted). */
static const struct {
	const char	*field;
	unsigned int	 choices, exists;
	bool		 list;
} coded_fields[] = {
	{ "sector", SQL_SECTORS, SQL_SECTOR_EXISTS, false },
	{ "zone", SQL_ZONE_CHOICES, SQL_ZONE_EXISTS, false },
	{ "province", SQL_PROVINCE_CHOICES, SQL_PROVINCE_EXISTS, false },
	{ "sectors_admitted", SQL_SECTORS, SQL_SECTOR_EXISTS, true },
};
#define NCODED	(sizeof(coded_fields) / sizeof(coded_fields[0]))

static int
coded_index(const char *field)
{
	for (unsigned int k = 0; k < NCODED; k++)
		if (strcmp(coded_fields[k].field, field) == 0)
			return (int)k;
	return -1;
}

bool
edit_coded(const char *field)
{
	return coded_index(field) >= 0;
}

enum db_status
edit_choices_xml(struct db *db, xmlNodePtr fields)
{
	enum db_status rc = DB_OK;

	for (xmlNodePtr n = fields ? fields->children : NULL; rc == DB_OK && n; n = n->next) {
		xmlChar *name = xmlGetProp(n, BAD_CAST "name");
		int k = name ? coded_index((const char *)name) : -1;

		xmlFree(name);
		if (k < 0)
			continue;
		xmlSetProp(n, BAD_CAST "type", BAD_CAST "enum");
		if (coded_fields[k].list)
			xmlSetProp(n, BAD_CAST "list", BAD_CAST "1");
		rc = dbxml_rows(db, coded_fields[k].choices, NULL, 0, n, "option", NULL);
	}
	return rc;
}

enum db_status
edit_codes_check(struct db *db, struct record_form *f)
{
	enum db_status rc = DB_OK;

	for (unsigned int i = 0; rc == DB_OK && i < f->def->nfields; i++) {
		int k = coded_index(f->def->fields[i].name);
		struct db_param p;
		char *v[1];
		int found;

		if (k < 0 || f->values[i] == NULL || f->errors[i] != NULL)
			continue;
		/* each code of a list (sorted and checked for its letters by the form) */
		for (const char *c = f->values[i]; rc == DB_OK && c != NULL && *c != '\0'; ) {
			size_t n = coded_fields[k].list ? strcspn(c, ",") : strlen(c);
			char *code = xstrndup(c, n);

			p = DB_TEXT(code);
			rc = db_fetch_one(db, coded_fields[k].exists, &p, 1, v, 1, &found);
			db_values_free(v, 1);
			free(code);
			if (rc == DB_OK && !found) {
				f->errors[i] = "edit.error.code";
				f->nerrors++;
				break;
			}
			c = c[n] == ',' ? c + n + 1 : NULL;
		}
	}
	return rc;
}

enum db_status
edit_request_event(struct request *req, long long request_id, const char *kind, const char *comment)
{
	struct db_param p[4] = { DB_INT(request_id), DB_INT(auth_session(req)->user_id),
	    DB_TEXT(kind), DB_TEXT(comment) };

	return db_exec(staff_db(req), SQL_REQUEST_EVENT_INSERT, p, 4, NULL, NULL);
}

enum db_status
edit_thread_xml(struct request *req, long long request_id, xmlNodePtr parent)
{
	struct db_param p = DB_INT(request_id);

	return dbxml_rows(staff_db(req), SQL_REQUEST_EVENTS, &p, 1, xml_elem(parent, "thread"),
	    "event", NULL);
}

enum db_status
edit_boundary_against(struct db *db, struct record_form *f)
{
	char *v[4];
	struct geo_box box = { .set = false };
	int found;
	enum db_status rc;

	if (f->def->kind != RECORD_ZONE || record_value(f, "boundary") == NULL)
		return DB_OK;
	if ((rc = db_fetch_one(db, SQL_PROVINCE_BBOX, NULL, 0, v, 4, &found)) != DB_OK)
		return rc;
	if (found && v[0] != NULL && v[1] != NULL && v[2] != NULL && v[3] != NULL)
		box = (struct geo_box){ strtod(v[0], NULL), strtod(v[1], NULL), strtod(v[2], NULL),
		    strtod(v[3], NULL), true };
	db_values_free(v, 4);
	boundary_check(f, &box);
	return DB_OK;
}

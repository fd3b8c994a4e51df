/* GET /staff/projects — the projects and zones of the user's boards, found with the public
 * registry's filters and search (the same parameters: REGISTRY_FILTERS, lib/registry_sql.h),
 * each with its edit actions and its open change request. */
#include "staff.h"
#include "registry_filters.h"
#include "search.h"

#define STAFF_PROJECTS_MAX	100	/* rows a page lists; past it, the count says to refine */

const struct param_decl staff_projects_params[] = {
	REGISTRY_FILTER_PARAMS
	{ .name = NULL },
};

/* q's boolean query, its last word completed when the words as typed find no project at all,
 * as the registry does (registry_search); NULL when q has no word. */
static enum db_status
staff_search(struct request *req, const char *q, char **out)
{
	struct db_param p;
	char *v[1];
	int found = 0;
	enum db_status rc;

	*out = q != NULL ? search_query(q, false) : NULL;
	if (*out == NULL)
		return DB_OK;
	p = DB_TEXT(*out);
	rc = db_fetch_one(staff_db(req), SQL_STAFF_SEARCH_ANY, &p, 1, v, 1, &found);
	db_values_free(v, 1);
	if (rc == DB_OK && !found) {
		free(*out);
		*out = search_query(q, true);
	}
	return rc;
}

/* The zones whose names hold q's words, in the zone's scope, of the board. */
static enum db_status
staff_zones(struct request *req, const struct param_value *values, xmlNodePtr parent)
{
	struct session *s = auth_session(req);
	const char *q = registry_text(values, RF_Q), *zone = registry_text(values, RF_ZONE);
	const char *board = registry_text(values, RF_BOARD);
	char *words = q != NULL ? search_fold(q) : NULL;
	struct db_param p[8] = { DB_INT(s->admin), DB_INT(s->user_id), DB_TEXT(zone), DB_TEXT(zone),
	    DB_TEXT(board), DB_TEXT(board), DB_TEXT(words && *words ? words : NULL),
	    DB_TEXT(words && *words ? words : NULL) };
	enum db_status rc;

	rc = dbxml_rows(staff_db(req), SQL_STAFF_ZONES, p, 8, xml_elem(parent, "zones"), "zone", NULL);
	free(words);
	return rc;
}

/* <vocab name><v>value</v>…</vocab>: the choices of a filter from a shared vocabulary. */
static void
vocab_xml(xmlNodePtr parent, const char *name, const char *const *values)
{
	xmlNodePtr n = xml_elem(parent, "vocab");

	xml_attr(n, "name", name);
	for (unsigned int k = 0; values[k] != NULL; k++)
		xml_text(n, "v", values[k]);
}

int
page_staff_projects(struct request *req)
{
	struct session *s = auth_session(req);
	const struct param_value *values = req->params;
	xmlNodePtr list = xml_elem(req->page, "projects"), filters = xml_elem(list, "filters");
	struct db_param p[2 + 3 * RF__MAX + 1];
	unsigned int n = 0;
	char *search = NULL, *total[1] = { NULL };
	int found;
	enum db_status rc;

	for (unsigned int k = 0; k < RF__MAX; k++)
		if (registry_text(values, k) != NULL) {
			xmlNodePtr f = xml_text(filters, "filter", registry_text(values, k));

			xml_attr(f, "name", staff_projects_params[k].name);
		}
	vocab_xml(list, "status", vocab_project_statuses);
	vocab_xml(list, "authority", vocab_authorities);
	{
		struct db_param me[4] = { DB_INT(s->admin), DB_INT(s->user_id), DB_INT(s->admin),
		    DB_INT(s->user_id) };

		rc = dbxml_rows(staff_db(req), SQL_STAFF_FACETS, me, 4, xml_elem(list, "facets"),
		    "facet", NULL);
	}
	if (rc == DB_OK)
		rc = staff_search(req, registry_text(values, RF_Q), &search);
	p[n++] = DB_INT(s->admin);
	p[n++] = DB_INT(s->user_id);
	for (unsigned int k = 0; k < RF__MAX; k++)
		for (unsigned int i = 0; i < registry_filter_defs[k].arity; i++)
			p[n++] = registry_filter_param(values, k, search);
	if (rc == DB_OK)
		rc = db_fetch_one(staff_db(req), SQL_STAFF_PROJECTS_COUNT, p, n, total, 1, &found);
	if (rc == DB_OK) {
		xml_attr(list, "total", total[0]);
		xml_attr_int(list, "max", STAFF_PROJECTS_MAX);
		p[n++] = DB_INT(STAFF_PROJECTS_MAX);
		rc = dbxml_rows(staff_db(req), SQL_STAFF_PROJECTS, p, n, list, "project", NULL);
	}
	/* the zones, unless a filter only projects have is given */
	if (rc == DB_OK && (registry_given(values) & ~(RF_BIT(RF_Q) | RF_BIT(RF_ZONE) |
	    RF_BIT(RF_BOARD))) == 0)
		rc = staff_zones(req, values, list);
	db_values_free(total, 1);
	free(search);
	return db_http_status(rc);
}

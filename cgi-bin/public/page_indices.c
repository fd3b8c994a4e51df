/* GET /indices — the four governance indices, the province's rank per edition;
 * GET /indices/<pci|par|sipas|papi> — one index: scores, ranks, sub-indices, and the
 * table of all provinces for one edition (?year=). */
#include "public.h"

const struct param_decl index_params[] = {
	{ .name = "year", .type = PARAM_INT, .min = 2000, .max = 2100 },
	{ .name = NULL },
};

int
page_indices(struct request *req)
{
	struct db *db = public_db(req);
	xmlNodePtr indices = xml_elem(req->page, "indices");
	struct db_param all[2] = { DB_NULL, DB_NULL };
	enum db_status rc;

	rc = dbxml_rows(db, SQL_INDICES, NULL, 0, indices, "index", NULL);
	if (rc == DB_OK)
		rc = dbxml_rows(db, SQL_INDEX_SERIES, all, 2, indices, "edition", NULL);
	return db_http_status(rc);
}

int
page_index(struct request *req)
{
	struct db *db = public_db(req);
	xmlNodePtr index = xml_elem(req->page, "index");
	struct db_param code = DB_TEXT(req->path_args[0]);
	const struct param_value *year = param(req, "year");
	struct db_param y = year->count ? DB_INT(year->i[0]) : DB_NULL;
	struct db_param series[2] = { code, code };
	struct db_param table[3] = { code, y, code };
	enum db_status rc;
	unsigned long n;
	int found;

	if ((rc = dbxml_row(db, SQL_INDEX, &code, 1, index, &found)) != DB_OK)
		return db_http_status(rc);
	if (!found)
		return 404;
	xml_attr(index, "year", param_text(req, "year"));
	rc = dbxml_rows(db, SQL_INDEX_SERIES, series, 2, xml_elem(index, "series"), "edition", NULL);
	if (rc == DB_OK)
		rc = dbxml_rows(db, SQL_INDEX_SUBSCORES, &code, 1, xml_elem(index, "subscores"),
		    "subscore", NULL);
	if (rc == DB_OK)
		rc = dbxml_rows(db, SQL_INDEX_YEARS, &code, 1, xml_elem(index, "years"), "edition",
		    NULL);
	if (rc == DB_OK) {
		rc = dbxml_rows(db, SQL_INDEX_EDITION_TABLE, table, 3, xml_elem(index, "table"),
		    "province", &n);
		/* a year with no edition is a page that does not exist */
		if (rc == DB_OK && n == 0 && year->count)
			return 404;
	}
	return db_http_status(rc);
}

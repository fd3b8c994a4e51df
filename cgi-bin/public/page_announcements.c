/* The management boards' announcements, as staff publish them (RECORD_ANNOUNCEMENT):
 * GET /announcements (?board=<slug>, ?page=N), /announcements/<id>, the latest of a
 * zone's board on its page, /api/v1/announcements (?board=) and /announcements.csv
 * (?board=); its feed is feed_announcements.c. A publication moves the data generation,
 * so the worker's page cache and the ETags follow it like every other page. */
#include "api_v1.h"

#define ANN_PER_PAGE	20
#define ANN_ON_ZONE	3

const struct param_decl announcements_params[] = {
	{ .name = "board", .type = PARAM_SLUG },
	{ .name = "page", .type = PARAM_INT, .min = 1, .max = 100000 },
	{ .name = NULL },
};

/* the feed, the API and the CSV: every announcement of the filter, no pages */
const struct param_decl announcements_board_params[] = {
	{ .name = "board", .type = PARAM_SLUG },
	{ .name = NULL },
};

int
page_announcements(struct request *req)
{
	struct db *db = public_db(req);
	xmlNodePtr list = xml_elem(req->page, "announcements");
	struct db_param board = public_opt_text(req, "board");
	long long page = param_int(req, "page", 1);
	struct db_param p[4] = { board, board, DB_INT(ANN_PER_PAGE),
	    DB_INT((page - 1) * ANN_PER_PAGE) };
	unsigned long n = 0;
	enum db_status rc;
	int found;

	xml_attr(list, "board", param_text(req, "board"));
	xml_attr_int(list, "page", page);
	xml_attr_int(list, "per_page", ANN_PER_PAGE);
	rc = dbxml_row(db, SQL_ANNOUNCEMENTS_COUNT, p, 2, list, &found);
	if (rc == DB_OK)
		rc = dbxml_rows(db, SQL_ANNOUNCEMENTS, p, 4, list, "announcement", &n);
	/* a page past the last is a page that does not exist */
	if (rc == DB_OK && n == 0 && page > 1)
		return 404;
	if (rc == DB_OK)
		rc = dbxml_rows(db, SQL_BOARDS, NULL, 0, xml_elem(list, "boards"), "board", NULL);
	return db_http_status(rc);
}

int
page_announcement(struct request *req)
{
	struct db_param id = DB_INT(public_path_id(req, 0));
	enum db_status rc;
	int found;

	if (id.i == 0)
		return 404;
	rc = dbxml_row(public_db(req), SQL_ANNOUNCEMENT, &id, 1,
	    xml_elem(req->page, "announcement"), &found);
	if (rc == DB_OK && !found)
		return 404;
	return db_http_status(rc);
}

enum db_status
public_zone_announcements(struct request *req, xmlNodePtr zone, const char *slug)
{
	struct db_param p[2] = { DB_TEXT(slug), DB_INT(ANN_ON_ZONE) };

	return dbxml_rows(public_db(req), SQL_ZONE_ANNOUNCEMENTS, p, 2,
	    xml_elem(zone, "announcements"), "announcement", NULL);
}

int
api_announcements(struct request *req)
{
	struct db_param board = public_opt_text(req, "board");
	struct db_param p[4] = { board, board, DB_INT(1LL << 31), DB_INT(0) };
	json_t *items = json_array();
	enum db_status rc;

	api_begin(req);
	rc = collect(req, SQL_ANNOUNCEMENTS, p, 4, od_announcement_fields, items);
	return api_send_list(req, rc, items);
}

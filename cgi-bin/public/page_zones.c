/* GET /zones — the zone directory, with filters by type, management board, minimum
 * available hectares and status. */
#include "public.h"
#include "vocab.h"

const struct param_decl zones_params[] = {
	{ .name = "kind", .type = PARAM_ENUM, .choices = vocab_zone_kinds },
	{ .name = "board", .type = PARAM_SLUG },
	{ .name = "min_ha", .type = PARAM_DECIMAL, .min = 0, .max = 100000 },
	{ .name = "status", .type = PARAM_ENUM, .choices = vocab_zone_statuses },
	{ .name = NULL },
};

int
page_zones(struct request *req)
{
	struct db *db = public_db(req);
	xmlNodePtr zones = xml_elem(req->page, "zones");
	xmlNodePtr filter = xml_elem(zones, "filter");
	const struct param_value *min = param(req, "min_ha");
	struct db_param kind = public_opt_text(req, "kind");
	struct db_param board = public_opt_text(req, "board");
	struct db_param status = public_opt_text(req, "status");
	struct db_param min_ha = min->count ? DB_DOUBLE(min->d[0]) : DB_NULL;
	struct db_param p[8] = { kind, kind, board, board, min_ha, min_ha, status, status };
	unsigned long n;
	enum db_status rc;

	xml_attr(filter, "kind", param_text(req, "kind"));
	xml_attr(filter, "board", param_text(req, "board"));
	xml_attr(filter, "min_ha", param_text(req, "min_ha"));
	xml_attr(filter, "status", param_text(req, "status"));
	rc = dbxml_rows(db, SQL_ZONES, p, 8, zones, "zone", &n);
	xml_attr_int(zones, "count", (long long)n);
	if (rc == DB_OK)
		rc = dbxml_rows(db, SQL_BOARDS, NULL, 0, xml_elem(zones, "boards"), "board", NULL);
	return db_http_status(rc);
}

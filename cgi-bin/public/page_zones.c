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

void
zones_bind(struct request *req, struct db_param p[ZONES_BINDS])
{
	const struct param_value *min = param(req, "min_ha");

	p[0] = p[1] = public_opt_text(req, "kind");
	p[2] = p[3] = public_opt_text(req, "board");
	p[4] = p[5] = min->count ? DB_DOUBLE(min->d[0]) : DB_NULL;
	p[6] = p[7] = public_opt_text(req, "status");
}

int
page_zones(struct request *req)
{
	struct db *db = public_db(req);
	xmlNodePtr zones = xml_elem(req->page, "zones");
	xmlNodePtr filter = xml_elem(zones, "filter");
	struct db_param p[ZONES_BINDS];
	unsigned long n;
	enum db_status rc;

	xml_attr(filter, "kind", param_text(req, "kind"));
	xml_attr(filter, "board", param_text(req, "board"));
	xml_attr(filter, "min_ha", param_text(req, "min_ha"));
	xml_attr(filter, "status", param_text(req, "status"));
	zones_bind(req, p);
	rc = dbxml_rows(db, SQL_ZONES, p, 8, zones, "zone", &n);
	xml_attr_int(zones, "count", (long long)n);
	if (rc == DB_OK)
		rc = dbxml_rows(db, SQL_BOARDS, NULL, 0, xml_elem(zones, "boards"), "board", NULL);
	return db_http_status(rc);
}

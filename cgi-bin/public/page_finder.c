/* GET /finder — zones for investors: at least N hectares available, of a type, with
 * occupancy and contact; ?compare=a&compare=b[&compare=c] sets two or three side by side
 * (one zone is shown as its card). More ticks are kept ticked: the first three are compared
 * and the page says why the others are not. */
#include "public.h"

#define FINDER_COMPARE_MAX	3

static const char *const finder_kinds[] = { "kcn", "kkt", NULL };

const struct param_decl finder_params[] = {
	{ .name = "min_ha", .type = PARAM_DECIMAL, .min = 0, .max = 100000 },
	{ .name = "kind", .type = PARAM_ENUM, .choices = finder_kinds },
	/* every zone of the list may be ticked; only the first three are compared */
	{ .name = "compare", .type = PARAM_SLUG, .multi = true },
	{ .name = NULL },
};

int
page_finder(struct request *req)
{
	struct db *db = public_db(req);
	xmlNodePtr finder = xml_elem(req->page, "finder");
	const struct param_value *min = param(req, "min_ha");
	const struct param_value *cmp = param(req, "compare");
	struct db_param kind = public_opt_text(req, "kind");
	struct db_param p[3] = { min->count ? DB_DOUBLE(min->d[0]) : DB_NULL, kind, kind };
	enum db_status rc;

	xml_attr(finder, "min_ha", param_text(req, "min_ha"));
	xml_attr(finder, "kind", param_text(req, "kind"));
	xml_attr_int(finder, "compare_max", FINDER_COMPARE_MAX);
	for (unsigned int i = 0; i < cmp->count; i++)
		xml_text(finder, "selected", cmp->text[i]);
	rc = dbxml_rows(db, SQL_FINDER, p, 3, finder, "zone", NULL);
	if (rc == DB_OK && cmp->count > 0) {
		struct db_param c[2 * FINDER_COMPARE_MAX];

		for (unsigned int i = 0; i < FINDER_COMPARE_MAX; i++)
			c[i] = c[i + FINDER_COMPARE_MAX] =
			    i < cmp->count ? DB_TEXT(cmp->text[i]) : DB_NULL;
		rc = dbxml_rows(db, SQL_COMPARE, c, 2 * FINDER_COMPARE_MAX,
		    xml_elem(finder, "compare"), "zone", NULL);
	}
	return db_http_status(rc);
}

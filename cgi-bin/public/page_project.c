/* GET /projects/<id> — one project: facts, legal documents, the timeline of every status
 * change with its reason and legal basis, review findings; its JSON-LD in the head. */
#include "jsonld.h"
#include "alerts.h"
#include "facets.h"
#include "log.h"
#include "page.h"
#include "project_records.h"
#include "rows.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The row of SQL_PROJECT_PAGE, written as it arrives. */
struct project {
	struct page	*pg;
	long long	 id;
	bool		 found;
	bool		 unnamed;	/* a code the worker's choices do not name (facets.c) */
};

/* the row's columns (P__COLS), then the names of its codes (facets.c) */
enum { P_ID, P_STATUS, P_NAME, P_NAME_EN, P_STATUS_SINCE, P_SECTOR_CODE, P_AUTHORITY,
    P_CURRENCY, P_REGISTERED, P_DISBURSED, P_REGISTERED_USD, P_LAND, P_APPROVED,
    P_PLANNED_START, P_ACTUAL_START, P_PLANNED_OPERATION, P_ACTUAL_OPERATION, P_PERMIT_EXPIRES,
    P_SAMPLE, P_INVESTOR, P_COUNTRY, P_ZONE_ID, P_OVERDUE, P_PASSED, P_PART_ON, P_PART_FROM,
    P_PART_TO, P_START_OVERDUE, P_OPERATION_OVERDUE, P_LAST_CHANGED, P_DISBURSEMENTS_SAMPLE,
    P__COLS, P_SECTOR = P__COLS, P_SECTOR_EN, P_COUNTRY_NAME, P_COUNTRY_NAME_EN, P_ZONE_SLUG,
    P_ZONE, P_ZONE_EN, P__MAX };
static const char *const project_columns[P__COLS] = { "@id", "@status", "name", "name_en",
    "status_since", "sector", "authority", "currency", "registered_capital",
    "disbursed_capital", "registered_usd", "land_ha", "approved_on", "planned_start",
    "actual_start", "planned_operation", "actual_operation", "permit_expires_on", "is_sample",
    "investor", "country", "zone_id", "overdue", "remedy_deadline_passed", "part_revoked_on",
    "part_revoked_from_ha", "part_revoked_to_ha", "start_overdue", "operation_overdue",
    "last_changed", "disbursements_sample" };

/* The names of the row's sector, country and zone into c; false when one is not among the
 * worker's choices */
static bool
project_names(const char **c)
{
	int sector = facets_find("sector", c[P_SECTOR_CODE]);
	int country = facets_find("country", c[P_COUNTRY]);
	int zone = facets_zone(c[P_ZONE_ID]);

	if (sector < 0 || country < 0 || zone < 0)
		return false;
	c[P_SECTOR] = facets_get((unsigned int)sector, FACET_LABEL);
	c[P_SECTOR_EN] = facets_get((unsigned int)sector, FACET_LABEL_EN);
	c[P_COUNTRY_NAME] = facets_get((unsigned int)country, FACET_LABEL);
	c[P_COUNTRY_NAME_EN] = facets_get((unsigned int)country, FACET_LABEL_EN);
	c[P_ZONE_SLUG] = facets_get((unsigned int)zone, FACET_VALUE);
	c[P_ZONE] = facets_get((unsigned int)zone, FACET_LABEL);
	c[P_ZONE_EN] = facets_get((unsigned int)zone, FACET_LABEL_EN);
	return true;
}

static bool
is1(const char *flag)
{
	return flag != NULL && strcmp(flag, "1") == 0;
}

/* schema.org's Project, in the head */
static void
json_ld(struct html *h, const char *const *c)
{
	char path[160];

	H(h, "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
	    "\"@type\":\"Project\",\"identifier\":\"");
	jsonld_number(h, c[P_ID]);
	H(h, "\",\"name\":");
	html_json(h, c[P_NAME]);
	if (c[P_NAME_EN] != NULL) {
		H(h, ",\"alternateName\":");
		html_json(h, c[P_NAME_EN]);
	}
	H(h, ",\"url\":");
	snprintf(path, sizeof(path), "/projects/%s", c[P_ID] ? c[P_ID] : "");
	html_json(h, path);
	if (c[P_APPROVED] != NULL) {
		H(h, ",\"foundingDate\":");
		html_json(h, c[P_APPROVED]);
	}
	H(h, ",\"funder\":{\"@type\":\"Organization\",\"name\":");
	html_json(h, c[P_INVESTOR]);
	H(h, ",\"address\":{\"@type\":\"PostalAddress\",\"addressCountry\":");
	html_json(h, c[P_COUNTRY]);
	H(h, "}},\"location\":{\"@type\":\"Place\",\"name\":");
	html_json(h, c[P_ZONE]);
	H(h, ",\"url\":");
	snprintf(path, sizeof(path), "/zones/%s", c[P_ZONE_SLUG] ? c[P_ZONE_SLUG] : "");
	html_json(h, path);
	H(h, "}");
	H(h, ",\"additionalProperty\":[{\"@type\":\"PropertyValue\",\"name\":\"status\",\"value\":");
	html_json(h, c[P_STATUS]);
	H(h, "},{\"@type\":\"PropertyValue\",\"name\":\"registered_capital\",\"value\":");
	jsonld_number(h, c[P_REGISTERED]);
	H(h, ",\"unitText\":");
	html_json(h, c[P_CURRENCY]);
	H(h, "}]}</script>");
}

static void
milestone(struct html *h, const char *key, const char *planned, const char *actual,
    const char *overdue)
{
	H(h, "<tr><th scope=\"row\">");
	html_t(h, key);
	H(h, "</th><td>");
	html_date(h, planned);
	H(h, "</td><td>");
	html_date(h, actual);
	if (is1(overdue)) {
		H(h, "<span class=\"overdue\">");
		html_t(h, "project.overdue");
		H(h, "</span>");
	}
	H(h, "</td></tr>");
}

static void
zone_link(struct html *h, const char *const *c)
{
	H(h, "<a href=\"");
	html_base(h);
	H(h, "/zones/");
	html_urlpart(h, c[P_ZONE_SLUG]);
	H(h, "\">");
	html_pick(h, c[P_ZONE], c[P_ZONE_EN]);
	H(h, "</a>");
}

/* the title, the head, the links, the lead and the facts */
static int
project_row(void *ctx, const struct db_row *r)
{
	struct project *p = ctx;
	struct page *pg = p->pg;
	struct html *h = &pg->h;
	const char *c[P__MAX];
	char href[64], feed[600];

	row_cols(r, project_columns, P__COLS, c);
	if (!project_names(c)) {
		p->unnamed = true;
		return 1;
	}
	p->found = true;
	page_sample(pg, c[P_DISBURSEMENTS_SAMPLE]);
	html_pick(&pg->title, c[P_NAME], c[P_NAME_EN]);
	json_ld(&pg->head, c);
	snprintf(feed, sizeof(feed), "%s %s", i18n_get(h->lang, "feed.project"),
	    h->lang == LANG_EN && c[P_NAME_EN] != NULL && *c[P_NAME_EN] != '\0' ? c[P_NAME_EN] :
	    c[P_NAME] ? c[P_NAME] : "");
	page_link(pg, OD_API, OD_RECORD, NULL, "/api/v1/projects/%lld", p->id);
	page_link(pg, OD_API, OD_HISTORY, NULL, "/api/v1/projects/%lld/history", p->id);
	page_link(pg, OD_FEED, OD_LIST, feed, "%s/feeds/projects/%lld.atom", h->base, p->id);

	H(h, "<p class=\"crumbs\"><a href=\"");
	html_base(h);
	H(h, "/projects\">");
	html_t(h, "projects.title");
	H(h, "</a> ›\n      ");
	zone_link(h, c);
	H(h, "</p><h1>");
	html_pick(h, c[P_NAME], c[P_NAME_EN]);
	page_sample_mark(pg, c[P_SAMPLE]);
	H(h, "</h1><p class=\"lead\"><span class=\"status status-");
	html_text(h, c[P_STATUS]);
	H(h, "\">");
	html_tv(h, "status.", c[P_STATUS]);
	H(h, "</span> ");
	html_t(h, "project.since");
	H(h, " ");
	html_date(h, c[P_STATUS_SINCE]);
	project_marks(h, c[P_PASSED], c[P_OVERDUE], c[P_PART_ON], c[P_PART_FROM], c[P_PART_TO]);
	H(h, "</p>");
	if (is1(c[P_OVERDUE])) {
		H(h, "<p class=\"note\">");
		html_t(h, "project.overdue.explain");
		H(h, "</p>");
	}
	snprintf(href, sizeof(href), "%s/projects/%lld/changes", h->base, p->id);
	block_last_changed(h, c[P_LAST_CHANGED], href);

	H(h, "<section aria-labelledby=\"facts-h\"><h2 id=\"facts-h\">");
	html_t(h, "project.facts");
	H(h, "</h2><dl class=\"facts wide\">");
	block_fact(h, "project.investor");
	html_text(h, c[P_INVESTOR]);
	H(h, " (");
	html_pick(h, c[P_COUNTRY_NAME], c[P_COUNTRY_NAME_EN]);
	H(h, ")</dd>");
	block_fact(h, "project.zone");
	zone_link(h, c);
	H(h, "</dd>");
	block_fact(h, "project.sector");
	html_pick(h, c[P_SECTOR], c[P_SECTOR_EN]);
	H(h, "</dd>");
	block_fact(h, "project.authority");
	html_tv(h, "authority.", c[P_AUTHORITY]);
	H(h, "</dd>");
	block_fact(h, "project.registered");
	format_decimal(h->b, c[P_REGISTERED] ? c[P_REGISTERED] : "", 0, 0, 0, h->lang);
	H(h, " ");
	html_text(h, c[P_CURRENCY]);
	if (c[P_CURRENCY] != NULL && strcmp(c[P_CURRENCY], "USD") != 0) {
		H(h, " (≈ ");
		html_fig(h, c[P_REGISTERED_USD], FIG_MUSD);
		H(h, ")");
	}
	H(h, "</dd>");
	block_fact(h, "project.disbursed");
	format_decimal(h->b, c[P_DISBURSED] ? c[P_DISBURSED] : "", 0, 0, 0, h->lang);
	H(h, " ");
	html_text(h, c[P_CURRENCY]);
	H(h, "</dd>");
	block_fact(h, "project.land");
	html_fig(h, c[P_LAND], FIG_HA);
	H(h, "</dd>");
	block_fact(h, "project.approved_on");
	html_date(h, c[P_APPROVED]);
	H(h, "</dd>");
	if (c[P_PERMIT_EXPIRES] != NULL) {
		block_fact(h, "project.permit_expires");
		html_date(h, c[P_PERMIT_EXPIRES]);
		H(h, "</dd>");
	}
	H(h, "</dl><table class=\"data milestones\"><caption>");
	html_t(h, "project.milestones");
	H(h, "</caption><thead><tr><th scope=\"col\">");
	html_t(h, "project.milestone");
	H(h, "</th><th scope=\"col\">");
	html_t(h, "project.planned");
	H(h, "</th><th scope=\"col\">");
	html_t(h, "project.actual");
	H(h, "</th></tr></thead><tbody>");
	milestone(h, "project.start", c[P_PLANNED_START], c[P_ACTUAL_START], c[P_START_OVERDUE]);
	milestone(h, "project.operation", c[P_PLANNED_OPERATION], c[P_ACTUAL_OPERATION],
	    c[P_OPERATION_OVERDUE]);
	H(h, "</tbody></table></section>");
	return 0;
}

int
page_project(struct request *req)
{
	struct page *pg = page_start(req);
	struct html *h = &pg->h;
	struct db *db = public_db(req);
	struct project p = { pg, public_path_id(req, 0), false, false };
	struct db_param id = DB_INT(p.id);
	enum db_status rc;

	if (p.id == 0)
		return 404;
	/* the choices are those of the generation read first: one a publication made since
	 * is missing from them, and they are read again */
	for (int attempt = 0; ; attempt++) {
		if ((rc = facets_read(req)) == DB_OK)
			rc = db_query(db, SQL_PROJECT_PAGE, &id, 1, project_row, &p);
		if (rc != DB_ABORTED || !p.unnamed)
			break;
		facets_forget();
		if (attempt > 0) {
			log_error("project %lld: its sector, country or zone is not among the choices", p.id);
			return 500;
		}
		p.unnamed = false;
	}
	if (rc == DB_OK && !p.found)
		return 404;
	if (rc == DB_OK)
		rc = project_records(pg, db, &id);
	if (rc != DB_OK)
		return db_http_status(rc);
	H(h, "<p><a href=\"");
	html_base(h);
	H(h, "/projects/");
	html_int(h, p.id);
	H(h, "/changes\">");
	html_t(h, "record.history");
	H(h, "</a></p>");
	{
		char target[24];

		snprintf(target, sizeof(target), "%lld", p.id);
		alerts_follow_box(pg, "project", target);
	}
	return 200;
}

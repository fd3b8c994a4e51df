/* GET /projects/<id> — one project: facts, legal documents, the timeline of every status
 * change with its reason and legal basis, review findings; its JSON-LD in the head. */
#include "jsonld.h"
#include "alerts.h"
#include "facets.h"
#include "log.h"
#include "page.h"
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

/* "Căn cứ pháp lý: <number> ngày <date>, <issuer>" (the document's link and PDF after the
 * number or the issuer as the caller writes them) */
static void
basis_start(struct html *h)
{
	H(h, "<p class=\"basis\">");
	html_t(h, "event.basis");
	H(h, ": ");
}

static void
basis_date_issuer(struct html *h, const char *issued_on, const char *issuer)
{
	H(h, " ");
	html_t(h, "doc.of");
	H(h, " ");
	html_date(h, issued_on);
	H(h, ", ");
	block_text(h, issuer, NULL);
}

/* a document's number, a link to it where it has a URL */
static void
doc_number(struct html *h, const char *url, const char *number)
{
	if (url == NULL) {
		html_text(h, number);
		return;
	}
	H(h, "<a href=\"");
	html_href(h, url);
	H(h, "\">");
	html_text(h, number);
	H(h, "</a>");
}

static void
pdf_link(struct html *h, const char *doc_id)
{
	H(h, "<a href=\"");
	html_base(h);
	H(h, "/documents/");
	html_urlpart(h, doc_id);
	H(h, "\" type=\"application/pdf\">PDF</a>");
}

/* "Reason: …" and the like: a label and a free text with its English twin */
static void
labelled_text(struct html *h, const char *key, const char *vi, const char *en)
{
	html_t(h, key);
	H(h, ": ");
	block_text(h, vi, en);
}

/* a section's rows: the list's head written before the first */
struct list {
	struct page	*pg;
	bool		 open;
};

enum { E_STATUS, E_EFFECTIVE, E_REASON, E_REASON_EN, E_REMEDY, E_REMEDY_EN, E_REMEDY_DUE,
    E_REVOCATION, E_LAND_BEFORE, E_LAND_AFTER, E_DOC_ID, E_DOC_FILE, E_DOC_NUMBER,
    E_DOC_ISSUED, E_DOC_ISSUER, E_DOC_URL, E__MAX };
static const char *const event_columns[E__MAX] = { "@status", "effective_on", "reason",
    "reason_en", "remedy", "remedy_en", "remedy_due", "revocation", "land_ha_before",
    "land_ha_after", "doc_id", "doc_file", "doc_number", "doc_issued_on", "doc_issuer",
    "doc_url" };

static int
event_row(void *ctx, const struct db_row *r)
{
	struct html *h = &((struct list *)ctx)->pg->h;
	const char *c[E__MAX];
	bool partial;

	row_cols(r, event_columns, E__MAX, c);
	partial = c[E_REVOCATION] != NULL && strcmp(c[E_REVOCATION], "partial") == 0;
	H(h, "<li class=\"status-");
	html_text(h, c[E_STATUS]);
	H(h, "\"><p><time datetime=\"");
	html_text(h, c[E_EFFECTIVE]);
	H(h, "\">");
	html_date(h, c[E_EFFECTIVE]);
	H(h, "</time> — <strong>");
	if (partial) {
		/* a partial revocation keeps the status: say what it was, and the status kept */
		html_t(h, "project.partly_revoked");
		H(h, "</strong> (");
		html_t(h, "revocation.partial");
		H(h, "; ");
		html_t(h, "event.status_kept");
		H(h, " ");
		html_tv(h, "status.", c[E_STATUS]);
		H(h, ")");
	} else {
		html_tv(h, "status.", c[E_STATUS]);
		H(h, "</strong>");
		if (c[E_REVOCATION] != NULL) {
			H(h, " (");
			html_tv(h, "revocation.", c[E_REVOCATION]);
			H(h, ")");
		}
	}
	H(h, "</p>");
	if (c[E_REASON] != NULL) {
		H(h, "<p>");
		labelled_text(h, "event.reason", c[E_REASON], c[E_REASON_EN]);
		H(h, "</p>");
	}
	if (c[E_REMEDY] != NULL) {
		H(h, "<p>");
		labelled_text(h, "event.remedy", c[E_REMEDY], c[E_REMEDY_EN]);
		if (c[E_REMEDY_DUE] != NULL) {
			H(h, " (");
			html_t(h, "event.remedy_due");
			H(h, " ");
			html_date(h, c[E_REMEDY_DUE]);
			H(h, ")");
		}
		H(h, "</p>");
	}
	if (partial) {
		H(h, "<p>");
		html_t(h, "event.land");
		H(h, ": ");
		html_fig(h, c[E_LAND_BEFORE], FIG_HA);
		H(h, " → ");
		html_fig(h, c[E_LAND_AFTER], FIG_HA);
		H(h, "</p>");
	}
	if (c[E_DOC_NUMBER] != NULL) {
		basis_start(h);
		doc_number(h, c[E_DOC_URL], c[E_DOC_NUMBER]);
		basis_date_issuer(h, c[E_DOC_ISSUED], c[E_DOC_ISSUER]);
		if (c[E_DOC_FILE] != NULL) {
			H(h, " (");
			pdf_link(h, c[E_DOC_ID]);
			H(h, ")");
		}
		H(h, "</p>");
	}
	H(h, "</li>");
	return 0;
}

enum { D_ID, D_TYPE, D_NUMBER, D_ISSUED, D_ISSUER, D_TITLE, D_TITLE_EN, D_URL, D_FILE,
    D_SAMPLE, D__MAX };
static const char *const document_columns[D__MAX] = { "@id", "@type", "number", "issued_on",
    "issuer", "title", "title_en", "url", "file_id", "is_sample" };

static void
cell(struct html *h, const char *key)
{
	H(h, "<td data-label=\"");
	html_t(h, key);
	H(h, "\">");
}

static int
document_row(void *ctx, const struct db_row *r)
{
	struct list *l = ctx;
	struct html *h = &l->pg->h;
	static const char *const cols[] = { "doc.number", "doc.date", "doc.issuer", "doc.type",
	    "doc.title" };
	const char *c[D__MAX];

	row_cols(r, document_columns, D__MAX, c);
	page_sample(l->pg, c[D_SAMPLE]);
	if (!l->open) {
		l->open = true;
		H(h, "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"");
		html_t(h, "common.scroll_table");
		H(h, "\"><table class=\"data stack\"><caption>");
		html_t(h, "project.documents.caption");
		H(h, "</caption><thead><tr>");
		for (size_t i = 0; i < sizeof(cols) / sizeof(cols[0]); i++) {
			H(h, "<th scope=\"col\">");
			html_t(h, cols[i]);
			H(h, "</th>");
		}
		H(h, "</tr></thead><tbody>");
	}
	H(h, "<tr><th scope=\"row\">");
	doc_number(h, c[D_URL], c[D_NUMBER]);
	if (c[D_FILE] != NULL) {
		H(h, " ");
		pdf_link(h, c[D_ID]);
	}
	H(h, "</th>");
	cell(h, "doc.date");
	html_date(h, c[D_ISSUED]);
	H(h, "</td>");
	cell(h, "doc.issuer");
	block_text(h, c[D_ISSUER], NULL);
	H(h, "</td>");
	cell(h, "doc.type");
	html_tv(h, "doctype.", c[D_TYPE]);
	H(h, "</td>");
	cell(h, "doc.title");
	block_text(h, c[D_TITLE], c[D_TITLE_EN]);
	H(h, "</td></tr>");
	return 0;
}

enum { F_AREA, F_OUTCOME, F_REVIEWED, F_SUMMARY, F_SUMMARY_EN, F_ACTION, F_ACTION_EN,
    F_DOC_NUMBER, F_DOC_ISSUED, F_DOC_ISSUER, F_SAMPLE, F__MAX };
static const char *const finding_columns[F__MAX] = { "@area", "@outcome", "reviewed_on",
    "summary", "summary_en", "action", "action_en", "doc_number", "doc_issued_on",
    "doc_issuer", "is_sample" };

static int
finding_row(void *ctx, const struct db_row *r)
{
	struct list *l = ctx;
	struct html *h = &l->pg->h;
	const char *c[F__MAX];

	row_cols(r, finding_columns, F__MAX, c);
	page_sample(l->pg, c[F_SAMPLE]);
	if (!l->open) {
		l->open = true;
		H(h, "<ul class=\"findings\">");
	}
	H(h, "<li class=\"outcome-");
	html_text(h, c[F_OUTCOME]);
	H(h, "\"><p><strong>");
	html_tv(h, "area.", c[F_AREA]);
	H(h, "</strong>\n                (");
	html_date(h, c[F_REVIEWED]);
	H(h, "): ");
	html_tv(h, "outcome.", c[F_OUTCOME]);
	H(h, "</p><p>");
	block_text(h, c[F_SUMMARY], c[F_SUMMARY_EN]);
	H(h, "</p>");
	if (c[F_ACTION] != NULL) {
		H(h, "<p>");
		labelled_text(h, "finding.action", c[F_ACTION], c[F_ACTION_EN]);
		H(h, "</p>");
	}
	if (c[F_DOC_NUMBER] != NULL) {
		basis_start(h);
		html_text(h, c[F_DOC_NUMBER]);
		basis_date_issuer(h, c[F_DOC_ISSUED], c[F_DOC_ISSUER]);
		H(h, "</p>");
	}
	H(h, "</li>");
	return 0;
}

/* A section of the page: its rows, or a line saying there are none. */
struct section {
	const char	*id, *key;	/* the heading's id and catalog key */
	unsigned int	 sql;
	db_row_fn	 row;
	const char	*close;		/* the markup that closes the rows */
	const char	*none;		/* the catalog key without rows; NULL: rows always open */
};

static const struct section sections[] = {
	{ "tl-h", "project.timeline", SQL_PROJECT_EVENTS, event_row, "</ol>", NULL },
	{ "doc-h", "project.documents", SQL_PROJECT_DOCUMENTS, document_row,
	    "</tbody></table></div>", "project.documents.none" },
	{ "fd-h", "project.findings", SQL_PROJECT_FINDINGS, finding_row, "</ul>",
	    "project.findings.none" },
};

static enum db_status
section(struct page *pg, struct db *db, struct db_param *id, const struct section *s)
{
	struct html *h = &pg->h;
	struct list l = { pg, s->none == NULL };
	enum db_status rc;

	H(h, "<section aria-labelledby=\"");
	html_text(h, s->id);
	H(h, "\"><h2 id=\"");
	html_text(h, s->id);
	H(h, "\">");
	html_t(h, s->key);
	H(h, "</h2>");
	if (s->none == NULL)
		H(h, "<ol class=\"timeline\">");
	if ((rc = db_query(db, s->sql, id, 1, s->row, &l)) != DB_OK)
		return rc;
	if (l.open)
		html_raw(h, s->close, strlen(s->close));
	else {
		H(h, "<p>");
		html_t(h, s->none);
		H(h, "</p>");
	}
	H(h, "</section>");
	return DB_OK;
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
	for (size_t i = 0; rc == DB_OK && i < sizeof(sections) / sizeof(sections[0]); i++)
		rc = section(pg, db, &id, &sections[i]);
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

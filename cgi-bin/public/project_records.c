/* The records of a project's page (page_project.c): the timeline of its status changes, its
 * legal documents and its review findings, each change and finding with its legal basis. */
#include "project_records.h"
#include "rows.h"

#include <stdlib.h>
#include <string.h>

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

enum { D_ID, D_TYPE, D_NUMBER, D_ISSUED, D_ISSUER, D_TITLE, D_TITLE_EN, D_URL, D_FILE,
    D_SAMPLE, D__MAX };
static const char *const document_columns[D__MAX] = { "@id", "@type", "number", "issued_on",
    "issuer", "title", "title_en", "url", "file_id", "is_sample" };

/* The project's documents, read before the timeline and the findings, which cite them by id:
 * a cited document is one of the project's (033_basis_of_project.sql). Kept for the worker's
 * life, emptied for each page. */
static struct rows docs = ROWS(document_columns);

/* the values of row i of docs into v (D__MAX) */
static void
doc_values(unsigned int i, const char **v)
{
	for (unsigned int k = 0; k < D__MAX; k++)
		v[k] = rows_get(&docs, i, k);
}

/* the values of the document whose id is id into v; false: none cited (or one published
 * between the page's statements, which the next request shows) */
static bool
doc_cited(const char *id, const char **v)
{
	for (unsigned int i = 0; id != NULL && i < docs.n; i++)
		if (strcmp(rows_get(&docs, i, D_ID), id) == 0) {
			doc_values(i, v);
			return true;
		}
	return false;
}

/* "Căn cứ pháp lý: <number> ngày <date>, <issuer>" of document d; when linked, the number a
 * link to the document's URL and its PDF after, where it has them */
static void
basis(struct html *h, const char *const *d, bool linked)
{
	H(h, "<p class=\"basis\">");
	html_t(h, "event.basis");
	H(h, ": ");
	doc_number(h, linked ? d[D_URL] : NULL, d[D_NUMBER]);
	H(h, " ");
	html_t(h, "doc.of");
	H(h, " ");
	html_date(h, d[D_ISSUED]);
	H(h, ", ");
	block_text(h, d[D_ISSUER], NULL);
	if (linked && d[D_FILE] != NULL) {
		H(h, " (");
		pdf_link(h, d[D_ID]);
		H(h, ")");
	}
	H(h, "</p>");
}

enum { E_STATUS, E_EFFECTIVE, E_REASON, E_REASON_EN, E_REMEDY, E_REMEDY_EN, E_REMEDY_DUE,
    E_REVOCATION, E_LAND_BEFORE, E_LAND_AFTER, E_DOC_ID, E__MAX };
static const char *const event_columns[E__MAX] = { "@status", "effective_on", "reason",
    "reason_en", "remedy", "remedy_en", "remedy_due", "revocation", "land_ha_before",
    "land_ha_after", "doc_id" };

static int
event_row(void *ctx, const struct db_row *r)
{
	struct html *h = &((struct list *)ctx)->pg->h;
	const char *c[E__MAX];
	bool partial;
	const char *d[D__MAX];

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
	if (doc_cited(c[E_DOC_ID], d))
		basis(h, d, true);
	H(h, "</li>");
	return 0;
}


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
    F_DOC_ID, F_SAMPLE, F__MAX };
static const char *const finding_columns[F__MAX] = { "@area", "@outcome", "reviewed_on",
    "summary", "summary_en", "action", "action_en", "doc_id", "is_sample" };

static int
finding_row(void *ctx, const struct db_row *r)
{
	struct list *l = ctx;
	struct html *h = &l->pg->h;
	const char *c[F__MAX];
	const char *d[D__MAX];

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
	if (doc_cited(c[F_DOC_ID], d))
		basis(h, d, false);
	H(h, "</li>");
	return 0;
}

/* A section of the page: its rows, or a line saying there are none. */
struct section {
	const char	*id, *key;	/* the heading's id and catalog key */
	unsigned int	 sql;		/* its statement; the documents: read before, into docs */
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

/* the documents kept in docs, each as the row of its statement */
static enum db_status
documents_kept(db_row_fn fn, void *ctx)
{
	const char *v[D__MAX];
	struct db_row r = { D__MAX, document_columns, v, NULL };

	for (unsigned int i = 0; i < docs.n; i++) {
		doc_values(i, v);
		if (fn(ctx, &r) != 0)
			return DB_ABORTED;
	}
	return DB_OK;
}

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
	rc = s->sql == SQL_PROJECT_DOCUMENTS ? documents_kept(s->row, &l) :
	    db_query(db, s->sql, id, 1, s->row, &l);
	if (rc != DB_OK)
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

/* The project's documents first, then its sections in the page's order. */
enum db_status
project_records(struct page *pg, struct db *db, struct db_param *id)
{
	enum db_status rc;

	rows_reset(&docs);
	rc = rows_read(&docs, db, SQL_PROJECT_DOCUMENTS, id, 1);
	for (size_t i = 0; rc == DB_OK && i < sizeof(sections) / sizeof(sections[0]); i++)
		rc = section(pg, db, id, &sections[i]);
	return rc;
}

/* The management boards' announcements, as staff publish them (RECORD_ANNOUNCEMENT):
 * GET /announcements (?board=<slug>, ?page=N), /announcements/<id>, the latest of a
 * zone's board on its page, /api/v1/announcements (?board=) and /announcements.csv
 * (?board=); its feed is feed_announcements.c. A publication moves the data generation,
 * so the worker's page cache and the ETags follow it like every other page. */
#include "boards.h"
#include "site.h"

#include <stdbool.h>

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

/* An announcement's columns (ANN_COLUMNS) as a row gives them. */
struct ann {
	const char	*id, *published_on, *title, *title_en, *body, *body_en, *is_sample,
			*board_slug, *board_name, *board_name_en;
};

static void
ann_read(struct ann *a, const struct db_row *r)
{
	*a = (struct ann){ db_col(r, "id"), db_col(r, "published_on"), db_col(r, "title"),
	    db_col(r, "title_en"), db_col(r, "body"), db_col(r, "body_en"), db_col(r, "is_sample"),
	    db_col(r, "board_slug"), db_col(r, "board_name"), db_col(r, "board_name_en") };
}

/* A text in the page's language; on an English page without English, the Vietnamese text
 * marked as such (lang="vi" for screen readers, and in words). */
static void
ann_text(struct html *h, const char *t, const char *t_en)
{
	if (h->lang != LANG_EN)
		html_text(h, t);
	else if (t_en != NULL && *t_en != '\0')
		html_text(h, t_en);
	else {
		H(h, "<span lang=\"vi\">");
		html_text(h, t);
		H(h, "</span> <span class=\"lang-note\">");
		html_t(h, "ann.in_vietnamese");
		H(h, "</span>");
	}
}

/* the opening of a link to the list of a board's announcements */
static void
board_link(struct html *h, const char *board_slug)
{
	H(h, "<a href=\"");
	html_base(h);
	H(h, "/announcements?board=");
	html_urlpart(h, board_slug);
	H(h, "\">");
}

/* its date and board */
static void
ann_meta(struct html *h, const struct ann *a)
{
	H(h, "<p class=\"hint\"><time datetime=\"");
	html_text(h, a->published_on);
	H(h, "\">");
	html_date(h, a->published_on);
	H(h, "</time> · ");
	board_link(h, a->board_slug);
	html_pick(h, a->board_name, a->board_name_en);
	H(h, "</a></p>");
}

/* Where the UTF-8 text s is cut after n characters (not bytes) when it has more than max,
 * else NULL. */
static const char *
ann_cut(const char *s, size_t max, size_t n)
{
	const char *at = NULL;
	size_t chars = 0;

	for (; *s != '\0'; s++) {
		if (((unsigned char)*s & 0xC0) == 0x80)
			continue;
		if (chars == n)
			at = s;
		if (++chars > max)
			return at;
	}
	return NULL;
}

/* the announcements of a list, written as they arrive, each under a heading h2 or h3 */
struct ann_rows {
	struct page	*pg;
	bool		 h2;
	unsigned long	 n;
};

/* One announcement in a list: its title (a link to its page), date and board, and the
 * beginning of its text. */
static int
ann_item(void *ctx, const struct db_row *r)
{
	struct ann_rows *rows = ctx;
	struct html *h = &rows->pg->h;
	struct ann a;
	const char *body, *cut;

	ann_read(&a, r);
	body = h->lang == LANG_EN && a.body_en != NULL && *a.body_en != '\0' ? a.body_en : a.body;
	rows->n++;
	H(h, "<article class=\"announcement\" id=\"ann-");
	html_text(h, a.id);
	H(h, "\">");
	if (rows->h2)
		H(h, "<h2>");
	else
		H(h, "<h3>");
	H(h, "<a href=\"");
	html_base(h);
	H(h, "/announcements/");
	html_urlpart(h, a.id);
	H(h, "\">");
	ann_text(h, a.title, a.title_en);
	H(h, "</a>");
	page_sample_mark(rows->pg, a.is_sample);
	if (rows->h2)
		H(h, "</h2>");
	else
		H(h, "</h3>");
	ann_meta(h, &a);
	if (h->lang == LANG_EN && a.body_en == NULL)
		H(h, "<p lang=\"vi\">");
	else
		H(h, "<p>");
	/* more than 300 characters: the first 280 and an ellipsis */
	if (body != NULL && (cut = ann_cut(body, 300, 280)) != NULL) {
		html_textn(h, body, (size_t)(cut - body));
		H(h, "…");
	} else
		html_text(h, body);
	H(h, "</p></article>");
	return 0;
}

static int
total_row(void *ctx, const struct db_row *r)
{
	const char *n = db_col(r, "total");

	*(long long *)ctx = n != NULL ? strtoll(n, NULL, 10) : 0;
	return 0;
}

/* the form: the board */
static enum db_status
list_form(struct request *req, struct html *h, const char *board)
{
	enum db_status rc;

	H(h, "<form class=\"filters\" method=\"get\" action=\"");
	html_base(h);
	H(h, "/announcements\"><div><label for=\"f-board\">");
	html_t(h, "zones.filter.board");
	H(h, "</label><select id=\"f-board\" name=\"board\"><option value=\"\">");
	html_t(h, "common.all");
	H(h, "</option>");
	rc = boards_options(req, h, board);
	H(h, "</select></div><div class=\"actions\"><button type=\"submit\">");
	html_t(h, "common.filter");
	H(h, "</button></div></form>");
	return rc;
}

/* a link to another page of the list */
static void
list_page_link(struct html *h, const char *board, long long page, const char *rel,
    const char *label)
{
	H(h, "<a rel=\"");
	html_text(h, rel);
	H(h, "\" href=\"");
	html_base(h);
	H(h, "/announcements?");
	if (board != NULL) {
		H(h, "board=");
		html_urlpart(h, board);
		H(h, "&amp;");
	}
	H(h, "page=");
	html_int(h, page);
	H(h, "\">");
	html_t(h, label);
	H(h, "</a>");
}

int
page_announcements(struct request *req)
{
	struct page *pg = page_start(req);
	struct html *h = &pg->h;
	struct db *db = public_db(req);
	const char *board = param_text(req, "board");
	struct db_param b = public_opt_text(req, "board");
	long long page = param_int(req, "page", 1), total = 0, first, last;
	struct db_param p[4] = { b, b, DB_INT(ANN_PER_PAGE), DB_INT((page - 1) * ANN_PER_PAGE) };
	struct ann_rows rows = { pg, true, 0 };
	struct buf *main = h->b, items;
	enum db_status rc;

	html_t(&pg->title, "ann.title");
	H(h, "<h1>");
	html_t(h, "ann.title");
	H(h, "</h1><p class=\"lead\">");
	html_t(h, "ann.lead");
	H(h, "</p>");
	if ((rc = list_form(req, h, board)) != DB_OK ||
	    (rc = db_query(db, SQL_ANNOUNCEMENTS_COUNT, p, 2, total_row, &total)) != DB_OK)
		return db_http_status(rc);
	/* the list is written aside: the count line before it says which of them it holds */
	buf_init(&items);
	h->b = &items;
	rc = db_query(db, SQL_ANNOUNCEMENTS, p, 4, ann_item, &rows);
	h->b = main;
	/* a page past the last is a page that does not exist */
	if (rc != DB_OK || (rows.n == 0 && page > 1)) {
		buf_free(&items);
		return rc != DB_OK ? db_http_status(rc) : 404;
	}
	first = (page - 1) * ANN_PER_PAGE + 1;
	last = first + (long long)rows.n - 1;
	H(h, "<p class=\"count\" role=\"status\">");
	html_t(h, "ann.count");
	H(h, ": <strong>");
	html_count(h, total);
	H(h, "</strong>");
	if (total > 0) {
		H(h, " · ");
		html_int(h, first);
		H(h, "–");
		html_int(h, last);
	}
	H(h, "</p>");
	if (items.len > 0)
		buf_append(main, items.data, items.len);
	buf_free(&items);
	if (page > 1 || last < total) {
		H(h, "<nav class=\"pager\" aria-label=\"");
		html_t(h, "pager.label");
		H(h, "\">");
		if (page > 1)
			list_page_link(h, board, page - 1, "prev", "pager.prev");
		if (last < total)
			list_page_link(h, board, page + 1, "next", "pager.next");
		H(h, "</nav>");
	}
	page_link(pg, OD_CSV, OD_LIST, NULL, "/announcements.csv%s%s", board ? "?board=" : "",
	    board ? board : "");
	page_link(pg, OD_API, OD_LIST, NULL, "/api/v1/announcements%s%s", board ? "?board=" : "",
	    board ? board : "");
	page_link(pg, OD_FEED, OD_LIST, i18n_get(req->lang, "ann.title"),
	    "%s/feeds/announcements.atom%s%s", h->base, board ? "?board=" : "", board ? board : "");
	return 200;
}

static int
announcement_row(void *ctx, const struct db_row *r)
{
	struct ann_rows *rows = ctx;
	struct page *pg = rows->pg;
	struct html *h = &pg->h;
	struct ann a;

	ann_read(&a, r);
	rows->n++;
	html_pick(&pg->title, a.title, a.title_en);
	H(h, "<p class=\"crumbs\"><a href=\"");
	html_base(h);
	H(h, "/announcements\">");
	html_t(h, "ann.title");
	H(h, "</a></p><article class=\"announcement\"><h1>");
	ann_text(h, a.title, a.title_en);
	page_sample_mark(pg, a.is_sample);
	H(h, "</h1>");
	ann_meta(h, &a);
	H(h, "<div class=\"ann-body\">");
	ann_text(h, a.body, a.body_en);
	H(h, "</div></article><p>");
	board_link(h, a.board_slug);
	html_t(h, "ann.all_of_board");
	H(h, "</a></p>");
	return 0;
}

int
page_announcement(struct request *req)
{
	struct page *pg = page_start(req);
	struct db_param id = DB_INT(public_path_id(req, 0));
	struct ann_rows rows = { pg, true, 0 };
	enum db_status rc;

	if (id.i == 0)
		return 404;
	rc = db_query(public_db(req), SQL_ANNOUNCEMENT, &id, 1, announcement_row, &rows);
	if (rc == DB_OK && rows.n == 0)
		return 404;
	page_link(pg, OD_FEED, OD_LIST, i18n_get(req->lang, "ann.title"),
	    "%s/feeds/announcements.atom", pg->h.base);
	return db_http_status(rc);
}

enum db_status
boards_zone_announcements(struct request *req, struct page *pg, const char *slug,
    const char *board_slug)
{
	struct db_param p[2] = { DB_TEXT(slug), DB_INT(ANN_ON_ZONE) };
	struct ann_rows rows = { pg, false, 0 };
	struct html *h = &pg->h;
	enum db_status rc;

	H(h, "<section aria-labelledby=\"ann-h\"><h2 id=\"ann-h\">");
	html_t(h, "ann.zone.heading");
	H(h, "</h2>");
	rc = db_query(public_db(req), SQL_ZONE_ANNOUNCEMENTS, p, 2, ann_item, &rows);
	if (rows.n == 0) {
		H(h, "<p>");
		html_t(h, "ann.none");
		H(h, "</p>");
	}
	H(h, "<p>");
	board_link(h, board_slug);
	html_t(h, "ann.all_of_board");
	H(h, "</a></p></section>");
	return rc;
}


/* GET /feeds/announcements.atom[?board=<slug>] — an Atom feed (RFC 4287) of the boards'
 * announcements, newest first; an English entry without English text is the Vietnamese
 * one, with xml:lang="vi". */
#include "atom.h"
#include "site.h"

#include <stdio.h>

/* What the rows leave for the head, which comes before them: the board's name. */
struct ann_read {
	struct html	 entries;	/* the entries, written as the rows come */
	const char	*board;		/* ?board= */
	struct buf	*board_name;	/* the first row's board, picked, as XML text */
	bool		 board_found;	/* a row of the board asked for */
};

static int
ann_row(void *ctx, const struct db_row *r)
{
	struct ann_read *a = ctx;
	struct html *h = &a->entries;
	const char *id = db_col(r, "id"), *on = db_col(r, "published_on");
	const char *title_en = db_col(r, "title_en"), *slug = db_col(r, "board_slug");
	const char *sample = db_col(r, "is_sample");

	if (a->board_name->len == 0) {
		struct html name = { a->board_name, h->lang, h->base };

		atom_pick(&name, db_col(r, "board_name"), db_col(r, "board_name_en"));
	}
	if (a->board != NULL && slug != NULL && strcmp(slug, a->board) == 0)
		a->board_found = true;
	H(h, "  <entry");
	if (h->lang == LANG_EN && title_en == NULL)
		H(h, " xml:lang=\"vi\"");
	H(h, ">\n    <id>");
	od_origin(h->b);
	H(h, "/announcements/");
	atom_text(h, id);
	H(h, "</id>\n    <title>");
	atom_pick(h, db_col(r, "title"), title_en);
	if (sample != NULL && strcmp(sample, "1") == 0) {
		H(h, " (");
		atom_t(h, "sample.mark");
		H(h, ")");
	}
	H(h, "</title>\n    <updated>");
	atom_text(h, on);
	H(h, "T00:00:00Z</updated>\n    <published>");
	atom_text(h, on);
	H(h, "T00:00:00Z</published>\n    <link rel=\"alternate\" type=\"text/html\" href=\"");
	od_origin(h->b);
	atom_attr(h, h->base);
	H(h, "/announcements/");
	atom_attr(h, id);
	H(h, "\"/>\n    <category term=\"");
	atom_attr(h, slug);
	H(h, "\" label=\"");
	if (h->lang == LANG_EN && db_col(r, "board_name_en") != NULL &&
	    *db_col(r, "board_name_en") != '\0')
		atom_attr(h, db_col(r, "board_name_en"));
	else
		atom_attr(h, db_col(r, "board_name"));
	H(h, "\"/>\n    ");
	{
		const char *body = db_col(r, "body"), *body_en = db_col(r, "body_en");

		if (h->lang == LANG_EN && body_en != NULL && *body_en != '\0')
			body = body_en;
		if (body != NULL && *body != '\0') {
			H(h, "<content type=\"text\">");
			atom_text(h, body);
			H(h, "</content>");
		} else
			H(h, "<content type=\"text\"/>");
	}
	H(h, "\n  </entry>\n");
	return 0;
}

int
page_feed_announcements(struct request *req)
{
	static struct buf entries, board_name;	/* the worker's, reused */
	struct page *pg = page_start(req);
	struct html *h = &pg->h;
	const struct public_site *s = public_site(req);
	struct db_param board = public_opt_text(req, "board");
	struct db_param p[4] = { board, board, DB_INT(FEED_ENTRIES), DB_INT(0) };
	struct ann_read a = { { &entries, h->lang, h->base }, param_text(req, "board"),
	    &board_name, false };
	enum db_status rc;
	char query[96], updated[32];	/* a slug has at most 80 characters */

	pg->media_type = "application/atom+xml";
	buf_reset(&entries);
	buf_reset(&board_name);
	rc = db_query(public_db(req), SQL_ANNOUNCEMENTS, p, 4, ann_row, &a);
	if (rc != DB_OK)
		return db_http_status(rc);
	query[0] = '\0';
	if (a.board != NULL)
		snprintf(query, sizeof(query), "board=%s", a.board);
	atom_begin(h, req, query);
	atom_t(h, "ann.title");
	if (a.board_found) {
		H(h, " · ");
		buf_append(h->b, board_name.data, board_name.len);
	}
	/* the last publication: an announcement may be published with an earlier date */
	atom_time(updated, s != NULL ? s->changed_at : NULL);
	atom_head(h, req, updated, query, "/announcements", query);
	buf_append(h->b, entries.data, entries.len);
	atom_end(h);
	return 200;
}

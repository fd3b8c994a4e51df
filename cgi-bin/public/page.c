/* The worker's public page under construction (page.h). */
#include "page.h"

#include <stdarg.h>
#include <stdio.h>

/* A worker serves one request at a time: its page, and the buffers every page reuses. */
static struct {
	struct page		 page;
	struct buf		 main, title, head;
	const struct request	*req;
} worker_page;

struct page *
page_start(struct request *req)
{
	struct page *pg = &worker_page.page;
	const char *base = req->lang == LANG_EN ? "/en" : "";

	buf_reset(&worker_page.main);
	buf_reset(&worker_page.title);
	buf_reset(&worker_page.head);
	*pg = (struct page){
		.h = { &worker_page.main, req->lang, base },
		.title = { &worker_page.title, req->lang, base },
		.head = { &worker_page.head, req->lang, base },
		.data_links = true,
	};
	worker_page.req = req;
	return pg;
}

struct page *
page_of(struct request *req)
{
	return worker_page.req == req ? &worker_page.page : page_start(req);
}

void
page_link(struct page *pg, enum od_kind kind, enum od_what what, const char *title,
    const char *fmt, ...)
{
	struct od_link *l;
	va_list ap;

	if (pg->nlinks == PAGE_LINKS)
		return;
	l = &pg->links[pg->nlinks++];
	l->kind = kind;
	l->what = what;
	snprintf(l->title, sizeof(l->title), "%s", title ? title : "");
	va_start(ap, fmt);
	vsnprintf(l->href, sizeof(l->href), fmt, ap);
	va_end(ap);
}

void
page_link_changes_feed(struct page *pg)
{
	page_link(pg, OD_FEED, OD_LIST, i18n_get(pg->h.lang, "feed.all"), "%s/feeds/changes.atom",
	    pg->h.base);
}

void
page_sample(struct page *pg, const char *flag)
{
	if (flag != NULL && flag[0] == '1' && flag[1] == '\0')
		pg->sample = true;
}

void
page_sample_mark_in(struct page *pg, struct html *h, const char *flag)
{
	if (flag == NULL || flag[0] != '1' || flag[1] != '\0')
		return;
	pg->sample = true;
	H(h, " <span class=\"sample-mark\" title=\"");
	html_t(h, "sample.title");
	H(h, "\">");
	html_t(h, "sample.mark");
	H(h, "</span>");
}

void
page_sample_mark(struct page *pg, const char *flag)
{
	page_sample_mark_in(pg, &pg->h, flag);
}

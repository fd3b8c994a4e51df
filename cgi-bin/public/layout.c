/* The chrome every public HTML page shares: the head (title, alternates, the page's data
 * links, its JSON-LD), the header with the navigation and the language switch, the sample
 * notice, the data links, the footer; and the error page. */
#include "page.h"
#include "site.h"

static const char *const od_types[] = {
	[OD_CSV] = "text/csv", [OD_XML] = "application/xml", [OD_JSON] = "application/json",
	[OD_API] = "application/json", [OD_GEOJSON] = "application/geo+json",
	[OD_FEED] = "application/atom+xml",
};
static const char *const od_alt_titles[] = {
	[OD_CSV] = "od.alt.csv", [OD_XML] = "od.alt.xml", [OD_JSON] = "od.alt.json",
	[OD_API] = "od.alt.json", [OD_GEOJSON] = "od.alt.geojson",
};
static const char *const od_kind_keys[] = {
	[OD_CSV] = "od.links.csv", [OD_XML] = "od.links.xml", [OD_JSON] = "od.links.json",
	[OD_API] = "od.links.api", [OD_GEOJSON] = "od.links.geojson",
};

static const struct { const char *href, *key; } nav[] = {
	{ "/", "nav.home" }, { "/zones", "nav.zones" }, { "/projects", "nav.projects" },
	{ "/targets", "nav.targets" }, { "/indices", "nav.indices" }, { "/finder", "nav.finder" },
	{ "/changes", "nav.changes" }, { "/announcements", "nav.announcements" },
	{ "/data", "nav.data" },
};

static void
site_title(struct html *h, const struct public_site *s)
{
	if (s != NULL && h->lang == LANG_EN && s->title_en != NULL)
		html_text(h, s->title_en);
	else if (s != NULL && s->title != NULL)
		html_text(h, s->title);
	else
		html_t(h, "site.name");
}

/* the page's own address in the other language: path and query as requested */
static void
self_href(struct html *h, const struct request *req, const char *prefix)
{
	html_raw(h, prefix, strlen(prefix));
	html_href(h, req->path);
	if (req->query_string != NULL && req->query_string[0] != '\0') {
		H(h, "?");
		html_href(h, req->query_string);
	}
}

static void
head_links(struct html *h, const struct request *req, const struct page *pg)
{
	char changes[32];

	H(h, "<link rel=\"alternate\" hreflang=\"vi\" href=\"");
	self_href(h, req, "");
	H(h, "\"><link rel=\"alternate\" hreflang=\"en\" href=\"");
	self_href(h, req, "/en");
	H(h, "\"><link rel=\"alternate\" type=\"application/atom+xml\" title=\"");
	html_t(h, "feed.all");
	H(h, "\" href=\"");
	html_base(h);
	H(h, "/feeds/changes.atom\">");
	snprintf(changes, sizeof(changes), "%s/feeds/changes.atom", h->base);
	for (unsigned int i = 0; i < pg->nlinks; i++) {
		const struct od_link *l = &pg->links[i];

		if (strcmp(l->href, changes) == 0)
			continue;
		H(h, "<link rel=\"alternate\" type=\"");
		html_text(h, od_types[l->kind]);
		H(h, "\" title=\"");
		if (l->kind == OD_FEED)
			html_text(h, l->title);
		else
			html_t(h, od_alt_titles[l->kind]);
		H(h, "\" href=\"");
		html_href(h, l->href);
		H(h, "\">");
	}
}

static void
header(struct html *h, const struct request *req, const struct public_site *s, bool nav_shown)
{
	H(h, "<a class=\"skip\" href=\"#main\">");
	html_t(h, "nav.skip");
	H(h, "</a><header class=\"site\"><div class=\"wrap\"><a class=\"brand\" href=\"");
	html_base(h);
	H(h, "/\"><span class=\"brand-mark\" aria-hidden=\"true\">MB</span><span>");
	site_title(h, s);
	H(h, "</span></a><p class=\"lang\">");
	if (h->lang == LANG_EN) {
		H(h, "<a href=\"");
		self_href(h, req, "");
		H(h, "\" hreflang=\"vi\" lang=\"vi\">Tiếng Việt</a><span aria-current=\"true\">English</span>");
	} else {
		H(h, "<span aria-current=\"true\">Tiếng Việt</span><a href=\"");
		self_href(h, req, "/en");
		H(h, "\" hreflang=\"en\" lang=\"en\">English</a>");
	}
	H(h, "</p></div>");
	if (nav_shown) {
		H(h, "<nav class=\"wrap\" aria-label=\"");
		html_t(h, "nav.label");
		H(h, "\"><ul>");
		for (size_t i = 0; i < sizeof(nav) / sizeof(nav[0]); i++) {
			size_t n = strlen(nav[i].href);
			bool current = strcmp(req->path, nav[i].href) == 0 || (n > 1 &&
			    strncmp(req->path, nav[i].href, n) == 0 && req->path[n] == '/');

			H(h, "<li><a href=\"");
			html_base(h);
			html_href(h, nav[i].href);
			H(h, "\"");
			if (current)
				H(h, " aria-current=\"page\"");
			H(h, ">");
			html_t(h, nav[i].key);
			H(h, "</a></li>");
		}
		H(h, "</ul></nav>");
	}
	H(h, "</header>");
}

/* the visible data links: real links with their text, printed with their addresses */
static void
data_links(struct html *h, const struct page *pg)
{
	bool record = false, downloads = false, projects = false;
	unsigned int k;

	for (unsigned int i = 0; i < pg->nlinks; i++) {
		const struct od_link *l = &pg->links[i];

		record |= l->what == OD_RECORD || l->what == OD_HISTORY;
		downloads |= l->kind != OD_FEED && (l->kind != OD_API || l->what == OD_LIST);
		projects |= l->what == OD_PROJECTS;
	}
	H(h, "<aside class=\"data-links\" aria-labelledby=\"od-links-h\"><h2 id=\"od-links-h\">");
	html_t(h, "od.links.title");
	H(h, "</h2>");
	if (record) {
		H(h, "<p>");
		html_t(h, "od.links.record");
		H(h, " ");
		k = 0;
		for (unsigned int i = 0; i < pg->nlinks; i++) {
			const struct od_link *l = &pg->links[i];

			if (l->what != OD_RECORD && l->what != OD_HISTORY)
				continue;
			if (k++ > 0)
				H(h, " · ");
			H(h, "<a href=\"");
			html_href(h, l->href);
			H(h, "\" type=\"application/json\">");
			html_t(h, l->what == OD_RECORD ? "od.links.record" : "od.links.history");
			H(h, "</a>");
		}
		H(h, "</p>");
	}
	if (downloads) {
		H(h, "<p>");
		html_t(h, projects ? "od.links.download.projects" : "od.links.download");
		H(h, " ");
		k = 0;
		for (unsigned int i = 0; i < pg->nlinks; i++) {
			const struct od_link *l = &pg->links[i];

			if (l->kind == OD_FEED || (l->kind == OD_API && l->what != OD_LIST))
				continue;
			if (k++ > 0)
				H(h, " · ");
			H(h, "<a href=\"");
			html_href(h, l->href);
			H(h, "\" type=\"");
			html_text(h, od_types[l->kind]);
			H(h, "\">");
			html_t(h, od_kind_keys[l->kind]);
			H(h, "</a>");
		}
		H(h, "</p>");
	}
	for (unsigned int i = 0; i < pg->nlinks; i++) {
		const struct od_link *l = &pg->links[i];

		if (l->kind != OD_FEED)
			continue;
		H(h, "<p><a href=\"");
		html_href(h, l->href);
		H(h, "\" type=\"application/atom+xml\" class=\"feed\">");
		html_t(h, "od.links.feed");
		H(h, "</a> <span class=\"hint\">");
		html_text(h, l->title);
		H(h, "</span></p>");
	}
	H(h, "<p><a href=\"");
	html_base(h);
	H(h, "/data\">");
	html_t(h, "od.links.about");
	H(h, "</a></p></aside>");
}

static void
footer(struct html *h, const struct public_site *s)
{
	H(h, "<footer class=\"site\"><div class=\"wrap\"><p>");
	if (s != NULL) {
		html_pick(h, s->publisher, s->publisher_en);
		if (s->contact_email != NULL) {
			H(h, " · <a href=\"mailto:");
			html_href(h, s->contact_email);
			H(h, "\">");
			html_text(h, s->contact_email);
			H(h, "</a>");
		}
	}
	H(h, "</p>");
	if (s != NULL && s->licence_name != NULL) {
		H(h, "<p>");
		html_t(h, "footer.licence");
		H(h, " <a href=\"");
		html_href(h, s->licence_url);
		H(h, "\" rel=\"license\">");
		html_text(h, s->licence_name);
		H(h, "</a></p>");
	}
	H(h, "</div></footer>");
}

const char *
layout_write(struct request *req, struct buf *out)
{
	struct page *pg = page_of(req);
	const struct public_site *s = public_site(req);
	struct html h = { out, req->lang, req->lang == LANG_EN ? "/en" : "" };

	if (pg->media_type != NULL) {
		buf_append(out, pg->h.b->data, pg->h.b->len);
		return pg->media_type;
	}
	if (pg->nlinks == 0)
		page_link_changes_feed(pg);
	H(&h, "<!DOCTYPE html>\n<html lang=\"");
	html_text(&h, lang_code(req->lang));
	H(&h, "\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\">"
	    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>");
	buf_append(out, pg->title.b->data, pg->title.b->len);
	H(&h, " · ");
	site_title(&h, s);
	H(&h, "</title><link rel=\"stylesheet\" href=\"/static/site.css?v=8\">");
	if (pg->data_links)
		head_links(&h, req, pg);
	buf_append(out, pg->head.b->data, pg->head.b->len);
	H(&h, "</head><body>");
	header(&h, req, s, true);
	H(&h, "<main id=\"main\" class=\"wrap\">");
	if (pg->sample) {
		H(&h, "<p class=\"sample-notice\" role=\"note\"><strong>");
		html_t(&h, "sample.title");
		H(&h, "</strong> ");
		html_t(&h, "sample.text");
		H(&h, "</p>");
	}
	buf_append(out, pg->h.b->data, pg->h.b->len);
	if (pg->data_links)
		data_links(&h, pg);
	H(&h, "</main>");
	footer(&h, s);
	H(&h, "</body></html>\n");
	return "text/html";
}

void
layout_error(struct request *req, int status, const struct param_error *perr, struct buf *out)
{
	struct page *pg = page_start(req);
	struct html *h = &pg->h;
	char key[32];

	snprintf(key, sizeof(key), "error.%d", status);
	pg->data_links = false;
	html_t(&pg->title, key);
	H(h, "<section class=\"error\" aria-labelledby=\"error-title\"><p class=\"error-code\">");
	html_int(h, status);
	H(h, "</p><h1 id=\"error-title\">");
	html_t(h, key);
	H(h, "</h1><p>");
	html_tv(h, key, ".text");
	H(h, "</p>");
	if (perr != NULL && perr->field != NULL) {
		H(h, "<p class=\"error-field\">");
		html_t(h, "error.param.field");
		H(h, " <code>");
		html_text(h, perr->field);
		H(h, "</code>: ");
		html_t(h, perr->reason_key);
		H(h, "</p>");
	}
	H(h, "<p><a href=\"");
	html_base(h);
	H(h, "/\">");
	html_t(h, "error.home");
	H(h, "</a></p></section>");
	(void)layout_write(req, out);
}

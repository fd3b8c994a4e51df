/* Atom feeds written with the page writer (atom.h). */
#include "atom.h"
#include "site.h"

#include <stdio.h>

/* s escaped: & < > always, " only in attribute values (attr), and in attribute values the
 * white space that a parser would otherwise normalise */
static void
xml_escape(struct html *h, const char *s, bool attr)
{
	const char *run = s;

	if (s == NULL)
		return;
	for (; *s != '\0'; s++) {
		const char *ent;

		switch (*s) {
		case '&': ent = "&amp;"; break;
		case '<': ent = "&lt;"; break;
		case '>': ent = "&gt;"; break;
		case '\r': ent = "&#13;"; break;
		case '"': ent = attr ? "&quot;" : NULL; break;
		case '\n': ent = attr ? "&#10;" : NULL; break;
		case '\t': ent = attr ? "&#9;" : NULL; break;
		default: ent = NULL; break;
		}
		if (ent == NULL)
			continue;
		buf_append(h->b, run, (size_t)(s - run));
		buf_puts(h->b, ent);
		run = s + 1;
	}
	buf_append(h->b, run, (size_t)(s - run));
}

void
atom_text(struct html *h, const char *s)
{
	xml_escape(h, s, false);
}

void
atom_attr(struct html *h, const char *s)
{
	xml_escape(h, s, true);
}

void
atom_t(struct html *h, const char *key)
{
	atom_text(h, i18n_get(h->lang, key));
}

void
atom_pick(struct html *h, const char *vi, const char *en)
{
	atom_text(h, h->lang == LANG_EN && en != NULL && *en != '\0' ? en : vi);
}

void
atom_elem(struct html *h, const char *open, const char *close, const char *empty,
    const char *value)
{
	if (value == NULL || *value == '\0') {
		html_raw(h, empty, strlen(empty));
		return;
	}
	html_raw(h, open, strlen(open));
	atom_text(h, value);
	html_raw(h, close, strlen(close));
}

void
atom_time(char out[32], const char *t)
{
	/* substring(t, 1, 10) 'T' substring(t, 12, 8) 'Z' */
	size_t n = t != NULL ? strlen(t) : 0;

	snprintf(out, 32, "%.10sT%.8sZ", n > 0 ? t : "", n > 11 ? t + 11 : "");
}

void
atom_begin(struct html *h, const struct request *req, const char *query)
{
	H(h, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	    "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"");
	atom_attr(h, lang_code(h->lang));
	H(h, "\">\n  <id>");
	od_origin(h->b);
	atom_text(h, req->path);
	if (query != NULL && *query != '\0') {
		H(h, "?");
		atom_text(h, query);
	}
	H(h, "</id>\n  <title>");
}

/* origin, base, path and ?query (when not empty), as an attribute value */
static void
feed_href(struct html *h, const char *path, const char *query)
{
	od_origin(h->b);
	atom_attr(h, h->base);
	atom_attr(h, path);
	if (query != NULL && *query != '\0') {
		H(h, "?");
		atom_attr(h, query);
	}
}

void
atom_head(struct html *h, const struct request *req, const char *updated, const char *query,
    const char *alternate, const char *alt_query)
{
	const struct public_site *s = public_site(req);

	H(h, " · ");
	if (s != NULL)
		atom_pick(h, s->title, s->title_en);
	H(h, "</title>\n  ");
	ATOM_ELEM(h, "updated", updated);
	H(h, "\n  <author>\n    ");
	if (s != NULL && ((s->publisher != NULL && *s->publisher != '\0') ||
	    (h->lang == LANG_EN && s->publisher_en != NULL && *s->publisher_en != '\0'))) {
		H(h, "<name>");
		atom_pick(h, s->publisher, s->publisher_en);
		H(h, "</name>");
	} else
		H(h, "<name/>");
	if (s != NULL && s->contact_email != NULL) {
		H(h, "\n    <email>");
		atom_text(h, s->contact_email);
		H(h, "</email>");
	}
	H(h, "\n  </author>\n  <link rel=\"self\" type=\"application/atom+xml\" href=\"");
	feed_href(h, req->path, query);
	H(h, "\"/>\n  <link rel=\"alternate\" type=\"text/html\" href=\"");
	feed_href(h, alternate, alt_query);
	H(h, "\"/>\n  ");
	if (s != NULL && s->licence_url != NULL) {
		H(h, "<link rel=\"license\" href=\"");
		atom_attr(h, s->licence_url);
		H(h, "\"/>\n  <rights>");
		atom_text(h, s->licence_name);
		H(h, "</rights>\n  ");
	}
	H(h, "<generator>minhbach</generator>\n");
}

void
atom_end(struct html *h)
{
	H(h, "</feed>\n");
}

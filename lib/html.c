/* HTML written by construction (html.h). */
#include "html.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

void
html_raw(struct html *h, const char *s, size_t n)
{
	buf_append(h->b, s, n);
}

void
html_textn(struct html *h, const char *s, size_t n)
{
	const char *run = s, *end = s + n;

	for (; s < end; s++) {
		const char *ent;
		size_t len;

		switch (*s) {
		case '&': ent = "&amp;"; len = 5; break;
		case '<': ent = "&lt;"; len = 4; break;
		case '>': ent = "&gt;"; len = 4; break;
		case '"': ent = "&quot;"; len = 6; break;
		default: continue;
		}
		buf_append(h->b, run, (size_t)(s - run));
		buf_append(h->b, ent, len);
		run = s + 1;
	}
	buf_append(h->b, run, (size_t)(s - run));
}

void
html_text(struct html *h, const char *s)
{
	if (s != NULL)
		html_textn(h, s, strlen(s));
}

void
html_t(struct html *h, const char *key)
{
	html_text(h, i18n_get(h->lang, key));
}

void
html_tv(struct html *h, const char *prefix, const char *value)
{
	char key[128];

	snprintf(key, sizeof(key), "%s%s", prefix, value ? value : "");
	html_t(h, key);
}

void
html_pick(struct html *h, const char *vi, const char *en)
{
	html_text(h, h->lang == LANG_EN && en != NULL && *en != '\0' ? en : vi);
}

void
html_int(struct html *h, long long v)
{
	char s[32];
	int n = snprintf(s, sizeof(s), "%lld", v);

	buf_append(h->b, s, (size_t)n);
}

void
html_fig(struct html *h, const char *x, enum figure kind)
{
	struct buf *b = h->b;
	size_t at = b->len;

	format_figure(b, x ? x : "", kind, h->lang);
	/* the figures hold digits, marks and catalog units: escape what a unit might hold */
	if (memchr(b->data + at, '&', b->len - at) != NULL || memchr(b->data + at, '<', b->len - at)) {
		char *copy = xstrndup(b->data + at, b->len - at);

		b->len = at;
		b->data[at] = '\0';
		html_text(h, copy);
		free(copy);
	}
}

void
html_count(struct html *h, long long n)
{
	char s[32];

	snprintf(s, sizeof(s), "%lld", n);
	html_fig(h, s, FIG_COUNT);
}

void
html_date(struct html *h, const char *s)
{
	static const char *const months[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun",
	    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
	int y, m, d, n;
	char out[40];

	if (s == NULL || sscanf(s, "%4d-%2d-%2d", &y, &m, &d) != 3 || m < 1 || m > 12)
		return;
	if (h->lang == LANG_EN)
		n = snprintf(out, sizeof(out), "%d %s %04d", d, months[m - 1], y);
	else
		n = snprintf(out, sizeof(out), "%02d/%02d/%04d", d, m, y);
	buf_append(h->b, out, (size_t)n);
}

void
html_base(struct html *h)
{
	buf_puts(h->b, h->base);
}

/* whether a URL is relative or of a scheme a link may have (no javascript:, data: …) */
static bool
href_safe(const char *s)
{
	size_t n = strcspn(s, ":/?#");

	if (s[n] != ':')
		return true;
	return (n == 4 && strncasecmp(s, "http", 4) == 0) ||
	    (n == 5 && strncasecmp(s, "https", 5) == 0) ||
	    (n == 6 && strncasecmp(s, "mailto", 6) == 0);
}

void
html_href(struct html *h, const char *s)
{
	static const char hex[] = "0123456789ABCDEF";
	static bool keep[256];

	if (s == NULL)
		return;
	if (!href_safe(s))
		s = "#";
	if (!keep['a'])
		for (int c = 0; c < 256; c++)
			keep[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
			    (c >= '0' && c <= '9') || (c != 0 && strchr("@/:=?;#%,+-_.!~*'()", c));
	for (; *s != '\0'; s++) {
		unsigned char c = (unsigned char)*s;

		if (keep[c])
			buf_putc(h->b, (char)c);
		else if (c == '&')
			buf_append(h->b, "&amp;", 5);
		else {
			char pct[3] = { '%', hex[c >> 4], hex[c & 15] };

			buf_append(h->b, pct, 3);
		}
	}
}

void
html_urlpart(struct html *h, const char *s)
{
	if (s != NULL)
		url_encode(h->b, s);
}

void
html_json(struct html *h, const char *s)
{
	buf_putc(h->b, '"');
	for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p != '\0'; p++) {
		switch (*p) {
		case '\\': buf_puts(h->b, "\\\\"); break;
		case '"': buf_puts(h->b, "\\\""); break;
		case '<': buf_puts(h->b, "\\u003c"); break;
		case '\n': buf_puts(h->b, "\\n"); break;
		case '\r': buf_puts(h->b, "\\r"); break;
		case '\t': buf_puts(h->b, "\\t"); break;
		default:
			if (*p < 0x20)
				buf_printf(h->b, "\\u%04x", *p);
			else
				buf_putc(h->b, (char)*p);
		}
	}
	buf_putc(h->b, '"');
}

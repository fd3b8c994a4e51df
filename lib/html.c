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
	size_t n;

	if (s == NULL)
		return;
	/* most values need no escape: find the first that does at the library's speed */
	n = strcspn(s, "&<>\"");
	buf_append(h->b, s, n);
	if (s[n] != '\0')
		html_textn(h, s + n, strlen(s + n));
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
	size_t p = strlen(prefix), v = value != NULL ? strlen(value) : 0;

	if (p + v >= sizeof(key))
		v = sizeof(key) - 1 - p;
	memcpy(key, prefix, p);
	memcpy(key + p, value, v);
	key[p + v] = '\0';
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
	char s[24], *p = s + sizeof(s);
	unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;

	do
		*--p = (char)('0' + u % 10);
	while ((u /= 10) > 0);
	if (v < 0)
		*--p = '-';
	buf_append(h->b, p, (size_t)(s + sizeof(s) - p));
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

static bool
digits(const char *s, int n)
{
	for (int i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return false;
	return true;
}

void
html_date(struct html *h, const char *s)
{
	static const char *const months[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun",
	    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
	int m, d;

	/* YYYY-MM-DD, the form MariaDB gives a DATE (and a DATETIME's start) */
	if (s == NULL || !digits(s, 4) || s[4] != '-' || !digits(s + 5, 2) || s[7] != '-' ||
	    !digits(s + 8, 2))
		return;
	m = (s[5] - '0') * 10 + (s[6] - '0');
	d = (s[8] - '0') * 10 + (s[9] - '0');
	if (m < 1 || m > 12)
		return;
	if (h->lang == LANG_EN) {
		if (d >= 10)
			buf_putc(h->b, s[8]);
		buf_putc(h->b, s[9]);
		buf_putc(h->b, ' ');
		buf_append(h->b, months[m - 1], 3);
		buf_putc(h->b, ' ');
		buf_append(h->b, s, 4);
	} else {
		buf_append(h->b, s + 8, 2);
		buf_putc(h->b, '/');
		buf_append(h->b, s + 5, 2);
		buf_putc(h->b, '/');
		buf_append(h->b, s, 4);
	}
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

/* HTML written by construction: markup enters a page only as string literals (H), and
 * every value only through a function that escapes it for where it goes — text and
 * quoted attribute values (html_text), URLs (html_href, html_urlpart), catalog texts,
 * figures and dates. There is no way to write a value as markup. */
#ifndef MB_HTML_H
#define MB_HTML_H

#include <stdbool.h>
#include <stddef.h>

#include "buf.h"
#include "format.h"
#include "i18n.h"

struct html {
	struct buf	*b;	/* where the bytes go */
	enum lang	 lang;	/* of the catalog texts, figures and dates */
	const char	*base;	/* "" or "/en": the start of the page's own links */
};

/* Literal markup: only a string literal compiles ("" lit). */
#define H(h, lit)	buf_append((h)->b, "" lit, sizeof(lit) - 1)
void	html_raw(struct html *, const char *, size_t);

/* Text or a double-quoted attribute value: & < > " escaped. NULL writes nothing. */
void	html_text(struct html *, const char *);
void	html_textn(struct html *, const char *, size_t);
/* The catalog's text for key (i18n.h), escaped. */
void	html_t(struct html *, const char *key);
/* The catalog's text for prefix followed by value ("status." "revoked"). */
void	html_tv(struct html *, const char *prefix, const char *value);
/* The English form on an English page when there is one, else the Vietnamese. */
void	html_pick(struct html *, const char *vi, const char *en);
void	html_int(struct html *, long long);
/* A figure of its kind, with its unit (format.h); "–" for NULL or not a number. */
void	html_fig(struct html *, const char *, enum figure);
/* A count (a whole number with the language's grouping). */
void	html_count(struct html *, long long);
/* 26/10/2020 in Vietnamese, 26 Oct 2020 in English; nothing for what is not a date. */
void	html_date(struct html *, const char *iso);
/* The page's base ("" or "/en") followed by path, as an href's start. */
void	html_base(struct html *);
/* A URL for an href or src: & escaped and every byte outside RFC 3986's unreserved and
 * reserved characters percent-encoded (quotes, < >, spaces), so no value can leave the
 * attribute; a URL with a scheme other than http, https or mailto becomes "#". */
void	html_href(struct html *, const char *);
/* A value inside a URL's query or path: percent-encoded (url_encode), so it cannot add a
 * parameter or a path segment. */
void	html_urlpart(struct html *, const char *);
/* A JSON string literal inside <script>: quoted, escaped, and < as \u003c. */
void	html_json(struct html *, const char *);

#endif

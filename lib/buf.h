/* Growable byte buffers and small string helpers used across the library. */
#ifndef MB_BUF_H
#define MB_BUF_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <string.h>

struct buf {
	char   *data;	/* always NUL-terminated when non-NULL */
	size_t  len;
	size_t  cap;
};

void	 buf_init(struct buf *);
void	 buf_free(struct buf *);
void	 buf_reset(struct buf *);
/* The append functions abort() on allocation failure: a worker that cannot allocate
 * a few bytes cannot answer anyway, and the supervisor restarts it. */
void	 buf_append_grow(struct buf *, const void *, size_t);
/* Inline while the bytes fit: a page is written in thousands of appends of a few bytes,
 * most of them literals the compiler copies in place (the registry's page: 4,000 appends,
 * 210,000 of its 930,000 instructions when each was a call; callgrind, bench). */
static inline void
buf_append(struct buf *b, const void *p, size_t n)
{
	if (b->len + n < b->cap) {
		if (n > 0)	/* p may be NULL then */
			memcpy(b->data + b->len, p, n);
		b->len += n;
		b->data[b->len] = '\0';
	} else
		buf_append_grow(b, p, n);
}
static inline void
buf_putc(struct buf *b, char c)
{
	buf_append(b, &c, 1);
}
void	 buf_puts(struct buf *, const char *);
void	 buf_printf(struct buf *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));
void	 buf_vprintf(struct buf *, const char *, va_list)
	    __attribute__((format(printf, 2, 0)));

void	*xmalloc(size_t);
void	*xcalloc(size_t, size_t);
void	*xrealloc(void *, size_t);
/* Room for one more item in an array of count items of size bytes that only ever grew by
 * xgrow (or is NULL with count 0): the capacity doubles at each power of two, so filling an
 * array costs linear time whatever the allocator (a realloc per item is quadratic where
 * realloc always copies, as under AddressSanitizer). */
void	*xgrow(void *, size_t count, size_t size);
char	*xstrdup(const char *);
char	*xstrndup(const char *, size_t);

/* Decodes %XX and (when plus_is_space) '+'. Returns a new string, or NULL when the
 * input holds a bad escape, a NUL byte or invalid UTF-8. */
char	*url_decode(const char *, size_t, bool plus_is_space);
/* Appends s percent-encoded for use in a query string value. */
void	 url_encode(struct buf *, const char *);
/* True when the bytes are well-formed UTF-8 with no control characters other than
 * tab, CR and LF. */
bool	 utf8_valid(const char *, size_t);
/* Lower-case hex of n bytes. out must hold 2n+1 bytes. */
void	 hex_encode(char *out, const unsigned char *, size_t n);

#endif

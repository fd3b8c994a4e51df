/* Unit tests: the CSV reader. */
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
	return done();
}

/* CSV (RFC 4180): reading (UTF-8, an optional byte-order mark, quoted fields with "" inside,
 * CRLF or LF line ends) and writing (the only way the portal writes a CSV cell). */
#ifndef MB_CSV_H
#define MB_CSV_H

#include <stddef.h>

struct buf;

struct csv_record {
	char		**fields;
	unsigned int	  count;
	unsigned int	  line;		/* where the record starts, from 1 */
};

struct csv_reader {
	const char	*p, *end;
	unsigned int	 line;
	char		 error[160];
};

void	csv_init(struct csv_reader *, const char *, size_t);
/* Reads the next record into r (free with csv_record_free). Returns 1, 0 at the end, or -1
 * with the reason in reader->error (an unterminated quote, text after a closing quote,
 * invalid UTF-8, more than 64 fields). */
int	csv_next(struct csv_reader *, struct csv_record *);
void	csv_record_free(struct csv_record *);

/* Writing: a row is a sequence of csv_text / csv_number calls ended by csv_end_row. Every
 * text cell is quoted when it needs it, and one that a spreadsheet would read as a formula
 * (it starts with = + - @ TAB or CR: OWASP "CSV injection") is prefixed with a single
 * quote, so that Excel and LibreOffice show it as text (docs/open-data.md). */
struct csv_writer {
	struct buf	*b;
	unsigned int	 col;	/* cells written in the current row */
};

void	csv_writer_init(struct csv_writer *, struct buf *);
/* A text cell; NULL is an empty cell. */
void	csv_text(struct csv_writer *, const char *);
/* A number cell: a plain decimal ("-12", "3.50") is written as it is, so that it stays a
 * number; anything else is written as csv_text writes it. NULL is an empty cell. */
void	csv_number(struct csv_writer *, const char *);
/* Ends the row with CRLF. */
void	csv_end_row(struct csv_writer *);

#endif

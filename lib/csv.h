/* Reading CSV (RFC 4180): UTF-8, an optional byte-order mark, quoted fields with "" inside,
 * CRLF or LF line ends. */
#ifndef MB_CSV_H
#define MB_CSV_H

#include <stddef.h>

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

#endif

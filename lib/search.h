/* The registry's word search: the query folded to the letters that the index's collation
 * takes as equal (sql/migrations/013_search.sql), turned into a FULLTEXT boolean query. */
#ifndef MB_SEARCH_H
#define MB_SEARCH_H

#include <stdbool.h>

/* s lower-cased, without diacritics (đ → d), every character other than a-z and 0-9 a
 * separator, words separated by one space (malloc'd; "" when s has no word). */
char	*search_fold(const char *s);
/* The boolean query that requires every word of q ("+van +don"), the last one as a prefix
 * when prefix ("+van +do*"); NULL when q has no word (malloc'd). */
char	*search_query(const char *q, bool prefix);

#endif

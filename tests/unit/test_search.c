/* Unit tests: the search's folding and boolean query (lib/search.c).
 * tests/http/search.sh checks that the database's collation takes the first text as equal
 * to its folded form. */
#include "search.h"
#include "tap.h"

#include <stdlib.h>

static char *last;

static const char *
fold(const char *s)
{
	free(last);
	last = search_fold(s);
	return last;
}

static const char *
query(const char *q, bool prefix)
{
	free(last);
	last = search_query(q, prefix);
	return last ? last : "(none)";
}

int
main(void)
{
	is_str(fold("Đặng Thị Ấu · ỨNG-Hưng/QĐ_UBND Ỵ ỹ Ç ñ Øre e\xcc\x81"),
	    "dang thi au ung hung qd ubnd y y c n ore e",
	    "case, diacritics, đ and punctuation fold as in the database");
	is_str(fold("  Vân   ĐỒN  "), "van don", "extra spaces are one");
	is_str(fold("Nhà máy 12,5 ha"), "nha may 12 5 ha", "digits are words");
	is_str(fold("日本 Japan"), "japan", "a letter it does not fold separates words");
	is_str(fold("\xff\xfe ab"), "ab", "a stray byte separates words");
	is_str(fold(""), "", "nothing folds to nothing");
	is_str(query("nha may van don", false), "+nha +may +van +don", "every word is required");
	is_str(query("nha may van d ", true), "+nha +may +van +d*", "the last word as a prefix");
	is_str(query("1429/QĐ-UBND", false), "+1429 +qd +ubnd", "a decision number is its parts");
	is_str(query(" %+-*\"()~<>@ ", false), "(none)", "no word, no query: operators are separators");
	free(last);
	return done();
}

/* Numbers in a page's JSON-LD (schema.org metadata in the head), written as the
 * templates' XPath number() wrote them, so that the metadata keeps its form: a whole number
 * within a C int as such, else up to 15 significant digits, in exponent form above 1e9 or
 * below 1e-5 ("5.4e+11"); NaN for what is not a number. */
#ifndef MB_JSONLD_H
#define MB_JSONLD_H

#include "html.h"

void	jsonld_number(struct html *, const char *text);

#endif

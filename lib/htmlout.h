/* The HTML serialisation of a rendered page (see htmlout.c). */
#ifndef MB_HTMLOUT_H
#define MB_HTMLOUT_H

#include "buf.h"

#include <libxml/tree.h>

/* Appends doc as libxml2's HTML output method would write it, unindented, in UTF-8. */
void	 html_serialize(const xmlDoc *doc, struct buf *out);

#endif

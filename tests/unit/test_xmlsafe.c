/* Unit tests: hostile XML is refused before it can do harm. */
#include "xmlsafe.h"
#include "tap.h"

#include <stdlib.h>

static int
refused(const char *xml, char *err)
{
	xmlDocPtr doc = xmlsafe_read_memory(xml, strlen(xml), err, 256);

	if (doc != NULL) {
		xmlFreeDoc(doc);
		return 0;
	}
	return 1;
}

int
main(void)
{
	char err[256];
	xmlDocPtr doc;
	char *deep;
	size_t n = 0;

	xmlsafe_init();
	doc = xmlsafe_read_memory("<a><b>Vân Đồn</b></a>", strlen("<a><b>Vân Đồn</b></a>"), err, 256);
	ok(doc != NULL, "well-formed XML parses");
	xmlFreeDoc(doc);
	ok(refused("<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
	    "<a>&x;</a>", err), "external entity refused");
	ok(strstr(err, "DOCTYPE") != NULL, "with a message that says why: %s", err);
	ok(refused("<!DOCTYPE a [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]><a>&b;</a>", err),
	    "entity expansion refused");
	ok(refused("<a><b></a>", err) && strncmp(err, "line 1", 6) == 0,
	    "malformed XML refused with its line: %s", err);
	deep = malloc(100 * 7 + 1);
	for (int i = 0; i < 100; i++)
		n += (size_t)sprintf(deep + n, "<d>");
	for (int i = 0; i < 100; i++)
		n += (size_t)sprintf(deep + n, "</d>");
	ok(refused(deep, err) && strstr(err, "nested") != NULL, "deep nesting refused: %s", err);
	free(deep);
	{
		size_t big = XMLSAFE_MAX_BYTES + 1;
		char *p = malloc(big);

		memset(p, ' ', big);
		doc = xmlsafe_read_memory(p, big, err, sizeof(err));
		ok(doc == NULL && strstr(err, "too large") != NULL, "oversized input refused");
		free(p);
	}
	ok(refused("<a xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include href=\"/etc/passwd\""
	    " parse=\"text\"/></a>", err) == 0, "XInclude is left as an inert element");
	return done();
}

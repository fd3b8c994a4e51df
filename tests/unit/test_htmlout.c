/* Unit tests: lib/htmlout.c writes the same bytes as libxml2's HTML output method (through
 * libxslt, as pages were written before) for every construct the templates produce. */
#include "htmlout.h"
#include "tap.h"

#include <libxslt/transform.h>
#include <libxslt/xsltInternals.h>
#include <libxslt/xsltutils.h>

#include <stdlib.h>

#define XSL_HEAD \
	"<xsl:stylesheet version='1.0' xmlns:xsl='http://www.w3.org/1999/XSL/Transform'>" \
	"<xsl:output method='html' encoding='UTF-8' indent='no' doctype-system='about:legacy-compat'/>" \
	"<xsl:template match='/'>"
#define XSL_TAIL "</xsl:template></xsl:stylesheet>"

/* the input every case reads: values with the characters that need care */
static const char input[] =
	"<page><v>a &amp; b &lt;c&gt; \"d\" 'e' Vân Đồn</v><q>x\"y</q><s>it's</s>"
	"<u> /projects?q=vân đồn&amp;after=Nhà máy~12 (x) [y] {z} |w| ^%20 `t` \\ é</u>"
	"<e></e></page>";

static void
same(const char *body, const char *what)
{
	struct buf ours;
	xmlChar *theirs = NULL;
	int len = 0;
	char *xsl;
	xmlDocPtr sdoc, in, out;
	xsltStylesheetPtr style;

	if (asprintf(&xsl, "%s%s%s", XSL_HEAD, body, XSL_TAIL) < 0)
		abort();
	sdoc = xmlReadMemory(xsl, (int)strlen(xsl), "case.xsl", NULL, 0);
	style = sdoc ? xsltParseStylesheetDoc(sdoc) : NULL;
	in = xmlReadMemory(input, (int)sizeof(input) - 1, "in.xml", NULL, 0);
	out = style && in ? xsltApplyStylesheet(style, in, NULL) : NULL;
	if (out == NULL) {
		ok(0, "%s: the case transforms", what);
		free(xsl);
		return;
	}
	buf_init(&ours);
	html_serialize(out, &ours);
	xsltSaveResultToString(&theirs, &len, out, style);
	is_str(ours.data, (const char *)theirs, "%s", what);
	buf_free(&ours);
	xmlFree(theirs);
	xmlFreeDoc(out);
	xmlFreeDoc(in);
	xsltFreeStylesheet(style);
	free(xsl);
}

int
main(void)
{
	same("<html lang='vi'><head><title>t</title></head><body><p>x</p></body></html>",
	    "a page: doctype, the encoding's meta first in the head");
	same("<html><head><meta name='viewport' content='width=device-width'/>"
	    "<link rel='stylesheet' href='/s.css?v=4'/></head><body><br/><hr/><img src='a b.png' alt=''/>"
	    "<input name='q' value='{/page/v}'/><col/><area/><param/><base href='/'/></body></html>",
	    "void elements, and an empty attribute");
	same("<div><span class='m'></span><td></td><p></p><ul><li></li></ul><a></a><script></script></div>",
	    "empty elements keep their end tag");
	same("<select><option value='a' selected='selected'>A</option><option value='b'>B</option>"
	    "</select><input type='checkbox' checked='checked' disabled='disabled' readonly='readonly'/>",
	    "boolean attributes without a value");
	same("<p><xsl:value-of select='/page/v'/></p><pre><xsl:value-of select='/page/v'/></pre>",
	    "text: & < > escaped, quotes and UTF-8 as they are");
	same("<p title='{/page/v}' data-x='{/page/q}' data-y='{/page/s}'>x</p>",
	    "attributes: entities, and the quotes libxml2 chooses");
	same("<a href='{/page/u}' name='{/page/u}'>a</a><form action='{/page/u}'><img src='{/page/u}'/></form>"
	    "<a href='/x?a=1&amp;b=&quot;2&quot;'>q</a><link href='  /lead'/><p name='{/page/u}'>n</p>",
	    "URI attributes: percent-encoding as libxml2 does it");
	same("<script type='application/ld+json'>{\"a\":\"<xsl:value-of select='/page/v'/>\"}</script>"
	    "<style>p &gt; a { color: red }</style>",
	    "script and style text as it is");
	same("<div><xsl:comment> a comment </xsl:comment><xsl:processing-instruction name='pi'>x</xsl:processing-instruction>"
	    "<xsl:text disable-output-escaping='yes'>&lt;b&gt;raw&lt;/b&gt;</xsl:text></div>",
	    "comments, processing instructions, unescaped text");
	same("<table><caption>c</caption><thead><tr><th scope='col'>h</th></tr></thead>"
	    "<tbody><tr><td class='num'>1.234,5</td></tr></tbody></table>",
	    "a table as the registry writes it");
	xsltCleanupGlobals();
	xmlCleanupParser();
	return done();
}

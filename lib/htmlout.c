/* The HTML serialisation of a rendered page: the same bytes as libxml2's HTML output
 * method (htmlDocContentDumpFormatOutput, without indentation, in UTF-8) in one pass into
 * a growing buffer. libxml2's own serialiser looks each element and attribute name up in
 * its HTML 4 tables with case-insensitive compares and allocates a copy of every
 * attribute value; on a registry page that was a fifth of the rendering time
 * (docs/performance.md). tests/unit/test_htmlout.c compares the two on every template
 * construct the pages use. */
#include "htmlout.h"

#include <libxml/parserInternals.h>

#include <string.h>
#include <strings.h>

/* libxml2's elements without content (html40ElementTable, empty = 1) */
static const char *const void_elements[] = {
	"area", "base", "basefont", "br", "col", "frame", "hr", "img", "input", "isindex",
	"link", "meta", "param", NULL
};

/* libxml2's boolean attributes, written without a value */
static const char *const boolean_attrs[] = {
	"checked", "compact", "declare", "defer", "disabled", "ismap", "multiple", "nohref",
	"noresize", "noshade", "nowrap", "readonly", "selected", NULL
};

static bool
in_list(const char *const *list, const xmlChar *name)
{
	for (; *list != NULL; list++)
		if (((**list ^ *name) & ~0x20) == 0 && strcasecmp(*list, (const char *)name) == 0)
			return true;
	return false;
}

/* & < > as entities; bytes >= 0x80 as they are (the page is UTF-8) */
static void
put_escaped(struct buf *b, const xmlChar *s)
{
	const xmlChar *run = s;

	for (; *s != '\0'; s++) {
		const char *ent;

		switch (*s) {
		case '&': ent = "&amp;"; break;
		case '<': ent = "&lt;"; break;
		case '>': ent = "&gt;"; break;
		default: continue;
		}
		buf_append(b, run, (size_t)(s - run));
		buf_puts(b, ent);
		run = s + 1;
	}
	buf_append(b, run, (size_t)(s - run));
}

/* a URI attribute as libxml2 writes it: & < > as entities, then (xmlURIEscapeStr with
 * "@/:=?;#%&,+<>" kept) leading blanks dropped and anything but those and RFC 2396's
 * unreserved characters percent-encoded; one pass, since the entities' own characters
 * are all kept */
static void
put_uri(struct buf *b, const xmlChar *s)
{
	static const char hex[] = "0123456789ABCDEF";
	static bool keep[256];

	if (!keep['a']) {
		for (int c = 0; c < 256; c++)
			keep[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
			    (c >= '0' && c <= '9') || (c != 0 && strchr("@/:=?;#%&,+-_.!~*'()", c));
	}
	for (; *s != '\0'; s++) {
		unsigned char c = *s;

		if (c == '&')
			buf_puts(b, "&amp;");
		else if (c == '<')
			buf_puts(b, "&lt;");
		else if (c == '>')
			buf_puts(b, "&gt;");
		else if (keep[c])
			buf_putc(b, (char)c);
		else {
			char pct[3] = { '%', hex[c >> 4], hex[c & 15] };

			buf_append(b, pct, 3);
		}
	}
}

/* a quoted value as xmlBufWriteQuotedString writes it: double quotes, or single quotes
 * when the value holds a double quote and no single one, else double with &quot; */
static void
put_quoted(struct buf *b, const char *v)
{
	if (strchr(v, '"') == NULL) {
		buf_putc(b, '"');
		buf_puts(b, v);
		buf_putc(b, '"');
	} else if (strchr(v, '\'') == NULL) {
		buf_putc(b, '\'');
		buf_puts(b, v);
		buf_putc(b, '\'');
	} else {
		buf_putc(b, '"');
		for (; *v != '\0'; v++) {
			if (*v == '"')
				buf_puts(b, "&quot;");
			else
				buf_putc(b, *v);
		}
		buf_putc(b, '"');
	}
}

static void
put_name(struct buf *b, const xmlNs *ns, const xmlChar *name)
{
	if (ns != NULL && ns->prefix != NULL) {
		buf_puts(b, (const char *)ns->prefix);
		buf_putc(b, ':');
	}
	buf_puts(b, (const char *)name);
}

static bool
is_uri_attr(const xmlAttr *a)
{
	const char *n = (const char *)a->name;

	if (a->ns != NULL || a->parent == NULL || a->parent->ns != NULL)
		return false;
	return strcasecmp(n, "href") == 0 || strcasecmp(n, "src") == 0 ||
	    strcasecmp(n, "action") == 0 || (strcasecmp(n, "name") == 0 &&
	    strcasecmp((const char *)a->parent->name, "a") == 0);
}

static void
put_attr(struct buf *b, const xmlAttr *a)
{
	const xmlNode *t = a->children;
	const xmlChar *v;
	struct buf joined;

	buf_putc(b, ' ');
	put_name(b, a->ns, a->name);
	if (t == NULL || in_list(boolean_attrs, a->name))
		return;
	/* the value's text, copied only when it is in more than one node */
	buf_init(&joined);
	if (t->next == NULL && t->type == XML_TEXT_NODE) {
		v = t->content != NULL ? t->content : BAD_CAST "";
	} else {
		for (; t != NULL; t = t->next)
			if (t->type == XML_TEXT_NODE && t->content != NULL)
				buf_puts(&joined, (const char *)t->content);
		v = BAD_CAST (joined.data != NULL ? joined.data : "");
	}
	if (is_uri_attr(a)) {
		while (*v == ' ' || *v == '\t' || *v == '\n' || *v == '\r')
			v++;
		buf_puts(b, "=\"");
		put_uri(b, v);		/* a double quote comes out as %22 */
		buf_putc(b, '"');
	} else if (strpbrk((const char *)v, "\"'") == NULL) {
		buf_puts(b, "=\"");
		put_escaped(b, v);
		buf_putc(b, '"');
	} else {
		struct buf e;

		buf_init(&e);
		put_escaped(&e, v);
		buf_putc(b, '=');
		put_quoted(b, e.data);
		buf_free(&e);
	}
	buf_free(&joined);
}

static void
put_node(struct buf *b, const xmlNode *n)
{
	switch (n->type) {
	case XML_TEXT_NODE:
		if (n->content == NULL)
			return;
		if (n->name == xmlStringTextNoenc || (n->parent != NULL &&
		    (strcasecmp((const char *)n->parent->name, "script") == 0 ||
		    strcasecmp((const char *)n->parent->name, "style") == 0)))
			buf_puts(b, (const char *)n->content);
		else
			put_escaped(b, n->content);
		return;
	case XML_CDATA_SECTION_NODE:
		if (n->content != NULL)
			buf_puts(b, (const char *)n->content);
		return;
	case XML_COMMENT_NODE:
		if (n->content != NULL) {
			buf_puts(b, "<!--");
			buf_puts(b, (const char *)n->content);
			buf_puts(b, "-->");
		}
		return;
	case XML_PI_NODE:
		buf_puts(b, "<?");
		buf_puts(b, (const char *)n->name);
		if (n->content != NULL) {
			buf_putc(b, ' ');
			buf_puts(b, (const char *)n->content);
		}
		buf_putc(b, '>');
		return;
	case XML_ENTITY_REF_NODE:
		buf_putc(b, '&');
		buf_puts(b, (const char *)n->name);
		buf_putc(b, ';');
		return;
	case XML_ELEMENT_NODE:
		break;
	default:
		return;
	}
	buf_putc(b, '<');
	put_name(b, n->ns, n->name);
	for (const xmlNs *ns = n->nsDef; ns != NULL; ns = ns->next) {
		buf_puts(b, " xmlns");
		if (ns->prefix != NULL) {
			buf_putc(b, ':');
			buf_puts(b, (const char *)ns->prefix);
		}
		buf_putc(b, '=');
		put_quoted(b, ns->href != NULL ? (const char *)ns->href : "");
	}
	for (const xmlAttr *a = n->properties; a != NULL; a = a->next)
		put_attr(b, a);
	buf_putc(b, '>');
	if (in_list(void_elements, n->name))
		return;
	/* the one element libxml2 leaves open when it is empty (saveEndTag) */
	if (n->children == NULL && strcasecmp((const char *)n->name, "li") == 0)
		return;
	/* the encoding, first in the head, as libxslt adds it (htmlSetMetaEncoding) */
	if (strcasecmp((const char *)n->name, "head") == 0 && n->parent != NULL &&
	    n->parent->parent != NULL && (n->parent->parent->type == XML_DOCUMENT_NODE ||
	    n->parent->parent->type == XML_HTML_DOCUMENT_NODE) &&
	    strcasecmp((const char *)n->parent->name, "html") == 0)
		buf_puts(b, "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\">");
	for (const xmlNode *c = n->children; c != NULL; c = c->next)
		put_node(b, c);
	buf_puts(b, "</");
	put_name(b, n->ns, n->name);
	buf_putc(b, '>');
}

void
html_serialize(const xmlDoc *doc, struct buf *b)
{
	const xmlDtd *dtd = doc->intSubset;

	if (dtd != NULL) {
		buf_puts(b, "<!DOCTYPE ");
		buf_puts(b, (const char *)dtd->name);
		if (dtd->ExternalID != NULL) {
			buf_puts(b, " PUBLIC ");
			put_quoted(b, (const char *)dtd->ExternalID);
			if (dtd->SystemID != NULL) {
				buf_putc(b, ' ');
				put_quoted(b, (const char *)dtd->SystemID);
			}
		} else if (dtd->SystemID != NULL &&
		    strcmp((const char *)dtd->SystemID, "about:legacy-compat") != 0) {
			buf_puts(b, " SYSTEM ");
			put_quoted(b, (const char *)dtd->SystemID);
		}
		buf_puts(b, ">\n");
	}
	for (const xmlNode *n = doc->children; n != NULL; n = n->next)
		put_node(b, n);
	buf_putc(b, '\n');
}

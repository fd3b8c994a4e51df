/* Parsing XML safely: no external entities, no network, no DTD loading, bounded size and
 * depth. Every XML the programs read goes through here. */
#include "xmlsafe.h"
#include "log.h"

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

/* Options: never NOENT, DTDLOAD, DTDATTR, DTDVALID, XINCLUDE or HUGE. */
#define XMLSAFE_OPTIONS	(XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_NOWARNING | \
			 XML_PARSE_NOERROR)

static xmlExternalEntityLoader	default_loader;
static bool			trust_files;

/* Refuses every external resource, except local files of the installation while they
 * are being loaded at start (templates and their imports, the catalog). */
static xmlParserInputPtr
xmlsafe_loader(const char *url, const char *id, xmlParserCtxtPtr ctxt)
{
	if (trust_files && url != NULL && strstr(url, "://") == NULL)
		return default_loader(url, id, ctxt);
	log_warn("refused to load external XML resource %s", url ? url : "(none)");
	return NULL;
}

void
xmlsafe_init(void)
{
	xmlInitParser();
	if (default_loader == NULL)
		default_loader = xmlGetExternalEntityLoader();
	xmlSetExternalEntityLoader(xmlsafe_loader);
}

void
xmlsafe_trust_files(bool on)
{
	trust_files = on;
}

static int
xmlsafe_depth(xmlNodePtr n, int depth)
{
	int max = depth;

	if (depth > XMLSAFE_MAX_DEPTH)
		return depth;
	for (xmlNodePtr c = n->children; c != NULL; c = c->next)
		if (c->type == XML_ELEMENT_NODE) {
			int d = xmlsafe_depth(c, depth + 1);

			if (d > max)
				max = d;
			if (max > XMLSAFE_MAX_DEPTH)
				break;
		}
	return max;
}

xmlDocPtr
xmlsafe_read_memory(const char *p, size_t n, char *err, size_t errlen)
{
	xmlParserCtxtPtr ctxt;
	xmlDocPtr doc;

	err[0] = '\0';
	if (n > XMLSAFE_MAX_BYTES) {
		snprintf(err, errlen, "file too large (limit %u bytes)", XMLSAFE_MAX_BYTES);
		return NULL;
	}
	/* a document type declaration is where entity attacks live; our formats need none */
	if (memmem(p, n, "<!DOCTYPE", 9) != NULL || memmem(p, n, "<!ENTITY", 8) != NULL) {
		snprintf(err, errlen, "DOCTYPE and ENTITY declarations are not allowed");
		return NULL;
	}
	if ((ctxt = xmlNewParserCtxt()) == NULL) {
		snprintf(err, errlen, "out of memory");
		return NULL;
	}
	doc = xmlCtxtReadMemory(ctxt, p, (int)n, NULL, "UTF-8", XMLSAFE_OPTIONS);
	if (doc == NULL || !ctxt->wellFormed) {
		const xmlError *e = xmlCtxtGetLastError(ctxt);

		if (e != NULL && e->message != NULL) {
			size_t len;

			snprintf(err, errlen, "line %d: %s", e->line, e->message);
			len = strlen(err);
			if (len > 0 && err[len - 1] == '\n')
				err[len - 1] = '\0';
		} else
			snprintf(err, errlen, "not well-formed XML");
		if (doc != NULL)
			xmlFreeDoc(doc);
		xmlFreeParserCtxt(ctxt);
		return NULL;
	}
	xmlFreeParserCtxt(ctxt);
	if (xmlDocGetRootElement(doc) == NULL ||
	    xmlsafe_depth(xmlDocGetRootElement(doc), 1) > XMLSAFE_MAX_DEPTH) {
		snprintf(err, errlen, "elements nested deeper than %d levels", XMLSAFE_MAX_DEPTH);
		xmlFreeDoc(doc);
		return NULL;
	}
	return doc;
}

xmlDocPtr
xmlsafe_read_file(const char *path)
{
	xmlDocPtr doc;
	bool was = trust_files;

	trust_files = true;
	doc = xmlReadFile(path, "UTF-8", XMLSAFE_OPTIONS & ~(XML_PARSE_NOERROR | XML_PARSE_NOWARNING));
	trust_files = was;
	return doc;
}

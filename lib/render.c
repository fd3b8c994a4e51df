/* XSLT templates compiled once per worker, the per-request data document, and the
 * rendering of pages and error pages. */
#include "render.h"
#include "buf.h"
#include "format.h"
#include "htmlout.h"
#include "http.h"
#include "i18n.h"
#include "log.h"
#include "pagecache.h"
#include "router.h"
#include "vocab.h"
#include "xmlsafe.h"

#include <libxml/xpathInternals.h>
#include <libxslt/extensions.h>
#include <libxslt/imports.h>
#include <libxslt/security.h>
#include <libxslt/transform.h>
#include <libxslt/xsltInternals.h>
#include <libxslt/xsltutils.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#define MB_NS	"urn:minhbach"

struct template {
	char			*name;
	xsltStylesheetPtr	 style;
};

/* The worker's own compiled templates: filled before the accept loop, read-only after. */
static struct template	*templates;
static unsigned int	 ntemplates;
static xsltSecurityPrefsPtr secprefs;
/* the program's writer of the pages its handlers write in C, if it has one */
static const struct render_writer *writer;

void
render_set_writer(const struct render_writer *w)
{
	writer = w;
}

/* mb:t('key'): the catalog text in the page's language. */
static void
ext_t(xmlXPathParserContextPtr ctxt, int nargs)
{
	xsltTransformContextPtr tctxt = xsltXPathGetTransformContext(ctxt);
	struct request *req = tctxt ? tctxt->_private : NULL;
	xmlChar *key;

	if (nargs != 1) {
		xmlXPathSetArityError(ctxt);
		return;
	}
	key = xmlXPathPopString(ctxt);
	valuePush(ctxt, xmlXPathNewString(BAD_CAST i18n_get(req ? req->lang : LANG_VI,
	    (const char *)key)));
	xmlFree(key);
}

/* mb:pick(vi, en): the English form of a name on an English page when there is one,
 * else the Vietnamese (one function call instead of a named template per cell). */
static void
ext_pick(xmlXPathParserContextPtr ctxt, int nargs)
{
	xsltTransformContextPtr tctxt = xsltXPathGetTransformContext(ctxt);
	struct request *req = tctxt ? tctxt->_private : NULL;
	xmlChar *vi, *en;

	if (nargs != 2) {
		xmlXPathSetArityError(ctxt);
		return;
	}
	en = xmlXPathPopString(ctxt);
	vi = xmlXPathPopString(ctxt);
	if (req != NULL && req->lang == LANG_EN && en != NULL && *en != '\0') {
		valuePush(ctxt, xmlXPathWrapString(en));
		xmlFree(vi);
	} else {
		valuePush(ctxt, xmlXPathWrapString(vi));
		xmlFree(en);
	}
}

/* The string functions: one string in, the writer's text out. */
static void
string_fn(xmlXPathParserContextPtr ctxt, int nargs, void (*write)(struct buf *, const char *))
{
	xmlChar *s;
	struct buf b;

	if (nargs != 1) {
		xmlXPathSetArityError(ctxt);
		return;
	}
	s = xmlXPathPopString(ctxt);
	buf_init(&b);
	write(&b, s ? (const char *)s : "");
	valuePush(ctxt, xmlXPathNewString(BAD_CAST (b.data ? b.data : "")));
	buf_free(&b);
	xmlFree(s);
}

/* mb:query-suffix(q): "?q" when q is not empty, else "". */
static void
write_query_suffix(struct buf *b, const char *s)
{
	if (*s != '\0') {
		buf_putc(b, '?');
		buf_puts(b, s);
	}
}

static void ext_query_suffix(xmlXPathParserContextPtr c, int n) { string_fn(c, n, write_query_suffix); }

/* the length of the file part of a template name: "public/site#projects" -> 11 */
static size_t
file_len(const char *name)
{
	return strcspn(name, "#");
}

static xsltStylesheetPtr
render_compile(const char *dir, const char *name)
{
	char path[1024];
	xsltStylesheetPtr style;

	snprintf(path, sizeof(path), "%s/%.*s.xsl", dir, (int)file_len(name), name);
	if ((style = xsltParseStylesheetFile(BAD_CAST path)) == NULL)
		log_error("cannot compile template %s", path);
	return style;
}

static xsltStylesheetPtr
render_find(const char *name)
{
	size_t n = file_len(name);

	for (unsigned int i = 0; i < ntemplates; i++)
		if (strlen(templates[i].name) == n && strncmp(templates[i].name, name, n) == 0)
			return templates[i].style;
	return NULL;
}

/* Compiles the file of a template name once, however many routes name it. */
static int
render_add(const char *dir, const char *name)
{
	if (render_find(name) != NULL)
		return 0;
	templates = xgrow(templates, ntemplates, sizeof(*templates));
	templates[ntemplates].name = xstrndup(name, file_len(name));
	if ((templates[ntemplates].style = render_compile(dir, name)) == NULL) {
		free(templates[ntemplates].name);
		return -1;
	}
	ntemplates++;
	return 0;
}

int
render_init(const char *dir, const struct route *routes)
{
	xsltRegisterExtModuleFunction(BAD_CAST "t", BAD_CAST MB_NS, ext_t);
	xsltRegisterExtModuleFunction(BAD_CAST "pick", BAD_CAST MB_NS, ext_pick);
	xsltRegisterExtModuleFunction(BAD_CAST "query-suffix", BAD_CAST MB_NS, ext_query_suffix);
	/* the transform may read and write nothing: no files, no network */
	secprefs = xsltNewSecurityPrefs();
	xsltSetSecurityPrefs(secprefs, XSLT_SECPREF_READ_FILE, xsltSecurityForbid);
	xsltSetSecurityPrefs(secprefs, XSLT_SECPREF_WRITE_FILE, xsltSecurityForbid);
	xsltSetSecurityPrefs(secprefs, XSLT_SECPREF_CREATE_DIRECTORY, xsltSecurityForbid);
	xsltSetSecurityPrefs(secprefs, XSLT_SECPREF_READ_NETWORK, xsltSecurityForbid);
	xsltSetSecurityPrefs(secprefs, XSLT_SECPREF_WRITE_NETWORK, xsltSecurityForbid);
	xmlsafe_trust_files(true);
	if (writer == NULL && render_add(dir, "error") != 0)
		goto fail;
	for (const struct route *r = routes; r->pattern != NULL; r++)
		if (r->template != NULL && strcmp(r->template, RENDER_WRITTEN) != 0 &&
		    render_add(dir, r->template) != 0)
			goto fail;
	xmlsafe_trust_files(false);
	return 0;
fail:
	xmlsafe_trust_files(false);
	return -1;
}

void
render_free(void)
{
	for (unsigned int i = 0; i < ntemplates; i++) {
		xsltFreeStylesheet(templates[i].style);
		free(templates[i].name);
	}
	free(templates);
	templates = NULL;
	ntemplates = 0;
	if (secprefs != NULL)
		xsltFreeSecurityPrefs(secprefs);
	secprefs = NULL;
}

xmlNodePtr
xml_elem(xmlNodePtr parent, const char *name)
{
	return xmlNewChild(parent, NULL, BAD_CAST name, NULL);
}

xmlNodePtr
xml_text(xmlNodePtr parent, const char *name, const char *text)
{
	if (text == NULL)
		return NULL;
	/* xmlNewTextChild escapes; xmlNewChild would take text as markup */
	return xmlNewTextChild(parent, NULL, BAD_CAST name, BAD_CAST text);
}

void
xml_attr(xmlNodePtr n, const char *name, const char *value)
{
	if (value != NULL)
		xmlSetProp(n, BAD_CAST name, BAD_CAST value);
}

void
xml_attr_int(xmlNodePtr n, const char *name, long long value)
{
	char s[32];

	snprintf(s, sizeof(s), "%lld", value);
	xmlSetProp(n, BAD_CAST name, BAD_CAST s);
}

xmlNodePtr
render_begin(struct request *req)
{
	char stamp[32];
	time_t now = time(NULL);
	struct tm tm;

	gmtime_r(&now, &tm);
	strftime(req->today, sizeof(req->today), "%Y-%m-%d", &tm);
	if (req->doc != NULL)
		xmlFreeDoc(req->doc);
	req->doc = NULL;
	req->page = NULL;
	if (writer != NULL)
		return NULL;	/* the program writes its pages: no data document */
	req->doc = xmlNewDoc(BAD_CAST "1.0");
	/* element and attribute names interned once per page, not copied for every row */
	req->doc->dict = xmlDictCreate();
	req->page = xmlNewNode(NULL, BAD_CAST "page");
	xmlDocSetRootElement(req->doc, req->page);
	xml_attr(req->page, "lang", lang_code(req->lang));
	xml_attr(req->page, "base", req->lang == LANG_EN ? "/en" : "");
	xml_attr(req->page, "path", req->path);
	xml_attr(req->page, "query", req->query_string);
	strftime(stamp, sizeof(stamp), "%Y-%m-%dT%H:%M:%SZ", &tm);
	xml_attr(req->page, "now", stamp);
	xml_attr(req->page, "today", req->today);
	return req->page;
}

int
render_to_memory(struct request *req, const char *name, struct buf *out, const char **media_type)
{
	xsltStylesheetPtr style;
	xsltTransformContextPtr tctxt;
	xmlDocPtr result;
	const xmlChar *method, *mtype;
	int indent, rc = 0;

	if (writer != NULL && strcmp(name, RENDER_WRITTEN) == 0) {
		*media_type = writer->page(req, out);
		return 0;
	}
	style = render_find(name);
	if (style == NULL || req->doc == NULL) {
		log_error("template %s is not loaded", name);
		return -1;
	}
	if (name[file_len(name)] == '#')
		xml_attr(req->page, "view", name + file_len(name) + 1);
	if ((tctxt = xsltNewTransformContext(style, req->doc)) == NULL)
		return -1;
	xsltSetCtxtSecurityPrefs(secprefs, tctxt);
	tctxt->_private = req;
	result = xsltApplyStylesheetUser(style, req->doc, NULL, NULL, NULL, tctxt);
	if (result == NULL || tctxt->state != XSLT_STATE_OK) {
		log_error("template %s failed for %s", name, req->full_path);
		xsltFreeTransformContext(tctxt);
		if (result != NULL)
			xmlFreeDoc(result);
		return -1;
	}
	XSLT_GET_IMPORT_PTR(method, style, method);
	XSLT_GET_IMPORT_PTR(mtype, style, mediaType);
	XSLT_GET_IMPORT_INT(indent, style, indent);
	if (method != NULL && xmlStrEqual(method, BAD_CAST "html") && indent == 0) {
		/* every HTML page (layout.xsl says indent="no"): our own one-pass serialiser,
		 * the same bytes as libxslt's unindented HTML (lib/htmlout.c) */
		html_serialize(result, out);
	} else {
		xmlChar *s = NULL;
		int len = 0;

		rc = xsltSaveResultToString(&s, &len, result, style);
		if (rc == 0 && s != NULL)
			buf_append(out, s, (size_t)len);
		xmlFree(s);
	}
	if (mtype != NULL)
		*media_type = (const char *)mtype;
	else if (method != NULL && xmlStrEqual(method, BAD_CAST "xml"))
		*media_type = "application/xml";
	else if (method != NULL && xmlStrEqual(method, BAD_CAST "text"))
		*media_type = "text/plain";
	else
		*media_type = "text/html";
	xmlFreeDoc(result);
	xsltFreeTransformContext(tctxt);
	return rc == 0 ? 0 : -1;
}

int
render_page(struct request *req, const char *name)
{
	struct buf out;
	const char *mtype;
	char ctype[128];
	char etag[HTTP_ETAG_SIZE];

	buf_init(&out);
	if (render_to_memory(req, name, &out, &mtype) != 0) {
		buf_free(&out);
		return -1;
	}
	snprintf(ctype, sizeof(ctype), "%s; charset=utf-8", mtype);
	http_etag(etag, out.data, out.len);
	if (req->page_cache_key != NULL && req->resp.status == 200) {
		struct cached_page pg = {
			.body = out.data, .len = out.len, .content_type = ctype,
			.content_language = lang_code(req->lang), .last_modified = req->last_modified,
			.cache_control = req->cache_control ? req->cache_control : "no-cache",
			.etag = etag, .headers = "",
		};
		struct buf hd;

		bool personal = false;

		/* the headers the handler added come back with the page; a page that sets a
		 * cookie belongs to one visitor and is not kept */
		buf_init(&hd);
		for (unsigned int i = 0; i < req->resp.nheaders; i++) {
			personal |= strcasecmp(req->resp.headers[i].name, "Set-Cookie") == 0;
			buf_printf(&hd, "%s: %s\n", req->resp.headers[i].name, req->resp.headers[i].value);
		}
		if (hd.data != NULL)
			pg.headers = hd.data;
		if (!personal)
			pagecache_put(req->page_cache_key, req->page_generation, req->page_day, &pg);
		buf_free(&hd);
	}
	http_add_header(req, "Content-Language", lang_code(req->lang));
	http_add_header(req, "Vary", "Accept-Encoding");
	http_send_tagged(req, out.data, out.len, ctype, etag);
	buf_free(&out);
	return 0;
}

int
render_cached(struct request *req, const struct cached_page *pg)
{
	for (const char *h = pg->headers, *nl; (nl = strchr(h, '\n')) != NULL; h = nl + 1) {
		const char *colon = memchr(h, ':', (size_t)(nl - h));
		char *name, *value;

		if (colon == NULL || nl - colon < 2)	/* "Name: value" */
			continue;
		name = xstrndup(h, (size_t)(colon - h));
		value = xstrndup(colon + 2, (size_t)(nl - colon - 2));
		http_add_header(req, name, value);
		free(name);
		free(value);
	}
	snprintf(req->last_modified, sizeof(req->last_modified), "%s", pg->last_modified);
	req->cache_control = pg->cache_control;
	http_add_header(req, "Content-Language", pg->content_language);
	http_add_header(req, "Vary", "Accept-Encoding");
	return http_send_tagged(req, pg->body, pg->len, pg->content_type, pg->etag);
}

void
render_error(struct request *req, int status, const struct param_error *perr)
{
	struct response *r = &req->resp;
	struct buf out;
	const char *mtype;
	int rc = 0;

	if (r->started)
		return;		/* too late to say anything else */
	/* an error page replaces whatever the handler had prepared */
	http_clear_headers(req);
	r->status = status;
	http_add_header(req, "Cache-Control", "no-store");
	if (status == 503)
		http_add_header(req, "Retry-After", "5");
	buf_init(&out);
	if (writer != NULL)
		writer->error(req, status, perr, &out);
	else {
		xmlNodePtr e;
		char key[32];

		if (req->doc == NULL)
			render_begin(req);
		e = xml_elem(req->page, "error");
		xml_attr_int(e, "status", status);
		snprintf(key, sizeof(key), "error.%d", status);
		xml_attr(e, "key", key);
		if (perr != NULL && perr->field != NULL) {
			xml_attr(e, "field", perr->field);
			xml_attr(e, "reason", perr->reason_key);
		}
		rc = render_to_memory(req, "error", &out, &mtype);
	}
	if (rc == 0) {
		http_add_header(req, "Content-Type", "text/html; charset=utf-8");
		http_add_header(req, "Content-Language", lang_code(req->lang));
		http_write(req, out.data, out.len);
	} else {
		char msg[128];

		snprintf(msg, sizeof(msg), "%d %s\n", status, http_status_text(status));
		http_add_header(req, "Content-Type", "text/plain; charset=utf-8");
		http_puts(req, msg);
	}
	buf_free(&out);
}

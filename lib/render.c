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
#include <libexslt/exslt.h>

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

/* mb:vocab('name'): the values of a vocabulary (vocab.h) as <v key="catalog key">value</v>
 * nodes of the process's shared vocabulary document; empty for an
 * unknown name. Nothing is copied into the request's documents. */
static void
ext_vocab(xmlXPathParserContextPtr ctxt, int nargs)
{
	xmlNodeSetPtr set;
	xmlNodePtr list;
	xmlChar *name;

	if (nargs != 1) {
		xmlXPathSetArityError(ctxt);
		return;
	}
	name = xmlXPathPopString(ctxt);
	list = name != NULL ? vocab_element((const char *)name) : NULL;
	set = xmlXPathNodeSetCreate(NULL);
	for (xmlNodePtr v = list != NULL ? list->children : NULL; v != NULL; v = v->next)
		xmlXPathNodeSetAddUnique(set, v);
	valuePush(ctxt, xmlXPathWrapNodeSet(set));
	xmlFree(name);
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

/* mb:num(x, decimals): a number in the page's locale, rounded as every figure is
 * (format_decimal); '' for NaN. */
static void
ext_num(xmlXPathParserContextPtr ctxt, int nargs)
{
	xsltTransformContextPtr tctxt = xsltXPathGetTransformContext(ctxt);
	struct request *req = tctxt ? tctxt->_private : NULL;
	double dec = 0;
	xmlChar *x;
	struct buf b;

	if (nargs < 1 || nargs > 2) {
		xmlXPathSetArityError(ctxt);
		return;
	}
	if (nargs == 2)
		dec = xmlXPathPopNumber(ctxt);
	x = xmlXPathPopString(ctxt);
	buf_init(&b);
	if (dec == dec && dec >= 0 && dec <= 6)
		format_decimal(&b, (const char *)x, (int)dec, 0, 0, req ? req->lang : LANG_VI);
	valuePush(ctxt, xmlXPathNewString(BAD_CAST (b.data ? b.data : "")));
	buf_free(&b);
	xmlFree(x);
}

/* The figure functions by name: each kind of figure has one rule (lib/format.c). */
static const char *const figure_fns[FIG__MAX] = {
	[FIG_COUNT] = "count", [FIG_PCT] = "pct", [FIG_HA] = "ha", [FIG_MUSD] = "musd",
};

/* mb:count(x), mb:pct(x), mb:ha(x), mb:musd(x[, false()]): a figure of that kind (the
 * function's name, which libxml2 keeps in the context during the call), with its unit;
 * mb:musd(x, false()) without it. */
static void
ext_figure(xmlXPathParserContextPtr ctxt, int nargs)
{
	xsltTransformContextPtr tctxt = xsltXPathGetTransformContext(ctxt);
	struct request *req = tctxt ? tctxt->_private : NULL;
	enum figure kind = FIG_COUNT;
	xmlChar *x;
	struct buf b;

	for (int k = 0; k < FIG__MAX; k++)
		if (figure_fns[k] != NULL && xmlStrEqual(ctxt->context->function, BAD_CAST figure_fns[k]))
			kind = (enum figure)k;
	if (nargs < 1 || nargs > (kind == FIG_MUSD ? 2 : 1)) {
		xmlXPathSetArityError(ctxt);
		return;
	}
	if (nargs == 2 && !xmlXPathPopBoolean(ctxt))
		kind = FIG_MUSD_BARE;
	x = xmlXPathPopString(ctxt);
	buf_init(&b);
	format_figure(&b, (const char *)x, kind, req ? req->lang : LANG_VI);
	valuePush(ctxt, xmlXPathNewString(BAD_CAST b.data));
	buf_free(&b);
	xmlFree(x);
}

/* mb:date('2020-10-26'): 26/10/2020 in Vietnamese, 26 Oct 2020 in English. */
static void
ext_date(xmlXPathParserContextPtr ctxt, int nargs)
{
	static const char *const months[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun",
	    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
	xsltTransformContextPtr tctxt = xsltXPathGetTransformContext(ctxt);
	struct request *req = tctxt ? tctxt->_private : NULL;
	xmlChar *s;
	int y, m, d;
	char out[32] = "";

	if (nargs != 1) {
		xmlXPathSetArityError(ctxt);
		return;
	}
	s = xmlXPathPopString(ctxt);
	if (s != NULL && sscanf((const char *)s, "%4d-%2d-%2d", &y, &m, &d) == 3 &&
	    m >= 1 && m <= 12) {
		if (req != NULL && req->lang == LANG_EN)
			snprintf(out, sizeof(out), "%d %s %04d", d, months[m - 1], y);
		else
			snprintf(out, sizeof(out), "%02d/%02d/%04d", d, m, y);
	}
	valuePush(ctxt, xmlXPathNewString(BAD_CAST out));
	xmlFree(s);
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

/* mb:json(s): s as a JSON string literal for a <script> element: quoted, with \\ " and
 * control characters escaped, and < as \\u003c so that no text can close the element. */
static void
write_json(struct buf *b, const char *s)
{
	buf_putc(b, '"');
	for (const unsigned char *p = (const unsigned char *)s; *p != '\0'; p++) {
		switch (*p) {
		case '\\': buf_puts(b, "\\\\"); break;
		case '"': buf_puts(b, "\\\""); break;
		case '<': buf_puts(b, "\\u003c"); break;
		case '\n': buf_puts(b, "\\n"); break;
		case '\r': buf_puts(b, "\\r"); break;
		case '\t': buf_puts(b, "\\t"); break;
		default:
			if (*p < 0x20)
				buf_printf(b, "\\u%04x", *p);
			else
				buf_putc(b, (char)*p);
		}
	}
	buf_putc(b, '"');
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

static void ext_json(xmlXPathParserContextPtr c, int n) { string_fn(c, n, write_json); }
/* mb:urlencode(s): s percent-encoded for a query string */
static void ext_urlencode(xmlXPathParserContextPtr c, int n) { string_fn(c, n, url_encode); }
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
	exsltRegisterAll();
	xsltRegisterExtModuleFunction(BAD_CAST "t", BAD_CAST MB_NS, ext_t);
	xsltRegisterExtModuleFunction(BAD_CAST "pick", BAD_CAST MB_NS, ext_pick);
	xsltRegisterExtModuleFunction(BAD_CAST "vocab", BAD_CAST MB_NS, ext_vocab);
	vocab_load();
	xsltRegisterExtModuleFunction(BAD_CAST "json", BAD_CAST MB_NS, ext_json);
	xsltRegisterExtModuleFunction(BAD_CAST "num", BAD_CAST MB_NS, ext_num);
	for (int k = 0; k < FIG__MAX; k++)
		if (figure_fns[k] != NULL)
			xsltRegisterExtModuleFunction(BAD_CAST figure_fns[k], BAD_CAST MB_NS, ext_figure);
	xsltRegisterExtModuleFunction(BAD_CAST "date", BAD_CAST MB_NS, ext_date);
	xsltRegisterExtModuleFunction(BAD_CAST "urlencode", BAD_CAST MB_NS, ext_urlencode);
	xsltRegisterExtModuleFunction(BAD_CAST "query-suffix", BAD_CAST MB_NS, ext_query_suffix);
	/* the transform may read and write nothing: no files, no network */
	secprefs = xsltNewSecurityPrefs();
	xsltSetSecurityPrefs(secprefs, XSLT_SECPREF_READ_FILE, xsltSecurityForbid);
	xsltSetSecurityPrefs(secprefs, XSLT_SECPREF_WRITE_FILE, xsltSecurityForbid);
	xsltSetSecurityPrefs(secprefs, XSLT_SECPREF_CREATE_DIRECTORY, xsltSecurityForbid);
	xsltSetSecurityPrefs(secprefs, XSLT_SECPREF_READ_NETWORK, xsltSecurityForbid);
	xsltSetSecurityPrefs(secprefs, XSLT_SECPREF_WRITE_NETWORK, xsltSecurityForbid);
	xmlsafe_trust_files(true);
	if (render_add(dir, "error") != 0)
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
	vocab_free();
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

	if (req->doc != NULL)
		xmlFreeDoc(req->doc);
	req->doc = xmlNewDoc(BAD_CAST "1.0");
	/* element and attribute names interned once per page, not copied for every row */
	req->doc->dict = xmlDictCreate();
	req->page = xmlNewNode(NULL, BAD_CAST "page");
	xmlDocSetRootElement(req->doc, req->page);
	xml_attr(req->page, "lang", lang_code(req->lang));
	xml_attr(req->page, "base", req->lang == LANG_EN ? "/en" : "");
	xml_attr(req->page, "path", req->path);
	xml_attr(req->page, "query", req->query_string);
	gmtime_r(&now, &tm);
	strftime(stamp, sizeof(stamp), "%Y-%m-%dT%H:%M:%SZ", &tm);
	xml_attr(req->page, "now", stamp);
	strftime(req->today, sizeof(req->today), "%Y-%m-%d", &tm);
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
	xmlNodePtr e;
	char key[32];

	if (r->started)
		return;		/* too late to say anything else */
	/* an error page replaces whatever the handler had prepared */
	http_clear_headers(req);
	r->status = status;
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
	http_add_header(req, "Cache-Control", "no-store");
	if (status == 503)
		http_add_header(req, "Retry-After", "5");
	buf_init(&out);
	if (writer != NULL)
		writer->error(req, status, perr, &out);
	if ((writer != NULL && out.len > 0) || (writer == NULL &&
	    render_to_memory(req, "error", &out, &mtype) == 0)) {
		http_add_header(req, "Content-Type", "text/html; charset=utf-8");
		http_add_header(req, "Content-Language", lang_code(req->lang));
		http_write(req, out.data, out.len);
		buf_free(&out);
		return;
	}
	buf_free(&out);
	http_add_header(req, "Content-Type", "text/plain; charset=utf-8");
	{
		char msg[128];

		snprintf(msg, sizeof(msg), "%d %s\n", status, http_status_text(status));
		http_puts(req, msg);
	}
}

/* One HTTP request as the FastCGI server hands it over, and the response we write. */
#include "http.h"
#include "log.h"
#include "params.h"

#include <xxhash.h>
#include <time.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

int
kv_parse(struct kv_list *l, const char *s, size_t n, const char **bad)
{
	const char *end = s + n;

	*bad = NULL;
	while (s < end) {
		const char *amp = memchr(s, '&', (size_t)(end - s));
		const char *pair_end = amp ? amp : end;
		const char *eq = memchr(s, '=', (size_t)(pair_end - s));
		char *key, *value;

		if (pair_end == s) {
			s++;
			continue;
		}
		key = url_decode(s, (size_t)((eq ? eq : pair_end) - s), true);
		value = eq ? url_decode(eq + 1, (size_t)(pair_end - eq - 1), true) : xstrdup("");
		if (key == NULL || value == NULL) {
			free(key);
			free(value);
			return -1;
		}
		l->items = xgrow(l->items, l->count, sizeof(*l->items));
		l->items[l->count].key = key;
		l->items[l->count].value = value;
		l->count++;
		s = pair_end + (amp ? 1 : 0);
	}
	return 0;
}

void
kv_free(struct kv_list *l)
{
	for (unsigned int i = 0; i < l->count; i++) {
		free(l->items[i].key);
		free(l->items[i].value);
	}
	free(l->items);
	l->items = NULL;
	l->count = 0;
}

const char *
kv_get(const struct kv_list *l, const char *key)
{
	for (unsigned int i = 0; i < l->count; i++)
		if (strcmp(l->items[i].key, key) == 0)
			return l->items[i].value;
	return NULL;
}

bool
http_cookie(const char *header, const char *name, char *out, size_t n)
{
	const char *c = header;
	size_t len = strlen(name);

	while (c != NULL && *c != '\0') {
		while (*c == ' ' || *c == ';')
			c++;
		if (strncmp(c, name, len) == 0 && c[len] == '=') {
			const char *v = c + len + 1, *end = strchr(v, ';');
			size_t vlen = end ? (size_t)(end - v) : strlen(v);

			if (vlen + 1 > n)
				return false;
			memcpy(out, v, vlen);
			out[vlen] = '\0';
			return true;
		}
		c = strchr(c, ';');
	}
	return false;
}

const char *
http_env(const struct request *req, const char *name)
{
	return req->envp != NULL ? FCGX_GetParam(name, req->envp) : NULL;
}

/* Splits off the language prefix: /en and /en/... are English, the rest Vietnamese. */
static void
http_split_lang(struct request *req)
{
	const char *p = req->full_path;

	if (strcmp(p, "/en") == 0 || strncmp(p, "/en/", 4) == 0) {
		req->lang = LANG_EN;
		req->path = xstrdup(p[3] == '\0' ? "/" : p + 3);
	} else {
		req->lang = LANG_VI;
		req->path = xstrdup(p);
	}
}

/* Reads the body from the FastCGI stream. */
static size_t
fcgi_read(void *ctx, char *out, size_t n)
{
	int got = FCGX_GetStr(out, (int)n, ((FCGX_Request *)ctx)->in);

	return got > 0 ? (size_t)got : 0;
}

int
http_request_init(struct request *req, FCGX_Request *fcgi, size_t max_body)
{
	int status = http_request_parse(req, fcgi->envp, fcgi_read, fcgi, max_body);

	req->fcgi = fcgi;
	return status;
}

/* The web server's id of the request, when it is one: 1 to HTTP_REQUEST_ID_MAX letters,
 * digits, '-', '_' or '@' (nginx's $request_id is 32 hex digits, mod_unique_id's 24
 * characters of base64url-like text); anything else is ignored. */
static void
http_request_id(struct request *req)
{
	const char *id = http_env(req, "REQUEST_ID");
	size_t n;

	if (id == NULL)
		id = http_env(req, "UNIQUE_ID");
	if (id == NULL || (n = strlen(id)) == 0 || n > HTTP_REQUEST_ID_MAX ||
	    strspn(id, "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_@") != n)
		return;
	memcpy(req->request_id, id, n + 1);
}

int
http_request_parse(struct request *req, char **envp, http_body_reader read_body, void *ctx,
    size_t max_body)
{
	const char *method, *uri, *q, *len, *https;
	const char *bad;
	size_t pathlen;
	bool chunked;

	memset(req, 0, sizeof(*req));
	req->envp = envp;
	req->resp.status = 200;
	req->lang = LANG_VI;
	req->full_path = xstrdup("/");
	req->path = NULL;
	method = http_env(req, "REQUEST_METHOD");
	uri = http_env(req, "REQUEST_URI");
	req->remote_addr = http_env(req, "REMOTE_ADDR");
	req->content_type = http_env(req, "CONTENT_TYPE");
	http_request_id(req);
	https = http_env(req, "HTTPS");
	req->https = https != NULL && (strcasecmp(https, "on") == 0 || strcmp(https, "1") == 0);
	if (req->remote_addr == NULL)
		req->remote_addr = "";
	if (method == NULL || strcmp(method, "GET") == 0)
		req->method = METHOD_GET;
	else if (strcmp(method, "HEAD") == 0)
		req->method = METHOD_HEAD;
	else if (strcmp(method, "POST") == 0)
		req->method = METHOD_POST;
	else
		req->method = 0;	/* the router answers 405 */
	/* without a length, another method's body or a chunked one may still be streaming in */
	len = http_env(req, "CONTENT_LENGTH");
	chunked = http_env(req, "HTTP_TRANSFER_ENCODING") != NULL;
	req->input_read = method != NULL && (req->method == METHOD_GET || req->method == METHOD_HEAD)
	    && !chunked && (len == NULL || *len == '\0' || strcmp(len, "0") == 0);
	if (uri == NULL || uri[0] != '/') {
		http_split_lang(req);
		return 400;
	}
	q = strchr(uri, '?');
	pathlen = q ? (size_t)(q - uri) : strlen(uri);
	req->query_string = q ? q + 1 : "";
	free(req->full_path);
	if ((req->full_path = url_decode(uri, pathlen, false)) == NULL) {
		req->full_path = xstrdup("/");
		http_split_lang(req);
		return 400;
	}
	http_split_lang(req);
	if (kv_parse(&req->query, req->query_string, strlen(req->query_string), &bad) != 0)
		return 400;
	if (req->method == METHOD_POST) {
		char *end;
		unsigned long n;

		if (len == NULL || *len == '\0')
			return 411;
		n = strtoul(len, &end, 10);
		if (*end != '\0')
			return 400;
		if (n > max_body)
			return 413;
		req->body = xmalloc(n + 1);
		if (read_body(ctx, req->body, n) != n)
			return 400;
		req->body[n] = '\0';
		req->body_len = n;
		req->input_read = !chunked;
		if (req->content_type != NULL &&
		    strncasecmp(req->content_type, "application/x-www-form-urlencoded", 33) == 0 &&
		    kv_parse(&req->form, req->body, n, &bad) != 0)
			return 400;
		if (req->content_type != NULL &&
		    strncasecmp(req->content_type, "multipart/form-data", 19) == 0 &&
		    multipart_parse(req->content_type, req->body, n, &req->form, &req->files) != 0)
			return 400;
	}
	return 0;
}

void
http_request_free(struct request *req)
{
	free(req->path);
	free(req->full_path);
	free(req->body);
	kv_free(&req->query);
	kv_free(&req->form);
	upload_list_free(&req->files);
	for (unsigned int i = 0; i < req->npath_args; i++)
		free(req->path_args[i]);
	params_free(req);
	free(req->session);
	free(req->page_cache_key);
	for (unsigned int i = 0; i < req->resp.nheaders; i++) {
		free(req->resp.headers[i].name);
		free(req->resp.headers[i].value);
	}
	free(req->resp.headers);
}

const char *
http_status_text(int status)
{
	switch (status) {
	case 200: return "OK";
	case 204: return "No Content";
	case 301: return "Moved Permanently";
	case 303: return "See Other";
	case 304: return "Not Modified";
	case 400: return "Bad Request";
	case 403: return "Forbidden";
	case 404: return "Not Found";
	case 405: return "Method Not Allowed";
	case 409: return "Conflict";
	case 411: return "Length Required";
	case 413: return "Content Too Large";
	case 429: return "Too Many Requests";
	case 500: return "Internal Server Error";
	case 503: return "Service Unavailable";
	default:  return "Unknown";
	}
}

void
http_set_status(struct request *req, int status)
{
	req->resp.status = status;
}

void
http_add_header(struct request *req, const char *name, const char *value)
{
	struct response *r = &req->resp;

	if (strpbrk(value, "\r\n") != NULL || strpbrk(name, "\r\n:") != NULL)
		return;
	r->headers = xgrow(r->headers, r->nheaders, sizeof(*r->headers));
	r->headers[r->nheaders].name = xstrdup(name);
	r->headers[r->nheaders].value = xstrdup(value);
	r->nheaders++;
}

void
http_clear_headers(struct request *req)
{
	struct response *r = &req->resp;
	unsigned int kept = 0;

	for (unsigned int i = 0; i < r->nheaders; i++) {
		if (strcmp(r->headers[i].name, "Allow") == 0) {
			r->headers[kept++] = r->headers[i];
			continue;
		}
		free(r->headers[i].name);
		free(r->headers[i].value);
	}
	r->nheaders = kept;
}

/* The value of a header the response already has (case-insensitive name), or NULL. */
static const char *
http_header_of(const struct response *r, const char *name)
{
	for (unsigned int i = 0; i < r->nheaders; i++)
		if (strcasecmp(r->headers[i].name, name) == 0)
			return r->headers[i].value;
	return NULL;
}

/* Every HTML page, public and staff, error pages and pages from the cache alike, gets its
 * framing and content policy here, once: no inline script or style, nothing from another
 * origin, no plugins, no <base>, forms only to the site, no framing (X-Frame-Options for
 * browsers without CSP level 2). A response that set its own policy (a sandboxed PDF) keeps
 * it. The web server configurations add neither header. */
static void
http_add_page_policy(struct request *req)
{
	const char *type = http_header_of(&req->resp, "Content-Type");

	if (type == NULL || strncasecmp(type, "text/html", 9) != 0 ||
	    http_header_of(&req->resp, "Content-Security-Policy") != NULL)
		return;
	http_add_header(req, "Content-Security-Policy", HTTP_PAGE_CSP);
	http_add_header(req, "X-Frame-Options", "DENY");
}

void
http_page_policy_images(struct request *req, const char *origin)
{
	char csp[sizeof(HTTP_PAGE_CSP) + HTTP_ORIGIN_MAX + 32];

	if (http_header_of(&req->resp, "Content-Security-Policy") != NULL)
		return;
	snprintf(csp, sizeof(csp), "%s; img-src 'self' %s", HTTP_PAGE_CSP, origin);
	http_add_header(req, "Content-Security-Policy", csp);
	http_add_header(req, "X-Frame-Options", "DENY");
}

/* Hands bytes to the web server, or to req->out for a request parsed from memory.
 * Returns 0, or -1 when the client went away. */
static int
http_put(struct request *req, const void *p, size_t n)
{
	if (req->fcgi == NULL) {
		if (req->out != NULL)
			buf_append(req->out, p, n);
		return 0;
	}
	if (FCGX_PutStr(p, (int)n, req->fcgi->out) < 0 || FCGX_GetError(req->fcgi->out) != 0)
		return -1;
	return 0;
}

int
http_start(struct request *req)
{
	struct response *r = &req->resp;
	struct buf b;

	if (r->failed)
		return -1;
	if (r->started)
		return 0;
	r->started = true;
	http_add_page_policy(req);
	buf_init(&b);
	buf_printf(&b, "Status: %d %s\r\n", r->status, http_status_text(r->status));
	if (req->request_id[0] != '\0')
		buf_printf(&b, "X-Request-Id: %s\r\n", req->request_id);
	for (unsigned int i = 0; i < r->nheaders; i++)
		buf_printf(&b, "%s: %s\r\n", r->headers[i].name, r->headers[i].value);
	buf_puts(&b, "\r\n");
	if (http_put(req, b.data, b.len) != 0)
		r->failed = true;
	buf_free(&b);
	return r->failed ? -1 : 0;
}

int
http_write(struct request *req, const void *p, size_t n)
{
	if (http_start(req) != 0)
		return -1;
	if (req->method == METHOD_HEAD || n == 0)
		return 0;
	if (http_put(req, p, n) != 0) {
		req->resp.failed = true;
		return -1;
	}
	return 0;
}

int
http_puts(struct request *req, const char *s)
{
	return http_write(req, s, strlen(s));
}

void
http_abort(struct request *req, const char *why)
{
	log_error("%s %s: response cut short: %s", req->method == METHOD_HEAD ? "HEAD" : "GET",
	    req->full_path ? req->full_path : "?", why);
	req->resp.aborted = true;
	req->resp.failed = true;
}

void
http_set_last_modified(struct request *req, const char *datetime)
{
	struct tm tm;

	memset(&tm, 0, sizeof(tm));
	req->last_modified[0] = '\0';
	if (datetime == NULL || strptime(datetime, "%Y-%m-%d %H:%M:%S", &tm) == NULL)
		return;
	strftime(req->last_modified, sizeof(req->last_modified), "%a, %d %b %Y %H:%M:%S GMT", &tm);
}

/* True when the If-None-Match list holds etag (or is "*"). */
static bool
etag_matches(const char *list, const char *etag)
{
	size_t n = strlen(etag);
	const char *p = list;

	if (strcmp(list, "*") == 0)
		return true;
	while ((p = strstr(p, etag + 0)) != NULL) {
		if ((p == list || p[-1] == ' ' || p[-1] == ',' || p[-1] == '/') &&
		    (p[n] == '\0' || p[n] == ',' || p[n] == ' '))
			return true;
		p += n;
	}
	return false;
}

void
http_etag(char out[HTTP_ETAG_SIZE], const void *body, size_t len)
{
	/* the 128-bit XXH3 of the bytes: an ETag needs no cryptographic hash, and BLAKE2b
	 * (crypto_generichash) took 18 % of the instructions of the registry's page, 237,000
	 * of 1.33 million (callgrind, bench) */
	XXH128_canonical_t hash;

	XXH128_canonicalFromHash(&hash, XXH3_128bits(body, len));
	out[0] = '"';
	hex_encode(out + 1, hash.digest, sizeof(hash.digest));
	strcat(out, "\"");
}

int
http_send(struct request *req, const void *body, size_t len, const char *content_type)
{
	char etag[HTTP_ETAG_SIZE];

	http_etag(etag, body, len);
	return http_send_tagged(req, body, len, content_type, etag);
}

int
http_send_tagged(struct request *req, const void *body, size_t len, const char *content_type,
    const char *etag)
{
	const char *inm = http_env(req, "HTTP_IF_NONE_MATCH");
	const char *ims = http_env(req, "HTTP_IF_MODIFIED_SINCE");
	bool fresh;

	http_add_header(req, "ETag", etag);
	if (req->last_modified[0] != '\0')
		http_add_header(req, "Last-Modified", req->last_modified);
	http_add_header(req, "Cache-Control", req->cache_control ? req->cache_control : "no-cache");
	if (inm != NULL)
		fresh = etag_matches(inm, etag);
	else
		fresh = ims != NULL && req->last_modified[0] != '\0' &&
		    strcmp(ims, req->last_modified) == 0;
	if (fresh && req->resp.status == 200) {
		req->resp.status = 304;
		return http_start(req);
	}
	http_add_header(req, "Content-Type", content_type);
	return http_write(req, body, len);
}

int
http_bad_param(struct request *req, const char *field, const char *reason_key)
{
	req->bad_field = field;
	req->bad_reason = reason_key;
	return 400;
}

void
http_redirect(struct request *req, const char *location)
{
	http_set_status(req, 303);
	http_add_header(req, "Location", location);
	http_add_header(req, "Cache-Control", "no-store");
	http_start(req);
}

const char *
http_origin_authority(const char *s)
{
	if (strncasecmp(s, "https://", 8) == 0)
		return s + 8;
	if (strncasecmp(s, "http://", 7) == 0)
		return s + 7;
	return NULL;
}

bool
http_origin_valid(const char *origin)
{
	const char *host = origin ? http_origin_authority(origin) : NULL;
	size_t n = host ? strlen(host) : 0;

	/* a name or address and an optional port: no user, path, query or trailing slash */
	return n > 0 && strlen(origin) < HTTP_ORIGIN_MAX &&
	    strspn(host, "abcdefghijklmnopqrstuvwxyz0123456789.-:[]") == n &&
	    host[0] != ':' && host[0] != '.' && host[0] != '-' && host[n - 1] != ':';
}

bool
http_same_origin(struct request *req, const char *want)
{
	const char *origin = http_env(req, "HTTP_ORIGIN");
	const char *src = origin ? origin : http_env(req, "HTTP_REFERER");
	const char *host = http_env(req, "HTTP_HOST");
	char own[300];
	size_t n;

	if (src == NULL)
		return false;
	if (want == NULL) {
		if (host == NULL)
			return false;
		snprintf(own, sizeof(own), "%s://%s", req->https ? "https" : "http", host);
		want = own;
	}
	n = strlen(want);
	/* scheme, host and port all: an Origin is exactly that, a Referer starts with it */
	return strncasecmp(src, want, n) == 0 &&
	    (src[n] == '\0' || (origin == NULL && src[n] == '/'));
}

/* Fuzz targets of the request layer: the whole request as the FastCGI layer hands it over,
 * query strings, cookies and multipart bodies. */
#include "fuzz.h"
#include "http.h"
#include "params.h"
#include "router.h"

#include <stdlib.h>
#include <string.h>

#define FUZZ_MAX_ENV	64
#define FUZZ_MAX_BODY	65536

static int
no_page(struct request *req)
{
	(void)req;
	return 200;
}

static const char *const sorts[] = { "name", "name_desc", "date", NULL };

/* Every parameter type, repeated and required ones included. */
static const struct param_decl decls[] = {
	{ .name = "q", .type = PARAM_TEXT, .max = 100 },
	{ .name = "zone", .type = PARAM_SLUG, .multi = true, .max_count = 3 },
	{ .name = "sort", .type = PARAM_ENUM, .choices = sorts },
	{ .name = "min_ha", .type = PARAM_DECIMAL, .min = 0, .max = 1000000 },
	{ .name = "page", .type = PARAM_INT, .min = 1, .max = 1000000 },
	{ .name = "on", .type = PARAM_DATE },
	{ .name = "csrf", .type = PARAM_TEXT, .max = 64, .required = true },
	{ .name = NULL },
};

/* The shapes of the programs' route tables (cgi-bin/{public,staff}/app.c). */
const struct route fuzz_routes[] = {
	{ "/", METHOD_GET | METHOD_HEAD, ROLE_NONE, no_page, decls, NULL, ERRORS_HTML },
	{ "/zones/{}", METHOD_GET | METHOD_HEAD, ROLE_NONE, no_page, decls, NULL, ERRORS_HTML },
	{ "/zones/{}/changes", METHOD_GET, ROLE_NONE, no_page, NULL, NULL, ERRORS_HTML },
	{ "/projects/{}/changes", METHOD_GET, ROLE_NONE, no_page, decls, NULL, ERRORS_HTML },
	{ "/api/v1/{}/{}/{}", METHOD_GET, ROLE_NONE, no_page, NULL, NULL, ERRORS_HTML },
	{ "/staff/changes/{}/{}", METHOD_POST, ROLE_REVIEWER, no_page, decls, NULL, ERRORS_HTML },
	{ "/staff/import", METHOD_GET | METHOD_POST, ROLE_EDITOR, no_page, decls, NULL, ERRORS_HTML },
	{ NULL, 0, 0, NULL, NULL, NULL, ERRORS_HTML },
};

struct mem_body {
	const char	*p;
	size_t		 n;
};

static size_t
mem_read(void *ctx, char *out, size_t n)
{
	struct mem_body *b = ctx;
	size_t k = n < b->n ? n : b->n;

	memcpy(out, b->p, k);
	b->p += k;
	b->n -= k;
	return k;
}

/* Input: the FastCGI parameters as NUL-terminated "NAME=value" strings, an empty one, then
 * the body. The request is built, routed and its parameters validated. */
int
fuzz_request(const uint8_t *data, size_t n)
{
	char *s = xstrndup((const char *)data, n), *p = s, *envp[FUZZ_MAX_ENV + 1];
	unsigned int nenv = 0, allowed;
	struct mem_body body = { "", 0 };
	struct request req;
	char session[65];

	while (p < s + n && *p != '\0' && nenv < FUZZ_MAX_ENV) {
		envp[nenv++] = p;
		p += strlen(p) + 1;
	}
	envp[nenv] = NULL;
	if (p < s + n && *p == '\0') {
		body.p = p + 1;
		body.n = (size_t)(s + n - body.p);
	}
	if (http_request_parse(&req, envp, mem_read, &body, FUZZ_MAX_BODY) == 0 &&
	    router_match(fuzz_routes, &req, &allowed) == 0 && req.route->params != NULL) {
		struct param_error err;

		(void)params_validate(&req, req.route->params,
		    req.method == METHOD_POST ? PARAM_FORM : PARAM_QUERY, &err);
		(void)param_text(&req, "q");
		(void)param_int(&req, "page", 1);
	}
	(void)http_cookie(http_env(&req, "HTTP_COOKIE"), "minhbach_session", session,
	    sizeof(session));
	http_request_free(&req);
	free(s);
	return 0;
}

/* Input: a query string (or an urlencoded form body). */
int
fuzz_query(const uint8_t *data, size_t n)
{
	char *s = xstrndup((const char *)data, n);
	struct kv_list l = { NULL, 0 };
	const char *bad;
	char *d;

	(void)kv_parse(&l, s, n, &bad);
	(void)kv_get(&l, "q");
	kv_free(&l);
	free(url_decode(s, n, false));
	if ((d = url_decode(s, n, true)) != NULL) {
		struct buf b;

		/* what is decoded encodes and decodes back to itself */
		buf_init(&b);
		url_encode(&b, d);
		buf_append(&b, "", 0);
		free(url_decode(b.data, b.len, true));
		buf_free(&b);
		free(d);
	}
	free(s);
	return 0;
}

/* Input: a cookie name, a newline, a Cookie header. */
int
fuzz_cookie(const uint8_t *data, size_t n)
{
	char *name, *header, out[65], tiny[4];
	const uint8_t *rest;
	size_t restn;

	fuzz_split(data, n, &name, &rest, &restn);
	header = xstrndup((const char *)rest, restn);
	if (http_cookie(header, name, out, sizeof(out)) && strlen(out) >= sizeof(out))
		abort();
	(void)http_cookie(header, name, tiny, sizeof(tiny));
	(void)http_cookie(header, "minhbach_session", out, sizeof(out));
	free(header);
	free(name);
	return 0;
}

/* Input: a Content-Type, a newline, the body (in a buffer of exactly its size). */
int
fuzz_multipart(const uint8_t *data, size_t n)
{
	char *ctype, *body;
	const uint8_t *rest;
	size_t restn;
	struct kv_list fields = { NULL, 0 };
	struct upload_list files = { NULL, 0 };

	fuzz_split(data, n, &ctype, &rest, &restn);
	body = fuzz_copy(rest, restn);
	if (multipart_parse(ctype, body, restn, &fields, &files) == 0)
		for (unsigned int i = 0; i < files.count; i++)
			if (files.items[i].data < body || files.items[i].data + files.items[i].len > body + restn)
				abort();	/* an upload outside the body */
	(void)upload_get(&files, "file");
	kv_free(&fields);
	upload_list_free(&files);
	free(body);
	free(ctype);
	return 0;
}

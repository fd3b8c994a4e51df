/* Fuzz targets of the library's other parsers: typed parameters, routes, the configuration
 * file, CSV and safe XML; and what every target shares. */
#include "fuzz.h"
#include "buf.h"
#include "config.h"
#include "csv.h"
#include "http.h"
#include "params.h"
#include "router.h"
#include "xmlsafe.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *
fuzz_copy(const uint8_t *data, size_t n)
{
	char *p = xmalloc(n ? n : 1);

	memcpy(p, data, n);
	return p;
}

void
fuzz_split(const uint8_t *data, size_t n, char **head, const uint8_t **rest, size_t *restn)
{
	const uint8_t *nl = memchr(data, '\n', n);
	size_t hn = nl ? (size_t)(nl - data) : n;

	*head = xstrndup((const char *)data, hn);
	*rest = nl ? nl + 1 : data + n;
	*restn = nl ? n - hn - 1 : 0;
}

void
fuzz_init(void)
{
	static bool done;

	if (done)
		return;
	done = true;
	xmlsafe_init();
}

static const char *const colours[] = { "red", "green", "vàng", NULL };

/* Input: one byte choosing the type and bounds, then the value; the value is also checked
 * as a whole query string against declarations of every type. */
int
fuzz_params(const uint8_t *data, size_t n)
{
	static const long long bounds[][2] = { { 0, 100 }, { -5, 5 }, { 1990, 2100 },
	    { 0, 1000000000000000LL } };
	struct param_decl d = { .name = "v", .choices = colours };
	struct param_decl decls[] = {
		{ .name = "t", .type = PARAM_TEXT, .max = 10, .multi = true },
		{ .name = "i", .type = PARAM_INT, .min = -3, .max = 3000 },
		{ .name = "d", .type = PARAM_DECIMAL, .min = 0, .max = 90 },
		{ .name = "s", .type = PARAM_SLUG, .multi = true, .max_count = 2 },
		{ .name = "e", .type = PARAM_ENUM, .choices = colours },
		{ .name = "on", .type = PARAM_DATE, .required = true },
		{ .name = NULL },
	};
	struct request req;
	struct route r = { "/", METHOD_GET, ROLE_NONE, NULL, decls, NULL, ERRORS_HTML };
	struct param_error err;
	const char *bad;
	long long iv;
	double dv;
	char *v;

	if (n == 0)
		return 0;
	d.type = (enum param_type)(data[0] % 6);
	d.min = bounds[(data[0] >> 3) & 3][0];
	d.max = bounds[(data[0] >> 3) & 3][1];
	v = xstrndup((const char *)data + 1, n - 1);
	if (param_check(&d, v, &iv, &dv) == NULL && d.type == PARAM_INT && (iv < d.min || iv > d.max))
		abort();	/* a value out of its bounds accepted */
	memset(&req, 0, sizeof(req));
	req.route = &r;
	if (kv_parse(&req.query, v, n - 1, &bad) == 0 &&
	    params_validate(&req, decls, PARAM_QUERY, &err) == 0) {
		(void)param_text(&req, "t");
		(void)param_int(&req, "i", 0);
	}
	params_free(&req);
	kv_free(&req.query);
	free(v);
	return 0;
}

/* Input: a pattern, a newline, a path; the path is also routed through a table. */
int
fuzz_router(const uint8_t *data, size_t n)
{
	char *pattern, *path, *args[4];
	const uint8_t *rest;
	size_t restn;
	unsigned int nargs, allowed;
	struct request req;

	fuzz_split(data, n, &pattern, &rest, &restn);
	path = xstrndup((const char *)rest, restn);
	if (router_pattern_match(pattern, path, args, &nargs))
		while (nargs > 0)
			free(args[--nargs]);
	memset(&req, 0, sizeof(req));
	req.path = path;
	req.method = n > 0 && data[0] == '/' ? METHOD_GET : METHOD_POST;
	if (router_match(fuzz_routes, &req, &allowed) == 0 && req.npath_args > 4)
		abort();
	req.path = NULL;
	http_request_free(&req);
	free(path);
	free(pattern);
	return 0;
}

/* Input: a configuration file. */
int
fuzz_config(const uint8_t *data, size_t n)
{
	struct config cfg;
	FILE *f;
	long v;

	if (n == 0 || (f = fmemopen((void *)data, n, "r")) == NULL)
		return 0;
	if (config_read(&cfg, f, "fuzz.conf") == 0) {
		(void)config_get(&cfg, "listen", NULL);
		(void)config_int(&cfg, "workers", 4, 1, 64, &v);
		(void)config_warn_unused(&cfg);
	}
	config_free(&cfg);
	fclose(f);
	return 0;
}

/* Input: a CSV file (in a buffer of exactly its size). */
int
fuzz_csv(const uint8_t *data, size_t n)
{
	char *p = fuzz_copy(data, n);
	struct csv_reader r;
	struct csv_record rec;

	csv_init(&r, p, n);
	while (csv_next(&r, &rec) == 1) {
		for (unsigned int i = 0; i < rec.count; i++)
			if (!utf8_valid(rec.fields[i], strlen(rec.fields[i])))
				abort();	/* a field that is not UTF-8 text returned */
		csv_record_free(&rec);
	}
	free(p);
	return 0;
}

/* Input: an XML document from outside. */
int
fuzz_xmlsafe(const uint8_t *data, size_t n)
{
	char err[300];
	xmlDocPtr doc = xmlsafe_read_memory((const char *)data, n, err, sizeof(err));

	if (doc != NULL)
		xmlFreeDoc(doc);
	return 0;
}

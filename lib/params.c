/* Declared request parameters: each has a name and a validator that also parses it.
 * Handlers see only validated values; a bad value is answered with 400 naming the field. */
#include "params.h"
#include "buf.h"
#include "http.h"
#include "router.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static size_t
utf8_chars(const char *s)
{
	size_t n = 0;

	for (; *s != '\0'; s++)
		if (((unsigned char)*s & 0xc0) != 0x80)
			n++;
	return n;
}

static bool
date_valid(const char *s)
{
	static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	int y, m, d, leap;

	if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return false;
	for (int k = 0; k < 10; k++)
		if (k != 4 && k != 7 && !isdigit((unsigned char)s[k]))
			return false;
	y = atoi(s);
	m = atoi(s + 5);
	d = atoi(s + 8);
	if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1)
		return false;
	leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	return d <= days[m - 1] + (m == 2 && leap);
}

/* An absolute http(s) URL of at most max bytes: NULL, or the catalog key of the reason. */
static const char *
url_check(const char *v, size_t max)
{
	size_t n = strlen(v);
	const char *host;

	if (n > max)
		return "error.param.too_long";
	if (strncasecmp(v, "https://", 8) == 0)
		host = v + 8;
	else if (strncasecmp(v, "http://", 7) == 0)
		host = v + 7;
	else
		return "error.param.url";
	if (*host == '\0' || strchr("/?#:@", *host) != NULL || !utf8_valid(v, n))
		return "error.param.url";
	for (const char *c = v; *c != '\0'; c++)
		if ((unsigned char)*c <= ' ' || *c == 0x7f || strchr("\"'<>\\`", *c) != NULL)
			return "error.param.url";
	return NULL;
}

const char *
param_check(const struct param_decl *p, const char *v, long long *iv, double *dv)
{
	char *end;

	switch (p->type) {
	case PARAM_TEXT:
		if (!utf8_valid(v, strlen(v)))
			return "error.param.text";
		if (p->max > 0 && utf8_chars(v) > (size_t)p->max)
			return "error.param.too_long";
		return NULL;
	case PARAM_INT: {
		long long n;

		if (*v == '\0' || strlen(v) > 19)
			return "error.param.int";
		for (const char *c = v + (*v == '-'); *c != '\0'; c++)
			if (!isdigit((unsigned char)*c))
				return "error.param.int";
		errno = 0;
		n = strtoll(v, &end, 10);
		if (errno != 0 || *end != '\0')
			return "error.param.int";
		if (n < p->min || n > p->max)
			return "error.param.range";
		*iv = n;
		return NULL;
	}
	case PARAM_DECIMAL: {
		char num[25];
		double d;
		int dots = 0;

		if (*v == '\0' || strlen(v) > 24)
			return "error.param.decimal";
		/* the decimal comma people write in Vietnamese, as a point for strtod */
		for (size_t k = 0; k <= strlen(v); k++) {
			num[k] = v[k] == ',' ? '.' : v[k];
			if (num[k] == '.')
				dots++;
			else if (num[k] != '\0' && !isdigit((unsigned char)num[k]))
				return "error.param.decimal";
		}
		if (dots > 1 || *num == '.')
			return "error.param.decimal";
		d = strtod(num, &end);
		if (*end != '\0')
			return "error.param.decimal";
		if (d < (double)p->min || d > (double)p->max)
			return "error.param.range";
		*dv = d;
		return NULL;
	}
	case PARAM_SLUG: {
		size_t n = strlen(v);

		if (n == 0 || n > 80)
			return "error.param.slug";
		for (const char *c = v; *c != '\0'; c++)
			if (!((*c >= 'a' && *c <= 'z') || (*c >= '0' && *c <= '9') || *c == '-'))
				return "error.param.slug";
		return NULL;
	}
	case PARAM_ENUM:
		for (long long k = 0; p->choices[k] != NULL; k++)
			if (strcmp(p->choices[k], v) == 0) {
				*iv = k;
				return NULL;
			}
		return "error.param.enum";
	case PARAM_DATE:
		return date_valid(v) ? NULL : "error.param.date";
	case PARAM_URL:
		return url_check(v, p->max > 0 ? (size_t)p->max : 2000);
	}
	return "error.param.text";
}

/* A request's code in the form the declaration lists it: a slug in lower case ("JP" is
 * "jp"), a choice as spelled in choices ("Revoked" is "revoked"). In place: the value keeps
 * its length. */
static void
param_normalize(const struct param_decl *p, char *v)
{
	if (p->type == PARAM_SLUG) {
		for (char *c = v; *c != '\0'; c++)
			if (*c >= 'A' && *c <= 'Z')
				*c = (char)(*c - 'A' + 'a');
	} else if (p->type == PARAM_ENUM) {
		for (unsigned int k = 0; p->choices[k] != NULL; k++)
			if (strcasecmp(p->choices[k], v) == 0) {
				memcpy(v, p->choices[k], strlen(v));
				return;
			}
	}
}

/* Each DECIMAL with not_below that is less than the parameter it names: -1 with *err. */
static int
params_order(const struct request *req, const struct param_decl *decls, unsigned int n,
    struct param_error *err)
{
	for (unsigned int k = 0; k < n; k++) {
		if (decls[k].not_below == NULL || req->params[k].count == 0)
			continue;
		for (unsigned int j = 0; j < n; j++)
			if (strcmp(decls[j].name, decls[k].not_below) == 0 &&
			    req->params[j].count > 0 && req->params[k].d[0] < req->params[j].d[0]) {
				err->field = decls[k].name;
				err->reason_key = "error.param.below_min";
				return -1;
			}
	}
	return 0;
}

int
params_validate(struct request *req, const struct param_decl *decls, enum param_source src,
    struct param_error *err)
{
	const struct kv_list *l = src == PARAM_FORM ? &req->form : &req->query;
	unsigned int n = 0;

	while (decls[n].name != NULL)
		n++;
	params_free(req);
	req->params = xcalloc(n ? n : 1, sizeof(*req->params));
	for (unsigned int k = 0; k < n; k++) {
		const struct param_decl *p = &decls[k];
		struct param_value *pv = &req->params[k];

		for (unsigned int i = 0; i < l->count; i++) {
			char *v = l->items[i].value;
			const char *why;

			if (strcmp(l->items[i].key, p->name) != 0)
				continue;
			/* an empty field is "not given": forms send empty selects that way */
			if (*v == '\0')
				continue;
			if (pv->count > 0 && !p->multi) {
				err->field = p->name;
				err->reason_key = "error.param.repeated";
				return -1;
			}
			if (pv->count == PARAM_MULTI_MAX ||
			    (p->max_count > 0 && pv->count == p->max_count)) {
				err->field = p->name;
				err->reason_key = "error.param.too_many";
				return -1;
			}
			param_normalize(p, v);
			if ((why = param_check(p, v, &pv->i[pv->count], &pv->d[pv->count])) != NULL) {
				err->field = p->name;
				err->reason_key = why;
				return -1;
			}
			pv->text[pv->count++] = v;
		}
		if (p->required && pv->count == 0) {
			err->field = p->name;
			err->reason_key = "error.param.required";
			return -1;
		}
	}
	return params_order(req, decls, n, err);
}

void
params_free(struct request *req)
{
	free(req->params);
	req->params = NULL;
}

const struct param_value *
param(const struct request *req, const char *name)
{
	const struct param_decl *d;

	if (req->route == NULL || req->params == NULL || (d = req->route->params) == NULL)
		return NULL;
	for (unsigned int k = 0; d[k].name != NULL; k++)
		if (strcmp(d[k].name, name) == 0)
			return &req->params[k];
	return NULL;
}

const char *
param_text(const struct request *req, const char *name)
{
	const struct param_value *v = param(req, name);

	return v != NULL && v->count > 0 ? v->text[0] : NULL;
}

long long
param_int(const struct request *req, const char *name, long long def)
{
	const struct param_value *v = param(req, name);

	return v != NULL && v->count > 0 ? v->i[0] : def;
}

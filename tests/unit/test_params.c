/* Unit tests: declared parameters and their validators. */
#include "http.h"
#include "params.h"
#include "router.h"
#include "tap.h"

#include <stdlib.h>

static const char *const kinds[] = { "kcn", "kkt", NULL };

static const struct param_decl decls[] = {
	{ .name = "kind", .type = PARAM_ENUM, .choices = kinds },
	{ .name = "page", .type = PARAM_INT, .min = 1, .max = 1000 },
	{ .name = "min_ha", .type = PARAM_DECIMAL, .min = 0, .max = 100000 },
	{ .name = "q", .type = PARAM_TEXT, .max = 10 },
	{ .name = "zone", .type = PARAM_SLUG, .multi = true },
	{ .name = "from", .type = PARAM_DATE },
	{ .name = "max_ha", .type = PARAM_DECIMAL, .min = 0, .max = 100000, .not_below = "min_ha" },
	{ .name = NULL },
};

static const struct route route = { "/x", METHOD_GET, ROLE_NONE, NULL, decls, NULL, ERRORS_HTML };

static int
check(const char *query, const char **field, const char **reason, struct request *req)
{
	struct param_error err = { NULL, NULL };
	const char *bad;
	int rc;

	memset(req, 0, sizeof(*req));
	req->route = &route;
	if (kv_parse(&req->query, query, strlen(query), &bad) != 0)
		return -2;
	rc = params_validate(req, decls, PARAM_QUERY, &err);
	*field = err.field;
	*reason = err.reason_key;
	return rc;
}

static void
release(struct request *req)
{
	kv_free(&req->query);
	params_free(req);
}

int
main(void)
{
	struct request req;
	const char *field, *reason;

	ok(check("kind=kkt&page=3&min_ha=12.5&q=v%C3%A2n+don&zone=a&zone=b-2&from=2024-02-29",
	    &field, &reason, &req) == 0, "good values pass");
	ok(param_int(&req, "kind", -1) == 1, "enum gives its index");
	ok(param_int(&req, "page", 0) == 3, "int parsed");
	ok(param(&req, "min_ha")->d[0] == 12.5, "decimal parsed");
	is_str(param_text(&req, "q"), "vân don", "text decoded");
	ok(param(&req, "zone")->count == 2, "multi value kept twice");
	release(&req);

	ok(check("kind=KKT&zone=Van-Don&min_ha=12,5&max_ha=12,5", &field, &reason, &req) == 0,
	    "codes in any case and the decimal comma pass");
	ok(param_int(&req, "kind", -1) == 1 && strcmp(param_text(&req, "kind"), "kkt") == 0,
	    "an enum is its choice as declared");
	is_str(param_text(&req, "zone"), "van-don", "a slug is lower-cased");
	ok(param(&req, "min_ha")->d[0] == 12.5, "12,5 is 12.5");
	release(&req);
	ok(check("min_ha=12,5,1", &field, &reason, &req) == -1 &&
	    strcmp(reason, "error.param.decimal") == 0, "two separators refused");
	release(&req);
	ok(check("min_ha=20&max_ha=12.5", &field, &reason, &req) == -1 &&
	    strcmp(field, "max_ha") == 0 && strcmp(reason, "error.param.below_min") == 0,
	    "a maximum below its minimum is refused, naming the maximum");
	release(&req);
	ok(check("max_ha=1", &field, &reason, &req) == 0, "a maximum alone is fine");
	release(&req);
	ok(check("kind=xyz", &field, &reason, &req) == -1, "unknown enum refused");
	is_str(field, "kind", "the error names the field");
	is_str(reason, "error.param.enum", "and the reason");
	release(&req);
	ok(check("page=0", &field, &reason, &req) == -1 && strcmp(reason, "error.param.range") == 0,
	    "int below range refused");
	release(&req);
	ok(check("page=12abc", &field, &reason, &req) == -1 && strcmp(reason, "error.param.int") == 0,
	    "int with junk refused");
	release(&req);
	ok(check("page=99999999999999999999", &field, &reason, &req) == -1, "int overflow refused");
	release(&req);
	ok(check("min_ha=-1", &field, &reason, &req) == -1, "negative decimal refused");
	release(&req);
	ok(check("min_ha=1e5", &field, &reason, &req) == -1, "exponent refused");
	release(&req);
	ok(check("q=12345678901", &field, &reason, &req) == -1 &&
	    strcmp(reason, "error.param.too_long") == 0, "text over its length refused");
	release(&req);
	ok(check("q=%C4%90%E1%BB%93n%C4%90%E1%BB%93n%C4%90%E1%BB%93", &field, &reason, &req) == 0,
	    "length counts characters, not bytes");
	release(&req);
	ok(check("zone=Van_Don", &field, &reason, &req) == -1, "bad slug refused");
	release(&req);
	ok(check("from=2023-02-29", &field, &reason, &req) == -1, "impossible date refused");
	release(&req);
	ok(check("page=1&page=2", &field, &reason, &req) == -1 &&
	    strcmp(reason, "error.param.repeated") == 0, "repeated single value refused");
	release(&req);
	ok(check("kind=&page=", &field, &reason, &req) == 0 && param(&req, "kind")->count == 0,
	    "empty values count as absent");
	release(&req);
	ok(check("other=1", &field, &reason, &req) == 0, "undeclared parameters are ignored");
	release(&req);
	ok(check("q=%ZZ", &field, &reason, &req) == -2, "bad percent escape refused by the parser");
	release(&req);
	{
		static const struct param_decl url = { .name = "doc_url", .type = PARAM_URL, .max = 40 };
		static const char *const good[] = { "https://vanbanphapluat.vn/qd-12",
		    "HTTP://example.org", "http://h.vn/a?b=c#d" };
		static const char *const bad[] = { "javascript:alert(1)", "ftp://h.vn/x", "https://",
		    "https:///path", "//h.vn/x", "http://h.vn/a b", "http://h.vn/\"x\"",
		    "http://h.vn/<b>", "http://h.vn/\x01" };
		long long i;
		double d;

		for (size_t k = 0; k < sizeof(good) / sizeof(good[0]); k++)
			ok(param_check(&url, good[k], &i, &d) == NULL, "URL %s accepted", good[k]);
		for (size_t k = 0; k < sizeof(bad) / sizeof(bad[0]); k++)
			is_str(param_check(&url, bad[k], &i, &d), "error.param.url",
			    "URL refused: %s", bad[k]);
		is_str(param_check(&url, "https://example.org/a-very-long-path-indeed", &i, &d),
		    "error.param.too_long", "URL longer than its bound refused");
	}
	return done();
}

/* Unit tests: the route table and path patterns. */
#include "http.h"
#include "router.h"
#include "tap.h"

#include <stdlib.h>

static int handler(struct request *r) { (void)r; return 200; }

static const struct route routes[] = {
	{ "/", METHOD_GET | METHOD_HEAD, ROLE_NONE, handler, NULL, NULL, ERRORS_HTML },
	{ "/zones", METHOD_GET, ROLE_NONE, handler, NULL, NULL, ERRORS_HTML },
	{ "/zones/{}", METHOD_GET, ROLE_NONE, handler, NULL, NULL, ERRORS_HTML },
	{ "/indices/{}/{}", METHOD_GET, ROLE_NONE, handler, NULL, NULL, ERRORS_HTML },
	{ "/staff/login", METHOD_POST, ROLE_NONE, handler, NULL, NULL, ERRORS_HTML },
	{ "/staff/", METHOD_GET, ROLE_NONE, handler, NULL, NULL, ERRORS_HTML },
	{ NULL, 0, 0, NULL, NULL, NULL, ERRORS_HTML },
};

static char path_buf[256];

static int
match(const char *path, enum http_method m, struct request *req, unsigned int *allowed)
{
	memset(req, 0, sizeof(*req));
	snprintf(path_buf, sizeof(path_buf), "%s", path);	/* router_match may shorten it */
	req->path = path_buf;
	req->method = m;
	return router_match(routes, req, allowed);
}

static void
release(struct request *req)
{
	for (unsigned int i = 0; i < req->npath_args; i++)
		free(req->path_args[i]);
}

int
main(void)
{
	struct request req;
	unsigned int allowed;

	ok(match("/", METHOD_GET, &req, &allowed) == 0 && req.route == &routes[0], "root matches");
	ok(match("/zones", METHOD_GET, &req, &allowed) == 0 && req.route == &routes[1],
	    "literal path matches");
	ok(match("/zones/van-don", METHOD_GET, &req, &allowed) == 0 && req.route == &routes[2] &&
	    req.npath_args == 1 && strcmp(req.path_args[0], "van-don") == 0,
	    "segment captured");
	release(&req);
	ok(match("/indices/pci/2020", METHOD_GET, &req, &allowed) == 0 && req.npath_args == 2 &&
	    strcmp(req.path_args[1], "2020") == 0, "two segments captured");
	release(&req);
	ok(match("/indices//2020", METHOD_GET, &req, &allowed) == 404, "empty segment does not match");
	ok(match("/zones/", METHOD_GET, &req, &allowed) == 0 && req.route == &routes[1],
	    "a trailing slash is the path without it");
	release(&req);
	ok(match("/zones/van-don//", METHOD_GET, &req, &allowed) == 0 && req.route == &routes[2] &&
	    strcmp(req.path_args[0], "van-don") == 0, "so are trailing slashes");
	release(&req);
	ok(match("/", METHOD_GET, &req, &allowed) == 0 && req.route == &routes[0], "the root stays");
	ok(match("/staff/", METHOD_GET, &req, &allowed) == 0 && req.route == &routes[5],
	    "a route that ends with a slash is matched with it");
	ok(match("/staff/login/", METHOD_GET, &req, &allowed) == 405, "without it, as the path without");
	ok(match("/zones/a/b", METHOD_GET, &req, &allowed) == 404, "extra segment does not match");
	ok(match("/zonesx", METHOD_GET, &req, &allowed) == 404, "prefix alone does not match");
	ok(match("/nowhere", METHOD_GET, &req, &allowed) == 404, "unknown path is 404");
	ok(match("/zones", METHOD_POST, &req, &allowed) == 405 && allowed == METHOD_GET,
	    "wrong method is 405 with the allowed ones");
	ok(match("/staff/login", METHOD_GET, &req, &allowed) == 405 && allowed == METHOD_POST,
	    "POST-only route refuses GET");
	ok(match("/zones", 0, &req, &allowed) == 405, "unknown method is 405");
	return done();
}

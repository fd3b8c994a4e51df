/* The route table: path pattern → handler, allowed methods, required role, parameters. */
#include "router.h"
#include "buf.h"
#include "http.h"

#include <stdlib.h>
#include <string.h>

int
router_pattern_match(const char *pat, const char *path, char **args, unsigned int *nargs)
{
	unsigned int n = 0;

	while (*pat != '\0' && *path != '\0') {
		if (pat[0] == '{' && pat[1] == '}') {
			const char *end = strchr(path, '/');
			size_t len = end ? (size_t)(end - path) : strlen(path);

			if (len == 0 || n == 4)
				goto fail;
			args[n++] = xstrndup(path, len);
			path += len;
			pat += 2;
			continue;
		}
		if (*pat != *path)
			goto fail;
		pat++;
		path++;
	}
	if (*pat != '\0' || *path != '\0')
		goto fail;
	*nargs = n;
	return 1;
fail:
	while (n > 0)
		free(args[--n]);
	*nargs = 0;
	return 0;
}

static int
router_find(const struct route *routes, struct request *req, unsigned int *allowed)
{
	*allowed = 0;
	for (const struct route *r = routes; r->pattern != NULL; r++) {
		char *args[4];
		unsigned int nargs;

		if (!router_pattern_match(r->pattern, req->path, args, &nargs))
			continue;
		if ((r->methods & req->method) == 0) {
			*allowed |= r->methods;
			while (nargs > 0)
				free(args[--nargs]);
			continue;
		}
		req->route = r;
		memcpy(req->path_args, args, sizeof(args[0]) * nargs);
		req->npath_args = nargs;
		return 0;
	}
	return *allowed ? 405 : 404;
}

int
router_match(const struct route *routes, struct request *req, unsigned int *allowed)
{
	int status = router_find(routes, req, allowed);
	size_t len = strlen(req->path);

	/* "/api/v1/" is "/api/v1", "/projects/" is "/projects", unless a route ends with the
	 * slash ("/staff/") */
	if (status != 404 || len < 2 || req->path[len - 1] != '/')
		return status;
	while (len > 1 && req->path[len - 1] == '/')
		req->path[--len] = '\0';
	return router_find(routes, req, allowed);
}

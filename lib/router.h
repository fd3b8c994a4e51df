/* The route table: path pattern → handler, allowed methods, required role, parameters. */
#ifndef MB_ROUTER_H
#define MB_ROUTER_H

#include "params.h"

struct request;

/* A handler returns an HTTP status. 200 (or any 2xx) sends the page it wrote (a route whose
 * template is RENDER_WRITTEN) or renders the route's template with the request's data
 * document; 4xx and 5xx render the error page; PAGE_DONE means the handler
 * wrote the whole response itself (downloads, redirects). PAGE_DONE is neither an HTTP
 * status nor 0, the "no error" of the helpers: a helper's 0 returned by mistake is caught
 * (logged, and a 500 when nothing was written) instead of passing for an answer. */
#define PAGE_DONE	1
typedef int (*page_fn)(struct request *);

enum role {
	ROLE_NONE,	/* anyone */
	ROLE_STAFF,	/* any signed-in staff user */
	ROLE_EDITOR,
	ROLE_REVIEWER,
	ROLE_ADMIN,
};

/* How the pipeline answers a route's errors (a bad parameter, a status the handler returns
 * without answering): the error page, or JSON through the program's json_error. */
enum route_errors { ERRORS_HTML, ERRORS_JSON };

struct route {
	const char		*pattern;	/* "/zones/{}": {} matches one path segment */
	unsigned int		 methods;	/* METHOD_GET | METHOD_HEAD | METHOD_POST */
	enum role		 role;
	page_fn			 handler;
	const struct param_decl	*params;	/* query for GET/HEAD, form for POST; may be NULL */
	/* name under templates/, without .xsl; "file#view" renders with file.xsl and
	 * puts view in the document as /page/@view (one stylesheet for many pages) */
	const char		*template;
	enum route_errors	 errors;
};

/* Finds the route for req->path and req->method and stores it with its path arguments
 * in req. Returns 0, 404 when no pattern matches, 405 when one matches but not the
 * method (*allowed then holds the methods that would be). */
int	router_match(const struct route *, struct request *, unsigned int *allowed);
/* True when pattern matches path; fills up to 4 captured segments (caller frees). */
int	router_pattern_match(const char *pattern, const char *path, char **args, unsigned int *nargs);

#endif

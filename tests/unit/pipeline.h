/* For the pipeline tests: one request built in memory (FastCGI parameters and a body) run
 * through server_handle, its response captured. */
#ifndef MB_TEST_PIPELINE_H
#define MB_TEST_PIPELINE_H

#include <stdlib.h>
#include <string.h>

#include "http.h"
#include "server.h"

struct pipeline_body {
	const char	*p;
	size_t		 n;
};

static inline size_t
pipeline_read(void *ctx, char *out, size_t n)
{
	struct pipeline_body *b = ctx;

	n = n < b->n ? n : b->n;
	memcpy(out, b->p, n);
	b->p += n;
	b->n -= n;
	return n;
}

/* The whole response (status line, headers, body) to envp ("NAME=value", NULL-terminated)
 * and body (may be NULL), or NULL when the request cannot be read. Free it. */
static inline char *
pipeline_run(struct worker *w, char **envp, const char *body)
{
	struct pipeline_body b = { body ? body : "", body ? strlen(body) : 0 };
	struct request req;
	struct buf out;
	char *s;

	if (http_request_parse(&req, envp, pipeline_read, &b, 1 << 20) != 0) {
		http_request_free(&req);
		return NULL;
	}
	buf_init(&out);
	req.out = &out;
	server_handle(w, &req);
	http_start(&req);
	if (req.doc != NULL)
		xmlFreeDoc(req.doc);
	http_request_free(&req);
	s = strndup(out.data != NULL ? out.data : "", out.len);
	buf_free(&out);
	return s;
}

#endif

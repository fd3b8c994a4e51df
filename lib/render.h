/* XSLT templates compiled once per worker, the per-request data document, and the
 * rendering of pages and error pages. */
#ifndef MB_RENDER_H
#define MB_RENDER_H

#include "buf.h"
#include <libxml/tree.h>

#include "params.h"

struct request;
struct route;

/* The template name of a page its handler wrote in C (lib/html.h) through the program's
 * writer, instead of a data document for a template. */
#define RENDER_WRITTEN	"(written)"
struct param_error;
/* A program that writes its pages in C: the whole page around what the handler wrote, and
 * the error page for a status (perr: the field of a 400, or NULL), appended to out. */
struct render_writer {
	/* returns the media type of what it wrote */
	const char *(*page)(struct request *, struct buf *out);
	void	(*error)(struct request *, int status, const struct param_error *,
		    struct buf *out);
};
void		 render_set_writer(const struct render_writer *);

/* Compiles every template the routes name, plus "error", from dir (dir/NAME.xsl).
 * Returns 0, or -1 after logging which template failed. */
int		 render_init(const char *dir, const struct route *);
void		 render_free(void);

/* Starts the data document: <page lang="vi" base="" path="/zones" query="…">. */
xmlNodePtr	 render_begin(struct request *);
/* Appends <name>text</name> (text escaped by libxml2; NULL text: nothing appended).
 * Returns the new element. */
xmlNodePtr	 xml_text(xmlNodePtr parent, const char *name, const char *text);
xmlNodePtr	 xml_elem(xmlNodePtr parent, const char *name);
void		 xml_attr(xmlNodePtr, const char *name, const char *value);
void		 xml_attr_int(xmlNodePtr, const char *name, long long value);

/* Renders template name over the request's document and writes the response with the
 * status already set. Returns 0, or -1 when rendering failed (nothing was written). */
int		 render_page(struct request *, const char *name);
struct cached_page;
/* Writes a page kept by the worker's page cache (render_page stored it when the request
 * had a page_cache_key): the same headers, a 304 when the client's copy matches.
 * Returns -1 once the client is gone. */
int		 render_cached(struct request *, const struct cached_page *);
/* Writes the error page for status in the request's language, adding <error> to the
 * request's document (started when there is none); perr names the field for a 400, or
 * is NULL. A 503 carries Retry-After. */
void		 render_error(struct request *, int status, const struct param_error *perr);
/* Renders into out (appended; the caller frees it). Returns 0 or -1. */
int		 render_to_memory(struct request *, const char *name, struct buf *out,
		    const char **media_type);

#endif

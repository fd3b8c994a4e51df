/* A worker's cache of rendered pages, valid for one data generation: every publication
 * increments the generation (table data_generation), and a page rendered under an older
 * one is never served again. */
#ifndef MB_PAGECACHE_H
#define MB_PAGECACHE_H

#include <stddef.h>

/* One cached response: what http_send needs to answer it again. */
struct cached_page {
	const char	*body;
	size_t		 len;
	const char	*content_type;
	const char	*content_language;
	const char	*last_modified;	/* may be "" */
	const char	*cache_control;
	const char	*etag;
	const char	*headers;	/* the handler's own headers, "Name: value\n" each; may be "" */
};

/* Sets the budget (bytes of pages kept; 0 disables the cache). Call before the accept
 * loop; the cache starts empty. */
void	pagecache_init(size_t budget);
/* Drops every page and frees the memory. */
void	pagecache_free(void);
/* The page stored under key for this generation and day (the UTC date, since pages say
 * what is overdue today), or NULL. Pages of any other generation are dropped first. The
 * result is valid until the next pagecache_put or pagecache_free. */
const struct cached_page *pagecache_get(const char *key, unsigned long long generation, long day);
/* Stores a copy of the page (the least recently used ones make room; a page larger than
 * a quarter of the budget is not kept). */
void	pagecache_put(const char *key, unsigned long long generation, long day,
	    const struct cached_page *);
/* Pages and bytes held, for tests and logs. */
void	pagecache_stats(unsigned long *pages, size_t *bytes);

#endif

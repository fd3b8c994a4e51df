/* A worker's cache of rendered pages, valid for one data generation (see pagecache.h).
 * A hash table of entries on a least-recently-used list, within a byte budget. It belongs
 * to one worker process: nothing is shared, nothing needs a lock. */
#include "pagecache.h"
#include "buf.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define PAGECACHE_BUCKETS	4096	/* a power of two */

struct entry {
	struct entry	*hash_next;
	struct entry	*newer, *older;	/* the LRU list */
	uint32_t	 hash;
	size_t		 size;		/* bytes charged to the budget */
	char		*key;
	struct cached_page page;	/* its strings point into data */
	char		*data;
};

static struct entry	*buckets[PAGECACHE_BUCKETS];
static struct entry	*newest, *oldest;
static size_t		 budget, used;
static unsigned long	 npages;
static unsigned long long cache_generation;
static long		 cache_day;

static uint32_t
hash_key(const char *s)
{
	uint32_t h = 2166136261u;	/* FNV-1a */

	for (; *s != '\0'; s++) {
		h ^= (unsigned char)*s;
		h *= 16777619u;
	}
	return h;
}

static void
lru_unlink(struct entry *e)
{
	if (e->newer != NULL)
		e->newer->older = e->older;
	else
		newest = e->older;
	if (e->older != NULL)
		e->older->newer = e->newer;
	else
		oldest = e->newer;
	e->newer = e->older = NULL;
}

static void
lru_push(struct entry *e)
{
	e->older = newest;
	e->newer = NULL;
	if (newest != NULL)
		newest->newer = e;
	newest = e;
	if (oldest == NULL)
		oldest = e;
}

static void
entry_drop(struct entry *e)
{
	struct entry **p = &buckets[e->hash & (PAGECACHE_BUCKETS - 1)];

	while (*p != e)
		p = &(*p)->hash_next;
	*p = e->hash_next;
	lru_unlink(e);
	used -= e->size;
	npages--;
	free(e->key);
	free(e->data);
	free(e);
}

static void
drop_all(void)
{
	while (oldest != NULL)
		entry_drop(oldest);
}

void
pagecache_init(size_t bytes)
{
	drop_all();
	budget = bytes;
	cache_generation = 0;
	cache_day = 0;
}

void
pagecache_free(void)
{
	drop_all();
	budget = 0;
}

/* A page of another generation or day is stale: drop them all at once. */
static void
check_validity(unsigned long long generation, long day)
{
	if (generation == cache_generation && day == cache_day)
		return;
	drop_all();
	cache_generation = generation;
	cache_day = day;
}

const struct cached_page *
pagecache_get(const char *key, unsigned long long generation, long day)
{
	uint32_t h;
	struct entry *e;

	if (budget == 0)
		return NULL;
	check_validity(generation, day);
	h = hash_key(key);
	for (e = buckets[h & (PAGECACHE_BUCKETS - 1)]; e != NULL; e = e->hash_next)
		if (e->hash == h && strcmp(e->key, key) == 0) {
			lru_unlink(e);
			lru_push(e);
			return &e->page;
		}
	return NULL;
}

/* Copies s into *p (with its terminator) and returns where it went. */
static const char *
put_string(char **p, const char *s)
{
	size_t n = strlen(s) + 1;
	char *at = *p;

	memcpy(at, s, n);
	*p += n;
	return at;
}

void
pagecache_put(const char *key, unsigned long long generation, long day,
    const struct cached_page *pg)
{
	const char *lm = pg->last_modified ? pg->last_modified : "";
	const char *hd = pg->headers ? pg->headers : "";
	size_t strings = strlen(pg->content_type) + strlen(pg->content_language) + strlen(lm) +
	    strlen(pg->cache_control) + strlen(pg->etag) + strlen(hd) + 6;
	size_t size = sizeof(struct entry) + strlen(key) + 1 + pg->len + strings;
	struct entry *e;
	char *p;
	uint32_t h;

	if (budget == 0 || size > budget / 4)
		return;
	check_validity(generation, day);
	h = hash_key(key);
	for (e = buckets[h & (PAGECACHE_BUCKETS - 1)]; e != NULL; e = e->hash_next)
		if (e->hash == h && strcmp(e->key, key) == 0) {
			entry_drop(e);
			break;
		}
	while (used + size > budget && oldest != NULL)
		entry_drop(oldest);
	e = xcalloc(1, sizeof(*e));
	e->hash = h;
	e->size = size;
	e->key = xstrdup(key);
	e->data = xmalloc(pg->len + strings);
	memcpy(e->data, pg->body, pg->len);
	e->page.body = e->data;
	e->page.len = pg->len;
	p = e->data + pg->len;
	e->page.content_type = put_string(&p, pg->content_type);
	e->page.content_language = put_string(&p, pg->content_language);
	e->page.last_modified = put_string(&p, lm);
	e->page.cache_control = put_string(&p, pg->cache_control);
	e->page.etag = put_string(&p, pg->etag);
	e->page.headers = put_string(&p, hd);
	e->hash_next = buckets[h & (PAGECACHE_BUCKETS - 1)];
	buckets[h & (PAGECACHE_BUCKETS - 1)] = e;
	lru_push(e);
	used += size;
	npages++;
}

void
pagecache_stats(unsigned long *pages, size_t *bytes)
{
	*pages = npages;
	*bytes = used;
}

/* Unit tests: the workers' page cache — hits, the generation and the day that invalidate
 * it, the byte budget and its least-recently-used eviction. */
#include "pagecache.h"
#include "tap.h"

#include <stdlib.h>

static struct cached_page
page(const char *body)
{
	struct cached_page p = { body, strlen(body), "text/html; charset=utf-8", "vi",
	    "Fri, 27 Nov 2026 10:00:00 GMT", "public, max-age=2", "\"abc\"", "Link: </x>\n" };

	return p;
}

int
main(void)
{
	const struct cached_page *got;
	struct cached_page p = page("<p>một</p>");
	char big[3000], key[32];
	unsigned long pages;
	size_t bytes;

	pagecache_init(0);
	pagecache_put("/zones?", 1, 100, &p);
	ok(pagecache_get("/zones?", 1, 100) == NULL, "a budget of 0 keeps nothing");

	pagecache_init(64 * 1024);
	ok(pagecache_get("/zones?", 1, 100) == NULL, "an empty cache misses");
	pagecache_put("/zones?", 1, 100, &p);
	got = pagecache_get("/zones?", 1, 100);
	ok(got != NULL && got->len == p.len && memcmp(got->body, p.body, p.len) == 0,
	    "a stored page comes back, the same bytes");
	is_str(got ? got->etag : NULL, "\"abc\"", "with its ETag");
	is_str(got ? got->last_modified : NULL, p.last_modified, "and its Last-Modified");
	is_str(got ? got->headers : NULL, "Link: </x>\n", "and the handler's headers");
	ok(pagecache_get("/zones?kind=kcn", 1, 100) == NULL, "another query is another page");
	ok(pagecache_get("/zones?", 2, 100) == NULL, "a new generation misses");
	ok(pagecache_get("/zones?", 1, 100) == NULL, "and has dropped the old pages");
	pagecache_put("/zones?", 2, 100, &p);
	ok(pagecache_get("/zones?", 2, 101) == NULL, "a new day misses too");

	/* the budget: pages of ~3 KB in 64 KB; the oldest go first */
	memset(big, 'x', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	p = page(big);
	for (int i = 0; i < 40; i++) {
		snprintf(key, sizeof(key), "/projects/%d?", i);
		pagecache_put(key, 3, 100, &p);
		if (i == 5)
			(void)pagecache_get("/projects/0?", 3, 100);	/* keep 0 recent */
	}
	pagecache_stats(&pages, &bytes);
	ok(bytes <= 64 * 1024 && pages < 40, "the cache stays within its budget (%lu pages, %zu bytes)",
	    pages, bytes);
	ok(pagecache_get("/projects/39?", 3, 100) != NULL, "the newest page is kept");
	ok(pagecache_get("/projects/1?", 3, 100) == NULL, "the least recently used went first");
	{
		char huge[20000];

		memset(huge, 'y', sizeof(huge) - 1);
		huge[sizeof(huge) - 1] = '\0';
		p = page(huge);
		pagecache_put("/huge?", 3, 100, &p);
		ok(pagecache_get("/huge?", 3, 100) == NULL, "a page over a quarter of the budget is not kept");
	}
	pagecache_free();
	pagecache_stats(&pages, &bytes);
	ok(pages == 0 && bytes == 0, "pagecache_free drops everything");
	return done();
}

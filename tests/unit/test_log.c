/* Unit tests: a log line is one line whatever the message holds, carries the request's id,
 * and goes to the new file after log_reopen; the metrics' text counts what was counted. */
#include "log.h"
#include "http.h"
#include "metrics.h"
#include "tap.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static char *
slurp(const char *path)
{
	static char text[8192];
	FILE *f = fopen(path, "r");
	size_t n = f ? fread(text, 1, sizeof(text) - 1, f) : 0;

	if (f)
		fclose(f);
	text[n] = '\0';
	return text;
}

static int
lines(const char *s)
{
	int n = 0;

	for (; *s; s++)
		n += *s == '\n';
	return n;
}

static void
test_log(void)
{
	char path[64], moved[72];
	int saved = dup(STDERR_FILENO);
	const char *text;

	snprintf(path, sizeof(path), "/tmp/mb-log-test-%ld.log", (long)getpid());
	snprintf(moved, sizeof(moved), "%s.1", path);
	unlink(path);
	ok(log_open("relative.log") == -1, "a relative log_file is refused");
	ok(log_open(path) == 0, "the log file opens");
	log_set_request("0123abcd");
	log_error("two\nlines\r\tand \\ a \x01 byte");
	log_set_request(NULL);
	log_info("outside a request");
	text = slurp(path);
	ok(lines(text) == 2, "two events are two lines");
	ok(strstr(text, " error request=0123abcd: two\\nlines\\r\\tand \\\\ a \\x01 byte\n") != NULL,
	    "control characters escaped, the request's id before the message");
	ok(strstr(text, " info: outside a request\n") != NULL, "no id outside a request");
	rename(path, moved);
	ok(log_reopen() == 0, "the log file is opened again");
	log_warn("after the rotation");
	ok(strstr(slurp(path), "after the rotation") != NULL, "the next line goes to the new file");
	ok(strstr(slurp(moved), "after the rotation") == NULL, "not to the moved one");
	dup2(saved, STDERR_FILENO);
	close(saved);
	unlink(path);
	unlink(moved);
}

static void
test_metrics(void)
{
	static const struct route routes[] = {
		{ .pattern = "/zones/{}", .methods = METHOD_GET },
		{ .pattern = "/zones/{}", .methods = METHOD_POST },
		{ .pattern = "/a\"b", .methods = METHOD_GET },
		{ .pattern = NULL },
	};
	struct buf b;

	ok(metrics_init(routes, 2) == 0, "the shared counters are mapped");
	metrics_worker(1);
	metrics_request(&routes[0], 200, 2000000);
	metrics_request(&routes[1], 200, 30000000);
	metrics_request(&routes[2], 404, 20000000000LL);
	metrics_request(NULL, 777, 1);
	metrics_cache(METRICS_CACHE_PAGE, true);
	metrics_db_server(0, 0.5);
	buf_init(&b);
	metrics_text(&b);
	ok(strstr(b.data, "minhbach_requests_total{route=\"/zones/{}\",status=\"200\"} 2\n") != NULL,
	    "two routes of one pattern are one series");
	ok(strstr(b.data, "{route=\"/a\\\"b\",status=\"404\"} 1\n") != NULL, "a quote in a label escaped");
	ok(strstr(b.data, "{route=\"none\",status=\"other\"} 1\n") != NULL, "no route, an odd status");
	ok(strstr(b.data, "_bucket{le=\"0.0025\"} 2\n") != NULL &&
	    strstr(b.data, "_bucket{le=\"0.05\"} 3\n") != NULL &&
	    strstr(b.data, "_bucket{le=\"10\"} 3\n") != NULL &&
	    strstr(b.data, "_bucket{le=\"+Inf\"} 4\n") != NULL &&
	    strstr(b.data, "_count 4\n") != NULL, "the histogram is cumulative and ends at the count");
	ok(strstr(b.data, "minhbach_cache_hits_total{cache=\"page\"} 1\n") != NULL, "a cache hit");
	ok(strstr(b.data, "minhbach_db_server{worker=\"0\"} -1\n") != NULL &&
	    strstr(b.data, "minhbach_db_server{worker=\"1\"} 0\n") != NULL &&
	    strstr(b.data, "minhbach_db_lag_seconds{worker=\"1\"} 0.5\n") != NULL,
	    "each worker's database server and lag");
	buf_free(&b);
	metrics_free();
}

int
main(void)
{
	test_log();
	test_metrics();
	return done();
}

/* Logging to standard error, one line per event, with the process id. */
#include "log.h"

#include <stdarg.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>

static const char *log_name = "minhbach";

void
log_set_name(const char *name)
{
	log_name = name;
}

static void __attribute__((format(printf, 2, 0)))
log_line(const char *level, const char *fmt, va_list ap)
{
	char stamp[32], msg[1024];
	time_t now = time(NULL);
	struct tm tm;

	gmtime_r(&now, &tm);
	strftime(stamp, sizeof(stamp), "%Y-%m-%dT%H:%M:%SZ", &tm);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	/* one write per line so lines from several workers do not interleave */
	fprintf(stderr, "%s %s[%ld] %s: %s\n", stamp, log_name, (long)getpid(), level, msg);
	fflush(stderr);
}

#define LOG_FN(fn, level) \
	void fn(const char *fmt, ...) { va_list ap; va_start(ap, fmt); \
	log_line(level, fmt, ap); va_end(ap); }

LOG_FN(log_info, "info")
LOG_FN(log_warn, "warning")
LOG_FN(log_error, "error")

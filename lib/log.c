/* Logging: one line per event, to standard error or the log file (log.h). */
#include "log.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static const char *log_name = "minhbach";
static const char *log_request;
static char log_path[1024];

void
log_set_name(const char *name)
{
	log_name = name;
}

void
log_set_request(const char *id)
{
	log_request = id != NULL && id[0] != '\0' ? id : NULL;
}

int
log_open(const char *path)
{
	int fd;

	if (strlen(path) >= sizeof(log_path) || path[0] != '/') {
		fprintf(stderr, "log_file must be an absolute path: %s\n", path);
		return -1;
	}
	if ((fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0640)) < 0) {
		fprintf(stderr, "%s: cannot open the log file: %s\n", path, strerror(errno));
		return -1;
	}
	/* standard error itself: what libraries and sanitizers write goes there too */
	if (fd != STDERR_FILENO) {
		if (dup2(fd, STDERR_FILENO) < 0) {
			fprintf(stderr, "%s: %s\n", path, strerror(errno));
			close(fd);
			return -1;
		}
		close(fd);
	}
	memcpy(log_path, path, strlen(path) + 1);
	return 0;
}

int
log_reopen(void)
{
	char path[sizeof(log_path)];

	if (log_path[0] == '\0')
		return 0;
	memcpy(path, log_path, sizeof(path));
	if (log_open(path) != 0) {
		log_error("cannot reopen the log file %s", path);
		return -1;
	}
	return 0;
}

/* msg into out (size n) with every control character escaped: \n, \r, \t, \xHH, and the
 * backslash doubled, so one event is always one line */
static void
escape(char *out, size_t n, const char *msg)
{
	size_t o = 0;

	for (const unsigned char *p = (const unsigned char *)msg; *p && o + 5 < n; p++) {
		if (*p == '\n' || *p == '\r' || *p == '\t' || *p == '\\') {
			out[o++] = '\\';
			out[o++] = *p == '\n' ? 'n' : *p == '\r' ? 'r' : *p == '\t' ? 't' : '\\';
		} else if (*p < 0x20 || *p == 0x7f) {
			o += (size_t)snprintf(out + o, n - o, "\\x%02x", *p);
		} else {
			out[o++] = (char)*p;
		}
	}
	out[o] = '\0';
}

static void __attribute__((format(printf, 2, 0)))
log_line(const char *level, const char *fmt, va_list ap)
{
	char stamp[32], msg[1024], line[2400];
	time_t now = time(NULL);
	struct tm tm;
	int n;

	gmtime_r(&now, &tm);
	strftime(stamp, sizeof(stamp), "%Y-%m-%dT%H:%M:%SZ", &tm);
	vsnprintf(line, sizeof(line), fmt, ap);
	escape(msg, sizeof(msg), line);
	if (log_request != NULL)
		n = snprintf(line, sizeof(line), "%s %s[%ld] %s request=%s: %s\n", stamp, log_name,
		    (long)getpid(), level, log_request, msg);
	else
		n = snprintf(line, sizeof(line), "%s %s[%ld] %s: %s\n", stamp, log_name,
		    (long)getpid(), level, msg);
	if (n < 0)
		return;
	if ((size_t)n >= sizeof(line)) {
		n = (int)sizeof(line) - 1;
		line[n - 1] = '\n';
	}
	/* one write per line (O_APPEND): lines from several workers never interleave */
	if (write(STDERR_FILENO, line, (size_t)n) < 0)
		return;
}

#define LOG_FN(fn, level) \
	void fn(const char *fmt, ...) { va_list ap; va_start(ap, fmt); \
	log_line(level, fmt, ap); va_end(ap); }

LOG_FN(log_info, "info")
LOG_FN(log_warn, "warning")
LOG_FN(log_error, "error")

/* The bench's reference FastCGI responder: the least a libfcgi program can do per request
 * (accept, answer the same bytes with a status and a Content-Type), with the same number
 * of forked worker processes as minhbach-public, so that ./portal bench can say how far
 * the portal's pipeline is from the floor that libfcgi and nginx set.
 *
 *   minhbach-bench-fcgi -s SOCKET -f FILE [-w WORKERS]
 */
#include <fcgiapp.h>

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

static volatile sig_atomic_t stopping;

static void
on_stop(int sig)
{
	(void)sig;
	stopping = 1;
}

static char *
slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *p;
	long n;

	if (f == NULL || fseek(f, 0, SEEK_END) != 0 || (n = ftell(f)) < 0 ||
	    fseek(f, 0, SEEK_SET) != 0 || (p = malloc((size_t)n + 1)) == NULL ||
	    fread(p, 1, (size_t)n, f) != (size_t)n) {
		perror(path);
		exit(1);
	}
	fclose(f);
	*len = (size_t)n;
	return p;
}

static int
serve(int fd, const char *body, size_t len)
{
	FCGX_Request req;
	char head[128];
	int hlen;

	hlen = snprintf(head, sizeof(head), "Status: 200 OK\r\n"
	    "Content-Type: text/html; charset=utf-8\r\nContent-Length: %zu\r\n\r\n", len);
	FCGX_InitRequest(&req, fd, FCGI_FAIL_ACCEPT_ON_INTR);
	while (!stopping) {
		if (FCGX_Accept_r(&req) < 0) {
			if (stopping || errno == EINTR)
				continue;
			break;
		}
		FCGX_PutStr(head, hlen, req.out);
		FCGX_PutStr(body, (int)len, req.out);
		FCGX_Finish_r(&req);
	}
	return 0;
}

int
main(int argc, char **argv)
{
	const char *sock = NULL, *file = NULL;
	long workers = 4;
	pid_t pids[64];
	size_t len;
	char *body;
	int fd, opt;
	struct sigaction sa;

	while ((opt = getopt(argc, argv, "s:f:w:")) != -1) {
		switch (opt) {
		case 's': sock = optarg; break;
		case 'f': file = optarg; break;
		case 'w': workers = strtol(optarg, NULL, 10); break;
		default: goto usage;
		}
	}
	if (sock == NULL || file == NULL || workers < 1 || workers > 64)
		goto usage;
	body = slurp(file, &len);
	if (FCGX_Init() != 0)
		return 1;
	unlink(sock);
	if ((fd = FCGX_OpenSocket(sock, 128)) < 0) {
		fprintf(stderr, "cannot listen on %s\n", sock);
		return 1;
	}
	chmod(sock, 0666);
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_stop;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	signal(SIGPIPE, SIG_IGN);
	for (long i = 0; i < workers; i++)
		if ((pids[i] = fork()) == 0)
			return serve(fd, body, len);
	while (!stopping)
		pause();
	for (long i = 0; i < workers; i++)
		if (pids[i] > 0)
			kill(pids[i], SIGTERM);
	while (wait(NULL) > 0)
		;
	unlink(sock);
	return 0;
usage:
	fprintf(stderr, "usage: %s -s SOCKET -f FILE [-w WORKERS]\n", argv[0]);
	return 2;
}

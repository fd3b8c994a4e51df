/* Where a program listens: a unix socket, or a TCP address with an allowlist of the web
 * servers that may connect (the FastCGI protocol has no authentication of its own: any
 * client that reaches the port could otherwise forge every request parameter). */
#include "listen.h"
#include "config.h"
#include "log.h"

#include <fcgiapp.h>

#include <arpa/inet.h>
#include <errno.h>
#include <netdb.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Parses one address of listen_allow into out. */
static int
listener_allow_parse(struct sockaddr_storage *out, const char *v, size_t n)
{
	char text[INET6_ADDRSTRLEN];

	if (n == 0 || n >= sizeof(text))
		return -1;
	memcpy(text, v, n);
	text[n] = '\0';
	memset(out, 0, sizeof(*out));
	if (inet_pton(AF_INET, text, &((struct sockaddr_in *)out)->sin_addr) == 1) {
		out->ss_family = AF_INET;
		return 0;
	}
	if (inet_pton(AF_INET6, text, &((struct sockaddr_in6 *)out)->sin6_addr) == 1) {
		out->ss_family = AF_INET6;
		return 0;
	}
	return -1;
}

static int
listener_allow_config(struct listener *l, struct config *cfg)
{
	const char *p = config_get(cfg, "listen_allow", ""), *item;
	size_t n;

	l->nallow = 0;
	while (config_list_next(&p, &item, &n)) {
		if (l->nallow == LISTEN_MAX_ALLOW) {
			fprintf(stderr, "%s: `listen_allow`: at most %d addresses\n", cfg->path,
			    LISTEN_MAX_ALLOW);
			return -1;
		}
		if (listener_allow_parse(&l->allow[l->nallow], item, n) != 0) {
			fprintf(stderr, "%s: `listen_allow`: \"%.*s\" is not an IPv4 or IPv6 "
			    "address\n", cfg->path, (int)n, item);
			return -1;
		}
		l->nallow++;
	}
	return 0;
}

int
listener_config(struct listener *l, struct config *cfg)
{
	const char *v = config_get(cfg, "listen", NULL), *colon;
	size_t hl;
	char *end;
	long port;

	memset(l, 0, sizeof(*l));
	l->fd = -1;
	if (config_int(cfg, "listen_mode", 0660, 0, 0777, &l->mode) ||
	    config_int(cfg, "listen_backlog", 1024, 1, 65535, &l->backlog) ||
	    listener_allow_config(l, cfg) != 0)
		return -1;
	if (v == NULL) {
		fprintf(stderr, "%s: `listen` is required\n", cfg->path);
		return -1;
	}
	if (v[0] == '/') {
		if (strlen(v) >= sizeof(l->path)) {
			fprintf(stderr, "%s: `listen`: the socket's path is too long\n", cfg->path);
			return -1;
		}
		strcpy(l->path, v);
		if (l->nallow > 0) {
			fprintf(stderr, "%s: `listen_allow` is for a TCP `listen` address only\n",
			    cfg->path);
			return -1;
		}
		return 0;
	}
	colon = strrchr(v, ':');
	if (colon == NULL || colon == v || strlen(v) >= sizeof(l->path))
		goto bad;
	port = strtol(colon + 1, &end, 10);
	if (colon[1] == '\0' || *end != '\0' || port < 1 || port > 65535)
		goto bad;
	if (v[0] == '[') {
		if (colon[-1] != ']')
			goto bad;
		v++;
		hl = (size_t)(colon - v - 1);
	} else {
		hl = (size_t)(colon - v);
	}
	if (hl == 0 || hl >= sizeof(l->host))
		goto bad;
	memcpy(l->host, v, hl);
	snprintf(l->port, sizeof(l->port), "%ld", port);
	snprintf(l->path, sizeof(l->path), "%s", config_get(cfg, "listen", ""));
	l->tcp = true;
	if (l->nallow == 0) {
		fprintf(stderr, "%s: a TCP `listen` address needs `listen_allow`: the addresses "
		    "of the web servers that may connect\n", cfg->path);
		return -1;
	}
	return 0;
bad:
	fprintf(stderr, "%s: `listen` must be the absolute path of a unix socket, or an IP "
	    "address and a port (127.0.0.1:9001, [::1]:9001)\n", cfg->path);
	return -1;
}

static int
listener_open_tcp(struct listener *l)
{
	struct addrinfo hints, *ai = NULL;
	int fd, on = 1, e;

	memset(&hints, 0, sizeof(hints));
	hints.ai_socktype = SOCK_STREAM;
	hints.ai_flags = AI_PASSIVE | AI_NUMERICHOST | AI_NUMERICSERV;
	if ((e = getaddrinfo(l->host, l->port, &hints, &ai)) != 0) {
		log_error("cannot listen on %s: %s", l->path, gai_strerror(e));
		return -1;
	}
	fd = socket(ai->ai_family, SOCK_STREAM | SOCK_CLOEXEC, 0);
	if (fd < 0 || setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof(on)) != 0 ||
	    bind(fd, ai->ai_addr, ai->ai_addrlen) != 0 || listen(fd, (int)l->backlog) != 0) {
		log_error("cannot listen on %s: %s", l->path, strerror(errno));
		if (fd >= 0)
			close(fd);
		freeaddrinfo(ai);
		return -1;
	}
	freeaddrinfo(ai);
	l->fd = fd;
	return 0;
}

int
listener_open(struct listener *l)
{
	if (l->tcp)
		return listener_open_tcp(l);
	unlink(l->path);
	/* connections the web server may open while every worker is busy; beyond them it
	 * gets EAGAIN (nginx: a 502). The kernel caps it at net.core.somaxconn. */
	if ((l->fd = FCGX_OpenSocket(l->path, (int)l->backlog)) < 0) {
		log_error("cannot listen on %s", l->path);
		return -1;
	}
	if (chmod(l->path, (mode_t)l->mode) != 0)
		log_warn("chmod %s: %s", l->path, strerror(errno));
	return 0;
}

bool
listener_allows(const struct listener *l, int fd)
{
	struct sockaddr_storage peer;
	socklen_t len = sizeof(peer);
	const unsigned char *v4 = NULL, *v6 = NULL;

	if (!l->tcp)
		return true;
	if (getpeername(fd, (struct sockaddr *)&peer, &len) != 0)
		return false;
	if (peer.ss_family == AF_INET) {
		v4 = (const unsigned char *)&((struct sockaddr_in *)&peer)->sin_addr;
	} else if (peer.ss_family == AF_INET6) {
		const struct in6_addr *a = &((struct sockaddr_in6 *)&peer)->sin6_addr;

		if (IN6_IS_ADDR_V4MAPPED(a))
			v4 = a->s6_addr + 12;
		else
			v6 = a->s6_addr;
	}
	for (unsigned int i = 0; i < l->nallow; i++) {
		const struct sockaddr_storage *a = &l->allow[i];

		if (v4 != NULL && a->ss_family == AF_INET &&
		    memcmp(v4, &((const struct sockaddr_in *)a)->sin_addr, 4) == 0)
			return true;
		if (v6 != NULL && a->ss_family == AF_INET6 &&
		    memcmp(v6, ((const struct sockaddr_in6 *)a)->sin6_addr.s6_addr, 16) == 0)
			return true;
	}
	return false;
}

void
listener_close(struct listener *l)
{
	if (l->fd >= 0)
		close(l->fd);
	l->fd = -1;
	if (!l->tcp && l->path[0] != '\0')
		unlink(l->path);
}

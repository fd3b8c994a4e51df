/* Unit tests: where a program listens (listen, listen_allow) and the read replicas it may
 * use (db_replicas, db_max_lag): what is accepted, what is refused, and that only the
 * allowed addresses may talk to a TCP listener. */
#include "config.h"
#include "db.h"
#include "listen.h"
#include "tap.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static struct config cfg;

static int
load(const char *text)
{
	static char path[64];
	FILE *f;

	snprintf(path, sizeof(path), "/tmp/mb-listen-test-%ld.conf", (long)getpid());
	f = fopen(path, "w");
	fputs(text, f);
	fclose(f);
	config_free(&cfg);
	return config_load(&cfg, path);
}

static int
listen_of(const char *text, struct listener *l)
{
	if (load(text) != 0)
		return -2;
	return listener_config(l, &cfg);
}

static int
replicas_of(const char *text, struct db_settings *s)
{
	if (load(text) != 0)
		return -2;
	memset(s, 0, sizeof(*s));
	return db_replicas_from_config(s, &cfg, "SELECT 1");
}

/* Connects to l's port from address from; returns whether the listener allows the peer. */
static int
peer_allowed(struct listener *l, const char *from)
{
	struct sockaddr_in a = { .sin_family = AF_INET }, me;
	socklen_t len = sizeof(me);
	int c = socket(AF_INET, SOCK_STREAM, 0), s, allowed;

	getsockname(l->fd, (struct sockaddr *)&me, &len);
	inet_pton(AF_INET, from, &a.sin_addr);
	if (bind(c, (struct sockaddr *)&a, sizeof(a)) != 0 ||
	    connect(c, (struct sockaddr *)&me, sizeof(me)) != 0) {
		close(c);
		return -1;
	}
	s = accept(l->fd, NULL, NULL);
	allowed = listener_allows(l, s);
	close(s);
	close(c);
	return allowed;
}

int
main(void)
{
	struct listener l;
	struct db_settings s;

	memset(&cfg, 0, sizeof(cfg));
	ok(listen_of("listen = /run/x/public.sock\n", &l) == 0 && !l.tcp &&
	    strcmp(l.path, "/run/x/public.sock") == 0, "a unix socket's path");
	ok(listen_of("listen = 127.0.0.1:9001\nlisten_allow = 10.0.0.5, ::1\n", &l) == 0 && l.tcp &&
	    strcmp(l.host, "127.0.0.1") == 0 && strcmp(l.port, "9001") == 0 && l.nallow == 2,
	    "an IPv4 address and port, with two allowed addresses");
	ok(listen_of("listen = [::1]:9001\nlisten_allow = ::1\n", &l) == 0 && l.tcp &&
	    strcmp(l.host, "::1") == 0, "an IPv6 address in brackets");
	ok(listen_of("listen = 127.0.0.1:9001\n", &l) == -1, "TCP without listen_allow is refused");
	ok(listen_of("listen = 127.0.0.1:9001\nlisten_allow = web1\n", &l) == -1,
	    "a host name in listen_allow is refused (addresses only)");
	ok(listen_of("listen = 127.0.0.1:99999\nlisten_allow = 127.0.0.1\n", &l) == -1,
	    "a port out of range is refused");
	ok(listen_of("listen = 127.0.0.1:\nlisten_allow = 127.0.0.1\n", &l) == -1, "no port");
	ok(listen_of("listen = relative.sock\n", &l) == -1, "a relative path is refused");
	ok(listen_of("listen = /run/x.sock\nlisten_allow = 127.0.0.1\n", &l) == -1,
	    "listen_allow with a unix socket is refused");

	/* a listener on loopback (an ephemeral port): 127.0.0.1 allowed, 127.0.0.2 not */
	ok(listen_of("listen = 127.0.0.1:1\nlisten_allow = 127.0.0.1\n", &l) == 0, "parses");
	{
		struct sockaddr_in a = { .sin_family = AF_INET };

		a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
		l.fd = socket(AF_INET, SOCK_STREAM, 0);
		ok(bind(l.fd, (struct sockaddr *)&a, sizeof(a)) == 0 && listen(l.fd, 4) == 0,
		    "listens on loopback");
	}
	ok(peer_allowed(&l, "127.0.0.1") == 1, "a peer in listen_allow is allowed");
	ok(peer_allowed(&l, "127.0.0.2") == 0, "a peer outside listen_allow is not");
	close(l.fd);

	ok(replicas_of("", &s) == 0 && s.nreplicas == 0 && s.max_lag == 5,
	    "no replicas by default; db_max_lag 5 s");
	ok(replicas_of("db_replicas = /run/r1.sock, db2.internal:3307 ,[fd00::2]:3306\n"
	    "db_max_lag = 3\n", &s) == 0 && s.nreplicas == 3 && s.max_lag == 3 &&
	    strcmp(s.replicas[0].socket, "/run/r1.sock") == 0 && s.replicas[0].host[0] == '\0' &&
	    strcmp(s.replicas[1].host, "db2.internal") == 0 && s.replicas[1].port == 3307 &&
	    strcmp(s.replicas[2].host, "fd00::2") == 0 && s.replicas[2].port == 3306,
	    "sockets and host:port, in order");
	ok(replicas_of("db_replicas = db2.internal\n", &s) == -1, "a host without a port is refused");
	ok(replicas_of("db_replicas = db2:0\n", &s) == -1, "port 0 is refused");
	ok(replicas_of("db_replicas = r.sock\n", &s) == -1, "a relative socket path is refused");
	ok(replicas_of("db_max_lag = 0\n", &s) == -1, "db_max_lag below 1 s is refused");
	ok(replicas_of("db_replicas = /a,/b,/c,/d,/e,/f,/g,/h,/i\n", &s) == -1,
	    "more than 8 replicas are refused");
	config_free(&cfg);
	{
		char path[64];

		snprintf(path, sizeof(path), "/tmp/mb-listen-test-%ld.conf", (long)getpid());
		unlink(path);
	}
	return done();
}

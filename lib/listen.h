/* Where a program listens for its web server: a unix socket (listen = /path) or a TCP
 * address (listen = host:port, [v6]:port) that only the addresses of listen_allow may use. */
#ifndef MB_LISTEN_H
#define MB_LISTEN_H

#include <stdbool.h>
#include <sys/socket.h>

struct config;

#define LISTEN_MAX_ALLOW	16

struct listener {
	int			 fd;
	bool			 tcp;
	char			 path[108];	/* the unix socket's, or the text of host:port */
	char			 host[64];
	char			 port[8];
	long			 mode, backlog;
	struct sockaddr_storage	 allow[LISTEN_MAX_ALLOW];
	unsigned int		 nallow;
};

/* Reads listen, listen_mode, listen_backlog and listen_allow. Returns 0, or -1 after
 * saying what is wrong on stderr. Opens nothing. */
int	listener_config(struct listener *, struct config *);
/* Opens the socket (a stale unix socket at the path is removed first). Returns 0 or -1. */
int	listener_open(struct listener *);
/* Whether the peer of the accepted connection fd may talk to the program: always for a
 * unix socket, for TCP only an address of listen_allow. */
bool	listener_allows(const struct listener *, int fd);
void	listener_close(struct listener *);

#endif

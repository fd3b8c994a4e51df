/* The configuration file: `key = value` lines, read once at start (see README). */
#ifndef MB_CONFIG_H
#define MB_CONFIG_H

#include <stdbool.h>
#include <stdio.h>

struct config_entry {
	char	*key;
	char	*value;
	bool	 used;
};

struct config {
	char			*path;
	struct config_entry	*entries;
	unsigned int		 count;
};

/* Reads path. Returns 0, or -1 after printing "path:line: reason" to stderr. */
int		 config_load(struct config *, const char *path);
/* The same from an open stream; path names it in the messages. */
int		 config_read(struct config *, FILE *, const char *path);
void		 config_free(struct config *);
/* The value of key, or def when it is absent. */
const char	*config_get(struct config *, const char *key, const char *def);
/* Parses key as an integer in [min, max]. Returns 0, or -1 with a message. */
int		 config_int(struct config *, const char *key, long def, long min, long max,
		    long *out);
/* Walks a comma-separated value: sets *item and *len to its next non-empty item, blanks
 * around it trimmed, and returns true; false at the end. *p starts at the value. */
bool		 config_list_next(const char **p, const char **item, size_t *len);
/* Prints a warning for each key no one asked for (catches typos). Returns their number. */
unsigned int	 config_warn_unused(const struct config *);

#endif

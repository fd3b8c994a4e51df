/* Logging: one line per event (newlines and other control characters in a message are
 * escaped), with the time, the program, the process id and, inside a request, its id; to
 * standard error, which log_open points at the log file. */
#ifndef MB_LOG_H
#define MB_LOG_H

void	log_set_name(const char *);
/* The id of the request being answered (NULL: none); kept by reference until the next call. */
void	log_set_request(const char *);
/* Appends standard error to path from now on (log_file). Returns 0, or -1 with a message. */
int	log_open(const char *path);
/* Opens the file of log_open again (after logrotate moved it: SIGHUP). Returns 0, or -1
 * when it cannot (the old file then stays in use); 0 too when there is no log file. */
int	log_reopen(void);
void	log_info(const char *, ...) __attribute__((format(printf, 1, 2)));
void	log_warn(const char *, ...) __attribute__((format(printf, 1, 2)));
void	log_error(const char *, ...) __attribute__((format(printf, 1, 2)));

#endif

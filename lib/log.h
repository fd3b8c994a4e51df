/* Logging to standard error, one line per event, with the process id. */
#ifndef MB_LOG_H
#define MB_LOG_H

void	log_set_name(const char *);
void	log_info(const char *, ...) __attribute__((format(printf, 1, 2)));
void	log_warn(const char *, ...) __attribute__((format(printf, 1, 2)));
void	log_error(const char *, ...) __attribute__((format(printf, 1, 2)));

#endif

/* Unit tests: the configuration file parser. */
#include "config.h"
#include "tap.h"

#include <stdlib.h>
#include <unistd.h>

static const char *
write_tmp(const char *text)
{
	static char path[64];
	FILE *f;

	snprintf(path, sizeof(path), "/tmp/mb-config-test-%ld.conf", (long)getpid());
	f = fopen(path, "w");
	fputs(text, f);
	fclose(f);
	return path;
}

int
main(void)
{
	struct config cfg;
	long n;
	const char *path;

	path = write_tmp("# comment\n  listen = /run/x.sock \n\nworkers=3\ndb_password = a=b # c\n");
	ok(config_load(&cfg, path) == 0, "a valid file loads");
	is_str(config_get(&cfg, "listen", NULL), "/run/x.sock", "value trimmed");
	is_str(config_get(&cfg, "db_password", NULL), "a=b # c", "value keeps = and #");
	ok(config_int(&cfg, "workers", 4, 1, 64, &n) == 0 && n == 3, "integer read");
	ok(config_int(&cfg, "missing", 4, 1, 64, &n) == 0 && n == 4, "default used");
	ok(config_warn_unused(&cfg) == 0, "every key was read");
	config_free(&cfg);

	path = write_tmp("workers = many\n");
	ok(config_load(&cfg, path) == 0, "loads");
	ok(config_int(&cfg, "workers", 4, 1, 64, &n) == -1, "non-number refused");
	config_free(&cfg);

	path = write_tmp("workers = 1\nworkers = 2\n");
	ok(config_load(&cfg, path) == -1, "a key set twice is refused");
	config_free(&cfg);

	path = write_tmp("just words\n");
	ok(config_load(&cfg, path) == -1, "a line without = is refused");
	config_free(&cfg);

	path = write_tmp("typo_key = 1\n");
	ok(config_load(&cfg, path) == 0 && config_warn_unused(&cfg) == 1, "unknown keys reported");
	config_free(&cfg);
	unlink(path);
	ok(config_load(&cfg, "/nonexistent/x.conf") == -1, "missing file refused");
	config_free(&cfg);
	return done();
}

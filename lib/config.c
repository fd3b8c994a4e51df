/* The configuration file: `key = value` lines, read once at start (see README). */
#include "config.h"
#include "buf.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *
trim(char *s)
{
	char *end;

	while (isspace((unsigned char)*s))
		s++;
	end = s + strlen(s);
	while (end > s && isspace((unsigned char)end[-1]))
		*--end = '\0';
	return s;
}

int
config_load(struct config *cfg, const char *path)
{
	FILE *f;
	int rc;

	memset(cfg, 0, sizeof(*cfg));
	if ((f = fopen(path, "r")) == NULL) {
		cfg->path = xstrdup(path);
		fprintf(stderr, "%s: cannot open: %s\n", path, strerror(errno));
		return -1;
	}
	rc = config_read(cfg, f, path);
	fclose(f);
	return rc;
}

int
config_read(struct config *cfg, FILE *f, const char *path)
{
	char line[4096];
	unsigned int lineno = 0;

	memset(cfg, 0, sizeof(*cfg));
	cfg->path = xstrdup(path);
	while (fgets(line, sizeof(line), f) != NULL) {
		char *key, *value, *eq;

		lineno++;
		if (strchr(line, '\n') == NULL && !feof(f)) {
			fprintf(stderr, "%s:%u: line too long\n", path, lineno);
			return -1;
		}
		key = trim(line);
		if (*key == '\0' || *key == '#')
			continue;
		if ((eq = strchr(key, '=')) == NULL) {
			fprintf(stderr, "%s:%u: expected `key = value`\n", path, lineno);
			return -1;
		}
		*eq = '\0';
		key = trim(key);
		value = trim(eq + 1);
		if (*key == '\0') {
			fprintf(stderr, "%s:%u: empty key\n", path, lineno);
			return -1;
		}
		for (unsigned int i = 0; i < cfg->count; i++)
			if (strcmp(cfg->entries[i].key, key) == 0) {
				fprintf(stderr, "%s:%u: `%s` set twice\n", path, lineno, key);
				return -1;
			}
		cfg->entries = xgrow(cfg->entries, cfg->count, sizeof(*cfg->entries));
		cfg->entries[cfg->count].key = xstrdup(key);
		cfg->entries[cfg->count].value = xstrdup(value);
		cfg->entries[cfg->count].used = false;
		cfg->count++;
	}
	return 0;
}

void
config_free(struct config *cfg)
{
	for (unsigned int i = 0; i < cfg->count; i++) {
		free(cfg->entries[i].key);
		free(cfg->entries[i].value);
	}
	free(cfg->entries);
	free(cfg->path);
	memset(cfg, 0, sizeof(*cfg));
}

const char *
config_get(struct config *cfg, const char *key, const char *def)
{
	for (unsigned int i = 0; i < cfg->count; i++)
		if (strcmp(cfg->entries[i].key, key) == 0) {
			cfg->entries[i].used = true;
			return cfg->entries[i].value;
		}
	return def;
}

int
config_int(struct config *cfg, const char *key, long def, long min, long max, long *out)
{
	const char *v = config_get(cfg, key, NULL);
	char *end;
	long n;

	if (v == NULL) {
		*out = def;
		return 0;
	}
	errno = 0;
	n = strtol(v, &end, 0);
	if (errno != 0 || end == v || *end != '\0' || n < min || n > max) {
		fprintf(stderr, "%s: `%s` must be a number from %ld to %ld\n",
		    cfg->path, key, min, max);
		return -1;
	}
	*out = n;
	return 0;
}

unsigned int
config_warn_unused(const struct config *cfg)
{
	unsigned int n = 0;

	for (unsigned int i = 0; i < cfg->count; i++)
		if (!cfg->entries[i].used) {
			fprintf(stderr, "%s: unknown key `%s`\n", cfg->path, cfg->entries[i].key);
			n++;
		}
	return n;
}

bool
config_list_next(const char **p, const char **item, size_t *len)
{
	while (**p != '\0') {
		const char *end = strchr(*p, ','), *a, *b;

		if (end == NULL)
			end = *p + strlen(*p);
		for (a = *p; a < end && (*a == ' ' || *a == '\t'); a++)
			;
		for (b = end; b > a && (b[-1] == ' ' || b[-1] == '\t'); b--)
			;
		*p = *end ? end + 1 : end;
		if (b > a) {
			*item = a;
			*len = (size_t)(b - a);
			return true;
		}
	}
	return false;
}

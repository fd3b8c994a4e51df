/* Replays every saved fuzz input (tests/fuzz/corpus/<target>/ and tests/fuzz/regress/<target>/)
 * through its target, in a plain build: an input that once crashed a worker is a test. TAP. */
#include "fuzz.h"
#include "buf.h"

#include <dirent.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const struct {
	const char	*name;
	int		(*fn)(const uint8_t *, size_t);
} targets[] = {
#define X(name) { #name, fuzz_##name },
	FUZZ_TARGETS
#undef X
};

static int tap_n, tap_failed;

/* The whole file at path, in a buffer of its size, into *out; false when it cannot be read. */
static bool
read_input(const char *path, uint8_t **out, size_t *n)
{
	FILE *f = fopen(path, "rb");
	char chunk[8192];
	struct buf b;
	size_t got;

	if (f == NULL)
		return false;
	buf_init(&b);
	while ((got = fread(chunk, 1, sizeof(chunk), f)) > 0)
		buf_append(&b, chunk, got);
	fclose(f);
	*n = b.len;
	*out = (uint8_t *)fuzz_copy((const uint8_t *)(b.data ? b.data : ""), b.len);
	buf_free(&b);
	return true;
}

/* Runs every file of dir through fn; returns the number run, or -1 when one cannot be read. */
static int
replay_dir(const char *dir, int (*fn)(const uint8_t *, size_t))
{
	DIR *d = opendir(dir);
	struct dirent *e;
	int count = 0;

	if (d == NULL)
		return 0;
	while ((e = readdir(d)) != NULL) {
		struct buf path;
		uint8_t *input;
		size_t n;
		bool ok;

		if (e->d_name[0] == '.')
			continue;
		buf_init(&path);
		buf_printf(&path, "%s/%s", dir, e->d_name);
		ok = read_input(path.data, &input, &n);
		buf_free(&path);
		if (!ok) {
			count = -1;
			break;
		}
		fn(input, n);
		free(input);
		count++;
	}
	closedir(d);
	return count;
}

int
main(void)
{
	const char *top = getenv("top_srcdir");

	fuzz_init();
	if (top == NULL)
		top = TOP_SRCDIR;
	for (size_t t = 0; t < sizeof(targets) / sizeof(targets[0]); t++) {
		static const char *const kinds[] = { "corpus", "regress" };

		for (int k = 0; k < 2; k++) {
			struct buf dir;
			int n;

			buf_init(&dir);
			buf_printf(&dir, "%s/tests/fuzz/%s/%s", top, kinds[k], targets[t].name);
			fflush(stdout);
			n = replay_dir(dir.data, targets[t].fn);
			tap_n++;
			if (n < 0 || (k == 0 && n == 0)) {
				tap_failed++;
				printf("not ok %d - %s: %s\n", tap_n, dir.data, n < 0 ? "unreadable" : "no seeds");
			} else
				printf("ok %d - %s/%s: %d inputs replayed\n", tap_n, kinds[k], targets[t].name, n);
			buf_free(&dir);
		}
	}
	printf("1..%d\n", tap_n);
	return tap_failed ? 1 : 0;
}

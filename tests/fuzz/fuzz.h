/* The fuzz targets: one per parser of outside bytes, each an entry point that libFuzzer
 * (entry.c) and the plain replay of saved inputs (replay.c) call the same way. */
#ifndef MB_FUZZ_H
#define MB_FUZZ_H

#include <stddef.h>
#include <stdint.h>

#include "router.h"

/* X(name): tests/fuzz/corpus/<name>/, tests/fuzz/regress/<name>/, tests/fuzz/<name>.dict */
#define FUZZ_TARGETS \
	X(request) X(query) X(cookie) X(multipart) X(params) X(router) X(config) X(csv) \
	X(xmlsafe) X(staff_form) X(import_csv) X(import_xml) X(alert_token)

#define X(name) int fuzz_##name(const uint8_t *, size_t);
FUZZ_TARGETS
#undef X

/* The input in a buffer of exactly n bytes (free it), so that a read past its end is one
 * AddressSanitizer sees. */
char	*fuzz_copy(const uint8_t *, size_t n);
/* Splits the input at its first newline: *head (NUL-terminated, free it) and the rest. */
void	 fuzz_split(const uint8_t *, size_t n, char **head, const uint8_t **rest, size_t *restn);
/* The shapes of the programs' route tables, with parameters of every type (fuzz_http.c). */
extern const struct route fuzz_routes[];

/* Once per process: libxml2's parser with the entity loader that refuses everything. */
void	 fuzz_init(void);

#endif

/* The libFuzzer entry point of one target: FUZZ_ENTRY names it (set per program). */
#include "fuzz.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t n)
{
	fuzz_init();
	return FUZZ_ENTRY(data, n);
}

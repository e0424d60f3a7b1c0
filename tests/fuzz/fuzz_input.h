/* fuzz_input.h: what the fuzz targets share: libFuzzer's entry point, and
   the input as a NUL-terminated string or as a file. */
#ifndef LITNN_FUZZ_INPUT_H
#define LITNN_FUZZ_INPUT_H

#include <stddef.h>
#include <stdint.h>

/* Called by libFuzzer with each input; a target returns 0. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
/* data (size bytes) as a NUL-terminated string, cut at its first NUL;
   release it with free. */
char *fuzz_string(const uint8_t *data, size_t size);
/* A file of this process holding exactly data (size bytes); its path. */
const char *fuzz_file(const uint8_t *data, size_t size);
/* Stops the fuzzer (abort, which it reports with the input) unless ok. */
void fuzz_require(int ok, const char *what);

#endif

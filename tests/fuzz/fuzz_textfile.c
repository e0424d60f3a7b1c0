/* fuzz_textfile.c: textfile_read on any bytes either fails with a reason
   or returns exactly the file's bytes, NUL-terminated, with no NUL inside. */
#include "core/mem.h"
#include "core/textfile.h"
#include "fuzz_input.h"

#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char why[TEXTFILE_WHY_SIZE];
    size_t len = 0;
    char *text = textfile_read(fuzz_file(data, size), &len, why, sizeof why);
    if (!text) {
        fuzz_require(why[0] != '\0', "a failure without a reason");
        return 0;
    }
    fuzz_require(len == size && memcmp(text, data, size) == 0, "the bytes read differ");
    fuzz_require(strlen(text) == len, "a NUL inside the text");
    mem_free(text);
    return 0;
}

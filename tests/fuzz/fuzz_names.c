/* fuzz_names.c: names_read on any bytes either fails with a reason or
   returns names that are not empty, hold no line break, do not end in a
   carriage return, are each found by names_contains, are distinct, and are
   sorted. */
#include "data/names.h"
#include "fuzz_input.h"

#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *paths[1] = {fuzz_file(data, size)};
    NameList list;
    char why[256];
    size_t bad;
    if (!names_read(paths, 1, &list, why, sizeof why, &bad)) {
        fuzz_require(why[0] != '\0' && bad == 0, "a failure without a reason");
        return 0;
    }
    for (size_t k = 0; k < list.count; k++) {
        const char *name = list.names[k];
        fuzz_require(name[0] != '\0', "an empty name");
        fuzz_require(strchr(name, '\n') == NULL, "a line break in a name");
        fuzz_require(name[strlen(name) - 1] != '\r', "a carriage return at a name's end");
        fuzz_require(names_contains(&list, name), "a name names_contains does not find");
        fuzz_require(k == 0 || strcmp(list.names[k - 1], name) < 0,
                     "names not sorted, or a name twice");
    }
    names_free(&list);
    return 0;
}

/* test_ch05_names.c: names_read keeps each distinct non-empty line once,
   without the carriage returns at its end, however many there are
   (tests/data/carriage-returns.txt: "Anna\r\r", "Bob\r", "", "\r", "Anna"). */
#include "check.h"
#include "data/names.h"

#include <string.h>

int main(void)
{
    const char *paths[1] = {"tests/data/carriage-returns.txt"};
    NameList list;
    char why[128];
    size_t bad = 0;
    bool ok = names_read(paths, 1, &list, why, sizeof why, &bad);
    check_true("names_read reads the file", ok, "%s", ok ? "" : why);
    if (ok) {
        check_true("two distinct names", list.count == 2, "count %zu", list.count);
        check_true("Anna without its two carriage returns, then Bob",
                   list.count == 2 && strcmp(list.names[0], "Anna") == 0 &&
                   strcmp(list.names[1], "Bob") == 0, "%s, %s", list.names[0],
                   list.count > 1 ? list.names[1] : "");
        names_free(&list);
    }
    return check_finish("ch05_names");
}

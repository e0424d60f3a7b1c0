/* values.c: named values appended to the file LITNN_VALUES names. */
#include "core/values.h"

#include "core/cli.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void value_report(const char *name, double x)
{
    const char *path = getenv("LITNN_VALUES");
    if (path == NULL || path[0] == '\0')
        return;
    char text[CLI_SHORTEST_SIZE];
    if (x == floor(x) && fabs(x) < 1e15)
        snprintf(text, sizeof text, "%.0f", x);
    else
        cli_shortest(text, x);
    FILE *f = fopen(path, "a");
    int ok = f != NULL && fprintf(f, "%s %s\n", name, text) > 0;
    if (f != NULL && fclose(f) != 0)
        ok = 0;
    if (!ok) {
        fprintf(stderr, "values: error: cannot write the value %s (%s), LITNN_VALUES %s\n",
                name, strerror(errno), path);
        exit(1);
    }
}

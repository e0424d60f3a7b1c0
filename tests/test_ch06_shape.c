/* test_ch06_shape.c: a program that makes a caller's mistake on purpose,
   handing a layer that reads 12 numbers per step an input of 10, with the
   cell named by its argument (lstm or gru). The layer must stop it with a
   one-line message and exit status 1 (tests/ch06.cmake checks both). */
#include "nn/gru.h"
#include "nn/lstm.h"

#include <string.h>

enum { T = 2, D = 12, H = 3 };

int main(int argc, char **argv)
{
    static double params[4 * H * D + 4 * H * H + 8 * H], x[T * 10];
    double h[T * H], c[T * H], act[T * 4 * H];
    Gates w = {D, H, 4, params, params + 4 * H * D, params + 4 * H * (D + H),
               params + 4 * H * (D + H + 1)};
    if (argc > 1 && strcmp(argv[1], "gru") == 0) {
        w.gates = 3;
        gru_forward(&w, x, T, 10, NULL, h, act);
    } else {
        lstm_forward(&w, x, T, 10, NULL, NULL, h, c, act);
    }
    return 0;
}

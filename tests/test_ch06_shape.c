/* test_ch06_shape.c: a program that makes a caller's mistake on purpose,
   handing a layer that reads 12 numbers per step an input of 10, with the
   cell named by its argument (lstm or gru), or, with "length", a batch
   whose second sequence is longer than the batch, or, with "bias", a layer
   with b_ih but without b_hh. The layer must stop it
   with a one-line message and exit status 1 (tests/ch06.cmake checks
   both). */
#include "nn/gru.h"
#include "nn/lstm.h"

#include <string.h>

enum { T = 2, D = 12, H = 3 };
static const SeqBatch ONE = {T, 1, NULL};   /* one sequence of T steps */

int main(int argc, char **argv)
{
    static double params[4 * H * D + 4 * H * H + 8 * H], x[T * 10];
    double h[T * H], c[T * H], act[T * 4 * H];
    Recurrent w = {D, H, 4, params, params + 4 * H * D, params + 4 * H * (D + H),
               params + 4 * H * (D + H + 1)};
    if (argc > 1 && strcmp(argv[1], "bias") == 0) {
        w.b_hh = NULL;
        lstm_forward(&w, x, &ONE, D, NULL, NULL, h, c, act);
    } else if (argc > 1 && strcmp(argv[1], "length") == 0) {
        static const size_t lens[2] = {T, T + 1};
        const SeqBatch two = {T, 2, lens};
        static double hb[2 * T * H], cb[2 * T * H], actb[2 * T * 4 * H];
        lstm_forward(&w, x, &two, D, NULL, NULL, hb, cb, actb);
    } else if (argc > 1 && strcmp(argv[1], "gru") == 0) {
        w.gates = 3;
        gru_forward(&w, x, &ONE, 10, NULL, h, act);
    } else {
        lstm_forward(&w, x, &ONE, 10, NULL, NULL, h, c, act);
    }
    return 0;
}

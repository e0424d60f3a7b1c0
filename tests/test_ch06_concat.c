/* test_ch06_concat.c: the source text's forms of the LSTM and the GRU
   (weights for [h, x] concatenated, biases summed) compute the same
   function as PyTorch's, on the source text's sizes: a sequence of 6
   inputs of 12 numbers, a state of 7, random weights, zero initial state. */
#include "check.h"
#include "core/randn.h"
#include "nn/gru.h"
#include "nn/lstm.h"

enum { T = 6, D = 12, H = 7 };
static const SeqBatch ONE = {T, 1, NULL};   /* one sequence of T steps */

int main(void)
{
    static double params[4 * H * D + 4 * H * H + 8 * H], x[T * D];
    Randn g;
    randn_seed(&g, 12);
    for (size_t i = 0; i < sizeof params / sizeof params[0]; i++)
        params[i] = 0.5 * randn_next(&g);
    for (size_t i = 0; i < T * D; i++)
        x[i] = rng_random(&g.rng);                  /* np.random.random */
    double h[T * H], c[T * H], act[T * 4 * H], h_cat[T * H], c_cat[T * H];
    Recurrent lstm = {D, H, 4, params, params + 4 * H * D, params + 4 * H * (D + H),
                  params + 4 * H * (D + H + 1)};
    lstm_forward(&lstm, x, &ONE, D, NULL, NULL, h, c, act);
    lstm_forward_concat(&lstm, x, T, D, h_cat, c_cat);
    check_close("lstm_forward_concat: outputs", h_cat, h, T * H, 1e-14);
    check_close("lstm_forward_concat: cells", c_cat, c, T * H, 1e-14);
    Recurrent gru = {D, H, 3, params, params + 3 * H * D, params + 3 * H * (D + H),
                 params + 3 * H * (D + H + 1)};
    gru_forward(&gru, x, &ONE, D, NULL, h, act);
    gru_forward_concat(&gru, x, T, D, h_cat);
    check_close("gru_forward_concat: outputs", h_cat, h, T * H, 1e-14);
    return check_finish("test_ch06_concat");
}

/* recurrent.c: a recurrent layer's parameters, checks, input parts and
   gradients. */
#include "nn/recurrent.h"

#include "nn/linear.h"

#include <stdio.h>
#include <stdlib.h>

size_t recurrent_add_params(Params *p, const char *module, size_t gates,
                            size_t in, size_t hidden)
{
    const size_t rows = gates * hidden;
    const size_t shapes[4][2] = {{rows, in}, {rows, hidden}, {rows}, {rows}};
    const char *parts[4] = {"weight_ih_l0", "weight_hh_l0", "bias_ih_l0", "bias_hh_l0"};
    size_t first = p->count;
    for (size_t i = 0; i < 4; i++) {
        char name[PARAMS_NAME_SIZE];
        snprintf(name, sizeof name, "%s.%s", module, parts[i]);
        params_add(p, name, i < 2 ? 2 : 1, shapes[i]);
    }
    return first;
}

Recurrent recurrent_view(const Params *p, size_t first, double *block)
{
    const ParamPart *w_ih = &p->part[first], *w_hh = &p->part[first + 1];
    const size_t hidden = w_hh->shape[1];
    Recurrent r = {w_ih->shape[1], hidden, w_ih->shape[0] / hidden,
                   block + w_ih->offset, block + w_hh->offset,
                   block + p->part[first + 2].offset, block + p->part[first + 3].offset};
    return r;
}

void recurrent_check(const Recurrent *w, const SeqBatch *s, size_t x_dim,
                     const char *who)
{
    seqbatch_check(s, who);
    if (x_dim != w->in) {
        fprintf(stderr, "litnn: error: %s: the input has %zu numbers per step, "
                "the layer reads %zu\n", who, x_dim, w->in);
        exit(EXIT_FAILURE);
    }
    if ((w->b_ih == NULL) != (w->b_hh == NULL)) {
        fprintf(stderr, "litnn: error: %s: one bias without the other\n", who);
        exit(EXIT_FAILURE);
    }
}

GemmPacked recurrent_pack_hh(const Recurrent *w, bool backward)
{
    const size_t H = w->hidden, GH = w->gates * H;
    return backward ? gemm_pack_b(false, GH, H, w->w_hh, H)
                    : gemm_pack_b(true, H, GH, w->w_hh, H);
}

void recurrent_input(const Recurrent *w, const double *x, const SeqBatch *s,
                     double *gi)
{
    linear_forward(x, w->w_ih, w->b_ih, s->steps * s->batch, w->in,
                   w->gates * w->hidden, gi);
}

void recurrent_backward(const Recurrent *w, const double *x, const SeqBatch *s,
                        const double *h0, const double *h, const double *dgi,
                        const double *dgh, const Recurrent *g, double *dx)
{
    const size_t H = w->hidden, B = s->batch, T = s->steps, GH = w->gates * H;
    linear_backward(x, w->w_ih, dgi, T * B, w->in, GH, dx, g->w_ih, g->b_ih);
    linear_backward(h, w->w_hh, &dgh[B * GH], (T - 1) * B, H, GH, NULL, g->w_hh,
                    g->b_hh);                          /* steps 1 .. T-1 */
    linear_backward(h0, w->w_hh, dgh, B, H, GH, NULL, h0 ? g->w_hh : NULL,
                    g->b_hh);                          /* step 0, from h0 */
}

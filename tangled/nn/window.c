/* window.c: the windows along one axis. */
#include "nn/window.h"

#include <stdio.h>
#include <stdlib.h>

Window window_along(size_t in, size_t kernel, size_t stride, size_t pad,
                    size_t dilation, bool ceil_mode, const char *who)
{
    if (in == 0 || kernel == 0 || stride == 0 || dilation == 0) {
        fprintf(stderr, "litnn: error: %s: the input, the kernel, the stride and "
                "the dilation must be at least 1\n", who);
        exit(EXIT_FAILURE);
    }
    const size_t span = dilation * (kernel - 1) + 1;   /* first tap to last */
    if (span > in + 2 * pad) {
        fprintf(stderr, "litnn: error: %s: a window spans %zu values, the "
                "input has %zu and %zu of padding on each side\n", who, span, in, pad);
        exit(EXIT_FAILURE);
    }
    const size_t room = in + 2 * pad - span;           /* how far a window moves */
    size_t out = (ceil_mode ? (room + stride - 1) / stride : room / stride) + 1;
    if (ceil_mode && (out - 1) * stride >= in + pad)   /* starts in the padding */
        out--;
    return (Window){in, kernel, stride, pad, dilation, out};
}

/* The first o with o stride + offset >= bound, for offset < bound; else 0. */
static size_t window_first_from(const Window *a, size_t offset, size_t bound)
{
    return offset >= bound ? 0 : (bound - offset + a->stride - 1) / a->stride;
}

void window_span(const Window *a, size_t tap, size_t *first, size_t *end)
{
    const size_t offset = tap * a->dilation;         /* window o's tap at o stride + offset */
    const size_t lo = window_first_from(a, offset, a->pad);
    const size_t hi = window_first_from(a, offset, a->in + a->pad);
    *end = hi < a->out ? hi : a->out;
    *first = lo < *end ? lo : *end;
}

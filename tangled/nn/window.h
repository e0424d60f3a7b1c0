/* window.h: where the windows of a convolution or a pooling lie along one
   axis of its input, as PyTorch places them. */
#ifndef LITNN_WINDOW_H
#define LITNN_WINDOW_H

#include <stdbool.h>
#include <stddef.h>

/* Windows of kernel taps, dilation apart, at out positions stride apart,
   over an input of in values with pad values of padding on each side. */
typedef struct {
    size_t in, kernel, stride, pad, dilation;
    size_t out;
} Window;

/* The windows along an axis of in values: out = floor((in + 2 pad -
   dilation (kernel - 1) - 1) / stride) + 1, or with ceil_mode the ceiling,
   less one if the last window would start in the right padding. Stops the
   program naming who if in, kernel, stride or dilation is 0, or if a
   window does not fit in the padded input. */
Window window_along(size_t in, size_t kernel, size_t stride, size_t pad,
                    size_t dilation, bool ceil_mode, const char *who);
/* Tap tap of window o: true, with its position in the input in *at, if it
   falls on the input; false if it falls on the padding. */
static inline bool window_tap(const Window *a, size_t o, size_t tap, size_t *at)
{
    const size_t padded = o * a->stride + tap * a->dilation;
    if (padded < a->pad || padded >= a->in + a->pad)
        return false;
    *at = padded - a->pad;
    return true;
}
/* The windows whose tap tap falls on the input: *first <= o < *end (the
   taps of the others fall on the padding). */
void window_span(const Window *a, size_t tap, size_t *first, size_t *end);

#endif

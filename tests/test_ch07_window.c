/* test_ch07_window.c: the windows of chapter 7's layers. Without arguments
   it checks output sizes against PyTorch's formula worked by hand, and
   where the taps fall; with an argument (zero, wide, channels, poolpad,
   dilation) it makes that mistake on purpose, which the layer must refuse
   with one line and exit status 1 (tests/ch07.cmake checks the messages). */
#include "check.h"
#include "nn/conv.h"
#include "nn/pool2d.h"

#include <string.h>

static void make_mistake(const char *which)
{
    if (strcmp(which, "zero") == 0)
        window_along(5, 3, 0, 0, 1, false, "conv2d");
    else if (strcmp(which, "wide") == 0)
        window_along(4, 3, 1, 0, 2, false, "conv2d");
    else if (strcmp(which, "channels") == 0)
        conv2d_layer(0, 3, window_along(4, 3, 1, 0, 1, false, "conv2d"),
                     window_along(4, 3, 1, 0, 1, false, "conv2d"));
    else {
        Window ok = window_along(6, 2, 2, 0, 1, false, "pool2d");
        Window bad = strcmp(which, "poolpad") == 0 ? window_along(6, 2, 2, 2, 1, false, "pool2d")
                                                   : window_along(6, 2, 2, 0, 2, false, "pool2d");
        pool2d_layer(ok, bad);
    }
}

int main(int argc, char **argv)
{
    if (argc > 1) {
        make_mistake(argv[1]);
        return 0;
    }
    /* floor((in + 2 pad - dilation (kernel - 1) - 1) / stride) + 1 */
    check_true("28, kernel 3: 26", window_along(28, 3, 1, 0, 1, false, "t").out == 26, "");
    check_true("26, kernel 2, stride 2: 13", window_along(26, 2, 2, 0, 1, false, "t").out == 13, "");
    check_true("13, kernel 2, stride 2: 6 (the last row dropped)",
               window_along(13, 2, 2, 0, 1, false, "t").out == 6, "");
    check_true("13, kernel 2, stride 2, ceiling: 7",
               window_along(13, 2, 2, 0, 1, true, "t").out == 7, "");
    check_true("7, kernel 3, stride 2, padding 1: 4",
               window_along(7, 3, 2, 1, 1, false, "t").out == 4, "");
    check_true("8, kernel 3, stride 2, padding 1: 4, ceiling: 5",
               window_along(8, 3, 2, 1, 1, false, "t").out == 4 &&
               window_along(8, 3, 2, 1, 1, true, "t").out == 5, "");
    check_true("5, kernel 2, stride 2, padding 1, ceiling: 3, not 4 (no window in the padding)",
               window_along(5, 2, 2, 1, 1, true, "t").out == 3, "");
    check_true("6, kernel 3, dilation 2, padding 2: 6 (the same size)",
               window_along(6, 3, 1, 2, 2, false, "t").out == 6, "");
    check_true("1, kernel 3, padding 1: 1", window_along(1, 3, 1, 1, 1, false, "t").out == 1, "");
    /* 6 values padded by 1, kernel 3, dilation 2, stride 2: 2 windows, tap u
       of window o at padded position 2 o + 2 u, input position 2 o + 2 u - 1 */
    Window a = window_along(6, 3, 2, 1, 2, false, "t");
    size_t at = 99;
    bool first = window_tap(&a, 0, 0, &at);
    bool second = window_tap(&a, 0, 1, &at) && at == 1;
    bool last = window_tap(&a, 1, 2, &at) && at == 5;
    check_true("window_tap: the padding, then positions 1 and 5", a.out == 2 && !first &&
               second && last, "out %zu", a.out);
    return check_finish("test_ch07_window");
}

/* conv_tour: edge kernels on a small image, and the shapes of a small
   convolutional classifier for 28 x 28 images, layer by layer. */
#include "core/cli.h"
#include "core/values.h"
#include "nn/conv.h"
#include "nn/window.h"

#include <stdio.h>

enum { ROWS = 6, COLS = 7 };

/* x is (rows, cols): prints it under its title, one row per line. */
static void print_map(const char *title, const double *x, size_t rows,
                      size_t cols)
{
    printf("%s (%zu x %zu):\n", title, rows, cols);
    for (size_t r = 0; r < rows; r++) {
        for (size_t q = 0; q < cols; q++)
            printf("%3.0f", x[r * cols + q] + 0.0);     /* no "-0" */
        printf("\n");
    }
}

static void print_edges(void)
{
    double image[ROWS * COLS] = {0}, map[ROWS * COLS];
    for (size_t r = 2; r < 5; r++)
        for (size_t q = 2; q < 5; q++)
            image[r * COLS + q] = 1.0;
    print_map("image", image, ROWS, COLS);
    const double kernel[2] = {-1.0, 1.0};
    const char *titles[2] = {"kernel (-1, 1): vertical edges",
                             "kernel (-1; 1): horizontal edges"};
    for (size_t k = 0; k < 2; k++) {
        size_t kh = k == 0 ? 1 : 2, kw = k == 0 ? 2 : 1;
        Conv2d c = conv2d_layer(1, 1, window_along(ROWS, kh, 1, 0, 1, false, "conv_tour"),
                                window_along(COLS, kw, 1, 0, 1, false, "conv_tour"));
        conv2d_forward(&c, 1, image, kernel, NULL, map);
        printf("\n");
        print_map(titles[k], map, c.h.out, c.w.out);
    }
}

/* One row of the table; a field of 0 is the whole image. */
static void print_layer(const char *name, const char *shape, size_t params,
                        size_t field)
{
    printf("%-12s %-14s %10zu ", name, shape, params);
    if (field)
        printf("%6zu\n", field);
    else
        printf("%6s\n", "all");
}

static void print_shapes(void)
{
    const struct { const char *name; size_t channels, kernel, pool; } layers[] = {
        {"conv 3x3", 32, 3, 0}, {"maxpool 2x2", 0, 0, 2},
        {"conv 3x3", 64, 3, 0}, {"maxpool 2x2", 0, 0, 2},
        {"conv 3x3", 64, 3, 0},
    };
    size_t channels = 1, side = 28, field = 1, jump = 1, convs = 0, total = 0;
    size_t field_convs = 1;                  /* the same convolutions without pools */
    char shape[32];
    printf("\n%-12s %-14s %10s %6s\n", "layer", "output", "parameters", "field");
    print_layer("input", "(1, 28, 28)", 0, 1);
    value_report("params_dense_image", (double)(side * side + 1) * 64);
    for (size_t l = 0; l < sizeof layers / sizeof layers[0]; l++) {
        size_t params = 0, k = layers[l].pool ? layers[l].pool : layers[l].kernel;
        Window a = window_along(side, k, layers[l].pool ? k : 1, 0, 1, false, "conv_tour");
        if (layers[l].channels) {
            char name[32];
            params = layers[l].channels * (channels * k * k + 1);
            channels = layers[l].channels;
            field_convs += k - 1;
            snprintf(name, sizeof name, "params_conv%zu", ++convs);
            value_report(name, (double)params);
        }
        field += (k - 1) * jump;
        jump *= a.stride;
        side = a.out;
        total += params;
        snprintf(shape, sizeof shape, "(%zu, %zu, %zu)", channels, side, side);
        print_layer(layers[l].name, shape, params, field);
    }
    value_report("field_last", (double)field);
    value_report("field_convs_only", (double)field_convs);
    const size_t dense[2] = {64, 10};
    size_t in = channels * side * side;
    snprintf(shape, sizeof shape, "(%zu)", in);
    print_layer("flatten", shape, 0, field);
    for (size_t l = 0; l < 2; l++) {
        total += dense[l] * (in + 1);
        snprintf(shape, sizeof shape, "(%zu)", dense[l]);
        print_layer("dense", shape, dense[l] * (in + 1), 0);
        if (l == 0)
            value_report("params_dense1", (double)(dense[l] * (in + 1)));
        in = dense[l];
    }
    printf("%-12s %-14s %10zu\n", "total", "", total);
    value_report("params_total", (double)total);
}

/* --help prints this. */
static const char USAGE[] =
    "usage: conv_tour\n"
    "Edge kernels on a small image, and the shapes of a small convolutional\n"
    "classifier for 28 x 28 images (chapter 7).\n";

int main(int argc, char **argv)
{
    cli_help(argc, argv, USAGE);
    cli_no_arguments("conv_tour", argc, argv);
    print_edges();
    print_shapes();
    return cli_finish("conv_tour");
}

/* cnn_step.c: the seconds of one training step of chapter 7's CNN for
 * Fashion-MNIST (models/image_nets: forward, the cross-entropy's backward
 * pass and an Adam step) on a batch of N random 28 x 28 images, averaged
 * over REPS steps after one to warm up.
 *   bench_cnn_step N REPS
 * Prints the seconds per step, for tests/bench/ch07_cnn.py, which runs it
 * alternately with PyTorch. */
#include "core/mem.h"
#include "core/rng.h"
#include "models/image_nets.h"
#include "optim/optim.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now(void)
{
    struct timespec ts;
    timespec_get(&ts, TIME_UTC);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

int main(int argc, char **argv)
{
    const size_t n = argc == 3 ? strtoul(argv[1], NULL, 10) : 0;
    const size_t reps = argc == 3 ? strtoul(argv[2], NULL, 10) : 0;
    if (n == 0 || n > 4096 || reps == 0) {
        fprintf(stderr, "bench_cnn_step: error: usage: bench_cnn_step N REPS\n");
        return 2;
    }
    Rng r;
    rng_seed_python(&r, 1);
    Sequential m = image_net_new(IMAGE_NET_CNN, 28, 28, 10);
    sequential_alloc(&m, n, &r);
    double *x = mem_alloc(n * 28 * 28, sizeof x[0]);
    size_t *t = mem_alloc(n, sizeof t[0]);
    for (size_t i = 0; i < n * 28 * 28; i++)
        x[i] = rng_random(&r);
    for (size_t b = 0; b < n; b++)
        t[b] = b % 10;
    OptimConfig c = optim_defaults(OPTIM_ADAM);
    Optim opt;
    char why[OPTIM_WHY_SIZE];
    optim_init(&opt, &c, m.params.size, why, sizeof why);
    double loss = 0.0, start = 0.0;
    for (size_t k = 0; k <= reps; k++) {
        if (k == 1)
            start = now();
        sequential_forward(&m, x, n);
        loss += sequential_loss(&m, t, n, true);
        optim_step(&opt, m.params.data, m.params.grad);
        params_zero_grad(&m.params);
    }
    printf("%.6g\n", (now() - start) / (double)reps + 0.0 * loss);
    optim_free(&opt);
    mem_free(x);
    mem_free(t);
    sequential_free(&m);
    return 0;
}

/* train_step.c: the seconds of one training step of one of chapter 7's
 * networks (forward, the cross-entropy's backward pass and an Adam step),
 * averaged over REPS steps after one to warm up.
 *   bench_train_step cnn N REPS       the CNN for Fashion-MNIST (models/
 *                                     image_nets) on N random 28 x 28 images
 *   bench_train_step textcnn N REPS   TextCNN at the sizes spam_classifier
 *                                     trains (20,002 words of 128 numbers,
 *                                     widths 3, 4, 5 of 100 filters, dropout
 *                                     0.5) on N texts of 400 random ids
 * Prints the seconds per step, for tests/bench/ch07_steps.py, which runs it
 * alternately with PyTorch. */
#include "core/mem.h"
#include "core/randn.h"
#include "models/image_nets.h"
#include "models/textcnn.h"
#include "optim/optim.h"

#include "clock.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { VOCAB = 20002, LEN = 400 };

/* One of the two networks with a batch of n inputs and their classes. */
typedef struct {
    bool text;
    Sequential cnn;
    TextCnn textcnn;
    double *images;                      /* (n, 28, 28) */
    size_t *ids, *t;                     /* (n, L), (n) */
    Rng *rng;                            /* TextCNN's dropout */
} Network;

/* The mean loss of the batch, its gradient added to the parameters. */
static double forward_backward(Network *net, size_t n)
{
    if (net->text) {
        textcnn_forward(&net->textcnn, net->ids, n, net->rng);
        return textcnn_loss(&net->textcnn, net->t, n, true);
    }
    sequential_forward(&net->cnn, net->images, n);
    return sequential_loss(&net->cnn, net->t, n, true);
}

int main(int argc, char **argv)
{
    const bool known = argc == 4 && (strcmp(argv[1], "cnn") == 0 || strcmp(argv[1], "textcnn") == 0);
    const size_t n = known ? strtoul(argv[2], NULL, 10) : 0;
    const size_t reps = known ? strtoul(argv[3], NULL, 10) : 0;
    if (n == 0 || n > 1024 || reps == 0) {
        fprintf(stderr, "bench_train_step: error: usage: bench_train_step cnn|textcnn N REPS\n");
        return 2;
    }
    Randn g;
    randn_seed(&g, 1);
    Network net = {.text = strcmp(argv[1], "textcnn") == 0, .rng = &g.rng};
    net.t = mem_alloc(n, sizeof net.t[0]);
    Params *params;
    if (net.text) {
        const TextCnnShape shape = {VOCAB, 128, 3, {3, 4, 5}, 100, 2, LEN, 0.5};
        net.textcnn = textcnn_new(&shape, n, &g);
        params = &net.textcnn.params;
        net.ids = mem_alloc(n * LEN, sizeof net.ids[0]);
        for (size_t i = 0; i < n * LEN; i++)
            net.ids[i] = 1 + (size_t)(rng_random(&g.rng) * (VOCAB - 1));
    } else {
        net.cnn = image_net_new(IMAGE_NET_CNN, 28, 28, 10);
        sequential_alloc(&net.cnn, n, &g.rng);
        params = &net.cnn.params;
        net.images = mem_alloc(n * 28 * 28, sizeof net.images[0]);
        for (size_t i = 0; i < n * 28 * 28; i++)
            net.images[i] = rng_random(&g.rng);
    }
    for (size_t b = 0; b < n; b++)
        net.t[b] = b % (net.text ? 2 : 10);
    OptimConfig c = optim_defaults(OPTIM_ADAM);
    Optim opt;
    char why[OPTIM_WHY_SIZE];
    optim_init(&opt, &c, params->size, why, sizeof why);
    double loss = 0.0, start = 0.0;
    for (size_t k = 0; k <= reps; k++) {
        if (k == 1)
            start = bench_now();
        loss += forward_backward(&net, n);
        optim_step(&opt, params->data, params->grad);
        params_zero_grad(params);
    }
    printf("%.6g\n", (bench_now() - start) / (double)reps + 0.0 * loss);
    optim_free(&opt);
    if (net.text) {
        textcnn_free(&net.textcnn);
        mem_free(net.ids);
    } else {
        sequential_free(&net.cnn);
        mem_free(net.images);
    }
    mem_free(net.t);
    return 0;
}

/* text_tour: the four steps from a string to a probability, on "abcd" and
   "bcde", with random parameters (no training yet). */
#include "core/cli.h"
#include "core/mem.h"
#include "core/rng.h"
#include "data/vocab.h"
#include "nn/activation.h"
#include "nn/embedding.h"
#include "nn/linear.h"
#include "nn/pool.h"

#include <stdio.h>

enum { DIM = 5, MAX_LEN = 4 };

/* v is (DIM); prints "  label: v0 v1 ...". */
static void print_row(const char *label, const double *v)
{
    printf("  %-5s", label);
    for (size_t j = 0; j < DIM; j++)
        printf(" %7.4f", v[j]);
    printf("\n");
}

/* --help prints this. */
static const char USAGE[] =
    "usage: text_tour\n"
    "The four steps from a string to a probability (chapter 4), untrained.\n";

int main(int argc, char **argv)
{
    cli_help(argc, argv, USAGE);
    cli_no_arguments("text_tour", argc, argv);
    Vocab v = vocab_new();
    vocab_add_text(&v, "abcdefghijklmnopqrstuvwxyz", VOCAB_CHARS);
    Rng rng;
    rng_seed_python(&rng, 0);
    double *table = mem_alloc(v.count * DIM, sizeof table[0]), w[DIM], b = 0.0;
    for (size_t i = 0; i < v.count * DIM; i++)
        table[i] = rng_random(&rng);
    for (size_t j = 0; j < DIM; j++)
        w[j] = rng_random(&rng) - 0.5;
    const char *texts[2] = {"abcd", "bcde"};
    for (size_t k = 0; k < 2; k++) {
        size_t ids[MAX_LEN];
        size_t len = vocab_encode(&v, texts[k], VOCAB_CHARS, ids, MAX_LEN);
        printf("\"%s\" -> ids", texts[k]);
        for (size_t t = 0; t < len; t++)
            printf(" %zu", ids[t]);
        printf("\n");
        double rows[MAX_LEN * DIM], mean[DIM], z;
        embedding_forward(table, v.count, DIM, ids, len, rows);
        for (size_t t = 0; t < len; t++)
            print_row(v.tokens[ids[t]], &rows[t * DIM]);
        pool_mean_forward(rows, len, DIM, mean);
        print_row("mean", mean);
        linear_forward(mean, w, &b, 1, DIM, 1, &z);
        printf("  logit z = w.mean + b = %.4f, sigmoid(z) = %.4f\n\n", z,
               activation_sigmoid(z));
    }
    mem_free(table);
    vocab_free(&v);
    return cli_finish("text_tour");
}

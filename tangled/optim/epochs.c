/* epochs.c: training in epochs of shuffled mini-batches. */
#include "optim/epochs.h"

#include "core/cli.h"
#include "core/mem.h"
#include "core/shuffle.h"
#include "core/values.h"

#include <stdio.h>
#include <stdlib.h>

bool epochs_train(const Learner *l, const Schedule *s, Rng *rng)
{
    Optim opt;
    char why[OPTIM_WHY_SIZE];
    if (!optim_init(&opt, &s->optim, l->params, why, sizeof why)) {
        fprintf(stderr, "%s: error: %s\n", s->prog, why);
        exit(1);
    }
    size_t *order = mem_alloc(l->count, sizeof order[0]), step = 0, in_window = 0;
    for (size_t i = 0; i < l->count; i++)
        order[i] = i;
    const size_t per_epoch = (l->count + s->batch - 1) / s->batch;
    double window = 0.0;
    bool stopped = false;
    printf("step\tepoch\ttrain_loss\ttest_loss\ttest_accuracy\n");
    for (size_t epoch = 1; epoch <= s->epochs && !stopped; epoch++) {
        shuffle(rng, order, l->count, sizeof order[0]);
        for (size_t k = 0; k < l->count && !stopped; k += s->batch) {
            const size_t n = l->count - k < s->batch ? l->count - k : s->batch;
            window += l->step(l->model, &order[k], n, &opt);
            step++;
            in_window++;
            stopped = step == s->stop_after;
            const bool last = k + n == l->count;
            if (step % s->every != 0 && !last)
                continue;
            cli_check_finite(s->prog, "the training loss", window);
            printf("%zu\t%.6g\t%.6g", step, (double)step / (double)per_epoch,
                   window / (double)in_window);
            window = 0.0;
            in_window = 0;
            if (!last) {
                printf("\t-\t-\n");
                continue;
            }
            double loss, accuracy;
            l->test(l->model, &loss, &accuracy);
            cli_check_finite(s->prog, "the test loss", loss);
            printf("\t%.6g\t%.6g\n", loss, accuracy);
            char name[32];
            snprintf(name, sizeof name, "epoch_%zu_accuracy", epoch);
            value_report(name, accuracy);
        }
    }
    optim_free(&opt);
    mem_free(order);
    return !stopped;
}

/* epochs.h: training in epochs of shuffled mini-batches, printing the
   learning curve that the programs of chapter 7 onwards draw. */
#ifndef LITNN_EPOCHS_H
#define LITNN_EPOCHS_H

#include "core/rng.h"
#include "optim/optim.h"

#include <stdbool.h>
#include <stddef.h>

/* A model that learns, behind two functions and a pointer they share. */
typedef struct {
    void *model;
    size_t params, count;        /* the model's parameters; training examples */
    /* One step on training examples which[0..n): the forward and backward
       passes and opt's update; returns the batch's mean loss. */
    double (*step)(void *model, const size_t *which, size_t n, Optim *opt);
    /* The mean loss and the accuracy on the test examples. */
    void (*test)(void *model, double *loss, double *accuracy);
} Learner;

/* How a learner trains. */
typedef struct {
    const char *prog;            /* names the program in an error */
    OptimConfig optim;
    size_t epochs, batch;
    size_t every;                /* a line of the curve every `every` steps */
    size_t stop_after;           /* steps; 0: never stop early */
} Schedule;

/* Trains l for s->epochs epochs of batches of s->batch examples, in an
   order that rng shuffles at every epoch (an epoch's last batch holds what
   is left), with the optimizer s->optim. Prints the learning curve as
   "step epoch train_loss test_loss test_accuracy" lines: one every
   s->every steps and one at the end of each epoch, with the mean training
   loss since the line before, and at the end of an epoch the test loss and
   accuracy ("-" on other lines), each epoch's reported as the value
   "epoch_<k>_accuracy". Stops the program if a loss is not finite.
   Returns false if it stopped after s->stop_after steps. */
bool epochs_train(const Learner *l, const Schedule *s, Rng *rng);

#endif

/* optim.h: optimizers that update a block of n parameters from their
   gradient, with PyTorch's formulas: SGD (with momentum and Nesterov),
   RMSprop, Adam and AdamW. */
#ifndef LITNN_OPTIM_H
#define LITNN_OPTIM_H

#include <stdbool.h>
#include <stddef.h>

typedef enum { OPTIM_SGD, OPTIM_RMSPROP, OPTIM_ADAM, OPTIM_ADAMW } OptimKind;

/* An optimizer's hyper-parameters; each kind reads the fields it names. */
typedef struct {
    OptimKind kind;
    double lr;            /* all: the learning rate */
    double weight_decay;  /* all: L2 (g += wd p); AdamW: p *= 1 - lr wd */
    double momentum;      /* SGD: 0 for none */
    bool nesterov;        /* SGD: Nesterov momentum (needs momentum > 0) */
    double alpha;         /* RMSprop: decay of the mean square */
    double beta1, beta2;  /* Adam, AdamW: decays of the two moments */
    double eps;           /* RMSprop, Adam, AdamW: added to the denominator */
} OptimConfig;

/* PyTorch's defaults for kind (SGD, which has none there, gets lr 1e-3). */
OptimConfig optim_defaults(OptimKind kind);

enum { OPTIM_WHY_SIZE = 128 };   /* enough for any message below */
/* True if c is valid; else false, with the reason written to why (size). */
bool optim_config_check(const OptimConfig *c, char *why, size_t size);
/* Reads "name" or "name:key=value,key=value..." (names sgd, rmsprop, adam,
   adamw; keys as the fields, nesterov 0 or 1) into c, starting from the
   defaults, and checks it; false with the reason in why otherwise. */
bool optim_config_parse(const char *spec, OptimConfig *c, char *why,
                        size_t size);

/* An optimizer for n parameters: its configuration and its state. */
typedef struct {
    OptimConfig c;
    size_t n;
    unsigned long t;      /* steps taken */
    double *m;            /* (n): SGD's velocity; Adam's first moment */
    double *v;            /* (n): RMSprop's and Adam's mean of g^2 */
} Optim;

/* Checks c and prepares o for n parameters, with zero state; false with
   the reason in why (size) if c is invalid. Release o with optim_free. */
bool optim_init(Optim *o, const OptimConfig *c, size_t n, char *why,
                size_t size);
/* param and grad are (n); one step: updates param from grad. */
void optim_step(Optim *o, double *param, const double *grad);
void optim_free(Optim *o);

#endif

/* gradcheck.h: compares an analytic gradient with central differences. */
#ifndef LITNN_GRADCHECK_H
#define LITNN_GRADCHECK_H

#include <stddef.h>

/* The loss at the parameters as they are now; ctx is the caller's. */
typedef double GradcheckLoss(void *ctx);

typedef struct {
    double max_rel;   /* max_abs / the largest |component| of either gradient */
    double max_abs;   /* the largest |analytic - numeric| */
    size_t worst;     /* the parameter where it occurs */
} GradcheckResult;

/* params and grad are (n): grad is the analytic gradient of loss at params.
   Moves each params[i] by +h and -h, calls loss, and restores it exactly. */
GradcheckResult gradcheck(GradcheckLoss *loss, void *ctx, double *params,
                          const double *grad, size_t n, double h);

#endif

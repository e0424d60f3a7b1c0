/* gradcheck.c: central differences, parameter by parameter. */
#include "core/gradcheck.h"

#include <math.h>

GradcheckResult gradcheck(GradcheckLoss *loss, void *ctx, double *params,
                          const double *grad, size_t n, double h)
{
    GradcheckResult r = {0.0, 0.0, 0};
    double scale = 0.0;
    for (size_t i = 0; i < n; i++) {
        double saved = params[i], up = saved + h, down = saved - h;
        params[i] = up;
        double loss_up = loss(ctx);
        params[i] = down;
        double loss_down = loss(ctx);
        params[i] = saved;
        double numeric = (loss_up - loss_down) / (up - down);
        double diff = fabs(grad[i] - numeric);
        scale = fmax(scale, fmax(fabs(grad[i]), fabs(numeric)));
        if (diff > r.max_abs || (isnan(diff) && !isnan(r.max_abs))) {
            r.max_abs = diff;
            r.worst = i;
        }
    }
    r.max_rel = scale > 0.0 ? r.max_abs / scale : r.max_abs;
    return r;
}

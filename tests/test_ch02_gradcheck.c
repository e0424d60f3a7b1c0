/* test_ch02_gradcheck.c: the network's backward pass against central
   differences (h = 1e-5), for the whole network's mean loss over the circle
   data set, at several networks and points; and the checker itself, which
   must catch a gradient with one wrong entry. */
#include "check.h"
#include "core/gradcheck.h"
#include "core/mem.h"
#include "core/rng.h"
#include "data/circle.h"
#include "models/mlp.h"

#include <string.h>

enum { DENSITY = 10, SAMPLES = 121 };
static const double H = 1e-5, TOL = 1e-6;

/* The network and the data set whose mean loss is checked. */
typedef struct {
    Mlp *net;
    const double *xy, *t;
} Problem;

/* GradcheckLoss: the mean square loss at the network's current parameters. */
static double problem_loss(void *ctx)
{
    Problem *p = ctx;
    return mlp_loss(p->net, p->xy, p->t, SAMPLES, false);
}

/* Checks the analytic gradient of net at its current parameters; returns a
   copy of that gradient (free it with mem_free). */
static double *check_net(const char *what, Mlp *net, const double *xy,
                         const double *t)
{
    mlp_zero_grad(net);
    mlp_loss(net, xy, t, SAMPLES, true);
    double *grad = mem_alloc(net->num_params, sizeof *grad);
    memcpy(grad, net->grads, net->num_params * sizeof *grad);
    Problem p = {net, xy, t};
    check_gradient(what, problem_loss, &p, net->params, grad, net->num_params, H, TOL);
    return grad;
}

int main(void)
{
    double xy[2 * SAMPLES], t[SAMPLES];
    circle_grid(DENSITY, xy, t);
    Rng rng;

    rng_seed_python(&rng, 0);
    size_t h4[1] = {4};
    Mlp net = mlp_new(2, h4, 1, &rng);
    double *grad = check_net("gradcheck 2-4-1, initial weights", &net, xy, t);

    /* A gradient with one entry 1% off must be caught, and located. */
    grad[5] *= 1.01;
    Problem p = {&net, xy, t};
    GradcheckResult bad = gradcheck(problem_loss, &p, net.params, grad,
                                    net.num_params, H);
    check_true("gradcheck catches a 1% error in parameter 5",
               bad.max_rel > TOL && bad.worst == 5,
               "normwise rel error %.3g, worst at parameter %zu", bad.max_rel, bad.worst);
    mem_free(grad);

    for (int s = 0; s < 300; s++)
        mlp_train_step(&net, mlp_loss, xy, t, SAMPLES, 10.0);
    mem_free(check_net("gradcheck 2-4-1, after 300 steps", &net, xy, t));
    mlp_free(&net);

    rng_seed_python(&rng, 1);
    size_t h43[2] = {4, 3};
    net = mlp_new(2, h43, 2, &rng);
    mem_free(check_net("gradcheck 2-4-3-1, seed 1", &net, xy, t));
    mlp_free(&net);

    rng_seed_python(&rng, 2);
    size_t h884[3] = {8, 8, 4};
    net = mlp_new(2, h884, 3, &rng);
    mem_free(check_net("gradcheck 2-8-8-4-1, seed 2", &net, xy, t));
    mlp_free(&net);
    return check_finish("ch02_gradcheck");
}

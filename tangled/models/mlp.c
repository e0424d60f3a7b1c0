/* mlp.c: sigmoid neurons in layers; forward, backward, gradient descent. */
#include "models/mlp.h"

#include "core/gemm.h"
#include "core/mem.h"
#include "core/vec.h"
#include "nn/activation.h"

#include <math.h>
#include <string.h>

Mlp mlp_new(size_t num_inputs, const size_t *hidden, size_t num_hidden,
            Rng *rng)
{
    Mlp net = {.num_inputs = num_inputs, .num_layers = num_hidden + 1};
    net.layers = mem_alloc(net.num_layers, sizeof net.layers[0]);
    size_t num_values = num_inputs;
    for (size_t l = 0; l < net.num_layers; l++) {
        Mat *w = &net.layers[l].w;
        w->rows = l < num_hidden ? hidden[l] : 1;
        w->cols = l == 0 ? num_inputs : hidden[l - 1];
        net.num_params += w->rows * w->cols + w->rows;
        num_values += 2 * w->rows;
    }
    net.params = mem_alloc(net.num_params, sizeof net.params[0]);
    net.grads = mem_alloc(net.num_params, sizeof net.grads[0]);
    net.values = mem_alloc(num_values, sizeof net.values[0]);
    double *p = net.params, *g = net.grads, *v = net.values + num_inputs;
    const double *input = net.values;
    for (size_t l = 0; l < net.num_layers; l++) {
        MlpLayer *layer = &net.layers[l];
        size_t n_out = layer->w.rows, n_in = layer->w.cols;
        layer->w.data = p;
        layer->dw = (Mat){n_out, n_in, g};
        layer->b = p + n_out * n_in;
        layer->db = g + n_out * n_in;
        p += n_out * n_in + n_out;
        g += n_out * n_in + n_out;
        layer->x = input;
        layer->a = v;
        layer->da = v + n_out;
        v += 2 * n_out;
        input = layer->a;
    }
    for (size_t l = 0; l < net.num_layers; l++) {
        Mat *w = &net.layers[l].w;
        for (size_t q = 0; q < w->rows * w->cols; q++)
            w->data[q] = rng_random(rng) - 0.5;
    }
    return net;
}

void mlp_free(Mlp *net)
{
    mem_free(net->layers);
    mem_free(net->params);
    mem_free(net->grads);
    mem_free(net->values);
    *net = (Mlp){0};
}

double mlp_forward(Mlp *net, const double *x)
{
    memcpy(net->values, x, net->num_inputs * sizeof x[0]);
    for (size_t l = 0; l < net->num_layers; l++) {
        MlpLayer *layer = &net->layers[l];
        for (size_t k = 0; k < layer->w.rows; k++) {     /* neuron k */
            double z = vec_dot(mat_at(&layer->w, k, 0), layer->x, layer->w.cols)
                       + layer->b[k];
            layer->a[k] = activation_sigmoid(z);
        }
    }
    return net->layers[net->num_layers - 1].a[0];
}

double mlp_square_loss(double p, double t)
{
    return (p - t) * (p - t);
}

double mlp_square_loss_derivative(double p, double t)
{
    return 2.0 * (p - t);
}

/* layer->da is (n_out), dL/da; adds dL/dw and dL/db into layer->dw and
   layer->db; dx is (n_in) or NULL, and receives dL/dx. */
static void mlp_layer_backward(MlpLayer *layer, double *dx)
{
    size_t n_in = layer->w.cols;
    if (dx)
        memset(dx, 0, n_in * sizeof dx[0]);
    for (size_t k = 0; k < layer->w.rows; k++) {
        double a = layer->a[k];
        double delta = layer->da[k] * (a * (1.0 - a));      /* dL/dz_k */
        layer->db[k] += delta;
        vec_axpy(delta, layer->x, mat_at(&layer->dw, k, 0), n_in);
        if (dx)
            vec_axpy(delta, mat_at(&layer->w, k, 0), dx, n_in);
    }
}

void mlp_backward(Mlp *net, double d_loss)
{
    size_t last = net->num_layers - 1;
    net->layers[last].da[0] = d_loss;
    for (size_t l = last + 1; l-- > 0;)
        mlp_layer_backward(&net->layers[l], l > 0 ? net->layers[l - 1].da : NULL);
}

void mlp_zero_grad(Mlp *net)
{
    memset(net->grads, 0, net->num_params * sizeof net->grads[0]);
}

void mlp_update(Mlp *net, double lr)
{
    vec_axpy(-lr, net->grads, net->params, net->num_params);
}

double mlp_loss(Mlp *net, const double *x, const double *t, size_t count,
                bool backward)
{
    double loss = 0.0;
    for (size_t n = 0; n < count; n++) {
        double p = mlp_forward(net, &x[n * net->num_inputs]);
        loss += mlp_square_loss(p, t[n]);
        if (backward)
            mlp_backward(net, mlp_square_loss_derivative(p, t[n]) / (double)count);
    }
    return loss / (double)count;
}

double mlp_train_step(Mlp *net, MlpLossFn *loss, const double *x,
                      const double *t, size_t count, double lr)
{
    mlp_zero_grad(net);
    double value = loss(net, x, t, count, true);
    mlp_update(net, lr);
    return value;
}

double mlp_matrix_loss(Mlp *net, const double *x, const double *t,
                       size_t count, bool backward)
{
    size_t rows = 0;                  /* sum over layers of count n_out */
    for (size_t l = 0; l < net->num_layers; l++)
        rows += count * net->layers[l].w.rows;
    double *block = mem_alloc(2 * rows, sizeof block[0]);
    double **a = mem_alloc(2 * net->num_layers, sizeof a[0]), **d = a + net->num_layers;
    const double *in = x;
    for (size_t l = 0, at = 0; l < net->num_layers; l++) {
        const MlpLayer *layer = &net->layers[l];
        size_t n_out = layer->w.rows, n_in = layer->w.cols;
        a[l] = &block[at];                    /* (count, n_out): A of layer l */
        d[l] = &block[rows + at];             /* (count, n_out): dL/dA */
        at += count * n_out;
        gemm(false, true, count, n_out, n_in, 1.0, in, n_in, layer->w.data, n_in,
             0.0, a[l], n_out);               /* X W^T */
        for (size_t n = 0; n < count; n++)
            for (size_t k = 0; k < n_out; k++)
                a[l][n * n_out + k] = activation_sigmoid(a[l][n * n_out + k] + layer->b[k]);
        in = a[l];
    }
    const size_t last = net->num_layers - 1;
    double loss = 0.0;
    for (size_t n = 0; n < count; n++) {
        loss += mlp_square_loss(a[last][n], t[n]);
        d[last][n] = mlp_square_loss_derivative(a[last][n], t[n]) / (double)count;
    }
    for (size_t l = last + 1; backward && l-- > 0;) {
        MlpLayer *layer = &net->layers[l];
        size_t n_out = layer->w.rows, n_in = layer->w.cols;
        for (size_t q = 0; q < count * n_out; q++)        /* Delta = D A (1 - A) */
            d[l][q] *= a[l][q] * (1.0 - a[l][q]);
        for (size_t n = 0; n < count; n++)
            for (size_t k = 0; k < n_out; k++)
                layer->db[k] += d[l][n * n_out + k];
        gemm(true, false, n_out, n_in, count, 1.0, d[l], n_out, l > 0 ? a[l - 1] : x, n_in,
             1.0, layer->dw.data, n_in);                  /* dW += Delta^T X */
        if (l > 0)
            gemm(false, false, count, n_in, n_out, 1.0, d[l], n_out, layer->w.data, n_in,
                 0.0, d[l - 1], n_in);                    /* D of the layer below */
    }
    mem_free(a);
    mem_free(block);
    return loss / (double)count;
}

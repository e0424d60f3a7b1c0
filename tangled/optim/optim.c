/* optim.c: the optimizers of optim.h, formula by formula as in torch.optim. */
#include "optim/optim.h"

#include "core/cli.h"
#include "core/mem.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

OptimConfig optim_defaults(OptimKind kind)
{
    OptimConfig c = {.kind = kind, .lr = 1e-3, .weight_decay = 0.0,
                     .momentum = 0.0, .nesterov = false, .alpha = 0.99,
                     .beta1 = 0.9, .beta2 = 0.999, .eps = 1e-8};
    if (kind == OPTIM_RMSPROP)
        c.lr = 1e-2;
    if (kind == OPTIM_ADAMW)
        c.weight_decay = 1e-2;
    return c;
}

/* Writes "name = value must be rule" to why and returns false. */
static bool optim_reject(char *why, size_t size, const char *name,
                         double value, const char *rule)
{
    snprintf(why, size, "%s = %g must be %s", name, value, rule);
    return false;
}

/* True if x is finite and in [0, 1). */
static bool optim_unit(double x)
{
    return x >= 0.0 && x < 1.0;
}

bool optim_config_check(const OptimConfig *c, char *why, size_t size)
{
    bool sgd = c->kind == OPTIM_SGD, rmsprop = c->kind == OPTIM_RMSPROP;
    if (!(c->lr >= 0.0 && isfinite(c->lr)))
        return optim_reject(why, size, "lr", c->lr, "finite and >= 0");
    if (!(c->weight_decay >= 0.0 && isfinite(c->weight_decay)))
        return optim_reject(why, size, "weight_decay", c->weight_decay,
                            "finite and >= 0");
    if (sgd && !optim_unit(c->momentum))
        return optim_reject(why, size, "momentum", c->momentum, "in [0, 1)");
    if (sgd && c->nesterov && c->momentum == 0.0)
        return optim_reject(why, size, "momentum", c->momentum,
                            "> 0 for nesterov");
    if (rmsprop && !optim_unit(c->alpha))
        return optim_reject(why, size, "alpha", c->alpha, "in [0, 1)");
    if (!sgd && !rmsprop && !optim_unit(c->beta1))
        return optim_reject(why, size, "beta1", c->beta1, "in [0, 1)");
    if (!sgd && !rmsprop && !optim_unit(c->beta2))
        return optim_reject(why, size, "beta2", c->beta2, "in [0, 1)");
    if (!sgd && !(c->eps > 0.0 && isfinite(c->eps)))
        return optim_reject(why, size, "eps", c->eps, "finite and > 0");
    return true;
}

enum {
    OPTIM_ALL = 15,                                  /* every kind */
    OPTIM_ADAMS = (1 << OPTIM_ADAM) | (1 << OPTIM_ADAMW),
};

static const struct {
    const char *name;
    size_t offset;       /* of the double field; (size_t)-1 for nesterov */
    unsigned kinds;      /* 1 << kind for every kind that has the key */
} optim_keys[] = {
    {"lr", offsetof(OptimConfig, lr), OPTIM_ALL},
    {"weight_decay", offsetof(OptimConfig, weight_decay), OPTIM_ALL},
    {"momentum", offsetof(OptimConfig, momentum), 1 << OPTIM_SGD},
    {"nesterov", (size_t)-1, 1 << OPTIM_SGD},
    {"alpha", offsetof(OptimConfig, alpha), 1 << OPTIM_RMSPROP},
    {"beta1", offsetof(OptimConfig, beta1), OPTIM_ADAMS},
    {"beta2", offsetof(OptimConfig, beta2), OPTIM_ADAMS},
    {"eps", offsetof(OptimConfig, eps), OPTIM_ALL & ~(1u << OPTIM_SGD)},
};

static const char *const optim_names[] = {"sgd", "rmsprop", "adam", "adamw"};

/* s[0..len) equals the string name. */
static bool optim_is(const char *s, size_t len, const char *name)
{
    return strlen(name) == len && strncmp(s, name, len) == 0;
}

bool optim_config_parse(const char *spec, OptimConfig *c, char *why,
                        size_t size)
{
    size_t len = strcspn(spec, ":"), kind = 0;
    while (kind < 4 && !optim_is(spec, len, optim_names[kind]))
        kind++;
    if (kind == 4) {
        snprintf(why, size, "unknown optimizer '%.*s' (sgd, rmsprop, adam, adamw)",
                 (int)(len < 40 ? len : 40), spec);
        return false;
    }
    *c = optim_defaults((OptimKind)kind);
    unsigned seen = 0;                              /* bit k: key k was given */
    for (const char *s = spec + len; *s != '\0';) {
        s++;                                        /* past ':' or ',' */
        size_t item = strcspn(s, ","), key = strcspn(s, "=");
        size_t k = 0, count = sizeof optim_keys / sizeof optim_keys[0];
        while (k < count && !(key < item && optim_is(s, key, optim_keys[k].name)))
            k++;
        if (k == count || !(optim_keys[k].kinds & (1u << kind))) {
            size_t shown = key < item ? key : item;      /* the key, at most 40 chars */
            snprintf(why, size, "%s has no hyper-parameter '%.*s'", optim_names[kind],
                     (int)(shown < 40 ? shown : 40), s);
            return false;
        }
        if (seen & (1u << k)) {
            snprintf(why, size, "%s is given twice", optim_keys[k].name);
            return false;
        }
        seen |= 1u << k;
        char text[64];
        size_t vlen = item - key - 1;
        if (vlen == 0 || vlen >= sizeof text) {
            snprintf(why, size, "bad value for %s", optim_keys[k].name);
            return false;
        }
        memcpy(text, s + key + 1, vlen);
        text[vlen] = '\0';
        double value = 0.0;
        if (!cli_parse_decimal(text, &value) ||
            (optim_keys[k].offset == (size_t)-1 && value != 0.0 && value != 1.0)) {
            snprintf(why, size, "bad value '%s' for %s", text, optim_keys[k].name);
            return false;
        }
        if (optim_keys[k].offset == (size_t)-1)
            c->nesterov = value == 1.0;
        else
            *(double *)((char *)c + optim_keys[k].offset) = value;
        s += item;
    }
    return optim_config_check(c, why, size);
}

bool optim_init(Optim *o, const OptimConfig *c, size_t n, char *why,
                size_t size)
{
    if (!optim_config_check(c, why, size))
        return false;
    *o = (Optim){.c = *c, .n = n, .t = 0};
    o->m = mem_alloc(n, sizeof o->m[0]);
    o->v = mem_alloc(n, sizeof o->v[0]);
    return true;
}

void optim_free(Optim *o)
{
    mem_free(o->m);
    mem_free(o->v);
    *o = (Optim){.n = 0};
}

/* p and grad are (n): SGD with L2 weight decay, momentum and Nesterov. */
static void optim_sgd(Optim *o, double *p, const double *grad)
{
    const OptimConfig *c = &o->c;
    for (size_t i = 0; i < o->n; i++) {
        double g = grad[i] + c->weight_decay * p[i];
        if (c->momentum != 0.0) {
            o->m[i] = c->momentum * o->m[i] + g;
            g = c->nesterov ? g + c->momentum * o->m[i] : o->m[i];
        }
        p[i] -= c->lr * g;
    }
}

/* p and grad are (n): RMSprop, with the eps added to the square root. */
static void optim_rmsprop(Optim *o, double *p, const double *grad)
{
    const OptimConfig *c = &o->c;
    for (size_t i = 0; i < o->n; i++) {
        double g = grad[i] + c->weight_decay * p[i];
        o->v[i] = c->alpha * o->v[i] + (1.0 - c->alpha) * g * g;
        p[i] -= c->lr * (g / (sqrt(o->v[i]) + c->eps));
    }
}

/* p and grad are (n): Adam (L2 weight decay) or AdamW (decoupled). */
static void optim_adam(Optim *o, double *p, const double *grad)
{
    const OptimConfig *c = &o->c;
    bool decoupled = c->kind == OPTIM_ADAMW;
    double t = (double)o->t;
    double step_size = c->lr / (1.0 - pow(c->beta1, t));
    double correction2 = sqrt(1.0 - pow(c->beta2, t));
    for (size_t i = 0; i < o->n; i++) {
        double g = grad[i];
        if (decoupled)
            p[i] *= 1.0 - c->lr * c->weight_decay;
        else
            g += c->weight_decay * p[i];
        o->m[i] = c->beta1 * o->m[i] + (1.0 - c->beta1) * g;
        o->v[i] = c->beta2 * o->v[i] + (1.0 - c->beta2) * g * g;
        double denom = sqrt(o->v[i]) / correction2 + c->eps;
        p[i] -= step_size * (o->m[i] / denom);
    }
}

void optim_step(Optim *o, double *param, const double *grad)
{
    o->t++;
    switch (o->c.kind) {
    case OPTIM_SGD:
        optim_sgd(o, param, grad);
        break;
    case OPTIM_RMSPROP:
        optim_rmsprop(o, param, grad);
        break;
    case OPTIM_ADAM:
    case OPTIM_ADAMW:
        optim_adam(o, param, grad);
        break;
    }
}

/* test_ch03_config.c: optimizer configurations: the defaults, the parser,
   and the refusal of every invalid hyper-parameter with a message. */
#include "check.h"
#include "optim/optim.h"

#include <string.h>

/* spec must be refused with a message containing want. */
static void refused(const char *spec, const char *want)
{
    OptimConfig c;
    char why[OPTIM_WHY_SIZE] = "";
    bool ok = optim_config_parse(spec, &c, why, sizeof why);
    check_true(spec, !ok && strstr(why, want) != NULL, "refused: \"%s\"", why);
}

int main(void)
{
    OptimConfig c;
    char why[OPTIM_WHY_SIZE] = "";
    bool ok = optim_config_parse("adam", &c, why, sizeof why);
    check_true("adam: PyTorch's defaults", ok && c.kind == OPTIM_ADAM &&
               c.lr == 1e-3 && c.beta1 == 0.9 && c.beta2 == 0.999 &&
               c.eps == 1e-8 && c.weight_decay == 0.0, "lr %g", c.lr);
    ok = optim_config_parse("rmsprop", &c, why, sizeof why);
    check_true("rmsprop: PyTorch's defaults", ok && c.lr == 1e-2 &&
               c.alpha == 0.99 && c.eps == 1e-8, "lr %g, alpha %g", c.lr, c.alpha);
    ok = optim_config_parse("adamw", &c, why, sizeof why);
    check_true("adamw: PyTorch's defaults", ok && c.weight_decay == 1e-2,
               "weight_decay %g", c.weight_decay);
    ok = optim_config_parse("sgd:lr=0.5,momentum=0.9,nesterov=1,weight_decay=1e-4",
                            &c, why, sizeof why);
    check_true("sgd with every key", ok && c.kind == OPTIM_SGD && c.lr == 0.5 &&
               c.momentum == 0.9 && c.nesterov && c.weight_decay == 1e-4, "%s", why);

    refused("adam:lr=-1", "lr = -1 must be finite and >= 0");
    refused("sgd:lr=nan", "bad value 'nan' for lr");
    refused("sgd:lr=inf", "bad value 'inf' for lr");
    refused("sgd:lr=0x10", "bad value '0x10' for lr");
    refused("sgd:lr= 0.1", "bad value ' 0.1' for lr");
    refused("sgd:lr=1e-400", "bad value '1e-400' for lr");
    refused("sgd:lr=1e400", "bad value '1e400' for lr");
    refused("sgd:lr=0.1,lr=0.2", "lr is given twice");
    refused("sgd:momentum=-0.1", "momentum = -0.1 must be in [0, 1)");
    refused("sgd:momentum=1", "momentum = 1 must be in [0, 1)");
    refused("sgd:nesterov=1", "momentum = 0 must be > 0 for nesterov");
    refused("sgd:nesterov=2", "bad value '2' for nesterov");
    refused("adam:beta1=1", "beta1 = 1 must be in [0, 1)");
    refused("adam:beta2=-0.5", "beta2 = -0.5 must be in [0, 1)");
    refused("adamw:eps=0", "eps = 0 must be finite and > 0");
    refused("rmsprop:alpha=1.5", "alpha = 1.5 must be in [0, 1)");
    refused("rmsprop:weight_decay=-1", "weight_decay = -1 must be");
    refused("sgd:beta1=0.5", "sgd has no hyper-parameter 'beta1'");
    refused("adam:momentum=0.9", "adam has no hyper-parameter 'momentum'");
    refused("adam:lr", "adam has no hyper-parameter 'lr'");
    refused("adam:lr=", "bad value for lr");
    refused("adam:lr=0.1x", "bad value '0.1x' for lr");
    refused("adam:", "adam has no hyper-parameter ''");
    refused("adagrad:lr=0.1", "unknown optimizer 'adagrad'");

    /* optim_init checks too, for configurations built in code. */
    c = optim_defaults(OPTIM_ADAM);
    c.beta1 = 1.0;
    Optim o;
    check_true("optim_init refuses beta1 = 1", !optim_init(&o, &c, 3, why, sizeof why),
               "\"%s\"", why);
    return check_finish("test_ch03_config");
}

/* fuzz_parse.c: the parsers of the command lines on any text: a decimal
   that cli_parse_decimal accepts is finite, and an optimizer spec that
   optim_config_parse accepts passes optim_config_check; a refusal says why. */
#include "core/cli.h"
#include "fuzz_input.h"
#include "optim/optim.h"

#include <math.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *text = fuzz_string(data, size);
    double x;
    if (cli_parse_decimal(text, &x))
        fuzz_require(isfinite(x), "a decimal that is not finite");
    OptimConfig c;
    char why[OPTIM_WHY_SIZE] = "";
    if (optim_config_parse(text, &c, why, sizeof why))
        fuzz_require(optim_config_check(&c, why, sizeof why), "a spec that fails its check");
    else
        fuzz_require(why[0] != '\0', "a refused spec without a reason");
    free(text);
    return 0;
}

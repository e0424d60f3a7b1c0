/* image_nets.c: the classifiers of images. */
#include "models/image_nets.h"

const char *const IMAGE_NET_NAMES[3] = {"logistic", "mlp", "cnn"};

Sequential image_net_new(ImageNetKind kind, size_t height, size_t width, size_t classes)
{
    Sequential m = sequential_new(1, height, width);
    if (kind == IMAGE_NET_CNN) {
        size_t pad = height < 28 || width < 28 ? 1 : 0;
        sequential_conv(&m, 32, 3, pad);     /* 32 kernels of 3 x 3 */
        sequential_relu(&m);
        sequential_maxpool(&m, 2);
        sequential_conv(&m, 64, 3, pad);
        sequential_relu(&m);
        sequential_maxpool(&m, 2);
        sequential_conv(&m, 64, 3, pad);
        sequential_relu(&m);
    }
    sequential_flatten(&m);
    if (kind != IMAGE_NET_LOGISTIC) {
        sequential_linear(&m, kind == IMAGE_NET_CNN ? 64 : 128);
        sequential_relu(&m);
    }
    sequential_linear(&m, classes);
    return m;
}

/* clip.h: gradient clipping by the global norm, as PyTorch's
   torch.nn.utils.clip_grad_norm_. */
#ifndef LITNN_CLIP_H
#define LITNN_CLIP_H

#include <stddef.h>

/* grad is (n): if max_norm / (|grad| + 1e-6) < 1, multiplies grad by it.
   Returns |grad| before clipping. */
double clip_grad_norm(double *grad, size_t n, double max_norm);

#endif

# Chapter 7, convolution (chapters/en/07-convolution.nw).

# Reference checks: every layer, forward and backward, against PyTorch
# (tests/reference/ch07_conv.py).
litnn_c_test(ch07_conv LABEL reference SOURCES test_ch07_conv.c)

# Unit checks: the convolution on gemm gives its definition's numbers, and
# the windows lie where PyTorch puts them.
litnn_c_test(ch07_conv_gemm LABEL unit SOURCES test_ch07_conv_gemm.c)
litnn_c_test(ch07_window LABEL unit SOURCES test_ch07_window.c)

# A window that cannot be, or a layer without channels, stops the program.
foreach(mistake IN ITEMS zero wide channels poolpad dilation)
  set(why_zero "conv2d: the input, the kernel, the stride and the dilation must be at least 1$")
  set(why_wide "conv2d: a window spans 5 values, the input has 4 and 0 of padding on each side$")
  set(why_channels "conv2d_layer: 0 input and 3 output channels")
  set(why_poolpad "pool2d_layer: a window of 2 with dilation 1 and padding 2; pooling needs")
  set(why_dilation "pool2d_layer: a window of 2 with dilation 2 and padding 0; pooling needs")
  litnn_cli_test(ch07_window_${mistake} PROGRAM ch07_window ARGS ${mistake}
                 EXIT 1 STDERR "^litnn: error: ${why_${mistake}}")
endforeach()

# The digits data set as shipped, and the reader's refusals of bad files;
# digits_show names the file and the reason.
litnn_c_test(ch07_digits LABEL unit SOURCES test_ch07_digits.c)
litnn_cli_test(ch07_digits_show_missing PROGRAM digits_show ARGS --data build/no-such.csv
               EXIT 1 STDERR "^digits_show: error: cannot .*, build/no-such.csv$")
litnn_cli_test(ch07_digits_show_not_digits PROGRAM digits_show ARGS --data data/names-male.txt
               EXIT 1 STDERR "^digits_show: error: line 1: expected 65 whole numbers separated by commas, data/names-male.txt$")
litnn_bad_options(ch07_digits_show PROGRAM digits_show CASES show=13 show=x)

# Networks of layers against PyTorch's nn.Sequential and central
# differences; a layer that cannot follow, or a batch too large, stops the
# program.
litnn_c_test(ch07_sequential LABEL reference SOURCES test_ch07_sequential.c)
set(why_unflat "sequential_linear: 3 outputs from 2 x 3 x 3; a linear layer needs a flat input")
set(why_batch "sequential_forward: a batch of 3 for a network of 3 layers allocated for batches of 1 to 2$")
foreach(mistake IN ITEMS unflat batch)
  litnn_cli_test(ch07_sequential_${mistake} PROGRAM ch07_sequential ARGS ${mistake}
                 EXIT 1 STDERR "^litnn: error: ${why_${mistake}}")
endforeach()

# The IDX reader and the Fashion-MNIST reader on good and bad small files.
litnn_c_test(ch07_idx LABEL unit SOURCES test_ch07_idx.c)

# The text of an e-mail, its words, the lexicon and the reader of the
# corpus, on messages and folders written by the test.
litnn_c_test(ch07_email LABEL unit SOURCES test_ch07_email.c)

# Every backward pass against central differences.
litnn_c_test(ch07_gradcheck LABEL gradcheck SOURCES test_ch07_gradcheck.c)

# Shown output, from the program's own output.
litnn_output(conv-tour PROGRAM conv_tour)
litnn_output(digits-show PROGRAM digits_show)
litnn_output_lost(conv_tour)
litnn_output_lost(digits_show)
litnn_help(conv_tour NO_ARGUMENTS)
litnn_help(digits_show)

# The classifiers of images: their data, and the figures drawn from them.
# The digits train in seconds and are rerun whole; a check of Fashion-MNIST
# reruns the first 100 training steps (of 9380), whose output must be the
# beginning of the committed run's.
foreach(model IN ITEMS logistic mlp cnn)
  litnn_figure_data(digits-${model} PROGRAM image_classifier
                    ARGS --data digits --model ${model} --epochs 20)
  litnn_figure_data(fashion-${model} PROGRAM image_classifier
                    ARGS --data fashion --model ${model} --epochs 10
                    LONG CHECK_ARGS --data fashion --model ${model} --stop-after 100)
endforeach()
litnn_drawing(digits-models)
litnn_drawing(fashion-models)
litnn_drawing(fashion-templates)
litnn_drawing(fashion-kernels)
foreach(figure IN ITEMS maps confusion wrong)
  litnn_drawing(fashion-${figure})
endforeach()
litnn_cli_test(ch07_image_classifier_no_fashion PROGRAM image_classifier
               ARGS --data fashion --fashion build/no-such-folder EXIT 1
               STDERR "^image_classifier: error: train-images-idx3-ubyte: cannot read the file \\(No such file or directory\\), build/no-such-folder \\(make deps")
litnn_bad_options(ch07_image_classifier PROGRAM image_classifier
                  CASES data=mnist model=resnet epochs=0 batch=0 lr=0)
litnn_help(image_classifier)
litnn_output_lost(image_classifier ARGS --data digits --model logistic --epochs 1)

# Spam or ham: naive Bayes counts in a second and is rerun whole; a check
# of TextCNN or the GRU reruns their first 20 training steps (of 760).
litnn_figure_data(spam-bayes PROGRAM spam_classifier ARGS --model bayes)
foreach(model IN ITEMS textcnn gru)
  litnn_figure_data(spam-${model} PROGRAM spam_classifier ARGS --model ${model}
                    LONG CHECK_ARGS --model ${model} --stop-after 20)
endforeach()
litnn_drawing(spam-models)
litnn_drawing(spam-ngrams)
litnn_cli_test(ch07_spam_classifier_no_corpus PROGRAM spam_classifier
               ARGS --data build/no-such-folder EXIT 1
               STDERR "^spam_classifier: error: cannot read the file \\(No such file or directory\\), build/no-such-folder \\(make deps")
litnn_bad_options(ch07_spam_classifier PROGRAM spam_classifier
                  CASES model=svm epochs=0 batch=0 len=4 words=2 lr=0)
litnn_help(spam_classifier)
litnn_output_lost(spam_classifier ARGS --model bayes)

# make bench: the convolution on gemm against its definition and PyTorch
# (tests/bench/ch07_conv.py), and a training step of the CNN and of
# TextCNN against PyTorch's (tests/bench/ch07_steps.py).
add_executable(bench_conv bench/conv.c)
target_link_libraries(bench_conv PRIVATE litnn)
add_executable(bench_train_step bench/train_step.c)
target_link_libraries(bench_train_step PRIVATE litnn)

# TextCNN against the source text's model in PyTorch, with and without
# dropout, and central differences; a width longer than the texts, or a
# batch too large, stops the program.
litnn_c_test(ch07_textcnn LABEL reference SOURCES test_ch07_textcnn.c)
set(why_wide "textcnn_new: a TextCNN needs at least 2 words, 1 to 4 widths from 1 to L = 7")
set(why_batch "textcnn_forward: a batch of 3 for a TextCNN allocated for batches of 1 to 2$")
foreach(mistake IN ITEMS wide batch)
  litnn_cli_test(ch07_textcnn_${mistake} PROGRAM ch07_textcnn ARGS ${mistake}
                 EXIT 1 STDERR "^litnn: error: ${why_${mistake}}")
endforeach()

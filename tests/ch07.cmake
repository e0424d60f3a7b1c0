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

# Every backward pass against central differences.
litnn_c_test(ch07_gradcheck LABEL gradcheck SOURCES test_ch07_gradcheck.c)

# Shown output, from the program's own output.
litnn_output(conv-tour PROGRAM conv_tour)
litnn_output(digits-show PROGRAM digits_show)
litnn_output_lost(conv_tour)
litnn_output_lost(digits_show)
litnn_help(conv_tour NO_ARGUMENTS)
litnn_help(digits_show)

# make bench: the convolution on gemm against its definition and PyTorch
# (tests/bench/ch07_conv.py).
add_executable(bench_conv bench/conv.c)
target_link_libraries(bench_conv PRIVATE litnn)

# datafiles: fashion-cnn
# The CNN's 32 first-layer kernels of 3 x 3 on Fashion-MNIST (block 2 of
# the data: x, y, weight), eight in a row, on a scale symmetric about 0
# that ends at 3 standard deviations of the weights.
unset key
unset tics
unset border
unset colorbox
set size ratio -1
set yrange [*:*] reverse
set palette defined (-1 "#2166ac", 0 "white", 1 "#b2182b")
stats datafile index 2 using 3 nooutput
set cbrange [-3 * STATS_stddev : 3 * STATS_stddev]
plot datafile index 2 using 1:2:3 with image

# datafiles: fashion-logistic
# The logistic regression's weight on Fashion-MNIST (block 2 of the data:
# x, y, weight): its ten rows as 28 x 28 images, five in a row under their
# classes, on a scale symmetric about 0 that ends at 3 standard deviations
# of the weights.
array names[10] = [tr("T-shirt/top"), tr("trouser"), tr("pullover"), tr("dress"), tr("coat"), \
                   tr("sandal"), tr("shirt"), tr("sneaker"), tr("bag"), tr("ankle boot")]
unset key
unset tics
unset border
unset colorbox
set size ratio -1
set palette defined (-1 "#2166ac", 0 "white", 1 "#b2182b")
stats datafile index 2 using 3 nooutput
set cbrange [-3 * STATS_stddev : 3 * STATS_stddev]     # beyond: the ends
set yrange [75:-1]
set for [c = 0:9] label c + 1 names[c + 1] at 29 * (c % 5) + 13.5, 38 * (c / 5) + 32 \
    center front font ",11"
plot datafile index 2 using 1:2:3 with image

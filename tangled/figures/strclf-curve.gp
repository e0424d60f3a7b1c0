# The learning curve (columns epoch, train_loss, train_accuracy, test_loss,
# test_accuracy): the two losses on a log scale, and the two accuracies.
set datafile columnheaders
set multiplot layout 1, 2
set xlabel tr("epoch")
set grid
set key top right
set logscale y
set ylabel tr("mean cross-entropy")
plot datafile using 1:2 with linespoints lw 2 pt 7 ps 0.6 title tr("training"), \
     datafile using 1:4 with linespoints lw 2 pt 5 ps 0.6 title tr("test")
unset logscale y
set ylabel tr("accuracy (%)")
set yrange [40:102]
set key bottom right
plot datafile using 1:(100 * $3) with linespoints lw 2 pt 7 ps 0.6 title tr("training"), \
     datafile using 1:(100 * $5) with linespoints lw 2 pt 5 ps 0.6 title tr("test")
unset multiplot

# datafiles: fashion-logistic fashion-mlp fashion-cnn
# The learning curves of the three models on Fashion-MNIST, one data file
# each (block 0: columns step, epoch, train_loss, test_loss, test_accuracy;
# "-" between epochs): the training loss of every 100 steps, and the test
# accuracy after each epoch.
set datafile missing "-"
set multiplot layout 1, 2
set xlabel tr("epoch")
set grid
array titles[3] = [tr("logistic"), "MLP", "CNN"]
set ylabel tr("training loss (mean cross-entropy)")
set key top right
plot for [i = 1:3] word(datafiles, i) index 0 using 2:3 with lines lw 2 title titles[i]
set ylabel tr("test accuracy (%)")
set key bottom right
plot for [i = 1:3] word(datafiles, i) index 0 using 2:(100 * $5) \
     with linespoints lw 2 pt 5 + 2 * i ps 0.7 title titles[i]
unset multiplot

# datafiles: digits-logistic digits-mlp digits-cnn
# Test accuracy after each epoch (block 0: columns step, epoch, train_loss,
# test_loss, test_accuracy; "-" between epochs) of the three models, one
# data file each: logistic regression, MLP, CNN.
set datafile missing "-"
set xlabel tr("epoch")
set ylabel tr("test accuracy (%)")
set key bottom right
set grid
array titles[3] = [tr("logistic"), "MLP", "CNN"]
plot for [i = 1:3] word(datafiles, i) index 0 using 2:(100 * $5) \
     with linespoints lw 2 pt 5 + 2 * i ps 0.7 title titles[i]

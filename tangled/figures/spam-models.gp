# datafiles: spam-textcnn spam-gru spam-bayes
# Test accuracy after each epoch of TextCNN and the GRU (block 0 of their
# data files: step, epoch, train_loss, test_loss, test_accuracy; "-" between
# epochs), and naive Bayes's (block 1 of its file: accuracy, precision,
# recall) as a line.
set datafile missing "-"
stats word(datafiles, 3) index 1 using 1 nooutput
bayes = 100 * STATS_max
set xlabel tr("epoch")
set ylabel tr("test accuracy (%)")
set key bottom right
set grid
set xrange [0.8:5.2]
plot word(datafiles, 1) index 0 using 2:(100 * $5) with linespoints lw 2 pt 7 \
         title "TextCNN", \
     word(datafiles, 2) index 0 using 2:(100 * $5) with linespoints lw 2 pt 5 \
         title "GRU", \
     bayes with lines lw 2 dt 2 title tr("naive Bayes")

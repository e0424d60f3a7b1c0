# Validation loss (columns 2..) against the training step (column 1), one
# line per truncation window, named in the header.
set datafile columnheaders
set xlabel tr("training step")
set ylabel tr("validation cross-entropy per character")
set key top right noenhanced
set grid
set yrange [2.1:2.6]
plot for [col = 2:*] datafile using 1:col with lines lw 2 title columnhead(col)

# Validation loss per character (columns rnn, lstm, gru) against the
# training step (column 1).
set datafile columnheaders
set xlabel tr("training step (16 names each)")
set ylabel tr("validation cross-entropy per character")
set yrange [2.05:2.6]
set key top right
set grid
plot datafile using 1:2 with lines lw 2 title "RNN", \
     datafile using 1:3 with lines lw 2 title "LSTM", \
     datafile using 1:4 with lines lw 2 title "GRU"

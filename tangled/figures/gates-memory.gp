# Accuracy (columns rnn, lstm, gru) against the sequence length (column 1),
# with the level of guessing.
set datafile columnheaders
set xlabel tr("sequence length T (the signal is T - 1 steps back)")
set ylabel tr("test accuracy")
set yrange [0:1.05]
set key bottom left
set grid
set arrow 1 from graph 0, first 0.25 to graph 1, first 0.25 nohead dt 2 lc rgb "gray40"
plot datafile using 1:2 with linespoints lw 2 pt 7 title "RNN", \
     datafile using 1:3 with linespoints lw 2 pt 5 title "LSTM", \
     datafile using 1:4 with linespoints lw 2 pt 9 title "GRU"

# The training loss (column 2) at every step (column 1), log y axis.
set datafile columnheaders
set logscale y
set xlabel tr("step")
set ylabel tr("loss (mean squared error)")
set grid
set key off
plot datafile using 1:2 with lines lw 2 lc rgb "#1f77b4"

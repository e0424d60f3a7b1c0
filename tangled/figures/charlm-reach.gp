# |d loss / d x| against the distance d in steps (columns distance,
# untrained, trained), on a logarithmic scale.
set datafile columnheaders
set logscale y
set format y "10^{%L}"
set xlabel tr("distance d (steps back from the prediction)")
set ylabel tr("mean norm of d loss / d x")
set key top right
set grid
plot datafile using 1:2 with linespoints lw 2 pt 7 ps 0.6 title tr("untrained"), \
     datafile using 1:3 with linespoints lw 2 pt 5 ps 0.6 title tr("trained")

# The samples (x, y, target) of the unit-circle data set, coloured by class.
set datafile columnheaders
set size ratio -1
set xrange [-2.3:2.3]
set yrange [-2.3:2.3]
set xlabel "x"
set ylabel "y"
set key outside top center horizontal
set object 1 circle at first 0, 0 size first 1 fillstyle empty border lc rgb "gray50" dashtype 2 back
plot datafile using 1:($3 > 0.5 ? $2 : 1/0) with points pt 7 ps 1.2 lc rgb "#d62728" title "o = 1", \
     datafile using 1:($3 > 0.5 ? 1/0 : $2) with points pt 6 ps 1.2 lc rgb "#1f77b4" title "o = 0"

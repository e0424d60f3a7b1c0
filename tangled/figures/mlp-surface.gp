# f(x, y) on a grid (columns x, y, before, after): two heat maps side by side,
# with the unit circle drawn on each.
set datafile columnheaders
set multiplot layout 1, 2
set size ratio -1
set xrange [-2:2]
set yrange [-2:2]
set cbrange [0:1]
set xlabel "x"
set ylabel "y"
set palette defined (0 "#1f3b73", 0.5 "#f7f7f7", 1 "#b2182b")
set object 1 circle at first 0, 0 size first 1 fillstyle empty border lc rgb "black" lw 2 front
set title tr("before training")
unset colorbox
plot datafile using 1:2:3 with image notitle
set title tr("after training")
set colorbox
plot datafile using 1:2:4 with image notitle
unset multiplot

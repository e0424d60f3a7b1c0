# Paths of optimizers (columns 2k, 2k+1: x, y; header over x) on Rosenbrock's
# function, over its contour lines computed here from the formula; the first
# optimizer is drawn last, on top.
rosenbrock(x, y) = 100 * (y - x**2)**2 + (1 - x)**2
set xrange [-1.5:1.5]
set yrange [-0.5:1.5]
set isosamples 150, 150
set contour base
set cntrparam levels discrete 0.25, 1, 4, 16, 64, 256
unset surface
set view map
set table $contours
splot rosenbrock(x, y)
unset table
unset contour
set xlabel "x"
set ylabel "y"
set key bottom right opaque noenhanced invert
set size ratio -1
colors = "#1b9e77 #d95f02 #7570b3 #e7298a #66a61e #e6ab02"
set label 1 tr("start") at -1.2, 1.0 offset -1, 1
set label 2 tr("minimum") at 1, 1 offset -3, 1
n = (words(system("head -1 " . datafile)) - 1) / 2
plot $contours using 1:2 with lines lc rgb "#c8c8c8" notitle, \
     for [k = n:1:-1] datafile using 2*k:2*k+1 with lines lw 2 \
         lc rgb word(colors, k) title columnhead(2*k), \
     "+" using (1):(1) with points pt 7 ps 1 lc rgb "black" notitle

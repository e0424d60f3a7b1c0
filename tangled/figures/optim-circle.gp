# The training loss (columns 2..) of the circle network against the step
# (column 1), one line per optimizer, named in the header.
set logscale y
set xlabel tr("step")
set ylabel tr("mean square loss")
set key top right noenhanced
set grid
plot for [col = 2:*] datafile using 1:col with lines lw 2 title columnhead(col)

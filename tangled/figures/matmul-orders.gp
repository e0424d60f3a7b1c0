# GFLOP/s of each matmul kernel (one column each) against n (column 1).
set key autotitle columnhead outside right top
set xlabel tr("n (matrices are n x n)")
set ylabel "GFLOP/s"
set logscale y
set grid
plot for [col = 2:*] datafile using 1:col with linespoints

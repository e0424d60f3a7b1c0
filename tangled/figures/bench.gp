# One row of make bench's results per line: the median of (reference time /
# litnn time) over the rounds (column 6) with its quartiles (7 and 8),
# labelled with the benchmark (1) and its size (2).
set datafile separator "\t"
set key off
set logscale x
set grid x
set xlabel tr("reference time / litnn time (log scale; right of 1, litnn is faster)")
set yrange [*:*] reverse
set offsets 0, 0, 0.5, 0.5
set ytics font ",9" noenhanced     # labels as they are: mlp_circle, not a subscript
set arrow from 1, graph 0 to 1, graph 1 nohead dashtype 2
plot datafile skip 1 using 6:0:7:8:ytic(stringcolumn(1) . " " . stringcolumn(2)) \
     with xerrorbars pointtype 7 pointsize 0.7 linewidth 1.5

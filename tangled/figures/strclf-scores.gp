# The score w . E_c of each vocabulary entry (columns id, symbol, score),
# as bars labelled with the symbol.
set datafile columnheaders
set style fill solid 0.8 border -1
set boxwidth 0.7
set xtics rotate by -90 noenhanced scale 0 font ",11"
set ylabel tr("score w . E_c")
set grid ytics
set xzeroaxis lt -1
set xrange [-0.7:*]
plot datafile using 1:3:xtic(2) with boxes lc rgb "#2b6ca3" notitle

# datafiles: spam-textcnn
# The k-grams of the test e-mails that TextCNN's filters answer most (block
# 3 of its data file: rank, weight, activation, width, "ngram"): for each
# of the 16 filters, the difference of its weights to spam and to ham, with
# its k-gram as the label.
set datafile separator "\t"
set style fill solid 0.8 noborder
set yrange [16.6:0.4]
unset ytics
set xlabel tr("weight towards spam")
set xzeroaxis
set grid xtics
set xrange [-0.3:0.3]
plot word(datafiles, 1) index 3 every ::1 using ($2 / 2):1:(abs($2) / 2):(0.38):($2 > 0 ? 7 : 3) \
         with boxxyerror lc variable notitle, \
     "" index 3 every ::1 using (-0.005):($2 > 0 ? $1 : NaN):5 with labels right \
         font ",9" notitle, \
     "" index 3 every ::1 using (0.005):($2 > 0 ? NaN : $1):5 with labels left \
         font ",9" notitle

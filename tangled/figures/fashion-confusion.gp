# datafiles: fashion-cnn
# The CNN's confusion matrix on the 10,000 test images (block 1 of the data:
# true class, predicted class, images), the counts written in the cells.
array names[10] = [tr("T-shirt/top"), tr("trouser"), tr("pullover"), tr("dress"), tr("coat"), \
                   tr("sandal"), tr("shirt"), tr("sneaker"), tr("bag"), tr("ankle boot")]
unset key
unset colorbox
set size ratio -1
set yrange [9.5:-0.5]
set xrange [-0.5:9.5]
set xlabel tr("predicted class")
set ylabel tr("true class")
set xtics rotate by 45 right nomirror
set ytics nomirror
set for [i = 1:10] xtics add (names[i] i - 1)
set for [i = 1:10] ytics add (names[i] i - 1)
set logscale cb
set cbrange [1:1000]
set palette defined (0 "white", 1 "#fdd49e", 2 "#d7301f")
plot datafile index 1 using 2:1:($3 > 0 ? $3 : 1) with image, \
     datafile index 1 using 2:1:($3 > 0 ? sprintf("%d", $3) : "") with labels font ",8"

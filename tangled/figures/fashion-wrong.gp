# datafiles: fashion-cnn
# The first eight misclassified test images, four in a row (block 4 of the
# data: x, y, value, panels of 28 x 37 cells with room for a caption), with
# their true and predicted classes (block 5: panel, image, true class,
# predicted class).
array names[10] = [tr("T-shirt/top"), tr("trouser"), tr("pullover"), tr("dress"), tr("coat"), \
                   tr("sandal"), tr("shirt"), tr("sneaker"), tr("bag"), tr("ankle boot")]
unset key
unset tics
unset border
unset colorbox
set size ratio -1
set yrange [75:-1]
set palette gray negative
set cbrange [0:1]
x(p) = 29 * (int(p) % 4) + 13.5
y(p) = 38 * int(int(p) / 4) + 31
plot datafile index 4 using 1:2:3 with image, \
     datafile index 5 using (x($1)):(y($1)):(names[$3 + 1]) with labels font ",9", \
     datafile index 5 using (x($1)):(y($1) + 4):("→ " . names[$4 + 1]) with labels \
         font ",9" tc rgb "#b2182b"

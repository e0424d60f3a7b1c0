# datafiles: fashion-cnn
# The first test image and eight of the maps that the CNN's first
# convolution and rectifier make of it (block 3 of the data: x, y, value
# from 0 to 1, three panels in a row).
unset key
unset tics
unset border
unset colorbox
set yrange [*:*] reverse
set size ratio -1
set palette gray negative
set cbrange [0:1]
plot datafile index 3 using 1:2:3 with image

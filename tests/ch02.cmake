# Chapter 2, a neural network from scratch (chapters/en/02-neural-network.nw).

# Reference checks: the original Python program (tests/reference/ch02_mlp.py)
# and the numpy XOR program (tests/reference/ch02_xor.py), number for number.
litnn_c_test(ch02_mlp LABEL reference SOURCES test_ch02_mlp.c)
litnn_c_test(ch02_xor LABEL reference SOURCES test_ch02_xor.c)

# Backpropagation against central differences, and the checker itself.
litnn_c_test(ch02_gradcheck LABEL gradcheck SOURCES test_ch02_gradcheck.c)

# The programs reject bad options with one line and exit status 2.
litnn_bad_options(ch02_mlp_circle PROGRAM mlp_circle
                  CASES steps=0 steps=12x steps=-5 lr=0 lr=nan lr=-1 lr=1e9 lr=0x10 lr=1e-400
                        lr=1e400 lr=.
                        hidden=4, hidden=0 hidden=4,,3 hidden=a seed=-1
                        seed=4294967296 print=weights form=vector)
litnn_cli_test(ch02_mlp_circle_missing_value PROGRAM mlp_circle
               ARGS --steps EXIT 2 STDERR "^mlp_circle: error: missing value, --steps$")
litnn_cli_test(ch02_mlp_circle_unknown_option PROGRAM mlp_circle
               ARGS --epochs 5 EXIT 2 STDERR "^mlp_circle: error: unknown option, --epochs$")
litnn_cli_test(ch02_mlp_circle_too_many_layers PROGRAM mlp_circle
               ARGS --hidden 1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1
               EXIT 2 STDERR "^mlp_circle: error: too many numbers, --hidden ")
litnn_cli_test(ch02_mlp_circle_unwritable_out PROGRAM mlp_circle
               ARGS --out tests/no-such-directory/loss.tsv
               EXIT 1 STDERR "^mlp_circle: error: cannot write the file .*, --out ")
litnn_cli_test(ch02_xor_bad_epochs PROGRAM xor
               ARGS --epochs 0 EXIT 2 STDERR "^xor: error: .*, --epochs 0$")
litnn_cli_test(ch02_xor_bad_lr PROGRAM xor
               ARGS --lr 0.1x EXIT 2 STDERR "^xor: error: .*, --lr 0.1x$")
litnn_cli_test(ch02_xor_bad_hidden PROGRAM xor
               ARGS --hidden 4,3 EXIT 2 STDERR "^xor: error: unexpected text after a number, --hidden 4,3$")
litnn_cli_test(ch02_xor_unknown_option PROGRAM xor
               ARGS --steps 10 EXIT 2 STDERR "^xor: error: unknown option, --steps$")

# The matrix form prints the neuron form's losses, byte for byte.
add_test(NAME ch02_matrix_form
         COMMAND sh -c "\"$0\" --print loss > '${CMAKE_CURRENT_BINARY_DIR}/neuron.tsv' && \"$0\" --print loss --form matrix > '${CMAKE_CURRENT_BINARY_DIR}/matrix.tsv' && cmp '${CMAKE_CURRENT_BINARY_DIR}/neuron.tsv' '${CMAKE_CURRENT_BINARY_DIR}/matrix.tsv'"
                 $<TARGET_FILE:mlp_circle>)
set_tests_properties(ch02_matrix_form PROPERTIES LABELS unit)

# Figures and shown output, from the programs' own output (exact comparison).
litnn_figure(mlp-data PROGRAM mlp_circle ARGS --print data)
litnn_figure(mlp-loss PROGRAM mlp_circle ARGS --print loss)
litnn_figure(mlp-surface PROGRAM mlp_circle ARGS --print surface)
litnn_output(mlp-train PROGRAM mlp_circle)
litnn_output(xor-train PROGRAM xor)

# value_report: a file that cannot be written is one line and exit status 1
# (writing the values is checked by every figure test, which compares them).
add_test(NAME ch02_values_unwritable
         COMMAND ${CMAKE_COMMAND} -E env LITNN_VALUES=tests/data/no-such-folder/values
                 ${LITNN_PYTHON} "${CMAKE_CURRENT_SOURCE_DIR}/expect_cli.py" --exit 1
                 --stderr "^values: error: cannot write the value samples \\(No such file or directory\\), LITNN_VALUES tests/data/no-such-folder/values$"
                 -- $<TARGET_FILE:mlp_circle> --steps 1
         WORKING_DIRECTORY "${CMAKE_SOURCE_DIR}")
set_tests_properties(ch02_values_unwritable PROPERTIES LABELS unit)

# A program whose output is lost says so and fails (cli_finish).
litnn_output_lost(mlp_circle ARGS --steps 1)
litnn_output_lost(xor)

# --help, and no arguments where none are taken.
litnn_help(mlp_circle)
litnn_help(xor)

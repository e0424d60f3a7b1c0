# Chapter 6, LSTM and GRU (chapters/en/06-lstm-gru.nw).

# Reference checks against nn.LSTM and nn.GRU (tests/reference/ch06_gated.py).
litnn_c_test(ch06_gated LABEL reference SOURCES test_ch06_gated.c)

# Gradient checks of both backward passes.
litnn_c_test(ch06_gradcheck LABEL gradcheck SOURCES test_ch06_gradcheck.c)

# The source text's concatenated forms compute the same functions.
litnn_c_test(ch06_concat LABEL unit SOURCES test_ch06_concat.c)

# A mismatched input width stops the program with one line.
add_executable(ch06_shape_program test_ch06_shape.c)
target_link_libraries(ch06_shape_program PRIVATE litnn)
foreach(cell IN ITEMS lstm gru)
  litnn_cli_test(ch06_shape_mismatch_${cell} PROGRAM ch06_shape_program ARGS ${cell}
                 EXIT 1 STDERR "^litnn: error: ${cell}_forward: the input has 10 numbers per step, the layer reads 12$")
endforeach()
litnn_cli_test(ch06_shape_bias PROGRAM ch06_shape_program ARGS bias
               EXIT 1 STDERR "^litnn: error: lstm_forward: one bias without the other$")
litnn_cli_test(ch06_shape_bad_length PROGRAM ch06_shape_program ARGS length
               EXIT 1 STDERR "^litnn: error: lstm_forward: sequence 1 has length 3, the batch holds 1 to 2 steps$")

# The model around a cell, against PyTorch (tests/reference/ch06_seqmodel.py).
litnn_c_test(ch06_seqmodel LABEL reference SOURCES test_ch06_seqmodel.c)

# Benchmark (make bench, not a test): a training step of each cell, against
# PyTorch in tests/bench/ch06_gated.py.
add_executable(bench_gated_steps bench/gated_steps.c)
target_link_libraries(bench_gated_steps PRIVATE litnn)

# The programs refuse bad options with one line and exit status 2.
litnn_bad_options(ch06_gates_memory PROGRAM gates_memory
                  CASES lengths=0 lengths=5,,10 lengths=1001 steps=0)
litnn_bad_options(ch06_gates_lm PROGRAM gates_lm CASES steps=0 steps=x)
litnn_bad_options(ch06_name_gender PROGRAM name_gender
                  CASES epochs=0 hidden=0 cell=transformer)

# Figures and shown output, from the programs' own output.
litnn_figure(gates-memory PROGRAM gates_memory)
litnn_figure(gates-lm PROGRAM gates_lm)
litnn_output(name-gender PROGRAM name_gender ARGS Alex Maria Kim Sasha Jordan Andrea Robin Zoe)

# A program whose output is lost says so and fails (cli_finish).
litnn_output_lost(gates_memory ARGS --lengths 2 --steps 1)
litnn_output_lost(gates_lm ARGS --steps 1)
litnn_output_lost(name_gender ARGS --epochs 1)

# Too few names for a validation or a test set (gates_lm read past an empty
# block and printed -nan; name_gender printed -nan% accuracies, exit 0).
foreach(program gates_lm name_gender)
  add_test(NAME ${program}_too_few_names
           COMMAND ${LITNN_PYTHON} "${CMAKE_CURRENT_SOURCE_DIR}/expect_cli.py" --exit 2
                   --stderr "^${program}: error: fewer than [0-9]+ .*names.*, reading data/names-\\*.txt$"
                   -- $<TARGET_FILE:${program}>
           WORKING_DIRECTORY "${CMAKE_CURRENT_SOURCE_DIR}/data/few-names")
  set_tests_properties(${program}_too_few_names PROPERTIES LABELS unit)
endforeach()

# --help, and no arguments where none are taken.
litnn_help(gates_memory)
litnn_help(gates_lm)
litnn_help(name_gender)

# An option after the data is refused, not taken as data (strclf classified
# the string "--epochs").
litnn_cli_test(ch06_name_gender_option_after_data PROGRAM name_gender ARGS Alex --cell rnn EXIT 2
               STDERR "^name_gender: error: an option after the data, --cell$")

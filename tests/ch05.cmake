# Chapter 5, recurrent networks (chapters/en/05-recurrent-networks.nw).

# Reference checks against PyTorch (tests/reference/ch05_rnn.py).
litnn_c_test(ch05_rnn LABEL reference SOURCES test_ch05_rnn.c)

# tanh and the sigmoid over arrays against their exact values (mpmath,
# tests/reference/ch05_vmath.py).
litnn_c_test(ch05_vmath LABEL reference SOURCES test_ch05_vmath.c)

# Benchmark (make bench, not a test): vmath against the C library's calls,
# in tests/bench/ch05_vmath.py.
add_executable(bench_vmath bench/vmath.c)
target_link_libraries(bench_vmath PRIVATE litnn)

# The name lists: distinct lines, without the carriage returns at their end.
litnn_c_test(ch05_names LABEL unit SOURCES test_ch05_names.c)

# Truncated BPTT against full BPTT and against its definition.
litnn_c_test(ch05_bptt LABEL unit SOURCES test_ch05_bptt.c)

# Full BPTT against central differences.
litnn_c_test(ch05_gradcheck LABEL gradcheck SOURCES test_ch05_gradcheck.c)

# charlm refuses bad options and bad corpora with one line and a status.
litnn_bad_options(ch05_charlm PROGRAM charlm
                  CASES seq=0 hidden=0 embed=0 eval-every=0 bptt=full,x
                        bptt=1,,2 bptt=1,2,3,4,5,6,7,8,9 bptt=-1 clip=0 clip=nan
                        optim=adam:beta1=1 print=samples seed=-2)
litnn_cli_test(ch05_charlm_missing_corpus PROGRAM charlm
               ARGS --corpus tests/data/no-such-file.txt EXIT 2
               STDERR "^charlm: error: cannot read the file \\(No such file or directory\\), --corpus tests/data/no-such-file.txt$")
litnn_cli_test(ch05_charlm_empty_corpus PROGRAM charlm
               ARGS --corpus tests/data/empty.txt EXIT 2
               STDERR "^charlm: error: fewer than two names in the corpus, --corpus tests/data/empty.txt$")
litnn_cli_test(ch05_charlm_binary_corpus PROGRAM charlm
               ARGS --corpus tests/data/binary.txt EXIT 2
               STDERR "^charlm: error: the file is not text \\(a NUL byte at offset 7\\), --corpus ")
litnn_cli_test(ch05_charlm_corpus_shorter_than_seq PROGRAM charlm
               ARGS --corpus tests/data/three-names.txt --seq 32 EXIT 2
               STDERR "^charlm: error: the training text has 7 characters, fewer than --batch stretches of --seq plus one, --seq$")
# A device that never ends, and a text file one byte over the limit, are
# refused as they are read (charlm --corpus /dev/zero read until memory ran out).
litnn_cli_test(ch05_charlm_endless_corpus PROGRAM charlm
               ARGS --corpus /dev/zero EXIT 2
               STDERR "^charlm: error: the file is not text \\(a NUL byte at offset 0\\), --corpus /dev/zero$")
add_test(NAME ch05_charlm_oversized_corpus
         COMMAND sh -c "yes Anna | head -c 67108865 > '${CMAKE_CURRENT_BINARY_DIR}/oversized.txt' && \"$0\" \"$@\"; s=$?; rm -f '${CMAKE_CURRENT_BINARY_DIR}/oversized.txt'; exit $s"
                 ${LITNN_PYTHON} "${CMAKE_CURRENT_SOURCE_DIR}/expect_cli.py" --exit 2
                 --stderr "^charlm: error: the file holds more than 64 MiB, the most a text file may hold, --corpus "
                 -- $<TARGET_FILE:charlm> --corpus "${CMAKE_CURRENT_BINARY_DIR}/oversized.txt")
set_tests_properties(ch05_charlm_oversized_corpus PROPERTIES LABELS unit)
# A corpus of names in several scripts, with an invalid byte, a carriage
# return and empty lines: characters seen only in validation become <unk>.
add_test(NAME ch05_charlm_odd_corpus
         COMMAND charlm --corpus tests/data/odd-names.txt --seq 4 --steps 40
                 --eval-every 10 --samples 5 --bptt 2
         WORKING_DIRECTORY "${CMAKE_SOURCE_DIR}")
set_tests_properties(ch05_charlm_odd_corpus PROPERTIES LABELS unit)

# A model saved and loaded again is the same model (--save, --load).
add_test(NAME ch05_charlm_checkpoint
         COMMAND ${LITNN_PYTHON} "${CMAKE_CURRENT_SOURCE_DIR}/charlm_checkpoint.py"
                 $<TARGET_FILE:charlm> "${CMAKE_CURRENT_BINARY_DIR}"
         WORKING_DIRECTORY "${CMAKE_SOURCE_DIR}")
set_tests_properties(ch05_charlm_checkpoint PROPERTIES LABELS unit)
# A checkpoint that does not fit is refused with one line (core/checkpoint).
litnn_c_test(ch05_checkpoint LABEL unit SOURCES test_ch05_checkpoint.c
             ARGS "${CMAKE_CURRENT_BINARY_DIR}")

# Figures and shown output, from the program's own output.
litnn_output(charlm-train PROGRAM charlm)
litnn_figure(charlm-curve PROGRAM charlm
             ARGS --print curve --steps 4000 --eval-every 200 --bptt 0,1,2,4,8,full)
litnn_figure(charlm-reach PROGRAM charlm ARGS --print reach)

# A program whose output is lost says so and fails (cli_finish).
litnn_output_lost(charlm ARGS --steps 1 --eval-every 1 --samples 1)
# --print reach needs a validation text of 31 characters (it read past a
# shorter one).
litnn_cli_test(ch05_charlm_reach_short_validation PROGRAM charlm
               ARGS --corpus tests/data/odd-names.txt --seq 4 --steps 4 --eval-every 4 --print reach
               EXIT 2
               STDERR "^charlm: error: the validation text has [0-9]+ characters, fewer than 31, --print reach$")
# A training that diverges is a failure, not a report of NaN with status 0.
litnn_cli_test(ch05_charlm_diverges PROGRAM charlm
               ARGS --steps 20 --eval-every 10 --optim sgd:lr=1e300,momentum=0.9 EXIT 1
               STDERR "^charlm: error: the validation loss is nan: the training diverged$")

# --help, and no arguments where none are taken.
litnn_help(charlm)

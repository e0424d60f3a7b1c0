# Chapter 4, from text to vectors (chapters/en/04-text-to-vectors.nw).

# Reference checks: every layer and the whole classifier against PyTorch,
# the scalers against scikit-learn (tests/reference/ch04_*.py).
litnn_c_test(ch04_layers LABEL reference SOURCES test_ch04_layers.c)
litnn_c_test(ch04_strclf LABEL reference SOURCES test_ch04_strclf.c)
litnn_c_test(ch04_scaler LABEL reference SOURCES test_ch04_scaler.c)

# Unit checks: the vocabulary's edge cases, the statistics of dropout masks.
litnn_c_test(ch04_vocab LABEL unit SOURCES test_ch04_vocab.c)
litnn_c_test(ch04_dropout LABEL unit SOURCES test_ch04_dropout.c)

# The table of a model's parameters; its mistakes stop the program.
litnn_c_test(ch04_params LABEL unit SOURCES test_ch04_params.c)
foreach(mistake IN ITEMS twice long empty dims zero full late)
  set(why_twice "a second part of the same name, linear.weight")
  set(why_long "a name must have 1 to 47 bytes, a.name")
  set(why_empty "a name must have 1 to 47 bytes, $")
  set(why_dims "a part has 1 to 4 dimensions, conv.weight")
  set(why_zero "a dimension of 0, linear.bias")
  set(why_full "the table is full or already allocated, part31$")
  set(why_late "the table is full or already allocated, linear.bias")
  litnn_cli_test(ch04_params_${mistake} PROGRAM ch04_params ARGS ${mistake}
                 EXIT 1 STDERR "^litnn: error: params_add: ${why_${mistake}}")
endforeach()

# Every backward pass against central differences.
litnn_c_test(ch04_gradcheck LABEL gradcheck SOURCES test_ch04_gradcheck.c)

# strclf refuses bad options with one line and exit status 2.
litnn_bad_options(ch04_strclf PROGRAM strclf
                  CASES epochs=0 epochs=ten dim=0 batch=0 train=0 test=-3
                        seed=4294967296 target=A target=ab optim=adam:lr=-1
                        optim=sgd:beta1=0.9 print=weights)
litnn_cli_test(ch04_strclf_missing_value PROGRAM strclf
               ARGS --epochs EXIT 2 STDERR "^strclf: error: missing value, --epochs$")
litnn_cli_test(ch04_strclf_unknown_option PROGRAM strclf
               ARGS --steps 5 EXIT 2 STDERR "^strclf: error: unknown option, --steps$")

# Figures and shown output, from the programs' own output.
litnn_output(text-tour PROGRAM text_tour)
litnn_output(strclf-train PROGRAM strclf
             ARGS abcd bcde xyz banana Ábaco zzzzzzzzzzzzza)
litnn_figure(strclf-curve PROGRAM strclf ARGS --print curve)
litnn_figure(strclf-scores PROGRAM strclf ARGS --print scores)

# A program whose output is lost says so and fails (cli_finish).
litnn_output_lost(text_tour)
litnn_output_lost(strclf ARGS --epochs 1 --train 32 --test 32)

# A training that diverges is a failure, not a report of NaN with status 0.
litnn_cli_test(ch04_strclf_diverges PROGRAM strclf
               ARGS --epochs 1 --optim adam:lr=1e308 EXIT 1
               STDERR "^strclf: error: the training loss is nan: the training diverged$")

# --help, and no arguments where none are taken.
litnn_help(text_tour NO_ARGUMENTS)
litnn_help(strclf)

# An option after the data is refused, not taken as data (strclf classified
# the string "--epochs").
litnn_cli_test(ch04_strclf_option_after_data PROGRAM strclf ARGS abc --epochs 1 EXIT 2
               STDERR "^strclf: error: an option after the data, --epochs$")

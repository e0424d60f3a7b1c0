# Chapter 3, backpropagation and optimizers (chapters/en/03-optimizers.nw).

# Reference checks against PyTorch: tests/fixtures/ch03_*.txt, written by
# tests/reference/ch03_*.py.
litnn_c_test(ch03_backprop LABEL reference SOURCES test_ch03_backprop.c)
litnn_c_test(ch03_optim LABEL reference SOURCES test_ch03_optim.c)

# Unit checks: configurations parsed, defaults, bad hyper-parameters refused.
litnn_c_test(ch03_config LABEL unit SOURCES test_ch03_config.c)

# Gradient check of the worked example's layer (chapter 2's gradcheck).
litnn_c_test(ch03_gradcheck LABEL gradcheck SOURCES test_ch03_gradcheck.c)

# The programs refuse bad input with one line and exit status 2.
foreach(bad IN ITEMS "adam:lr=-1|lr = -1 must be finite and >= 0"
                     "adam:beta1=1|beta1 = 1 must be in"
                     "adam:eps=0|eps = 0 must be finite and > 0"
                     "sgd:momentum=-0.5|momentum = -0.5 must be in"
                     "sgd:lr=0.1,nesterov=1|momentum = 0 must be > 0 for nesterov"
                     "rmsprop:alpha=2|alpha = 2 must be in"
                     "sgd:beta2=0.9|sgd has no hyper-parameter"
                     "adagrad|unknown optimizer")
  string(REPLACE "|" ";" parts "${bad}")
  list(GET parts 0 spec)
  list(GET parts 1 message)
  string(MAKE_C_IDENTIFIER "${spec}" id)
  litnn_cli_test(ch03_optim_paths_${id} PROGRAM optim_paths
                 ARGS ${spec} EXIT 2 STDERR "^optim_paths: error: ${message}")
endforeach()
litnn_cli_test(ch03_optim_paths_no_optimizer PROGRAM optim_paths
               ARGS --steps 10 EXIT 2 STDERR "^optim_paths: error: no optimizer given")
litnn_cli_test(ch03_optim_paths_bad_steps PROGRAM optim_paths
               ARGS --steps 0 adam EXIT 2 STDERR "^optim_paths: error: ")
litnn_cli_test(ch03_optim_paths_unknown_option PROGRAM optim_paths
               ARGS --rate 1 adam EXIT 2 STDERR "^optim_paths: error: unknown option")
litnn_cli_test(ch03_optim_circle_bad_lr PROGRAM optim_circle
               ARGS sgd:lr=-10 EXIT 2 STDERR "^optim_circle: error: lr = -10 must be")

# Figures and the outputs the chapter shows.
litnn_output(backprop-example PROGRAM backprop_example)
litnn_output(adam-pitfall PROGRAM adam_pitfall)
litnn_figure(optim-paths PROGRAM optim_paths
             ARGS --steps 1000 sgd:lr=0.001 sgd:lr=0.001,momentum=0.9
                  rmsprop:lr=0.01 adam:lr=0.1)
litnn_figure(optim-circle PROGRAM optim_circle
             ARGS --steps 2000 sgd:lr=10 sgd:lr=1,momentum=0.9
                  rmsprop:lr=0.01 adam:lr=0.05)

# A program whose output is lost says so and fails (cli_finish).
litnn_output_lost(backprop_example)
litnn_output_lost(adam_pitfall)
litnn_output_lost(optim_paths ARGS --steps 1 sgd:lr=0.001)
litnn_output_lost(optim_circle ARGS --steps 1 sgd:lr=1)

# A training that diverges (the hyper-parameters are valid, only huge) is a
# failure, not a figure of NaN with status 0.
litnn_cli_test(ch03_optim_paths_diverges PROGRAM optim_paths
               ARGS --steps 100 sgd:lr=0.1,weight_decay=1e308 EXIT 1
               STDERR "^optim_paths: error: the end of the path of sgd:lr=0.1,weight_decay=1e308 is nan: the training diverged$")
litnn_cli_test(ch03_optim_circle_diverges PROGRAM optim_circle
               ARGS --steps 50 adam:lr=1e308 EXIT 1
               STDERR "^optim_circle: error: the last loss of adam:lr=1e308 is nan: the training diverged$")

# --help, and no arguments where none are taken.
litnn_help(backprop_example NO_ARGUMENTS)
litnn_help(adam_pitfall NO_ARGUMENTS)
litnn_help(optim_paths)
litnn_help(optim_circle)

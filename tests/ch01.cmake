# Chapter 1, linear algebra (chapters/en/01-linear-algebra.nw).

# Reference checks: numpy and CPython values in tests/fixtures/ch01_*.txt,
# written by tests/reference/ch01_*.py.
litnn_c_test(ch01_linalg LABEL reference SOURCES test_linalg.c)
litnn_c_test(ch01_rng LABEL reference SOURCES test_rng.c)

# Unit checks: every matmul kernel against matmul_ijk, gemm against
# gemm_naive (bit for bit); tensor views; mem.
litnn_c_test(ch01_matmul LABEL unit SOURCES test_matmul.c)
litnn_c_test(ch01_gemm LABEL unit SOURCES test_gemm.c)
litnn_c_test(ch01_tensor LABEL unit SOURCES test_tensor.c)

# matmul_orders rejects bad options with one line and exit status 2.
litnn_cli_test(ch01_matmul_orders_bad_size PROGRAM matmul_orders
               ARGS --sizes 0,abc EXIT 2 STDERR "^matmul_orders: error: ")
litnn_cli_test(ch01_matmul_orders_trailing_comma PROGRAM matmul_orders
               ARGS --sizes 64, EXIT 2 STDERR "^matmul_orders: error: ")
litnn_cli_test(ch01_matmul_orders_too_large PROGRAM matmul_orders
               ARGS --sizes 99999 EXIT 2 STDERR "^matmul_orders: error: ")
litnn_cli_test(ch01_matmul_orders_bad_reps PROGRAM matmul_orders
               ARGS --reps -1 EXIT 2 STDERR "^matmul_orders: error: ")
litnn_cli_test(ch01_matmul_orders_missing_value PROGRAM matmul_orders
               ARGS --reps EXIT 2 STDERR "^matmul_orders: error: missing value")
litnn_cli_test(ch01_matmul_orders_unknown_option PROGRAM matmul_orders
               ARGS --size 64 EXIT 2 STDERR "^matmul_orders: error: unknown option")

# Figure: GFLOP/s of each kernel against n. A timing: drawn by make bench
# (target bench-figures), never by make figures or make book; the test runs
# the program on small sizes and checks its columns against the committed ones.
litnn_figure(matmul-orders PROGRAM matmul_orders
             ARGS --sizes 64,128,256,384,512,768,1024 --reps 3
             TIMING CHECK_ARGS --sizes 16,24 --reps 1)
# The tour whose output the chapter shows: figures/linalg-tour.txt.
litnn_output(linalg-tour PROGRAM linalg_tour)

# Benchmark (make bench, not a test): gemm and the ladder of chapter 1 against
# OpenBLAS's dgemm, built when libopenblas-dev is installed (make bench
# installs it); bench_gemm_openblas_fma is the same with gemm compiled with
# fused multiply-adds, to measure what the book's no-contraction rule costs.
find_library(OPENBLAS_LIBRARY openblas)
find_path(OPENBLAS_CBLAS_DIR cblas.h PATH_SUFFIXES openblas-pthread openblas)
if(OPENBLAS_LIBRARY AND OPENBLAS_CBLAS_DIR)
  add_library(litnn_gemm_fma STATIC "${LITNN_SRC}/core/gemm.c" "${LITNN_SRC}/core/matmul.c"
              "${LITNN_SRC}/core/mem.c" "${LITNN_SRC}/core/rng.c")
  target_include_directories(litnn_gemm_fma PUBLIC "${LITNN_SRC}")
  target_compile_options(litnn_gemm_fma PRIVATE -ffp-contract=fast)
  foreach(variant IN ITEMS "" "_fma")
    set(library litnn)
    if(variant)
      set(library litnn_gemm_fma)
    endif()
    add_executable(bench_gemm_openblas${variant} bench/gemm_openblas.c)
    target_include_directories(bench_gemm_openblas${variant} PRIVATE "${OPENBLAS_CBLAS_DIR}")
    target_link_libraries(bench_gemm_openblas${variant} PRIVATE ${library} "${OPENBLAS_LIBRARY}" m)
  endforeach()
  target_compile_options(bench_gemm_openblas_fma PRIVATE -ffp-contract=fast)
endif()

# A program whose output is lost says so and fails (cli_finish).
litnn_output_lost(linalg_tour)
litnn_output_lost(matmul_orders ARGS --sizes 16 --reps 1)

# --help, and no arguments where none are taken.
litnn_help(linalg_tour NO_ARGUMENTS)
litnn_help(matmul_orders)

# litnn: the front door. `make help` lists the targets.
# Learner's loop: edit chapters/en/*.nw, then `make tangle && ctest`.

BUILD    := build/c
PYTHON   := /usr/bin/python3
LINES    ?=
JOBS     ?= 2
FULL     ?= OFF
ifeq ($(LINES),)
  SRC := $(CURDIR)/tangled
else
  SRC := $(CURDIR)/build/lines/tangled
endif

.PHONY: help deps tangle build test figures book html pdf fixtures bench fuzz sync-code i18n-status clean

help:
	@echo "make book         install what is missing, build, draw figures, write HTML and PDF (build/book)"
	@echo "make test         install what is missing, tangle, build, run the whole CTest suite (with the books)"
	@echo "make tangle       write tangled/ from the chapters, configure and build (then: ctest)"
	@echo "make tangle LINES=1   the same, compiling a copy with #line directives into the chapters"
	@echo "make figures      rerun the chapters' programs and redraw figures/"
	@echo "make html | pdf   only the HTML books | the PDFs"
	@echo "make fixtures     regenerate tests/fixtures with numpy/PyTorch"
	@echo "make bench        time the book's programs against their reference (Python, PyTorch, OpenBLAS), redraw timing figures"
	@echo "make fuzz         run every fuzz target of tests/fuzz for FUZZ_SECONDS (300) each"
	@echo "make sync-code    copy English code chunks into every translation"
	@echo "make i18n-status  which translations are up to date, stale or missing"

deps:
	@tools/deps.sh book
	@data/fashion-mnist.sh build/data/fashion-mnist
	@python3 data/spam-assassin.py build/data/spam-assassin

# Tangle, then configure and build, so that `ctest` in this folder tests the
# freshly tangled code (CTestTestfile.cmake here points ctest at the build).
tangle: deps
	@$(PYTHON) tools/tangle.py
ifneq ($(LINES),)
	@$(PYTHON) tools/tangle.py --lines build/lines
endif
	@$(MAKE) --no-print-directory build FULL=$(FULL)

# FULL=ON registers the slow tests too (the books, the other builds): make
# test does; the learner's `make tangle && ctest` leaves them out.
build:
	@cmake -S . -B $(BUILD) -DLITNN_SRC=$(SRC) -DLITNN_FULL_TESTS=$(FULL) >/dev/null
	@cmake --build $(BUILD) -j$(JOBS) -- --no-print-directory
	@echo 'subdirs("$(BUILD)")' > CTestTestfile.cmake

test: FULL = ON
test: tangle
	@cd $(BUILD) && ctest --output-on-failure -j$(JOBS)

figures: tangle
	@cmake --build $(BUILD) --target figures -- --no-print-directory

book: figures
	@$(PYTHON) tools/weave.py --html --pdf

html: tangle
	@$(PYTHON) tools/weave.py --html

pdf: tangle
	@$(PYTHON) tools/weave.py --pdf

# Fixtures are computed with the reference BLAS and LAPACK, whatever BLAS the
# system prefers (OpenBLAS changes the low bits), so that regenerating them
# gives the same values on any machine.
REFERENCE_BLAS = /usr/lib/$(shell gcc -print-multiarch)/blas:/usr/lib/$(shell gcc -print-multiarch)/lapack
fixtures:
	@tools/deps.sh fixtures
	@for script in tests/reference/[!_]*.py; do echo "$$script"; \
	  LD_LIBRARY_PATH=$(REFERENCE_BLAS) $(PYTHON) $$script || exit 1; done

# Each benchmark alternates litnn and its reference, prints medians and the
# ratio with its spread, and appends to build/bench/results.tsv. Then the
# timing figures are redrawn (only here), and figures/bench.tsv keeps this run.
bench:
	@tools/deps.sh bench
	@$(MAKE) --no-print-directory tangle
	@rm -f build/bench/latest.tsv
	@for script in tests/bench/[!_]*.py; do $(PYTHON) $$script || exit 1; done
	@cp build/bench/latest.tsv figures/bench.tsv
	@cmake --build $(BUILD) --target bench-figures -- --no-print-directory

# The fuzz targets (tests/fuzz) in their own clang build, each for
# FUZZ_SECONDS from the committed seeds; an input that breaks one is left as
# build/fuzz/tests/fuzz/crash-*.
FUZZ_SECONDS = 300
fuzz: deps
	@CC=clang cmake -S . -B build/fuzz -DLITNN_FUZZ=ON -DLITNN_NATIVE=OFF >/dev/null
	@cmake --build build/fuzz --target fuzz-targets -j2 >/dev/null
	@for target in textfile names vocab parse idx email; do \
	  $(PYTHON) tests/fuzz/fuzz.py build/fuzz $$target $(FUZZ_SECONDS) || exit 1; done

sync-code: deps
	@$(PYTHON) tools/i18n.py sync-code

i18n-status: deps
	@$(PYTHON) tools/i18n.py status
	@$(PYTHON) tools/figure.py strings || true

clean:
	rm -rf build CTestTestfile.cmake

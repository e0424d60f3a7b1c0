# The book machine's own tests: tangling, translations, configuration, the
# HTML and PDF books, the build under clang, and the C tests under sanitizers.
set(BOOK_TESTS "${CMAKE_CURRENT_SOURCE_DIR}/book")

litnn_tool_test(tangle:fresh LABEL tangle COMMAND tools/tangle.py --check)
litnn_tool_test(tangle:machinery LABEL tangle COMMAND ${BOOK_TESTS}/test_tangle.py)
litnn_tool_test(i18n:code-sync LABEL i18n COMMAND tools/i18n.py check)
litnn_tool_test(i18n:machinery LABEL i18n COMMAND ${BOOK_TESTS}/test_i18n.py)
# Every label of the figures (tr("...") in their gnuplot chunks) has a
# translation in chapters/<language>/figures.yml, and every translation a label.
litnn_tool_test(i18n:figure-labels LABEL i18n COMMAND tools/figure.py strings)
# Every number the prose quotes from a program is a reference to the value
# the program reported ({{figure.name:format}}), in every edition.
litnn_tool_test(book:numbers LABEL i18n COMMAND tools/values.py check)
litnn_tool_test(book:values LABEL book COMMAND ${BOOK_TESTS}/test_values.py)
# The code's folders are layers, and a folder includes only the ones below.
litnn_tool_test(book:layers LABEL tangle COMMAND ${BOOK_TESTS}/test_layers.py)
litnn_tool_test(book:config LABEL book COMMAND ${BOOK_TESTS}/test_config.py)
# The slow ones, in make test and CI only (LITNN_FULL_TESTS): the books,
# and the code built again by other compilers and with other flags.
if(LITNN_FULL_TESTS)
  litnn_tool_test(book:html LABEL book COMMAND ${BOOK_TESTS}/test_html.py "${CMAKE_BINARY_DIR}/test-html")
  set_tests_properties(book:html PROPERTIES FIXTURES_SETUP html-book)
  # That HTML book in Debian's chromium (playwright-core from the npm registry,
  # pinned by tests/book/browser/package-lock.json): layout at two widths,
  # figures, chunk links, the language switch.
  add_test(NAME book:browser
           COMMAND sh -c "npm ci --no-audit --no-fund --silent && node browser.js '${CMAKE_BINARY_DIR}/test-html'"
           WORKING_DIRECTORY "${BOOK_TESTS}/browser")
  set_tests_properties(book:browser PROPERTIES LABELS book FIXTURES_REQUIRED html-book)
  foreach(lang en es)     # the PDF builds, and its contents give the right pages
    litnn_tool_test(book:pdf-${lang} LABEL book
                    COMMAND ${BOOK_TESTS}/test_pdf.py ${lang} "${CMAKE_BINARY_DIR}/test-book")
  endforeach()

  # The same sources, warning-free under the other compiler, and every
  # figure's data from its programs exactly as gcc's build committed it.
  add_test(NAME build:clang
           COMMAND ${CMAKE_COMMAND} -E env CC=clang
                   sh -c "cmake -S '${CMAKE_SOURCE_DIR}' -B '${CMAKE_BINARY_DIR}/clang' -DLITNN_SRC='${LITNN_SRC}' >/dev/null && cmake --build '${CMAKE_BINARY_DIR}/clang' -j2 >/dev/null && cd '${CMAKE_BINARY_DIR}/clang' && LITNN_FIGURE_REL_TOL=0 ctest -L figures -E '^build:' -j2 --output-on-failure"
           WORKING_DIRECTORY "${CMAKE_SOURCE_DIR}")
  set_tests_properties(build:clang PROPERTIES LABELS "builds;determinism")

  # The same sources built for the baseline target of the machine (x86-64 with
  # SSE2 only, or plain ARM64), without -march=native: every figure's data must
  # come out exactly as the native build committed it, digit for digit, since
  # no sum depends on the vector width (chapter 1).
  add_test(NAME build:baseline
           COMMAND sh -c "cmake -S '${CMAKE_SOURCE_DIR}' -B '${CMAKE_BINARY_DIR}/baseline' -DLITNN_SRC='${LITNN_SRC}' -DLITNN_NATIVE=OFF >/dev/null && cmake --build '${CMAKE_BINARY_DIR}/baseline' -j2 >/dev/null && cd '${CMAKE_BINARY_DIR}/baseline' && LITNN_FIGURE_REL_TOL=0 ctest -L figures -E '^build:' -j2 --output-on-failure"
           WORKING_DIRECTORY "${CMAKE_SOURCE_DIR}")
  set_tests_properties(build:baseline PROPERTIES LABELS "builds;determinism" FIXTURES_SETUP baseline-build)

  # The C test programs of that build under valgrind's memcheck (which does
  # not know every instruction of -march=native): no memory error, no leak.
  litnn_tool_test(memcheck:c LABEL memcheck COMMAND tests/memcheck.py "${CMAKE_BINARY_DIR}/baseline")
  set_tests_properties(memcheck:c PROPERTIES FIXTURES_REQUIRED baseline-build)

  # The book tools on generated webs, well and badly formed (Hypothesis).
  litnn_tool_test(fuzz:tools LABEL fuzz COMMAND ${BOOK_TESTS}/test_properties.py 60)

  # The parsers and loaders under libFuzzer with ASan and UBSan (tests/fuzz),
  # for 15 seconds each from the committed seeds; make fuzz runs them longer.
  add_test(NAME fuzz:build
           COMMAND ${CMAKE_COMMAND} -E env CC=clang
                   sh -c "cmake -S '${CMAKE_SOURCE_DIR}' -B '${CMAKE_BINARY_DIR}/fuzz' -DLITNN_SRC='${LITNN_SRC}' -DLITNN_FUZZ=ON -DLITNN_NATIVE=OFF >/dev/null && cmake --build '${CMAKE_BINARY_DIR}/fuzz' --target fuzz-targets -j2 >/dev/null")
  set_tests_properties(fuzz:build PROPERTIES LABELS fuzz FIXTURES_SETUP fuzz-build)
  foreach(target IN ITEMS textfile names vocab parse idx email)
    litnn_tool_test(fuzz:${target} LABEL fuzz
                    COMMAND tests/fuzz/fuzz.py "${CMAKE_BINARY_DIR}/fuzz" ${target} 15)
    set_tests_properties(fuzz:${target} PROPERTIES FIXTURES_REQUIRED fuzz-build)
  endforeach()

  # The C tests again, built with AddressSanitizer and UndefinedBehaviorSanitizer.
  add_test(NAME sanitize:c
           COMMAND sh -c "cmake -S '${CMAKE_SOURCE_DIR}' -B '${CMAKE_BINARY_DIR}/sanitize' -DLITNN_SRC='${LITNN_SRC}' -DLITNN_SANITIZE=ON >/dev/null && cmake --build '${CMAKE_BINARY_DIR}/sanitize' -j2 >/dev/null && cd '${CMAKE_BINARY_DIR}/sanitize' && ctest -L 'unit|reference|gradcheck' -E '^(build|sanitize):' --output-on-failure"
           WORKING_DIRECTORY "${CMAKE_SOURCE_DIR}")
  set_tests_properties(sanitize:c PROPERTIES LABELS builds)
endif()

# The data sets of data/ are the files SOURCES.md describes.
add_test(NAME data:checksums COMMAND sha256sum -c SHA256SUMS
         WORKING_DIRECTORY "${CMAKE_SOURCE_DIR}/data")
set_tests_properties(data:checksums PROPERTIES LABELS unit)

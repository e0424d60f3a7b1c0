#!/usr/bin/python3
"""memcheck.py: every C test program of the suite again, and the short run
of every book program (tests/programs.txt) and the same run refused for an
unknown option (exit status 2), under valgrind's memcheck: no
invalid read or write, no use of an uninitialised value, and no byte
leaked. The test programs are the tests labelled unit, reference or
gradcheck whose command is one of the build's own executables (found with
ctest --show-only); each runs with its test's arguments and working
folder. The build must be for the baseline instruction set: valgrind does
not know every extension of -march=native (AVX-512, for one).
    memcheck.py BUILD_DIR
Prints one line per program and exits 1 if any had an error."""
import json
import os
import subprocess
import sys

from bad_inputs import ROOT, table

VALGRIND = ["valgrind", "--quiet", "--error-exitcode=99", "--leak-check=full",
            "--errors-for-leak-kinds=definite,indirect,possible", "--track-origins=yes"]


def c_tests(build):
    """(name, command, working folder) of the C test programs under build."""
    listing = subprocess.run(["ctest", "--show-only=json-v1", "-L", "unit|reference|gradcheck"],
                             cwd=build, capture_output=True, text=True, check=True)
    tests = []
    for test in json.loads(listing.stdout)["tests"]:
        command = test.get("command") or []
        if not command or not os.path.realpath(command[0]).startswith(os.path.realpath(build) + os.sep):
            continue
        folder = next((p["value"] for p in test.get("properties", [])
                       if p["name"] == "WORKING_DIRECTORY"), build)
        tests.append((test["name"], command, folder, 0))
    return tests


def main():
    if len(sys.argv) != 2:
        sys.exit("memcheck: error: usage: memcheck.py BUILD_DIR")
    build = os.path.abspath(sys.argv[1])
    tests = c_tests(build)
    if not tests:
        sys.exit(f"memcheck: error: no C test programs under {build}")
    for program, (_, quick, _) in sorted(table().items()):
        command = [os.path.join(build, "bin", program)] + quick
        tests.append((" ".join([program] + quick), command, ROOT, 0))
        tests.append((" ".join([program] + quick + ["--bogus", "1"]), command + ["--bogus", "1"],
                      ROOT, 2))
    failed = 0
    for name, command, folder, status in tests:
        proc = subprocess.run(VALGRIND + command, cwd=folder, capture_output=True, text=True,
                              errors="replace")
        if proc.returncode != status:
            failed += 1
            why = "memory errors" if proc.returncode == 99 else f"exit status {proc.returncode}"
            print(f"{name}: {why} FAIL\n{proc.stderr.strip()}")
        else:
            print(f"{name}: memcheck ok")
    print(f"memcheck: {len(tests)} programs, {failed} with errors")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

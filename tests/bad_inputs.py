#!/usr/bin/python3
"""bad_inputs.py: the bad-input matrix of one program. From its line in
tests/programs.txt (its short run, its options and positionals and their
kinds) it makes every case below and runs each from the repository's root:
    --help; an unknown option; a stray word (if it takes no positionals);
    each option without its value; for each kind, values that are not
    numbers, negative, zero, huge, nan, inf, out of range, malformed lists
    and optimizer specs; missing, empty, binary, endless (/dev/zero) and
    directory input files, unwritable outputs; stdout on a full device
    (/dev/full) and stdout closed.
A case expects a refusal (exit 2, usage), a failure (exit 1 or 2), or
anything reasonable. Every case must end within a minute, by exit and not a
signal, with status 0, 1 or 2; a failure must say so in exactly one line
'<program>: error: ...' (or 'litnn: error: ...') on stderr, and a success
must print no nan or inf.
    bad_inputs.py BIN_DIR PROGRAM
Prints one line per case and exits 1 if any case went wrong.
    bad_inputs.py --table
checks that every program of tangled/programs has its line in the table."""
import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TABLE = os.path.join(ROOT, "tests", "programs.txt")
USAGE, FAIL, ANY = "usage", "fail", "any"
VALUES = {       # kind: [(value, expectation)]
    "size": [("abc", USAGE), ("-1", USAGE), ("1.5", USAGE), ("1e30", USAGE), ("nan", USAGE),
             ("inf", USAGE), ("99999999999999999999999", USAGE), ("", USAGE), ("0", ANY)],
    "decimal": [("abc", USAGE), ("nan", USAGE), ("inf", USAGE), ("-inf", USAGE),
                ("1e-400", USAGE), ("0x10", USAGE), ("", USAGE), ("-1", ANY), ("0", ANY),
                ("1e308", ANY)],
    "sizes": [("abc", USAGE), (",", USAGE), ("1,,2", USAGE), ("-1", USAGE), ("nan", USAGE),
              ("", USAGE), ("0", ANY)],
    "choice": [("abc", USAGE), ("", USAGE)],
    "word": [("", ANY), ("\u00e9", ANY), ("\\xff", ANY)],
    "spec": [("abc", USAGE), ("adam:lr=", USAGE), ("adam:bogus=1", USAGE), ("adam:lr=nan", USAGE),
             ("adam:lr=0x1p-3", USAGE), ("adam:lr=1,lr=2", USAGE), ("adam:lr= 0.1", USAGE),
             ("adam:lr=1e308", ANY), ("sgd:lr=1e300,momentum=0.9", ANY),
             ("adam:lr=0.1,weight_decay=1e308", ANY)],
    "file": [("tests/data/no-such-file.txt", FAIL), ("tests/data/empty.txt", FAIL),
             ("tests/data/binary.txt", FAIL), ("/dev/zero", FAIL), ("tests/data", FAIL),
             ("tests/data/odd-names.txt", ANY)],
    "output": [("/nonexistent-folder/out.txt", FAIL), ("/dev/full", FAIL)],
    "string": [("", ANY), ("\u00e9t\u00e9", ANY), ("x" * 200, ANY)],
}
NOT_FINITE = re.compile(r"(?<![A-Za-z])-?(nan|inf)(?![A-Za-z])", re.IGNORECASE)


def table():
    """{program: (chapter, quick args, [(option or None, kind)])} of the table."""
    programs = {}
    with open(TABLE, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            head, quick, options = (part.strip() for part in line.split("|"))
            chapter, program = head.split()
            items = []
            for item in options.split():
                if item.startswith("@"):
                    items.append((None, item[1:]))
                else:
                    name, _, kind = item.rpartition(":")
                    items.append((name, kind))
            programs[program] = (chapter, quick.split(), items)
    return programs


def check_table():
    """0 if every tangled program has a line and every line a program."""
    folder = os.path.join(ROOT, "tangled", "programs")
    tangled = {name[:-2] for name in os.listdir(folder) if name.endswith(".c")}
    listed = set(table())
    for name in sorted(tangled - listed):
        print(f"bad_inputs: error: tangled/programs/{name}.c has no line in tests/programs.txt")
    for name in sorted(listed - tangled):
        print(f"bad_inputs: error: tests/programs.txt lists {name}, which is not a program")
    print(f"bad_inputs: {len(tangled)} programs, {len(listed)} lines")
    return 0 if tangled == listed else 1


def program_line(program):
    """(quick args, [(option or None, kind)]) of program in the table."""
    programs = table()
    if program not in programs:
        sys.exit(f"bad_inputs: error: {program} is not in tests/programs.txt")
    return programs[program][1:]


def with_option(quick, option, value):
    """quick with option set to value (replaced if present, else added)."""
    args = list(quick)
    if option in args:
        args[args.index(option) + 1] = value
        return args
    return args + [option, value]


def cases(quick, items):
    """[(label, args, expectation, stdout)] for the program."""
    out = [("--help", ["--help"], "help", None), ("unknown option", quick + ["--bogus", "1"], USAGE, None)]
    positional = [kind for option, kind in items if option is None]
    if not positional:
        out.append(("stray word", quick + ["stray"], USAGE, None))
    if not items:
        out.append(("no arguments", [], ANY, None))
    for option, kind in items:
        for value, expect in VALUES[kind]:
            if option is None:
                plain = [a for a in quick if "=" not in a and ":" not in a]
                out.append((f"{kind} {value!r}", plain + [value], expect, None))
            else:
                out.append((f"{option} {value!r}", with_option(quick, option, value), expect, None))
        if option is not None:
            out.append((f"{option} without a value", [a for a in quick] + [option], USAGE, None))
    out.append(("stdout on /dev/full", quick, FAIL, "full"))
    out.append(("stdout closed", quick, FAIL, "closed"))
    return out


def run(program, case):
    label, args, expect, stdout = case
    args = [a.encode("utf-8", "surrogateescape").decode("unicode_escape").encode("latin-1")
            if "\\x" in a else a for a in args]
    target = {"full": open("/dev/full", "wb"), "closed": subprocess.DEVNULL}.get(stdout, subprocess.PIPE)
    command = [program] + args
    if stdout == "closed":
        command = ["sh", "-c", 'exec "$@" >&-', "sh"] + command
    try:
        proc = subprocess.run(command, stdout=target, stderr=subprocess.PIPE, cwd=ROOT, timeout=60)
    except subprocess.TimeoutExpired:
        return label, "did not end within 60 s"
    finally:
        if stdout == "full":
            target.close()
    name = os.path.basename(program)
    err = proc.stderr.decode("utf-8", "replace")
    code, lines = proc.returncode, err.splitlines()
    if code < 0:
        return label, f"killed by signal {-code}"
    if code not in (0, 1, 2):
        return label, f"exit status {code}"
    if expect == "help":
        ok = code == 0 and proc.stdout.decode("utf-8", "replace").startswith(f"usage: {name}")
        return label, None if ok else f"--help: exit {code}, not its usage"
    if code != 0:
        if len(lines) != 1 or not re.match(rf"^({re.escape(name)}|litnn): error: ", lines[0]):
            return label, f"exit {code} without one error line: {err.strip()[:200]!r}"
        if expect == USAGE and code != 2:
            return label, f"exit {code}, a usage error is 2: {lines[0]}"
        return label, None
    if expect in (USAGE, FAIL):
        return label, "exit 0: accepted what it must refuse"
    text = proc.stdout.decode("utf-8", "replace") if proc.stdout else ""
    if NOT_FINITE.search(text):
        return label, "exit 0 with a result that is not finite"
    return label, None


def main():
    if sys.argv[1:] == ["--table"]:
        return check_table()
    if len(sys.argv) != 3:
        sys.exit("bad_inputs: error: usage: bad_inputs.py BIN_DIR PROGRAM | --table")
    program = os.path.join(os.path.abspath(sys.argv[1]), sys.argv[2])
    quick, items = program_line(sys.argv[2])
    todo = cases(quick, items)
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(lambda c: run(program, c), todo))
    wrong = 0
    for label, problem in results:
        print(f"{sys.argv[2]} {label}: {problem + ' FAIL' if problem else 'ok'}")
        wrong += problem is not None
    print(f"bad_inputs: {sys.argv[2]}: {len(results)} cases, {wrong} wrong")
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())

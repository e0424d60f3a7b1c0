#!/usr/bin/python3
"""figure.py: the data behind a figure, its drawing, and the check of both.

  figure.py data  --name N [--mode exact|timing|prefix] [--ext tsv|txt] -- PROGRAM ARGS...
      runs the chapter's program and writes what it prints to figures/N.<ext>,
      and the values it reports for the prose (value_report, chapter 2) to
      figures/N.values
  figure.py draw  --name N [--data D...]
      draws figures/N.svg (HTML) and figures/N.pdf (print) with the chapter's
      gnuplot chunk tangled/figures/N.gp, which reads the gnuplot variable
      datafile (figures/N.tsv, or the first D's) and, drawn from several
      programs' data, datafiles (all of them, separated by spaces)
  figure.py check --name N [--mode ...] [--ext ...] -- PROGRAM ARGS...
      reruns the program and compares with the committed figures/N.<ext>:
      exact  - the same text, numbers equal within a relative 1e-12
               (LITNN_FIGURE_REL_TOL overrides the tolerance), and the same
               values;
      timing - a measurement of speed, rerun on other (small) arguments: the
               same header as the committed file, every measurement finite and > 0,
               and values of the same names;
      prefix - a long run (a training of minutes), rerun shortened: what the
               short run prints, and the values it reports, are the beginning
               of the committed ones, numbers equal as in exact
"""
import argparse
import math
import os
import re
import subprocess
import sys
import tempfile

from litnn import ROOT, BookError, main
from values import read_values

# LITNN_FIGURE_REL_TOL=0 asks for the same digits (the test build:baseline).
REL_TOL = float(os.environ.get("LITNN_FIGURE_REL_TOL", "1e-12"))
TERMINALS = {
    "svg": "set terminal svg size 720,450 dynamic enhanced font 'DejaVu Sans,13' "
           "background rgb 'white'",
    "pdf": "set terminal pdfcairo size 5.5in,3.4in enhanced font 'DejaVu Sans,10'",
}
PDF_DATE = re.compile(rb"/CreationDate \(D:[0-9+\-Z']*\)")


def run_program(cmd):
    """What the program prints, and the text of the values it reports."""
    with tempfile.TemporaryDirectory() as tmp:
        values = os.path.join(tmp, "values")
        open(values, "w").close()
        proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT,
                              env={**os.environ, "LITNN_VALUES": values})
        if proc.returncode != 0:
            raise BookError(f"{' '.join(cmd)} exited with {proc.returncode}: {proc.stderr.strip()}")
        with open(values, encoding="utf-8") as f:
            reported = f.read()
        read_values(values, f"the values {os.path.basename(cmd[0])} reported")
    return proc.stdout, reported


def compare_values(got, want, mode):
    """The first difference between two .values texts, or None."""
    if mode == "prefix":
        want = "".join(want.splitlines(keepends=True)[:len(got.splitlines())])
    exact = mode != "timing"
    got_names = [line.split()[0] for line in got.splitlines()]
    want_names = [line.split()[0] for line in want.splitlines()]
    if got_names != want_names:
        return f"values {' '.join(got_names) or '(none)'}, committed {' '.join(want_names) or '(none)'}"
    if exact:
        return compare_exact(got, want)
    for line in got.splitlines():
        if not math.isfinite(float(line.split()[1])):
            return f"value {line!r} is not finite"
    return None


def number(token):
    try:
        return float(token)
    except ValueError:
        return None


def compare_prefix(got, want):
    """The first difference between a short run's output and the beginning
    of the committed output, or None."""
    got_lines, want_lines = got.splitlines(), want.splitlines()
    if not got_lines or len(got_lines) > len(want_lines):
        return f"{len(got_lines)} lines, the committed file has {len(want_lines)}"
    return compare_exact(got, "\n".join(want_lines[:len(got_lines)]) + "\n")


def compare_exact(got, want):
    """The first difference between two outputs, or None."""
    got_lines, want_lines = got.splitlines(), want.splitlines()
    if len(got_lines) != len(want_lines):
        return f"{len(got_lines)} lines, committed {len(want_lines)}"
    worst = 0.0
    for n, (g_line, w_line) in enumerate(zip(got_lines, want_lines), 1):
        g_tokens, w_tokens = g_line.split(), w_line.split()
        if len(g_tokens) != len(w_tokens):
            return f"line {n}: {g_line!r}, committed {w_line!r}"
        for g, w in zip(g_tokens, w_tokens):
            gv, wv = number(g), number(w)
            if gv is None or wv is None:
                if g != w:
                    return f"line {n}: {g!r}, committed {w!r}"
                continue
            diff = abs(gv - wv)
            if not diff <= REL_TOL * max(1.0, abs(wv)):
                return f"line {n}: {gv!r}, committed {wv!r} (differ by {diff:.3g})"
            worst = max(worst, diff)
    print(f"max |new - committed| = {worst:.3g} over {len(want_lines)} lines (tol {REL_TOL:g} rel)")
    return None


def compare_timing(got, want):
    """Same header; every measurement finite and positive."""
    got_rows = [line.split("\t") for line in got.splitlines()]
    want_rows = [line.split("\t") for line in want.splitlines()]
    if not got_rows or got_rows[0] != want_rows[0]:
        return f"header {got_rows[:1]}, committed {want_rows[:1]}"
    for n, row in enumerate(got_rows[1:], 2):
        if len(row) != len(got_rows[0]):
            return f"line {n}: {len(row)} columns, header has {len(got_rows[0])}"
        for cell in row[1:]:
            v = number(cell)
            if v is None or not math.isfinite(v) or v <= 0:
                return f"line {n}: measurement {cell!r} is not a positive number"
    print(f"{len(got_rows) - 1} rows x {len(got_rows[0]) - 1} measurements, all positive")
    return None


def draw(name, data_names):
    script = os.path.join("tangled", "figures", name + ".gp")
    datafiles = [os.path.join("figures", d + ".tsv") for d in data_names or [name]]
    data = datafiles[0]
    if not os.path.exists(os.path.join(ROOT, script)):
        raise BookError(f"no gnuplot chunk <<{script}>> for figure {name}")
    for ext, terminal in TERMINALS.items():
        out = os.path.join("figures", f"{name}.{ext}")
        commands = (f"{terminal}; set output '{out}'; datafile = '{data}'; "
                    f"datafiles = '{' '.join(datafiles)}'; load '{script}'")
        proc = subprocess.run(["gnuplot", "-e", commands], cwd=ROOT,
                              capture_output=True, text=True)
        if proc.returncode != 0 or proc.stderr.strip():
            raise BookError(f"gnuplot {script}: {proc.stderr.strip()}")
        if ext == "svg":    # pictures of pixels (with image) drawn as pixels, not blurred
            path = os.path.join(ROOT, out)
            with open(path, encoding="utf-8") as f:
                svg = f.read()
            with open(path, "w", encoding="utf-8") as f:
                f.write(svg.replace("<image ", "<image style='image-rendering:pixelated' "))
        if ext == "pdf":    # a fixed date, so an unchanged figure stays unchanged
            path = os.path.join(ROOT, out)
            with open(path, "rb") as f:
                pdf = f.read()
            with open(path, "wb") as f:
                f.write(PDF_DATE.sub(b"/CreationDate (D:20000101000000Z)", pdf))


def run():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("action", choices=("data", "draw", "check"))
    parser.add_argument("--name", required=True)
    parser.add_argument("--mode", choices=("exact", "timing", "prefix"), default="exact")
    parser.add_argument("--data", nargs="+")
    parser.add_argument("--ext", choices=("tsv", "txt"), default="tsv")
    argv = sys.argv[1:]
    split = argv.index("--") if "--" in argv else len(argv)
    args = parser.parse_args(argv[:split])
    args.program = argv[split + 1:]
    if args.action == "draw":
        draw(args.name, args.data)
        return 0
    if not args.program:
        parser.error("the program to run is missing")
    committed = os.path.join(ROOT, "figures", f"{args.name}.{args.ext}")
    committed_values = os.path.join(ROOT, "figures", f"{args.name}.values")
    output, values = run_program(args.program)
    if args.action == "data":
        with open(committed, "w", encoding="utf-8") as f:
            f.write(output)
        if values:
            with open(committed_values, "w", encoding="utf-8") as f:
                f.write(values)
        elif os.path.exists(committed_values):
            os.remove(committed_values)
        return 0
    if not os.path.exists(committed):
        raise BookError(f"figures/{args.name}.{args.ext} is not committed (run make figures)")
    with open(committed, encoding="utf-8") as f:
        want = f.read()
    want_values = ""
    if os.path.exists(committed_values):
        with open(committed_values, encoding="utf-8") as f:
            want_values = f.read()
    compare = {"exact": compare_exact, "timing": compare_timing, "prefix": compare_prefix}
    problem = (compare[args.mode](output, want)
               or compare_values(values, want_values, args.mode))
    if problem:
        print(f"figure {args.name}: FAIL: {problem}")
        print("  (if the chapter's program changed on purpose, run make figures and commit)")
        return 1
    print(f"figure {args.name}: OK")
    return 0


if __name__ == "__main__":
    main("figure", run)

#!/usr/bin/python3
"""figure.py: the data behind a figure, its drawing, and the check of both.

  figure.py data  --name N [--mode exact|timing|prefix] [--ext tsv|txt] -- PROGRAM ARGS...
      runs the chapter's program and writes what it prints to figures/N.<ext>,
      and the values it reports for the prose (value_report, chapter 2) to
      figures/N.values
  figure.py draw  --name N [--lang L --out DIR]
      draws figures/N.svg (HTML) and figures/N.pdf (print) with the chapter's
      gnuplot chunk tangled/figures/N.gp, which reads the gnuplot variable
      datafile (figures/N.tsv, or the first of the files a line "# datafiles: D..."
      of the script names) and, drawn from several programs' data, datafiles
      (all of them, separated by spaces). The script writes each label as
      tr("English"); with --lang, the drawing goes to DIR with every label
      translated from chapters/L/figures.yml, and numbers with the language's
      decimal mark
  figure.py strings
      checks the figures' labels in every translated language: each label
      has a translation, each translation a label
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
import glob
import math
import os
import re
import subprocess
import sys
import tempfile

import yaml

from litnn import ROOT, BookError, load_book, main
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


LABEL = re.compile(r'tr\("([^"\\]*)"\)')     # tr("a label"), without quotes inside
DATA = re.compile(r"^# datafiles: *(.+)$", re.MULTILINE)


def scripts(root=ROOT):
    """The figures' names: one gnuplot chunk tangled/figures/N.gp each."""
    return sorted(os.path.basename(p)[:-3]
                  for p in glob.glob(os.path.join(root, "tangled", "figures", "*.gp")))


def read_script(name, root=ROOT):
    path = os.path.join(root, "tangled", "figures", name + ".gp")
    if not os.path.exists(path):
        raise BookError(f"no gnuplot chunk <<tangled/figures/{name}.gp>> for figure {name}")
    with open(path, encoding="utf-8") as f:
        return f.read()


def labels():
    """Every label of every figure: {English label: [figure, ...]}."""
    found = {}
    for name in scripts():
        for label in LABEL.findall(read_script(name)):
            found.setdefault(label, []).append(name)
    return found


def translations(book, lang):
    """chapters/<lang>/figures.yml, {English label: translation}; for a
    derived language, its source's converted by OpenCC with the book's
    overrides."""
    if lang.derive_from:
        source = translations(book, book.language(lang.derive_from))
        keys = list(source)
        proc = subprocess.run(["opencc", "-c", lang.opencc + ".json"], capture_output=True,
                              text=True, input="\n".join(source[k] for k in keys))
        if proc.returncode != 0:
            raise BookError(f"opencc {lang.opencc} on the figures' labels: {proc.stderr.strip()}")
        converted = proc.stdout.rstrip("\n").split("\n")
        for wrong, right in (book.overrides.get(lang.code) or {}).items():
            converted = [text.replace(wrong, right) for text in converted]
        return dict(zip(keys, converted))
    rel = os.path.join("chapters", lang.code, "figures.yml")
    try:
        with open(os.path.join(book.root, rel), encoding="utf-8") as f:
            table = yaml.safe_load(f) or {}
    except yaml.YAMLError as e:
        raise BookError(f"malformed YAML, {rel}: {getattr(e, 'problem', e)}")
    if not isinstance(table, dict) or not all(
            isinstance(k, str) and isinstance(v, str) and '"' not in v for k, v in table.items()):
        raise BookError(f"{rel}: expected English labels mapped to their translations "
                        f"(text without double quotes)")
    return table


def localized(text, table, lang):
    """The script text with each tr("label") replaced by its translation
    and, for a decimal comma, gnuplot told to write numbers with it."""
    missing = sorted({label for label in LABEL.findall(text) if label not in table})
    if missing:
        raise BookError(f"chapters/{lang.code}/figures.yml has no translation of "
                        + ", ".join(f'"{m}"' for m in missing))
    text = LABEL.sub(lambda m: '"' + table[m.group(1)].replace("\\", "\\\\") + '"', text)
    decimal = (lang.numbers or {}).get("decimal", ".")
    return (f"set decimalsign '{decimal}'\n" if decimal != "." else "") + text


def draw(name, lang=None, out_dir="figures", book=None):
    """Draws figure name into out_dir (relative to the book's root), in
    English or, given lang and the book, with lang's labels."""
    root = book.root if book else ROOT
    text = read_script(name, root)
    data_names = DATA.findall(text)
    datafiles = [os.path.join("figures", d + ".tsv")
                 for d in (data_names[0].split() if data_names else [name])]
    data = datafiles[0]
    if lang is not None:
        text = localized(text, translations(book, lang), lang)
    os.makedirs(os.path.join(root, out_dir), exist_ok=True)
    with tempfile.NamedTemporaryFile("w", suffix=".gp", encoding="utf-8") as script:
        script.write(text)
        script.flush()
        for ext, terminal in TERMINALS.items():
            out = os.path.relpath(os.path.join(root, out_dir, f"{name}.{ext}"), root)
            commands = (f"{terminal}; set output '{out}'; datafile = '{data}'; "
                        f"datafiles = '{' '.join(datafiles)}'; tr(s) = s; load '{script.name}'")
            proc = subprocess.run(["gnuplot", "-e", commands], cwd=root,
                                  capture_output=True, text=True)
            if proc.returncode != 0 or proc.stderr.strip():
                raise BookError(f"gnuplot tangled/figures/{name}.gp: {proc.stderr.strip()}")
            postprocess(os.path.join(root, out), ext)


def postprocess(path, ext):
    """SVG: pictures of pixels (with image) drawn as pixels, not blurred.
    PDF: a fixed date, so that an unchanged figure stays unchanged."""
    if ext == "svg":
        with open(path, encoding="utf-8") as f:
            svg = f.read()
        with open(path, "w", encoding="utf-8") as f:
            f.write(svg.replace("<image ", "<image style='image-rendering:pixelated' "))
    else:
        with open(path, "rb") as f:
            pdf = f.read()
        with open(path, "wb") as f:
            f.write(PDF_DATE.sub(b"/CreationDate (D:20000101000000Z)", pdf))


def check_strings():
    """Every label of the figures has a translation in every translated
    language, and every translation a label; 1 if not."""
    found, problems = labels(), []
    book = load_book()
    for lang in book.languages:
        if lang.code == "en" or lang.derive_from:
            continue
        table = translations(book, lang)
        rel = f"chapters/{lang.code}/figures.yml"
        problems += [f'{rel}: no translation of "{label}" (figure {found[label][0]})'
                     for label in sorted(found) if label not in table]
        problems += [f'{rel}: "{label}" is in no figure' for label in sorted(table)
                     if label not in found]
    for p in problems:
        print(f"figure strings: FAIL: {p}")
    languages = len(book.languages) - 1
    print(f"figure strings: {len(found)} labels of {len(scripts())} figures in "
          f"{languages} translations, {len(problems)} problems")
    return 1 if problems else 0


def run():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("action", choices=("data", "draw", "check", "strings"))
    parser.add_argument("--name")
    parser.add_argument("--mode", choices=("exact", "timing", "prefix"), default="exact")
    parser.add_argument("--ext", choices=("tsv", "txt"), default="tsv")
    parser.add_argument("--lang")
    parser.add_argument("--out", default="figures")
    argv = sys.argv[1:]
    split = argv.index("--") if "--" in argv else len(argv)
    args = parser.parse_args(argv[:split])
    args.program = argv[split + 1:]
    if args.action == "strings":
        return check_strings()
    if not args.name:
        parser.error("--name is missing")
    if args.action == "draw":
        book = load_book()
        draw(args.name, book.language(args.lang) if args.lang else None, args.out, book)
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

#!/usr/bin/python3
"""values.py: the numbers the prose quotes, taken from the programs that
computed them, and the check that no such number is typed by hand.

  values.py check     fail, naming file and line, on a reference to a value
                      that does not exist or with a bad format, and on a
                      numeral in any edition's prose that equals, at its printed
                      precision, a value of the chapter's programs

A program reports a value with value_report (chapter 2); figure.py writes
what the run reported to figures/<figure>.values, one `name value` a line.
The prose refers to it as {{figure.name:format}} and the weave writes the
number in the language's own format (book.yml, `numbers`). A number that is
no program's result but should be formatted the same way is {{=1210000:,d}}.

Formats, as in Python: d (a whole number), .Nf (N decimals), .Ng (N
significant digits), .Ne (N decimals times a power of ten: 7.8 × 10⁷, or
10⁷ alone when .0e gives 1), .N% (times 100, N decimals, a percent sign); a
leading comma groups the digits of the whole part. No format: the value as
reported.
"""
import argparse
import math
import os
import re

from litnn import BookError, load_book, main, parse_web, strip_front_matter

REFERENCE = re.compile(r"\{\{(?:(?P<figure>[a-z0-9-]+)\.(?P<name>[a-z0-9_]+)|=(?P<literal>-?\d+(?:\.\d+)?))"
                       r"(?::(?P<format>[^}]*))?\}\}")
FORMAT = re.compile(r"(?P<group>,)?(?:\.(?P<digits>\d+))?(?P<type>[dfge%])?")
SUPERSCRIPT = str.maketrans("-0123456789", "\u207b\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079")
VALUE_LINE = re.compile(r"([a-z0-9_]+) (\S+)")
FIGURE_MENTION = re.compile(r"figures/([a-z0-9-]+)")
ENGLISH_RULE = {"decimal": ".", "group": ",", "group_from": 4, "percent": "%"}


# ---- values ----

def read_values(path, rel):
    """name -> (float, text) of a .values file."""
    values = {}
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            m = VALUE_LINE.fullmatch(line.rstrip("\n"))
            try:
                x = float(m.group(2)) if m else None
            except ValueError:
                x = None
            if x is None:
                raise BookError(f"{rel}:{n}: expected 'name value', got {line.rstrip()!r}")
            if m.group(1) in values:
                raise BookError(f"{rel}:{n}: the value {m.group(1)} is reported twice")
            values[m.group(1)] = (x, m.group(2))
    return values


class Values:
    """Every figures/*.values file of a book, read when first needed."""

    def __init__(self, root):
        self.root, self.files = root, {}

    def of(self, figure):
        if figure not in self.files:
            path = os.path.join(self.root, "figures", figure + ".values")
            self.files[figure] = (read_values(path, os.path.relpath(path, self.root))
                                  if os.path.exists(path) else None)
        return self.files[figure]


# ---- formatting ----

def plain_digits(x, text, spec):
    """(sign, whole part, fraction, percent?) of x in the format spec, or an error text."""
    m = FORMAT.fullmatch(spec or "")
    if not m or (m.group("type") in (None, "d") and m.group("digits")) \
            or (m.group("type") in ("f", "g", "e", "%") and m.group("digits") is None):
        return f"bad format {spec!r} (d, .Nf, .Ng, .Ne or .N%, after an optional comma)"
    if not math.isfinite(x):
        return f"the value is {text}"
    kind, digits = m.group("type"), int(m.group("digits") or 0)
    if kind is None:
        out = text
    elif kind == "d":
        if x != int(x):
            return f"{text} is not a whole number (format d)"
        out = str(int(x))
    elif kind == "%":
        out = f"{x * 100:.{digits}f}"
    elif kind == "e":
        mantissa, _, power = f"{x:.{digits}e}".partition("e")
        return mantissa, int(power)
    else:
        out = f"{x:.{digits}{kind}}"
    if "e" in out:
        return f"{text} in the format {spec!r} is {out}: choose a format without an exponent"
    sign = "-" if out.startswith("-") else ""
    whole, _, fraction = out.lstrip("-").partition(".")
    return sign, whole, fraction, kind == "%", bool(m.group("group"))


def format_number(x, text, spec, rule, context):
    """The number as the prose shows it: in the language's rule (decimal mark,
    digit groups, percent), in text or in TeX math; or an error text."""
    parts = plain_digits(x, text, spec)
    if isinstance(parts, str):
        raise ValueError(parts)
    math_mode = context == "math"
    if len(parts) == 2:         # .Ne: a mantissa and a power of ten
        mantissa, power = parts
        head = "" if mantissa in ("1", "-1") else \
            format_number(float(mantissa), mantissa, None, rule, context) + \
            (r" \times " if math_mode else "\u00a0×\u00a0")
        if mantissa == "-1":
            head = "-" if math_mode else "\u2212"
        return head + (f"10^{{{power}}}" if math_mode else "10" + str(power).translate(SUPERSCRIPT))
    sign, whole, fraction, percent, group = parts
    sep = rule["group"]
    if math_mode:
        sep = r"\mathord{,}" if sep == "," else r"\,"     # a comma, not punctuation
    if group and len(whole) >= rule["group_from"]:
        head = len(whole) % 3 or 3
        whole = whole[:head] + "".join(sep + whole[i:i + 3] for i in range(head, len(whole), 3))
    decimal = rule["decimal"]
    if math_mode and decimal == ",":
        decimal = r"\mathord{,}"
    out = whole + (decimal + fraction if fraction else "")
    if sign:
        out = ("-" if math_mode else "\u2212") + out
    if percent:
        mark = rule["percent"]
        out += ((r"\," if mark[0].isspace() else "") + r"\%") if math_mode else mark
    return out


def number_rule(lang):
    return {**ENGLISH_RULE, **(lang.numbers or {})}


# ---- the prose ----

def line_of(chunk, text, pos):
    return chunk.line + text.count("\n", 0, pos)


def contexts(text):
    """[(start, end, kind)] covering the Markdown text: kind is code (code
    spans and fenced blocks), math ($...$ and $$...$$, as pandoc reads them)
    or text."""
    spans, i, start, n = [], 0, 0, len(text)

    def close(kind, end):
        nonlocal start
        if i > start:
            spans.append((start, i, "text"))
        spans.append((i, end, kind))
        start = end

    while i < n:
        line_start = i == 0 or text[i - 1] == "\n"
        fence = re.match(r"(`{3,}|~{3,})", text[i:i + 40]) if line_start else None
        if fence:
            end = re.compile(r"^" + re.escape(fence.group(1)) + r"\s*$", re.M).search(text, i + 1)
            close("code", end.end() if end else n)
            i = start
        elif text[i] == "\\":
            i += 2
        elif text[i] == "`":
            run = re.match(r"`+", text[i:]).group(0)
            end = re.compile(r"(?<!`)" + run + r"(?!`)").search(text, i + len(run))
            if not end:
                i += len(run)
                continue
            close("code", end.end())
            i = start
        elif text.startswith("$$", i):
            end = text.find("$$", i + 2)
            close("math", end + 2 if end >= 0 else n)
            i = start
        elif text[i] == "$" and i + 1 < n and not text[i + 1].isspace():
            end = re.compile(r"(?<=[^\s\\])\$(?!\d)").search(text, i + 1)
            if not end:
                i += 1
                continue
            close("math", end.end())
            i = start
        else:
            i += 1
    if start < n:
        spans.append((start, n, "text"))
    return spans


def kind_at(spans, pos):
    return next(kind for s, e, kind in spans if s <= pos < e)


def substitute(text, chunk, path, rule, values):
    """The docs text with every reference outside code replaced by its number."""
    spans = contexts(text)

    def number(m):
        where = f"{path}:{line_of(chunk, text, m.start())}"
        kind = kind_at(spans, m.start())
        if kind == "code":      # code shows what is written, a reference too
            return m.group(0)
        x, shown = resolve(m, values, where)
        try:
            return format_number(x, shown, m.group("format"), rule, kind)
        except ValueError as e:
            raise BookError(f"{where}: {m.group(0)}: {e}")
    return REFERENCE.sub(number, text)


def resolve(m, values, where):
    """(value, its text) that a reference names."""
    if m.group("literal") is not None:
        return float(m.group("literal")), m.group("literal")
    figure, name = m.group("figure"), m.group("name")
    found = values.of(figure)
    if found is None:
        raise BookError(f"{where}: {m.group(0)}: no figures/{figure}.values "
                        f"(does the program report values? run make figures)")
    if name not in found:
        raise BookError(f"{where}: {m.group(0)}: figures/{figure}.values has no {name} "
                        f"(it has {', '.join(found) or 'none'})")
    return found[name]


def references(web):
    """[(line, reference text)] of a chapter's prose."""
    out = []
    for chunk in web.chunks:
        if chunk.kind == "docs":
            out.extend((line_of(chunk, chunk.text, m.start()), m.group(0))
                       for m in REFERENCE.finditer(chunk.text))
    return out


# ---- typed numbers ----

# What is not prose: references, link targets, attributes, chunk names,
# comments; blanked out so that positions keep their lines (a reference
# with letters, so that a $ after it still closes math).
NOT_PROSE = re.compile(r"\{\{.*?\}\}|\]\([^)]*\)|\{[#.][^}]*\}|<<.*?>>|\[\[.*?\]\]|<!--.*?-->", re.S)
NUMERAL = re.compile(r"(?<![0-9A-Za-z_.,\\])(\d+(?:(?:\{,\}|\\mathord\{,\}|[.,])\d+)*)(?![0-9A-Za-z_]|[.,]\d)(\s?(?:\\?%|\u00a0%))?")


def readings(numeral, percent):
    """The values a numeral may mean (7,580 is 7580 or 7.58), each with its
    number of decimals; only those precise enough to be told apart from
    small counts: two significant digits, or a whole number from 100 (from
    10 before a percent sign)."""
    plain = numeral.replace("\\mathord{,}", ",").replace("{,}", ",")
    out = []
    for decimal in (".", ","):
        other = "," if decimal == "." else "."
        if other in plain and not re.fullmatch(r"\d{1,3}(" + re.escape(other) + r"\d{3})+"
                                                + "(" + re.escape(decimal) + r"\d+)?", plain):
            continue
        whole, _, fraction = plain.replace(other, "").partition(decimal)
        if fraction.count(decimal) or (not fraction and decimal in plain):
            continue
        significant = len((whole + fraction).lstrip("0"))
        if (fraction and significant >= 2) or (not fraction and int(whole) >= (10 if percent else 100)):
            out.append((float(f"{whole}.{fraction or 0}"), len(fraction)))
    return out


def typed_numbers(web, figures):
    """[(line, numeral, figure, name)] of numerals in the prose that equal a
    value of the given figures at the numeral's precision (the prose may
    give a negative value's size, or a fraction as a percentage)."""
    found = []
    for chunk in web.chunks:
        if chunk.kind != "docs":
            continue
        text = chunk.text
        if chunk is web.chunks[0]:
            stripped = strip_front_matter(text)
            text = "\n" * text[:len(text) - len(stripped)].count("\n") + stripped
        masked = NOT_PROSE.sub(lambda m: re.sub(r"[^\n]", "X" if m.group(0)[:2] == "{{" else " ",
                                                 m.group(0)), text)
        spans = contexts(masked)
        for m in NUMERAL.finditer(masked):
            if kind_at(spans, m.start()) == "code":
                continue
            for x, decimals in readings(m.group(1), bool(m.group(2))):
                match = next(((fig, name) for fig, values in figures for name, (v, _) in values.items()
                              for scale in ((100, 1) if m.group(2) else (1,))
                              if f"{abs(v) * scale:.{decimals}f}" == f"{x:.{decimals}f}"), None)
                if match:
                    found.append((line_of(chunk, text, m.start()), m.group(1), *match))
                    break
    return found


def chapter_figures(web, values):
    """(figure, values) of every figure the chapter names that has values."""
    names = []
    for chunk in web.chunks:
        if chunk.kind == "docs":
            names += FIGURE_MENTION.findall(chunk.text)
            names += [m.group("figure") for m in REFERENCE.finditer(chunk.text) if m.group("figure")]
    return [(name, values.of(name)) for name in dict.fromkeys(names) if values.of(name)]


def check(book):
    values = Values(book.root)
    problems, counts = [], {}
    for lang in book.languages:
        if lang.derive_from:
            continue
        rule = number_rule(lang)
        for slug in book.slugs:
            path = book.chapter_path(lang.code, slug)
            if not os.path.exists(path):
                continue
            web = parse_web(path, book.root)
            english = web if lang.code == "en" else parse_web(book.chapter_path("en", slug), book.root)
            for chunk in web.chunks:
                if chunk.kind == "docs":
                    try:
                        substitute(chunk.text, chunk, web.path, rule, values)
                    except BookError as e:
                        problems.append(str(e))
            refs = references(web)
            counts[(lang.code, slug)] = len(refs)
            for line, numeral, figure, name in typed_numbers(web, chapter_figures(english, values)):
                x, shown = values.of(figure)[name]
                problems.append(f"{web.path}:{line}: {numeral} is typed, but it is the value "
                                f"{figure}.{name} ({shown}): write {{{{{figure}.{name}:FORMAT}}}}, "
                                f"or {{{{={numeral.replace(',', '.')}}}}} if it is not that value")
    for problem in problems:
        print(f"values: FAIL: {problem}")
    total = sum(n for (code, _), n in counts.items() if code == "en")
    print(f"values: {len(counts)} chapters checked, {total} references in English, "
          f"{len(problems)} problems")
    return 1 if problems else 0


def run():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("action", choices=("check",))
    parser.add_argument("--root", default=None, help="repository root (default: this one)")
    args = parser.parse_args()
    return check(load_book(args.root) if args.root else load_book())


if __name__ == "__main__":
    main("values", run)

#!/usr/bin/python3
"""test_values.py: the numbers the prose quotes. A reference takes its value
from figures/<figure>.values and is written in each language's format, in
text and in math; an unknown name or a bad format is an error with file and
line; a number typed where a value exists fails the check, in English and in
a translation; a translation must quote the same values as English."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools"))
from litnn import english_prose_sha, load_book, parse_web  # noqa: E402
from sandbox import Sandbox, Verdict  # noqa: E402
import values  # noqa: E402

EN = """# Runs {#ch:runs}

The program trains for {{run.steps:,d}} steps and ends
at a loss of $\\ell = {{run.loss:.3f}}$, an accuracy of {{run.accuracy:.1%}}.

::: {.output file="figures/run.txt"}
:::

<<tangled/src/run.c>>=
int steps = 12000;
@
"""

VALUES = "steps 12000\nloss 0.01234567\naccuracy 0.8656\ngap -0.25\nhuge 77944307.1\n"

ES = """# Ejecuciones {#ch:runs}

El programa entrena {{run.steps:,d}} pasos y termina
con una pérdida de $\\ell = {{run.loss:.3f}}$, una exactitud de {{run.accuracy:.1%}}.

::: {.output file="figures/run.txt"}
:::

<<tangled/src/run.c>>=
int steps = 12000;
@
"""


def front(sha):
    return f"---\nsource-prose-sha256: {sha}\n---\n"


def formatting(v):
    """format_number against numbers written out by hand for each rule."""
    book = load_book()
    rules = {lang.code: values.number_rule(lang) for lang in book.languages}
    cases = [
        ("en", 8422, ",d", "text", "8,422"),
        ("en", 0.8656, ".1%", "text", "86.6%"),
        ("en", -7.2185, ".1f", "text", "\u22127.2"),
        ("en", -7.2185, ".1f", "math", "-7.2"),
        ("en", 8422, ",d", "math", "8\\mathord{,}422"),
        ("es", 8422, ",d", "text", "8422"),             # four digits: not grouped
        ("es", 12000, ",d", "text", "12\u202f000"),
        ("es", 0.693, ".3f", "text", "0,693"),
        ("es", 0.693, ".3f", "math", "0\\mathord{,}693"),
        ("es", 0.8656, ".1%", "text", "86,6\u00a0%"),
        ("es", 0.8656, ".1%", "math", "86\\mathord{,}6\\,\\%"),
        ("ru", 1234567, ",d", "math", "1\\,234\\,567"),
        ("ru", -0.25, ".2f", "text", "\u22120,25"),
        ("zh-Hans", 0.8656, ".1%", "text", "86.6%"),
        ("en", 77944307.1, ".1e", "text", "7.8\u00a0×\u00a010\u2077"),
        ("en", 1025272.7, ".0e", "math", "10^{6}"),
        ("es", 77944307.1, ".1e", "math", "7\\mathord{,}8 \\times 10^{7}"),
        ("en", 0.000585, ".3g", "text", "0.000585"),
        ("en", 9.5828, None, "text", "9.5828"),
    ]
    for code, x, spec, context, want in cases:
        got = values.format_number(x, repr(x), spec, rules[code], context)
        v.check(f"{code} {x} as {spec} in {context} is {want!r}", got == want, f"got {got!r}")
    for x, spec, needle in [(120.1, "d", "not a whole number"), (0.5, ".2x", "bad format"),
                            (1e-9, ".3f", None), (1e-9, ".2g", "exponent"),
                            (float("nan"), ".1f", "the value is")]:
        try:
            values.format_number(x, repr(x), spec, rules["en"], "text")
            v.check(f"{x} as {spec} is accepted", needle is None)
        except ValueError as e:
            v.check(f"{x} as {spec} is refused: {needle}", needle and needle in str(e), str(e))


def main():
    v = Verdict("book:values")
    formatting(v)

    box = Sandbox({"en/01-runs.nw": EN}, {"figures/run.values": VALUES,
                                          "figures/run.txt": "loss 0.0123\n"})
    status, out = box.tool("values", "check")
    v.check("references to existing values pass the check", status == 0, out)
    status, out = box.tool("weave", "--html", "--lang", "en", "--out", box.path("book"))
    page = box.read("book/en/01-runs.html") if status == 0 else ""
    v.check("the weave puts the numbers in", "12,000 steps" in page and "86.6%" in page
            and "0.012" in page and "{{" not in page, out)

    sha = english_prose_sha(parse_web(box.path("chapters/en/01-runs.nw"), box.root))
    box.write("chapters/es/01-runs.nw", front(sha) + ES)
    status, out = box.tool("weave", "--html", "--lang", "es", "--out", box.path("book"))
    page = box.read("book/es/01-runs.html") if status == 0 else ""
    v.check("in Spanish, the same values in Spanish format",
            "12\u202f000 pasos" in page and "86,6\u00a0%" in page and "<mn>0,012</mn>" in page, out)
    status, out = box.tool("i18n", "check")
    v.check("a translation with the same references passes the i18n check", status == 0, out)

    box.write("chapters/es/01-runs.nw", front(sha) + ES.replace("{{run.accuracy:.1%}}", "86,6 %"))
    v.expect_error("a number typed in a translation fails, with file and line",
                   box.tool("values", "check"),
                   "chapters/es/01-runs.nw:7: 86,6 is typed, but it is the value run.accuracy")
    v.expect_error("... and so does the translation's missing reference", box.tool("i18n", "check"),
                   "{{run.accuracy:.1%}} appears 1 times in chapters/en/01-runs.nw")
    box.write("chapters/es/01-runs.nw", front(sha) + ES.replace("{{run.loss:.3f}}", "{{run.loss:.4f}}"))
    v.expect_error("a reference in another format than English's fails the i18n check",
                   box.tool("i18n", "check"), "{{run.loss:.4f}} appears 1 times here")

    typed = EN.replace("{{run.steps:,d}} steps", "12000 steps").replace(
        "{{run.accuracy:.1%}}", "86.6%")
    box.write("chapters/en/01-runs.nw", typed)
    status, out = box.tool("values", "check")
    v.check("typed copies of values fail, each with its line and the reference to use",
            status != 0 and "chapters/en/01-runs.nw:3: 12000 is typed, but it is the value run.steps"
            in out and "chapters/en/01-runs.nw:4: 86.6 is typed" in out
            and "write {{run.accuracy:FORMAT}}" in out, out)
    box.write("chapters/en/01-runs.nw", EN.replace("for {{run.steps:,d}} steps",
                                                   "for {{run.steps:,d}} steps (about 0.25 of a"
                                                   " day, and $-0.25$ in math)"))
    status, out = box.tool("values", "check")
    v.check("the size of a negative value counts as typed", "0.25 is typed" in out
            and out.count("is the value run.gap") == 2, out)
    box.write("chapters/en/01-runs.nw", EN.replace("for {{run.steps:,d}} steps",
                                                   "for {{run.steps:,d}} steps, since {{=1998}}"
                                                   " and `12000` in code"))
    status, out = box.tool("values", "check")
    v.check("numbers in code, small numbers and literals are not typed copies", status == 0, out)

    box.write("chapters/en/01-runs.nw", EN.replace("{{run.loss:.3f}}", "{{run.lost:.3f}}"))
    v.expect_error("an unknown name is an error with file and line", box.tool("values", "check"),
                   "chapters/en/01-runs.nw:4: {{run.lost:.3f}}: figures/run.values has no lost")
    v.expect_error("... and the weave stops on it", box.tool("weave", "--html", "--lang", "en",
                                                               "--out", box.path("book")),
                   "figures/run.values has no lost")
    box.write("chapters/en/01-runs.nw", EN.replace("{{run.loss:.3f}}", "{{walk.loss:.3f}}"))
    v.expect_error("an unknown figure is an error", box.tool("values", "check"),
                   "no figures/walk.values")
    box.write("chapters/en/01-runs.nw", EN.replace("{{run.steps:,d}}", "{{run.steps:.2q}}"))
    v.expect_error("a bad format is an error with file and line", box.tool("values", "check"),
                   "chapters/en/01-runs.nw:3: {{run.steps:.2q}}: bad format")
    box.write("figures/run.values", VALUES + "steps 3\n")
    v.expect_error("a value reported twice is an error", box.tool("values", "check"),
                   "figures/run.values:6: the value steps is reported twice")
    box.close()
    return v.finish()


if __name__ == "__main__":
    sys.exit(main())

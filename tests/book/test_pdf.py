#!/usr/bin/python3
"""test_pdf.py LANG OUT: builds the PDF book of one language into OUT and
checks that its table of contents tells the truth (every chapter and
appendix it lists starts on the page it gives, the number printed at the
foot of that page), that its title page names the edition (the commit),
that the pages carry their chapter as a running head, and that the math is
set in DejaVu's math face, which matches the text, and that no code or
table runs past the right margin."""
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools"))
from litnn import ROOT  # noqa: E402
from sandbox import PYTHON, Verdict  # noqa: E402

# A chapter's line in the contents: its number or letter, its title and its
# page, with no leader dots (those are the sections').
CHAPTER_LINE = re.compile(r"^([0-9]+|[A-Z])\s+(\S.*?)\s{2,}([0-9]+)$")


def pages_of(pdf):
    """The text of every page, in order."""
    proc = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True)
    return proc.stdout.split("\f")


def printed_number(page):
    """The page number printed at the foot of a page, or None."""
    lines = [line.strip() for line in page.splitlines() if line.strip()]
    return lines[-1] if lines and lines[-1].isdigit() else None


def main():
    lang, out = sys.argv[1], sys.argv[2]
    v = Verdict(f"book:pdf-{lang}")
    proc = subprocess.run([PYTHON, os.path.join(ROOT, "tools", "weave.py"), "--pdf", "--lang", lang,
                           "--out", out], capture_output=True, text=True)
    if not v.check(f"weave --pdf --lang {lang} succeeds", proc.returncode == 0, proc.stderr):
        return v.finish()
    pages = pages_of(os.path.join(out, f"litnn-{lang}.pdf"))
    by_number = {}
    for page in pages:
        number = printed_number(page)
        if number and number not in by_number:
            by_number[number] = page
    entries = []
    for page in pages[:8]:                  # the contents come first
        for line in page.splitlines():
            m = CHAPTER_LINE.match(line.strip())
            if m:
                entries.append(m.groups())
    v.check(f"the contents list chapters ({len(entries)} found)", len(entries) >= 2)
    wrong = []
    for label, title, number in entries:
        page = " ".join(by_number.get(number, "").split())
        if " ".join(title.split()) not in page:
            wrong.append(f"{label} {title} on page {number}")
    v.check("every chapter starts on the page the contents give", not wrong, "; ".join(wrong[:4]))
    commit = subprocess.run(["git", "log", "-1", "--format=%h"], cwd=ROOT, capture_output=True,
                            text=True).stdout.strip()
    v.check(f"the title page names the edition (commit {commit})", commit and commit in pages[0],
            pages[0].strip()[:200])
    heads = [f"{label} {' '.join(title.split())}" for label, title, _ in entries]
    body = [p for p in pages[8:] if p.strip()]
    headed = sum(1 for p in body if any(" ".join(p.split()).startswith(h) for h in heads))
    v.check(f"pages carry their chapter as a running head ({headed} of {len(body)})",
            headed > len(body) // 2)
    fonts = subprocess.run(["pdffonts", os.path.join(out, f"litnn-{lang}.pdf")],
                           capture_output=True, text=True).stdout
    v.check("the math is set in DejaVu Math TeX Gyre", "DejaVuMathTeXGyre" in fonts)
    past = past_the_margin(os.path.join(out, f"litnn-{lang}.pdf"))
    v.check(f"text stays within the right margin ({len(past)} words past it)", len(past) <= 5,
            "; ".join(f"p. {p}: {w}" for p, w in past[:6]))
    return v.finish()


MARGIN = 2.5 / 2.54 * 72        # geometry:margin=2.5cm, in points
WORD = re.compile(r'<word xMin="[\d.]+" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>')


def past_the_margin(pdf):
    """The words, after the contents, that end more than 6 pt past the right
    margin: a name in code or a table too wide for the line. [(page, word)]"""
    proc = subprocess.run(["pdftotext", "-bbox", pdf, "-"], capture_output=True, text=True)
    past = []
    for n, page in enumerate(proc.stdout.split("<page ")[1:], start=1):
        width = float(re.search(r'width="([\d.]+)"', page).group(1))
        past += [(n, word) for right, word in WORD.findall(page)
                 if n > 8 and float(right) > width - MARGIN + 6]
    return past


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/python3
"""test_html.py [OUT]: builds the HTML book of every language (into OUT, or
a temporary folder) and checks what a reader relies on: every page exists
with its lang attribute, every local link and image resolves (to the anchor
too), every code chunk has its anchor, math is MathML, the language switcher
reaches the same chapter in every edition, whose sections keep the English
identifiers and whose code the English line numbers, an edition that lacks a chapter shows English with a notice,
and the prose's code is shown as written."""
import html
import os
import re
import subprocess
import sys
import tempfile
from html.parser import HTMLParser
from urllib.parse import urldefrag

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools"))
import figure  # noqa: E402
from litnn import ROOT, load_book, parse_web  # noqa: E402
from sandbox import PYTHON, Sandbox, Verdict  # noqa: E402


class Page(HTMLParser):
    def __init__(self, path):
        super().__init__(convert_charrefs=True)
        self.ids, self.links, self.classes, self.lang, self.maths = set(), [], [], None, 0
        self.codes, self.depth = [], 0     # the text of every <code> element
        self.sections = []                 # the identifiers of the sections
        self.line_starts = []              # the first line number of each code block
        with open(path, encoding="utf-8") as f:
            self.feed(f.read())

    def handle_endtag(self, tag):
        if tag == "code":
            self.depth -= 1

    def handle_data(self, data):
        if self.depth:
            self.codes[-1] += data

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "data-startfrom" in a:
            self.line_starts.append(a["data-startfrom"])
        if tag == "code":
            self.depth += 1
            if self.depth == 1:
                self.codes.append("")
        if tag == "html":
            self.lang = a.get("lang")
        if tag == "math":
            self.maths += 1
        if "id" in a:
            self.ids.add(a["id"])
            if tag == "section":
                self.sections.append(a["id"])
        for key in ("href", "src"):
            if key in a:
                self.links.append(a[key])
        self.classes.extend((a.get("class") or "").split())


FENCED = re.compile(r"^(```+|~~~+)[^\n]*\n(.*?)^\1\s*$", re.M | re.S)
SPAN = re.compile(r"(?<!`)(`+)(?!`)(.+?)(?<!`)\1(?!`)", re.S)


def prose_code(prose):
    """The code of the prose: (fenced blocks, inline spans), as the reader
    must see them (a span's line breaks are spaces, its edges trimmed)."""
    blocks = [m.group(2).rstrip("\n") for m in FENCED.finditer(prose)]
    rest = FENCED.sub("", prose)
    rest = re.sub(r"\$\$.*?\$\$|\$[^$\n]+\$", "", rest, flags=re.S)   # math is no code
    spans = [" ".join(m.group(2).split()) for m in SPAN.finditer(rest)]
    return blocks, spans


def check_code_shown(v, web, page, where):
    """Every code block and code span of the prose is in the page as written."""
    raw = "\n".join(re.sub(r"^@ ?", "", "\n".join(c.lines)) for c in web.chunks
                    if c.kind == "docs")   # the file's own text, not the parser's
    blocks, spans = prose_code(raw)
    codes = {" ".join(c.split()) for c in page.codes}
    texts = "\n".join(page.codes)
    missing = [b for b in blocks if b not in texts] + [s for s in spans if s not in codes]
    v.check(f"{where}: the prose's {len(blocks)} code blocks and {len(spans)} code spans "
            f"are shown as written", not missing, "; ".join(repr(m) for m in missing[:3]))


def main():
    v = Verdict("book:html")
    book = load_book()
    check_cross_references(v)
    check_table_from_file(v)
    if len(sys.argv) > 1:       # the book stays there, for the browser's tests
        os.makedirs(sys.argv[1], exist_ok=True)
        return check_book(v, book, sys.argv[1])
    with tempfile.TemporaryDirectory(prefix="litnn-html-") as out:
        return check_book(v, book, out)


def woven_pages(chapters, pages, files=None):
    """Weaves the English HTML of a sandbox holding chapters (and files); the
    text of each of pages (under out/en/), or weave's messages when it fails."""
    box = Sandbox(chapters, files)
    os.makedirs(box.path("figures"), exist_ok=True)
    status, out = box.tool("weave", "--html", "--lang", "en", "--out", box.path("out"))
    texts = [box.read(f"out/en/{page}") if status == 0 else out for page in pages]
    box.close()
    return texts, out


def check_cross_references(v):
    """An empty link to another chapter shows its number and goes to its page;
    an appendix is lettered."""
    one = "# One {#ch:one}\n\nSee [](#ch:two).\n\n<<tangled/src/one.c>>=\nint one;\n@\n"
    two = "# Two {#ch:two}\n\nBack to [](#ch:one).\n\n<<tangled/src/two.c>>=\nint two;\n@\n"
    (first, second), out = woven_pages({"en/01-one.nw": one, "en/02-two.nw": two},
                                       ["01-one.html", "02-two.html"])
    v.check("a link to another chapter shows its number and reaches its page",
            '<a href="02-two.html#ch:two">2</a>' in first
            and '<a href="01-one.html#ch:one">1</a>' in second, out)
    one = "# One {#ch:one}\n\nSee [](#ch:extra).\n"
    extra = "# Extra {#ch:extra}\n\n## A section\n\nBack to [](#ch:one).\n"
    (first, appendix, index), out = woven_pages({"en/01-one.nw": one, "en/a-extra.nw": extra},
                                                ["01-one.html", "a-extra.html", "index.html"])
    v.check("an appendix is lettered: its link, its headings and the contents",
            '<a href="a-extra.html#ch:extra">A</a>' in first
            and '<span class="header-section-number">A.1</span>' in appendix
            and "Appendix A" in index, out)


def check_table_from_file(v):
    """A .tsv-rows division fills its table from the file's columns, times in
    units, and the caption's {column} from the first row."""
    chapter = ('# One\n\n::: {.tsv-rows file="figures/t.tsv" columns="name,t_s"}\n'
               "| Name | Time |\n|:--|--:|\n\nTable: Run on {cpu}.\n:::\n")
    tsv = "name\tt_s\tcpu\nfirst\t0.00123\tZ80\nsecond\t2.5\tZ80\n"
    (page,), out = woven_pages({"en/01-one.nw": chapter}, ["01-one.html"],
                               {"figures/t.tsv": tsv})
    v.check("a table's rows come from its TSV file",
            "<td>first</td>" in page.replace(' style="text-align: left;"', "")
            and "1.23 ms" in page and "2.5 s" in page and "Run on Z80." in page, out)


def check_book(v, book, out):
    proc = subprocess.run([PYTHON, os.path.join(ROOT, "tools", "weave.py"), "--html", "--out", out],
                          capture_output=True, text=True)
    if not v.check("weave --html succeeds", proc.returncode == 0, proc.stderr):
        return v.finish()
    front = os.path.join(out, "index.html")
    with open(front, encoding="utf-8") as f:
        text = f.read()
    v.check("the front page is a page: a viewport, the book's title, every language",
            'name="viewport"' in text and html.escape(book.language("en").title) in text
            and all(f'href="{lang.code}/index.html"' in text for lang in book.languages))
    pages = {front: Page(front)}
    for lang in book.languages:
        for slug in ["index"] + book.slugs:
            path = os.path.join(out, lang.code, slug + ".html")
            if v.check(f"{lang.code}/{slug}.html exists", os.path.exists(path)):
                pages[path] = Page(path)
                v.check(f"{lang.code}/{slug}.html has lang={lang.code}", pages[path].lang == lang.code,
                        pages[path].lang)
    version = subprocess.run(["git", "log", "-1", "--format=%cs %h"], cwd=ROOT,
                             capture_output=True, text=True).stdout.split()
    unstamped = []
    for lang in book.languages:
        stamp = html.escape(lang.ui["edition"].format(date=version[0], commit=version[1]))
        unstamped += [f"{lang.code}/{slug}" for slug in ["index"] + book.slugs
                      if stamp not in open(os.path.join(out, lang.code, slug + ".html"),
                                           encoding="utf-8").read()]
    v.check(f"every page names its edition (commit {version[1]})", not unstamped,
            ", ".join(unstamped[:3]))
    broken = []
    for path, page in pages.items():
        for link in page.links:
            if link.startswith(("http:", "https:", "mailto:")):
                continue
            target, fragment = urldefrag(link)
            target = os.path.normpath(os.path.join(os.path.dirname(path), target)) if target else path
            if not os.path.exists(target):
                broken.append(f"{os.path.relpath(path, out)} -> {link}")
            elif fragment and target.endswith(".html"):
                other = pages.get(target) or Page(target)
                if fragment not in other.ids:
                    broken.append(f"{os.path.relpath(path, out)} -> {link} (no such anchor)")
    v.check(f"every local link and image resolves ({sum(len(p.links) for p in pages.values())} checked)",
            not broken, "; ".join(broken[:5]))

    for slug in book.slugs:
        number = book.label(slug)
        english = parse_web(book.chapter_path("en", slug))
        page = pages[os.path.join(out, "en", slug + ".html")]
        n_code = len(english.code())
        anchors = [f"c{number}-{k}" for k in range(1, n_code + 1)]
        v.check(f"en/{slug}: all {n_code} code chunks have anchors",
                all(a in page.ids for a in anchors) and page.classes.count("chunk") == n_code)
        if "$" in english.prose():
            v.check(f"en/{slug}: math is MathML ({page.maths} formulas)", page.maths > 0)
        for lang in book.languages:
            page = pages[os.path.join(out, lang.code, slug + ".html")]
            source = lang.derive_from or lang.code
            if os.path.exists(book.chapter_path(source, slug)) and not lang.derive_from:
                check_code_shown(v, parse_web(book.chapter_path(source, slug)), page,
                                 f"{lang.code}/{slug}")
            english_page = pages[os.path.join(out, "en", slug + ".html")]
            v.check(f"{lang.code}/{slug}: its sections have the English identifiers, "
                    f"its code the English line numbers",
                    page.sections == english_page.sections
                    and page.line_starts == english_page.line_starts,
                    f"{len(page.sections)} sections, {len(page.line_starts)} code blocks")
            switch = {f"../{other.code}/{slug}.html" for other in book.languages}
            v.check(f"{lang.code}/{slug}: the switcher reaches every edition's {slug}",
                    switch <= set(page.links))
            translated = os.path.exists(book.chapter_path(lang.derive_from or lang.code, slug))
            if lang.code != "en" and not translated:
                v.check(f"{lang.code}/{slug}: untranslated, shown in English with a notice",
                        "untranslated" in page.classes)
            xrefs = re.findall(r'class="chunk-xref">(.*?)</span>',
                               open(os.path.join(out, lang.code, slug + ".html"), encoding="utf-8").read(),
                               re.S)
            plain = [re.sub(r"<[^>]+>", "", x) for x in xrefs]
            v.check(f"{lang.code}/{slug}: chunk cross-references punctuated in its language",
                    all(x.endswith(lang.ui["stop"]) and (lang.ui["separator"] == "; " or "; " not in x)
                        for x in plain), "; ".join(plain[:2]))
            if lang.code != "en" and translated:
                figures = [link for link in page.links if link.endswith(".svg")]
                v.check(f"{lang.code}/{slug}: its figures are its language's drawings",
                        all(link.startswith(f"../figures/{lang.code}/") for link in figures),
                        ", ".join(figures[:3]))
    check_figures(v, book, out)
    return v.finish()


SVG_TEXT = re.compile(r"<text\b[^>]*>(.*?)</text>", re.S)


def svg_texts(path):
    """The text of each <text> element of an SVG drawing, its spans joined."""
    with open(path, encoding="utf-8") as f:
        svg = f.read()
    return {html.unescape(re.sub(r"<[^>]+>", "", t)).strip() for t in SVG_TEXT.findall(svg)}


def check_figures(v, book, out):
    """Every translated edition's drawings carry no English label that has
    a translation (a label's _ ^ { } are enhanced text's markup, not text)."""
    plain = str.maketrans("", "", "_^{}")
    for lang in book.languages:
        if lang.code == "en":
            continue
        table = figure.translations(book, lang)
        english = {label.translate(plain): label for label, text in table.items() if text != label}
        folder = os.path.join(out, "figures", lang.code)
        names = sorted(os.listdir(folder)) if os.path.isdir(folder) else []
        left = [f"{name}: {english[t]!r}" for name in names
                for t in svg_texts(os.path.join(folder, name)) if t in english]
        v.check(f"{lang.code}: its {len(names)} figures carry no untranslated label",
                names and not left, "; ".join(left[:5]) or "no figures")


if __name__ == "__main__":
    sys.exit(main())

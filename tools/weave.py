#!/usr/bin/python3
"""weave.py: the book, from noweb's markup of each chapter, in every language.

  weave.py --html [--pdf] [--lang CODE ...] [--out DIR]

HTML: DIR/<lang>/index.html and one page per chapter (MathML, highlighted
code with chunk links, SVG figures, a language switcher). PDF:
DIR/litnn-<lang>.pdf through XeLaTeX; a character missing from the fonts is
an error. DIR defaults to build/book.

Each code chunk becomes a fenced block numbered with its lines in the .nw,
headed by its name and followed by where it is defined, continued and used.
A chunk use inside code is written as a placeholder identifier, which the
highlighter leaves whole, and is turned into a link after pandoc has run.
"""
import argparse
import concurrent.futures
import functools
import html
import json
import os
import re
import shutil
import subprocess
import tempfile

import figure
from litnn import (ROOT, TANGLED_PREFIX, BookError, check_web, english_prose_sha,
                   front_matter, load_book, main, parse_web, strip_front_matter)
from values import Values, number_rule, substitute

HERE = os.path.join(ROOT, "tools", "book")
LANG_OF_ROOT = {".c": "c", ".h": "c", ".gp": "gnuplot", ".cmake": "cmake"}  # gnuplot: not highlighted
PLACEHOLDER = re.compile(r"LitnnUse(\d+)Z")
CJK = {"zh-Hans": "SC", "zh-Hant": "TC"}


# ---- one chapter in one language ----

BOOK_VALUES = {}     # book root -> its figures' values


class Edition:
    """A chapter as one language shows it: its web, and why it is what it is."""

    def __init__(self, book, lang, slug):
        self.book, self.lang, self.slug = book, lang, slug
        self.number = book.label(slug)          # "1", ... or "A", ...
        self.appendix = slug in book.appendices
        self.english = parse_web(book.chapter_path("en", slug), book.root)
        check_web(self.english)
        self.notice = None
        source_lang = lang.derive_from or lang.code
        path = book.chapter_path(source_lang, slug)
        if lang.code == "en":
            self.web = self.english
        elif os.path.exists(path):
            self.web = parse_web(path, book.root)
            check_web(self.web)
            recorded = front_matter(self.web.prose()).get("source-prose-sha256")
            if recorded != english_prose_sha(self.english):
                self.notice = ("stale", lang.ui["stale"])
            if lang.derive_from:
                self.web = derive(book, lang, self.web)
        else:
            self.web = self.english
            self.notice = ("untranslated", lang.ui["untranslated"])
        self.text_lang = "en" if self.web is self.english else lang.code
        self.values = BOOK_VALUES.setdefault(book.root, Values(book.root))

    def prose(self, chunk):
        """A docs chunk's text with the numbers it quotes put in, in the
        format of the language it is written in."""
        lang = self.lang if self.text_lang != "en" else self.book.languages[0]
        return substitute(chunk.text, chunk, self.web.path, number_rule(lang), self.values)

    def heading(self):
        m = re.search(r"^# (.+?)\s*(\{#(\S+)\})?\s*$", strip_front_matter(self.web.prose()), re.M)
        if not m:
            raise BookError(f"{self.web.path}: no '# Title' heading")
        return m

    @property
    def title(self):
        return self.heading().group(1)

    @property
    def anchor(self):
        """The chapter heading's identifier (#ch:...), or None."""
        return self.heading().group(3)


def derive(book, lang, web):
    """The web with its prose converted by OpenCC and the book's overrides."""
    docs = [c for c in web.chunks if c.kind == "docs"]
    marker = "\n\u2063LITNN-CHUNK\u2063\n"
    proc = subprocess.run(["opencc", "-c", lang.opencc + ".json"], input=marker.join(
        c.text for c in docs), capture_output=True, text=True)
    if proc.returncode != 0:
        raise BookError(f"opencc {lang.opencc} on {web.path}: {proc.stderr.strip()}")
    texts = proc.stdout.split(marker)
    if len(texts) != len(docs):
        raise BookError(f"opencc changed the chunk boundaries of {web.path}")
    for chunk, text in zip(docs, texts):
        for wrong, right in (book.overrides.get(lang.code) or {}).items():
            text = text.replace(wrong, right)
        chunk.text = text
    return web


class Chunks:
    """Numbers and cross-references of a chapter's code chunks."""

    def __init__(self, web, number):
        self.code = web.code()
        self.label = {id(c): f"{number}.{k}" for k, c in enumerate(self.code, 1)}
        self.anchor = {id(c): f"c{number}-{k}" for k, c in enumerate(self.code, 1)}
        self.defs, self.users = {}, {}
        for c in self.code:
            self.defs.setdefault(c.name, []).append(c)
        for c in self.code:
            for name, _ in c.uses():
                users = self.users.setdefault(name, [])
                if not any(u is c for u in users):
                    users.append(c)
        self.language = {}
        for c in self.code:
            if c.name.startswith(TANGLED_PREFIX):
                self.assign(c.name, LANG_OF_ROOT.get(os.path.splitext(c.name)[1], "c"))

    def assign(self, name, language):
        if name in self.language:
            return
        self.language[name] = language
        for c in self.defs.get(name, []):
            for used, _ in c.uses():
                self.assign(used, language)

    def link(self, chunk):
        return f"[{self.label[id(chunk)]}](#{self.anchor[id(chunk)]})"


def display_name(name):
    """A chunk name as the reader sees it: [[code]] quotes lose their brackets."""
    return re.sub(r"\[\[(.*?)\]\]", r"\1", name)


def fence_for(text, char="`"):
    run = max((len(m) for m in re.findall(re.escape(char) + "+", text)), default=0)
    return char * max(3, run + 1)


def tangle_map(web, chunks):
    """A raw HTML block (dropped from the PDF) with what the page's copy
    buttons need to give the tangled text of a chunk: every chunk name's
    lines, its definitions in order, each line a list of text and [name] for
    a use; which name each chunk's anchor shows; and the roots."""
    names = {}
    for c in web.code():
        names.setdefault(c.name, []).extend(
            [p if isinstance(p, str) else [p[1]] for p in parts] for _, parts in c.body)
    data = {"names": names, "chunks": {chunks.anchor[id(c)]: c.name for c in web.code()},
            "roots": web.roots()}
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    return f'\n```{{=html}}\n<script type="application/json" id="litnn-tangle">{text}</script>\n```\n'


class Weaver:
    """Turns editions into Pandoc Markdown, keeping the placeholder table."""

    def __init__(self):
        self.uses = []      # placeholder n -> (name, anchor, label)

    def placeholder(self, name, chunks):
        first = chunks.defs[name][0]
        self.uses.append((display_name(name), chunks.anchor[id(first)], chunks.label[id(first)]))
        return f"LitnnUse{len(self.uses) - 1}Z"

    def chapter(self, ed):
        chunks = Chunks(ed.web, ed.number)
        ui = ed.lang.ui
        out = []
        # Code lines are numbered as in the English chapter, the file that
        # compiler errors point to (make tangle LINES=1), in every language.
        english_lines = iter([c.line for c in ed.english.code()])
        for c in ed.web.chunks:
            if c.kind == "docs" and c is ed.web.chunks[0]:
                text = strip_front_matter(ed.prose(c))
                if ed.notice:       # under the chapter's title
                    notice = f"\n\n::: {{.notice .{ed.notice[0]}}}\n{ed.notice[1]}\n:::\n"
                    text = re.sub(r"^# .*$", lambda m: m.group(0) + notice, text,
                                  count=1, flags=re.M)
                out.append(text)
                continue
            if c.kind == "docs":
                out.append(ed.prose(c))
                continue
            body = "\n".join("".join(p if isinstance(p, str) else self.placeholder(p[1], chunks)
                                     for p in parts) for _, parts in c.body)
            defs = chunks.defs[c.name]
            sign = "≡" if c is defs[0] else "+≡"
            label, anchor = chunks.label[id(c)], chunks.anchor[id(c)]
            head = f"⟨{display_name(c.name)} {label}⟩{sign}"
            xref = [] if c is defs[0] else [f"{ui['defined']} {chunks.link(defs[0])}"]
            others = [d for d in defs[1:] if d is not c]
            if others:
                xref.append(f"{ui['continued']} " + ui["comma"].join(chunks.link(d) for d in others))
            if c.name in chunks.users:
                xref.append(f"{ui['used']} "
                            + ui["comma"].join(chunks.link(u) for u in chunks.users[c.name]))
            else:
                xref.append(f"{ui['root']} `{c.name}`")
            fence = fence_for(body)
            lang = chunks.language.get(c.name, "c")
            tick = fence_for(head)
            out.append(f"\n::: {{#{anchor} .chunk}}\n"
                       f"[{tick}{head}{tick}]{{.chunk-head}}\n\n"
                       f"{fence} {{.{lang} .numberLines startFrom=\"{next(english_lines) + 1}\"}}\n"
                       f"{body}\n{fence}\n\n"
                       f"[{ui['separator'].join(xref)}{ui['stop']}]{{.chunk-xref}}\n:::\n")
        out.append(tangle_map(ed.web, chunks))
        return "".join(out)

    def resolve_html(self, text):
        def link(m):
            name, anchor, label = self.uses[int(m.group(1))]
            return (f'<a class="chunk-use" href="#{anchor}">⟨{html.escape(name)} '
                    f'<span class="chunk-num">{label}</span>⟩</a>')
        return PLACEHOLDER.sub(link, text)

    def resolve_latex(self, text):
        def link(m):
            name, anchor, label = self.uses[int(m.group(1))]
            name = re.sub(r"[\\{}]", lambda c: {"\\": r"\textbackslash{}", "{": r"\{",
                                                "}": r"\}"}[c.group(0)], name)
            return rf"\hyperlink{{{anchor}}}{{⟨{name} {label}⟩}}"
        # The narrow no-break space between groups of digits (book.yml,
        # numbers) is TeX's thin space: the serif font has no such glyph.
        text = PLACEHOLDER.sub(link, text).replace("\u202f", r"\,")
        # Inline code may break after . _ / ( and , (never with a hyphen:
        # the mono font has none), so that a long name stays in the margins.
        return TEXTTT.sub(lambda m: m.group(1) + CODE_BREAK.sub(r"\g<0>\\allowbreak{}", m.group(2))
                          + "}", text)


# ---- pandoc ----

def pandoc(args, text, root=ROOT):
    """pandoc's output for text; files the chapters name are found from root."""
    proc = subprocess.run(["pandoc"] + args, input=text, capture_output=True, text=True,
                          cwd=root)
    if proc.returncode != 0:
        raise BookError(f"pandoc {' '.join(args)}: {proc.stderr.strip()}")
    return proc.stdout


FILTER = os.path.join(HERE, "book.lua")


ENGLISH_IDS = {}     # chapter file -> the identifiers pandoc gives its English headings


def english_section_ids(ed):
    """The identifiers of the English chapter's headings, in order: every
    edition's k-th heading gets the k-th, so that a link into a section, and
    the reader's place on a change of language, hold in every language."""
    if ed.english.path not in ENGLISH_IDS:
        doc = json.loads(pandoc(["--from", "markdown", "--to", "json"],
                                strip_front_matter(ed.english.prose())))
        ids = []

        def walk(blocks):
            for block in blocks:
                if block["t"] == "Header":
                    ids.append(block["c"][1][0])
                elif block["t"] == "Div":
                    walk(block["c"][1])
        walk(doc["blocks"])
        ENGLISH_IDS[ed.english.path] = ids
    return ENGLISH_IDS[ed.english.path]


def filter_args(ed, editions, prefix, fmt, figure_folder):
    """The filter's settings: an empty link to #ch:... gets that chapter's
    number; headings get the English chapter's identifiers; a translated
    chapter's figures are its language's drawings, in figure_folder."""
    chapters = ",".join(f"{e.anchor}={e.number}" for e in editions if e.anchor)
    lang = ed.lang
    localized = ",".join(ed.book.localized.get(lang.code, [])) if ed.text_lang != "en" else ""
    return ["--lua-filter", FILTER, "-M", f"chapter-number={ed.number}",
            "-M", f"figure-folder={figure_folder}", "-M", f"figures-localized={localized}",
            "-M", f"chapters={chapters}",
            "-M", f"section-ids={','.join(english_section_ids(ed))}",
            "-M", f"figure-word={lang.ui['figure']}", "-M", f"figure-prefix={prefix}",
            "-M", f"litnn-format={fmt}",
            "-M", f"number-decimal={number_rule(lang if ed.text_lang != 'en' else ed.book.languages[0])['decimal']}"]


# ---- HTML ----

def highlighting_css():
    sample = "```c\nint x;\n```\n"
    return pandoc(["--standalone", "--template", os.path.join(HERE, "css.template"),
                   "--metadata", "title=css"], sample)


def page(book, lang, title, body, slug):
    with open(os.path.join(HERE, "page.html"), encoding="utf-8") as f:
        template = f.read()
    switcher = "".join(
        f'<a href="../{other.code}/{slug}.html" lang="{other.code}" hreflang="{other.code}"'
        + (' class="current" aria-current="page"' if other is lang else "")
        + f">{html.escape(other.name)}</a>"
        for other in book.languages)
    values = {"lang": lang.code, "title": html.escape(title),
              "book_title": html.escape(lang.title), "switcher": switcher,
              "language_word": html.escape(lang.ui["language"]),
              "body": body, "edition": html.escape(edition(book, lang) or ""),
              "search_word": html.escape(lang.ui["search"]),
              "copy": json.dumps([lang.ui["copy"], lang.ui["copied"]], ensure_ascii=False),
              "nothing": json.dumps(lang.ui["nothing"], ensure_ascii=False)}
    return re.sub(r"\{\{(\w+)\}\}", lambda m: values[m.group(1)], template)


SECTION_START = re.compile(r'<section id="([^"]+)"[^>]*>\s*<h[1-6][^>]*>(.*?)</h[1-6]>', re.S)
TAG = re.compile(r"<[^>]+>")


def plain_text(fragment):
    """The text of an HTML fragment, its tags dropped and spaces collapsed."""
    return " ".join(html.unescape(TAG.sub(" ", fragment)).split())


def search_entries(slug, body):
    """The sections of a page for the search (search.js): where each is,
    its heading and its own text, up to the next section."""
    starts = list(SECTION_START.finditer(body))
    entries = []
    for k, m in enumerate(starts):
        end = starts[k + 1].start() if k + 1 < len(starts) else len(body)
        entries.append({"u": f"{slug}.html#{m.group(1)}", "t": plain_text(m.group(2)),
                        "x": plain_text(body[m.end():end])})
    return entries


def nav_links(lang, editions, i):
    ui = lang.ui
    parts = [f'<a href="index.html">{html.escape(ui["contents"])}</a>']
    if i > 0:
        parts.insert(0, f'<a rel="prev" href="{editions[i - 1].slug}.html">← '
                        f'{html.escape(ui["previous"])}</a>')
    if i + 1 < len(editions):
        parts.append(f'<a rel="next" href="{editions[i + 1].slug}.html">'
                     f'{html.escape(ui["next"])} →</a>')
    return '<nav class="prevnext">' + " ".join(parts) + "</nav>"


MATH_COMMA = re.compile(r"<mn>([\d,]+)</mn><mi>,</mi><mn>(\d+)</mn>")
# pandoc --mathjax leaves a formula's TeX in a span; the punctuation after an
# inline formula stays on its line.
MATH_SPAN = re.compile(r'<span\s+class="math (inline|display)">\\[(\[](.*?)\\[)\]]</span>'
                       r"([,.;:!?)，。；：、）]?)", re.S)
MATH_DIR = os.path.join(HERE, "math")
# pandoc's anchors of numbered code lines: empty links that only the line
# numbers drawn beside them explain, so hidden from screen readers and Tab.
LINE_LINK = re.compile(r'(<a href="#cb\d+-\d+")></a>')
TEXTTT = re.compile(r"(\\texttt\{)((?:[^{}]|\{[^{}]*\})*)\}")
CODE_BREAK = re.compile(r"\\_|[./(,]")
# A root chunk's "File: tangled/..." links to the file, which the site carries.
XREF = re.compile(r'<span class="chunk-xref">.*?</span>', re.S)
TANGLED_FILE = re.compile(r"<code>(tangled/[^<]+)</code>")
MATH_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuMathTeXGyre.ttf"   # fonts-dejavu-extra


def install_temml():
    """Temml in tools/book/math, installed from the npm registry as its lock
    file pins it, unless it is there already; returns its dist folder."""
    if not os.path.exists(os.path.join(MATH_DIR, "node_modules", "temml")):
        proc = subprocess.run(["npm", "ci", "--no-audit", "--no-fund", "--silent"], cwd=MATH_DIR,
                              capture_output=True, text=True)
        if proc.returncode != 0:
            raise BookError(f"npm ci in tools/book/math failed: {proc.stderr.strip()}")
    return os.path.join(MATH_DIR, "node_modules", "temml", "dist")


def temml(formulas):
    """The MathML of each [tex, display] of formulas, by Temml."""
    install_temml()
    proc = subprocess.run(["node", "math.js"], cwd=MATH_DIR, input=json.dumps(formulas),
                          capture_output=True, text=True)
    if proc.returncode != 0:
        raise BookError(proc.stderr.strip().removeprefix("math.js: error: "))
    return json.loads(proc.stdout)


def render_math(body):
    """body with every formula as Temml's MathML, an inline formula and the
    punctuation after it kept together."""
    found = MATH_SPAN.findall(body)
    if not found:
        return body
    mathml = iter(temml([[html.unescape(tex), kind == "display"] for kind, tex, _ in found]))

    def replace(m):
        math = next(mathml)
        return f'<span class="nobr">{math}{m.group(3)}</span>' if m.group(3) else math
    return MATH_SPAN.sub(replace, body)


def joined_math_commas(body):
    """A number with commas in math (\\mathord{,}, tools/values.py) as one <mn>."""
    while True:
        joined = MATH_COMMA.sub(r"<mn>\1,\2</mn>", body)
        if joined == body:
            return body
        body = joined


def write_html(book, lang, editions, out, pdf=False):
    """out/<lang>/: the pages of the editions, their contents page (with a
    link to the language's PDF, when pdf), and the search's index."""
    folder = os.path.join(out, lang.code)
    os.makedirs(folder, exist_ok=True)
    entries, sections = [], []
    for i, ed in enumerate(editions):
        weaver = Weaver()
        md = weaver.chapter(ed)
        args = ["--from", "markdown", "--to", "html5", "--mathjax", "--standalone",
                "--template", os.path.join(HERE, "fragment.html"), "--toc", "--toc-depth=2",
                "--default-image-extension=svg", "--metadata", f"title={ed.title}",
                "--metadata", f"lang={ed.text_lang}"]
        if not ed.appendix:     # an appendix's letter is set by the filter
            args += ["--number-sections", f"--number-offset={int(ed.number) - 1}"]
        args += filter_args(ed, editions, "../", "html", f"figures/{lang.code}/")
        toc, _, body = pandoc(args, md, book.root).partition("<!--litnn-body-->")
        body = joined_math_commas(render_math(weaver.resolve_html(body)))
        body = LINE_LINK.sub(r'\1 aria-hidden="true" tabindex="-1"></a>', body)
        body = XREF.sub(lambda m: TANGLED_FILE.sub(r'<a href="../\1"><code>\1</code></a>', m.group(0)),
                        body)
        for other in editions:      # a link to another chapter goes to its page
            if other is not ed and other.anchor:
                body = body.replace(f'href="#{other.anchor}"',
                                    f'href="{other.slug}.html#{other.anchor}"')
        if ed.text_lang != lang.code:
            body = f'<div lang="{ed.text_lang}">{body}</div>'
            toc = f'<div lang="{ed.text_lang}">{toc}</div>'
        nav = nav_links(lang, editions, i)
        bottom = nav.replace("<nav ", "<div ").replace("</nav>", "</div>")  # one landmark, not two
        content = f'<aside class="toc">{toc}</aside>\n<main>{nav}\n{body}\n{bottom}</main>'
        with open(os.path.join(folder, ed.slug + ".html"), "w", encoding="utf-8") as f:
            f.write(page(book, lang, ed.title, content, ed.slug))
        sections += search_entries(ed.slug, body)
        label = lang.ui["appendix" if ed.appendix else "chapter"].format(n=ed.number)
        note = f' <span class="note">({html.escape(ed.notice[1])})</span>' if ed.notice else ""
        entries.append(f'<li><a href="{ed.slug}.html"><span class="num">{label}</span> '
                       f'<span lang="{ed.text_lang}">{html.escape(ed.title)}</span></a>{note}</li>')
    pdf_link = (f'<p class="pdf"><a href="../litnn-{lang.code}.pdf">PDF</a> '
                f'({html.escape(lang.title)})</p>\n' if pdf else "")
    body = (f'<main class="index"><h1>{html.escape(lang.title)}</h1>\n{pdf_link}'
            f'<h2>{html.escape(lang.ui["contents"])}</h2>\n<ol class="chapters">'
            + "\n".join(entries) + "</ol></main>")
    with open(os.path.join(folder, "index.html"), "w", encoding="utf-8") as f:
        f.write(page(book, lang, lang.title, body, "index"))
    with open(os.path.join(folder, "search.js"), "w", encoding="utf-8") as f:
        f.write("window.LITNN_SEARCH = " + json.dumps(sections, ensure_ascii=False,
                                                      separators=(",", ":")) + ";\n")


def write_site(book, languages, out):
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(HERE, "book.css"), encoding="utf-8") as f:
        css = f.read()
    dist = install_temml()
    with open(os.path.join(dist, "Temml-Local.css"), encoding="utf-8") as f:
        math_css = f.read()
    with open(os.path.join(out, "book.css"), "w", encoding="utf-8") as f:
        f.write("/* math, from Temml */\n" + math_css + "\n" + css
                + "\n/* code highlighting, from pandoc */\n" + highlighting_css())
    shutil.copyfile(os.path.join(dist, "Temml.woff2"), os.path.join(out, "Temml.woff2"))
    shutil.copyfile(MATH_FONT, os.path.join(out, os.path.basename(MATH_FONT)))
    if os.path.isdir(os.path.join(book.root, "tangled")):
        shutil.copytree(os.path.join(book.root, "tangled"), os.path.join(out, "tangled"))
    figures = os.path.join(out, "figures")
    os.makedirs(figures, exist_ok=True)
    for name in sorted(os.listdir(os.path.join(book.root, "figures"))):
        if name.endswith(".svg"):
            shutil.copyfile(os.path.join(book.root, "figures", name), os.path.join(figures, name))
    links = "".join(f'<li><a href="{lang.code}/index.html" lang="{lang.code}">'
                    f'{html.escape(lang.title)}</a> <span class="note" lang="{lang.code}">'
                    f'{html.escape(lang.name)}</span></li>' for lang in languages)
    title = html.escape(book.language("en").title)
    with open(os.path.join(out, "index.html"), "w", encoding="utf-8") as f:
        f.write('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
                '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
                f'<title>litnn: {title}</title>\n<link rel="stylesheet" href="book.css">\n'
                '</head>\n<body>\n<div class="page"><main class="index">\n'
                f'<h1>{title}</h1>\n<p>litnn: one book, in {len(languages)} languages.</p>\n'
                f'<ol class="chapters">{links}</ol>\n</main></div>\n</body>\n</html>\n')


# ---- PDF ----

def latex_language(lang):
    """Fonts, and the words LaTeX prints itself: babel knows them for Latin and
    Cyrillic languages; for Chinese they come from book.yml."""
    args = ["-V", "mainfont=DejaVu Serif", "-V", "sansfont=DejaVu Sans",
            "-V", "monofont=DejaVu Sans Mono", "-V", "monofontoptions=Scale=0.85",
            "-V", "monofontoptions=HyphenChar=None",
            "-V", "mathfont=DejaVu Math TeX Gyre"]
    # Chinese characters quoted in any edition (a vocabulary's 字) are set in
    # Noto CJK; xeCJK leaves every other character to the main fonts.
    region = CJK.get(lang.code, "SC")
    # Han characters have no italics: emphasis is the sans face, not a slant.
    args += ["-V", f"CJKmainfont=Noto Serif CJK {region}",
             "-V", f"CJKoptions=ItalicFont=Noto Sans CJK {region}"]
    cjk_fonts = (rf"\setCJKsansfont{{Noto Sans CJK {region}}}"
                 rf"\setCJKmonofont{{Noto Sans Mono CJK {region}}}")
    if lang.code not in CJK:
        return args + ["-V", f"lang={lang.code}", "-V", f"header-includes={cjk_fonts}"]
    chapter = lang.ui["chapter"].replace("{n}", r"\thechapter")
    figure = lang.ui["figure"].replace("{n}", "").strip()
    header = (cjk_fonts +
              rf"\renewcommand{{\contentsname}}{{{lang.ui['contents']}}}"
              rf"\renewcommand{{\figurename}}{{{figure}}}"
              r"\usepackage{titlesec}"
              rf"\titleformat{{\chapter}}[display]{{\normalfont\huge\bfseries}}{{{chapter}}}"
              r"{20pt}{\Huge}")
    return args + ["-V", f"header-includes={header}"]


@functools.lru_cache(maxsize=None)
def source_version(root):
    """The date and the commit of the sources in root (from git), or None
    outside a git checkout."""
    proc = subprocess.run(["git", "log", "-1", "--format=%cs %h"], cwd=root,
                          capture_output=True, text=True)
    if proc.returncode != 0 or not proc.stdout.strip():
        return None
    return tuple(proc.stdout.split())


def edition(book, lang):
    """Which edition this is, in lang's words, or None outside git."""
    version = source_version(book.root)
    return lang.ui["edition"].format(date=version[0], commit=version[1]) if version else None


def latex_appendix(lang):
    """\appendix, and for Chinese the heading that says so (babel names the
    appendix in the other languages)."""
    if lang.code not in CJK:
        return r"\appendix"
    appendix = lang.ui["appendix"].replace("{n}", r"\thechapter")
    return (r"\appendix\titleformat{\chapter}[display]{\normalfont\huge\bfseries}"
            rf"{{{appendix}}}{{20pt}}{{\Huge}}")


def latex_state(work):
    """The contents and cross-references that a LaTeX run in work wrote."""
    state = []
    for ext in ("toc", "aux"):
        path = os.path.join(work, f"book.{ext}")
        if os.path.exists(path):
            with open(path, "rb") as f:
                state.append(f.read())
    return state


def write_pdf(book, lang, editions, out, failed_dir):
    """out/litnn-<lang>.pdf; when XeLaTeX fails, its input is kept in failed_dir."""
    weaver = Weaver()
    parts = []
    for ed in editions:
        md = weaver.chapter(ed)
        parts.append(pandoc(["--from", "markdown", "--to", "json",
                             "--default-image-extension=pdf"]
                            + filter_args(ed, editions, ROOT + "/", "latex",
                                          f"build/figures/{lang.code}/"), md, book.root))
    # One document: the chapters' blocks in order, then LaTeX's \appendix
    # (chapters lettered A, B, ... from there on) and the appendices' blocks.
    docs = [json.loads(p) for p in parts]
    whole = docs[0]
    first_appendix = next((e for e in editions if e.appendix), None)
    for ed, d in zip(editions[1:], docs[1:]):
        if ed is first_appendix:
            whole["blocks"].append({"t": "RawBlock", "c": ["latex", latex_appendix(lang)]})
        whole["blocks"].extend(d["blocks"])
    args = ["--from", "json", "--to", "latex", "--standalone", "--toc",
            "--number-sections", "--top-level-division=chapter",
            "--include-in-header", os.path.join(HERE, "header.tex"),
            "-V", "documentclass=report", "-V", "geometry:margin=2.5cm",
            "-V", "colorlinks=true", "-V", "linkcolor=blue!50!black",
            "--metadata", f"title={lang.title}"] + latex_language(lang)
    stamp = edition(book, lang)
    if stamp:
        args += ["--metadata", f"date={stamp}"]
    tex = weaver.resolve_latex(pandoc(args, json.dumps(whole)))
    with tempfile.TemporaryDirectory() as work:
        with open(os.path.join(work, "book.tex"), "w", encoding="utf-8") as f:
            f.write(tex)
        # The second run fills in the contents, which moves every page after
        # them; so run until the contents and the cross-references (written
        # to book.toc and book.aux) stop changing.
        previous = None
        for _ in range(5):
            proc = subprocess.run(["xelatex", "-interaction=nonstopmode", "-halt-on-error",
                                   "book.tex"], cwd=work, capture_output=True, text=True)
            if proc.returncode != 0:
                tail = "\n".join(proc.stdout.splitlines()[-25:])
                keep = os.path.join(failed_dir, f"litnn-{lang.code}.tex")
                shutil.copyfile(os.path.join(work, "book.tex"), keep)
                raise BookError(f"xelatex failed on the {lang.code} book "
                                f"({os.path.relpath(keep, ROOT)}):\n{tail}")
            state = latex_state(work)
            if state == previous:
                break
            previous = state
        with open(os.path.join(work, "book.log"), encoding="utf-8", errors="replace") as f:
            missing = sorted(set(re.findall(r"Missing character: There is no (.+?) in font",
                                            f.read())))
        if missing:
            raise BookError(f"the {lang.code} PDF lacks glyphs for: {' '.join(missing)}")
        shutil.copyfile(os.path.join(work, "book.pdf"),
                        os.path.join(out, f"litnn-{lang.code}.pdf"))


def draw_figures(book, lang):
    """Every figure of the book drawn with lang's labels (tools/figure.py),
    SVG and PDF, into build/figures/<lang>; book.localized[lang] lists them."""
    if lang.code == "en":
        return
    names = figure.scripts(book.root)
    for name in names:
        figure.draw(name, lang, os.path.join("build", "figures", lang.code), book)
    book.localized[lang.code] = names


def run():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--html", action="store_true")
    parser.add_argument("--pdf", action="store_true")
    parser.add_argument("--lang", action="append", help="only these languages")
    parser.add_argument("--out", default=os.path.join(ROOT, "build", "book"))
    parser.add_argument("--root", default=None, help="repository root (default: this one)")
    args = parser.parse_args()
    book = load_book(args.root) if args.root else load_book()
    languages = [book.language(code) for code in args.lang] if args.lang else book.languages
    out = os.path.abspath(args.out)
    os.makedirs(out, exist_ok=True)
    # Everything is written into a staging folder inside out and moved into
    # place only when the whole run has succeeded: a failed run leaves the
    # previous book as it was, never half of a new one.
    staging = tempfile.mkdtemp(prefix=".weave-", dir=out)
    try:
        for lang in languages:
            draw_figures(book, lang)
        if args.html:
            write_site(book, book.languages, staging)
            for code, names in book.localized.items():
                folder = os.path.join(staging, "figures", code)
                os.makedirs(folder)
                for name in names:
                    shutil.copyfile(os.path.join(book.root, "build", "figures", code, name + ".svg"),
                                    os.path.join(folder, name + ".svg"))
        for lang in languages:
            editions = [Edition(book, lang, slug) for slug in book.slugs]
            if args.html:
                write_html(book, lang, editions, staging,
                           args.pdf or os.path.exists(os.path.join(out, f"litnn-{lang.code}.pdf")))
        if args.pdf:    # XeLaTeX runs one language per core at a time
            with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
                jobs = [pool.submit(write_pdf, book, lang,
                                    [Edition(book, lang, slug) for slug in book.slugs], staging, out)
                        for lang in languages]
                for job in jobs:
                    job.result()
        done = sorted(os.listdir(staging))
        for name in done:
            target = os.path.join(out, name)
            if os.path.isdir(target) and not os.path.islink(target):
                shutil.rmtree(target)
            os.replace(os.path.join(staging, name), target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    for lang in languages:
        if args.html:
            print(f"weave: {os.path.relpath(out, ROOT)}/{lang.code}/index.html")
        if args.pdf:
            print(f"weave: {os.path.relpath(out, ROOT)}/litnn-{lang.code}.pdf")
    return 0


if __name__ == "__main__":
    main("weave", run)

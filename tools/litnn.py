"""litnn.py: what every book tool shares: book.yml, the chapters, and the
parse of a noweb file from noweb's own front end (markup).

A tool that finds something wrong raises BookError with a message that names
the file (and line); main() prints it as `tool: error: message` and exits 1.
"""
import hashlib
import os
import re
import subprocess
import sys
from dataclasses import dataclass, field

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MARKUP = "/usr/lib/noweb/markup"
TANGLED_PREFIX = "tangled/"


class BookError(Exception):
    """A problem in the book's sources, reported as one line."""


def main(tool, run):
    """Runs run() and turns a BookError, or a file that cannot be read or
    written, into `tool: error: ...`, exit 1."""
    try:
        sys.exit(run() or 0)
    except BookError as e:
        print(f"{tool}: error: {e}", file=sys.stderr)
        sys.exit(1)
    except OSError as e:
        where = f", {e.filename}" if e.filename else ""
        print(f"{tool}: error: {e.strerror or e}{where}", file=sys.stderr)
        sys.exit(1)


# ---- book.yml ----

@dataclass
class Language:
    code: str
    name: str
    title: str
    ui: dict
    derive_from: str = None     # zh-Hant: derived from zh-Hans ...
    opencc: str = None          # ... with this OpenCC configuration
    numbers: dict = None        # how numbers are written (tools/values.py)


@dataclass
class Book:
    root: str
    chapters: list              # slugs in reading order, e.g. 01-linear-algebra
    languages: list             # Language, English first
    overrides: dict = field(default_factory=dict)  # derived-language term fixes
    appendices: list = field(default_factory=list)  # after the chapters, e.g. a-how-fast
    localized: dict = field(default_factory=dict)   # language -> figures drawn in it (weave)

    @property
    def slugs(self):
        """Every chapter and appendix, in reading order."""
        return self.chapters + self.appendices

    def label(self, slug):
        """A chapter's number ("1", "2", ...) or an appendix's letter ("A", ...)."""
        if slug in self.appendices:
            return "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[self.appendices.index(slug)]
        return str(self.chapters.index(slug) + 1)

    def language(self, code):
        for lang in self.languages:
            if lang.code == code:
                return lang
        raise BookError(f"no language {code!r} in book.yml")

    def chapter_path(self, code, slug):
        return os.path.join(self.root, "chapters", code, slug + ".nw")

    def rel(self, path):
        return os.path.relpath(path, self.root)


UI_KEYS = ("contents", "previous", "next", "language", "chapter", "appendix", "figure",
           "defined", "continued", "used", "root", "untranslated", "stale", "edition",
           "separator", "comma", "stop", "search", "nothing", "copy", "copied")


NUMBER_KEYS = {"decimal": str, "group": str, "group_from": int, "percent": str}


def load_book(root=ROOT, path=None):
    """Reads and validates book.yml; every chapter it lists must exist in English."""
    path = path or os.path.join(root, "book.yml")
    rel = os.path.relpath(path, root)
    try:
        with open(path, encoding="utf-8") as f:
            data = yaml.safe_load(f)
    except OSError as e:
        raise BookError(f"cannot read {rel}: {e.strerror}")
    except UnicodeDecodeError:
        raise BookError(f"{rel} is not UTF-8")
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f"{rel}:{mark.line + 1}" if mark else rel
        raise BookError(f"malformed YAML, {where}: {getattr(e, 'problem', e)}")
    if not isinstance(data, dict):
        raise BookError(f"{rel}: expected a mapping with 'languages' and 'chapters'")
    for key in ("languages", "chapters"):
        if key not in data:
            raise BookError(f"{rel}: missing key '{key}'")
    chapters = data["chapters"]
    if not isinstance(chapters, list) or not chapters or \
            not all(isinstance(c, str) and re.fullmatch(r"\d\d-[a-z0-9-]+", c) for c in chapters):
        raise BookError(f"{rel}: 'chapters' must be a list of slugs like 01-linear-algebra")
    appendices = data.get("appendices") or []
    if not isinstance(appendices, list) or len(appendices) > 26 or \
            not all(isinstance(a, str) and re.fullmatch(r"[a-z]-[a-z0-9-]+", a) for a in appendices):
        raise BookError(f"{rel}: 'appendices' must be a list of slugs like a-how-fast")
    if len(set(chapters + appendices)) != len(chapters) + len(appendices):
        raise BookError(f"{rel}: a chapter is listed twice")
    langs = data["languages"]
    if not isinstance(langs, dict) or "en" not in langs:
        raise BookError(f"{rel}: 'languages' must be a mapping that includes 'en'")
    languages = []
    for code, spec in langs.items():
        if not isinstance(spec, dict):
            raise BookError(f"{rel}: language {code}: expected a mapping")
        for key in ("name", "title"):
            if not isinstance(spec.get(key), str):
                raise BookError(f"{rel}: language {code}: missing '{key}'")
        ui = spec.get("ui") or {}
        missing = [k for k in UI_KEYS if k not in ui]
        if missing:
            raise BookError(f"{rel}: language {code}: ui lacks {', '.join(missing)}")
        wrong = [k for k in UI_KEYS if not isinstance(ui[k], str)]
        if wrong:
            raise BookError(f"{rel}: language {code}: ui {', '.join(wrong)} must be text")
        numbers = spec.get("numbers") or {}
        if not isinstance(numbers, dict) or set(numbers) - set(NUMBER_KEYS) or \
                not all(isinstance(numbers[k], t) for k, t in NUMBER_KEYS.items() if k in numbers):
            raise BookError(f"{rel}: language {code}: 'numbers' may give decimal, group and "
                            f"percent (text) and group_from (a whole number)")
        derive = spec.get("derive") or {}
        if derive and (derive.get("from") not in langs or not derive.get("opencc")):
            raise BookError(f"{rel}: language {code}: 'derive' needs 'from' (a language) and 'opencc'")
        languages.append(Language(code, spec["name"], spec["title"], ui,
                                  derive.get("from"), derive.get("opencc"), numbers))
    languages.sort(key=lambda lang: lang.code != "en")
    book = Book(root, chapters, languages, data.get("overrides") or {}, appendices)
    for slug in book.slugs:
        if not os.path.exists(book.chapter_path("en", slug)):
            raise BookError(f"{rel}: chapter {slug} is listed but "
                            f"chapters/en/{slug}.nw does not exist")
    return book


# ---- noweb files ----

@dataclass
class Chunk:
    kind: str           # "docs" or "code"
    line: int           # first line in the file (1-based); for code, the <<name>>= line
    lines: list         # the raw lines of the file that this chunk spans
    name: str = None    # code: the chunk's name
    body: list = None   # code: [(line number, [text or ("use", name), ...]), ...]
    text: str = None    # docs: the prose, as written (Markdown; [[...]] is no quote)

    def uses(self):
        """(name, line) of every chunk this code chunk uses."""
        return [(part[1], ln) for ln, parts in self.body for part in parts
                if isinstance(part, tuple)]


@dataclass
class Web:
    path: str           # as given (relative to the repository root in messages)
    chunks: list

    def code(self):
        return [c for c in self.chunks if c.kind == "code"]

    def defined(self):
        return {c.name for c in self.code()}

    def roots(self):
        used = {name for c in self.code() for name, _ in c.uses()}
        seen = []
        for c in self.code():
            if c.name not in used and c.name not in seen:
                seen.append(c.name)
        return seen

    def first_definition(self, name):
        return next(c for c in self.code() if c.name == name)

    def prose(self):
        """The documentation text alone, the part a translation translates."""
        return "".join(c.text for c in self.chunks if c.kind == "docs")


def parse_web(path, root=ROOT):
    """Parses a noweb file through markup into docs and code chunks with lines."""
    full = path if os.path.isabs(path) else os.path.join(root, path)
    rel = os.path.relpath(full, root)
    try:
        with open(full, encoding="utf-8") as f:
            raw = f.read().split("\n")
    except OSError as e:
        raise BookError(f"cannot read {rel}: {e.strerror}")
    except UnicodeDecodeError:
        raise BookError(f"{rel} is not UTF-8")
    proc = subprocess.run([MARKUP, full], capture_output=True, text=True)
    if proc.returncode != 0:      # one line: the first complaint, with the path as given
        complaints = [c.replace(full, rel) for c in proc.stderr.strip().splitlines()] or ["?"]
        more = f" (and {len(complaints) - 1} more)" if len(complaints) > 1 else ""
        raise BookError(f"noweb markup failed: {complaints[0]}{more}")
    # The prose is Markdown, whose code spans and blocks say what is code:
    # noweb's [[...]] quotes, which markup reports, are put back as written,
    # so that torch.tensor([[1.0]]) in a code span stays what it is.
    chunks, cur, line = [], None, 1
    for record in proc.stdout.split("\n"):
        key, _, arg = record.partition(" ")
        if key == "@begin":
            kind = arg.split()[0]
            cur = Chunk(kind, line, [], body=[] if kind == "code" else None,
                        text="" if kind == "docs" else None)
            pending = []        # parts of the current code line
        elif key == "@end":
            if cur.kind == "code" and pending:
                cur.body.append((line, pending))
            cur.lines = raw[cur.line - 1:line - 1]
            chunks.append(cur)
        elif key == "@defn":
            cur.name = arg
        elif key == "@text":
            if cur.kind == "docs":
                cur.text += arg
            elif cur.name is not None and line > cur.line:
                pending.append(arg)
        elif key == "@quote":
            cur.text += "[["
        elif key == "@endquote":
            cur.text += "]]"
        elif key == "@use":
            if cur.kind == "code":
                pending.append(("use", arg))
            else:
                cur.text += f"<<{arg}>>"
        elif record == "@index nl":         # an `@ %def` line ends a code chunk
            line += 1
        elif key == "@nl":
            if cur.kind == "docs":
                cur.text += "\n"
            elif line > cur.line:
                cur.body.append((line, pending))
            pending = []
            line += 1
    return Web(rel, chunks)


UNTERMINATED_USE = re.compile(r"<<(?=\S)(?!.*>>)(.*)")


def check_web(web):
    """The chapter has a title; every code chunk is closed by an @ line
    before the next chunk or the end of the file (else the prose after it
    would be tangled as code); no code line holds a << without its >>;
    every use is defined; every chunk that is not used is a path that stays
    inside tangled/."""
    if not re.search(r"^# \S", strip_front_matter(web.prose()), re.M):
        raise BookError(f"{web.path}: no '# Title' heading (an empty chapter?)")
    for i, c in enumerate(web.chunks):
        if c.kind != "code":
            continue
        after = web.chunks[i + 1] if i + 1 < len(web.chunks) else None
        if after is None or after.kind == "code" or not after.lines[0].startswith("@"):
            where = f"before line {after.line}" if after else "before the end of the file"
            raise BookError(f"{web.path}:{c.line}: chunk <<{c.name}>> is not closed by an @ "
                            f"line {where}")
        for line, parts in c.body:
            for part in parts:
                bad = UNTERMINATED_USE.search(part) if isinstance(part, str) else None
                if bad:
                    raise BookError(f"{web.path}:{line}: '<<{bad.group(1).strip()}' is not a "
                                    f"chunk use: a use is <<name>> on one line")
    defined = web.defined()
    for c in web.code():
        for name, line in c.uses():
            if name not in defined:
                raise BookError(f"{web.path}:{line}: use of undefined chunk <<{name}>>")
    for name in web.roots():
        line = web.first_definition(name).line
        if not name.startswith(TANGLED_PREFIX):
            raise BookError(f"{web.path}:{line}: chunk <<{name}>> is never used and is not a "
                            f"root (roots are paths under {TANGLED_PREFIX})")
        if not os.path.normpath(name).startswith(TANGLED_PREFIX) or name.endswith("/"):
            raise BookError(f"{web.path}:{line}: root <<{name}>> is not a file inside "
                            f"{TANGLED_PREFIX}")


def sha256(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.S)


def front_matter(text):
    """The YAML front matter at the top of a chapter's prose, or {}."""
    m = FRONT_MATTER.match(text)
    if not m:
        return {}
    try:
        data = yaml.safe_load(m.group(1))
    except yaml.YAMLError:
        return {}
    return data if isinstance(data, dict) else {}


def strip_front_matter(text):
    return FRONT_MATTER.sub("", text, count=1)


def english_prose_sha(web):
    """What a translation records: the checksum of the English prose it follows
    (white space folded, so moving a blank line does not make translations stale)."""
    return sha256(" ".join(strip_front_matter(web.prose()).split()))

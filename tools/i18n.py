#!/usr/bin/python3
"""i18n.py: keeps the translations' code identical to English and says which
translations are up to date.

  i18n.py check       fail, naming file, line and chunk, where a translation's
                      code chunks (names and bodies, in order) differ from English,
                      or where its prose quotes other values ({{figure.name:format}},
                      tools/values.py) than the English prose
  i18n.py sync-code   rewrite every translation's code chunks from English
  i18n.py status      a table language x chapter: up to date / stale / missing

A translation starts with front matter recording what it translates:
  ---
  source-prose-sha256: <checksum of the English chapter's prose>
  ---
Only prose counts: a code change reaches translations through sync-code and
does not make them stale.
"""
import argparse
import collections
import difflib
import os
import re

from litnn import (BookError, english_prose_sha, front_matter, load_book, main,
                   parse_web)
from values import references


def translations(book):
    """(language, slug, path) of every translation file that exists."""
    for lang in book.languages[1:]:
        if lang.derive_from:
            continue
        for slug in book.slugs:
            path = book.chapter_path(lang.code, slug)
            if os.path.exists(path):
                yield lang, slug, path


def first_code_difference(english, translation):
    """A message naming the first differing code chunk, or None."""
    en_code, tr_code = english.code(), translation.code()
    for i, (e, t) in enumerate(zip(en_code, tr_code)):
        if e.lines != t.lines:
            if e.name != t.name:
                return (f"{translation.path}:{t.line}: code chunk {i + 1} is <<{t.name}>> "
                        f"where English has <<{e.name}>> ({english.path}:{e.line})")
            j = next((j for j, (a, b) in enumerate(zip(e.lines, t.lines)) if a != b),
                     min(len(e.lines), len(t.lines)))
            return (f"{translation.path}:{t.line + j}: code chunk {i + 1} <<{t.name}>> "
                    f"differs from {english.path}:{e.line + j}")
    if len(tr_code) < len(en_code):
        e = en_code[len(tr_code)]
        return (f"{translation.path}: has {len(tr_code)} code chunks, English has "
                f"{len(en_code)}; first missing: <<{e.name}>> ({english.path}:{e.line})")
    if len(tr_code) > len(en_code):
        t = tr_code[len(en_code)]
        return (f"{translation.path}:{t.line}: code chunk <<{t.name}>> is not in English "
                f"(English has {len(en_code)} code chunks)")
    return None


def reference_differences(english, translation):
    """A translation quotes the same values, in the same formats, as many
    times as the English chapter (in any order: a sentence may turn)."""
    want = collections.Counter(ref for _, ref in references(english))
    got = collections.Counter(ref for _, ref in references(translation))
    lines = {}
    for line, ref in references(translation):
        lines.setdefault(ref, line)
    out = []
    for ref in sorted(want - got):
        line = next(n for n, r in references(english) if r == ref)
        out.append(f"{translation.path}: {ref} appears {want[ref]} times in "
                   f"{english.path} (first at line {line}), {got[ref]} times here")
    for ref in sorted(got - want):
        out.append(f"{translation.path}:{lines[ref]}: {ref} appears {got[ref]} times here, "
                   f"{want[ref]} times in {english.path}")
    return out


def check(book):
    problems, count = [], 0
    for lang, slug, path in translations(book):
        count += 1
        english = parse_web(book.chapter_path("en", slug), book.root)
        translation = parse_web(path, book.root)
        difference = first_code_difference(english, translation)
        if difference:
            problems.append(difference)
        problems.extend(reference_differences(english, translation))
        if "source-prose-sha256" not in front_matter(translation.prose()):
            problems.append(f"{translation.path}:1: no front matter with source-prose-sha256")
    for problem in problems:
        print(f"i18n: FAIL: {problem}")
    print(f"i18n: {count} translations checked against English, {len(problems)} problems"
          + ("; run make sync-code" if problems else ""))
    return 1 if problems else 0


HEADING = re.compile(r"#{1,6} ")


def sections(web):
    """The section (how many headings come before it) of each code chunk,
    and the heading lines of the docs chunks: {id(chunk): [index of each
    line that is a heading]}."""
    count, of_code, headings = 0, [], {}
    for chunk in web.chunks:
        if chunk.kind == "code":
            of_code.append(count)
            continue
        fenced, found = False, []
        for i, line in enumerate(chunk.lines):
            if line.startswith(("```", "~~~")):
                fenced = not fenced
            elif not fenced and HEADING.match(line):
                found.append(i)
        headings[id(chunk)] = found
        count += len(found)
    return of_code, headings


def synced_lines(english, translation):
    """The translation's lines with every code chunk taken from English. A
    chunk English added goes where the English one is: right after the
    chunk before it or right before the chunk after it, when that one is in
    the same section (the k-th heading of a translation is the k-th of
    English), else at the end of its section."""
    en_code = english.code()
    tr_names = [c.name for c in translation.code()]
    en_sections, _ = sections(english)
    tr_sections, tr_headings = sections(translation)
    matcher = difflib.SequenceMatcher(None, tr_names, [c.name for c in en_code], autojunk=False)
    replace, after, before, section_end = {}, {}, {}, {}
    for op, t0, t1, e0, e1 in matcher.get_opcodes():
        if op in ("equal", "replace") and t1 - t0 == e1 - e0:
            for k in range(t1 - t0):
                replace[t0 + k] = [en_code[e0 + k]]
            continue
        for k in range(t0, t1):
            replace[k] = []
        added = en_code[e0:e1]
        if not added:
            continue
        if e0 > 0 and t0 > 0 and tr_sections[t0 - 1] == en_sections[e0]:
            after.setdefault(t0 - 1, []).extend(added)
        elif t1 < len(tr_names) and tr_sections[t1] == en_sections[e1 - 1]:
            before.setdefault(t1, []).extend(added)
        else:
            section_end.setdefault(en_sections[e0], []).extend(added)

    def chunk_lines(chunks, closed):
        """Each chunk with its @: after it when closed, else before it (the
        last one is then closed by the @ that follows in the translation)."""
        if closed:
            return [line for c in chunks for line in c.lines + ["@", ""]]
        return [line for c in chunks for line in ["@", ""] + c.lines]

    out, k, section = [], 0, 0
    for chunk in translation.chunks:
        if chunk.kind == "docs":
            for i, line in enumerate(chunk.lines):
                if i in tr_headings[id(chunk)]:
                    out.extend(chunk_lines(section_end.pop(section, []), True))
                    section += 1
                out.append(line)
            continue
        out.extend(chunk_lines(before.get(k, []), True))
        for new in replace[k]:
            out.extend(new.lines)
        out.extend(chunk_lines(after.get(k, []), False))
        k += 1
    for added in section_end.values():
        out.extend(chunk_lines(added, True))
    return out


def sync_code(book):
    changed = 0
    for lang, slug, path in translations(book):
        english = parse_web(book.chapter_path("en", slug), book.root)
        translation = parse_web(path, book.root)
        if first_code_difference(english, translation) is None:
            continue
        lines = synced_lines(english, translation)
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        changed += 1
        print(f"sync-code: rewrote the code chunks of {translation.path}")
        left = first_code_difference(english, parse_web(path, book.root))
        if left:
            raise BookError(f"sync-code could not align {translation.path}: {left}")
    print(f"sync-code: {changed} translations updated")
    return 0


def chapter_status(book, lang, slug):
    if lang.derive_from:
        source = book.language(lang.derive_from)
        status = chapter_status(book, source, slug)
        return status if status == "missing" else f"{status} (from {source.code})"
    path = book.chapter_path(lang.code, slug)
    if not os.path.exists(path):
        return "missing"
    english = parse_web(book.chapter_path("en", slug), book.root)
    translation = parse_web(path, book.root)
    recorded = front_matter(translation.prose()).get("source-prose-sha256")
    status = "up to date" if recorded == english_prose_sha(english) else "stale"
    if first_code_difference(english, translation):
        status += ", code differs (make sync-code)"
    return status


def status(book):
    width = max(len(slug) for slug in book.slugs)
    print(f"{'chapter':<{width}}  " + "  ".join(f"{lang.code:<12}" for lang in book.languages[1:]))
    for slug in book.slugs:
        cells = [chapter_status(book, lang, slug) for lang in book.languages[1:]]
        print(f"{slug:<{width}}  " + "  ".join(f"{c:<12}" for c in cells))
    print("\nA translation's front matter records the English prose it follows:")
    for slug in book.slugs:
        sha = english_prose_sha(parse_web(book.chapter_path("en", slug), book.root))
        print(f"  {slug}: source-prose-sha256: {sha}")
    return 0


def run():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("action", choices=("check", "sync-code", "status"))
    parser.add_argument("--root", default=None, help="repository root (default: this one)")
    args = parser.parse_args()
    book = load_book(args.root) if args.root else load_book()
    return {"check": check, "sync-code": sync_code, "status": status}[args.action](book)


if __name__ == "__main__":
    main("i18n", run)

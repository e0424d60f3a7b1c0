#!/usr/bin/python3
"""test_config.py: a malformed or inconsistent book.yml is refused with a
message that says where, by every tool that reads it."""
import re
import sys

from sandbox import BOOK_YML, Sandbox, Verdict

CHAPTER = "# One\n\n<<tangled/src/one.c>>=\nint one;\n@\n"


def refused(v, what, book_yml, *needles):
    box = Sandbox({"en/01-one.nw": CHAPTER}, book_yml=book_yml)
    for tool, args in (("tangle", ()), ("i18n", ("status",)), ("weave", ("--html",))):
        v.expect_error(f"{what} ({tool})", box.tool(tool, *args), *needles)
    box.close()


def with_chapters(lines):
    """book.yml with its chapter list replaced by lines."""
    return re.sub(r"^chapters:\n(  - .*\n)*", "chapters:\n" + lines, BOOK_YML, flags=re.M)


def main():
    v = Verdict("book:config")
    listed = with_chapters("  - 01-one\n  - 02-missing\n")
    refused(v, "a listed chapter that does not exist", listed,
            "error: book.yml: chapter 02-missing is listed but chapters/en/02-missing.nw does not exist")
    broken = with_chapters("  - 01-one\n    bad: [\n")
    refused(v, "malformed YAML", broken, "error: malformed YAML, book.yml:")
    no_chapters = re.sub(r"^chapters:\n(  - .*\n)*", "", BOOK_YML, flags=re.M)
    refused(v, "no chapters key", no_chapters, "error: book.yml: missing key 'chapters'")
    bad_slug = with_chapters("  - One Chapter\n")
    refused(v, "a chapter that is not a slug", bad_slug, "'chapters' must be a list of slugs")
    no_ui = with_chapters("  - 01-one\n").replace("      previous: Anterior\n", "")
    refused(v, "a language without a UI string", no_ui,
            "error: book.yml: language es: ui lacks previous")
    return v.finish()


if __name__ == "__main__":
    sys.exit(main())

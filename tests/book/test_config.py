#!/usr/bin/python3
"""test_config.py: a malformed or inconsistent book.yml is refused with a
message that says where, by every tool that reads it."""
import sys

from sandbox import BOOK_YML, Sandbox, Verdict

CHAPTER = "# One\n\n<<tangled/src/one.c>>=\nint one;\n@\n"


def refused(v, what, book_yml, *needles):
    box = Sandbox({"en/01-one.nw": CHAPTER}, book_yml=book_yml)
    for tool, args in (("tangle", ()), ("i18n", ("status",)), ("weave", ("--html",))):
        v.expect_error(f"{what} ({tool})", box.tool(tool, *args), *needles)
    box.close()


def main():
    v = Verdict("book:config")
    listed = BOOK_YML.replace("  - 01-linear-algebra\n", "  - 01-one\n  - 02-missing\n")
    refused(v, "a listed chapter that does not exist", listed,
            "error: book.yml: chapter 02-missing is listed but chapters/en/02-missing.nw does not exist")
    broken = BOOK_YML.replace("  - 01-linear-algebra\n", "  - 01-one\n    bad: [\n")
    refused(v, "malformed YAML", broken, "error: malformed YAML, book.yml:")
    no_chapters = BOOK_YML.replace("chapters:\n  - 01-linear-algebra\n", "")
    refused(v, "no chapters key", no_chapters, "error: book.yml: missing key 'chapters'")
    bad_slug = BOOK_YML.replace("  - 01-linear-algebra\n", "  - One Chapter\n")
    refused(v, "a chapter that is not a slug", bad_slug, "'chapters' must be a list of slugs")
    no_ui = BOOK_YML.replace("      previous: Anterior\n", "")
    refused(v, "a language without a UI string", no_ui.replace("  - 01-linear-algebra\n", "  - 01-one\n"),
            "error: book.yml: language es: ui lacks previous")
    return v.finish()


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/python3
"""test_tangle.py: the tangler writes every root, keeps unchanged files,
refuses broken webs with the file and line (and so does weave), writes
nothing outside tangled/, and can point the compiler into the chapter with
#line."""
import os
import subprocess
import sys

from sandbox import Sandbox, Verdict

GOOD = """# One {#ch:one}

Prose.

<<tangled/src/one.c>>=
#include "one.h"

<<define one>>
@

<<define one>>=
int one(void)
{
    return 1;
}
@

<<tangled/include/one.h>>=
int one(void);
@

<<tangled/src/with space.c>>=
int with_space = 2;
@
"""


def main():
    v = Verdict("tangle:errors")

    box = Sandbox({"en/01-one.nw": GOOD})
    status, out = box.tool("tangle")
    v.check("a good web tangles", status == 0, out)
    v.check("every root is written", os.path.exists(box.path("tangled/src/one.c"))
            and os.path.exists(box.path("tangled/include/one.h")), out)
    v.check("a root name with a space", os.path.exists(box.path("tangled/src/with space.c")))
    v.check("nested chunks are expanded", "return 1;" in box.read("tangled/src/one.c"))
    before = os.stat(box.path("tangled/src/one.c")).st_mtime_ns
    box.tool("tangle")
    v.check("tangling again keeps timestamps",
            os.stat(box.path("tangled/src/one.c")).st_mtime_ns == before)
    v.check("--check passes on fresh output", box.tool("tangle", "--check")[0] == 0)
    box.write("tangled/src/one.c", box.read("tangled/src/one.c") + "/* hand edit */\n")
    box.write("tangled/src/orphan.c", "int orphan;\n")
    v.expect_error("--check names a hand-edited file", box.tool("tangle", "--check"),
                   "tangled/src/one.c: differs from its chunk in chapters/en/01-one.nw")
    v.expect_error("--check names a file no chapter defines", box.tool("tangle", "--check"),
                   "tangled/src/orphan.c: no chapter defines it")
    box.tool("tangle")
    v.check("tangle removes files no root writes", not os.path.exists(box.path("tangled/src/orphan.c")))

    status, out = box.tool("tangle", "--lines", box.path("lines"))
    lined = open(box.path("lines/tangled/src/one.c")).read()
    v.check("--lines writes #line directives into the chapter",
            '#line 6 "chapters/en/01-one.nw"' in lined and '#line 12 "chapters/en/01-one.nw"' in lined,
            lined)
    broken = GOOD.replace("    return 1;", "    return 1 +;")
    box.write("chapters/en/01-one.nw", broken)
    box.tool("tangle", "--lines", box.path("lines"))
    cc = subprocess.run(["cc", "-c", "-I", box.path("lines/tangled/include"),
                         "lines/tangled/src/one.c", "-o", "/dev/null"],
                        cwd=box.root, capture_output=True, text=True)
    v.check("a compiler error lands on the .nw line",
            "chapters/en/01-one.nw:14:" in cc.stderr, cc.stderr)
    box.close()

    undefined = GOOD.replace("<<define one>>\n@", "<<define one>>\n<<define two>>\n@")
    box = Sandbox({"en/01-one.nw": undefined})
    v.expect_error("an undefined chunk is an error with file and line", box.tool("tangle"),
                   "chapters/en/01-one.nw:9: use of undefined chunk <<define two>>")
    box.close()

    unused = GOOD + "\n<<an orphan chunk>>=\nint x;\n@\n"
    box = Sandbox({"en/01-one.nw": unused})
    v.expect_error("a chunk neither used nor a root is an error", box.tool("tangle"),
                   "chapters/en/01-one.nw:26: chunk <<an orphan chunk>> is never used")
    box.close()

    escape = GOOD + "\n<<tangled/../book.yml>>=\nchapters: []\n@\n"
    box = Sandbox({"en/01-one.nw": escape})
    yml = box.read("book.yml")
    v.expect_error("a root that leaves tangled/ is an error", box.tool("tangle"),
                   "chapters/en/01-one.nw:26: root <<tangled/../book.yml>> is not a file "
                   "inside tangled/")
    v.check("... and writes nothing outside tangled/", box.read("book.yml") == yml)
    box.close()

    box = Sandbox({"en/01-one.nw": GOOD})
    box.tool("tangle")
    box.write("chapters/en/01-one.nw", "")
    v.expect_error("an empty chapter is an error, not the deletion of its files",
                   box.tool("tangle"), "chapters/en/01-one.nw: no '# Title' heading")
    v.check("... and its files stay", os.path.exists(box.path("tangled/src/one.c")))
    box.close()

    box = Sandbox({"en/01-one.nw": undefined})
    os.makedirs(box.path("figures"))
    v.expect_error("weave checks the web too", box.tool("weave", "--html"),
                   "weave: error: chapters/en/01-one.nw:9: use of undefined chunk <<define two>>")
    box.close()

    unclosed = GOOD.replace("    return 1;\n}\n@\n", "    return 1;\n}\n\nProse that is not C.\n")
    box = Sandbox({"en/01-one.nw": unclosed})
    v.expect_error("a code chunk without its @ is an error", box.tool("tangle"),
                   "chapters/en/01-one.nw:11: chunk <<define one>> is not closed by an @ line "
                   "before line 19")
    box.close()
    box = Sandbox({"en/01-one.nw": GOOD.rstrip("@\n") + "\n"})
    v.expect_error("... also at the end of the file", box.tool("tangle"),
                   "chapters/en/01-one.nw:22: chunk <<tangled/src/with space.c>> is not closed "
                   "by an @ line before the end of the file")
    box.close()
    box = Sandbox({"en/01-one.nw": GOOD.replace("<<define one>>\n@", "<<define one\n@")})
    v.expect_error("an unterminated use is reported on its own line", box.tool("tangle"),
                   "chapters/en/01-one.nw:8: '<<define one' is not a chunk use")
    box.close()

    second = "# Two\n\n<<tangled/include/one.h>>=\nint one(void);\n@\n"
    box = Sandbox({"en/01-one.nw": GOOD, "en/02-two.nw": second})
    v.expect_error("a root defined in two chapters is an error", box.tool("tangle"),
                   "chapters/en/02-two.nw:3: root <<tangled/include/one.h>> is already defined "
                   "in chapters/en/01-one.nw:18")
    box.close()

    return v.finish()


if __name__ == "__main__":
    sys.exit(main())

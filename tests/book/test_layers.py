#!/usr/bin/python3
"""test_layers.py: the tangled code is layered. Each module lives in the
folder of its layer, its header beside its source, and a file includes, by
folder and name ("core/vec.h"), only headers of its own folder or of a
folder below it:

    programs  ->  models  ->  nn, optim, data  ->  core

(nn, optim and data are side by side and do not include one another), and
no program has the name of a module. The test checks tangled/, and that a
tree breaking the rules is caught."""
import os
import re
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools"))
from litnn import ROOT  # noqa: E402
from sandbox import Verdict  # noqa: E402

RANK = {"core": 0, "nn": 1, "optim": 1, "data": 1, "models": 2, "programs": 3}
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)


def problems(tangled):
    """One line per include that breaks the rule, per file outside a layer."""
    out = []
    for folder in sorted(os.listdir(tangled)):
        path = os.path.join(tangled, folder)
        if folder == "figures" or not os.path.isdir(path):
            continue
        for name in sorted(os.listdir(path)):
            rel = f"tangled/{folder}/{name}"
            if folder not in RANK:
                out.append(f"{rel}: {folder}/ is not a layer ({', '.join(RANK)})")
                continue
            if not name.endswith((".c", ".h")):
                continue
            with open(os.path.join(path, name), encoding="utf-8") as f:
                text = f.read()
            for m in INCLUDE.finditer(text):
                line = text.count("\n", 0, m.start()) + 1
                target = m.group(1)
                layer, _, header = target.partition("/")
                if layer not in RANK or "/" in header:
                    out.append(f"{rel}:{line}: #include \"{target}\" does not name a layer's folder")
                elif not os.path.exists(os.path.join(tangled, target)):
                    out.append(f"{rel}:{line}: #include \"{target}\": no such header")
                elif layer != folder and RANK[layer] >= RANK[folder]:
                    out.append(f"{rel}:{line}: {folder}/ includes {target}, "
                               f"which is not below it")
            if name.endswith(".c") and folder != "programs" and \
                    not os.path.exists(os.path.join(path, name[:-2] + ".h")):
                out.append(f"{rel}: no header {folder}/{name[:-2]}.h beside it")
    modules = {name[:-2]: folder for folder in RANK if folder != "programs"
               and os.path.isdir(os.path.join(tangled, folder))
               for name in os.listdir(os.path.join(tangled, folder)) if name.endswith(".h")}
    programs = os.path.join(tangled, "programs")
    for name in sorted(os.listdir(programs)) if os.path.isdir(programs) else []:
        if name[:-2] in modules:
            out.append(f"tangled/programs/{name}: the program has the name of the module "
                       f"{modules[name[:-2]]}/{name[:-2]}.h")
    return out


def write(root, rel, text):
    os.makedirs(os.path.dirname(os.path.join(root, rel)), exist_ok=True)
    with open(os.path.join(root, rel), "w", encoding="utf-8") as f:
        f.write(text)


def main():
    v = Verdict("book:layers")
    found = problems(os.path.join(ROOT, "tangled"))
    v.check("tangled/ keeps the rule", not found, "; ".join(found))

    with tempfile.TemporaryDirectory() as root:
        write(root, "core/vec.h", "")
        write(root, "core/vec.c", '#include "core/vec.h"\n')
        write(root, "nn/linear.h", '#include "core/vec.h"\n')
        write(root, "nn/linear.c", '#include "nn/linear.h"\n#include "optim/adam.h"\n')
        write(root, "optim/adam.h", "")
        write(root, "optim/adam.c", '#include "optim/adam.h"\n#include "models/net.h"\n')
        write(root, "models/net.h", '#include "nn/linear.h"\n#include "vec.h"\n')
        write(root, "models/net.c", '#include "models/net.h"\n#include "core/mat.h"\n')
        write(root, "programs/train.c", '#include "models/net.h"\n')
        write(root, "programs/net.c", '#include "models/net.h"\n')
        write(root, "misc/util.c", "")
        found = problems(root)
        for what, needle in [
            ("a side folder including another is caught",
             "tangled/nn/linear.c:2: nn/ includes optim/adam.h, which is not below it"),
            ("an include upwards is caught",
             "tangled/optim/adam.c:2: optim/ includes models/net.h, which is not below it"),
            ("an include without its folder is caught",
             'tangled/models/net.h:2: #include "vec.h" does not name a layer\'s folder'),
            ("a missing header is caught", 'tangled/models/net.c:2: #include "core/mat.h": no such header'),
            ("a folder that is no layer is caught", "tangled/misc/util.c: misc/ is not a layer"),
            ("a program named as a module is caught",
             "tangled/programs/net.c: the program has the name of the module models/net.h"),
        ]:
            v.check(what, any(needle in p for p in found), "; ".join(found))
        v.check("nothing else is reported", len(found) == 6, "; ".join(found))
    return v.finish()


if __name__ == "__main__":
    sys.exit(main())

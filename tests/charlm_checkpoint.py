#!/usr/bin/python3
"""charlm_checkpoint.py: charlm --save, then charlm --load: the loaded
model's validation perplexity before any step must equal, to the last
digit, the saved model's after its last step, and a second save of the
loaded model must be the same file byte for byte.
    charlm_checkpoint.py CHARLM WORK_DIR
Run from the repository's root; exits 1 on a difference."""
import os
import subprocess
import sys


def run(charlm, work, name, args):
    """The values charlm reported (LITNN_VALUES) for args, as {name: text}."""
    values = os.path.join(work, f"{name}.values")
    if os.path.exists(values):
        os.remove(values)
    env = dict(os.environ, LITNN_VALUES=values)
    subprocess.run([charlm, "--steps", "300", "--eval-every", "100", "--samples", "3"] + args,
                   check=True, env=env, stdout=subprocess.DEVNULL)
    with open(values, encoding="utf-8") as f:
        return dict(line.split() for line in f)


def main():
    charlm, work = sys.argv[1], sys.argv[2]
    first, second = os.path.join(work, "first.ckpt"), os.path.join(work, "second.ckpt")
    saved = run(charlm, work, "saved", ["--save", first])
    loaded = run(charlm, work, "loaded", ["--load", first, "--steps", "0", "--save", second])
    with open(first, "rb") as a, open(second, "rb") as b:
        same_file = a.read() == b.read()
    ok = saved["val_ppl_final"] == loaded["val_ppl_0"] and same_file
    print(f"saved after 300 steps: {saved['val_ppl_final']}; loaded, before a step: "
          f"{loaded['val_ppl_0']}; saved again: {'the same bytes' if same_file else 'DIFFERENT'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

"""_bench.py: what every benchmark of make bench shares.

A comparison runs the litnn side and the reference side alternately
(litnn, reference, litnn, reference, ...), ROUNDS times each, so that a
slow moment of the machine falls on both sides alike. It prints the median
time of each side and one sentence in one direction,

    litnn is 3.1x faster than PyTorch (2.8-3.4)

where 3.1 is the median over the rounds of (reference time / litnn time)
and 2.8-3.4 the middle half of those ratios (first to third quartile). It
appends a row to build/bench/results.tsv (every run, kept) and to
build/bench/latest.tsv (this run of make bench, which figures/bench.tsv
copies, for the book's appendix "How fast is it?"). Run as a program, it
prints the header line of those files."""
import datetime
import os
import platform
import statistics
import subprocess
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "build", "bench")
ROUNDS = 7
COLUMNS = ("benchmark", "size", "litnn_s", "reference", "reference_s", "ratio",
           "ratio_q1", "ratio_q3", "rounds", "cpu", "date")


def cpu_model():
    """The processor's name, as /proc/cpuinfo gives it."""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith(("model name", "Model")):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def quartiles(values):
    """The first quartile, the median and the third quartile of values."""
    if len(values) == 1:
        return values[0], values[0], values[0]
    q1, q2, q3 = statistics.quantiles(values, n=4, method="inclusive")
    return q1, q2, q3


def seconds(s):
    """s seconds in the unit that suits it."""
    if s >= 1:
        return f"{s:.3g} s"
    if s >= 1e-3:
        return f"{s * 1e3:.3g} ms"
    return f"{s * 1e6:.3g} us"


def sentence(ratio, q1, q3, reference):
    """'litnn is 3.1x faster than X (2.8-3.4)', or slower, in one direction."""
    if ratio >= 1:
        return f"litnn is {ratio:.2f}x faster than {reference} ({q1:.2f}-{q3:.2f})"
    return f"litnn is {1 / ratio:.2f}x slower than {reference} ({1 / q3:.2f}-{1 / q1:.2f})"


def record(benchmark, size, litnn_times, reference, reference_times, note=""):
    """Prints and records one comparison from its per-round times (seconds,
    litnn_times[i] and reference_times[i] measured one after the other)."""
    ratios = [r / t for t, r in zip(litnn_times, reference_times)]
    q1, ratio, q3 = quartiles(ratios)
    t_litnn = statistics.median(litnn_times)
    t_reference = statistics.median(reference_times)
    print(f"  {benchmark + ' ' + size:32s} litnn {seconds(t_litnn):>9s}  "
          f"{reference} {seconds(t_reference):>9s}"
          f"   {sentence(ratio, q1, q3, reference)}{note}", flush=True)
    row = (benchmark, size, f"{t_litnn:.6g}", reference, f"{t_reference:.6g}",
           f"{ratio:.4g}", f"{q1:.4g}", f"{q3:.4g}", str(len(ratios)), cpu_model(),
           datetime.date.today().isoformat())
    os.makedirs(OUT, exist_ok=True)
    for name in ("results.tsv", "latest.tsv"):
        path = os.path.join(OUT, name)
        new = not os.path.exists(path)
        with open(path, "a", encoding="utf-8") as f:
            if new:
                f.write("\t".join(COLUMNS) + "\n")
            f.write("\t".join(row) + "\n")
    return ratio


def compare(benchmark, size, litnn, reference, run_reference, rounds=ROUNDS):
    """Times litnn() and run_reference() alternately, rounds times each (each
    returns the seconds it measured), then records the comparison."""
    litnn_times, reference_times = [], []
    for _ in range(rounds):
        litnn_times.append(litnn())
        reference_times.append(run_reference())
    return record(benchmark, size, litnn_times, reference, reference_times)


def program_seconds(*command):
    """Runs a benchmark program of build/c/tests, which prints the seconds it
    measured, and returns them."""
    out = subprocess.run(command, check=True, capture_output=True, text=True)
    return float(out.stdout)


def seconds_per_call(function, reps):
    """A function that times reps calls of function and returns the seconds
    per call."""
    def run():
        start = time.perf_counter()
        for _ in range(reps):
            function()
        return (time.perf_counter() - start) / reps
    return run


def header(title):
    print(f"== {title} ==", flush=True)


if __name__ == "__main__":      # the columns alone: what figures/bench.tsv must start with
    print("\t".join(COLUMNS))

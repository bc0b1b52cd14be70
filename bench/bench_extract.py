"""Extraction throughput and memory: articles/s, MB/s and peak RSS at 1,000 and 20,000 articles.

    python bench/bench_extract.py [--sizes 1000 20000] [--jobs 1 2] [--repeat 5]

What is timed is what `riwaya extract` runs for each article (reading, normalization,
boilerplate, numbers, claims, dates, outlet; not the word shingles and places that only
reconciliation uses). Articles are the bundled example corpus (examples/corpus, examples/dev) repeated with
varied ids and figures, streamed as JSON Lines from a temporary file so that memory
shows whether the pipeline streams. Each run is a fresh process, so peak RSS is its own.
With --repeat R each size and number of jobs is run R times, one fresh process after the
other, and the row gives the median run (by articles/s) with the range of articles/s seen:
on a shared machine one run can land in a slow minute.
"""
from __future__ import annotations

import argparse
import json
import platform
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def corpus(n: int, path: Path) -> int:
    texts = [p.read_text(encoding="utf-8") for d in ("examples/corpus", "examples/dev")
             for p in sorted((ROOT / d).glob("*.txt"))]
    rnd = random.Random(7)
    size = 0
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            text = texts[i % len(texts)]
            # vary the figures so no two articles are identical
            text = re.sub(r"\d+", lambda m: str(int(m.group()) + rnd.randint(0, 9)), text)
            line = json.dumps({"id": f"b{i:06d}", "text": text}, ensure_ascii=False)
            size += len(text.encode("utf-8"))
            f.write(line + "\n")
    return size


def child(path: str, jobs: int) -> None:
    from riwaya.pipeline import run_paths
    t0 = time.perf_counter()
    # the word lists and patterns, loaded and compiled once, as `riwaya extract` does before it
    # forks workers (they inherit them); with one process the same cost falls on the first articles
    from riwaya.pipeline import warm_up
    warm_up()
    t = time.perf_counter()
    n = claims = 0
    for r in run_paths([path], jobs=jobs, claims_only=True):  # what `riwaya extract` runs
        n += 1
        claims += len(getattr(r, "claims", ()))
    dt = time.perf_counter() - t
    peak_kb = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    print(json.dumps({"articles": n, "claims": claims, "seconds": dt, "start": t - t0, "peak_rss_mb": peak_kb / 1024}))


def reference_ms() -> float:
    """CPU milliseconds of a fixed pure-Python loop: how fast this machine runs Python at the
    moment. A shared machine's speed drifts from hour to hour (by a third on the machine the
    README's figures come from); read articles/s together with this figure."""
    t = time.process_time()
    s = 0
    for i in range(5_000_000):
        s += i
    return (time.process_time() - t) * 1000


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 20000])
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--repeat", type=int, default=1, help="runs of each size and jobs (the median is shown)")
    ap.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.child:
        child(a.child[0], int(a.child[1]))
        return
    # The interpreter's build matters too: Debian's CPython (built with profile-guided and
    # link-time optimization) ran this code about a tenth faster than pyenv's default build.
    print(f"python: {platform.python_version()} ({platform.python_implementation()}), {sys.executable}")
    print(f"reference: a fixed pure-Python loop takes {reference_ms():.0f} ms here now (lower is a faster machine)")
    print("start: loading the word lists and compiling the patterns a run uses, once (worker processes are forked after it and")
    print("inherit them); articles/s and MB/s: the run itself; incl. start: both.")
    print(f"{'articles':>9} {'jobs':>4} {'start s':>7} {'seconds':>8} {'articles/s':>10} {'MB/s':>6} "
          f"{'incl. start':>11} {'peak RSS MB':>11} {'claims':>8}" + (f" {'range articles/s':>16}" if a.repeat > 1 else ""))
    with tempfile.TemporaryDirectory() as tmp:
        for n in a.sizes:
            path = Path(tmp) / f"bench{n}.jsonl"
            size = corpus(n, path)
            for jobs in a.jobs:
                # slowest first: the median run, the slower middle one of an even count
                runs = sorted((run(path, jobs) for _ in range(max(1, a.repeat))), key=lambda r: -r["seconds"])
                r = runs[(len(runs) - 1) // 2]
                total = r["seconds"] + r["start"]
                rates = [x["articles"] / x["seconds"] for x in runs]
                print(f"{r['articles']:>9} {jobs:>4} {r['start']:>7.2f} {r['seconds']:>8.2f} "
                      f"{r['articles'] / r['seconds']:>10.0f} {size / 1e6 / r['seconds']:>6.2f} "
                      f"{r['articles'] / total:>11.0f} {r['peak_rss_mb']:>11.0f} {r['claims']:>8}"
                      + (f" {min(rates):>8.0f}–{max(rates):<7.0f}" if len(runs) > 1 else ""))


def run(path: Path, jobs: int) -> dict:
    """One timed run in a fresh process (its own peak RSS)."""
    out = subprocess.run([sys.executable, __file__, "--child", str(path), str(jobs)],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


if __name__ == "__main__":
    main()

"""Benchmark of the cross-article half: cluster + reconcile on synthetic ArticleResults.

    python bench/bench_reconcile.py [--sizes 10000 30000 100000] [--seed 1]

Each synthetic event (a place, a day, its sides and figures) is told by 1 to 8 articles
that share some wording (a wire paragraph) and echo, revise or contradict each other's
figures; places and days are spread so that many events share a place. Prints, per size,
the seconds for cluster+reconcile, the incidents found, the resident memory of the input
alone and the peak RSS of the process (each size runs in a fresh process).
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import resource
import subprocess
import sys
import time

from riwaya.model import Article, ArticleInfo, ArticleResult, Claim, DayRange, Source, Span, Value
from riwaya.reconcile import reconcile

PARTIES = ["iraqi_government", "isis", "syrian_government", "sdf", "houthis", "yemeni_government",
           "taliban", "afghan_government", "local_sources", "outlet", "media", "un", "medical_sources"]
MEASURES = ["killed", "wounded", "captured", "escaped", "displaced", "attackers"]
SUBJECTS = ["civilians", "isis", "iraqi_forces", "sdf", "houthis", "people", "both_sides", "prisoners"]


def synthetic(n_articles: int, seed: int) -> list[ArticleResult]:
    rnd = random.Random(seed)
    places = [f"place{i}" for i in range(max(50, n_articles // 40))]
    base = dt.date(2020, 1, 1)
    out: list[ArticleResult] = []
    event = 0
    while len(out) < n_articles:
        event += 1
        place = rnd.choice(places)
        day = base + dt.timedelta(days=rnd.randrange(3 * 365))
        sides = rnd.sample(PARTIES[:8], 2)
        wire = [rnd.getrandbits(62) for _ in range(60)]
        figures = [(rnd.choice(MEASURES), rnd.choice(SUBJECTS), rnd.choice([3, 7, 12, 17, 40, 80, 200, 800]))
                   for _ in range(rnd.randint(2, 6))]
        for k in range(rnd.randint(1, 8)):
            aid = f"e{event:06d}_{k}"
            pub = day + dt.timedelta(days=rnd.randrange(6))
            claims = []
            for c, (m, s, n) in enumerate(figures):
                if rnd.random() < 0.3:
                    continue
                n2 = n if rnd.random() < 0.7 else n * rnd.choice([2, 10]) + k
                q = rnd.choice(["exact", "exact", "approx", "more_than", "vague"])
                v = {"exact": Value(n2, n2), "approx": Value(n2, n2, "approx"),
                     "more_than": Value(n2, None, "more_than"), "vague": Value(20, 99, "vague")}[q]
                party = rnd.choice(sides + PARTIES[8:])
                claims.append(Claim(aid, m, s, v, Source(party, rnd.choice([None, None, "spokesman"])),
                                    Span(c * 40, c * 40 + 20), f"claim {c} {n2}",
                                    where="related" if rnd.random() < 0.05 else "body"))
            own = [rnd.getrandbits(62) for _ in range(rnd.randint(100, 300))]
            shared = rnd.sample(wire, rnd.randint(0, 60))
            info = ArticleInfo(aid, f"outlet{rnd.randrange(200)}", None,
                               DayRange(pub.isoformat(), pub.isoformat(), "synthetic"),
                               places=(place,), parties=tuple(sides))
            out.append(ArticleResult(Article(aid, ""), info, tuple(claims), frozenset(own + shared)))
            if len(out) >= n_articles:
                break
    rnd.shuffle(out)
    return out


def rss_mib() -> float:
    """Current resident memory (Linux), for the input's own share of the peak."""
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[1]) * resource.getpagesize() / 2**20
    except OSError:
        return float("nan")


def peak_rss_mib() -> float:
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kb / 1024 if sys.platform != "darwin" else kb / 2**20


def one(n: int, seed: int) -> str:
    results = synthetic(n, seed)
    input_mib = rss_mib()
    t0 = time.perf_counter()
    sheet = reconcile(results)
    secs = time.perf_counter() - t0
    claims = sum(len(r.claims) for r in results)
    return (f"{n:>9} {claims:>8} {len(sheet['incidents']):>9} {secs:>8.1f} {secs / n * 1e6:>10.0f} "
            f"{input_mib:>10.0f} {peak_rss_mib():>12.0f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 30_000, 100_000])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)  # one size, in a fresh process
    a = ap.parse_args()
    if a.one:
        print(one(a.one, a.seed), flush=True)
        return
    print(f"{'articles':>9} {'claims':>8} {'incidents':>9} {'seconds':>8} {'µs/article':>10} "
          f"{'input MiB':>10} {'peak RSS MiB':>12}", flush=True)
    for n in a.sizes:  # each size in its own process, so each peak RSS is its own
        subprocess.run([sys.executable, __file__, "--one", str(n), "--seed", str(a.seed)], check=True)


if __name__ == "__main__":
    main()

"""Bench: store throughput (ingest of many synthetic articles) and web latency under concurrent clients.

    python bench/bench_store.py                      # 20,000 articles, 20 clients for 30 s
    python bench/bench_store.py --articles 2000 --seconds 5

Articles are built from the texts of examples/corpus with new ids and an added
sentence carrying a varied figure (its claim's offsets are exact), grouped ten
to a place so they form incidents. Extraction is not measured here (see
bench_extract.py): the ArticleResults are made directly.
"""
from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from riwaya import store
from riwaya.model import Article, ArticleInfo, ArticleResult, Claim, DayRange, Source, Span, Value

ROOT = Path(__file__).resolve().parent.parent


def corpus_texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples" / "corpus").glob("*.txt"))]
    return texts or ["تقرير بلا نص في المجلد examples/corpus.\n"]


def synthetic(n: int, per_incident: int = 10, seed: int = 7):
    """ArticleResults: a corpus text plus a sentence with two figures that are the
    same within an incident (its outlets echo one another) and differ across
    incidents, so the reconciler can tell the incidents apart."""
    rng = random.Random(seed)
    texts = corpus_texts()
    for i in range(n):
        k = i // per_incident
        base = texts[i % len(texts)]
        killed, wounded = 5 + 2 * k, 6 + 2 * k + rng.randint(0, 1)
        sentence = f"\nوقالت مصادر محلية إن {killed} شخصاً قتلوا وأصيب {wounded} آخرون في الهجوم."
        text = base + sentence
        day = (dt.date(2020, 1, 1) + dt.timedelta(days=k // 3)).isoformat()
        aid = f"bench_{i:06d}"
        claims = []
        for measure, figure, noun in (("killed", killed, "شخصاً"), ("wounded", wounded, "آخرون")):
            start = len(base) + sentence.index(f"{figure} {noun}")
            end = start + len(f"{figure} {noun}")
            claims.append(Claim(aid, measure, "people", Value.exact(figure), Source("local_sources"),
                                Span(start, end), text[start:end], as_of=DayRange(day, day, "bench")))
        place = f"place_{k:05d}"
        info = ArticleInfo(aid, f"outlet_{i % 37}", None, DayRange(day, day, "bench"), places=(place,))
        yield ArticleResult(Article(aid, text, title=f"خبر {i}", outlet=f"outlet_{i % 37}", path=f"{aid}.txt"),
                            info, tuple(claims), frozenset(rng.getrandbits(32) for _ in range(8)))


def bench_ingest(db: Path, n: int, reconciler: str) -> None:
    if reconciler == "project":
        from riwaya.reconcile import reconcile
    else:
        from riwaya.show.sample import simple_reconcile as reconcile
    timings = {}

    def timed_reconcile(results):
        t = time.perf_counter()
        sheet = reconcile(results)
        timings["reconcile"] = time.perf_counter() - t
        return sheet
    conn = store.connect(db)
    t0 = time.perf_counter()
    summary = store.ingest(conn, synthetic(n), inputs=["bench"], reconcile=timed_reconcile)
    total = time.perf_counter() - t0
    conn.close()
    size = sum(p.stat().st_size for p in db.parent.glob(db.name + "*"))
    print(f"ingest: {summary.line()}")
    print(f"ingest: {n} articles in {total:.1f} s = {n / total:,.0f} articles/s "
          f"(reconcile [{reconciler}] {timings.get('reconcile', 0):.1f} s of it)")
    print(f"database: {size / 1e6:.1f} MB ({size / n / 1024:.1f} KiB per article)")
    # a second ingest of the same articles: the idempotent path
    conn = store.connect(db)
    t0 = time.perf_counter()
    summary = store.ingest(conn, synthetic(n), inputs=["bench"], reconcile=timed_reconcile)
    total = time.perf_counter() - t0
    conn.close()
    print(f"re-ingest (all unchanged): {n / total:,.0f} articles/s")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def drive(base: str, clients: int, seconds: float, max_requests: int, incidents: list[str],
                articles: list[str]) -> dict[str, list[float]]:
    lat: dict[str, list[float]] = {"incident page": [], "claims API": []}
    errors = 0
    stop = time.perf_counter() + seconds
    done = 0

    async def client(k: int) -> None:
        nonlocal errors, done
        rng = random.Random(k)
        async with httpx.AsyncClient(base_url=base, timeout=30) as http:
            while time.perf_counter() < stop and done < max_requests:
                done += 1
                if done % 2:
                    kind, url = "incident page", f"/incidents/{rng.choice(incidents)}"
                else:
                    kind, url = "claims API", f"/api/claims?article={rng.choice(articles)}&measure=other"
                t = time.perf_counter()
                r = await http.get(url)
                lat[kind].append(time.perf_counter() - t)
                if r.status_code != 200:
                    errors += 1
    await asyncio.gather(*(client(k) for k in range(clients)))
    lat["_errors"] = [errors]
    return lat


def bench_web(db: Path, clients: int, seconds: float, max_requests: int) -> None:
    conn = store.connect(db)
    incidents = [r[0] for r in conn.execute("SELECT id FROM incidents")]
    articles = [r[0] for r in conn.execute("SELECT id FROM articles WHERE latest = 1")]
    conn.close()
    port = free_port()
    # the app of `riwaya serve`, started without the CLI so only the web stack is measured
    code = ("import sys, uvicorn; from riwaya.show.web import create_app; "
            "uvicorn.run(create_app(sys.argv[1]), host='127.0.0.1', port=int(sys.argv[2]), log_level='warning')")
    server = subprocess.Popen([sys.executable, "-c", code, str(db), str(port)], stdout=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 30
        while True:
            try:
                if httpx.get(base + "/api/incidents?date=1900").status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.time() > deadline:
                raise SystemExit("server did not start")
            time.sleep(0.2)
        t0 = time.perf_counter()
        lat = asyncio.run(drive(base, clients, seconds, max_requests, incidents, articles))
        wall = time.perf_counter() - t0
    finally:
        server.terminate()
        server.wait(timeout=10)
    errors = lat.pop("_errors")[0]
    n = sum(len(v) for v in lat.values())
    print(f"web: {clients} clients, {n} requests in {wall:.1f} s = {n / wall:,.0f} req/s, {errors} errors")
    for kind, values in lat.items():
        if values:
            q = statistics.quantiles(values, n=100)
            print(f"web: {kind:14s} n={len(values):6d}  p50 {q[49] * 1000:7.1f} ms  p95 {q[94] * 1000:7.1f} ms")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=20000)
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--seconds", type=float, default=30)
    ap.add_argument("--max-requests", type=int, default=200000)
    ap.add_argument("--reconciler", choices=("project", "simple"), default="project",
                    help="riwaya.reconcile (default) or the plain stand-in of riwaya.show.sample")
    ap.add_argument("--db", help="keep the database here (default: a temporary folder)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="riwaya-bench-") as tmp:
        db = Path(args.db) if args.db else Path(tmp) / "bench.db"
        if db.exists():
            raise SystemExit(f"{db} exists; give a new path")
        bench_ingest(db, args.articles, args.reconciler)
        bench_web(db, args.clients, args.seconds, args.max_requests)


if __name__ == "__main__":
    main()

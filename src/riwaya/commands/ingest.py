"""Command `riwaya ingest PATH...`: extract articles and keep them, with the reconciled incidents, in SQLite."""
from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from riwaya import store


def add_db(parser: argparse.ArgumentParser) -> None:
    """The --db option every store-backed command shares."""
    parser.add_argument("--db", default=store.DEFAULT_DB, metavar="PATH",
                        help=f"the SQLite database (default: {store.DEFAULT_DB})")


def extract_paths(paths: Sequence[str], jobs: int = 1, conn=None) -> Iterator[Any]:
    """ArticleResults (and Skipped records) for files and folders, from the pipeline.
    With `conn`, an article whose text is stored already (same id and content
    hash as its latest version) is not extracted again: it is passed on as the
    Article itself, which `store.ingest` counts as unchanged."""
    from riwaya.model import Article
    from riwaya.pipeline import run_articles
    from riwaya.read import read_paths
    latest = store.latest_hashes(conn) if conn is not None else {}
    unchanged: list[Article] = []

    def to_extract():
        for item in read_paths([Path(p) for p in paths]):
            if isinstance(item, Article) and latest.get(item.id) == store.content_hash(item):
                unchanged.append(item)
                continue
            yield item
    yield from run_articles(to_extract(), jobs=jobs)
    yield from unchanged


def report_skipped(skipped: Sequence[Any]) -> None:
    """Name each skipped input and why, on stderr."""
    for s in skipped:
        path = getattr(s, "path", None) or getattr(s, "name", None) or "?"
        reason = getattr(s, "reason", None) or str(s)
        print(f"skipped {path}: {reason}", file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    conn = store.connect(args.db)
    try:
        summary = store.ingest(conn, extract_paths(args.paths, jobs=args.jobs, conn=conn), inputs=args.paths)
    finally:
        conn.close()
    report_skipped(summary.skipped)
    print(f"{args.db}: {summary.line()}")
    return 1 if summary.skipped else 0


def register(sub) -> None:
    p = sub.add_parser("ingest", help="extract articles and store them and their incidents (idempotent, incremental)",
                       description="Read files or folders (.txt, .html, .jsonl), extract their claims, "
                                   "store them in SQLite and rebuild the incident sheet, all in one "
                                   "transaction. The same article twice is stored once; an edited "
                                   "article becomes a new version. The database opens in Datasette "
                                   "(pip install riwaya[datasette]).")
    p.add_argument("paths", nargs="+", metavar="PATH")
    add_db(p)
    p.add_argument("--jobs", type=int, default=1, help="worker processes for extraction")
    p.set_defaults(func=run)

"""Command `riwaya ingest PATH...`: extract articles and keep them, with the reconciled incidents, in SQLite."""
from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from typing import Any

from riwaya import store


def add_db(parser: argparse.ArgumentParser) -> None:
    """The --db option every store-backed command shares."""
    parser.add_argument("--db", default=store.DEFAULT_DB, metavar="PATH",
                        help=f"the SQLite database (default: {store.DEFAULT_DB})")


def extract_paths(paths: Sequence[str], jobs: int = 1) -> Iterator[Any]:
    """ArticleResults (and Skipped records) for files and folders, from the pipeline."""
    from riwaya.pipeline import run_paths
    return run_paths([str(p) for p in paths], jobs=jobs)


def report_skipped(skipped: Sequence[Any]) -> None:
    """Name each skipped input and why, on stderr."""
    for s in skipped:
        path = getattr(s, "path", None) or getattr(s, "name", None) or "?"
        reason = getattr(s, "reason", None) or str(s)
        print(f"skipped {path}: {reason}", file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    conn = store.connect(args.db)
    try:
        summary = store.ingest(conn, extract_paths(args.paths, jobs=args.jobs), inputs=args.paths)
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

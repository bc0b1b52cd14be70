"""Command `riwaya report [INCIDENT] -o sheet.html`: the self-contained HTML fact sheet."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from riwaya import store
from riwaya.show.html import render_html


def write_report(conn, out: Path, incident: str | None = None) -> int:
    """Write the fact sheet of the stored incidents (all or one); return how many."""
    sheet = store.load_sheet(conn, incident)
    ids = [a for inc in sheet["incidents"] for a in inc.get("articles", [])]
    ids += [r["article"] for inc in sheet["incidents"] for s in inc.get("slots", [])
            for o in s.get("origins", []) for r in o.get("reports", [])]
    articles = store.articles_by_id(conn, dict.fromkeys(ids))
    out.write_text(render_html(sheet, articles, incident), encoding="utf-8")
    return len(sheet["incidents"])


def run(args: argparse.Namespace) -> int:
    conn = store.connect(args.db)
    try:
        n = write_report(conn, Path(args.output), args.incident)
    finally:
        conn.close()
    if args.incident and n == 0:
        print(f"no incident {args.incident!r} in {args.db}", file=sys.stderr)
        return 1
    print(f"wrote {args.output} ({n} incident(s))")
    return 0


def register(sub) -> None:
    from riwaya.commands.ingest import add_db
    p = sub.add_parser("report", help="write the HTML fact sheet (one self-contained file)")
    p.add_argument("incident", nargs="?", help="one incident id (default: all)")
    add_db(p)
    p.add_argument("-o", "--output", default="sheet.html", help="output file (default: sheet.html)")
    p.set_defaults(func=run)

"""Command `riwaya show [INCIDENT]`: the stored incidents as tables in the terminal."""
from __future__ import annotations

import argparse
import sys

from rich.console import Console

from riwaya import store
from riwaya.show.terminal import render_sheet


def run(args: argparse.Namespace) -> int:
    conn = store.connect(args.db)
    try:
        sheet = store.load_sheet(conn, args.incident)
    finally:
        conn.close()
    if args.incident and not sheet["incidents"]:
        print(f"no incident {args.incident!r} in {args.db}", file=sys.stderr)
        return 1
    render_sheet(Console(), sheet, args.incident)
    return 0


def register(sub) -> None:
    from riwaya.commands.ingest import add_db
    p = sub.add_parser("show", help="print incidents, origins, conflicts and estimates as tables")
    p.add_argument("incident", nargs="?", help="one incident id (default: all)")
    add_db(p)
    p.set_defaults(func=run)

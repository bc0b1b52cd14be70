"""Command `riwaya export`: claims, origins or incidents as CSV, JSON Lines or a UCDP-like table."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from riwaya import store
from riwaya.show import export as ex


def export(conn, fmt: str, what: str, out) -> int:
    """Write one export to the open text file `out`; return the number of rows."""
    if fmt == "ucdp":
        sheet = store.load_sheet(conn)
        ids = {a for inc in sheet["incidents"] for a in inc.get("articles", [])}
        return ex.write_rows(ex.ucdp_rows(sheet, store.articles_by_id(conn, sorted(ids))), "csv", out,
                             ex.UCDP_COLUMNS)
    if what == "claims":
        claims = store.list_claims(conn)
        return ex.write_rows(claims if fmt == "jsonl" else ex.claim_rows(claims), fmt, out)
    sheet = store.load_sheet(conn)
    if what == "origins":
        return ex.write_rows(ex.origin_rows(sheet), fmt, out)
    if fmt == "jsonl":
        return ex.write_rows(ex.incident_rows(sheet), fmt, out)
    return ex.write_rows(ex.ucdp_rows(sheet), "csv", out, ex.UCDP_COLUMNS)


def run(args: argparse.Namespace) -> int:
    conn = store.connect(args.db)
    try:
        if args.output == "-":
            n = export(conn, args.format, args.what, sys.stdout)
        else:
            with Path(args.output).open("w", encoding="utf-8", newline="") as out:
                n = export(conn, args.format, args.what, out)
    finally:
        conn.close()
    if args.output != "-":
        print(f"wrote {n} row(s) to {args.output}", file=sys.stderr)
    return 0


def register(sub) -> None:
    from riwaya.commands.ingest import add_db
    p = sub.add_parser("export", help="export claims, origins or incidents (csv, jsonl, ucdp)")
    p.add_argument("--format", choices=("csv", "jsonl", "ucdp"), default="csv")
    p.add_argument("--what", choices=("claims", "origins", "incidents"), default="claims",
                   help="what to export (ucdp always exports incidents)")
    add_db(p)
    p.add_argument("-o", "--output", default="-", help="output file (default: standard output)")
    p.set_defaults(func=run)

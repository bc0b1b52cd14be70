"""Command `riwaya demo CORPUS --out DIR`: the whole flow on a folder, every output written."""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from rich.console import Console

from riwaya import store
from riwaya.commands.ingest import extract_paths, report_skipped
from riwaya.commands.export import export
from riwaya.commands.report import write_report
from riwaya.show.terminal import render_sheet


def run(args: argparse.Namespace) -> int:
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    db = out / "riwaya.db"
    conn = store.connect(db)
    try:
        summary = store.ingest(conn, extract_paths([args.corpus], jobs=args.jobs, conn=conn), inputs=[args.corpus])
        report_skipped(summary.skipped)
        print(f"{db}: {summary.line()}")
        sheet = store.load_sheet(conn)
        render_sheet(Console(), sheet)
        write_report(conn, out / "sheet.html")
        with (out / "claims.jsonl").open("w", encoding="utf-8") as f:
            n_claims = export(conn, "jsonl", "claims", f)
        with (out / "incidents.json").open("w", encoding="utf-8") as f:
            json.dump(sheet, f, ensure_ascii=False, indent=1)
        with (out / "ucdp.csv").open("w", encoding="utf-8", newline="") as f:
            export(conn, "ucdp", "incidents", f)
    finally:
        conn.close()
    print(f"\nwrote {out / 'sheet.html'}, {out / 'claims.jsonl'} ({n_claims} claims), "
          f"{out / 'incidents.json'}, {out / 'ucdp.csv'}")
    print(f"open the web app: riwaya serve --db {db}   (then http://127.0.0.1:8000/)")
    return 1 if summary.skipped else 0


def register(sub) -> None:
    p = sub.add_parser("demo", help="run everything on a corpus folder and write every output")
    p.add_argument("corpus", help="a folder of articles, e.g. examples/corpus")
    p.add_argument("--out", default="out", help="output folder (default: out)")
    p.add_argument("--jobs", type=int, default=1)
    p.set_defaults(func=run)

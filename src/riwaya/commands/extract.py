"""`riwaya extract`: files, folders and JSON Lines in, one claim per line out."""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from datetime import date
from pathlib import Path

from riwaya.read import Skipped



# How a file that is not plain UTF-8 was read (riwaya.read tries these before giving up).
_ENCODING_NAMES = {"utf-8-sig": "UTF-8 with a byte-order mark", "cp1256": "Windows-1256 (Arabic)"}

def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("extract", help="extract the quantitative claims of articles (JSON Lines out)",
                       description="Read .txt, .html and .jsonl articles (and folders of them) and write "
                                   "one claim per line in the claim contract.")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or folders")
    p.add_argument("-o", "--output", help="write claims here (default: standard output)")
    p.add_argument("--jobs", "-j", type=int, default=1, help="worker processes (default 1)")
    p.add_argument("--gazetteer", action="append", default=[], metavar="YAML",
                   help="extra gazetteer file (parties, speakers, outlets, places); may repeat")
    p.add_argument("--reference-date", type=date.fromisoformat, metavar="YYYY-MM-DD",
                   help="resolve 'yesterday', 'last Thursday' against this day when an article has no date")
    p.add_argument("--include-other", action="store_true", help="also emit counts of measure 'other'")
    p.add_argument("--articles", metavar="FILE", help="also write each article's outlet and date (JSON Lines)")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress bar or summary")
    p.set_defaults(func=run)


def make_context(args):
    from riwaya.extract import default_context, Context
    ctx = default_context()
    if args.gazetteer or args.include_other:
        from riwaya.gazetteer.gazetteer import Gazetteer
        gaz = Gazetteer.load(extra=[Path(g) for g in args.gazetteer]) if args.gazetteer else ctx.gazetteer
        ctx = Context(ctx.lexicon, ctx.numbers, gaz, include_other=args.include_other)
    return ctx


def run(args) -> int:
    from rich.console import Console
    from rich.table import Table

    from riwaya.pipeline import run_paths
    from riwaya.yamlio import DataError

    err = Console(stderr=True)
    try:
        ctx = make_context(args)
    except DataError as e:
        err.print(f"[red]error:[/red] {e}")
        return 2
    if args.jobs > 1 and (args.gazetteer or args.include_other):
        err.print("[yellow]note:[/yellow] --gazetteer/--include-other run on one process")
        args.jobs = 1
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    arts = open(args.articles, "w", encoding="utf-8") if args.articles else None
    n_articles, skipped, by_measure, decoded = 0, [], Counter(), Counter()
    show = err.is_terminal and not args.quiet
    progress = None
    if show:
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
        progress = Progress(SpinnerColumn(), TextColumn("{task.description}"), TextColumn("{task.completed} articles"),
                            TimeElapsedColumn(), console=err, transient=True)
        progress.start()
        task = progress.add_task("extracting", total=None)
    try:
        # (the article records of --articles carry their places; claims alone need neither
        # places nor the shingles that only reconciliation uses)
        for item in run_paths(args.paths, jobs=args.jobs, ctx=ctx if args.jobs <= 1 else None,
                              reference_date=args.reference_date, claims_only=arts is None):
            if isinstance(item, Skipped):
                skipped.append(item)
                err.print(f"[yellow]skipped[/yellow] {item}", highlight=False, soft_wrap=True)
                continue
            n_articles += 1
            encoding = item.article.encoding
            if encoding != "utf-8":
                decoded[encoding] += 1
                if not args.quiet:  # the file was not plain UTF-8: say how it was read
                    err.print(f"[cyan]note[/cyan] {item.article.path or item.article.id}: read as "
                              f"{_ENCODING_NAMES.get(encoding, encoding)}", highlight=False, soft_wrap=True)
            for c in item.claims:
                by_measure[c.measure] += 1
                out.write(json.dumps(c.to_dict(), ensure_ascii=False) + "\n")
            if arts is not None:
                arts.write(json.dumps(item.info.to_dict(), ensure_ascii=False) + "\n")
            if progress:
                progress.update(task, advance=1)
    finally:
        if progress:
            progress.stop()
        if args.output:
            out.close()
        else:
            out.flush()
        if arts is not None:
            arts.close()
    if show:
        table = Table(title="riwaya extract", show_header=True)
        table.add_column("what")
        table.add_column("count", justify="right")
        table.add_row("articles read", str(n_articles))
        for encoding, n in decoded.most_common():
            table.add_row(f"  read as {_ENCODING_NAMES.get(encoding, encoding)}", str(n))
        table.add_row("skipped", str(len(skipped)))
        for reason, n in Counter(s.reason.split(":")[0] for s in skipped).most_common():
            table.add_row(f"  {reason}", str(n))
        table.add_row("claims", str(sum(by_measure.values())))
        for m, n in by_measure.most_common():
            table.add_row(f"  {m}", str(n))
        err.print(table)
    return 1 if skipped else 0

"""Command `riwaya reconcile PATH...`: articles (or claims already extracted) in, the incident sheet JSON out."""
from __future__ import annotations

import argparse
import datetime as dt
import importlib
import inspect
import json
import sys
from pathlib import Path

from riwaya.model import ArticleResult


def _extract(paths: list[str], jobs: int, reference_date: str | None, errors) -> list[ArticleResult]:
    """Per-article results of the article files through the extraction pipeline."""
    pipeline = importlib.import_module("riwaya.pipeline")
    Skipped = importlib.import_module("riwaya.read").Skipped
    kwargs = {"jobs": jobs}
    if reference_date and "reference_date" in inspect.signature(pipeline.run_paths).parameters:
        kwargs["reference_date"] = reference_date
    results = []
    for item in pipeline.run_paths(paths, **kwargs):
        if isinstance(item, Skipped):
            errors.append(str(item))
        else:
            results.append(item)
    return results


def _texts(paths: list[str], errors) -> dict[str, str]:
    """Article texts by id (the file stem), only for near-duplicate detection in --claims mode."""
    texts = {}
    for p in map(Path, paths):
        files = sorted(f for f in p.rglob("*") if f.is_file()) if p.is_dir() else [p]
        for f in files:
            try:
                texts[f.stem] = f.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as e:
                errors.append(f"{f}: skipped: {e}")
    return texts


def _from_claims(args, errors) -> list[ArticleResult]:
    from riwaya.reconcile.inputs import info_from_reference, read_claims, results_from_claims
    claims = read_claims(Path(args.claims))
    infos = {}
    if args.articles:
        ref = json.loads(Path(args.articles).read_text(encoding="utf-8"))
        infos = {k: info_from_reference(k, v) for k, v in ref.items() if not k.startswith("_")}
    return results_from_claims(claims, infos, _texts(args.paths, errors))


def summary(sheet: dict, console) -> None:
    """A readable account of the sheet: per incident, each slot's origins and estimate."""
    from rich.table import Table
    for inc in sheet["incidents"]:
        table = Table(title=f"{inc['id']}: {len(inc['articles'])} articles, from {inc['start']}, {inc['place']}",
                      title_justify="left")
        for col in ("measure", "subject", "origins/reports", "estimate (low/best/high)", "conflicts", "revised"):
            table.add_column(col)
        for s in inc["slots"]:
            e = s["estimate"]
            revised = ", ".join(s["origins"][r["origin"]]["party"] for r in s["revisions"])
            table.add_row(s["measure"], str(s["subject"] or "-"), f"{s['n_origins']}/{s['n_reports']}",
                          "-" if e["low"] is None else f"{e['low']} / {e['best']} / {e['high']}",
                          str(len(s["conflicts"]) or ""), revised)
        console.print(table)


def run(args: argparse.Namespace) -> int:
    from rich.console import Console
    from riwaya.reconcile import reconcile
    errors: list[str] = []
    if args.reference_date:
        try:
            dt.date.fromisoformat(args.reference_date)
        except ValueError:
            print(f"--reference-date {args.reference_date!r}: not a YYYY-MM-DD day", file=sys.stderr)
            return 2
    try:
        if args.claims:
            results = _from_claims(args, errors)
        elif not args.paths:
            print("give article files or directories, or --claims FILE", file=sys.stderr)
            return 2
        else:
            try:
                results = _extract(args.paths, args.jobs, args.reference_date, errors)
            except ModuleNotFoundError as e:
                if e.name not in ("riwaya.pipeline", "riwaya.read"):
                    raise
                print("extraction is not available in this build; pass claims with --claims FILE",
                      file=sys.stderr)
                return 2
    except (OSError, ValueError) as e:
        print(str(e), file=sys.stderr)
        return 2
    for err in errors:
        print(err, file=sys.stderr)
    sheet = reconcile(results, window_days=args.window_days)
    text = json.dumps(sheet, ensure_ascii=False, indent=1)
    if args.output and args.output != "-":
        Path(args.output).write_text(text + "\n", encoding="utf-8")
    else:
        sys.stdout.write(text + "\n")
    err_console = Console(stderr=True)
    if err_console.is_terminal and not args.quiet:
        summary(sheet, err_console)
    return 1 if errors else 0


def register(sub) -> None:
    p = sub.add_parser(
        "reconcile", help="group articles into incidents and reconcile their claims into an incident sheet",
        description="Group the articles into incidents, gather each incident's claims into slots "
                    "(measure, subject), count independent origins, mark echoes, conflicts and "
                    "revisions, and give a low/best/high estimate with its basis. Writes the "
                    "incident sheet (JSON) to stdout or -o; on a terminal a summary goes to stderr. "
                    "Exits 1 when any input was skipped.")
    p.add_argument("paths", nargs="*", metavar="PATH", help="article files or directories")
    p.add_argument("-o", "--output", help="write the sheet here (default: stdout)")
    p.add_argument("--claims", help="claims already extracted (JSON Lines, the claim contract); "
                                    "PATHs, if any, then only supply texts for near-duplicate detection")
    p.add_argument("--articles", help="with --claims: outlet and publication day per article "
                                      "(JSON in the form of gold/*.articles.json)")
    p.add_argument("--reference-date", metavar="YYYY-MM-DD", help="the day relative dates count from, "
                                                                  "for articles with no date of their own")
    p.add_argument("--jobs", type=int, default=1, help="extraction worker processes (default 1)")
    p.add_argument("--window-days", type=int, default=10,
                   help="the most days between the first and last event day of one incident (default 10)")
    p.add_argument("-q", "--quiet", action="store_true", help="no terminal summary")
    p.set_defaults(func=run)

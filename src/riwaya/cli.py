"""The `riwaya` command: a thin layer over the library; each subcommand lives in riwaya/commands/."""
from __future__ import annotations

import argparse
import importlib
import sys

# Subcommands in the order `riwaya --help` lists them; each module has
# `register(subparsers)` which adds its parser and sets `func(args) -> int`.
COMMANDS = ("extract", "reconcile", "ingest", "show", "report", "serve", "export", "demo")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="riwaya",
        description="Who said which number: quantitative claims in Arabic news reports, "
                    "who makes them, through whom, when, and how the outlets' accounts agree, "
                    "echo, clash or were revised.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        try:
            module = importlib.import_module(f"riwaya.commands.{name}")
        except ModuleNotFoundError as e:
            if e.name != f"riwaya.commands.{name}":
                raise
            continue  # not built yet
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())

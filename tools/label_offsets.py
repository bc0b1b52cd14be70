#!/usr/bin/env python3
"""Labelling helper: find evidence strings in articles exactly as read, for the gold files.

Offsets are Python `str` indices into the file decoded from UTF-8 and never
normalized, which is what shared/tools/score_claims.py checks.

    label_offsets.py CORPUS_DIR ARTICLE_ID "evidence text" [NTH]
        print start, end and every occurrence of the text in the article

    label_offsets.py --fill GOLD.jsonl CORPUS_DIR [--check]
        (re)compute evidence.start/end of every row from evidence.text; a row may
        carry evidence.nth (which occurrence, 0 = first) or keep its old start as
        the hint; rows without "id" get "<article prefix>-<NN>". Rewrites the file
        unless --check, and fails on text that is not in the article.

Standard library only.
"""
from __future__ import annotations

import argparse
import json
import pathlib
import sys


def read_article(corpus: pathlib.Path, article: str) -> str:
    """The article text exactly as the scorer reads it."""
    return (corpus / f"{article}.txt").read_text(encoding="utf-8")


def occurrences(text: str, needle: str) -> list[int]:
    """Start offsets of every (possibly overlapping) occurrence of needle."""
    found, i = [], text.find(needle)
    while i >= 0:
        found.append(i)
        i = text.find(needle, i + 1)
    return found


def locate(text: str, needle: str, nth: int | None = None, hint: int | None = None) -> tuple[int, int]:
    """(start, end) of the chosen occurrence: the nth, else the one nearest the hint,
    else the first. Raises LookupError when the needle is absent or nth too large."""
    starts = occurrences(text, needle)
    if not starts:
        raise LookupError(f"not found: {needle!r}")
    if nth is not None:
        if nth >= len(starts):
            raise LookupError(f"only {len(starts)} occurrence(s) of {needle!r}, asked for #{nth}")
        start = starts[nth]
    elif hint is not None:
        start = min(starts, key=lambda s: abs(s - hint))
    else:
        start = starts[0]
    return start, start + len(needle)


def fill(gold_path: pathlib.Path, corpus: pathlib.Path, check: bool = False) -> int:
    """Recompute offsets of every row of a gold file; returns the number of errors."""
    rows = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts: dict[str, str] = {}
    errors, counters = 0, {}
    for n, row in enumerate(rows, 1):
        art = row["article"]
        if art not in texts:
            texts[art] = read_article(corpus, art)
        ev = row["evidence"]
        nth = ev.pop("nth", None)
        try:
            start, end = locate(texts[art], ev["text"], nth, ev.get("start"))
        except LookupError as e:
            print(f"{gold_path}:{n}: {art}: {e}", file=sys.stderr)
            errors += 1
            continue
        row["evidence"] = {"start": start, "end": end, "text": ev["text"]}
    for row in rows:  # ids after offsets so they follow the order of the file
        prefix = row["article"].split("_")[0]
        counters[prefix] = counters.get(prefix, -1) + 1
        row.setdefault("id", f"{prefix}-{counters[prefix]:02d}")
    if not check and not errors:
        out = []
        for row in rows:
            ordered = {"id": row["id"]}
            ordered.update({k: v for k, v in row.items() if k != "id"})
            ordered.setdefault("optional", False)
            out.append(json.dumps(ordered, ensure_ascii=False))
        gold_path.write_text("\n".join(out) + "\n", encoding="utf-8")
    return errors


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--fill", metavar="GOLD", help="recompute offsets of a gold JSON Lines file")
    ap.add_argument("--check", action="store_true", help="with --fill: report, do not rewrite")
    ap.add_argument("args", nargs="*", help="CORPUS_DIR [ARTICLE_ID TEXT [NTH]]")
    a = ap.parse_args(argv)
    if a.fill:
        if len(a.args) != 1:
            ap.error("--fill GOLD CORPUS_DIR")
        errors = fill(pathlib.Path(a.fill), pathlib.Path(a.args[0]), a.check)
        return 1 if errors else 0
    if len(a.args) not in (3, 4):
        ap.error("CORPUS_DIR ARTICLE_ID TEXT [NTH]")
    text = read_article(pathlib.Path(a.args[0]), a.args[1])
    nth = int(a.args[3]) if len(a.args) == 4 else None
    try:
        start, end = locate(text, a.args[2], nth)
    except LookupError as e:
        print(e, file=sys.stderr)
        return 1
    print(json.dumps({"start": start, "end": end, "text": text[start:end],
                      "occurrences": occurrences(text, a.args[2])}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())

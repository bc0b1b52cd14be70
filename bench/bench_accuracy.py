"""Extraction accuracy on every hand-labelled set, scored by the reference scorer.

    python bench/bench_accuracy.py [--sets dev dev2 dev3 dev4 dev5 dev6 dev7 dev8 dev9 dev10 dev11 dev12 dev13 dev14 dev15 dev16 dev17 dev18 dev19 dev20 dev21 dev22 dev23 dev24 dev25 dev26 dev27 dev28 dev29 dev30 dev31 dev32 dev33 dev34 dev35 dev36 dev37 dev38 dev39 dev40 dev41 dev42 dev43 dev44 dev45 dev46 dev47 dev48 dev49 dev50 dev51 dev52 dev53 dev54 dev55 dev56 dev57 dev58 dev59 dev60 dev61 dev62 dev63 dev64 dev65 dev66 dev67 dev68 dev69 dev70 dev71 dev72 dev73 dev74 dev75 dev76 dev77 dev78 dev79 dev80 dev81 dev82 dev83 dev84 dev85 dev86 corpus heldout seeds]

Each set is extracted with the current code and scored with ../shared/tools/score_claims.py
(strict = measure and value, full = also subject and source party). The seed set and the
scorer live in ../shared; without it this says so and stops.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SETS = {  # name: (corpus folder, gold file)
    "dev": (ROOT / "examples/dev", ROOT / "examples/dev/gold.claims.jsonl"),
    "dev2": (ROOT / "examples/dev2", ROOT / "examples/dev2/gold.claims.jsonl"),
    "dev3": (ROOT / "examples/dev3", ROOT / "examples/dev3/gold.claims.jsonl"),
    "dev4": (ROOT / "examples/dev4", ROOT / "examples/dev4/gold.claims.jsonl"),
    "dev5": (ROOT / "examples/dev5", ROOT / "examples/dev5/gold.claims.jsonl"),
    "dev6": (ROOT / "examples/dev6", ROOT / "examples/dev6/gold.claims.jsonl"),
    "dev7": (ROOT / "examples/dev7", ROOT / "examples/dev7/gold.claims.jsonl"),
    "dev8": (ROOT / "examples/dev8", ROOT / "examples/dev8/gold.claims.jsonl"),
    "dev9": (ROOT / "examples/dev9", ROOT / "examples/dev9/gold.claims.jsonl"),
    "dev10": (ROOT / "examples/dev10", ROOT / "examples/dev10/gold.claims.jsonl"),
    "dev11": (ROOT / "examples/dev11", ROOT / "examples/dev11/gold.claims.jsonl"),
    "dev12": (ROOT / "examples/dev12", ROOT / "examples/dev12/gold.claims.jsonl"),
    "dev13": (ROOT / "examples/dev13", ROOT / "examples/dev13/gold.claims.jsonl"),
    "dev14": (ROOT / "examples/dev14", ROOT / "examples/dev14/gold.claims.jsonl"),
    "dev15": (ROOT / "examples/dev15", ROOT / "examples/dev15/gold.claims.jsonl"),
    "dev16": (ROOT / "examples/dev16", ROOT / "examples/dev16/gold.claims.jsonl"),
    "dev17": (ROOT / "examples/dev17", ROOT / "examples/dev17/gold.claims.jsonl"),
    "dev18": (ROOT / "examples/dev18", ROOT / "examples/dev18/gold.claims.jsonl"),
    "dev19": (ROOT / "examples/dev19", ROOT / "examples/dev19/gold.claims.jsonl"),
    "dev20": (ROOT / "examples/dev20", ROOT / "examples/dev20/gold.claims.jsonl"),
    "dev21": (ROOT / "examples/dev21", ROOT / "examples/dev21/gold.claims.jsonl"),
    "dev22": (ROOT / "examples/dev22", ROOT / "examples/dev22/gold.claims.jsonl"),
    "dev23": (ROOT / "examples/dev23", ROOT / "examples/dev23/gold.claims.jsonl"),
    "dev24": (ROOT / "examples/dev24", ROOT / "examples/dev24/gold.claims.jsonl"),
    "dev25": (ROOT / "examples/dev25", ROOT / "examples/dev25/gold.claims.jsonl"),
    "dev26": (ROOT / "examples/dev26", ROOT / "examples/dev26/gold.claims.jsonl"),
    "dev27": (ROOT / "examples/dev27", ROOT / "examples/dev27/gold.claims.jsonl"),
    "dev28": (ROOT / "examples/dev28", ROOT / "examples/dev28/gold.claims.jsonl"),
    "dev29": (ROOT / "examples/dev29", ROOT / "examples/dev29/gold.claims.jsonl"),
    "dev30": (ROOT / "examples/dev30", ROOT / "examples/dev30/gold.claims.jsonl"),
    "dev31": (ROOT / "examples/dev31", ROOT / "examples/dev31/gold.claims.jsonl"),
    "dev32": (ROOT / "examples/dev32", ROOT / "examples/dev32/gold.claims.jsonl"),
    "dev33": (ROOT / "examples/dev33", ROOT / "examples/dev33/gold.claims.jsonl"),
    "dev34": (ROOT / "examples/dev34", ROOT / "examples/dev34/gold.claims.jsonl"),
    "dev35": (ROOT / "examples/dev35", ROOT / "examples/dev35/gold.claims.jsonl"),
    "dev36": (ROOT / "examples/dev36", ROOT / "examples/dev36/gold.claims.jsonl"),
    "dev37": (ROOT / "examples/dev37", ROOT / "examples/dev37/gold.claims.jsonl"),
    "dev38": (ROOT / "examples/dev38", ROOT / "examples/dev38/gold.claims.jsonl"),
    "dev39": (ROOT / "examples/dev39", ROOT / "examples/dev39/gold.claims.jsonl"),
    "dev40": (ROOT / "examples/dev40", ROOT / "examples/dev40/gold.claims.jsonl"),
    "dev41": (ROOT / "examples/dev41", ROOT / "examples/dev41/gold.claims.jsonl"),
    "dev42": (ROOT / "examples/dev42", ROOT / "examples/dev42/gold.claims.jsonl"),
    "dev43": (ROOT / "examples/dev43", ROOT / "examples/dev43/gold.claims.jsonl"),
    "dev44": (ROOT / "examples/dev44", ROOT / "examples/dev44/gold.claims.jsonl"),
    "dev45": (ROOT / "examples/dev45", ROOT / "examples/dev45/gold.claims.jsonl"),
    "dev46": (ROOT / "examples/dev46", ROOT / "examples/dev46/gold.claims.jsonl"),
    "dev47": (ROOT / "examples/dev47", ROOT / "examples/dev47/gold.claims.jsonl"),
    "dev48": (ROOT / "examples/dev48", ROOT / "examples/dev48/gold.claims.jsonl"),
    "dev49": (ROOT / "examples/dev49", ROOT / "examples/dev49/gold.claims.jsonl"),
    "dev50": (ROOT / "examples/dev50", ROOT / "examples/dev50/gold.claims.jsonl"),
    "dev51": (ROOT / "examples/dev51", ROOT / "examples/dev51/gold.claims.jsonl"),
    "dev52": (ROOT / "examples/dev52", ROOT / "examples/dev52/gold.claims.jsonl"),
    "dev53": (ROOT / "examples/dev53", ROOT / "examples/dev53/gold.claims.jsonl"),
    "dev54": (ROOT / "examples/dev54", ROOT / "examples/dev54/gold.claims.jsonl"),
    "dev55": (ROOT / "examples/dev55", ROOT / "examples/dev55/gold.claims.jsonl"),
    "dev56": (ROOT / "examples/dev56", ROOT / "examples/dev56/gold.claims.jsonl"),
    "dev57": (ROOT / "examples/dev57", ROOT / "examples/dev57/gold.claims.jsonl"),
    "dev58": (ROOT / "examples/dev58", ROOT / "examples/dev58/gold.claims.jsonl"),
    "dev59": (ROOT / "examples/dev59", ROOT / "examples/dev59/gold.claims.jsonl"),
    "dev60": (ROOT / "examples/dev60", ROOT / "examples/dev60/gold.claims.jsonl"),
    "dev61": (ROOT / "examples/dev61", ROOT / "examples/dev61/gold.claims.jsonl"),
    "dev62": (ROOT / "examples/dev62", ROOT / "examples/dev62/gold.claims.jsonl"),
    "dev63": (ROOT / "examples/dev63", ROOT / "examples/dev63/gold.claims.jsonl"),
    "dev64": (ROOT / "examples/dev64", ROOT / "examples/dev64/gold.claims.jsonl"),
    "dev65": (ROOT / "examples/dev65", ROOT / "examples/dev65/gold.claims.jsonl"),
    "dev66": (ROOT / "examples/dev66", ROOT / "examples/dev66/gold.claims.jsonl"),
    "dev67": (ROOT / "examples/dev67", ROOT / "examples/dev67/gold.claims.jsonl"),
    "dev68": (ROOT / "examples/dev68", ROOT / "examples/dev68/gold.claims.jsonl"),
    "dev69": (ROOT / "examples/dev69", ROOT / "examples/dev69/gold.claims.jsonl"),
    "dev70": (ROOT / "examples/dev70", ROOT / "examples/dev70/gold.claims.jsonl"),
    "dev71": (ROOT / "examples/dev71", ROOT / "examples/dev71/gold.claims.jsonl"),
    "dev72": (ROOT / "examples/dev72", ROOT / "examples/dev72/gold.claims.jsonl"),
    "dev73": (ROOT / "examples/dev73", ROOT / "examples/dev73/gold.claims.jsonl"),
    "dev74": (ROOT / "examples/dev74", ROOT / "examples/dev74/gold.claims.jsonl"),
    "dev75": (ROOT / "examples/dev75", ROOT / "examples/dev75/gold.claims.jsonl"),
    "dev76": (ROOT / "examples/dev76", ROOT / "examples/dev76/gold.claims.jsonl"),
    "dev77": (ROOT / "examples/dev77", ROOT / "examples/dev77/gold.claims.jsonl"),
    "dev78": (ROOT / "examples/dev78", ROOT / "examples/dev78/gold.claims.jsonl"),
    "dev79": (ROOT / "examples/dev79", ROOT / "examples/dev79/gold.claims.jsonl"),
    "dev80": (ROOT / "examples/dev80", ROOT / "examples/dev80/gold.claims.jsonl"),
    "dev81": (ROOT / "examples/dev81", ROOT / "examples/dev81/gold.claims.jsonl"),
    "dev82": (ROOT / "examples/dev82", ROOT / "examples/dev82/gold.claims.jsonl"),
    "dev83": (ROOT / "examples/dev83", ROOT / "examples/dev83/gold.claims.jsonl"),
    "dev84": (ROOT / "examples/dev84", ROOT / "examples/dev84/gold.claims.jsonl"),
    "dev85": (ROOT / "examples/dev85", ROOT / "examples/dev85/gold.claims.jsonl"),
    "dev86": (ROOT / "examples/dev86", ROOT / "examples/dev86/gold.claims.jsonl"),
    "corpus": (ROOT / "examples/corpus", ROOT / "examples/gold/claims.jsonl"),
    "heldout": (ROOT / "examples/heldout", ROOT / "examples/heldout/gold.claims.jsonl"),
    "seeds": (SHARED / "corpus/seeds", SHARED / "gold/seeds.claims.jsonl"),
}


def score(name: str, corpus: Path, gold: Path, tmp: Path) -> dict:
    from riwaya.pipeline import run_paths
    pred = tmp / f"{name}.jsonl"
    with pred.open("w", encoding="utf-8") as f:
        for r in run_paths(sorted(corpus.glob("*.txt"))):
            for c in getattr(r, "claims", ()):
                f.write(json.dumps(c.to_dict(), ensure_ascii=False) + "\n")
    out = subprocess.run([sys.executable, str(SHARED / "tools/score_claims.py"), "--gold", str(gold),
                          "--corpus", str(corpus), "--pred", str(pred)], capture_output=True, text=True, check=True)
    lines = out.stdout.strip().splitlines()
    counts = json.loads(next(x for x in lines if x.startswith("{")))
    # last line: "strict P=.. R=.. F1=..   full P=.. R=.. F1=.."
    strict_p, strict_r, strict_f, full_p, full_r, full_f = (float(v) for v in re.findall(r"=([\d.]+)", lines[-1]))
    return {"set": name, "strict_f1": strict_f, "full_f1": full_f, "strict_p": strict_p, "strict_r": strict_r,
            "full_p": full_p, "full_r": full_r, **counts["counts"], **counts["attribute_accuracy"]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", nargs="+", default=list(SETS), choices=list(SETS))
    a = ap.parse_args()
    if not (SHARED / "tools/score_claims.py").exists():
        sys.exit(f"{SHARED}/tools/score_claims.py is absent: the reference scorer is needed")
    rows = []
    with tempfile.TemporaryDirectory() as d:
        for name in a.sets:
            corpus, gold = SETS[name]
            if not gold.exists():
                print(f"{name}: {gold} is absent, skipped")
                continue
            rows.append(score(name, corpus, gold, Path(d)))
    print(f"{'set':8s} {'strict F1':>9s} {'full F1':>8s} {'full P':>7s} {'full R':>7s} {'subject':>8s} "
          f"{'source':>7s} {'gold req':>8s} {'pred':>5s} {'bad off':>7s}")
    for r in rows:
        print(f"{r['set']:8s} {r['strict_f1']:9.3f} {r['full_f1']:8.3f} {r['full_p']:7.3f} {r['full_r']:7.3f} "
              f"{r['subject']:8.3f} {r['source']:7.3f} {r['gold_required']:8d} {r['predicted']:5d} "
              f"{r['invalid_evidence']:7d}")


if __name__ == "__main__":
    main()

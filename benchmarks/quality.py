"""Extraction quality on hand-annotated article sets: P/R/F1 per predicate, status accuracy.

Runs the real pipeline (extract → Oxigraph store on disk → JSONL export) over a
gold folder (``articles/*.txt``, ``meta.jsonl``, ``gold.json``,
``entities.json``) and scores the export like ``shared/spec/score_facts.py``.

    python benchmarks/quality.py                      # tests/data/devset
    python benchmarks/quality.py tests/data/heldout   # any gold folder
    python benchmarks/quality.py --misses             # also list misses and false positives
    python benchmarks/quality.py --all --summary      # one line per gold folder under tests/data
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from scoring import load_gold, score  # noqa: E402

from peyvand.records import PREDICATES, Article  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def articles(gold_dir: Path) -> list[Article]:
    meta = {}
    mp = gold_dir / "meta.jsonl"
    if mp.exists():
        for line in mp.read_text(encoding="utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                meta[d["id"]] = d
    out = []
    for path in sorted((gold_dir / "articles").glob("*.txt")):
        m = meta.get(path.stem, {})
        date = m.get("date")
        published = dt.date.fromisoformat(date[:10]) if date and date[:4].isdigit() else None
        out.append(Article(path.stem, path.read_text(encoding="utf-8"), published=published, outlet=m.get("outlet"),
                           origin=str(path)))
    return out


def export_facts(arts: list[Article]) -> tuple[list[dict], float]:
    """Ingest into a temporary on-disk store and read the JSONL export back."""
    from peyvand.graph.export import write_export
    from peyvand.graph.store import open_store
    from peyvand.pipeline import ingest

    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        ingest(arts, Path(tmp) / "store")
        elapsed = time.perf_counter() - t0
        buf = io.BytesIO()
        with open_store(Path(tmp) / "store") as store:
            write_export(store, "jsonl", buf)
    lines = [json.loads(line) for line in buf.getvalue().decode("utf-8").splitlines() if line.strip()]
    return lines, elapsed


def report(gold_dir: Path, show_misses: bool = False) -> dict:
    arts = articles(gold_dir)
    facts, elapsed = export_facts(arts)
    entities, gold = load_gold(gold_dir)
    overall = score(facts, entities, gold)
    print(f"{gold_dir}: {len(arts)} articles, {len(facts)} facts exported, {elapsed:.1f} s")
    print(f"{'predicate':22}{'gold':>6}{'found':>6}{'tp':>5}{'fp':>5}   P      R      F1    status")
    for p in PREDICATES:
        s = score(facts, entities, gold, p)
        if s.groups or s.tp or s.fp:
            print(f"{p:22}{s.groups:6}{s.found:6}{s.tp:5}{s.fp:5}  {s.precision:.3f}  {s.recall:.3f}  {s.f1:.3f}  "
                  f"{s.status_ok}/{s.status_n}")
    print(f"{'ALL':22}{overall.groups:6}{overall.found:6}{overall.tp:5}{overall.fp:5}  {overall.precision:.3f}  "
          f"{overall.recall:.3f}  {overall.f1:.3f}  {overall.status_ok}/{overall.status_n}")
    print(f"status accuracy {overall.status_accuracy:.3f}, forbidden violations {overall.violations}, "
          f"negations caught {overall.negations_caught}")
    if show_misses:
        for f in overall.false_positives:
            print("  FP", f["subject"]["label"], f["predicate"], f["object"]["label"], f["status"])
        for g in overall.misses:
            print("  MISS", g["article"], g["s"], g["p"], g["o"], g["status"])
    return {"P": overall.precision, "R": overall.recall, "F1": overall.f1, "status": overall.status_accuracy,
            "violations": overall.violations}


def summary(gold_dir: Path) -> str:
    """One line: P, R, F1, status and forbidden facts of a gold folder."""
    facts, _ = export_facts(articles(gold_dir))
    entities, gold = load_gold(gold_dir)
    s = score(facts, entities, gold)
    return (f"{gold_dir.name:10} P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}  tp {s.tp:4}  fp {s.fp:3}  "
            f"gold {s.groups:4}  status {s.status_ok}/{s.status_n}  forbidden {s.violations}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold_dirs", nargs="*", default=[str(ROOT / "tests" / "data" / "devset")])
    ap.add_argument("--misses", action="store_true", help="list false positives and missed gold facts")
    ap.add_argument("--summary", action="store_true", help="one line per folder (aggregate only)")
    ap.add_argument("--all", action="store_true", help="every gold folder under tests/data")
    a = ap.parse_args()
    dirs = sorted(str(p.parent) for p in (ROOT / "tests" / "data").glob("*/gold.json")
                  if (p.parent / "articles").is_dir()) if a.all else a.gold_dirs
    for gd in dirs:
        if a.summary:
            print(summary(Path(gd)), flush=True)
            continue
        report(Path(gd), a.misses)
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())

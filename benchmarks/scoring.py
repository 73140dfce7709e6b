"""Scoring an export against hand-made gold, the way ``shared/spec/score_facts.py`` does.

The customer's scorer prints one line; the quality benchmark and the floor test
need the numbers, per predicate too. This module follows the same rules
(entity matching on normalised aliases, symmetric predicates, optional facts
neutral, forbidden facts, KG-level deduplicated recall) and
``tests/ingest/test_quality.py`` checks it agrees with the spec's script.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

SYMMETRIC = {"meetsWith", "cooperatesWith", "alliedWith", "signsAgreementWith"}
POSITIVE = {"occurred", "planned"}


def norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", str(s))
    s = s.replace("ي", "ی").replace("ى", "ی").replace("ك", "ک").replace("ة", "ه").replace("ۀ", "ه")
    s = s.replace("أ", "ا").replace("إ", "ا").replace("ٱ", "ا").replace("ؤ", "و")
    s = re.sub(r"[\u064B-\u0655\u0670\u0640]", "", s)
    s = re.sub(r"[\u200c\u200d\u200e\u200f\s\-‐_«»\"'()]", "", s)
    return s.lower()


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    groups: int = 0
    found: int = 0
    status_ok: int = 0
    status_n: int = 0
    violations: int = 0
    negations_caught: int = 0
    false_positives: list[dict] = field(default_factory=list)
    misses: list[dict] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.groups if self.groups else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def status_accuracy(self) -> float:
        return self.status_ok / self.status_n if self.status_n else 1.0


def load_gold(gold_dir: str | Path) -> tuple[dict, list[dict]]:
    gd = Path(gold_dir)
    return (json.loads((gd / "entities.json").read_text(encoding="utf-8")),
            json.loads((gd / "gold.json").read_text(encoding="utf-8")))


def score(preds: Iterable[dict], entities: dict, gold: list[dict], predicate: str | None = None) -> Score:
    """Score export lines against gold facts (optionally one predicate only)."""
    if predicate is not None:
        gold = [g for g in gold if g["p"] == predicate]
        preds = [f for f in preds if f.get("predicate") == predicate]
    alias_idx: dict[str, set[str]] = {}
    for k, e in entities.items():
        for al in e["aliases"] + [e["en"]]:
            alias_idx.setdefault(norm(al), set()).add(k)

    def keys(ent: dict) -> set[str]:
        names = [ent.get("label", "")] + list(ent.get("aliases", []) or []) + list(ent.get("mentions", []) or [])
        out: set[str] = set()
        for n in names:
            out |= alias_idx.get(norm(n), set())
        return out

    def matches(ps: set[str], po: set[str], p: str, g: dict) -> bool:
        if p != g["p"]:
            return False
        gs, go = set(g["s"]), set(g["o"])
        if ps & gs and po & go:
            return True
        return p in SYMMETRIC and bool(ps & go and po & gs)

    groups: dict[tuple, list[dict]] = {}
    for g in gold:
        if g["required"] and g["status"] != "forbidden":
            k: tuple = (frozenset(g["s"]), g["p"], frozenset(g["o"]))
            if g["p"] in SYMMETRIC:
                k = (frozenset([frozenset(g["s"]), frozenset(g["o"])]), g["p"])
            groups.setdefault(k, []).append(g)
    sc = Score(groups=len(groups))
    hit: set[tuple] = set()
    for f in preds:
        ks, ko = keys(f.get("subject", {})), keys(f.get("object", {}))
        p, st = f.get("predicate"), f.get("status", "occurred")
        forbidden = any(g["status"] == "forbidden" and matches(ks, ko, p, g) for g in gold)
        if st not in POSITIVE:
            sc.negations_caught += forbidden
            continue
        if forbidden:
            sc.violations += 1
            sc.fp += 1
            sc.false_positives.append(f)
            continue
        gk = [k for k, gs in groups.items() if any(matches(ks, ko, p, g) for g in gs)]
        if gk:
            sc.tp += 1
            for k in gk:
                hit.add(k)
                sc.status_n += 1
                sc.status_ok += any(g["status"] == st for g in groups[k])
            continue
        if any(not g["required"] and g["status"] != "forbidden" and matches(ks, ko, p, g) for g in gold):
            continue
        sc.fp += 1
        sc.false_positives.append(f)
    sc.found = len(hit)
    sc.misses = [gs[0] for k, gs in groups.items() if k not in hit]
    return sc

"""Our hand-annotated gold folders stay consistent: a broken gold file would make every
quality figure and floor test measure the wrong thing."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
_spec = importlib.util.spec_from_file_location("check_gold", DATA / "check_gold.py")
check_gold = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(check_gold)  # type: ignore[union-attr]


@pytest.mark.parametrize("name", ["devset", "devset2", "devset3", "heldout", "heldout2", "heldout3"])
def test_gold_folder_is_consistent(name: str) -> None:
    errors, _warnings, summary = check_gold.check(DATA / name)
    assert errors == [], f"{name}: {summary}\n" + "\n".join(errors)


def test_checker_finds_a_broken_folder(tmp_path: Path) -> None:
    """The checker is not vacuous: an unknown entity, a bad predicate and a required fact whose
    object is never mentioned are all reported."""
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "x-01-a.txt").write_text("وزیر دفاع ژاپن به توکیو رفت.", encoding="utf-8")
    (tmp_path / "meta.jsonl").write_text(json.dumps(
        {"id": "x-01-a", "date": "2024-01-01", "outlet": "ایرنا", "kind": "visit", "notes": ""}) + "\n", encoding="utf-8")
    (tmp_path / "entities.json").write_text(json.dumps({
        "japan": {"type": "Country", "en": "Japan", "aliases": ["ژاپن"]},
        "korea": {"type": "Country", "en": "Korea", "aliases": ["کره"]}}, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "gold.json").write_text(json.dumps([
        {"article": "x-01-a", "s": ["japan"], "p": "visits", "o": ["korea"], "status": "occurred", "required": True, "q": {}},
        {"article": "x-01-a", "s": ["japan"], "p": "invades", "o": ["nobody"], "status": "occurred", "required": False, "q": {}},
    ]), encoding="utf-8")
    errors, _warnings, _summary = check_gold.check(tmp_path)
    text = "\n".join(errors)
    assert "no o entity mentioned in text" in text
    assert "bad predicate" in text
    assert "unknown entity nobody" in text

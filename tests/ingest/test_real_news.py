"""All 59 real Persian defence-news texts ingest without error (read from the shared corpus, never copied)."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from peyvand.records import Article

ITEMS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "real-news" / "items.jsonl"


def _articles() -> list[Article]:
    out = []
    for line in ITEMS.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        m = re.match(r"(\d{4}-\d{2}-\d{2})", d.get("date", ""))
        out.append(Article(d["id"], d["text"], published=dt.date.fromisoformat(m.group(1)) if m else None))
    return out


@pytest.mark.slow
@pytest.mark.skipif(not ITEMS.exists(), reason="shared real-news corpus not present")
def test_every_real_text_ingests(tmp_path: Path) -> None:
    from peyvand.graph.export import write_export
    from peyvand.graph.store import open_store
    from peyvand.pipeline import ingest

    arts = _articles()
    assert len(arts) == 59
    report = ingest(arts, tmp_path / "store")
    assert report.failed == []
    assert sorted(report.ingested) == sorted(a.id for a in arts)
    import io

    buf = io.BytesIO()
    with open_store(tmp_path / "store") as store:
        write_export(store, "jsonl", buf)
    lines = [json.loads(x) for x in buf.getvalue().decode("utf-8").splitlines() if x.strip()]
    assert len(lines) >= 59  # most texts state at least one relation or post
    for fact in lines:
        for ev in fact["evidence"]:
            text = next(a.text for a in arts if a.id == ev["article"])
            assert text[ev["start"]: ev["end"]] == ev["sentence"]  # evidence offsets point into the original

"""The pipeline composes inputs, the extractor and the store; a bad input never stops the batch."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import build_seed_extraction

from peyvand import pipeline
from peyvand.errors import InputError
from peyvand.ingest import EXTRACTORS
from peyvand.records import Article, Extraction


class SeedExtractor:
    """A real, deterministic extractor for pipeline tests: the hand-built seed facts for any text."""

    name = "seed.test"

    def __init__(self, kb=None) -> None:
        self.kb = kb

    def extract(self, article: Article) -> Extraction:
        if "خطا" in article.text:
            raise RuntimeError("extractor bug")
        x = build_seed_extraction(article.text if "«پیت هگست»" in article.text else SEED_TEXT, article.id)
        return Extraction(article, x.entities, x.mentions, x.facts, x.sources)


SEED_TEXT = ""


@pytest.fixture
def seed_extractor(monkeypatch, seed_text):
    global SEED_TEXT
    SEED_TEXT = seed_text
    monkeypatch.setitem(EXTRACTORS, "seed.test", SeedExtractor)
    return "seed.test"


def test_bad_inputs_do_not_stop_the_batch(tmp_path: Path, seed_extractor: str, seed_text: str) -> None:
    errors = []
    items = [Article("good-1", seed_text), InputError("E001", path="missing.txt"),
             Article("bug", "خطا در متن"), Article("good-2", seed_text)]
    report = pipeline.ingest(items, tmp_path / "s", extractor=seed_extractor, on_error=lambda n, e: errors.append(e.code))
    assert report.ingested == ["good-1", "good-2"]
    assert errors == ["E001", "E010"]
    from peyvand.graph.store import open_store

    with open_store(tmp_path / "s") as s:
        assert s.article_ids() == ["good-1", "good-2"]


def test_batches_keep_what_was_stored(tmp_path: Path, seed_extractor: str, seed_text: str) -> None:
    items = [Article(f"a{i}", seed_text) for i in range(5)]
    report = pipeline.ingest(items, tmp_path / "s", extractor=seed_extractor, batch=2)
    assert len(report.ingested) == 5
    report = pipeline.ingest([Article("a9", seed_text)], tmp_path / "s", extractor=seed_extractor)
    from peyvand.graph.store import open_store

    with open_store(tmp_path / "s") as s:
        assert len(s.article_ids()) == 6


def test_bundled_article_reads_from_the_package() -> None:
    art = pipeline.bundled_article()
    assert art.id == "seed-tabnak-us-japan-defense" and art.outlet == "تابناک"
    assert art.published.isoformat() == "2025-10-29" and "هگست" in art.text

"""Reading inputs into :class:`~peyvand.records.Article` records (kept for compatibility).

The readers live in :mod:`peyvand.ingest.readers` (files, folders, HTML,
JSONL corpora, RSS/Atom feeds, URLs, stdin); this module re-exports them.

>>> from peyvand.inputs import iter_articles
>>> iter_articles.__module__
'peyvand.ingest.readers'
"""

from __future__ import annotations

from .ingest.readers import (
    INPUT_FORMATS,
    article_from_file,
    article_from_text,
    canonical_url,
    check_id,
    decode,
    iter_articles,
    iter_stdin,
    make_article,
    parse_date,
)

__all__ = ["INPUT_FORMATS", "article_from_file", "article_from_text", "canonical_url", "check_id", "decode",
           "iter_articles", "iter_stdin", "make_article", "parse_date"]

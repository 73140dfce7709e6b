"""The per-sentence index that mention finding and the relation rules share."""

from __future__ import annotations

from peyvand.ingest.mentions import clear_sentence_caches, sentence_index
from peyvand.ingest.normalize import squeeze
from peyvand.ingest.text import Document


def test_sentence_index_memos_equal_direct_computation() -> None:
    # the rules read squeeze(t.text) from the index instead of recomputing it: it must be the same list
    doc = Document.from_text("وزیر دفاع آمريكا با همتای ژاپنی خود دیدار کرد. «ما» (ناتو) بهای سنگینی خواهند پرداخت.")
    try:
        for s in doc.sentences:
            ix = sentence_index(s)
            assert ix.words == [t.text for t in s.tokens]
            assert ix.squeezed == [squeeze(t.text) for t in s.tokens]
            assert sentence_index(s) is ix  # built once per sentence
    finally:
        clear_sentence_caches()

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


def test_any_startswith_equals_scan() -> None:
    # one substring search over the joined squeezed words answers what a scan of the words would
    doc = Document.from_text("رزمایش‌های مشترک لغو شد و هیئت به تهران بازگشت. سفر. «ما» (ناتو) ۱۲ F-35")
    prefixes = ["رزمایش", "لغو", "بازگشت", "سفر", "ناتو", "f35", "۱۲", "ما", "مانور", "شد", "ر", "تهرانی", "هیئت"]
    try:
        for s in doc.sentences:
            ix = sentence_index(s)
            for p in prefixes:
                p = squeeze(p)
                assert ix.any_startswith(p) == any(w.startswith(p) for w in ix.squeezed), p
            tup = (squeeze("مانور"), squeeze("لغو"))
            assert ix.any_startswith(tup) == any(w.startswith(tup) for w in ix.squeezed)
    finally:
        clear_sentence_caches()

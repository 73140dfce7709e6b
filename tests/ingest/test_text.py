"""Sentences and tokens with offsets."""

from __future__ import annotations

import pytest

from peyvand.ingest.text import Document, Token, make_token, split_sentences, tokenize


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("اول. دوم؟ سوم!", ["اول.", "دوم؟", "سوم!"]),
        ("تیتر بدون نقطه\nمتن خبر.", ["تیتر بدون نقطه", "متن خبر."]),  # a headline line ends a sentence
        ("نسخه 2.5 آمد.", ["نسخه 2.5 آمد."]),  # a decimal point does not split
        ("او گفت: «ما آماده‌ایم.» سپس رفت.", ["او گفت:", "«ما آماده‌ایم.»", "سپس رفت."]),  # a quote after «:»
    ],
)
def test_split_sentences(text: str, sentences: list[str]) -> None:
    assert [text[s:e] for s, e in split_sentences(text)] == sentences


def test_tokens_keep_offsets_and_kinds() -> None:
    text = "جنگنده‌های F-35 و ۲۴ فروند «رافال»"
    toks = tokenize(text, offset=10)
    assert [t.text for t in toks] == ["جنگنده‌های", "F-35", "و", "۲۴", "فروند", "«", "رافال", "»"]
    assert [t.kind for t in toks][:4] == ["word", "latin", "word", "num"]
    assert all(text[t.start - 10: t.end - 10] == t.text for t in toks)


def test_document_sentence_offsets_point_into_text() -> None:
    doc = Document.from_text("سطر یک.\n\nسطر دو.")
    assert all(doc.text[s.start: s.end] == s.text for s in doc.sentences)


def test_fast_tokens_equal_dataclass_tokens() -> None:
    # tokenize builds tokens without the frozen dataclass's __init__: they must be the same objects
    text = "وزیر دفاع ژاپن، F-35 و ۲۴ فروند «رافال» را ديد."  # Arabic «ي» left as given
    toks = tokenize(text, offset=3)
    assert toks == tuple(Token(t.text, t.start, t.end, t.kind) for t in toks)
    assert [hash(t) for t in toks] == [hash(Token(t.text, t.start, t.end, t.kind)) for t in toks]
    assert make_token("او", 1, 3, "word") == Token("او", 1, 3, "word")
    assert repr(make_token("او", 1, 3, "word")) == repr(Token("او", 1, 3, "word"))

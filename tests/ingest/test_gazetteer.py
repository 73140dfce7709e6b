"""Longest-match names over a ZWNJ/space/letter-insensitive view, with word boundaries."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from peyvand.ingest.gazetteer import Gazetteer, Hit, make_hit

GAZ = Gazetteer([("کره جنوبی", "SK"), ("کره", "K"), ("ژاپن", "JP"), ("NATO", "NATO"), ("ناتو", "NATO")])


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("سفر به کره‌جنوبی", [("کره\u200cجنوبی", ("SK",))]),  # ZWNJ instead of a space; longest wins
        ("سفر به كره جنوبي", [("كره جنوبي", ("SK",))]),  # Arabic ك/ي
        ("ژاپن، کره و NATO", [("ژاپن", ("JP",)), ("کره", ("K",)), ("NATO", ("NATO",))]),  # «،» is a boundary
        ("ژاپنی‌ها", []),  # a longer word is not the name
        ("ژاپن‌ها", [("ژاپن", ("JP",))]),  # plural suffix after ZWNJ is allowed
        ("«ناتو»", [("ناتو", ("NATO",))]),
        ("مکره", []),  # no match inside a word
    ],
)
def test_find(text: str, found: list[tuple[str, tuple[str, ...]]]) -> None:
    assert [(h.surface, h.payloads) for h in GAZ.find(text)] == found


def test_offsets_are_into_the_text() -> None:
    text = "به کره جنوبی رفت"
    (hit,) = GAZ.find(text)
    assert text[hit.start: hit.end] == hit.surface


def test_remove_forgets_a_name() -> None:
    g = Gazetteer([("لی", "a")])
    g.remove("لی")
    assert g.find("لی") == []


def test_fast_hits_equal_dataclass_hits() -> None:
    # hits are built without the frozen dataclass's __init__: they must equal the ones it builds
    g = Gazetteer([("کره جنوبی", "Q884"), ("ژاپن", "Q17")])
    hits = g.find("سفر به کره‌جنوبی و ژاپن")
    assert hits == [Hit(h.start, h.end, h.surface, h.payloads, h.key) for h in hits]
    assert make_hit(0, 4, "ژاپن", ("Q17",), "ژاپن") == Hit(0, 4, "ژاپن", ("Q17",), "ژاپن")
    assert hash(make_hit(0, 4, "ژاپن", ("Q17",), "ژاپن")) == hash(Hit(0, 4, "ژاپن", ("Q17",), "ژاپن"))


def _view_by_characters(text: str) -> tuple[str, list[int]]:
    from peyvand.ingest.gazetteer import _squeeze_char

    parts = [_squeeze_char(ch) for ch in text]
    return "".join(parts), [i for i, p in enumerate(parts) for _ in range(len(p))]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ابپکیيكۀةآأؤ\u064b\u0670\u200c\u200d -‐_«»\"'()،.:AZaİΣ\u3000\U0001f600", max_size=40))
def test_squeezed_text_equals_character_by_character(text: str) -> None:
    # the quick path (characters of news text only) and the general one give each character's squeeze
    from peyvand.ingest.gazetteer import SqueezedText

    v = SqueezedText(text)
    assert (v.view, v.index) == _view_by_characters(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ابپکیيكۀآ\u200c ،.A", max_size=40))
def test_squeezed_text_of_words_spaces_and_zwnjs_equals_character_by_character(text: str) -> None:
    # only spaces and ZWNJs dropped (most sentences): the str.split path
    from peyvand.ingest.gazetteer import SqueezedText

    v = SqueezedText(text)
    assert (v.view, v.index) == _view_by_characters(text)


def test_group_fills_until_a_member_changes() -> None:
    from peyvand.ingest.gazetteer import GazetteerGroup, SqueezedText

    a, b = Gazetteer([("ژاپن", "JP")]), Gazetteer([("کره", "K")])
    group = GazetteerGroup([a, b])
    text = "سفر به ژاپن و کره"
    assert group.fill(SqueezedText(text))
    b.add("سفر", "TRIP")
    assert not group.fill(SqueezedText(text))  # searched on its own again
    assert [h.payloads for h in b.find(text, SqueezedText(text))] == [("TRIP",), ("K",)]

"""Verb analysis: lemma, tense, negation."""

from __future__ import annotations

import pytest

from peyvand.ingest.morph import analyze_token, analyze_verb


@pytest.mark.parametrize(
    ("tokens", "i", "lemma", "tense", "negated"),
    [
        (["دیدار", "کردند"], 1, "کرد", "past", False),
        (["دیدار", "نکردند"], 1, "کرد", "past", True),
        (["سفر", "خواهد", "کرد"], 1, "کرد", "future", False),
        (["امضا", "نخواهند", "کرد"], 1, "کرد", "future", True),
        (["می‌رود"], 0, "رفت", "present", False),
        (["نمی‌کند"], 0, "کرد", "present", True),
        (["سفر", "کند"], 1, "کرد", "subjunctive", False),  # «کند» as the subjunctive of کردن, not «dig»
        (["کرده‌اند"], 0, "کرد", "perfect", False),
        (["داده", "بود"], 0, "داد", "pluperfect", False),
        (["تحریم", "شده", "است"], 1, "شد", "perfect", False),
        (["نداشتند"], 0, "داشت", "past", True),
        (["ندارد"], 0, "داشت", "present", True),
        (["بیاید"], 0, "آمد", "subjunctive", False),  # a «ی» joins the prefix to «آ»
        (["نیامد"], 0, "آمد", "past", True),
        (["بیفزاید"], 0, "افزود", "subjunctive", False),
        (["درنیامده", "است"], 0, "آمد", "perfect", True),  # a negated compound verb
        (["برنمی‌گردد"], 0, "گشت", "present", True),
    ],
)
def test_analyze_verb(tokens: list[str], i: int, lemma: str, tense: str, negated: bool) -> None:
    v = analyze_verb(tokens, i)
    assert v is not None
    assert (v.lemma, v.tense, v.negated) == (lemma, tense, negated)


@pytest.mark.parametrize("word", ["ژاپن", "دیدار", "همکاری", "موشک", "شدید", "مالی", "بررسی", "درگیر", "برنامه",
                                  "بیانیه", "نیاز", "خوست"])
def test_nouns_are_not_verbs(word: str) -> None:
    assert analyze_token(word) is None

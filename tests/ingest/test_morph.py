"""Verb analysis: lemma, tense, negation."""

from __future__ import annotations

import pytest

from peyvand.ingest.morph import analyze_token, analyze_verb, may_start_verb


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
        (["درآمده‌اند"], 0, "درآمد", "perfect", False),  # a preverb verb hazm's list lacks
        (["درآمدند"], 0, "درآمد", "past", False),
        (["برداشته", "است"], 0, "برداشت", "perfect", False),
    ],
)
def test_analyze_verb(tokens: list[str], i: int, lemma: str, tense: str, negated: bool) -> None:
    v = analyze_verb(tokens, i)
    assert v is not None
    assert (v.lemma, v.tense, v.negated) == (lemma, tense, negated)


@pytest.mark.parametrize("word", ["ژاپن", "دیدار", "همکاری", "موشک", "شدید", "مالی", "بررسی", "درگیر", "برنامه", "درآمد", "برداشت",
                                  "بیانیه", "نیاز", "خوست"])
def test_nouns_are_not_verbs(word: str) -> None:
    assert analyze_token(word) is None


def test_may_start_verb_never_hides_a_verb() -> None:
    # SentenceIndex.verb_at skips analyze_verb where may_start_verb is False: that must never lose a verb
    from pathlib import Path

    from peyvand.ingest.normalize import get_normalizer
    from peyvand.ingest.text import Document

    texts = [p.read_text(encoding="utf-8") for p in sorted((Path(__file__).parents[1] / "data" / "devset" / "articles").glob("*.txt"))]
    texts.append("او خواهد رفت. قرارداد امضا شده است. سلاح‌ها فروخته شد. آنها نیامده بودند. گفته خواهد شد.")
    checked = 0
    for text in texts:
        for s in Document.from_text(get_normalizer().normalize(text)).sentences:
            words = [t.text for t in s.tokens]
            for i, w in enumerate(words):
                if not may_start_verb(w):
                    assert analyze_verb(words, i) is None, (w, words[i: i + 3])
                    checked += 1
    assert checked > 1000


def test_form_precheck_changes_no_analysis(monkeypatch) -> None:
    # analyze_token skips the stem loops for a token no stem + ending split can make: with the precheck
    # disabled (every token passes it) every analysis must be the same
    import hazm

    from peyvand.ingest import morph

    class Everything(frozenset):
        def __contains__(self, _item: object) -> bool:
            return True

    words = [w for w, _f, _t in hazm.words_list()][::7]
    past, pres, _ = morph._stems()  # noqa: SLF001
    words += sorted(p + e for p in list(past)[:300] for e in ("", "م", "ند", "ید"))
    words += ["می\u200c" + p + "د" for p in list(pres)[:300]] + ["ن" + p for p in list(past)[:300]]
    morph.analyze_token.cache_clear()
    fast = [morph.analyze_token(w) for w in words]
    monkeypatch.setattr(morph, "_forms", lambda: (Everything(), Everything()))
    morph.analyze_token.cache_clear()
    try:
        slow = [morph.analyze_token(w) for w in words]
    finally:
        morph.analyze_token.cache_clear()
    assert fast == slow
    assert any(fast) and not all(fast)

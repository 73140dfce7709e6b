"""Normalisation: idempotence, ZWNJ repair, letter forms, offsets back to the original."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from peyvand.ingest.normalize import ZWNJ, align, get_normalizer, squeeze

NORM = get_normalizer()


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("وزير دفاع امريكا", "وزیر دفاع امریکا"),  # Arabic ي/ك → Persian ی/ک
        ("منطقهای", "منطقه" + ZWNJ + "ای"),  # stripped ZWNJ before «ای» after a silent «ه»
        ("تلاشهای", "تلاش" + ZWNJ + "های"),  # plural «های» after a joining letter
        ("رئیسجمهور", "رئیس" + ZWNJ + "جمهور"),  # compound from hazm's word list
        ("همشهریآنلاین", "همشهری" + ZWNJ + "آنلاین"),  # «آ» starts a word
        ("بیسابقه", "بی" + ZWNJ + "سابقه"),  # prefix «بی»
        ("میرود", "می" + ZWNJ + "رود"),  # prefix «می» (hazm)
        ("گویای", "گویای"),  # «ا» + «ی» needs no ZWNJ: unchanged
        ("کشورها", "کشورها"),  # non-joining «ر»: no ZWNJ needed
        ("اف-۳۵", "اف-۳۵"),  # hazm's spacing would make «اف- ۳۵»
        ("٢٠٢٤", "۲۰۲۴"),  # Arabic-Indic digits → Persian digits
        ("ایلهام", "ایلهام"),  # a name, not a rare «ایله» + «ام»
        ("خانهاش", "خانه" + ZWNJ + "اش"),  # «اش» after a silent «ه» of a word in use
        ("علیه ی پ گ", "علیه ی" + ZWNJ + "پ" + ZWNJ + "گ"),  # a spaced acronym is one word; no ezafe glued to «علیه»
        ("بند الف و ب", "بند الف و ب"),  # «و» between letters is a conjunction, not part of an acronym
    ],
)
def test_normalize_examples(raw: str, expected: str) -> None:
    assert NORM.normalize(raw) == expected


PERSIAN = st.text(
    alphabet=st.sampled_from(list("ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیيكآۀةئ۰۱۲۳٤٥0123 \u200c\n.،:«»()-؟!")),
    max_size=80,
)


@settings(max_examples=200, deadline=None)
@given(PERSIAN)
@example("0 .0")  # hazm's spacing joins «0 .0» into a decimal point that a second pass rewrites
def test_normalize_is_idempotent(text: str) -> None:
    once = NORM.normalize(text)
    assert NORM.normalize(once) == once


@settings(max_examples=150, deadline=None)
@given(PERSIAN)
def test_alignment_is_monotone_and_in_range(text: str) -> None:
    nz = NORM.normalize_aligned(text)
    offs = nz.offsets
    assert len(offs) == len(nz.text) + 1
    assert all(0 <= o <= len(text) for o in offs)
    assert all(a <= b for a, b in zip(offs, offs[1:]))


def test_span_maps_words_back_to_the_original() -> None:
    raw = "وزيرامور  خارجه  عراق مي گويد نيروهاي آمريكا"
    nz = NORM.normalize_aligned(raw)
    i = nz.text.index("عراق")
    a, b = nz.span(i, i + len("عراق"))
    assert raw[a:b] == "عراق"
    j = nz.text.index("آمریکا")
    a, b = nz.span(j, j + len("آمریکا"))
    assert raw[a:b] == "آمريكا"


def test_align_identity() -> None:
    assert align("ابپ", "ابپ") == [0, 1, 2, 3]


@pytest.mark.parametrize(
    ("a", "b"),
    [("رئیس\u200cجمهور", "رئيس جمهور"), ("کره‌جنوبی", "كره جنوبي"), ("«ناتو»", "ناتو"), ("آمریکا", "امریکا")],
)
def test_squeeze_ignores_spacing_quotes_and_letter_forms(a: str, b: str) -> None:
    assert squeeze(a) == squeeze(b)


@pytest.mark.parametrize("text", ["0.0.0", "نسخه ۱.۲.۳ منتشر شد", "5.7 میلیون بشکه"])
def test_decimal_points_need_one_pass(text: str) -> None:
    """hazm rewrites one digit.digit pair per match; a chain of them is settled before it runs."""
    once = NORM.normalize(text)
    assert "." not in once.replace("۔", "")
    assert NORM.normalize(once) == once


@pytest.mark.parametrize(
    "text",
    [
        "اِعلاممممم کَرد : « زمین لرزه ای به بُزرگیِ 6 دهم ریشتر ...»",  # diacritics, repeats, spacing
        "وزير دفاع امريكا  در منطقهای بیسابقه گفت:«ما آماده ایم»",  # Arabic letters, stripped ZWNJ
        "کتاب ها می رود ﷺ ٢٠٢٤ F-35",  # suffix and «می» spacing, a special character, Arabic-Indic digits
        "",
    ],
)
def test_hazm_steps_equal_hazm_normalize(text: str) -> None:
    # _hazm_normalize runs hazm's steps with the character table built once: same output as hazm's own
    assert NORM._hazm_normalize(text) == NORM._hazm.normalize(text)  # noqa: SLF001


def test_hazm_character_table_by_regex_equals_translate() -> None:
    # every character of hazm's table (presentation forms, Arabic letter variants), among plain text
    from hazm.constants import TRANSLATION_SRC

    text = "وزیر " + " x ".join(TRANSLATION_SRC) + " ﻻ ك"
    chars = NORM._hazm_chars  # noqa: SLF001
    assert NORM._hazm_re.sub(lambda m: chars[m.group(0)], text) == text.translate(NORM._hazm_table)  # noqa: SLF001


_SPACING_CASES = [
    "  سلام   دنیا  \n",  # spaces at both ends (hazm's «^ +| +$» has no re.M: string ends only), runs of spaces
    "کاروان\u200c\u200cسرا \u200cبه\u200c همه\u200c\n\n\n\nخط",  # ZWNJ runs, ZWNJ beside spaces, blank lines
    "جمعهها که کار نمی کنم ، خانه ی او بزرگ تر و زیبا ترین است ؛ کتاب ها را دیده ام",  # affixes, punctuation
    'گفت: " سلام " و (ما)«آنها»[۱]{x} ۱۲متر عرض۶ دنیـــا\r',  # quotes, brackets, digits, kashida, CR
    "بی\u200cسابقه", "", " ", "\n",
]


@pytest.mark.parametrize("text", _SPACING_CASES)
def test_quick_spacing_equals_hazm_correct_spacing(text: str) -> None:
    from peyvand.ingest.normalize import _quick_spacing

    assert _quick_spacing(NORM._hazm)(text) == NORM._hazm.correct_spacing(text)  # noqa: SLF001


def test_spacing_guards_name_hazm_patterns() -> None:
    # a guard keyed by a pattern hazm no longer has would silently stop guarding
    from hazm.constants import AFFIX_SPACING_PATTERNS, EXTRA_SPACE_PATTERNS, PUNCTUATION_SPACING_PATTERNS

    from peyvand.ingest.normalize import _SPACING_GUARDS

    patterns = {p for ps in (EXTRA_SPACE_PATTERNS, AFFIX_SPACING_PATTERNS, PUNCTUATION_SPACING_PATTERNS) for p, _ in ps}
    assert set(_SPACING_GUARDS) <= patterns


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ابهیمنترگا\u200c ـ\r\n.،:«»()[]{}!؟\"0123۱۲", max_size=40))
def test_quick_spacing_equals_hazm_property(text: str) -> None:
    from peyvand.ingest.normalize import _quick_spacing

    assert _quick_spacing(NORM._hazm)(text) == NORM._hazm.correct_spacing(text)  # noqa: SLF001


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ابپتجچکگیيكهۀةای\u064b\u0650\u200c ـ.،:«»()!؟0123456789۱۲٣abc\n", max_size=60))
def test_hazm_steps_equal_hazm_normalize_property(text: str) -> None:
    assert NORM._hazm_normalize(text) == NORM._hazm.normalize(text)  # noqa: SLF001


def _squeeze_by_regex(text: str) -> str:
    from peyvand.ingest.normalize import _SQUEEZE_RE, _SQUEEZE_TABLE

    return _SQUEEZE_RE.sub("", text.translate(_SQUEEZE_TABLE)).lower()


def test_squeeze_full_table_equals_translate_and_regex() -> None:
    # every character the prefilled table covers, alone and among others (final sigma: lower() sees context)
    from peyvand.ingest.normalize import _SQUEEZE_FULL

    for code in _SQUEEZE_FULL:
        ch = chr(code)
        assert squeeze.__wrapped__(ch) == _squeeze_by_regex(ch), hex(code)
        assert squeeze.__wrapped__("Σ" + ch + "ی") == _squeeze_by_regex("Σ" + ch + "ی"), hex(code)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ابهیيكۀةأآؤ\u064b\u0654\u0670\u200c\u200d ـ-‐_«»\"'()ΣA\u3000\U0001f600\ufeff\u2028", max_size=30))
def test_squeeze_equals_translate_and_regex_property(text: str) -> None:
    # characters inside and outside the prefilled ranges (U+3000, an emoji) take either path
    assert squeeze.__wrapped__(text) == _squeeze_by_regex(text)


_SPACING_TOKENS = ["کتاب", "ها", "های", "می", "رود", "زمین", "لرزه", "ای", "اخلال", "گر", "ماه", "سال", "جدید", "او",
                   "نمی", "کند", "شده", "است", "بین", "المللی", "تر", "ترین", "رئیس", "جمهور", "هم", "اکنون", "خواهد",
                   "کرد", "بر", "گزار", "وزارت", "خانه", "ام", "اند", "پیش", "نویس", "امضا", "کرده", "ان", "ین"]


def _quick_spacer():  # noqa: ANN202 - built once (it reads hazm's whole word list)
    from peyvand.ingest.normalize import _quick_token_spacing

    if not _QUICK:
        _QUICK.append(_quick_token_spacing(NORM._hazm))  # noqa: SLF001
    return _QUICK[0]


_QUICK: list = []


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_SPACING_TOKENS), max_size=12))
def test_quick_token_spacing_equals_hazm(tokens: list[str]) -> None:
    assert _quick_spacer()(list(tokens)) == NORM._hazm.token_spacing(list(tokens))  # noqa: SLF001


def test_quick_token_spacing_equals_hazm_on_the_word_list() -> None:
    # every joinable word of hazm's list split at its ZWNJs, alone and with a suffix after it
    h = NORM._hazm  # noqa: SLF001
    quick = _quick_spacer()
    words = [w for w in h._words if ZWNJ in w][::5]  # noqa: SLF001
    for w in words:
        toks = w.split(ZWNJ)
        for case in (toks, ["و", *toks, "ها"], [*toks, *toks]):
            assert quick(list(case)) == h.token_spacing(list(case)), case


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ابهیيكۀةأآؤ\u064b\u0654\u0670\u200c\u200d \n\t ـ-‐_«»\"'()ΣAİ\u3000\ufeff\u2028", min_size=33,
               max_size=120))
def test_squeeze_of_long_texts_equals_translate_and_regex(text: str) -> None:
    # a text longer than 32 characters takes squeeze's remove-and-replace path (final sigma: lower() sees context)
    assert squeeze.__wrapped__(text) == _squeeze_by_regex(text)


# the look-behind patterns as first written; normalize.py starts each with a character instead
_L = r"[\u0620-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff]"  # a Persian letter
_LOOKBEHIND_FIRST = {
    "_STRAY_ZWNJ": (rf"(?<!{_L})\u200c+|\u200c+(?!{_L})", ""),
    "_DECIMAL_POINT": (r"(?<=\d)\.(?=\d)", "٫"),
    "_HYPHEN_DIGIT": (r"(?<=[A-Za-z\u0600-\u06ff])- (?=[0-9۰-۹])", "-"),
}


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="اب\u0620\u06d4\u064b\u200c\u200c .-1۲٣aZ،\n", max_size=20))
def test_patterns_starting_with_a_character_equal_their_look_behind_forms(text: str) -> None:
    import re

    from peyvand.ingest import normalize

    for name, (pattern, repl) in _LOOKBEHIND_FIRST.items():
        assert getattr(normalize, name).sub(repl, text) == re.compile(pattern).sub(repl, text), name


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="۰۱۹٠٤٩0123abcآی \u200c\u3000\U0001f600", max_size=30))
def test_dense_digit_table_equals_the_sparse_one(text: str) -> None:
    from peyvand.ingest.dates import _DIGITS

    assert text.translate(_DIGITS) == text.translate(str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789"))


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["\u200c", "\u200c", "ا", "ب", " ", "\n", "1", "۲", "a", "_", "،", ".", "تر", "ترین", "گر",
                                 "گری", "ها", "های", "ی", "«", "»", "(", "\u064b"]), max_size=12).map("".join))
def test_hazm_patterns_starting_with_a_character_equal_hazm_s(text: str) -> None:
    import re

    from peyvand.ingest.normalize import _CHARACTER_FIRST

    for pattern, rewritten in _CHARACTER_FIRST.items():
        repl = "\u200c\\1" if "(" in pattern else ""
        assert re.sub(rewritten, repl, text) == re.sub(pattern, repl, text), pattern


def test_a_surname_after_a_name_is_not_split_as_a_verb_with_mi() -> None:
    """hazm splits «می» off every form it knows as a verb; a second-person form after a name hazm does not
    know, or any form after a given name, is a surname («ویکرام میسری»), while verbs are still split."""
    assert "ویکرام میسری" in NORM.normalize("ویکرام میسری گفت.")
    assert "می‌سری" in NORM.normalize("تو میسری و من می‌مانم.")
    assert "نمی‌داند" in NORM.normalize("او نمیداند.")


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["ه", "ه", " ", "\n", "ا", "م", "ی", "ید", "ند", "ش", "ت", "ب", "1", "۲", "٣", "a", ".",
                                 "،", "»", "(", "\u200c", "می", "نمی", " ام", " ای", "می "]), max_size=14).map("".join))
def test_hazm_patterns_rewritten_with_their_replacements_equal_hazm_s(text: str) -> None:
    # «([letters])(\d)» and «([^ ]ه) (ا…)» start at their rarer character; «(^| )(ن?می) » at the start, then at spaces
    import re

    from hazm.constants import AFFIX_SPACING_PATTERNS, PUNCTUATION_SPACING_PATTERNS

    from peyvand.ingest.normalize import _guarded

    patterns = [(p, r) for p, r in AFFIX_SPACING_PATTERNS + PUNCTUATION_SPACING_PATTERNS]
    for (pattern, repl), (rx, repl2, _guard) in zip(patterns, _guarded(patterns)):
        assert rx.sub(repl2, text) == re.sub(pattern, repl, text), pattern


def test_hazm_patterns_rewritten_are_hazm_s() -> None:
    # a rewrite keyed by a pattern hazm no longer has would silently stop applying
    from hazm.constants import AFFIX_SPACING_PATTERNS, PUNCTUATION_SPACING_PATTERNS

    from peyvand.ingest.normalize import _RARE_CHARACTER_FIRST, _StartOrSpace, _guarded

    patterns = {p for p, _ in AFFIX_SPACING_PATTERNS + PUNCTUATION_SPACING_PATTERNS}
    assert set(_RARE_CHARACTER_FIRST) <= patterns
    assert any(isinstance(rx, _StartOrSpace) for rx, _r, _g in _guarded(AFFIX_SPACING_PATTERNS))


def test_squeeze_reads_latin_digits_as_persian() -> None:
    assert squeeze("ام23") == squeeze("ام ۲۳") == squeeze("ام‌۲۳")

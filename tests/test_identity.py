"""One definition of identity for ingest and graph: name keys, minted ids, fingerprints, content hashes."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from peyvand.ingest.normalize import squeeze
from peyvand.ingest.rules import minted_id as rules_minted_id
from peyvand.records import _FOLD, _FOLD_TABLE, Article, article_hash, fold, minted_id, name_key, text_fingerprint

# Persian letters, their Arabic variants (ي ك ة ۀ أ إ ؤ آ), ZWNJ, tatweel, spaces, hyphens, quotes, digits
PERSIANISH = st.text(alphabet=st.sampled_from(list("ابپتجچدرزژسشکگلمنوهیيكةۀأإؤآ\u200c\u0640 -«»\"'۱۲٣4")), max_size=30)


@settings(max_examples=300, deadline=None)
@given(PERSIANISH)
def test_name_key_is_the_extractors_squeeze(text: str) -> None:
    assert name_key(text) == squeeze(text)


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(["Person", "Organization", "Place"]), PERSIANISH)
def test_minted_ids_agree_with_the_extractor(kind: str, name: str) -> None:
    assert minted_id(kind, name) == rules_minted_id(kind, name)


def test_fold_replacements_are_not_folded_again() -> None:
    # what lets fold() replace key by key in any order
    assert all(len(k) == len(v) == 1 and v not in _FOLD for k, v in _FOLD.items())


# every key of the fold table and its replacement, ZWNJ, and any other character but a lone surrogate
@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(sorted(set(_FOLD) | set(_FOLD.values()) | {"\u200c"})) | st.characters(
    exclude_categories=("Cs",)), max_size=60))
def test_fold_is_the_table(text: str) -> None:
    assert fold(text) == text.translate(_FOLD_TABLE)


@pytest.mark.parametrize("a, b", [
    ("پیت هگست", "پیت\u200cهگست"),  # ZWNJ instead of a space
    ("پیت هگست", "پيت هگست"),  # Arabic ي
    ("شینجیرو کویزومی", "شینجیرو  کویزومی"),  # a double space
])
def test_the_same_name_is_the_same_entity(a: str, b: str) -> None:
    assert minted_id("Person", a) == minted_id("Person", b) != minted_id("Organization", a)


def test_republished_text_has_the_same_fingerprint() -> None:
    body = "ارتش ژاپن و نیروی دریایی آمریکا رزمایش مشترک برگزار کردند."
    assert text_fingerprint(f"به گزارش ایسنا، {body}") == text_fingerprint(
        f"به گزارش تسنیم به نقل از ایسنا، {body.replace('ی', 'ي')}\n@tasnimnews https://t.me/x")
    assert text_fingerprint(body) != text_fingerprint(body.replace("ژاپن", "کره"))


def test_content_hash_covers_what_is_stored() -> None:
    a = Article("x", "متن", title="عنوان", published=dt.date(2025, 1, 2), outlet="ایرنا", url="https://x.ir/1")
    h = article_hash(a, "rules.v1")
    for changed in (Article("x", "متن ", a.title, a.published, a.outlet, a.url),
                    Article("x", "متن", "عنوان دیگر", a.published, a.outlet, a.url),
                    Article("x", "متن", a.title, dt.date(2025, 1, 3), a.outlet, a.url),
                    Article("x", "متن", a.title, a.published, "ایسنا", a.url)):
        assert article_hash(changed, "rules.v1") != h
    assert article_hash(a, "rules.v2") != h

"""Event dates relative to the publication date; Jalali conversion."""

from __future__ import annotations

import datetime as dt

import pytest

from peyvand.ingest.dates import event_date, jalali_to_gregorian, parse_date

WED = dt.date(2025, 10, 29)  # a Wednesday


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("وزرای دفاع امروز دیدار کردند", WED),
        ("دیروز اعلام شد", dt.date(2025, 10, 28)),
        ("روز دوشنبه گذشته سفر کرد", dt.date(2025, 10, 27)),
        ("او روز دوشنبه به سئول می‌رود", dt.date(2025, 11, 3)),  # future verb: the coming Monday
        ("هفته آینده رزمایش برگزار می‌شود", dt.date(2025, 11, 5)),
        ("روز ۲۴ ژوئیه ۲۰۲۵ امضا شد", dt.date(2025, 7, 24)),
        ("روز ۷ آبان ۱۴۰۴ امضا شد", WED),
        ("بدون تاریخ", None),
    ],
)
def test_event_date(sentence: str, expected: dt.date | None) -> None:
    assert event_date(sentence, WED) == expected


@pytest.mark.parametrize(
    ("jalali", "gregorian"),
    [((1404, 8, 7), dt.date(2025, 10, 29)), ((1400, 5, 18), dt.date(2021, 8, 9)), ((1379, 1, 1), dt.date(2000, 3, 20))],
)
def test_jalali(jalali: tuple[int, int, int], gregorian: dt.date) -> None:
    assert jalali_to_gregorian(*jalali) == gregorian


def test_parse_date() -> None:
    assert parse_date("2025-10-29") == WED
    assert parse_date("۱۴۰۴-۰۸-۰۷") == WED
    assert parse_date(None) is None
    with pytest.raises(ValueError):
        parse_date("yesterday")


def test_weekday_precheck_covers_every_weekday_name() -> None:
    # event_date runs _WEEKDAY_RE only on a text holding «شنبه» or «جمعه»: every name must hold one
    from peyvand.ingest.dates import WEEKDAYS

    assert all("شنبه" in name or "جمعه" in name for name in WEEKDAYS)

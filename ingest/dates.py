"""Dates in Persian news: publication dates and the event dates sentences give.

Relative expressions are resolved against the publication date; explicit
Jalali («۱۸ مرداد ۱۴۰۰») and Gregorian («۲۴ ژوئیه ۲۰۲۶») dates are read too.

>>> pub = dt.date(2025, 10, 29)          # a Wednesday
>>> event_date("وزرای دفاع امروز (چهارشنبه) دیدار کردند", pub)
datetime.date(2025, 10, 29)
>>> event_date("او روز دوشنبه به سئول می‌رود", pub)    # the coming Monday
datetime.date(2025, 11, 3)
>>> event_date("دیروز اعلام شد", pub)
datetime.date(2025, 10, 28)
>>> event_date("روز دوشنبه، ۱۸ مرداد، نشست برگزار شد", dt.date(2021, 8, 10))
datetime.date(2021, 8, 9)
>>> jalali_to_gregorian(1404, 8, 7)
datetime.date(2025, 10, 29)
>>> parse_date("1404-08-07")
datetime.date(2025, 10, 29)
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
# The same table, every other character of news text (Latin, Arabic script, general punctuation, presentation
# forms) mapped to itself: str.translate raises and catches a KeyError inside for each character a table lacks
# (whole articles are translated), so this gives the same strings several times faster.
_DIGITS.update({code: code for lo, hi in ((0x0000, 0x0800), (0x2000, 0x2070), (0xFB50, 0xFE00), (0xFE70, 0xFF00))
                for code in range(lo, hi) if code not in _DIGITS})

WEEKDAYS = {  # Python weekday(): Monday = 0
    "دوشنبه": 0, "سه‌شنبه": 1, "سه شنبه": 1, "سهشنبه": 1, "چهارشنبه": 2, "پنجشنبه": 3, "پنج‌شنبه": 3,
    "پنج شنبه": 3, "جمعه": 4, "شنبه": 5, "یکشنبه": 6, "یک‌شنبه": 6, "یک شنبه": 6,
}
JALALI_MONTHS = {
    "فروردین": 1, "اردیبهشت": 2, "خرداد": 3, "تیر": 4, "مرداد": 5, "امرداد": 5, "شهریور": 6,
    "مهر": 7, "آبان": 8, "آذر": 9, "دی": 10, "بهمن": 11, "اسفند": 12,
}
GREGORIAN_MONTHS = {
    "ژانویه": 1, "ژانویهٔ": 1, "فوریه": 2, "مارس": 3, "آوریل": 4, "مه": 5, "می": 5, "ژوئن": 6, "ژوئیه": 7,
    "جولای": 7, "اوت": 8, "آگوست": 8, "سپتامبر": 9, "اکتبر": 10, "نوامبر": 11, "دسامبر": 12,
}
_REL_DAYS = {"امروز": 0, "امشب": 0, "دیروز": -1, "دیشب": -1, "پریروز": -2, "فردا": 1, "پس‌فردا": 2, "پس فردا": 2}
_REL_WEEKS = {"هفته آینده": 7, "هفته بعد": 7, "هفته گذشته": -7, "هفته پیش": -7}
_WEEKDAY_RE = re.compile(
    r"(?:روز\s+|امروز\s*\(?\s*)?(" + "|".join(sorted(map(re.escape, WEEKDAYS), key=len, reverse=True)) + r")(?:\s+(گذشته|آینده|هفته آینده|هفته گذشته))?"
)
_JALALI_RE = re.compile(
    r"([0-9۰-۹]{1,2})\s*(" + "|".join(JALALI_MONTHS) + r")(?:\s*(?:ماه)?\s*(?:سال)?\s*([0-9۰-۹]{4}))?"
)
_GREG_RE = re.compile(
    r"([0-9۰-۹]{1,2})\s*(" + "|".join(sorted(GREGORIAN_MONTHS, key=len, reverse=True)) + r")(?:\s*(?:سال)?\s*([0-9۰-۹]{4}))?"
)


def jalali_to_gregorian(jy: int, jm: int, jd: int) -> dt.date:
    """Convert a Solar Hijri date to Gregorian (the usual arithmetic algorithm)."""
    jy += 1595
    days = -355668 + 365 * jy + (jy // 33) * 8 + ((jy % 33) + 3) // 4 + jd
    days += (jm - 1) * 31 if jm < 7 else (jm - 7) * 30 + 186
    gy = 400 * (days // 146097)
    days %= 146097
    if days > 36524:
        days -= 1
        gy += 100 * (days // 36524)
        days %= 36524
        if days >= 365:
            days += 1
    gy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        gy += (days - 1) // 365
        days = (days - 1) % 365
    gd = days + 1
    leap = (gy % 4 == 0 and gy % 100 != 0) or gy % 400 == 0
    month_days = [0, 31, 29 if leap else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    gm = 1
    while gm <= 12 and gd > month_days[gm]:
        gd -= month_days[gm]
        gm += 1
    return dt.date(gy, gm, gd)


def gregorian_to_jalali_year(d: dt.date) -> int:
    return d.year - 621 if (d.month, d.day) >= (3, 21) else d.year - 622


def parse_date(value: str | None) -> dt.date | None:
    """A date from ``YYYY-MM-DD`` (Gregorian, or Jalali when the year < 1700),
    an ISO timestamp, or ``None``. Raises ValueError on anything else."""
    if value is None:
        return None
    v = str(value).strip().translate(_DIGITS)
    if not v:
        return None
    m = re.match(r"^(\d{4})[-/](\d{1,2})[-/](\d{1,2})", v)
    if not m:
        raise ValueError(f"not a date: {value!r}")
    y, mo, d = (int(x) for x in m.groups())
    if y < 1700:
        return jalali_to_gregorian(y, mo, d)
    return dt.date(y, mo, d)


def _nearest(pub: dt.date, target: dt.date, future: bool | None) -> dt.date:
    return target


@lru_cache(maxsize=4096)
def event_date(sentence: str, published: dt.date | None) -> dt.date | None:
    """The date a sentence places its event on, relative to ``published`` (memoised: a pure function)."""
    if published is None:
        m = _GREG_RE.search(sentence) or _JALALI_RE.search(sentence)
        if m and m.group(3):
            return _explicit(m, None)
        return None
    text = sentence.replace("\u200c", "‌")
    m = _JALALI_RE.search(text)
    if m:
        d = _explicit(m, published)
        if d:
            return d
    m = _GREG_RE.search(text)
    if m:
        d = _explicit(m, published)
        if d:
            return d
    for phrase, delta in _REL_WEEKS.items():
        if phrase in text:
            return published + dt.timedelta(days=delta)
    # every weekday name holds «شنبه» or is «جمعه»: without them _WEEKDAY_RE cannot match (a quick test first)
    m = _WEEKDAY_RE.search(text) if ("شنبه" in text or "جمعه" in text) else None
    if m:
        wd = WEEKDAYS.get(m.group(1).replace("\u200c", "‌"))
        if wd is None:
            wd = WEEKDAYS.get(m.group(1).replace("\u200c", " "), None)
        if wd is not None:
            diff = (wd - published.weekday()) % 7
            qual = m.group(2) or ""
            past = "گذشته" in qual
            future = "آینده" in qual or _future_context(text)
            if diff == 0:
                return published
            if future:
                return published + dt.timedelta(days=diff)
            if past or not future:
                # news mostly reports the past: the last such weekday, unless the verb is future
                return published - dt.timedelta(days=(7 - diff) % 7)
    for phrase, pattern, delta in _REL_DAY_RES:
        if phrase in text and pattern.search(text):  # the pattern is the phrase between word bounds
            return published + dt.timedelta(days=delta)
    return None


# «امروز», «دیروز» … as whole words (compiled once)
_REL_DAY_RES = tuple((phrase, re.compile(rf"(?<![\w\u0600-\u06ff]){re.escape(phrase)}(?![\w\u0600-\u06ff])"), delta)
                     for phrase, delta in _REL_DAYS.items())


_FUTURE_CUES = ("خواهد", "خواهند", "قرار است", "می‌رود", "می‌کند", "آغاز شود", "می‌شود", "قصد دارد", "آینده")


def _future_context(text: str) -> bool:
    return any(c in text for c in _FUTURE_CUES)


def _explicit(m: re.Match[str], published: dt.date | None) -> dt.date | None:
    day = int(m.group(1).translate(_DIGITS))
    month_name = m.group(2)
    year = int(m.group(3).translate(_DIGITS)) if m.group(3) else None
    try:
        if month_name in JALALI_MONTHS and m.re is _JALALI_RE:
            month = JALALI_MONTHS[month_name]
            if year is None:
                if published is None:
                    return None
                year = gregorian_to_jalali_year(published)
                d = jalali_to_gregorian(year, month, day)
                if d > published + dt.timedelta(days=180):
                    d = jalali_to_gregorian(year - 1, month, day)
                return d
            return jalali_to_gregorian(year, month, day)
        month = GREGORIAN_MONTHS[month_name]
        if year is None:
            if published is None:
                return None
            year = published.year
            d = dt.date(year, month, day)
            if d > published + dt.timedelta(days=180):
                d = dt.date(year - 1, month, day)
            return d
        return dt.date(year, month, day)
    except (ValueError, KeyError):
        return None

"""Synthetic Persian defence-news articles for the ingest benchmark (not shipped, not a test).

Each article is 2–6 KB: a headline, an attribution line («به گزارش X به نقل
از Y»), several paragraphs built from templates over KB entities (ministers
and leaders with their posts, countries, capitals, outlets) and relation
phrases the extractor understands (meetings, visits, exercises, arms
deliveries, sanctions, threats, agreements, planned and negated events), and
background sentences with no relation. Realistic noise: in some articles the
ZWNJ is stripped («می‌کند» → «میکند»), in others Persian ی/ک are written as
Arabic ي/ك, and some use Arabic-Indic digits.

Deterministic for a given seed, so runs compare.

>>> arts = list(generate(3, seed=1))
>>> [2048 <= len(a.text.encode()) <= 6144 for a in arts]
[True, True, True]
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator

from peyvand.ontology.kb import load_kb
from peyvand.records import Article

#: Share of body sentences that state a relation (the rest is background), which
#: gives about as many facts per KB of text as the real texts of shared/corpus.
RELATION_SHARE = 0.2
PORTFOLIO_FA = {"defense": "وزیر دفاع", "foreign": "وزیر امور خارجه"}
TITLE_FA = {"president": "رئیس‌جمهور", "prime_minister": "نخست‌وزیر"}
WEEKDAYS = ("شنبه", "یکشنبه", "دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه")
WEAPONS = ("جنگنده", "سامانه پدافند هوایی", "موشک ضدکشتی", "پهپاد", "بالگرد", "زیردریایی", "توپ خودکششی")
FILLER = (
    "کارشناسان می‌گویند این تحول می‌تواند توازن امنیتی منطقه را در سال‌های آینده تغییر دهد.",
    "این نشست در حالی برگزار شد که تنش‌ها در منطقه طی ماه‌های اخیر افزایش یافته است.",
    "ناظران سیاسی معتقدند هزینه‌های نظامی بیشتر کشورهای منطقه در سال جاری بی‌سابقه بوده است.",
    "جزئیات بیشتری از مفاد این گفت‌وگوها منتشر نشده و قرار است بیانیه پایانی بعداً منتشر شود.",
    "بودجه دفاعی بسیاری از کشورها پس از جنگ اوکراین به‌طور چشمگیری افزایش یافته است.",
    "تحلیلگران نظامی بر این باورند که رقابت تسلیحاتی در آسیا شتاب گرفته است.",
    "گزارش‌ها حاکی است مذاکرات فنی میان هیئت‌های کارشناسی همچنان ادامه دارد.",
    "در این مراسم شماری از فرماندهان ارشد نظامی و دیپلمات‌های خارجی نیز حضور داشتند.",
    "منابع آگاه می‌گویند بخشی از این برنامه‌ها به دلیل مشکلات مالی به تأخیر افتاده است.",
    "این اقدام با واکنش‌های متفاوتی در محافل سیاسی و رسانه‌ای همراه بوده است.",
    "به گفته مقام‌های محلی، تدابیر امنیتی در شهر به شدت افزایش یافته بود.",
    "سخنگوی دولت در نشست خبری هفتگی به پرسش‌های خبرنگاران در این باره پاسخ داد.",
)


class Pools:
    """KB entities the templates draw from (built once)."""

    def __init__(self) -> None:
        kb = load_kb()
        self.kb = kb
        self.countries = [e for e in kb.entities.values() if e.type == "Country" and e.capital and kb.get(e.capital)]
        self.outlets = [e for e in kb.entities.values() if e.kind == "Outlet"]
        self.officials = []  # (person, phrase, country)
        for e in kb.entities.values():
            for t in e.tenures:
                of = kb.get(t.of)
                if of is None or of.type != "Country" or t.end is not None:
                    continue
                if t.predicate == "ministerOf" and t.qualifier in PORTFOLIO_FA:
                    self.officials.append((e, PORTFOLIO_FA[t.qualifier], of))
                elif t.predicate == "leaderOf" and t.qualifier in TITLE_FA:
                    self.officials.append((e, TITLE_FA[t.qualifier], of))
        self.officials.sort(key=lambda o: o[0].id)
        self.countries.sort(key=lambda c: c.id)
        self.outlets.sort(key=lambda c: c.id)


_POOLS: Pools | None = None


def pools() -> Pools:
    global _POOLS
    if _POOLS is None:
        _POOLS = Pools()
    return _POOLS


def _sentences(r: random.Random, p: Pools) -> list[str]:
    (pa, ra, ca), (pb, rb, cb) = r.sample(p.officials, 2)
    x, y = r.sample(p.countries, 2)
    cap = p.kb.get(y.capital).label  # type: ignore[union-attr]
    day = r.choice(WEEKDAYS)
    w = r.choice(WEAPONS)
    return [
        f"{pa.label}، {ra} {ca.label}، روز {day} در {cap} با {pb.label}، {rb} {cb.label}، دیدار و گفت‌وگو کرد.",
        f"{pa.label} روز {day} برای یک سفر رسمی وارد {y.label} شد.",
        f"{x.label} و {y.label} قرار است ماه آینده رزمایش مشترک دریایی برگزار کنند.",
        f"{x.label} نخستین محموله {w} را به {y.label} تحویل داد.",
        f"{x.label} تحریم‌های تازه‌ای علیه {y.label} وضع کرد.",
        f"{ra} {ca.label} گفت کشورش {y.label} را تهدیدی جدی برای امنیت منطقه می‌داند.",
        f"{x.label} و {y.label} روز {day} یک توافق‌نامه همکاری دفاعی امضا کردند.",
        f"{pb.label} تأکید کرد که کشورش هیچ برنامه‌ای برای خرید {w} از {x.label} ندارد.",
        f"{x.label} اعلام کرد همکاری‌های نظامی خود را با {y.label} گسترش خواهد داد.",
        f"{x.label} {y.label} را به اقدام نظامی تهدید کرد.",
    ]


def _noise(text: str, r: random.Random) -> str:
    k = r.random()
    if k < 0.3:  # stripped ZWNJ, as many sites and Telegram channels write
        text = text.replace("\u200c", "")
    elif k < 0.5:  # Arabic ي and ك, as old sites and Windows-1256 pages write
        text = text.replace("ی", "ي").replace("ک", "ك")
    elif k < 0.6:  # Arabic-Indic digits and a stray tatweel
        text = text.translate(str.maketrans("۰۱۲۳۴۵۶۷۸۹", "٠١٢٣٤٥٦٧٨٩")).replace("نظامی", "نظامـی")
    return text


def make_article(i: int, r: random.Random, p: Pools) -> Article:
    target = r.randint(2200, 5800)  # bytes; UTF-8 Persian is ~2 bytes a letter
    a, b = r.sample(p.outlets, 2)
    x, y = r.sample(p.countries, 2)
    paras = [f"{x.label} و {y.label} همکاری‌های دفاعی را گسترش می‌دهند",
             f"به گزارش {a.label} به نقل از {b.label}، " + r.choice(_sentences(r, p))]
    size = sum(len(s.encode()) for s in paras)
    while size < target - 400:
        para = " ".join(r.choice(_sentences(r, p)) if r.random() < RELATION_SHARE else r.choice(FILLER)
                        for _ in range(r.randint(3, 6)))
        paras.append(para)
        size += len(para.encode()) + 2
    text = _noise("\n\n".join(paras), r)
    while len(text.encode()) > 6100:
        text = text[: text.rfind("\n\n")]
    published = dt.date(2025, 1, 1) + dt.timedelta(days=r.randrange(300))
    return Article(id=f"synth-{i:07d}", text=text, title=paras[0], published=published, outlet=a.label)


def generate(n: int, seed: int = 0) -> Iterator[Article]:
    """``n`` synthetic articles (deterministic for ``seed``)."""
    p = pools()
    r = random.Random(seed)
    for i in range(n):
        yield make_article(i, r, p)

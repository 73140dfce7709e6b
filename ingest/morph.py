"""Persian verb forms: is this token (group) a finite verb, which tense, negated?

Built from hazm's list of verb stems (past#present), so it knows every
conjugation of the ~700 verbs there instead of a list of surface forms.

>>> v = analyze_verb(["دیدار", "خواهند", "کرد"], 1)
>>> (v.lemma, v.tense, v.negated, v.end)
('کرد', 'future', False, 3)
>>> v = analyze_verb(["اشاره‌ای", "نداشتند"], 1)
>>> (v.lemma, v.tense, v.negated)
('داشت', 'past', True)
>>> analyze_verb(["می‌رود"], 0).tense
'present'
>>> analyze_verb(["سفر", "کند"], 1).tense
'subjunctive'
>>> analyze_verb(["کرده‌اند"], 0).tense
'perfect'
>>> analyze_verb(["ژاپن"], 0) is None
True
"""

from __future__ import annotations

import importlib.resources
from dataclasses import dataclass
from functools import lru_cache

ZWNJ = "\u200c"

_PAST_ENDINGS = ("", "م", "ی", "یم", "ید", "ند")
_PRES_ENDINGS = ("م", "ی", "د", "یم", "ید", "ند", "یم", "یی", "ید", "ییم", "یید", "یند")
# The endings longest first, sorted once (the same order as sorting the same set on every call)
_PAST_LONGEST_FIRST = tuple(sorted(set(_PAST_ENDINGS), key=len, reverse=True))
_PRES_LONGEST_FIRST = tuple(sorted(set(_PRES_ENDINGS), key=len, reverse=True))
# No «ای»: the second person singular is absent from news prose, and «گسترده‌ای», «پیشرفته‌ای» are
# a participle used as an adjective with the indefinite «‌ای» («عملیات گسترده‌ای را … آغاز کرد»).
_PERFECT_AUX = {"ام", "است", "ایم", "اید", "اند", "‌ام", "‌است", "‌اند"}
_PAST_AUX = {"بود", "بودم", "بودی", "بودیم", "بودید", "بودند"}
_SUBJ_AUX = {"باشد", "باشم", "باشی", "باشیم", "باشید", "باشند"}
_FUTURE_AUX = {"خواهم", "خواهی", "خواهد", "خواهیم", "خواهید", "خواهند",
               "نخواهم", "نخواهی", "نخواهد", "نخواهیم", "نخواهید", "نخواهند"}
_COPULA = {
    "است": ("present", False), "هست": ("present", False), "هستند": ("present", False),
    "نیست": ("present", True), "نیستند": ("present", True), "اند": ("present", False),
    "بود": ("past", False), "بودند": ("past", False), "نبود": ("past", True), "نبودند": ("past", True),
    "باشد": ("subjunctive", False), "باشند": ("subjunctive", False),
    "نباشد": ("subjunctive", True), "نباشند": ("subjunctive", True),
}
# Nouns and adjectives that look like verb forms and are far more common as such.
_NOT_VERBS = {
    "نشست", "نشستی", "خوست", "شکست", "برداشت", "آزمایش", "پیوند", "پیمان", "دوست", "نام", "نشان", "بند", "بار",
    "مرد", "زن", "زنان", "شیر", "گرد", "دست", "روند", "رود", "کردها", "رس", "بین", "دید", "ساخت", "خواست",
    "گذشت", "برد", "کشت", "خرید", "شور", "سوز", "پرس", "خوان", "دار", "یاب", "آور", "گیر", "ساز", "زنند",
    "نخست", "مالی", "نیرو", "ببر", "شدید", "شدیدی", "بدید", "نوید", "امید", "جدید", "ستاد", "ستادی", "فرستاده",
    "گشت", "سفارت", "دستور", "ساز", "کارشناس", "برنامه", "آزمود", "شکار", "سوخت", "نهاد", "بافت", "نبرد",
    "کشتی", "بخت", "رشت", "رستم", "درود", "گسست", "رسم", "گوی", "روم", "بدهی", "زادی", "دوخت", "شست",
    "درآمد", "درآمدها", "درآید", "درآمدی",
}


_FREQUENT = {
    "کرد", "شد", "داد", "داشت", "زد", "گرفت", "آورد", "رسید", "رفت", "بود", "گفت", "آمد", "خواست",
    "کشید", "ساخت", "دید", "یافت", "گذاشت", "نمود", "افزود", "دانست", "خواند", "توانست", "فروخت",
    "خرید", "پیوست", "فرستاد", "گشت", "ماند", "برد",
}


@dataclass(frozen=True, slots=True)
class Verb:
    lemma: str  # past stem: «کرد», «داشت», «رفت»
    tense: str  # past | present | future | perfect | pluperfect | subjunctive | imperative | copula
    negated: bool
    start: int  # token index of the first token of the verb group
    end: int  # one past the last token
    progressive: bool = False
    passive: bool = False


@lru_cache(maxsize=1)
def _stems() -> tuple[frozenset[str], frozenset[str], dict[str, str]]:
    text = (importlib.resources.files("hazm") / "data" / "verbs.dat").read_text(encoding="utf-8")
    past, pres, pres_to_past = set(), set(), {}
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#") or "#" not in line:
            continue
        pa, pr = line.split("#", 1)
        past.add(pa)
        pres.add(pr)
        pres_to_past.setdefault(pr, pa)
    # compound verbs with a preverb hazm's list lacks: «به حالت تعلیق درآورد», «به عضویت ناتو درآمده‌اند»,
    # «گامی برداشته‌اند», «درگذشت» (the bare «درآمد» and «برداشت» stay nouns: see _NOT_VERBS)
    past |= {"بود", "داشت", "درآورد", "درآمد", "برداشت", "درگذشت", "برخاست"}
    pres |= {"باش", "دار", "است", "هست", "درآور", "درآ", "بردار", "درگذر", "برخیز"}
    pres_to_past.update({"باش": "بود", "دار": "داشت", "هست": "بود", "درآور": "درآورد", "درآ": "درآمد",
                         "بردار": "برداشت", "درگذر": "درگذشت", "برخیز": "برخاست"})
    return frozenset(past), frozenset(pres), pres_to_past


def _strip_prefix(token: str) -> tuple[str, bool, bool, bool]:
    """(rest, negated, has_mi, has_be) after removing نمی/می/ن/ب prefixes."""
    t = token.replace(ZWNJ, "")
    if t.startswith("نمی"):
        return t[3:], True, True, False
    if t.startswith("می"):
        return t[2:], False, True, False
    return t, False, False, False


# Preverbs of compound verbs: «درآمدن», «برگشتن», «بازگشتن». Only their negated forms are taken
# apart («درنیامده», «برنمی‌گردد»): «بررسی» or «درگیر» must not become verbs.
_PREVERBS = ("در", "بر", "باز", "فرا", "فرو")


def _preverb_negated(token: str) -> str | None:
    t = token.replace(ZWNJ, "")
    for pv in _PREVERBS:
        if t.startswith(pv + "ن") and len(t) > len(pv) + 2:
            return token[len(pv):] if token[len(pv)] != ZWNJ else token[len(pv) + 1:]
    return None


@lru_cache(maxsize=65536)
def analyze_token(token: str) -> tuple[str, str, bool] | None:
    """``(lemma, tense, negated)`` if the single token is a finite verb form."""
    rest = _preverb_negated(token)
    if rest is not None:
        r = analyze_token(rest)
        if r is not None and r[2]:
            return r
    if token in _COPULA:
        tense, neg = _COPULA[token]
        return ("بود", tense, neg)
    past, pres, pres_to_past = _stems()
    parts = token.split(ZWNJ)
    # Perfect attached with a ZWNJ: «کرده‌اند», «نکرده‌است».
    if len(parts) >= 2 and parts[-1] in {"ام", "است", "ایم", "اید", "اند"}:
        stem_part = ZWNJ.join(parts[:-1])
        r = _participle(stem_part)
        if r:
            return (r[0], "perfect", r[1])
    rest, neg, mi, _ = _strip_prefix(token)
    if mi:
        past_forms, pres_forms = _forms()
        if rest not in pres_forms and rest not in past_forms:
            return None  # no stem + ending split: neither loop below can return a parse
        # a second-person form with «می» written solid is one the normaliser left alone after a name: «ویکرام میسری»
        joined = ZWNJ not in token and " " not in token
        for ending in _PRES_LONGEST_FIRST:
            stem = rest[: len(rest) - len(ending)] if ending else rest
            if rest.endswith(ending) and stem in pres and not (joined and ending == "ی"):
                return (pres_to_past.get(stem, stem), "present", neg)
        for ending in _PAST_LONGEST_FIRST:
            stem = rest[: len(rest) - len(ending)] if ending else rest
            if rest.endswith(ending) and stem in past and not (joined and ending == "ی"):
                return (stem, "past_progressive", neg)
        return None
    if token in _NOT_VERBS:
        return None
    t = token.replace(ZWNJ, "")
    # ن- negation / ب- subjunctive prefixes (only if the rest is a verb form).
    # A token can parse two ways («کند»: past of کندن or subjunctive of کردن);
    # the parse with a frequent lemma wins, then the past.
    parses: list[tuple[str, str, bool]] = []
    for prefix, negated, subj in (("", False, False), ("ن", True, False), ("ب", False, True)):
        if prefix and not t.startswith(prefix):
            continue
        r0 = t[len(prefix):]
        if not r0:
            continue
        forms = [r0]
        if prefix and r0.startswith("ی") and len(r0) > 2:
            # «بیاید», «نیامد», «بیفزاید»: a «ی» joins the prefix to a stem beginning with «آ»/«ا»
            forms += ["آ" + r0[2:]] if r0[1] == "ا" else []
            forms += ["ا" + r0[1:]]
        for r in forms:
            parses.extend(_stem_parses(r, prefix, negated, subj, past, pres, pres_to_past))
    if parses:
        return max(parses, key=lambda p: (p[0] in _FREQUENT, p[1] == "past"))
    return None


@lru_cache(maxsize=1)
def _forms() -> tuple[frozenset[str], frozenset[str]]:
    """Every past stem + past ending, every present stem + (non-empty) present ending: a token that is
    neither can have no parse in :func:`_stem_parses` (its loops test exactly these splits)."""
    past, pres, _ = _stems()
    return (frozenset(p + e for p in past for e in _PAST_ENDINGS),
            frozenset(p + e for p in pres for e in _PRES_ENDINGS if e))


def _stem_parses(r: str, prefix: str, negated: bool, subj: bool, past, pres, pres_to_past) -> list[tuple[str, str, bool]]:
    """Parses of ``r`` (a token without its ن-/ب- prefix) as a past or present form."""
    parses: list[tuple[str, str, bool]] = []
    past_forms, pres_forms = _forms()
    if r not in past_forms and r not in pres_forms:
        return parses  # no stem + ending split of r: both loops below would find nothing
    for ending in _PAST_LONGEST_FIRST:
        stem = r[: len(r) - len(ending)] if ending else r
        if r.endswith(ending) and stem in past and not subj and len(stem) >= 2:
            parses.append((stem, "past", negated))
    for ending in _PRES_LONGEST_FIRST:
        stem = r[: len(r) - len(ending)] if ending else r
        if r.endswith(ending) and stem in pres and ending:
            if prefix == "ب" and ending == "ی":
                continue  # a second-person subjunctive is near absent from news; «بدوی» is a name, «بلوی» a noun
            lemma = pres_to_past.get(stem, stem)
            # «دارد», «خواهد»: indicative present without «می»
            tense = "present" if stem in ("دار", "خواه") else "subjunctive"
            if tense == "subjunctive" and not prefix and lemma not in _FREQUENT:
                continue  # a bare subjunctive of a rare verb is far likelier a noun («چشم», «درد»)
            parses.append((lemma, tense, negated))
    return parses


# participles that are mostly adjectives or nouns («هفته گذشته که …», «جلسه بسته‌ای»)
_ADJECTIVAL_PARTICIPLES = frozenset({"گذشته", "بسته", "برجسته", "پیوسته", "نشسته", "شکسته", "خسته", "دسته", "رسته",
                                     "وابسته", "شایسته", "خجسته", "بایسته", "گسسته", "آهسته", "هسته", "رفته", "کشته",
                                     "زنده", "آینده", "بنده", "پرونده", "خنده", "گرفته", "پخته", "ساخته", "آمده"})
_NO_VERB_BEFORE = frozenset({"از", "به", "با", "در", "برای", "که", "این", "آن", "هر", "یک", "و", "،"})


@lru_cache(maxsize=65536)
def _participle(token: str) -> tuple[str, bool] | None:
    """``(lemma, negated)`` for a past participle «کرده», «نکرده», «شده»."""
    rest = _preverb_negated(token)
    if rest is not None:
        r = _participle(rest)
        if r is not None and r[1]:
            return r  # «درنیامده»
    t = token.replace(ZWNJ, "")
    if not t.endswith("ه") or len(t) < 3:
        return None
    past, _, _ = _stems()
    stem = t[:-1]
    if stem in past:
        return (stem, False)
    if stem.startswith("ن") and stem[1:] in past:
        return (stem[1:], True)
    if stem.startswith("نیا") and "آ" + stem[3:] in past:
        return ("آ" + stem[3:], True)  # «نیامده»
    if stem.startswith("می") and stem[2:] in past:
        return (stem[2:], False)
    return None


def participle(token: str) -> tuple[str, bool] | None:
    return _participle(token)


def analyze_verb(tokens: list[str] | tuple[str, ...], i: int) -> Verb | None:
    """The verb group starting at token ``i``, if token ``i`` begins one.

    Recognises future (خواهد + past stem), perfect and pluperfect (participle +
    است/بود), passive (participle + شد/می‌شود), and simple forms.
    """
    tok = tokens[i]
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if tok in _FUTURE_AUX and nxt is not None:
        past, _, _ = _stems()
        if nxt.replace(ZWNJ, "") in past:
            return Verb(nxt.replace(ZWNJ, ""), "future", tok.startswith("ن"), i, i + 2)
    part = _participle(tok)
    if part is not None and nxt is not None:
        lemma, neg = part
        if nxt in _PERFECT_AUX:
            return Verb(lemma, "perfect", neg, i, i + 2)
        if nxt in _PAST_AUX:
            return Verb(lemma, "pluperfect", neg, i, i + 2)
        if nxt in _SUBJ_AUX:
            return Verb(lemma, "subjunctive", neg, i, i + 2)
        aux = analyze_token(nxt)
        if aux and aux[0] == "شد":  # passive: «امضا شده است» handled by perfect; «فروخته شد»
            tense = aux[1]
            j = i + 2
            if j < len(tokens) and tokens[j] in _PERFECT_AUX:
                tense, j = "perfect", j + 1
            return Verb(lemma, tense, neg or aux[2], i, j, passive=True)
        if nxt in _FUTURE_AUX and i + 2 < len(tokens) and tokens[i + 2] == "شد":
            return Verb(lemma, "future", neg or nxt.startswith("ن"), i, i + 3, passive=True)
        if nxt in ("که", "و") and i > 0 and not neg and tok.replace(ZWNJ, "") not in _ADJECTIVAL_PARTICIPLES \
                and tokens[i - 1] not in _NO_VERB_BEFORE and (nxt == "که" or any(
                    (tokens[k + 1] in _PERFECT_AUX or tokens[k + 1] in _PAST_AUX) and _participle(tokens[k]) is not None
                    for k in range(i + 2, min(len(tokens) - 1, i + 14)))):
            # «… به ونزوئلا فروخته که …», «… را تهدید خوانده و گفته است …»: the auxiliary left out
            return Verb(lemma, "perfect", neg, i, i + 1)
    a = analyze_token(tok)
    if a is None:
        return None
    lemma, tense, neg = a
    return Verb(lemma, tense if tense != "past_progressive" else "past", neg, i, i + 1)


@lru_cache(maxsize=65536)
def may_start_verb(token: str) -> bool:
    """False when ``analyze_verb(tokens, i)`` is None whatever follows ``tokens[i] == token``.

    Every verb group :func:`analyze_verb` finds begins with a future auxiliary,
    a participle or a verb form: a token that is none of these begins none.
    """
    return token in _FUTURE_AUX or _participle(token) is not None or analyze_token(token) is not None


def is_verb(token: str) -> bool:
    return analyze_token(token) is not None or token in _FUTURE_AUX


__all__ = ["Verb", "analyze_token", "analyze_verb", "is_verb", "may_start_verb", "participle"]

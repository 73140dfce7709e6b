"""Relations inside a sentence: clauses, argument markers, trigger frames, status.

Persian puts the subject first and the verb last; objects come with a
preposition before them («با X», «به X», «از سوی X») or «را» after them, and a
noun's genitive follows it directly («سفر آستین», «همکاری ژاپن و استرالیا»).
A trigger frame (``lexicon/triggers.tsv``) says which of these positions fill
the subject and object of its predicate; the clause's verb and the markers
around it («قرار است», «قصد دارد», «اگر», a negative verb) give the status.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..records import SYMMETRIC
from .lexicon import MARKERS, Frame, Lexicon
from .dates import _DIGITS
from .mentions import _APPOS_SEAT, _GREGORIAN_MONTHS, _NUMBER_WORDS, _WEEKDAYS, Chunk, sentence_index, sentence_view
from .morph import Verb, analyze_token, analyze_verb, is_verb, participle
from .normalize import squeeze
from .text import Sentence

EVENT_PREDICATES = frozenset({"visits", "meetsWith", "signsAgreementWith", "suppliesArmsTo"})
_ADJ_AFTER_TRIGGER = frozenset(
    squeeze(w) for w in (
        "نظامی", "دفاعی", "امنیتی", "مشترک", "دوجانبه", "دو جانبه", "چندجانبه", "سه‌جانبه", "جدید", "سالانه",
        "بنیان‌گذار", "بنیانگذار", "مؤسس", "موسس", "قدیمی", "متقابل", "دیگر",
        "گسترده", "اخیر", "شدید", "رسمی", "دو روزه", "سه روزه", "یک روزه", "چند روزه", "دو", "سه", "چهار", "یک", "چند", "روزه", "روزهٔ", "ساعته", "دوروزه", "سه‌روزه", "خود",
        "هوایی", "دریایی", "زمینی", "موشکی", "پهپادی", "راهبردی", "استراتژیک", "اطلاعاتی", "فزاینده", "بی‌سابقه",
        "تهاجمی", "احتمالی", "فوری", "تاریخی", "مهم", "حضوری", "مستقیم", "غیرمستقیم", "تلفنی", "اقتصادی", "امروز",
        "نظامیان", "نیروهای", "ارتش‌های", "یگان‌های", "واحدهای", "ناوهای", "ناوگروه‌های", "نیروهای مسلح",
        "آتی", "قریب‌الوقوع", "ویژه", "نخستین", "اولین", "دوم", "مجدد", "«شدید»", "دائم", "کامل", "ناظر",
        "روزافزون", "غیردائم", "افتخاری", "وابسته", "اصلی", "فعال", "بزرگ", "گسترده‌تر", "بیشتر", "نزدیک", "عمیق",
        "دیرینه", "پیمانی", "دیرین", "سنتی", "همیشگی",
    )
)
_SQ_STATE_OF = squeeze("حال")
_SQ_PUNISH = squeeze("مجازات")
_SQ_BACKING = squeeze("حمایت")
_UNDER_WORDS = frozenset(squeeze(w) for w in ("مورد", "تحت"))
_ANSWER_NOUNS = frozenset(squeeze(w) for w in ("پاسخ", "پاسخی", "واکنش", "واکنشی", "تلافی", "انتقام"))
_SAYING = frozenset(squeeze(w) for w in ("گفته", "گفته‌ی", "گفتهٔ", "اعتقاد", "ادعای", "نوشته", "اظهار", "روایت"))
_OPERATION_NOUNS = frozenset(squeeze(w) for w in ("عملیات", "عملیاتی", "حمله", "حملات", "حمله‌ای", "تهاجم", "یورش"))
_STANCES = frozenset(squeeze(w) for w in ("حمایت", "پشتیبانی", "مخالفت", "موافقت"))
_SUPPORT = tuple(squeeze(w) for w in ("پشتیبانی لجستیک", "پشتیبانی اطلاعات", "کمک لجستیک", "کمک‌های لجستیک",
                                      "اطلاعات ماهواره", "پشتیبانی هوایی", "پشتیبانی فنی", "مشاوران نظامی",
                                      "اطلاعات", "تجهیزات نظامی", "مستشار"))  # («اطلاعاتی درباره … در اختیار X گذاشتند»)
_BACKING = frozenset(squeeze(w) for w in ("پشتیبانی", "حمایت", "کمک", "همکاری", "مشارکت", "همراهی"))
_WARDING_OFF = frozenset(squeeze(w) for w in ("دفع", "رهگیری", "خنثی‌سازی", "مقابله", "محکومیت", "دفاع"))
_AIMED_AT = frozenset(squeeze(w) for w in ("علیه", "ضد", "متوجه", "برضد"))
_SQ_NO = squeeze("هیچ")


_TIME_OF_DAY = _WEEKDAYS | frozenset(squeeze(w) for w in ("شامگاه", "ظهر", "روز"))  # and «بامداد», «امروز» …


def _time_word(word: str) -> bool:
    """«بامداد», «یکشنبه‌ی»: a time of day or weekday between a noun and its genitive."""
    w = squeeze(word)
    return w in _TIME_OF_DAY or (w.endswith("ی") and w[:-1] in _TIME_OF_DAY)


def _quoted(toks, j: int) -> bool:
    """Is token ``j`` inside guillemets («تهدیدهای «روزافزون» ارتش چین»)?"""
    left = next((k for k in range(j - 1, max(-1, j - 6), -1) if toks[k].text in ("«", "»")), None)
    right = next((k for k in range(j + 1, min(len(toks), j + 6)) if toks[k].text in ("«", "»")), None)
    return left is not None and right is not None and toks[left].text == "«" and toks[right].text == "»"


def _quote_span(toks, j: int, width: int = 16) -> tuple[int, int] | None:
    """The «…» (token positions of « and ») around token ``j``, if it stands inside one of at most ``width`` tokens."""
    left = next((k for k in range(j - 1, max(-1, j - width), -1) if toks[k].text in ("«", "»")), None)
    if left is None or toks[left].text != "«":
        return None
    right = next((k for k in range(j + 1, min(len(toks), left + width)) if toks[k].text in ("«", "»")), None)
    return (left, right) if right is not None and toks[right].text == "»" else None


_SQ_WARLIKE = squeeze("جنگی")
_CUT = frozenset(squeeze(w) for w in ("قطع", "متوقف"))
_APPOS_HEADS = frozenset(squeeze(w) for w in ("رئیس", "رییس", "دبیر", "دبیرکل", "سخنگوی", "نماینده", "معاون", "مشاور",
                                               "سفیر", "رهبر", "مدیر", "مدیرعامل", "عضو", "بنیان‌گذار"))
_TIME_NOUNS = _GREGORIAN_MONTHS | frozenset(squeeze(w) for w in (
    "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند",
    "گذشته", "امسال", "پارسال", "شنبه", "یکشنبه", "دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه"))
_PAST_FUTURE = frozenset(squeeze(w) for w in ("گذشته", "آینده", "پیش"))
# plural place heads before names the reader may not know
_PLACE_PLURALS = frozenset(squeeze(w) for w in ("شهرهای", "روستاهای", "ولسوالی‌های", "استان‌های", "ولایت‌های",
                                                "بخش‌های", "مناطق", "شهرک‌های", "بنادر", "جزایر", "ایالت‌های"))
_ATTRIBUTIVE = frozenset(squeeze(w) for w in ("جدید", "سابق", "پیشین", "کنونی", "فعلی"))
_COUNTS = {squeeze(w): n for n, w in enumerate(("صفر", "یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه", "ده"))} \
    | {str(n): n for n in range(11)}
_UNITS = frozenset(squeeze(w) for w in ("اسکادران", "اسکادرانی", "ناوگروه", "ناوگروهی", "یگان", "یگانی", "گردان", "گردانی"))
_AGGRESSIVE = frozenset(squeeze(w) for w in ("تهاجمی", "تجاوزکارانه", "تجاوزگرانه"))
_CALLING = frozenset(squeeze(w) for w in ("خواند", "نامید", "دانست", "توصیف"))
_SQ_INSTEAD = squeeze("بهجای")
_EVENT_NOUNS = frozenset(squeeze(w) for w in ("سفر", "دیدار", "نشست", "ملاقات", "گفت‌وگو", "گفتگو", "رزمایش", "مانور", "حمله",
                                              "قرارداد", "توافق", "معامله", "تحویل", "مذاکرات", "مذاکره"))
_DONE = frozenset(squeeze(w) for w in ("انجام", "برگزار", "صورت", "امضا", "محقق", "عملی"))
_NOT_BECAME = frozenset(squeeze(w) for w in ("نشد", "نشده", "نگرفت", "نشده‌است", "نمی‌شود", "نخواهد"))
_CONDITIONS = frozenset(squeeze(w) for w in ("صورت", "اگر", "چنانچه", "درصورت", "درصورتی", "هرگاه"))
_SAID = frozenset(squeeze(w) for w in ("گفت", "افزود", "کرد", "داد", "گفته", "کرده"))
_LAW_HEADS = frozenset(squeeze(w) for w in ("قانون", "کنترل", "مقررات", "آیین‌نامه"))
_DELEGATION = tuple(squeeze(w) for w in ("هیئت", "هیأت", "هیات"))


_WATER_HEADS = frozenset(squeeze(w) for w in ("آب‌های", "آبهای", "آب"))
_NEAR = frozenset(squeeze(w) for w in ("نزدیک", "نزدیکی", "اطراف", "پیرامون", "حوالی"))


def _waters_before(toks, start: int) -> bool:
    """Whether the chunk at ``start`` follows «آب‌های نزدیک/اطراف …» (waters near a state are not the state)."""
    j = start - 1
    if not (j >= 1 and squeeze(toks[j].text) in _NEAR):
        return False  # «به آب‌های سرزمینی این کشور گلوله شلیک کرد»: a state's own waters are the state
    return squeeze(toks[j - 1].text) in _WATER_HEADS


_COMMAND_NOUNS = frozenset(squeeze(w) for w in ("فرماندهی", "رهبری"))
_HEADED_BY = frozenset(squeeze(w) for w in ("سرپرستی", "ریاست"))


def _delegation_head(toks, k: int) -> bool:
    """Whether «به» at ``k`` (before «سرپرستی/ریاست X») closes a delegation's noun phrase
    («هیئتی بلندپایه از آمریکا به سرپرستی», «هیئت طالبان به ریاست»)."""
    if toks[k].text != "به":
        return False
    for j in range(k - 1, max(-1, k - 8), -1):
        if squeeze(toks[j].text).startswith(_DELEGATION):
            return True
        if toks[j].text in ("،", ",", "را", "که") or is_verb(toks[j].text):
            return False
    return False


def _delegation_before(toks, k: int) -> bool:
    """Whether «از» at ``k`` follows a delegation («هیئتی از», «هیئتی نظامی از», «هیئت بلندپایه‌ای از»)."""
    if k < 1 or toks[k].text != "از":
        return False
    for j in range(k - 1, max(-1, k - 4), -1):
        w = squeeze(toks[j].text)
        if w.startswith(_DELEGATION):
            return True
        if toks[j].kind != "word" or is_verb(toks[j].text):
            return False
    return False


def _adjectival(word: str) -> bool:
    """Looks like an adjective that may stand between a noun and its genitive."""
    w = word.replace("\u200c", "")
    return w.endswith(("ی", "انه", "جانبه", "ساله", "روزه", "آمیز")) and not w.endswith(("های", "گی"))


_BETWEEN = frozenset(squeeze(w) for w in ("میان", "بین", "مابین"))
_PASSIVE_OK = frozenset({"sanctions", "attacks", "threatens", "suppliesArmsTo"})
_SOVI_SQ = frozenset(squeeze(w) for w in MARKERS["sovi"])
_COORD_GAP = frozenset({"و", "،", ",", "-", "–", "«", "»"})
_AGENT_NOUNS = frozenset(squeeze(w) for w in (
    "قصد", "تصمیم", "برنامه", "برنامه‌های", "تلاش", "تلاش‌های", "آمادگی", "تمایل", "اراده", "عزم", "تعهد",
    "اعلام", "موافقت", "پیشنهاد", "درخواست", "خواست", "هدف", "سیاست", "توافق",
))
_CLAUSE_BREAK = frozenset({"که", "؛", ":", ";", "زیرا", "چون", "اما", "ولی", "درحالی‌که", "بلکه", "سپس"})
_SUBJECT_OPENERS = frozenset({"،", "«", ":", "(", "و", "؛", "-", "همچنین", "نیز", "هم", "که", "امروز", "دیروز", "اکنون",
                              "اما", "ولی", "بلکه", "سپس", "زیرا", "چون", "درحالی‌که", "حال", "البته", "ضمنا",
                              "اگر", "چنانچه", "وقتی", "هنگامی‌که", "تا"})


# agents named only by what they are («شورشیان», «افراد مسلح ناشناس»)
_ANONYMOUS_AGENTS = frozenset(squeeze(w) for w in (
    "شورشیان", "ستیزه‌جویان", "جنگجویان", "مهاجمان", "مهاجمین", "شبه‌نظامیان", "تروریست‌ها", "تروریستها", "افراد",
    "عوامل", "ناشناس", "ناشناخته", "تکفیری‌ها", "تروریست", "شورشی", "ستیزه‌جو", "جنگجو", "مسلحین", "مسلحان", "مردان",
    "یکی", "افسران", "ماموران", "مأموران", "جاسوسان"))  # «یکی از این افسران پیشتر به مالزی سفر کرده»
# «مناطقی از X»: a part of a place or a body stands for it as an object
_PARTITIVE = frozenset(squeeze(w) for w in (
    "مناطقی", "نقاطی", "بخش‌هایی", "بخشی", "قسمت‌هایی", "مواضعی", "اهدافی", "مراکزی", "تأسیساتی", "تاسیساتی",
    "پایگاه‌هایی", "شهرهایی", "روستاهایی", "نقطه‌ای", "مناطق", "بخش‌های", "نقاط", "مواضع", "شماری", "تعدادی", "کاروانی",
    "نقطه", "هدف", "اهداف", "هدف‌هایی", "پایگاه", "پایگاهی", "مقر", "مقری", "مقرهایی", "ساختمانی", "اردوگاهی"))  # «چندین نقطه در صنعا را», «ده‌ها هدف … در صنعا»


_TARGET_PREPS = frozenset(squeeze(w) for w in ("به", "علیه", "بر", "ضد"))
_CROWDS = frozenset(squeeze(w) for w in ("صدها", "هزاران", "میلیون‌ها"))
_COUNT_WORDS = _NUMBER_WORDS | _CROWDS | frozenset(squeeze(w) for w in ("برخی", "شماری", "تعدادی"))


# how heavy or wide an attack was («حملات سنگینی», «حمله‌ای مرگبار»)
_INTENSITY = frozenset(squeeze(w) for w in ("سنگین", "مرگبار", "تازه", "هماهنگ", "بزرگ", "کوبنده", "متعدد", "پی‌درپی",
                                            "مداوم", "وسیع", "شبانه", "سهمگین", "گسترده", "شدید", "جدید", "دقیق",
                                            "مستمر", "مکرر", "پیاپی", "پیوسته"))


def _describes(word: str) -> bool:
    """An adjective of a trigger noun, bare or indefinite («گسترده», «گسترده‌ای»)."""
    w = squeeze(word)
    if w in _ADJ_AFTER_TRIGGER:
        return True
    if w.endswith("ای") and len(w) > 4:
        stem = w[:-2]
    elif w.endswith("ی") and len(w) > 3:
        stem = w[:-1]  # «حملات سنگینی»
    else:
        return False
    return stem in _ADJ_AFTER_TRIGGER or stem in _INTENSITY


def _timed_conjunct(gap: list[str]) -> bool:
    """«شهر گوما را در ژانویه و در فوریه شهر بوکاوو را»: «و در فوریه» between two conjuncts."""
    words = [w for w in gap if w not in ("،", ",")]
    return 3 <= len(words) <= 4 and words[0] == "و" and words[1] == "در" and squeeze(words[-1]) in _TIME_NOUNS \
        and len(gap) - len(words) <= 1


def _partitive_preposition(lex: Lexicon, toks, d: int) -> tuple[str, int] | None:
    """«علیه اهداف نظامی در X», «به ۹ نقطه در X», «به مواضعی در X»: the preposition of a part named
    before the «در» at ``d`` (with at most two adjectives or a number between), or None."""
    j = d - 1
    skipped = 0
    q = d - 1
    while q >= 1 and d - q <= 5 and squeeze(toks[q].text) not in _PLACE_PLURALS and (toks[q].text == "و" or (
            toks[q].kind == "word" and not is_verb(toks[q].text) and not lex.prepositions.lookup(toks[q].text))):
        q -= 1
    if q >= 1 and q < d - 1 and squeeze(toks[q].text) in _PLACE_PLURALS and squeeze(toks[q - 1].text) in _TARGET_PREPS:
        return toks[q - 1].text, q - 1  # «بر ولسوالی‌های ارگون و برمل در ولایت پکتیکا»: places named in a region
    while j >= 0 and skipped <= 2 and squeeze(toks[j].text) not in _PARTITIVE:
        if toks[j].kind != "word" or is_verb(toks[j].text) or lex.prepositions.lookup(toks[j].text) \
                or not _adjectival(toks[j].text):
            return None
        j -= 1
        skipped += 1
    if j < 1 or squeeze(toks[j].text) not in _PARTITIVE:
        return None
    k = j - 1
    while k >= 0 and j - k <= 2 and (toks[k].kind == "num" or squeeze(toks[k].text) in _COUNT_WORDS):
        k -= 1  # «به ۹ نقطه», «به ده‌ها هدف»
    if k >= 0 and squeeze(toks[k].text) in _TARGET_PREPS:
        return toks[k].text, k
    return None


@dataclass
class Slot:
    chunk: Chunk
    marker: str | None  # a preposition as written, "را", "gen", "gen_other" or None (unmarked)
    gen_of: int | None = None  # token index of the trigger it is a genitive of
    coord_head: int | None = None  # index into slots of the first chunk of its coordination
    np_marker: str | None = None  # the preposition of the noun phrase a genitive sits in
    marker_at: int | None = None  # where a part's preposition stands («علیه اهداف نظامی در X»), if not before the chunk


@dataclass
class Candidate:
    """A relation read from a sentence, before resolution to entities."""

    frame: Frame
    subjects: list[Chunk]
    objects: list[Chunk]
    status: str  # occurred | planned | negated | hypothetical
    confidence: float
    trigger_start: int
    trigger_end: int
    qualifiers: dict[str, str] = field(default_factory=dict)
    inherited_subject: bool = False
    pair_mode: bool = False
    place_chunks: list[Chunk] = field(default_factory=list)
    continues: bool = False  # «… هشدار داد:» — the target is in the next sentence, the quoted warning
    speakers: list[Chunk] = field(default_factory=list)  # «X گفت Y تهدیدی برای امنیت منطقه است»: X, if no one else sees it
    unclaimed: bool = False  # «X مورد حمله قرار گرفت» with no attacker named: a later claim may name one
    plural_verb: bool = False  # «… شلیک کردند»: a third-person plural verb (no single person is its dropped subject)


# hazm's part-of-speech tags of a word (a process-wide word list, like the lexicon), set by the extractor
_TAGS: list = [lambda _w: frozenset()]


def _noun(word: str) -> bool:
    tags = _TAGS[0](word)
    if not tags:
        for suffix in ("\u200cهای", "\u200cها", "های", "ها"):
            if word.endswith(suffix) and len(word) > len(suffix) + 2:
                tags = _TAGS[0](word[: -len(suffix)])  # «فعالیت‌های»: a written plural of a noun
                break
    return "N" in tags and ("ADV" not in tags or squeeze(word) in _NOUNS_TAGGED_ADV)


_UNTAGGED = frozenset({"0"})
_NOUNS_TAGGED_ADV = frozenset(squeeze(w) for w in ("حضور", "استقرار"))


class SentenceRelations:
    def __init__(self, lex: Lexicon, tags=None) -> None:
        self.lex = lex
        if tags is not None:
            _TAGS[0] = tags
        self._marker_words: dict[str, set[str]] = {k: {squeeze(p) for p in v} for k, v in MARKERS.items()}

    # -- structure -------------------------------------------------------------
    def slots(self, sent: Sentence, chunks: list[Chunk], triggers: dict[int, int]) -> list[Slot]:
        toks = sent.tokens
        out: list[Slot] = []
        # the preposition before each token, looked up once per sentence for every slots() call
        preps = sentence_index(sent).memo.setdefault(("preps", self.lex.prepositions._serial,  # noqa: SLF001
                                                      self.lex.prepositions._version), {})  # noqa: SLF001
        closed: list[set[int]] = []

        def closes_adjunct() -> set[int]:  # the commas closing a time or cause adjunct set off by commas (once, if asked)
            if not closed:
                closed.append({b for a, b in _closed_adjuncts(toks, len(toks)) if a > 0 and toks[a - 1].text in ("،", ",")})
            return closed[0]

        for ci, c in enumerate(chunks):
            # coordination: «X و Y», «X، Y و Z» share the first one's marker
            gap = [t.text for t in toks[out[-1].chunk.end: c.start]] if out else []
            if out and out[-1].chunk.start == 0 and gap == ["-"] and len(out) == 1:
                out[-1].marker = "appos"  # «واشنگتن - لهستان، …»: a dateline, no argument of the sentence
                gap = []
            if out and c.start >= 1 and toks[c.start - 1].text == "(" and out[-1].chunk.end == c.start - 1 \
                    and c.end < len(toks) and toks[c.end].text == ")" and c.ids and set(c.ids) & set(out[-1].chunk.ids):
                out.append(Slot(c, "appos", None, None))  # «سازمان پیمان آتلانتیک شمالی (ناتو)»: the same name again
                continue
            if gap and gap[0] in ("،", ",") and out[-1].chunk.end in closes_adjunct():
                gap = []  # «…، همزمان با سفر وزیر به سوریه، فرودگاه دمشق را …»: the comma closes the adjunct
            if gap and gap[0] == "(" and ")" in gap:
                gap = gap[gap.index(")") + 1:]  # «حزب کارگران کردستان (پ ک ک) و یگان‌های مدافع خلق»: the acronym glossed
            if out and gap and gap[0] in ("،", ",") and out[-1].marker in _SOURCE_MARKERS:
                gap = []  # «به گفته او، ایران، روسیه و سوریه …»: the comma closes the source of the claim
            if out and 1 <= len(gap) <= 3 and set(gap) <= _COORD_GAP and set(gap) & {"و", "،", ",", "-"} \
                    or out and _timed_conjunct(gap) or out and gap in (["و", "سپس"], ["و", "نیز"], ["و", "همچنین"]):
                head = out[-1].coord_head if out[-1].coord_head is not None else len(out) - 1
                if not (c.end < len(toks) and toks[c.end].text == "را" and out[-1].chunk.kind == "role"
                        and c.kind == "person" and out[head].marker not in ("را", None)):
                    out.append(Slot(c, out[head].marker, out[head].gen_of, head))
                    continue
                # «X را به ریاست ستاد و Y را به فرماندهی …»: a new object, not a second «به ریاست»
            if out and c.start >= 1 and toks[c.start - 1].text == "(" and out[-1].chunk.end == c.start - 1 \
                    and c.end < len(toks) and toks[c.end].text == ")" and out[-1].chunk.kind in ("person", "role") \
                    and c.ids and set(c.ids) <= set(out[-1].chunk.role_of):
                out.append(Slot(c, "appos", None, None))  # «X، فرمانده نیروهای مسلح انقلابی کلمبیا (فارک)»: the post's body again
                continue
            marker, gen_of = self._marker(toks, c.start, triggers, preps)
            marker_at = None
            if marker == "از" and c.start >= 3 and squeeze(toks[c.start - 2].text) in _PARTITIVE \
                    and self.lex.prepositions.lookup(toks[c.start - 3].text):
                marker = toks[c.start - 3].text  # «به کاروانی از ارتش مالی کمین زدند»: the part's preposition
                marker_at = c.start - 3
            elif marker == "در" and c.start >= 3:
                outer = _partitive_preposition(self.lex, toks, c.start - 1)
                if outer is not None:
                    marker, marker_at = outer  # «حملات را علیه اهداف نظامی در یوگسلاوی آغاز کردند»: targets there
            if marker in ("به", "با") and c.start >= 3 and squeeze(toks[c.start - 2].text) in _AFFILIATED \
                    and squeeze(toks[c.start - 3].text) in _FORCES:
                marker, gen_of = None, None  # «نیروهای وفادار به X حمله کردند»: X's forces act for X
            if _waters_before(toks, c.start):
                marker, gen_of = "near", None  # «به آب‌های نزدیک تایوان شلیک کرد»: the waters, not the state
            elif marker == "از" and _delegation_before(toks, c.start - 1):
                marker, gen_of = None, None  # «هیئتی نظامی از پاکستان وارد پکن شد»: a delegation acts for its state
            elif marker in ("به", "gen_other") and c.start >= 2 and squeeze(toks[c.start - 1].text) in _HEADED_BY \
                    and _delegation_head(toks, c.start - 2):
                marker, gen_of = None, None  # «هیئتی از آمریکا به سرپرستی X … دیدار کرد»: X leads it, X met
            if marker in ("به", "تحت", "gen_other") and c.start >= 2 and squeeze(toks[c.start - 1].text) in _COMMAND_NOUNS \
                    and toks[c.start - 2].text in ("به", "تحت"):
                marker, gen_of = "headed", None  # «سپاه به فرماندهی X موشک شلیک کرد»: X commands, is no target
            np_marker = None
            ex = _especially_before(toks, c.start)
            if ex is not None:
                # «از نفوذ گروه‌های تروریستی، به ویژه داعش، …»: an example of the noun phrase before the comma takes
                # its place in the sentence (not the preposition «به»)
                marker, gen_of = "gen_other", None
                np_marker = self._np_marker(toks, ex, preps)
            elif marker == "gen_other":
                np_marker = self._np_marker(toks, c.start, preps)
                if np_marker == "با" and _manner_with(toks, c.start):
                    np_marker = "manner"  # «با هماهنگی رئیس‌جمهور روسیه با X گفت‌وگو کرد»: how, not with whom
            elif marker == "gen" and gen_of is not None:
                np_marker = self._np_marker(toks, gen_of + 1, preps)  # «درباره همکاری نظامی روسیه و کره شمالی»
            out.append(Slot(c, marker, gen_of, None, np_marker, marker_at))
        # «A، B و C» is a list; «A، B را …» (apposition, or a new clause) is not
        k = 0
        while k < len(out):
            if out[k].coord_head is None:
                m = k + 1
                while m < len(out) and out[m].coord_head == k:
                    m += 1
                if m - k >= 2:
                    seps = [toks[out[q].chunk.start - 1].text if out[q].chunk.start > 0 else "" for q in range(k + 1, m)]
                    seps = ["و" if any(t.text == "و" for t in toks[out[q - 1].chunk.end: out[q].chunk.start]) else "،"
                            for q in range(k + 1, m)]
                    last_and = max((i for i, sp in enumerate(seps) if sp == "و"), default=-1)
                    for q in range(k + 1 + last_and + 1, m):
                        # members after the last «و» are not part of the list
                        marker, gen_of = self._marker(toks, out[q].chunk.start, triggers, preps)
                        out[q].coord_head, out[q].marker, out[q].gen_of = None, marker, gen_of
                        for r2 in range(q + 1, m):
                            if out[r2].coord_head == k:
                                out[r2].coord_head = q
                        break
                k = m
            else:
                k += 1
        # «نانسی پلوسی، رئیس مجلس نمایندگان آمریکا، …»: a body inside a person's apposition is no argument
        for q in range(1, len(out)):
            c, prev = out[q].chunk, out[q - 1].chunk
            if out[q].coord_head is None and prev.is_person_like and 2 <= c.start - prev.end <= 4 \
                    and toks[prev.end].text in ("،", ",") and squeeze(toks[prev.end + 1].text) in _APPOS_HEADS \
                    and all(t.kind == "word" for t in toks[prev.end + 1: c.start]) \
                    and c.end < len(toks) and toks[c.end].text in ("،", ","):
                out[q].marker = "appos"
        # «X، ژنرال بازنشسته و از یاران قدیمی خود، را …»: «را» after an apposition marks X
        for j, t in (enumerate(toks) if "را" in sentence_index(sent).words else ()):
            if t.text != "را" or j < 2:
                continue
            if toks[j - 1].text not in ("،", ","):
                # «X، رئیس …، و اعضای خانواده او را»: X and a short noun phrase after the apposition
                v = next((i for i in range(j - 1, max(0, j - 7), -1) if toks[i].text == "و"), None)
                if v is None or v < 2 or toks[v - 1].text not in ("،", ",") or any(
                        is_verb(x.text) or x.kind == "punct" for x in toks[v + 1: j]):
                    continue
                j = v
            k = j - 2
            while k >= 0 and j - k <= 12 and toks[k].text not in ("،", ",") and not is_verb(toks[k].text):
                k -= 1
            if k >= 0 and toks[k].text in ("،", ","):
                for q, s in enumerate(out):
                    end = s.chunk.end
                    if q + 1 < len(out) and out[q + 1].chunk.end == k and out[q + 1].marker == "در" and s.marker is None \
                            and s.chunk.end == out[q + 1].chunk.start - 1 and s.chunk.kind in ("place", "kb"):
                        end = k  # «پایگاه هوایی العدید در قطر، بزرگ‌ترین پایگاه …، را»: the place before where it lies
                    if end == k and (s.marker is None or s.marker == "gen_other" and s.chunk.kind in ("place", "kb")
                                     and squeeze(toks[s.chunk.start].text) in _PLACE_HEAD_WORDS):
                        # («هواپیماهای اریتره‌ای شهر مکله، مرکز ایالت تیگرای، را»: a place named by its head)
                        head = s.coord_head if s.coord_head is not None else q
                        for m in range(head, q + 1):
                            out[m].marker = "را"
                        for s2 in out:  # «شهر بوکاوو، مرکز استان کیوو جنوبی، را»: inside the apposition, no argument
                            if k < s2.chunk.start and s2.chunk.end <= j - 1:  # («… آمریکا در غرب آسیا، را»)
                                s2.marker = "appos"
        # «پس از تحریم‌های … علیه سوریه، قطر و ترکیه نیز به حماس فشار آوردند»: before «نیز/هم» the
        # members after the last comma are the next clause's subject, not part of the list
        k = 0
        while k < len(out):
            if out[k].coord_head is None:
                members = [k] + [q for q in range(k + 1, len(out)) if out[q].coord_head == k]
                last = out[members[-1]].chunk
                if len(members) >= 3 and last.end < len(toks) and toks[last.end].text in ("نیز", "هم") \
                        and out[k].marker not in (None, "gen", "gen_other"):  # («میزبان پایگاه‌های A، B و C نیز هست»)
                    seps = [toks[out[q].chunk.start - 1].text for q in members[1:]]
                    cut = max((i for i, sp in enumerate(seps) if sp in ("،", ",")), default=None)
                    if cut is not None:
                        new_head = members[cut + 1]
                        out[new_head].coord_head, out[new_head].marker, out[new_head].gen_of = None, None, None
                        for q in members[cut + 2:]:
                            out[q].coord_head, out[q].marker = new_head, None
                k = members[-1] + 1
            else:
                k += 1
        # «X و Y را»: the object marker after the chain applies to all of it
        for k, s in enumerate(out):
            e = s.chunk.end
            if e + 1 < len(toks) and toks[e].text in ("»", '"') and toks[e + 1].text == "را" \
                    and s.chunk.start > 0 and toks[s.chunk.start - 1].text in ("«", '"'):
                e += 1  # «…» را: a quoted name as the object
            if e + 1 < len(toks) and toks[e].text in ("،", ",") and toks[e + 1].text == "را" and "،" in s.chunk.surface \
                    and s.coord_head is None and not any(o.coord_head == k for o in out):
                e += 1  # «ایوان دوکه، رئیس‌جمهور کلمبیا، را»: a name with its post in apposition
            if e < len(toks) and toks[e].text == "را":
                head = s.coord_head if s.coord_head is not None else k
                if out[head].marker == "در" or (out[head].marker == "gen_other" and out[head].np_marker == "در"):
                    # «منطقه بالاکوت در ایالت خیبر پختونخوا پاکستان را بمباران کردند»: the place before «در» heads
                    # the object; where it lies is its modifier
                    d = next((j for j in range(out[head].chunk.start - 1, max(-1, out[head].chunk.start - 7), -1)
                              if toks[j].text == "در"), None)
                    front = [q for q in range(head) if d is not None and out[q].chunk.end == d and out[q].marker is None
                             and (out[q].chunk.kind == "place" or out[q].chunk.kind == "kb"
                                  and squeeze(toks[out[q].chunk.start].text) in _PLACE_HEAD_WORDS)]
                    if front:
                        q0 = out[front[0]].coord_head if out[front[0]].coord_head is not None else front[0]
                        if out[q0].marker is None:
                            for m in range(q0, front[0] + 1):
                                out[m].marker = "را"
                            continue
                if out[head].marker == "gen_other":
                    # «حوثی‌های یمن را»: the object is the whole noun phrase, headed by the chunk before
                    q = head
                    while q > 0 and out[q].marker == "gen_other" and out[q - 1].chunk.end == out[q].chunk.start \
                            and toks[out[q - 1].chunk.end - 1].text.endswith(("ها", "های", "\u200cی")):
                        q -= 1  # a written genitive («حوثی‌های یمن»), not two bare names («آمریکا ایران را»)
                    if q < head and out[q].marker is None:
                        out[q].marker = "را"
                    elif q == head and head > 0 and out[head - 1].chunk.end == out[head].chunk.start \
                            and out[head - 1].marker is None:
                        for m in range(head, k + 1):  # «اسرائیل ایران را متهم کرد»: subject, then object
                            out[m].marker = "را"
                    elif q == head and head > 0 and out[head - 1].chunk.end == out[head].chunk.start \
                            and out[head - 1].coord_head is not None:
                        # «آمریکا وزارت دفاع ترکیه، وزارت انرژی و سه وزیر ترکیه را»: a list right after the subject,
                        # its last member's genitive before «را»
                        h0 = out[head - 1].coord_head
                        if out[h0].marker == "gen_other" and h0 > 0 and out[h0 - 1].chunk.end == out[h0].chunk.start \
                                and out[h0 - 1].marker is None:
                            for m in range(h0, k + 1):
                                out[m].marker = "را"
                    continue
                if out[head].marker in ("از", "در") and out[head].chunk.start >= 2 \
                        and squeeze(toks[out[head].chunk.start - 2].text) in _PARTITIVE:
                    for m in range(head, k + 1):  # «مناطقی از تهران را هدف قرار داد»: part of X is X's
                        out[m].marker = "را"
                    continue
                if out[head].marker is not None:
                    continue  # «قابلیت‌های ائتلاف ژاپن-آمریکا را», «در ناتو را»: «را» marks the head noun
                for m in range(head, k + 1):
                    out[m].marker = "را"
        # «هشت فرمانده سپاه از جمله A، B و C را تحریم کرد»: the examples listed share the object marker of the
        # whole noun phrase, and so does the noun phrase they exemplify
        words = sentence_index(sent).words
        if "جمله" in words:
            for j in range(1, len(toks) - 1):
                if toks[j].text != "جمله" or toks[j - 1].text != "از":
                    continue
                ra = next((q for q in range(j + 1, min(len(toks), j + 40)) if toks[q].text == "را"
                           or toks[q].kind == "word" and is_verb(toks[q].text)), None)
                if ra is None or toks[ra].text != "را":
                    continue
                listed = [k for k, sl in enumerate(out) if j < sl.chunk.start < ra]
                before = [k for k, sl in enumerate(out) if j - 3 <= sl.chunk.end <= j - 1 and sl.marker is None]
                if not listed or any(out[k].marker not in (None, "را", "gen_other", "gen") for k in listed if out[k].coord_head is None):
                    continue
                for k in before[-1:] + listed:  # the examples are the object («هشت فرمانده» is not a subject either)
                    out[k].marker = "را"
                    out[k].coord_head = listed[0] if k > listed[0] else None
        # «X … چند شرکت ایرانی سازنده پهپاد را تحریم کرد»: an unmarked name heading a noun phrase of common words
        # closed by «را» is the object when an unmarked subject stands before it
        if "را" in sentence_index(sent).words:
            for k, sl in enumerate(out):
                if k == 0 or sl.marker is not None or sl.coord_head is not None or any(o.coord_head == k for o in out):
                    continue
                e = sl.chunk.end
                ra = next((q for q in range(e + 1, min(len(toks), e + 4)) if toks[q].text == "را"), None)
                if ra is None or (k + 1 < len(out) and out[k + 1].chunk.start < ra) or any(
                        t.kind != "word" or is_verb(t.text) or participle(t.text) or self.lex.prepositions.lookup(t.text)
                        or squeeze(t.text) in self.lex.stopwords or t.text == "و" for t in toks[e: ra]):
                    continue
                subj = [q for q in range(k) if out[q].marker is None and out[q].coord_head is None]
                if subj and not any(t.kind == "word" and is_verb(t.text) or t.text in _CLAUSE_BREAK
                                    for t in toks[out[subj[0]].chunk.end: sl.chunk.start]):
                    sl.marker = "را"
                    for q in subj[1:]:  # («یک شرکت … مستقر در تهران و چند شرکت ایرانی … را»: both are the object)
                        if any(t.text == "و" for t in toks[out[q].chunk.end: sl.chunk.start]):
                            out[q].marker = "را"
        return out

    def _prep_before(self, toks, start: int, preps: dict[int, str | None] | None = None) -> str | None:
        """The preposition of three, two or one tokens (widest first) that ends right before token ``start``.

        ``preps`` memoises it for the sentence (it depends on the tokens only)."""
        if preps is not None and start in preps:
            return preps[start]
        out = None
        # a preposition ending here ends with the last word's squeezed form (Gazetteer.key_endings): most words end none
        ends = self.lex.prepositions.key_endings()
        # multi-word prepositions first («از سوی», «در مواجهه با»)
        for width in ((3, 2, 1) if ends is None or start > 0 and squeeze(toks[start - 1].text) in ends else ()):
            if start - width < 0 or (width > 1 and toks[start - width].kind == "punct"):
                continue  # «… «پهپادی» علیه ایران»: the quote is not part of the preposition
            phrase = " ".join(t.text for t in toks[start - width: start])
            if self.lex.prepositions.lookup(phrase):
                out = phrase
                break
        if preps is not None:
            preps[start] = out
        return out

    def _marker(self, toks, start: int, triggers: dict[int, int],
                preps: dict[int, str | None] | None = None) -> tuple[str | None, int | None]:
        if start == 0:
            return None, None
        if toks[start - 1].text == "«" and start > 1:
            start -= 1  # «از جمله «حزب X»»: a quoted name takes the marker before its quotes
        if start > 1 and squeeze(toks[start - 1].text) in _INDEFINITE and self._prep_before(toks, start - 1, preps) is not None:
            start -= 1  # «به یک مرکز آموزشی ارتش»: the indefinite article between a preposition and its noun
        phrase = self._prep_before(toks, start, preps)
        if phrase is not None:
            return phrase, None
        prev = toks[start - 1]
        # genitive of a trigger: «سفر X», «همکاری نظامی X و Y», «تحریم‌های یکجانبه X», «عضو این پیمان»
        j = start - 1
        while j >= 0 and start - j <= 4 and j not in triggers and (squeeze(toks[j].text) in _ADJ_AFTER_TRIGGER
                                                                    or squeeze(toks[j].text) in _INTENSITY or (
                toks[j].kind == "word" and not is_verb(toks[j].text)
                and not self.lex.prepositions.lookup(toks[j].text) and squeeze(toks[j].text) not in self.lex.stopwords
                and (_adjectival(toks[j].text) or _quoted(toks, j) or self.lex.weapons.lookup(toks[j].text)))
                or toks[j].text in ("-", "«", "»") or _time_word(toks[j].text)  # «حمله‌ی بامداد یکشنبه‌ی آمریکا»
                or (toks[j].text == "و" and j > 0 and squeeze(toks[j - 1].text) in _ADJ_AFTER_TRIGGER)):  # «موشکی و پهپادی»
            j -= 1  # «فروش سلاح آمریکا به تایوان»: the weapon sold stands between the noun and its genitive
        if j >= 0 and j in triggers:
            return "gen", triggers[j]
        if prev.text == "»" and start >= 3:
            # «از «اقدامات خطرناک» چین»: a short quoted noun phrase, then its genitive
            k = start - 2
            while k >= 0 and start - k <= 6 and toks[k].text != "«" and toks[k].kind == "word" and not is_verb(toks[k].text):
                k -= 1
            if k >= 0 and toks[k].text == "«" and k < start - 2 and (k == 0 or toks[k - 1].kind == "word" or toks[k - 1].text == "،"):
                return "gen_other", None
        if squeeze(prev.text) in _ATTRIBUTIVE and start >= 2 and toks[start - 2].kind == "word" \
                and not is_verb(toks[start - 2].text) and not self.lex.prepositions.lookup(toks[start - 2].text) \
                and squeeze(toks[start - 2].text) not in self.lex.stopwords:
            return "gen_other", None  # «مأموریت جدید اتحادیه آفریقا»: a noun, its adjective, then its genitive
        if prev.kind == "punct" or prev.text in _SUBJECT_OPENERS or squeeze(prev.text) in self.lex.stopwords:
            return None, None
        if is_verb(prev.text):
            return None, None
        if squeeze(prev.text) in _TIME_NOUNS and start >= 2 and toks[start - 2].text == "در":
            return None, None  # «در فوریه شهر بوکاوو را …»: a time adjunct ends before the name
        if squeeze(prev.text) in _AGENT_NOUNS:
            return "agent", None  # «قصد دو کشور برای …»: the intender is the agent
        if prev.kind in ("word", "latin"):
            return "gen_other", None
        return None, None

    def _np_marker(self, toks, start: int, preps: dict[int, str | None] | None = None) -> str | None:
        """«از اقدامات خطرناک چین»: the preposition heading the noun phrase around a genitive."""
        j = start - 1
        steps = 0
        while j >= 0 and steps < 10:
            t = toks[j]
            phrase = self._prep_before(toks, j + 1, preps)  # ending at j, widest first: «برای حمایت از عملیات اردن»
            if phrase is not None:
                return phrase
            if t.kind == "punct" and t.text not in ("«", "»", "-"):
                return None
            if is_verb(t.text) or t.text in _CLAUSE_BREAK:
                return None
            if t.text == "»" and j < start - 1 and _named_quote(toks, j):
                return None  # «با نام «پنجه-شمشیر» مواضع پ‌ک‌ک را»: the quoted name closes its phrase
            if j < start - 1 and squeeze(t.text) in _INDEFINITE and self._prep_before(toks, j, preps) is None:
                return None  # «به گفته کانبرا یک کشتی جنگی چین …»: «یک» opens a noun phrase no preposition governs
            j -= 1
            steps += 1
        return None

    def clauses(self, sent: Sentence) -> list[tuple[int, int]]:
        """Token spans of clauses: split at «که», «:», «؛» and after finite verbs."""
        toks = sent.tokens
        ix = sentence_index(sent)
        spans = []
        s = 0
        i = 0
        n = len(toks)
        while i < n:
            t = toks[i].text
            if t in _CLAUSE_BREAK and i > s:
                spans.append((s, i))
                s = i
            if toks[i].kind == "word" and participle(toks[i].text) and i + 1 < n and toks[i + 1].text in ("و", "،"):
                spans.append((s, i + 1))  # «… متهم کرده و هشدار داده است»
                s = i + 1
                i += 1
                continue
            v = ix.verb_at(i)
            if v is not None and v.tense != "copula":
                end = v.end
                # a verb ends a clause when punctuation, «و» or the sentence end follows
                if end >= n or toks[end].text in ("،", "و", ".", "!", "؟", "?", "»", "«") or toks[end].text in _CLAUSE_BREAK \
                        or _speech(toks, v):  # «X گفت اقدامات چین امنیت کشورش را تهدید می‌کند»: a new clause
                    spans.append((s, end))
                    s = end
                    i = end
                    continue
            i += 1
        if s < n:
            spans.append((s, n))
        return [(a, b) for a, b in spans if b > a]

    def verbs(self, sent: Sentence) -> list[Verb]:
        """The sentence's verb groups, left to right (kept per sentence: callers must not change the list)."""
        ix = sentence_index(sent)
        if ix.verbs is not None:
            return ix.verbs
        out = []
        i = 0
        n = len(sent.tokens)
        while i < n:
            v = ix.verb_at(i)
            if v is not None:
                out.append(v)
                i = v.end
            else:
                i += 1
        ix.verbs = out
        return out

    # -- status ------------------------------------------------------------------
    def status(self, sent: Sentence, trig_start: int, trig_end: int, frame: Frame, verb: Verb | None,
               clause: tuple[int, int], markers: list[tuple[int, int, str]]) -> tuple[str, float]:
        """Status of a trigger from its verb and the markers that scope over it."""
        status, conf = self._status(sent, trig_start, trig_end, frame, verb, clause, markers)
        if status == "planned" and frame.predicate == "threatens" and squeeze(frame.trigger) == _SQ_PUNISH:
            return "occurred", conf  # «آماده است X را «مجازات» کند»: the punishment is to come, the threat is made
        return status, conf

    def _status(self, sent: Sentence, trig_start: int, trig_end: int, frame: Frame, verb: Verb | None,
                clause: tuple[int, int], markers: list[tuple[int, int, str]]) -> tuple[str, float]:
        toks = sent.tokens
        conf = 1.0
        if squeeze(frame.trigger) in _STAYING and verb is not None and not verb.negated and verb.tense in ("present", "past"):
            return "occurred", 0.9  # «… برای شرکت در نشست در پنوم‌پن به سر می‌برد»: there now, whatever the purpose
        if squeeze(frame.trigger).startswith(_SQ_OPTION) and frame.predicate == "threatens":
            # «گزینه نظامی … روی میز است»: the threat is made now; «… روی میز نیست» rules it out
            window = [squeeze(t.text) for t in toks[trig_end: min(len(toks), trig_end + 12)]]
            if _SQ_ON_TABLE not in squeeze(" ".join(t.text for t in toks[trig_end: trig_end + 12])):
                return "hypothetical", 0.0
            return ("negated", 0.8) if any(w in _NEGATED_COPULAS for w in window) else ("occurred", 0.85)
        before = [m for m in markers if m[1] <= trig_start]
        whereas = next((j for j in range(trig_start - 1, 1, -1) if toks[j].text == "که"
                        and squeeze(toks[j - 2].text + " " + toks[j - 1].text) == _SQ_WHEREAS), None)
        if whereas is not None:  # «X در انتظار … است، در حالی که A و B از اعضای آن‌اند»: a clause of its own
            before = [m for m in before if m[0] > whereas]
        after_in_clause = [m for m in markers if trig_end <= m[0] < clause[1]]
        # a relative clause right after a nominal trigger: «سفر … که قرار است … آغاز شود»
        rel_planned = False
        for j in range(trig_end, min(trig_end + 8, len(toks))):
            if toks[j].text == "که":
                rel = [m for m in markers if m[0] > j and m[0] < j + 6 and m[2] == "planned"]
                rel_planned = bool(rel)
                break
            if toks[j].text in (".", "؛", "،", ",") or verb is not None and verb.start <= j < verb.end and not frame.is_verb:
                break  # («… بازدید کرده بود، اما دیداری که قرار بود …»: another noun's relative clause)
        # «X تهدید کرد که به Y حمله خواهد کرد»: a threatened act is not asserted
        if frame.predicate != "threatens":
            for j in range(max(clause[0] - 4, 0), clause[0] + 1):
                if j + 1 < len(toks) and toks[j].text == "که" and j > 0 and (
                        squeeze(toks[j - 1].text) in _THREAT_VERBS or squeeze(" ".join(t.text for t in toks[max(0, j - 2): j])) in _THREAT_VERBS):
                    return "hypothetical", 0.0
            # «X تهدید کرد / هشدار داد Y را هدف قرار خواهد داد» without «که»: the act is still only threatened
            if verb is not None and verb.tense in ("future", "subjunctive"):
                for j in range(max(0, trig_start - 12), trig_start):
                    if toks[j].text in (".", "؛", "«", ":"):
                        break
                    pair = squeeze(" ".join(t.text for t in toks[j: j + 2]))
                    if pair in _THREAT_VERBS or pair in _WARN_VERBS:
                        return "hypothetical", 0.0
        # «X را به برنامه‌ریزی برای تجاوز متهم کرد»: the content of an accusation or claim is not asserted
        if frame.predicate not in ("perceivesThreatFrom",):
            k = clause[0]
            if k < len(toks) and toks[k].text == "که" and any(squeeze(t.text) in _ACCUSE for t in toks[max(0, k - 4): k]):
                return "hypothetical", 0.0  # «… مسکو را متهم می‌کنند که از کره شمالی موشک دریافت کرده»
            for j in range(trig_end, min(len(toks), trig_end + 12)):
                w = squeeze(toks[j].text)
                if toks[j].text in ("،", ".", "؛") or (j > trig_end and toks[j].text == "که"):
                    break
                if w in _ACCUSE:
                    return "hypothetical", 0.0
            for j in range(max(clause[0] - 5, 0), trig_start):  # «گزارش‌ها حاکی از آن است که …»
                if squeeze(toks[j].text) in _CLAIM:
                    return "hypothetical", 0.0
        if trig_start > 0 and squeeze(toks[trig_start - 1].text) in _WANTING and not (verb is not None and verb.negated):
            return "planned", 0.7  # «خواستار/خواهان همکاری با X است»: wanted, not yet
        if trig_start > 0 and squeeze(toks[trig_start - 1].text) in _LIFT:
            if frame.predicate in ("visits", "meetsWith") and squeeze(toks[trig_start - 1].text).startswith(_ENDING):
                return "occurred", 0.85  # «پس از پایان سفر خود به بیروت»: a trip or talk completed took place
            return "negated", 0.8  # «رفع تحریم‌ها», «لغو سفر»: the relation is being ended or called off
        ban_at = trig_start - 2 if trig_start > 1 and squeeze(toks[trig_start - 1].text) in _ALL_WORDS else trig_start - 1
        if not frame.is_verb and ban_at >= 0 and squeeze(toks[ban_at].text) in _BAN_NOUNS \
                and frame.predicate in ("suppliesArmsTo", "cooperatesWith", "visits"):
            # («دستور توقف همه کمک‌های نظامی به اوکراین»)
            # «ممنوعیت صادرات تسلیحات به ترکیه»: under a ban; a ban lifted («… را لغو کرد») says nothing of deliveries
            lifted = any(squeeze(t.text).startswith(_CALLED_OFF) or squeeze(t.text) in _LIFT for t in toks[trig_end: trig_end + 16])
            return ("hypothetical", 0.0) if lifted else ("negated", 0.8)
        if not frame.is_verb and _presupposed(toks, trig_start) and (
                frame.predicate in _EVENT_PREDICATES or frame.predicate == "perceivesThreatFrom"
                and squeeze(toks[trig_start].text).startswith(_THREAT_NOUN)) \
                and not (frame.predicate == "visits" and _own_predicate(frame, verb, toks, trig_end)):
            return "occurred", 0.85  # «پس از حمله کلمبیا به اردوگاه فارک، سفیرش را اخراج کرد»: the attack took place
        if not frame.is_verb and trig_start > 0 and squeeze(toks[trig_start - 1].text) in _ORDERS:
            for j in range(trig_end, len(toks) - 2):
                if toks[j].text in (".", "؛", "!", "؟"):
                    break
                if toks[j].text == "آن" and toks[j + 1].text == "را" and squeeze(toks[j + 2].text).startswith(_CALLED_OFF):
                    return "negated", 0.8  # «دستور حمله به X را صادر کرد، اما … آن را لغو کرد»: called off
        if not frame.is_verb and _called_off_after_relative(toks, trig_end):
            return "negated", 0.8  # «سفر برنامه‌ریزی‌شده خود به ترکیه را که قرار بود … انجام شود لغو کرد»
        if trig_start >= 2 and squeeze(toks[trig_start - 2].text + toks[trig_start - 1].text) == _SQ_INSTEAD:
            return "hypothetical", 0.0  # «به جای دیدار با بایدن، با ترامپ دیدار کرد»: what was not done
        if _undone_later(toks, trig_end):
            return "negated", 0.8  # «قرار بود … به مانیل سفر کند، اما این سفر انجام نشد»
        if any(squeeze("".join(t.text for t in toks[m[0]: m[1]])) == _SQ_WAS_TO for m in before if m[0] >= clause[0] - 3) \
                and _but_called_off(toks, trig_end):
            return "negated", 0.8  # «قرار بود کامبوج نیز به آسه‌آن بپیوندد، اما … پذیرش آن را به تعویق انداختند»
        if frame.predicate == "attacks" and not frame.is_verb \
                and _SQ_ON_TABLE in squeeze(" ".join(t.text for t in toks[trig_end: trig_end + 12])):
            return "hypothetical", 0.0  # «اقدام نظامی علیه X روی میز است»: an option, not an attack
        if frame.predicate == "memberOf" and not frame.is_verb and verb is not None and verb.start > trig_end \
                and squeeze(toks[verb.start - 1].text) in _STANCES and not verb.negated:
            return "planned", 0.7  # «از عضویت اوکراین در ناتو حمایت کرد»: a membership backed or opposed is not yet
        effects = {m[2] for m in before}
        nearest_before = before[-1][2] if before else None
        if nearest_before == "not_intended" and before[-1][0] >= clause[0] - 10:
            return "negated", 0.8  # «برلین قصد ندارد موشک‌های تاروس را به اوکراین بفرستد»
        before_trig = trig_start - 1
        while before_trig > 0 and toks[before_trig].text in ("«", '"'):
            before_trig -= 1  # «در برابر «تهدیدهای نظامی» چین»
        if verb is not None and verb.negated and frame.predicate == "perceivesThreatFrom" and not frame.is_verb \
                and before_trig >= 0 and squeeze(toks[before_trig].text) in _FACING:
            return "occurred", 0.8  # «در برابر تهدیدهای چین عقب نخواهد نشست»: the threat faced is presupposed
        if verb is not None and verb.negated and frame.predicate in ("cooperatesWith", "alliedWith") \
                and any(squeeze(toks[q].text) in _AIMED_AT and squeeze(toks[q + 1].text) == _SQ_NO
                        for q in range(trig_end, min(verb.start, len(toks) - 1))):
            return "occurred", 0.8  # «همکاری دو کشور علیه هیچ کشور ثالثی نیست»: what is denied is its target
        if verb is not None and verb.negated:
            return "negated", 0.9
        if _neither_nor(toks, clause, trig_start, verb):
            return "negated", 0.85  # «نه به ناتو خواهد پیوست و نه به …»
        if _no_evidence_that(toks, clause):
            return "negated", 0.8  # «شواهدی در دست نیست که X نیروهای آمریکایی را هدف گرفته باشد»
        closed = [(a, b) for a, b in _closed_adjuncts(toks, trig_start) if squeeze(toks[a].text) in _TIME_OPENERS] \
            if "hypothetical" in effects else []  # (a time adjunct only: «به دنبال درخواست …، مبنی بر تحویل» goes on)
        if "hypothetical" in effects:
            closed += _closed_relatives(toks, clause[0])
        if "hypothetical" in effects and any(m[2] == "hypothetical" for m in before if (
                m[0] >= clause[0] - 12 or _condition_closes_at(toks, m[0], clause[0]))
                                             and not any(a < m[0] < b for a, b in closed) and not (
                # («پس از … درخواست دیدار، راهی واشنگتن شد»: a request inside a closed time adjunct is not this event's)
                (frame.predicate == "sanctions" and not frame.is_verb and m[1] == trig_start
                 or frame.predicate == "perceivesThreatFrom" and frame.reverse)
                and squeeze("".join(t.text for t in toks[m[0]: m[1]])) == _SQ_ANY)):
            # (but «هرگونه تجارت با X را ممنوع کرد»: any trade is what the ban, a real act, covers; «هرگونه تسلیح X
            # تهدیدی برای Y است»: a view held now of any such act)
            if frame.predicate == "memberOf":
                return "planned", 0.7  # «درخواست عضویت»: applying to join
            return "hypothetical", 0.0
        # «همکاری … ادامه خواهد یافت»: what continues already holds
        if verb is not None and verb.start > 0 and squeeze(toks[verb.start - 1].text) == squeeze("ادامه") \
                and frame.predicate in ("cooperatesWith", "alliedWith", "memberOf"):
            return "occurred", 0.85
        if frame.predicate in ("suppliesArmsTo", "cooperatesWith") and not frame.is_verb and verb is not None \
                and verb.start > 0 and squeeze(toks[verb.start - 1].text) in _CUT and verb.start >= trig_end:
            return "negated", 0.8  # «کمک‌های نظامی خود به مصر را قطع کرد»: the aid stops
        negators = {squeeze(toks[m[0]].text) for m in after_in_clause if m[2] == "negator"}
        if frame.predicate == "attacks" and not frame.is_verb:
            negators = {w for w in negators if not w.startswith(_ENDING)}  # «به درگیری‌ها پایان داد»: it took place
        # «کمک‌های خود به X را متوقف کرد»: a sanction whose own light verb stops something is no negation
        prev = squeeze(toks[verb.start - 1].text) if verb is not None and verb.start > 0 else ""
        own_stop = frame.predicate == "sanctions" and not frame.is_verb and any(
            len(v.split()) > 1 and squeeze(v.split()[0]) in negators | {prev} for v in frame.verbs or ())
        if not own_stop and (negators or (verb is not None and squeeze(verb.lemma) in _NEGATOR_LEMMAS
                                          and _negator_context(toks, verb))):
            return "negated", 0.7
        if verb is not None and verb.tense == "future":
            return "planned", 0.9
        # «درباره گسترش همکاری‌ها گفتگو کردند»: expanding a relation, named as a goal, is still to come
        if trig_start > 0 and squeeze(toks[trig_start - 1].text) in _EXPAND and frame.predicate in ("cooperatesWith", "alliedWith") \
                and not (verb is not None and verb.tense in ("past", "perfect", "pluperfect") and verb.start - trig_end <= 3
                         and squeeze(toks[verb.start - 1].text) in _EXPAND_VERBS):
            return "planned", 0.75
        if rel_planned:
            return "planned", 0.85
        if verb is not None and verb.start > 0 and squeeze(toks[verb.start - 1].text) in _APPROVE and not frame.is_verb \
                and verb.start - trig_end > 0 and frame.predicate != "sanctions":  # approved sanctions are imposed
            return "planned", 0.8  # «فروش … را تصویب کرد»: an approved sale is still to happen
        accusation = squeeze(frame.trigger) in _ACCUSE  # «X را به برنامه‌ریزی برای تجاوز متهم کرد»: the charge is made now
        if "planned" in effects and not accusation and (verb is None or verb.tense in ("subjunctive", "present", "future") or (
                nearest_before == "planned" and before[-1][0] >= clause[0] - 2)):
            return "planned", 0.85
        if any(m[2] == "future_time" for m in markers) and verb is not None and verb.tense in ("present", "subjunctive"):
            return "planned", 0.8
        adjacent = verb is not None and (verb.start - trig_end <= 2 or frame.is_verb)
        if verb is not None and verb.tense == "subjunctive" and adjacent:
            return "planned", 0.6
        if verb is not None and verb.tense == "subjunctive" and verb.start > trig_end \
                and any(t.text == "تا" for t in toks[max(0, trig_start - 3): trig_start]):
            return "planned", 0.6  # «… سفر می‌کند تا در دیدار با X معاهده را امضا کند»: the purpose is still to come
        reported = any(squeeze(t.text) in _ANNOUNCE for t in toks[:trig_start])
        if frame.predicate == "suppliesArmsTo" and not reported:
            pass  # «آلمان سلاح به … صادر می‌کند»: a habit, not a plan
        elif verb is not None and verb.tense == "present" and adjacent_or_motion(verb, trig_end, frame, toks) and (frame.predicate in EVENT_PREDICATES or dict(frame.qualifiers).get("domain") == "exercise"):
            if "ongoing" in effects or any(m[2] == "ongoing" for m in markers if m[0] < max(trig_end, verb.start)):
                # «در حال …», «رزمایشی که هر سال … برگزار می‌شود»: going on, or held every year
                return "occurred", 0.8
            return "planned", 0.7
        return "occurred", conf


_COMBAT = tuple(squeeze(w) for w in ("مبارزه", "جنگید", "می‌جنگ", "میجنگ", "بجنگ", "نبرد", "عملیات", "پیکار"))
_SQ_ISSUED = squeeze("صادر")
_ISSUED = frozenset(squeeze(w) for w in ("دستور", "فرمان", "حکم", "بیانیه", "اطلاعیه", "مجوز", "روادید", "ویزا", "قطعنامه",
                                          "هشدار", "اخطار", "فتوا", "احکام", "دستورالعمل"))
_ALL_WORDS = frozenset(squeeze(w) for w in ("همه", "همه‌ی", "همهٔ", "تمام", "تمامی", "کلیه"))
_SQ_NOT = squeeze("نه")
_EVIDENCE = tuple(squeeze(w) for w in ("شواهد", "شاهدی", "مدرک", "سند", "دلیلی", "نشانه", "گواهی"))
_NONE_THERE = frozenset(squeeze(w) for w in ("نیست", "ندارد", "نداریم", "نیافته", "نیافته‌اند", "نیافتیم", "نشده"))


def _neither_nor(toks, clause: tuple[int, int], trig_start: int, verb: Verb | None) -> bool:
    """«X نه به ناتو خواهد پیوست و نه به …»: a standalone «نه» before the verb, and «و نه» after it."""
    end = verb.start if verb is not None and verb.start >= trig_start else trig_start
    first = next((q for q in range(max(0, clause[0] - 1), end) if squeeze(toks[q].text) == _SQ_NOT), None)
    if first is None:
        return False
    stop = verb.end if verb is not None and verb.start >= trig_start else trig_start + 1
    return any(toks[q].text == "و" and squeeze(toks[q + 1].text) == _SQ_NOT for q in range(stop, min(len(toks) - 1, stop + 14)))


def _no_evidence_that(toks, clause: tuple[int, int]) -> bool:
    """«شواهدی در دست نیست که …», «هیچ مدرکی وجود ندارد که …»: the clause after «که» is denied."""
    k = clause[0]
    if k >= len(toks) or toks[k].text != "که":
        return False
    window = [squeeze(t.text) for t in toks[max(0, k - 6): k]]
    return bool(window) and window[-1] in _NONE_THERE and any(w.startswith(_EVIDENCE) for w in window)


_SQ_WHEREAS = squeeze("در حالی")
_SPEECH_LEMMAS = frozenset(squeeze(w) for w in ("گفت", "افزود", "نوشت"))
_SPEECH_PREVERBS = frozenset(squeeze(w) for w in ("اعلام", "تاکید", "تأکید", "تصریح", "اظهار", "خاطرنشان", "هشدار", "تهدید"))


def _speech(toks, verb: Verb) -> bool:
    """A verb of saying, whose complement (without «که») starts a clause of its own."""
    if squeeze(verb.lemma) in _SPEECH_LEMMAS:
        return True
    pre = squeeze(toks[verb.start - 1].text) if verb.start > 0 else ""
    return verb.lemma in ("کرد", "داد") and pre in _SPEECH_PREVERBS


def adjacent_or_motion(verb: Verb, trig_end: int, frame: Frame, toks=None) -> bool:
    """A present verb makes an event planned when it governs the trigger: the
    trigger's own light verb (also after its preverb «برگزار», «انجام»), or a verb of motion."""
    if frame.is_verb or verb.start - trig_end <= 2 or verb.lemma in ("رفت", "آمد", "شد"):
        return True
    return toks is not None and verb.start > 0 and squeeze(toks[verb.start - 1].text) in _PREVERBS and verb.start - trig_end <= 6


_AGENT_SHARING = frozenset(squeeze(w) for w in (
    "آغاز", "انجام", "برگزار", "ادامه", "گسترش", "تقویت", "افزایش", "توسعه", "تعمیق", "اجرا", "دنبال", "پیگیری",
    "ارائه", "تسلیم", "شمار", "محسوب",  # «درخواست عضویت را ارائه کرد», «متحد X به شمار می‌رود»
    "پیوست",  # «ژاپن به تحریم‌های غرب علیه روسیه پیوست»
    "تمدید",  # «تحریم‌های خود علیه ایران را تمدید کرد»
    "امضا", "تکمیل", "از سر", "متوقف", "قطع", "کاهش", "تشدید", "اعمال", "وضع", "صادر", "مستقر", "اعزام",
    "تاکید", "تأکید", "گفت", "اعلام", "خبر", "خواستار", "حمایت", "استقبال", "آماده", "موافقت", "تایید", "تأیید",
    "تصویب", "بررسی", "گفتگو", "گفت‌وگو", "رایزنی", "صحبت", "مذاکره", "دیدار", "شرکت", "حضور", "افزود",
    "خاطرنشان", "اظهار", "تصریح", "یادآور", "اشاره", "ابراز", "توصیف", "عنوان", "تکذیب", "رد", "تمدید",
    "لغو", "تعلیق", "پایان", "آماده",
))


def _shares_agent(toks, s: int, e: int, verb: Verb, names: set[int] | None = None) -> bool:
    """Is the clause subject also the agent of the nominal trigger at ``s``?

    Yes for the trigger's own light verb, for verbs that carry an event out
    («رزمایش را آغاز کردند») and for verbs of saying («بر همکاری تاکید کرد»);
    no for «X حمله به Y را محکوم کرد» or «… را رد کرد».
    """
    if verb.start - e <= 2:
        return True
    if names and sum(1 for k in range(e, verb.start) if k not in names) <= 1:
        return True  # «ایران عضو سازمان همکاری شانگهای شد»: only the trigger's own object between
    pre = squeeze(toks[verb.start - 1].text) if verb.start > 0 else ""
    if s > 0 and squeeze(toks[s - 1].text) in _RESPONSIBILITY and (verb.lemma in ("گرفت", "پذیرفت") or pre == "قبول"):
        return True  # «X مسئولیت حمله به Y را بر عهده گرفت»: X claims the attack
    if s > 0 and squeeze(toks[s - 1].text) in _WANTING:
        return True  # «ترکیه خواستار عضویت در … شد»: the one who asks
    if s >= 2 and toks[s - 1].text == "برای" and any(squeeze(toks[q].text).startswith(_SQ_INVITATION)
                                                    for q in range(max(0, s - 5), s - 1)):
        return True  # «دعوت بوش برای سفر به واشنگتن را نپذیرفت»: the one invited is the one who would go
    if pre in _TAKING_PART and s > 0 and squeeze(toks[s - 1].text) == "در":
        return True  # «عربستان در حملات هوایی ائتلاف … علیه داعش شرکت دارد»: a participant acts
    w = squeeze(toks[s].text)
    w = w[:-1] if w.endswith("ی") and w[:-1] in _TRIP_NOUNS | _MEETING_NOUNS else w  # «پس از دیداری سه‌ساعته با X»
    if _temporal_adjunct(toks, s) and w in _TRIP_NOUNS | _MEETING_NOUNS:
        return True  # «پوتین پس از سفر به پکن، در آنکارا سخنرانی کرد», «پس از نشست با X، گفت»: his own trip, meeting
    if w in _MEETING_NOUNS and e < len(toks) and toks[e].text == "و" and any(t.text == "با" for t in toks[max(0, s - 8): s]):
        return True  # «X روز جمعه با Y دیدار و شرایط را به او ابلاغ کرد»: the light verb left out before «و»
    if squeeze(toks[s].text) in _TRIP_NOUNS | _MEETING_NOUNS and s >= 3 and toks[s - 1].text != "،":
        # «پس از چهار روز اقامت در پیونگ‌یانگ و دو دور گفت‌وگو با X»: a second trip or talk listed in the same adjunct
        for j in range(s - 1, max(0, s - 12), -1):
            if toks[j].text in ("،", "؛", ":", ".") or is_verb(toks[j].text):
                break
            if toks[j].text == "و" and any(_temporal_adjunct(toks, q) and squeeze(toks[q].text) in _TRIP_NOUNS | _MEETING_NOUNS
                                           for q in range(max(0, j - 8), j)):
                return True
    if s > 0 and squeeze(toks[s - 1].text) in _PURPOSE and toks[s].text in ("دیدار", "ملاقات", "گفت‌وگو", "گفتگو", "رایزنی"):
        return True  # «X برای دیدار با Y به آنکارا سفر کرد»: the traveller meets
    if _possessive(toks[s].text) or any(t.text == "خود" for t in toks[s: min(e + 4, verb.start)]):
        return True  # «سفرش», «همکاری نظامی خود», «از متحدان خود در ناتو خواست»
    if verb.lemma == "بود" and verb.tense in ("present", "past"):
        return True  # «X میزبان Y بود», «X عضو Y است»: a predicate noun
    if verb.lemma == "شد" and squeeze(toks[s].text) in _HOSTING:
        return True  # «X … میزبان Y در روز چهارشنبه شد»: became the host
    if toks[s].text in ("با", "در") and e - s >= 2:
        return True  # «X با پشتیبانی Y …», «X در هماهنگی با Y …»: the backing of the clause subject's own act
    if s > 1 and toks[s - 2].text == "با" and (toks[s - 1].kind == "num" or squeeze(toks[s - 1].text) in _COUNTS):
        s -= 1  # «با دو بمب‌گذاری انتحاری … را کشت»: a count before the means
    if s > 0 and (toks[s - 1].text == "با" or toks[s - 1].text == "در" and not verb.passive and verb.lemma != "شد") and (
            squeeze(verb.lemma) in _HARM or any(
            squeeze(t.text) in _HARM for t in toks[max(0, verb.start - 2): verb.start])):
        return True  # «X با حمله هوایی به ساختمانی در دوحه، Y را هدف قرار داد», «X در حمله به …، Y را کشت»: its own strike
    pre = squeeze(toks[verb.start - 1].text) if verb.start > 0 else ""
    if pre in _SPEECH_PREVERBS and s > 0 and squeeze(toks[s - 1].text) == "در" \
            and squeeze(toks[s].text) in _TRIP_NOUNS | _MEETING_NOUNS:
        return True  # «X در دیدار با Y … هشدار داد / اعلام کرد»: the speaker's own meeting
    return pre in _AGENT_SHARING or squeeze(verb.lemma) in _AGENT_SHARING or verb.lemma in ("گفت", "افزود", "نوشت")


_MEMBERSHIP_HEADS = tuple(squeeze(w) for w in ("عضویت", "جمع", "صف", "اعضای", "پیمان", "ائتلاف", "گروه", "سازمان"))
_TRIP_NOUNS = frozenset(squeeze(w) for w in ("سفر", "بازدید", "عزیمت", "اقامت"))
_MEETING_NOUNS = frozenset(squeeze(w) for w in ("دیدار", "ملاقات", "نشست", "گفت‌وگو", "گفتگو", "رایزنی", "مذاکره", "مذاکرات"))
_HARM = frozenset(squeeze(w) for w in ("هدف", "کشت", "نابود", "منهدم", "ویران", "تخریب", "زخمی", "مجروح", "بمباران",
                                        "منفجر", "ترور"))
_PURPOSE = frozenset(squeeze(w) for w in ("برای", "جهت", "منظور"))
_RESPONSIBILITY = frozenset(squeeze(w) for w in ("مسئولیت", "مسؤولیت", "مسوولیت"))
_WANTING = frozenset(squeeze(w) for w in ("خواستار", "خواهان", "متقاضی", "طالب"))
_HOSTILE = ("تجاوز", "حمله", "تهدید", "اشغال", "دخالت", "مداخله", "تحریک", "نقض", "خرابکاری", "جنگ", "کودتا", "تروریسم",
            "تنش", "تشدید", "بی‌ثباتی", "ناامنی", "تهاجم", "نظامی‌گری", "جاسوسی", "سلطه", "خصمانه",
            "ترور", "حملات", "تسلیح ", "بی‌ثبات", "پناه دادن", "توطئه", "کشتار", "انفجار", "بمب", "موشک", "پهپاد", "جدا کردن", "تجزیه",
            "سرنگونی", "براندازی", "تقابل", "آشوب", "دامن زدن", "نظامی‌سازی", "شبه‌نظامیان", "تروریست",
            # what one state accuses another of («… را به تمرکز نیرو در نزدیکی مرزهایش / حمایت از ام۲۳ متهم کرد»)
            "تمرکز نیرو", "استقرار نیرو", "تغییر یک‌جانبه", "تغییر وضعیت", "حمایت از", "تأمین مالی", "اعدام",
            "شورشیان")
_AFFILIATED = frozenset(squeeze(w) for w in ("وفادار", "وابسته", "همسو", "نزدیک", "متحد"))
_FORCES = frozenset(squeeze(w) for w in ("نیروهای", "شبه‌نظامیان", "گروه‌های", "جنگجویان", "عناصر", "افراد",
                                          "شبه‌نظامیان", "گروه‌هایی", "نیروهایی", "شورشیان", "ستیزه‌جویان"))
_TROOPS = frozenset(squeeze(w) for w in ("نیرو", "نیروهای", "نیروهایش", "نظامی", "نظامیان", "سرباز", "سربازان", "عساکر", "قوا",
                                          "قوای", "نیروهای حافظ صلح", "صلحبان", "صلحبانان", "تفنگداران", "کماندوها",
                                          "نیروهایی", "سربازانی", "نظامیانی", "یگان‌هایی", "گردان", "گردان‌های", "تیپ",
                                          "واحدهایی")) | _UNITS
_FRONTIER = frozenset(squeeze(w) for w in ("مرز", "مرزهای", "مرزی", "نزدیکی", "اطراف", "سوی"))  # a build-up near X, not help to X
_NOT_CONTENT = frozenset(squeeze(w) for w in ("و", "اگر", "چنانچه", "درصورتی", "در صورتی", "هرگاه"))  # conditions: their own rule
_STAYING = frozenset(squeeze(w) for w in ("به سر", "بسر"))
_ADJACENT_ONLY = {squeeze("توافق"): 0, squeeze("به توافق"): 3}  # how far its verb may follow («به توافقی نهایی رسیدند»)
_FACING = frozenset(squeeze(w) for w in ("برابر", "مقابل", "قبال"))
_DARI_BOMB = frozenset(squeeze(w) for w in ("بم", "بم‌ها", "بم‌های"))
_THREAT_VERBS = frozenset(squeeze(w) for w in ("تهدید کرد", "تهدید کردند", "تهدید کرده", "تهدید کرده است", "تهدید"))
_WARN_VERBS = frozenset(squeeze(w) for w in ("هشدار داد", "هشدار دادند", "هشدار داده"))
_EXPAND = frozenset(squeeze(w) for w in ("گسترش", "تقویت", "توسعه", "تعمیق", "افزایش", "ارتقای", "ارتقا", "گسترش‌"))
_EXPAND_VERBS = frozenset(squeeze(w) for w in ("گسترش", "تقویت", "توسعه", "تعمیق", "افزایش", "ارتقا"))
_APPROVE = frozenset(squeeze(w) for w in ("تصویب", "مجوز", "موافقت", "تایید", "تأیید"))
_ACCUSE = frozenset(squeeze(w) for w in ("متهم", "اتهام"))
_CLAIM = frozenset(squeeze(w) for w in ("مدعی", "ادعا", "ادعای", "مدعی‌شد", "حاکی"))
_ANNOUNCE = frozenset(squeeze(w) for w in ("اعلام", "خبر"))
_PREVERBS = frozenset(squeeze(w) for w in ("برگزار", "انجام", "اجرا", "آغاز"))
_WATERS = ("دریای ", "دریا ", "اقیانوس", "خلیج ", "تنگه ", "آب‌های ", "آب های ", "آبهای ")
# nouns that make a compound verb with «داد» (which alone may mean «gave»)
_DAD_NOUNS = frozenset(squeeze(w) for w in (
    "هشدار", "قرار", "ادامه", "نشان", "انجام", "پاسخ", "رخ", "اجازه", "دستور", "قول", "وعده‌", "گزارش", "خبر", "وعده", "ترجیح",
    "تشکیل", "توضیح", "شعار", "پایان", "افزایش", "کاهش", "تغییر", "شکست", "فریب", "آموزش", "سازمان", "ارتقا",
    "ارتقاء", "تحویل", "اطلاع", "اطمینان", "تن", "دست", "رأی", "رای", "جواب", "فرمان", "سوق", "نجات", "توسعه",
    "گسترش", "یاد", "عقب", "امتیاز", "پیشنهاد", "جای", "جا", "روی", "نسبت"))
# nouns that make their own compound verb with «کرد»/«داد», so the verb is not a trigger's light verb
_OTHER_LIGHT_NOUNS = frozenset(squeeze(w) for w in (
    "توصیف", "اعلام", "تاکید", "تأکید", "محکوم", "متهم", "رد", "تکذیب", "اشاره", "استفاده", "تلقی", "قلمداد",
    "ارزیابی", "تعبیر", "معرفی", "تصریح", "خاطرنشان", "اظهار", "ابراز", "دریافت", "مطرح", "تشبیه", "توجیه", "انتقاد"))
_NEGATOR_LEMMAS = frozenset(squeeze(w) for w in ("رد",))


def _negator_context(toks, verb: Verb) -> bool:
    return False


__all__ = ["Candidate", "EVENT_PREDICATES", "SentenceRelations", "Slot"]


# --- frame application -----------------------------------------------------------


def _verb_matches(frame: Frame, toks, verb: Verb | None, trig_end: int) -> bool:
    """Does the frame's light-verb constraint hold for this trigger?"""
    if frame.verbs is None:
        return True
    if frame.verbs == ():  # nominal or not with «کرد» right after the trigger
        return not (verb is not None and verb.lemma == "کرد" and verb.start - trig_end <= 1)
    if verb is None:
        return "*" in frame.verbs  # a headline's bare noun phrase
    compound = all(len(w.split()) >= 2 for w in frame.verbs if w != "*")
    if verb.start - trig_end > (30 if compound else 14 if "*" not in frame.verbs else 10):
        return False  # the next verb, if a named compound, may stand further off («عملیاتی با نام «…» را علیه … آغاز کرد»)
    lemma = verb.lemma
    prev = toks[verb.start - 1].text if verb.start > 0 else ""
    other = lemma in ("کرد", "داد") and verb.start > trig_end and squeeze(prev) in _OTHER_LIGHT_NOUNS
    for want in frame.verbs:
        parts = want.split()
        if len(parts) == 2 and parts[1] == lemma and squeeze(prev) == squeeze(parts[0]):
            return True
        if len(parts) > 2 and parts[-1] == lemma and verb.start >= len(parts) - 1 and squeeze(" ".join(
                t.text for t in toks[verb.start - len(parts) + 1: verb.start])) == squeeze(" ".join(parts[:-1])):
            return True  # «کنترل X را به دست گرفت»
        if len(parts) == 1 and want == lemma and not other:  # «… را «تهدیدی جدی» توصیف کرد»: another compound verb
            return True
    return False


def _requires(lex: Lexicon, frame: Frame, sent: Sentence, clause: tuple[int, int] | None = None) -> bool:
    if frame.requires is None:
        return True
    if frame.requires == "weapon":
        hits = lex.weapons.find(sent.text, sentence_view(sent))
        if clause is None:
            return bool(hits)
        first = clause[0]
        if sent.tokens[first].text == "که":
            first = max(0, first - 4)  # «سامانه‌های پدافندی که روسیه به کاراکاس فروخته»: the antecedent is the weapon
        lo, hi = sent.tokens[first].start - sent.start, sent.tokens[clause[1] - 1].end - sent.start
        if frame.predicate == "suppliesArmsTo" and any(squeeze(t.text) in _UNITS for t in sent.tokens[clause[0]: clause[1]]):
            return False  # «یک اسکادران جنگنده را به اردن اعزام کرد»: a unit deployed, not arms handed over
        return any(lo <= h.start < hi for h in hits)  # «به چین داد، … سلاح‌های تایپه»: not the same clause
    if frame.requires == "agreement":
        return bool(lex.agreements.find(sent.text, sentence_view(sent)))
    if frame.requires == "joint":
        return "مشترک" in sent.text
    if frame.requires == "exercise":  # «با حضور X، Y و Z» says who took part only in an exercise
        return any(w in sent.text for w in _EXERCISE)
    if frame.requires == "bomb":  # «بمب را بر مواضع داعش انداختند», not «به تعویق انداخت»
        return "بمب" in sent.text or any(squeeze(t.text) in _DARI_BOMB for t in sent.tokens)  # Dari «بم»
    if frame.requires == "combat":  # «در کنار ارتش سوریه با گروه‌های تکفیری مبارزه می‌کنند»: fighting alongside
        toks = sent.tokens[clause[0]: clause[1]] if clause is not None else sent.tokens
        return any(squeeze(t.text).startswith(_COMBAT) for t in toks)
    if frame.requires == "troops":  # «نیروهای خود را به مالی اعزام کرد»: troops sent to help, not arms
        return any(squeeze(t.text) in _TROOPS for t in sent.tokens) and not any(squeeze(t.text) in _FRONTIER for t in sent.tokens)
    if frame.requires == "envoy":  # «۱۸ دیپلمات روسیه را اخراج کرد», not «شبه‌نظامیان را از شهر اخراج کرد»
        return any(squeeze(t.text).startswith(_ENVOYS) for t in sent.tokens)
    if frame.requires == "membership":  # «عضویت گینه را به حالت تعلیق درآورد», not a suspended talk
        return any(squeeze(t.text).startswith(_SQ_MEMBERSHIP) for t in sent.tokens)
    if frame.requires == "captives":  # «۱۵ نظامی انگلیسی را بازداشت کرد», «نفتکش X را توقیف کرد»: troops or vessels seized
        return any(_seizable(t.text) for t in sent.tokens)
    if frame.requires == "hostile":  # an accusation of hostile acts, not of any wrongdoing
        return any(w in sent.text for w in _HOSTILE)
    if frame.requires == "support":  # «پشتیبانی لجستیکی و اطلاعاتی در اختیار X گذاشت», not «سلاح در اختیار …»
        toks = sent.tokens[clause[0]: clause[1]] if clause is not None else sent.tokens
        text = squeeze(" ".join(t.text for t in toks))
        return any(w in text for w in _SUPPORT)
    if frame.requires == "stake":  # «امنیت منطقه را به خطر می‌اندازد», not «سرمایه خود را به خطر انداخت»
        return any(squeeze(t.text).startswith(_STAKES) for t in sent.tokens)
    return True


def candidates(rel: SentenceRelations, sent: Sentence, chunks: list[Chunk]) -> list[Candidate]:
    """Relations a sentence states between its chunks (unresolved)."""
    if not chunks:
        # every candidate made below names at least one of the chunks (as a subject, an object, a member
        # listed or an agent): with none, there is none — skip the trigger search (≈40% of sentences)
        return []
    lex = rel.lex
    toks = sent.tokens
    words = [t.text for t in toks]
    chunk_tok = set()
    for c in chunks:
        chunk_tok.update(range(c.start, c.end))
    # trigger hits: nouns by gazetteer, verbs by lemma
    hits: list[tuple[int, int, tuple[Frame, ...]]] = []
    ix = sentence_index(sent)
    for h in lex.noun_frames.find(sent.text, sentence_view(sent)):
        s = ix.tok_start(sent.start + h.start)
        e = ix.tok_end(sent.start + h.end)
        if s < e and not any(k in chunk_tok for k in range(s, e)):
            if e - s == 1 and lex.weapons.lookup(toks[s].text) and not lex.weapons.lookup(h.payloads[0].trigger) \
                    and hits and hits[-1][1] == s:
                continue  # «محموله تسلیحات مصر»: the weapons noun after a trigger is its object, not «تسلیح» (arming)
            if e - s == 1 and squeeze(toks[s].text).startswith(_WEAPONRY) and squeeze(h.payloads[0].trigger) == _ARMING:
                continue  # «نمایشگاه تسلیحاتی مسکو»: weaponry, an adjective — not «تسلیح» (arming) with a genitive
            if s > 0 and squeeze(toks[s - 1].text) in _LAW_HEADS:
                continue  # «قانون کنترل صادرات تسلیحات آمریکا»: the name of a law or regime, no act
            if e - s == 1 and s > 0 and squeeze(toks[s].text) == _SQ_WARLIKE and toks[s - 1].kind == "word":
                continue  # «کشتی جنگی بریتانیا», «جنایات جنگی»: «of war», an adjective — no war waged
            if e - s == 1 and squeeze(toks[s].text) in _AGGRESSIVE \
                    and not all(f.predicate == "perceivesThreatFrom" and f.verbs for f in h.payloads):
                continue  # «فعالیت‌های نظامی «تهاجمی» چین»: aggressive, an adjective — no attack made
                # (but «… را «تهاجمی» خواند» is a verdict: the frame needs its verb of calling)
            if e - s == 1 and hits and hits[-1][1] == s and _adjectival(toks[s].text) \
                    and all(f.predicate == "perceivesThreatFrom" and f.verbs for f in h.payloads):
                continue  # «تحریم‌های ظالمانه آمریکا»: a verdict adjective right after a trigger noun describes it
            if all(squeeze(f.trigger) in _ADJACENT_ONLY for f in h.payloads) and not (
                    e < len(toks) and any(e <= v.start <= e + _ADJACENT_ONLY[squeeze(h.payloads[0].trigger)] for v in rel.verbs(sent))) \
                    and not _reached(toks, e, rel.verbs(sent)):
                continue  # «توافق اتیوپی با …», «توافق‌های ابراهیم … عادی کرده بودند»: only «توافق کردند» triggers
            hits.append((s, e, tuple(h.payloads)))
    verbs = rel.verbs(sent)
    for v in verbs:
        frames = lex.verb_frames.get(v.lemma)
        if frames and v.lemma == "داد" and v.start > 0 and squeeze(toks[v.start - 1].text) in _DAD_NOUNS:
            continue  # «هشدار داد», «قرار داد»: a compound verb, not «gave»
        if frames and not any(k in chunk_tok for k in range(v.start, v.end)):
            hits.append((v.start, v.end, frames))
    clauses = rel.clauses(sent)
    for a, b in clauses:
        # «السودانی در سفری رسمی به تهران رفته و با … دیدار کرده بود»: a conjoined participle (its auxiliary is the
        # last verb's) is a verb of its own clause
        part = participle(toks[b - 1].text) if b < len(toks) and toks[b].text == "و" and b - 1 > a else None
        if part is not None and not any(v.start <= b - 1 < v.end for v in verbs) and b - 1 not in chunk_tok:
            frames = lex.verb_frames.get(part[0])
            if frames:
                hits.append((b - 1, b, frames))
    if not hits:
        return []
    trig_end_map = {e - 1: s for s, e, _ in hits}
    slots = rel.slots(sent, chunks, trig_end_map)
    markers = []
    for h in lex.markers.find(sent.text, sentence_view(sent)):
        markers.append((ix.tok_start(sent.start + h.start), ix.tok_end(sent.start + h.end), h.payloads[0]))
    out: list[Candidate] = []
    for s, e, frames in hits:
        clause = next(((a, b) for a, b in clauses if a <= s < b), (0, len(toks)))
        rc = clause[0]
        if toks[rc].text in ("،", ",") and rc < s:  # («… را که … است، هدف قرار داد»: the clause after its copula)
            rc = next((a for a, b in clauses if b == rc), rc)
        if toks[rc].text == "که" and rc >= 2 and toks[rc - 1].text == "را" \
                and any(toks[q].kind == "word" and is_verb(toks[q].text) for q in range(rc + 2, s)):
            # «پایگاه X را که محل استقرار نیروهای آمریکایی است هدف قرار داد»: the relative clause closed before the
            # trigger, which is the main clause's
            clause = next(((a, b) for a, b in clauses if b == rc), (0, rc))[0], clause[1]
        is_verb_trigger = frames[0].is_verb
        verb = next((v for v in verbs if v.start >= (s if is_verb_trigger else e)), None)
        if clause[1] < len(toks) and (s if is_verb_trigger else e) < clause[1] and toks[clause[1]].text == "و" \
                and (verb is None or verb.start >= clause[1]):
            part = participle(toks[clause[1] - 1].text)
            if part is not None:
                # «… را هدف گرفته و هیچ تأسیسات نظامی هدف قرار نگرفته است»: the first conjunct's own participle
                # (its auxiliary is the last verb's) is its verb, not the negated one after «و»
                verb = Verb(part[0], "perfect", part[1], clause[1] - 1, clause[1])
        if verb is not None and not is_verb_trigger and any(toks[k].text == ":" for k in range(e, verb.start)):
            verb = None  # «هشدار کره شمالی به واشنگتن: پاسخ ما قاطعانه خواهد بود»: the verb is the quote's
        if verb is not None and not is_verb_trigger and verb.end < len(toks) and toks[verb.end].text in ("،", ",") \
                and any(toks[k].text == "که" and k - 1 in chunk_tok for k in range(e + 1, verb.start)):
            after = next((v for v in verbs if v.start > verb.end), None)
            if after is not None and after.start <= verb.end + 2:
                verb = after  # «در دیدار با X، وزیر دفاع برزیل که در پکن به سر می‌برد، گفت»: past the relative clause
                # (of a name; one of the trigger's own noun phrase, «پایگاه‌هایی را که … قرار خواهد گرفت»، keeps its verb)
        # «تهدید کرد»: a trigger that ends in its own light verb governs itself
        inner = next((v for v in verbs if s < v.start < e and v.end == e), None) if not is_verb_trigger else None
        if inner is not None:
            verb = inner
        for frame in frames:
            if not is_verb_trigger and inner is None and not _verb_matches(frame, toks, verb, e):
                continue
            if not _requires(lex, frame, sent, (clause[0], e) if is_verb_trigger and frame.requires == "weapon" else clause):
                continue  # (a verb's weapon is its object, before it: «فرصت دهد سلاح‌های خود را … خارج کند» gives none)
            if squeeze(frame.trigger) == _SQ_ISSUED and any(squeeze(t.text) in _ISSUED for t in toks[max(0, clause[0] - 2): s]):
                continue  # «دستور توقف کمک‌ها به اوکراین را صادر کرد»: an order issued, nothing exported
            if frame.predicate == "memberOf" and not is_verb_trigger and s > 0 and squeeze(toks[s - 1].text) in _CROWDS:
                continue  # «میزبان هزاران عضو سازمان مجاهدین خلق»: members counted are people, not the clause subject
            if frame.predicate == "attacks" and not is_verb_trigger and verb is not None and verb.lemma == "بود" \
                    and verb.tense in ("present", "past") and verb.start - e <= 8 \
                    and not any(squeeze(toks[q].text) == _SQ_STATE_OF and toks[q - 1].text == "در"
                                for q in range(max(1, clause[0]), s)):
                # («در حال دفع حملات X به Y بود»: the attacks were under way)
                continue  # «توافق X تجاوز آشکار به حاکمیت Y است»: a charge, not an attack
            if frame.predicate == "attacks" and not is_verb_trigger and verb is not None and verb.start - e <= 8 \
                    and squeeze(verb.lemma) in _CALLING and any(t.text == "را" for t in toks[clause[0]: s]) \
                    and not (s >= 2 and toks[s - 1].text == "به" and squeeze(toks[s - 2].text) in _ANSWER_NOUNS):
                # (but «این عملیات را پاسخ به حمله آمریکا به X خواند»: the attack answered took place)
                continue  # «این فرمان را «بزرگ‌ترین تجاوز» آمریکا علیه کشورش خواند»: a name given, not an attack
            nominal = not is_verb_trigger and not (verb is not None and verb.start - e <= 2)
            objects = _objects(rel, frame, slots, s, e, clause, toks, nominal=nominal)
            if frame.predicate == "meetsWith" and objects:
                objects = objects + _met_in_turn(slots, toks, objects, clause, s)
            if frame.predicate == "threatens" and objects and e < len(toks) and toks[e].text in ("اگر", "چنانچه", "که") \
                    and (toks[e].text != "که" or e + 1 < len(toks) and toks[e + 1].text in ("اگر", "چنانچه")):
                # «تهدید کرد اگر هلسینکی نیروهای ناتو را … مستقر کند، …»: the condition's object is not the one threatened
                objects = [c for c in objects if c.start < e]
            quote = _quote_span(toks, s) if nominal and objects and frame.predicate == "attacks" else None
            if quote is not None:  # «آنچه «حملات مداوم ایران به کشتیرانی» خوانده شد»: a quoted noun phrase's own objects
                objects = [c for c in objects if quote[0] < c.start and c.end <= quote[1]]
            if objects and _SQ_RATHER in ix.squeezed:
                objects = _rather_than(slots, toks, objects)  # «نه به هند بلکه به ترکیه سفر کرد»: Turkey, not India
            # «در برابر تهدیدهای ایران و گروه‌های وابسته به آن، از جمله حوثی‌ها»: the examples named are objects too
            examples = [c for c in _examples_after(slots, toks, max(c.end for c in objects), verb) if c not in objects] \
                if objects and nominal and frame.predicate in _HOSTILE_WITH else []
            if frame.predicate == "perceivesThreatFrom" and "obj" in frame.objects and objects and s > 0:
                # «سرنگونی پهپاد مالی به دست الجزایر را «خصمانه» خواند»: the threat is the act's agent, not its victim
                ra = next((j for j in range(s - 1, max(clause[0], objects[0].start) - 1, -1) if toks[j].text == "را"), None)
                agents = [k for k, sl in enumerate(slots) if ra is not None and objects[0].start < sl.chunk.start < ra
                          and sl.marker is not None and squeeze(sl.marker) in _SOVI_SQ and sl.coord_head is None]
                if agents:
                    objects = [x.chunk for x in _chain(slots, agents[0])]
            if frame.predicate == "perceivesThreatFrom" and squeeze(frame.trigger) == squeeze("محکوم"):
                # «حمله به پایگاه آمریکا را محکوم کرد»: the one attacked is not the one condemned
                objects = [c for c in objects if not any(
                    toks[q].text in ("به", "علیه") and any(squeeze(t.text) in _ATTACK_WORDS for t in toks[max(0, q - 6): q])
                    for q in range(max(0, c.start - 4), c.start))]  # («حملات نظامی مستمر اسرائیل به خاک سوریه را»)
                # «ترور اسماعیل هنیه، رئیس دفتر سیاسی حماس، را محکوم کرد»: the one killed (and his body) is not condemned
                objects = [c for c in objects if not any(squeeze(t.text) in _KILLING_NOUNS for t in toks[max(0, c.start - 8): c.start])
                           or squeeze(" ".join(t.text for t in toks[max(0, c.start - 2): c.start])) in _SOVI_SQ
                           or c.start >= 1 and squeeze(toks[c.start - 1].text) in _SOVI_SQ]  # («… به دست اسرائیل»: the killer)
            if frame.requires == "captives":
                # «۱۵ نظامی انگلیسی را [که …] بازداشت کرد», «نفتکش بریتانیایی X را توقیف کرد»: the troops or vessels
                # marked by the «را» of the seizure are what was seized, not «اموال آنها»
                def _seized(c: Chunk) -> bool:
                    ra = next((q for q in range(c.end, min(len(toks), c.end + 4)) if toks[q].text == "را"), None)
                    return ra is not None and (s - 1 == ra or ra + 1 < len(toks) and toks[ra + 1].text == "که") and any(
                        _seizable(t.text) for t in toks[max(0, c.start - 3): c.end])
                if not objects:
                    objects = [sl.chunk for sl in slots if sl.chunk.start < s and sl.coord_head is None and _seized(sl.chunk)][-1:]
                objects = [c for c in objects if _seized(c)]
            if ("domain", "basing") in frame.qualifiers:
                # «نیروهایی را در جنوب لبنان مستقر کرد»: troops in a part of a state, the way of an occupier
                objects = [c for c in objects if not (c.start > 0 and squeeze(toks[c.start - 1].text) in _COMPASS | _FRONTIER)]
                if s > 0 and squeeze(toks[s - 1].text) in _BUILDING:
                    objects = []  # «ایجاد پایگاه نظامی چین در جزایر سلیمان را «خط قرمز» خواند»: a base still to be built
            if not objects and frame.predicate == "threatens":
                objects = _complement_target(rel, slots, toks, e, verb)
            if not objects and frame.predicate == "threatens" and "to" in frame.objects:
                objects = _complement_subject(slots, toks, e, verb)
            if frame.predicate == "threatens" and not any(sl.marker == "را" and sl.chunk in objects for sl in slots):
                objects = objects + [c for c in _retaliation_target(slots, toks, s, e, verb) if c not in objects]
            rel_clause = None if is_verb_trigger else _relative_after(toks, e, clauses)
            if rel_clause is not None and not objects:
                objects = _objects(rel, frame, slots, s, e, rel_clause, toks, inside=True)
            passive = not is_verb_trigger and verb is not None and verb.start - e <= 3 and (
                verb.lemma == "شد" or verb.passive) and frame.predicate in _PASSIVE_OK
            # «کی‌یف مورد حمله موشکی روسیه قرار گرفت», «سفارت … هدف حمله قرار گرفت»: the subject is hit too
            undergone = not is_verb_trigger and frame.predicate in _PASSIVE_OK and _undergoes(toks, s, verb)
            if passive or undergone:
                # «قطر از سوی عربستان … تحریم شده است»: agent after «از سوی» (or «مورد حمله روسیه»: the
                # trigger's genitive), patient is the subject
                agents = []
                for k, sl in enumerate(slots):
                    if sl.coord_head is None and (sl.marker and squeeze(sl.marker) in _SOVI_SQ
                                                  or undergone and sl.marker == "gen" and sl.gen_of == s):
                        agents = [x.chunk for x in _chain(slots, k)]
                        break
                patient = _clause_subject(slots, s, clause, {id(c) for c in agents})
                if toks[clause[0]].text == "که":
                    # «واشنگتن شواهدی دارد که این سلاح‌ها از سوی X ارسال می‌شود»: the passive's subject is in its clause
                    patient = [c for c in patient if c.start >= clause[0]]
                if not patient and undergone:
                    k = _np_subject(slots, toks, clause, s)  # «تأسیسات نفتی عربستان مورد حمله … قرار گرفت»
                    if k is not None:
                        patient = [x.chunk for x in _chain(slots, k)]
                if toks[clause[0]].text == "که" and clause[0] > 0:
                    # «حزب‌الله را که از سوی ایران تسلیح می‌شود»: the relative clause's antecedent
                    ante = clause[0] - 1 if toks[clause[0] - 1].text != "را" else clause[0] - 2
                    head = [k for k, sl in enumerate(slots) if sl.chunk.end == ante + 1]
                    if head:
                        k = slots[head[0]].coord_head if slots[head[0]].coord_head is not None else head[0]
                        patient = [x.chunk for x in _chain(slots, k)]
                if agents and patient:
                    status, sconf = rel.status(sent, s, e, frame, verb, clause, markers)
                    if status != "hypothetical":
                        out.append(Candidate(frame, agents, patient, status, frame.confidence * sconf * 0.95, s, e,
                                             dict(frame.qualifiers), False, False, []))
                    continue
                if passive and not agents and not undergone and toks[clause[0]].text == "که":
                    continue  # «موشک‌هایی را که به سوی گوام شلیک شوند»: a passive relative clause names no agent
                if undergone:
                    patient = [c for c in patient if c.ids or c.kind != "kb"]  # «… روز دوشنبه مورد حمله …»: a date
                    if patient and not agents:  # no agent named: who struck is not said (yet)
                        status, sconf = rel.status(sent, s, e, frame, verb, clause, markers)
                        if status == "occurred":
                            out.append(Candidate(frame, [], patient, status, frame.confidence * sconf * 0.8, s, e,
                                                 dict(frame.qualifiers), False, False, [], unclaimed=True))
                    continue
            if frame.predicate == "memberOf" and len(objects) == 1 and objects[0].kind == "ref" and toks[clause[0]].text == "که" \
                    and clause[0] >= 2 and toks[clause[0] - 1].text in ("،", ",") \
                    and not any(sl.chunk.end == clause[0] - 1 for sl in slots):
                continue  # «برنامه «مشارکت برای صلح»، که صربستان عضو آن است»: «آن» is the unnamed antecedent
            if not objects and frame.predicate == "memberOf" and not is_verb_trigger and e < len(toks) \
                    and toks[e].text == "خود" and _apposition(toks, s, e + 1):
                # «اتحادیه اروپا از اسپانیا، یکی از اعضای خود، حمایت کرد»: the clause's subject is the body
                body = [sl for sl in slots if sl.marker is None and sl.coord_head is None and clause[0] <= sl.chunk.start < s]
                if body:
                    objects = [body[0].chunk]
            subjects, pair_mode, inherited = _subjects(frame, slots, s, e, clause, objects, toks)
            if not is_verb_trigger and frame.predicate == "attacks" and e < len(toks) and toks[e].text == "که":
                # «…؛ حمله‌ای که … را کشت»: a relative clause on the attack noun names its agent, if anyone does
                subjects = [c for c in subjects if c.start > e]
            if frame.requires == "combat" and not is_verb_trigger:
                # «اعزام سرباز کره شمالی برای جنگیدن در کنار ارتش روسیه»: those who fight alongside, named just before
                near = [k for k, sl in enumerate(slots) if sl.chunk.end <= s and s - sl.chunk.end <= 4
                        and sl.coord_head is None and sl.chunk not in objects
                        and sl.marker in (None, "gen", "gen_other") and sl.np_marker != "در"]  # (not «در شرق کنگو»: where)
                if near:
                    subjects, inherited = [x.chunk for x in _chain(slots, near[-1])], False
            if subjects and verb is not None and frame.predicate in _HOSTILE_WITH and all(c.start >= verb.end for c in subjects) \
                    and verb.end > e:
                continue  # «در این حمله که کاروانی … را هدف گرفت، ۱۲ نفر از جمله یک سرباز آمریکایی …»: after the verb
            if subjects and frame.predicate in ("threatens", "attacks") and toks[clause[0]].text == "که" and clause[0] >= 1 \
                    and all(c.end <= clause[0] for c in subjects) \
                    and not any(sl.chunk.end in (clause[0], clause[0] - 1) for sl in slots) \
                    and (toks[clause[0] - 1].kind == "word" or toks[clause[0] - 1].text == "»") \
                    and not is_verb(toks[clause[0] - 1].text) \
                    and not any(squeeze(t.text) in _OPERATION_NOUNS for t in toks[max(0, clause[0] - 7): clause[0]]):
                # (but «عملیات «وعده صادق ۲» که … انجام شد»: a named operation's clause says what its agents did)
                # «با «افراط‌گرایی خشونت‌آمیز» که کشورش را تهدید می‌کند»: the relative clause's subject is the
                # common noun before «که», not a name further back
                continue
            described = False
            if objects and not is_verb_trigger and frame.predicate == "memberOf" and s >= 2 \
                    and squeeze(toks[s - 2].text + " " + toks[s - 1].text) in _AS_SQ:
                # «مجارستان به عنوان عضو اتحادیه اروپا با … مخالفت کرد»: the clause subject is the member
                head = [k for k, sl in enumerate(slots) if sl.marker is None and sl.coord_head is None and sl.chunk.end <= s - 2]
                if head:
                    subjects, pair_mode, inherited, described = [x.chunk for x in _chain(slots, head[-1])], False, False, True
            if frame.predicate == "cooperatesWith" and not is_verb_trigger and squeeze(toks[s].text) in _PARTNER_NOUNS \
                    and s >= 1 and toks[s - 1].text == "را":
                continue  # «اسرائیل ایران را حامی اصلی حوثی‌ها می‌داند»: a charge made, not a partnership stated
            if objects and not is_verb_trigger and (frame.predicate in ("memberOf", "alliedWith") or frame.predicate == "cooperatesWith"
                                                    and squeeze(toks[s].text) in _PARTNER_NOUNS) and _apposition(toks, s, e):
                # «فنلاند، عضو جدید ناتو، …»: the apposition describes the name before it
                head = [k for k, sl in enumerate(slots) if sl.chunk.end == _appos_start(toks, s) - 1 and sl.chunk not in objects]
                if head:
                    head = [slots[head[0]].coord_head] if slots[head[0]].coord_head is not None else head
                    subjects, pair_mode, inherited = [x.chunk for x in _chain(slots, head[0])], False, False
                    described = True
            if objects and not is_verb_trigger and frame.predicate == "memberOf" and not described and s >= 2 \
                    and squeeze(toks[s - 1].text) in _OTHER_WORDS and toks[s - 2].text in ("و", "،"):
                # «امارات و دیگر کشورهای عضو شورای همکاری»: the name before «و دیگر» is a member too
                head = [k for k, sl in enumerate(slots) if sl.chunk.end == s - 2 and sl.chunk not in objects]
                if head:
                    head = [slots[head[0]].coord_head] if slots[head[0]].coord_head is not None else head
                    subjects, pair_mode, inherited, described = [x.chunk for x in _chain(slots, head[0])], False, False, True
            if objects and not is_verb_trigger and frame.predicate == "memberOf" and not described and s >= 2 \
                    and squeeze(toks[s - 1].text) in _OTHER_WORDS and toks[s - 2].text in ("با", "به", "همراه"):
                # «فیلیپین موضوع را با دیگر اعضای آسه‌آن در میان می‌گذارد»: the one dealing with the others is a member
                subj = _clause_subject(slots, s, clause, {id(c) for c in objects}, toks)
                if subj and subj[0].start >= clause[0]:
                    subjects, pair_mode, inherited, described = subj, False, False, True
            if objects and not is_verb_trigger and frame.predicate == "memberOf" and _counted(toks, s) < s and not described \
                    and len(objects) >= 3 and len(objects) - 1 == _COUNTS.get(squeeze(toks[s - 1].text).translate(_DIGITS)) \
                    and toks[objects[0].end].text in ("،", ","):
                # «دو عضو ناتو، نروژ و دانمارک»: the body, then as many members as counted
                subjects, objects, pair_mode, inherited, described = objects[1:], objects[:1], False, False, True
            if objects and not is_verb_trigger and frame.predicate == "memberOf" and _counted(toks, s) < s \
                    and not described and objects[-1].end < len(toks) - 1 and toks[objects[-1].end].text in ("،", ","):
                # «جنگنده‌های دو عضو ناتو، نروژ و دانمارک، …»: the members are named right after
                listed = [k for k, sl in enumerate(slots) if sl.chunk.start == objects[-1].end + 1 and sl.chunk not in objects]
                if listed:
                    chain = [x.chunk for x in _chain(slots, listed[0])]
                    if len(chain) >= 2:
                        subjects, pair_mode, inherited, described = chain, False, False, True
            if frame.predicate == "attacks" and not objects and not is_verb_trigger \
                    and any(squeeze(t.text) == squeeze("متقابل") for t in toks[e: min(len(toks), e + 5)]):
                gens = [k for k, sl in enumerate(slots) if sl.marker == "gen" and sl.gen_of == s and sl.coord_head is None]
                if gens and len(_chain(slots, gens[0])) >= 2:  # «حملات موشکی متقابل هند و پاکستان»: each attacks the other
                    subjects, pair_mode, inherited = [x.chunk for x in _chain(slots, gens[0])], True, False
            if frame.reverse and (not subjects or inherited or toks[clause[0]].text != "که" and all(
                    c.start < clause[0] for c in subjects)):
                # «… گفت انتقال موشک‌های ایران تهدیدی … است»: the noun phrase of the clause, not the speaker before it
                k = _np_subject(slots, toks, clause, s)
                if k is not None:
                    subjects, inherited = [x.chunk for x in _chain(slots, k)], False
            elif not frame.reverse and not subjects and not pair_mode and objects \
                    and (is_verb_trigger or verb is not None and 0 <= verb.start - e <= 1):
                # «X گفت اقدامات آمریکا امنیت روسیه را تهدید می‌کند»: the clause's noun phrase acts, not the speaker
                k = _np_subject(slots, toks, clause, s, quoted=True)
                if k is not None and all(slots[k].chunk is not c for c in objects):
                    subjects, inherited = [x.chunk for x in _chain(slots, k)], False
            if frame.predicate == "perceivesThreatFrom" and (not subjects or inherited) and objects:
                # «این سند برنامه موشکی کره شمالی را تهدیدی برای امنیت ملی ژاپن می‌داند»: the one endangered
                for k, sl in enumerate(slots):
                    if e <= sl.chunk.start <= e + 6 and sl.coord_head is None and sl.chunk not in objects and (
                            sl.marker == "برای" or sl.np_marker == "برای"):
                        subjects, inherited = [x.chunk for x in _chain(slots, k)], False
                        break
            if rel_clause is not None and (not subjects or inherited) and objects and "clause" in frame.subjects:
                inner = [sl for sl in slots if rel_clause[0] <= sl.chunk.start < rel_clause[1] and sl.marker in (None, "agent")
                         and sl.coord_head is None and sl.chunk not in objects]
                if inner:
                    subjects, inherited = [x.chunk for x in _chain(slots, slots.index(inner[0]))], False
            if not is_verb_trigger and verb is not None and subjects and not pair_mode and not described \
                    and not frame.verbs and not (frame.predicate == "perceivesThreatFrom" and objects and all(
                        c.end <= s or e <= c.start <= e + 3 or e <= c.start <= e + 7
                        and any(squeeze(t.text).startswith(_DANGER) for t in toks[e: c.start]) for c in objects)) \
                    and not (frame.predicate == "perceivesThreatFrom" and _answers_threats(toks, slots, s, e)) \
                    and not _shares_agent(toks, s, e, verb, chunk_tok) \
                    and not any((sl.marker == "gen" and sl.gen_of == s or sl.marker == "agent"
                                 or sl.marker is not None and squeeze(sl.marker) in _SOVI_SQ and e <= sl.chunk.start)
                                and sl.chunk in subjects for sl in slots):
                # «X حمله به Y را محکوم کرد»: X condemned, did not attack; «حمله روسیه به Y را …»: Russia did
                # (and «سرنگونی پهپاد مالی به دست الجزایر را …»: Algeria did)
                # (not for threat perception: «X در برابر تهدیدهای نظامی Y ایستاد» — X is the one who feels it)
                gens = [k for k, sl in enumerate(slots) if sl.marker == "gen" and sl.gen_of == s and sl.coord_head is None
                        and sl.chunk not in objects and sl.chunk.kind in ("kb", "institution", "org")]
                subjects, inherited = ([x.chunk for x in _chain(slots, gens[0])] if gens else []), False
            if not is_verb_trigger and verb is not None and verb.lemma == "بود" and verb.tense in ("present", "past") \
                    and s == clause[0] and subjects and not pair_mode and all(c.start < clause[0] for c in subjects) \
                    and (any(squeeze(t.text).startswith(_DANGER) for t in toks[e: clause[1]])
                         or frame.predicate in ("suppliesArmsTo", "attacks")) \
                    and not any(sl.marker == "gen" and sl.gen_of == s and sl.chunk in subjects for sl in slots):
                # «X گفت تسلیح ارمنستان تهدیدی برای … است»: the noun heads a copular clause's subject; the speaker
                # before it is not its agent (nor of «ارسال سلاح به کی‌یف نشانه … است»)
                subjects, inherited = [], False
            if not is_verb_trigger and _in_adjunct(toks, s, frame.predicate not in SYMMETRIC) \
                    and not (frame.predicate in ("visits", "meetsWith") and _temporal_adjunct(toks, s)) \
                    and not (frame.predicate == "visits" and _own_predicate(frame, verb, toks, e)) \
                    and not (frame.predicate == "perceivesThreatFrom" and _answers_threats(toks, slots, s, e)) \
                    and not pair_mode and subjects and \
                    not any(sl.marker == "gen" and sl.gen_of == s and sl.chunk in subjects for sl in slots):
                # («پمپئو پس از دهلی نو راهی سریلانکا خواهد شد»: a trip's own finite verb heads no adjunct)
                # «به دلیل خرید …»: the main clause's subject is not the buyer (the noun's own genitive may be:
                # «با اشاره به تحریم‌های اتحادیه اروپا علیه روسیه»)
                own = [k for k, sl in enumerate(slots) if sl.marker == "gen" and sl.gen_of == s and sl.coord_head is None
                       and sl.chunk not in objects and sl.chunk.kind in ("kb", "institution", "org")]
                subjects, inherited = ([x.chunk for x in _chain(slots, own[0])] if own else []), False
            if pair_mode and frame.predicate == "attacks" and not is_verb_trigger and subjects \
                    and all(c.end <= s for c in subjects) and any(t.text == "را" for t in toks[e: verb.start if verb else len(toks)]):
                continue  # «دو طرف درگیری‌های جاری … را «خطرناک» خواندند»: the clash is what they judge, not theirs
            listed = _listed_after(slots, toks, e) if frame.predicate == "memberOf" and not frame.is_verb else []
            body_in_focus = False
            if not listed and frame.predicate == "memberOf" and not frame.is_verb:
                listed = _listed_copula(slots, toks, e, objects)  # «اعضای دیگر X A، B و C هستند»
                body_in_focus = bool(listed) and not objects
            if listed:
                # «سازمان X شش عضو دارد: A، B، …»، «اعضای آن عبارتند از A، B و C»
                org = [c for c in objects if c not in listed] or [c for c in subjects if c not in listed]
                status, sconf = rel.status(sent, s, e, frame, verb, clause, markers)
                if not org and not body_in_focus and any(t.text == "یعنی" for t in toks[e: e + 6]):
                    body_in_focus = True  # «هفت عضو دیگر، یعنی A، B و C»: members of the body in focus
                if body_in_focus and status == "occurred":  # «اعضای دیگر این سازمان A و B هستند»: the body in focus
                    out.append(Candidate(frame, listed, [], status, frame.confidence * sconf * 0.9, s, e,
                                         dict(frame.qualifiers), False, False, []))
                elif org and status != "hypothetical":
                    out.append(Candidate(frame, listed, org, status, frame.confidence * sconf, s, e,
                                         dict(frame.qualifiers), False, False, []))
                continue
            verbal = is_verb_trigger or (verb is not None and verb.start - e <= 2) or (
                verb is not None and bool(frame.verbs) and "*" not in frame.verbs
                and any(t.text == "خود" for t in toks[e: min(e + 6, verb.start)]))  # «مرزهای … خود را … بستند»
            if frame.predicate == "attacks" and not is_verb_trigger and objects and not pair_mode \
                    and (not subjects or inherited and not verbal):
                # «حمله به X …؛ حمله‌ای که گروه Y مسئولیت آن را بر عهده گرفت»: no attacker named yet, a claim may name
                # one; «در این حمله که X مسئولیت آن را بر عهده گرفته، مردان مسلح … یورش بردند»: unnamed gunmen, whom
                # the claim names (their raid yields nothing more)
                anonymous = not subjects and verb is not None and verb.start - e <= 2 \
                    and any(squeeze(t.text) in _ANONYMOUS_AGENTS for t in toks[clause[0]: s]) \
                    and any(squeeze(t.text) in _RESPONSIBILITY for t in toks)
                status, sconf = rel.status(sent, s, e, frame, verb, clause, markers)
                if status == "occurred":
                    out.append(Candidate(frame, [], objects, status, frame.confidence * sconf * 0.8, s, e,
                                         dict(frame.qualifiers), False, False, [], unclaimed=True))
                if anonymous:
                    continue
            if inherited and not verbal:
                continue  # a bare noun phrase («تهدیدات چین») does not say whose
            if subjects and not pair_mode and toks[clause[0]].text == "که" and clause[0] > 0 \
                    and toks[clause[0] - 1].kind == "word" and clause[0] - 1 not in chunk_tok \
                    and squeeze(toks[clause[0] - 1].text) not in lex.stopwords \
                    and squeeze(toks[clause[0] - 1].text) not in _NOT_ANTECEDENTS \
                    and not any(v.end == clause[0] and squeeze(" ".join(  # «هشدار داد که …»: a warning's content
                        t.text for t in toks[v.start - 1: v.end])) in _WARN_VERBS | _THREAT_VERBS for v in verbs) \
                    and verb is not None and not verb.passive and verb.lemma != "شد" \
                    and all(c.start < clause[0] for c in subjects):
                continue  # «کشورهایی که به اوکراین سلاح می‌دهند»: the relative clause's subject is its antecedent
            if not objects and frame.predicate == "threatens" and subjects and verb is not None \
                    and verb.end == len(toks) - 1 and toks[-1].text == ":":
                status, sconf = rel.status(sent, s, e, frame, verb, clause, markers)
                if status != "hypothetical":
                    out.append(Candidate(frame, subjects, [], status, frame.confidence * sconf, s, e,
                                         dict(frame.qualifiers), inherited, False, [], continues=True))
                continue
            if frame.predicate == "threatens" and subjects and not pair_mode and _stake_object(toks, s, clause):
                # «اقدامات چین امنیت فیلیپین را تهدید می‌کند»: a danger named, not a threat made — the one whose
                # security is at stake (or the speaker) fears the actor
                pf = next((f for f in lex.noun_frames.lookup("به خطر") or () if f.predicate == "perceivesThreatFrom"), None)
                actors = subjects
                lead = [c for c in objects if clause[0] < c.start <= clause[0] + 3]
                if lead and all(c.end <= clause[0] for c in subjects):
                    # «X گفت یکجانبه‌گرایی آمریکا امنیت منطقه را تهدید می‌کند»: the clause's own noun phrase acts, and
                    # the speaker before it is the one who fears it
                    actors = lead
                perceivers = [c for c in objects if c not in actors] or [
                    c for c in _speaker(rel, sent, slots, toks, s) if c not in actors]
                if pf is not None and perceivers and not inherited:
                    status, sconf = rel.status(sent, s, e, frame, verb, clause, markers)
                    if status in ("occurred", "negated"):
                        out.append(Candidate(pf, perceivers, actors, status, pf.confidence * sconf, s, e, {}, False,
                                             False, []))
                continue
            if frame.predicate == "attacks" and "toward" in frame.objects:
                # «موشکی به سمت دریای ژاپن شلیک کرد»: a test shot falls into a sea; the sea is not attacked
                # (a ship hit «در دریای سرخ» still names where the attack was)
                objects = [c for c in objects if not c.surface.replace("\u200c", " ").startswith(_WATERS)]
            if frame.predicate == "attacks" and "toward" in frame.objects and subjects and not pair_mode:
                # «موشکی به سوی آب‌های ژاپن شلیک کرد», «… در منطقه انحصاری اقتصادی ژاپن فرود آمد»: a shot into a
                # state's waters threatens it; it strikes nothing of it
                waters = [c for c in objects if _in_waters_of(toks, c.start)] + [
                    sl.chunk for sl in slots if sl.chunk.start > e and _in_waters_of(toks, sl.chunk.start, eez_only=True)
                    and sl.coord_head is None and all(sl.chunk is not c for c in objects)]
                if waters:
                    objects = [c for c in objects if all(c is not w for w in waters)]
                    threat = next((f for f in lex.noun_frames.lookup("تهدید") or () if f.predicate == "threatens"), None)
                    status, _sconf = rel.status(sent, s, e, frame, verb, clause, markers)
                    if threat is not None and status == "occurred":
                        out.append(Candidate(threat, subjects, waters, "occurred", 0.55, s, e, {}, inherited, False, []))
                    if not objects:
                        continue
            if not objects and frame.reverse and frame.predicate == "perceivesThreatFrom" and subjects and not inherited \
                    and not pair_mode:
                # «X گفت فعالیت‌های نظامی چین تهدیدی برای منطقه است»: no state named as endangered — the speaker's view
                speaker = _speaker(rel, sent, slots, toks, s)
                objects = [c for c in speaker if c not in subjects]
            if not objects and not pair_mode:
                continue
            objects = objects + [c for c in examples if c not in subjects]
            status, sconf = rel.status(sent, s, e, frame, verb, clause, markers)
            if status == "hypothetical":
                if frame.predicate in ("attacks", "sanctions") and subjects and objects and not pair_mode and not inherited \
                        and _warned(toks, s, clause, verb):
                    # «X هشدار داد با هر سرباز آمریکایی … خواهند جنگید», «… هشدار دادند اگر …، تحریم‌های بیشتری علیه
                    # گینه اعمال خواهند کرد»: an attack or a sanction warned of is a threat made
                    threat = next((f for f in lex.noun_frames.lookup("تهدید") or () if f.predicate == "threatens"), None)
                    if threat is not None:
                        out.append(Candidate(threat, subjects, objects, "occurred", 0.6, s, e, {}, False, False, []))
                continue
            if status == "planned" and not is_verb_trigger and _apposition(toks, s, e) or described:
                status = "occurred"  # «مجارستان و ترکیه، اعضای ناتو، … را تأیید کردند»: a description, not the plan
            if frame.status == "negated" and status != "occurred":
                continue  # «از ناتو خارج خواهد شد»: a withdrawal to come says nothing of membership now
            if frame.status and status == "occurred":
                status = frame.status
            if frame.predicate == "threatens" and status == "planned" and squeeze(frame.trigger) == _SQ_REVENGE:
                status = "occurred"  # «انتقام … را از X خواهیم گرفت»: the revenge is to come, the threat is made now
            if frame.reverse:
                subjects, objects = objects, subjects
            speakers = _speaker(rel, sent, slots, toks, s) if frame.reverse and frame.predicate == "perceivesThreatFrom" else []
            out.append(Candidate(frame, subjects, objects, status, frame.confidence * sconf, s, e,
                                 dict(frame.qualifiers), inherited, pair_mode,
                                 [sl.chunk for sl in slots if _in_place_pp(slots, sl) and clause[0] <= sl.chunk.start < clause[1]
                                  and not _about_before(toks, sl.chunk.start) and not _post_place(slots, sl, toks)],
                                 speakers=speakers, plural_verb=inherited and _plural_verb(toks, verb)))
    for cand in out:
        if cand.subjects and not cand.frame.reverse and cand.frame.predicate in _COMPANION_PREDICATES:
            cand.subjects = cand.subjects + _companions(slots, toks, cand.subjects, cand.objects, cand.trigger_start)
    return out


_COMPANION_MARKERS = frozenset(squeeze(w) for w in ("همراه با", "به همراه"))
_COMPANION_PREDICATES = frozenset({"attacks", "sanctions", "threatens", "suppliesArmsTo", "visits", "meetsWith",
                                   "cooperatesWith", "signsAgreementWith"})


def _companions(slots: list[Slot], toks, subjects: list[Chunk], objects: list[Chunk], s: int) -> list[Chunk]:
    """«ژاپن و بریتانیا همراه با ایتالیا اعلام کردند که … توسعه خواهند داد», «آمریکا به همراه بریتانیا … را
    بمباران کرد»: those named «همراه با» right after the subject act with it (unless they are the trigger's own partner)."""
    first, last = min(c.start for c in subjects), max(c.end for c in subjects)
    out: list[Chunk] = []
    for k, sl in enumerate(slots):
        if sl.coord_head is not None or not sl.marker or squeeze(sl.marker) not in _COMPANION_MARKERS \
                or not last <= sl.chunk.start < s or sl.chunk in objects or sl.chunk in subjects:
            continue
        start = last
        comma = next((j for j in range(sl.chunk.start - 1, last - 1, -1) if toks[j].text in ("،", ",")), None)
        if comma is not None and any(t.text == "که" for t in toks[max(0, first - 3): comma]):
            start = comma + 1  # «ژاپن و بریتانیا که هر دو … هستند، همراه با ایتالیا …»: past a relative clause
        if not any(t.kind == "word" and is_verb(t.text) or t.kind == "punct" for t in toks[start: sl.chunk.start]):
            out += [x.chunk for x in _chain(slots, k)]
    return out


def _met_in_turn(slots: list[Slot], toks, objects: list[Chunk], clause: tuple[int, int], s: int) -> list[Chunk]:
    """«در بغداد با X، در بیروت با Y و Z و در دمشق با W دیدار کرد»: each «در PLACE با NAME» before the trigger is
    one more meeting of the same subject (the nearest is the trigger's own object)."""
    out: list[Chunk] = []
    starts = {c.start for c in objects}
    for k, sl in enumerate(slots):
        c = sl.chunk
        if sl.coord_head is not None or c.start in starts or not clause[0] <= c.start < s or not sl.marker \
                or squeeze(sl.marker) != "با" or c.start < 3:
            continue
        place = next((p for p in slots if p.chunk.end == c.start - 1 and p.marker == "در"), None)
        if place is not None:
            out += [x.chunk for x in _chain(slots, k)]
    return out if any(p.marker == "در" and p.chunk.end == o.start - 1 for o in objects for p in slots) else []


def _stake_object(toks, s: int, clause: tuple[int, int]) -> bool:
    """Is the «را» object right before the trigger a stake («امنیت Y را», «صلح و ثبات منطقه را»)?"""
    ra = next((j for j in range(s - 1, max(clause[0], s - 3) - 1, -1) if toks[j].text == "را"), None)
    return ra is not None and any(squeeze(t.text).startswith(_STAKES) for t in toks[max(clause[0], ra - 4): ra])


def _plural_verb(toks, verb: Verb | None) -> bool:
    """Is the verb group third-person plural («کردند», «می‌کنند», «خواهند کرد», «کرده‌اند»)?"""
    if verb is None:
        return False
    lemma = squeeze(verb.lemma)
    return any(w.endswith("ند") and not w.endswith(lemma) for w in (squeeze(t.text) for t in toks[verb.start: verb.end]))


_ABOUT_SQ = frozenset(squeeze(w) for w in ("درباره", "دربارهٔ", "درباره‌ی", "پیرامون", "راجع", "برای", "جهت"))


def _about_before(toks, start: int) -> bool:
    """«درباره تحولات منطقه و … در غزه و لبنان گفت‌وگو کرد»: a place inside what was talked about."""
    for j in range(start - 1, max(-1, start - 15), -1):
        w = squeeze(toks[j].text)
        if is_verb(toks[j].text) or toks[j].text in ("،", "؛", "."):
            return False
        if w in _ABOUT_SQ or (w in ("مورد", "خصوص") and j > 0 and toks[j - 1].text == "در"):
            return True
    return False


def _in_place_pp(slots: list[Slot], sl: Slot) -> bool:
    """«در X», or a name inside a «در» phrase («در مناطق متینا، زاپ و آواشین»)."""
    if sl.marker == "در":
        return True
    head = slots[sl.coord_head] if sl.coord_head is not None else sl
    return head.marker == "gen_other" and head.np_marker == "در" and head.chunk.kind in ("place", "kb")


_NOT_ANTECEDENTS = frozenset(squeeze(w) for w in ("نیز", "هم", "همچنین", "اکنون", "امروز", "سپس", "گفت", "افزود"))


def _warned(toks, s: int, clause: tuple[int, int], verb) -> bool:
    """Is the act at ``s`` what a threat or warning said would happen («هشدار داد … حمله خواهد کرد»)?"""
    for j in range(max(clause[0] - 4, 0), clause[0] + 1):
        if j > 0 and j + 1 < len(toks) and toks[j].text == "که" and (
                squeeze(toks[j - 1].text) in _THREAT_VERBS | _WARN_VERBS
                or squeeze(" ".join(t.text for t in toks[max(0, j - 2): j])) in _THREAT_VERBS | _WARN_VERBS):
            return True
    if verb is not None and verb.tense in ("future", "subjunctive"):
        # «تهدید کرد اگر بغداد … بیرون کند، تحریم‌هایی … وضع خواهد کرد»: a warning, then a condition however long
        cond = next((q for q in range(clause[0] - 1, max(0, clause[0] - 40), -1) if toks[q].text in ("اگر", "چنانچه")
                     and _condition_closes_at(toks, q, clause[0])), None)
        if cond is not None and cond >= 2 and (
                squeeze(" ".join(t.text for t in toks[cond - 2: cond])) in _THREAT_VERBS | _WARN_VERBS
                or toks[cond - 1].text == "که" and cond >= 3
                and squeeze(" ".join(t.text for t in toks[cond - 3: cond - 1])) in _THREAT_VERBS | _WARN_VERBS):
            return True
        for j in range(max(0, s - 12), s):
            if toks[j].text in (".", "؛", "«", ":"):
                return False
            if squeeze(" ".join(t.text for t in toks[j: j + 2])) in _THREAT_VERBS | _WARN_VERBS:
                return True
    if verb is not None and verb.tense == "future" and not verb.negated and verb.start > s:
        # «X گفت اسرائیل در صورت لزوم به ایران حمله خواهد کرد»: a conditional strike announced is a threat
        before = [squeeze(t.text) for t in toks[max(0, s - 12): s]]
        if any(w in _CONDITIONS for w in before) and any(w in _SAID for w in before):
            return True
    return False


def _called_off_after_relative(toks, e: int) -> bool:
    """«… را که قرار بود … انجام شود لغو کرد», «سفر … که قرار بود … انجام شود، لغو شد»: the noun phrase, its relative
    clause, then a verb calling it off."""
    j = next((q for q in range(e, min(len(toks), e + 14)) if toks[q].text in ("که", ".", "؛")), None)
    if j is None or toks[j].text != "که" or any(is_verb(t.text) for t in toks[e: j]):
        return False
    if not any(squeeze(t.text) == squeeze("قرار") or squeeze(t.text).startswith(squeeze("برنامه‌ریزی")) for t in toks[j + 1: j + 6]):
        return False  # the relative clause says it was planned («که قرار بود …»)
    for q in range(j + 1, min(len(toks), j + 20)):
        if toks[q].text in (".", "؛", "!", "؟"):
            return False
        if squeeze(toks[q].text).startswith(_CALLED_OFF) and q + 1 < len(toks) and is_verb(toks[q + 1].text):
            return True
        if squeeze(toks[q].text) in _DONE and q + 1 < len(toks) and squeeze(toks[q + 1].text) in _NOT_BECAME:
            return True  # «دیداری که قرار بود … با X داشته باشد، انجام نشد»
    return False


def _but_called_off(toks, e: int) -> bool:
    """«…، اما … را به تعویق انداختند / لغو کردند / … نشد»: a «but» later in the sentence calls the plan off."""
    q = next((q for q in range(e, len(toks)) if toks[q].text in (".", "؛", "!", "؟") or squeeze(toks[q].text) in _BUT), None)
    if q is None or toks[q].text in (".", "؛", "!", "؟"):
        return False
    for r in range(q + 1, len(toks)):
        if toks[r].text in (".", "؛", "!", "؟"):
            return False
        w = squeeze(toks[r].text)
        if w.startswith(_CALLED_OFF):
            return True
        v = analyze_token(toks[r].text)
        if v is not None and v[2]:
            return True  # a negated verb: «اما این سفر انجام نشد»
    return False


def _undone_later(toks, e: int) -> bool:
    """«…، اما این سفر انجام نشد», «… و این دیدار لغو شد»: the event, referred to later in the sentence, did not happen."""
    for q in range(e, len(toks) - 2):
        if toks[q].text in (".", "؛", "!", "؟"):
            return False
        if toks[q].text == "این" and squeeze(toks[q + 1].text) in _EVENT_NOUNS:
            for r in range(q + 2, min(len(toks), q + 6)):
                w = squeeze(toks[r].text)
                if w.startswith(_CALLED_OFF) or (w in _DONE and r + 1 < len(toks) and squeeze(toks[r + 1].text) in _NOT_BECAME):
                    return True
        if toks[q].text == "این" and squeeze(toks[q + 1].text).startswith(_SQ_SANCTION) and q > e:
            # «X که تحریم‌هایی علیه Y وضع کرده بود، این تحریم‌ها را لغو کرد»: lifted since
            if any(squeeze(t.text).startswith(_CALLED_OFF) or squeeze(t.text) in _LIFT for t in toks[q + 2: q + 5]):
                return True
    return False


def _counted(toks, s: int) -> int:
    """The start of «دو عضو», «سه متحد», «یکی از اعضای»: the trigger with its count, if any."""
    if s >= 1 and (toks[s - 1].kind == "num" or squeeze(toks[s - 1].text) in _NUMBER_WORDS):
        return s - 1
    if s >= 1 and squeeze(toks[s - 1].text) == _SQ_ONE_OF and toks[s].text == "از":
        return s - 1  # «یکی از اعضای …» (the trigger «از اعضای» starts at «از»)
    if s >= 1 and toks[s - 1].kind == "word" and (squeeze(toks[s - 1].text) in _ORDINAL_FIRST_LAST
                                                  or squeeze(toks[s - 1].text).endswith(_SQ_SUPERLATIVE)):
        return s - 1  # «اسپانیا، آخرین عضو ناتو …», «تازه‌ترین عضو»
    return s


_ORDINAL_FIRST_LAST = frozenset(squeeze(w) for w in ("آخرین", "نخستین", "اولین", "واپسین"))
_SQ_SUPERLATIVE = squeeze("ترین")


def _appos_start(toks, s: int) -> int:
    """Where the noun phrase of the trigger at ``s`` starts: before its count («دو عضو ناتو») and before a partner noun
    sharing it («آمریکا، حامی و متحد اصلی اسرائیل، …»)."""
    s = _counted(toks, s)
    if s >= 3 and toks[s - 1].text == "و" and toks[s - 3].text in ("،", ",") and squeeze(toks[s - 2].text) in _PARTNER_NOUNS:
        s -= 2
    return s


def _apposition(toks, s: int, e: int) -> bool:
    """Is the trigger the head of a comma-delimited apposition («X، عضو ناتو، …», «A و B، دو عضو ناتو، …»)?"""
    s = _appos_start(toks, s)
    if s == 0 or toks[s - 1].text not in ("،", ","):
        return False
    close = next((q for q in range(e, min(len(toks), e + 7)) if toks[q].text in ("،", ",")), None)
    rel = next((q for q in range(e, min(len(toks), e + 3)) if toks[q].text == "که"), None)
    if rel is not None and (close is None or close > rel):
        # «X، آخرین عضو ناتو که پروتکل را تصویب نکرده بود، …»: a relative clause inside the apposition
        close = next((q for q in range(rel + 1, min(len(toks), rel + 16)) if toks[q].text in ("،", ",")), None)
        return close is not None and not any(is_verb(t.text) for t in toks[e: rel])
    return close is not None and not any(is_verb(t.text) for t in toks[e: close])


def _undergoes(toks, s: int, verb: Verb | None) -> bool:
    """«مورد/هدف <trigger> … قرار گرفت»: the clause's subject undergoes the act."""
    if verb is None or verb.lemma != "گرفت" or verb.start < 1 or toks[verb.start - 1].text != "قرار":
        return False
    return (toks[s].text in ("مورد", "هدف") or s > 0 and toks[s - 1].text in ("مورد", "هدف")) and verb.start - s <= 8


_ADJUNCTS = ("به دلیل", "به خاطر", "به علت", "در پی", "پس از", "پیش از", "قبل از", "بعد از", "در واکنش به",
             "در اعتراض به", "به بهانه", "در پاسخ به", "در قبال", "علی‌رغم", "با وجود")
# «درباره فروش سلاح به تایوان هشدار داد»: the speaker is not the seller; but «درباره همکاری … گفت‌وگو کرد»
# is the speakers' own cooperation, so these hold only for one-way predicates
_ABOUT = ("درباره", "دربارهٔ", "درباره‌ی", "در مورد", "در خصوص", "در رابطه با", "نسبت به", "با اشاره به")


def _temporal_adjunct(toks, s: int) -> bool:
    """«پس از سفر به پکن، …», «در سفر به کالینینگراد گفت», «پس از چهار روز اقامت در …»: a trip before, after or
    during the main event is its subject's own."""
    for skip in range(0, 3):  # «چهار روز»: a span of time between
        if skip and not all(toks[q].kind == "num" or squeeze(toks[q].text) in _COUNT_WORDS | _TIME_UNITS
                            for q in range(s - skip, s)):
            break
        if s - skip >= 2 and squeeze(toks[s - skip - 2].text + " " + toks[s - skip - 1].text) in _TEMPORAL_SQ:
            return True
    return s >= 1 and toks[s - 1].text in ("در", "طی") and squeeze(toks[s].text) in _TRIP_NOUNS


# «در واکنش به / در پاسخ به / با اشاره به تهدیدهای X …»: whoever answers or cites X's threats feels them
_ANSWERING_SQ = frozenset(squeeze(a) for a in ("در واکنش به", "در پاسخ به", "با اشاره به", "در اعتراض به", "به دلیل",
                                               "به خاطر", "در قبال"))
_THREAT_NOUN = squeeze("تهدید")
_SELF_TARGETS = frozenset(squeeze(w) for w in ("کشورش", "کشورمان", "ما", "کشور", "خود", "این کشور", "ملت"))


def _answers_threats(toks, slots, s: int, e: int) -> bool:
    """Is the threat noun at ``s`` right after an answering adjunct («در واکنش به تهدیدهای اخیر آمریکا گفت»), aimed
    at nobody but the speaker's own side? Then the clause's subject is the one who perceives the threat; a threat
    against a third party named after it («با اشاره به تهدیدهای آمریکا علیه ونزوئلا») is only reported."""
    if not squeeze(toks[s].text).startswith(_THREAT_NOUN) or s < 2:
        return False
    b = s - 1 if toks[s - 1].text == "«" else s  # «در پاسخ به «تهدیدی فوری» از سوی X»
    if not any(b - w >= 0 and squeeze(" ".join(t.text for t in toks[b - w: b])) in _ANSWERING_SQ for w in (3, 2)):
        return False
    return not any(sl.marker in ("علیه", "به", "برای") and e <= sl.chunk.start <= e + 6 and sl.chunk.kind != "ref"
                   for sl in slots)


def _in_adjunct(toks, s: int, about: bool = False) -> bool:
    """Is the trigger at ``s`` the head of a reason/time adjunct («به دلیل خرید …»)?

    Not when the trigger carries the subject's own mark («پس از سفرش», «پس از سفر خود»).
    """
    if _possessive(toks[s].text) or any(t.text == "خود" for t in toks[s + 1: s + 4]):
        return False
    ends = _ADJ_ABOUT_ENDS if about else _ADJ_ENDS
    for back in range(0, 3):  # «پس از تصویب فروش …»: one noun may stand between
        end = s - back
        if end < 1 or squeeze(toks[end - 1].text) not in ends:
            continue  # no adjunct ends with this token (see _ADJ_ENDS)
        for width in (3, 2, 1):
            if end - width >= 0 and squeeze(" ".join(t.text for t in toks[end - width: end])) in (
                    _ADJ_ABOUT_SQ if about else _ADJ_SQ):
                return True
    return False


_WEAPONRY = squeeze("تسلیحاتی")
_ARMING = squeeze("تسلیح")
_LIFT = frozenset(squeeze(w) for w in ("رفع", "لغو", "برداشتن", "برداشته‌شدن", "تعلیق", "پایان"))
_EVENT_PREDICATES = frozenset({"attacks", "visits", "meetsWith", "signsAgreementWith", "threatens", "sanctions"})
_ENDING = tuple(squeeze(w) for w in ("پایان", "خاتمه"))
_BAN_NOUNS = frozenset(squeeze(w) for w in ("ممنوعیت", "منع", "توقف", "تعلیق"))
_ORDERS = frozenset(squeeze(w) for w in ("دستور", "فرمان", "تصمیم", "طرح", "برنامه"))
_CALLED_OFF = tuple(squeeze(w) for w in ("لغو", "کنسل", "متوقف", "منتفی", "تعویق"))
_AS_SQ = frozenset(squeeze(w) for w in ("به عنوان", "بعنوان", "در مقام"))
_PP_HEADS = frozenset(squeeze(w) for w in ("در", "طی", "جریان", "حاشیه", "هنگام", "از", "پی"))
_ADJ_SQ = frozenset(squeeze(a) for a in _ADJUNCTS)
_TIME_UNITS = frozenset(squeeze(w) for w in ("روز", "هفته", "ماه", "سال", "ساعت", "شب", "روزه"))
# «شب گذشته», «سه‌شنبه گذشته», «هفته آینده»: a time before «گذشته/آینده», not a participle
_PERIODS = _TIME_UNITS | _TIME_NOUNS | frozenset(squeeze(w) for w in ("بامداد", "صبح", "عصر", "دهه", "قرن"))
_TEMPORAL_SQ = frozenset(squeeze(a) for a in ("پس از", "پیش از", "قبل از", "بعد از", "همزمان با"))
_ADJ_ABOUT_SQ = _ADJ_SQ | frozenset(squeeze(a) for a in _ABOUT)
# adjuncts that presuppose their event took place («پس از حمله X به Y، …»)
_FACT_ADJ_SQ = frozenset(squeeze(a) for a in ("پس از", "بعد از", "در پی", "به دنبال", "در واکنش به", "در پاسخ به",
                                               "در اعتراض به", "به دلیل", "به خاطر", "به علت"))


def _closed_relatives(toks, clause_start: int) -> list[tuple[int, int]]:
    """The relative clause set off by commas that ends right before the clause at ``clause_start`` («X، که … تهدید
    کرده بود Y در صورت جنگ نابود خواهد شد، سخنان Z را … خواند»): its conditions are its own, not the main clause's."""
    comma = clause_start if clause_start < len(toks) and toks[clause_start].text in ("،", ",") else clause_start - 1
    if comma < 2 or toks[comma].text not in ("،", ","):
        return []
    for k in range(comma - 1, max(0, comma - 40), -1):
        if toks[k].text == "که" and k > 0 and toks[k - 1].text in ("،", ","):
            return [(k, comma)]
        if toks[k].text in (".", "؛", ":"):
            break
    return []


def _condition_closes_at(toks, at: int, clause_start: int) -> bool:
    """Does the condition opening at ``at`` («اگر بغداد نیروهای آمریکایی را … بیرون کند،») close with the comma
    that opens the clause at ``clause_start`` (however long the condition)?"""
    if toks[at].text not in ("اگر", "چنانچه", "درصورتی‌که") and not (toks[at].text == "در" and at + 1 < len(toks)
                                                                   and squeeze(toks[at + 1].text) == squeeze("صورت")):
        return False
    comma = next((q for q in range(at + 1, min(len(toks), clause_start + 1)) if toks[q].text in ("،", ",")), None)
    return comma is not None and comma in (clause_start, clause_start - 1)


def _presupposed(toks, s: int) -> bool:
    """Does a «پس از/در پی/در واکنش به …» adjunct open right before the noun at ``s`` (one noun may stand
    between: «پس از آغاز حمله …»)?"""
    for back in range(0, 2):
        end = s - back
        for width in (3, 2):
            if end - width >= 0 and squeeze(" ".join(t.text for t in toks[end - width: end])) in _FACT_ADJ_SQ:
                return True
    return False


def _suffixes(keys: frozenset[str]) -> frozenset[str]:
    return frozenset(k[i:] for k in keys for i in range(len(k) + 1))


# The squeezed words a phrase of _ADJ_SQ can end with: squeezing joined words is squeezing each and
# joining them (character by character; a word with a Greek sigma, the one exception of lower(), squeezes
# to a non-Persian string that no phrase contains), so the phrase ends with the last word's squeezed form.
_ADJ_ENDS = _suffixes(_ADJ_SQ)
_ADJ_ABOUT_ENDS = _suffixes(_ADJ_ABOUT_SQ)


def _possessive(token: str) -> bool:
    """«سفرش», «همکاری‌شان»: a trigger noun with a possessive clitic (not «فروش»)."""
    from .lexicon import get_lexicon

    t = token.replace("\u200c", "")
    for suf in ("شان", "اش", "ش"):
        if t.endswith(suf) and len(t) > len(suf) + 1 and get_lexicon().noun_frames.lookup(t[: -len(suf)]) \
                and not get_lexicon().noun_frames.lookup(t):
            return True
    return False


def _tok_at(toks, char: int) -> int:
    for i, t in enumerate(toks):
        if t.end > char:
            return i
    return len(toks)


def _tok_end(toks, char: int) -> int:
    for i, t in enumerate(toks):
        if t.end >= char:
            return i + 1
    return len(toks)


def _chain(slots: list[Slot], k: int) -> list[Slot]:
    head = slots[k].coord_head if slots[k].coord_head is not None else k
    out = [slots[head]]
    for m in range(head + 1, len(slots)):
        if slots[m].coord_head == head:
            out.append(slots[m])
        elif m > head:
            break
    return out


def _accepts(rel: SentenceRelations, marker: str | None, wanted: str) -> bool:
    if marker is None:
        return False
    if wanted == "obj":
        return marker == "را"
    if wanted in ("gen",):
        return marker == "gen"
    words = rel._marker_words.get(wanted)  # noqa: SLF001
    return bool(words) and squeeze(marker) in words


def _complement_subject(slots: list[Slot], toks, e: int, verb: Verb | None) -> list[Chunk]:
    """«… هشدار داد که آمریکا و انگلیس باید …»: the first chunk (chain) of the «که» clause."""
    if verb is None:
        return []
    j = verb.end
    if j < len(toks) and toks[j].text in (":", "که"):
        for k, sl in enumerate(slots):
            if sl.chunk.start in (j + 1, j + 2) and sl.coord_head is None and sl.marker in (None, "agent"):
                return [x.chunk for x in _chain(slots, k)]
    return []


def _listed_after(slots: list[Slot], toks, e: int) -> list[Chunk]:
    """The list a members noun introduces: «… عضو دارد: A، B و C», «… شامل A، B و C», «عبارتند از A و B»."""
    j = e
    while j < len(toks) and j - e <= 6 and toks[j].text not in (":", "شامل", "عبارتند", "عبارت", "یعنی") \
            and not (toks[j].text == "از" and j + 1 < len(toks) and toks[j + 1].text == "جمله"):
        j += 1
    if j >= len(toks) or j - e > 6:
        return []
    j += 1
    while j < len(toks) and toks[j].text in ("از", "اند", "است", "جمله"):  # «کشورهای عضو X از جمله A، B و C»
        j += 1
    for k, sl in enumerate(slots):
        if sl.chunk.start == j and sl.coord_head is None:
            chain = [x.chunk for x in _chain(slots, k)]
            return chain if len(chain) >= 2 else []
    return []


_COPULAS = frozenset(squeeze(w) for w in ("هستند", "بودند", "اند", "می‌باشند", "است", "بود"))
_BODY_REFS = frozenset(squeeze(w) for w in ("سازمان", "پیمان", "ائتلاف", "گروه", "اتحادیه", "بلوک", "نهاد"))


def _listed_copula(slots: list[Slot], toks, e: int, objects: list[Chunk]) -> list[Chunk]:
    """«اعضای دیگر سازمان پیمان امنیت جمعی روسیه، ارمنستان و بلاروس هستند», «اعضای این سازمان A و B بودند»:
    a list right after the members noun's body, closed by a copula."""
    after = [c.end for c in objects if c.start >= e]
    if after:
        lo = max(after)
    else:  # «اعضای (دیگر) این سازمان»: no body named, one referred to
        words = [squeeze(t.text) for t in toks[e: e + 4]]
        if squeeze("این") not in words or not any(w in _BODY_REFS for w in words):
            return []
        lo = e + words.index(next(w for w in words if w in _BODY_REFS)) + 1
    for k, sl in enumerate(slots):
        if sl.chunk.start == lo and sl.coord_head is None and sl.chunk not in objects:
            chain = [x.chunk for x in _chain(slots, k)]
            end = chain[-1].end
            if len(chain) >= 2 and end < len(toks) and squeeze(toks[end].text) in _COPULAS:
                return chain
            return []
    return []


def conditional_target(slots: list[Slot], toks) -> list[Chunk]:
    """«اگر پاکستان به این تجاوزات ادامه دهد، …» opening a quoted warning: the condition's subject."""
    j = 0
    while j < len(toks) and toks[j].text in ("«", '"'):
        j += 1
    if j >= len(toks) or squeeze(toks[j].text) not in (squeeze("اگر"), squeeze("چنانچه")):
        return []
    window = range(j + 1, min(len(toks), j + 16))
    for k, sl in enumerate(slots):
        if sl.chunk.start in window and sl.coord_head is None and sl.marker in (None, "agent"):
            return [x.chunk for x in _chain(slots, k)]
    return []


def _complement_target(rel: SentenceRelations, slots: list[Slot], toks, e: int, verb: Verb | None) -> list[Chunk]:
    """The party a warning or threat is aimed at, read from its complement:

    «X هشدار داد اگر Y …» (the condition's subject), «X تهدید کرد که … «Y را به عصر حجر بازگرداند»»
    (an object in the threatened act), «X تهدید کرد که به Y حمله خواهد کرد» (the attack's target).
    """
    j = e  # «تهدید کرد که …»: the light verb is part of the trigger
    if j < len(toks) and toks[j].text not in ("که", ":", "«") and verb is not None and verb.start <= e + 1:
        j = verb.end
    if j < len(toks) and toks[j].kind == "word" and toks[j].text not in ("که", "و") and verb is not None \
            and squeeze(toks[j].text) not in (squeeze("اگر"), squeeze("چنانچه")) \
            and verb.end <= j and any(squeeze(t.text) in _ATTACK_WORDS for t in toks[j: j + 12]):
        # «X تهدید کرد آمریکا را … هدف قرار خواهد داد»: the content clause without «که»
        window = range(j, min(len(toks), j + 12))
        for k, sl in enumerate(slots):
            if sl.chunk.start in window and sl.coord_head is None and sl.marker in ("را", "به", "gen"):
                return [x.chunk for x in _chain(slots, k)]
        return []
    if j + 1 < len(toks) and toks[j].text == "در" and squeeze(toks[j + 1].text) == squeeze("صورت"):
        # «تهدید کرد در صورت مخالفت کپنهاگ، تعرفه‌هایی … وضع خواهد کرد»: the condition's actor
        for k, sl in enumerate(slots):
            if j + 2 <= sl.chunk.start < j + 7 and sl.coord_head is None:
                return [x.chunk for x in _chain(slots, k)]
        return []
    if j >= len(toks) or toks[j].text not in ("که", ":", "«") and squeeze(toks[j].text) not in (squeeze("اگر"), squeeze("چنانچه")):
        return []  # «… را تهدید می‌کند، حوثی‌ها را تسلیح می‌کند»: the next clause is not the threat's content
    while j < len(toks) and toks[j].text in ("که", ":", "«", "،"):
        j += 1
    window = range(j, min(len(toks), j + 16))
    if j < len(toks) and squeeze(toks[j].text) in (squeeze("اگر"), squeeze("چنانچه")):
        out: list[Chunk] = []
        for k, sl in enumerate(slots):
            if sl.chunk.former:
                return []  # «هشدار داد اگر محمد بازوم، رئیس‌جمهور برکنارشده، به قدرت بازنگردد»: not the one warned
            if sl.chunk.start in window and sl.coord_head is None and sl.marker in (None, "agent"):
                out = [x.chunk for x in _chain(slots, k)]  # «هشدار داد اگر حزب‌الله …»
                break
        comma = next((q for q in range(j + 1, min(len(toks), j + 20)) if toks[q].text in ("،", ",")), None)
        if out and comma is not None:
            # «… اگر حزب‌الله اشتباه کند، اسرائیل «لبنان را به عصر حجر بازمی‌گرداند»»: the one struck in the consequence
            for k, sl in enumerate(slots):
                if comma < sl.chunk.start < comma + 10 and sl.coord_head is None and sl.chunk not in out and (
                        sl.marker == "را" or sl.chunk.end < len(toks) and toks[sl.chunk.end].text == "را"):
                    out += [x.chunk for x in _chain(slots, k)]
                    break
        return out
    if any(squeeze(toks[q].text).startswith(_CONSEQUENCES) for q in window):
        # «هشدار داد که ارسال جنگ‌افزار به اوکراین «پیامدهایی» برای لندن و برلین خواهد داشت»: who bears them
        for k, sl in enumerate(slots):
            if sl.chunk.start in window and sl.coord_head is None and sl.marker == "برای":
                return [x.chunk for x in _chain(slots, k)]
    for k, sl in enumerate(slots):
        if sl.chunk.start in window and sl.coord_head is None and sl.marker == "را":
            return [x.chunk for x in _chain(slots, k)]  # «… «اسرائیل را به عصر حجر بازگرداند»»
    k = j - 1
    while k > 0 and toks[k].text in (":", "«", "،"):
        k -= 1
    if toks[k].text != "که":
        return []
    window = range(k + 1, min(len(toks), k + 14))
    if not any(squeeze(toks[j].text) in _ATTACK_WORDS for j in window):
        return []
    for k, sl in enumerate(slots):
        if sl.chunk.start in window and sl.coord_head is None and (
                _accepts(rel, sl.marker, "to") or _accepts(rel, sl.marker, "obj") or _accepts(rel, sl.np_marker, "to")):
            return [x.chunk for x in _chain(slots, k)]
    return []


def _speaker(rel: SentenceRelations, sent: Sentence, slots: list[Slot], toks, s: int) -> list[Chunk]:
    """The one whose words a clause is: «X گفت …», «به گفته X، …» before the trigger at ``s``."""
    said = [v for v in rel.verbs(sent) if v.end <= s and _speech(toks, v)]
    if said:
        v = said[-1]
        for k, sl in enumerate(slots):
            if sl.chunk.end <= v.start and sl.marker is None and sl.coord_head is None:
                return [x.chunk for x in _chain(slots, k)]
        return []
    for k, sl in enumerate(slots):
        if sl.chunk.end <= s and sl.coord_head is None and sl.marker in _SOURCE_MARKERS \
                and sl.marker not in ("به گزارش", "به نقل از"):  # (a person's words, not an outlet's report)
            return [x.chunk for x in _chain(slots, k)]  # «به گفته X، …»
        if sl.chunk.end <= s and sl.coord_head is None and sl.marker in (None, "gen", "gen_other") and sl.chunk.start >= 2 \
                and squeeze(toks[sl.chunk.start - 1].text) == squeeze("گفته") and toks[sl.chunk.start - 2].text == "به":
            return [x.chunk for x in _chain(slots, k)]  # «به گفتهٔ X، …»
    return []


def _retaliation_target(slots: list[Slot], toks, s: int, e: int, verb: Verb | None) -> list[Chunk]:
    """A warning of retaliation with no addressee: «X هشدار داد که افزایش حضور نظامی ناتو … «بی‌پاسخ
    نخواهد ماند»», «X گسترش ناتو را «تجاوز» خواند و هشدار داد که «اقدامات متقابل» …».

    The warning's content must promise a response (``_RETALIATION``); its targets are the first actor
    in the content and the object («را») of the sentence before the warning — the act being answered.
    The warner's own side among them is dropped after resolution (``rules``)."""
    j = verb.end if verb is not None and verb.start <= e + 1 else e
    if j >= len(toks):
        return []
    if toks[j].text not in ("که", ":", "«"):
        if toks[j].kind != "word" or squeeze(toks[j].text) in _NOT_CONTENT or verb is None or verb.start > e + 1:
            return []
        j -= 1  # «هشدار داد این مداخله … پیامدهایی خواهد داشت»: the content with no «که»
    window = range(j + 1, min(len(toks), j + 25))
    if not any(squeeze(toks[q].text) in _RETALIATION or
               squeeze(" ".join(t.text for t in toks[q: q + 2])) in _RETALIATION for q in window):
        return []
    out: list[Chunk] = []
    # «… «پیامدهایی» برای لندن و برلین خواهد داشت»: those the consequences are for, before the first actor named
    bearers = [k for k, sl in enumerate(slots) if sl.chunk.start in window and sl.coord_head is None and sl.marker == "برای"
               and any(squeeze(t.text).startswith(_CONSEQUENCES) for t in toks[max(j, sl.chunk.start - 4): sl.chunk.start])]
    for k, sl in enumerate(slots):
        if bearers and k != bearers[0]:
            continue
        if sl.chunk.start in window and sl.coord_head is None and sl.marker in (None, "agent", "gen", "gen_other", "را", "به", "برای") \
                and (sl.chunk.ids or sl.chunk.kind != "kb") and sl.np_marker != "در":  # «… در خاک عراق»: where, not whom
            out += [x.chunk for x in _chain(slots, k)]
            break
    for k in range(len(slots) - 1, -1, -1):
        sl = slots[k]
        if sl.chunk.end > s or sl.coord_head is not None:
            continue
        after = [t.text for t in toks[sl.chunk.end: min(s, sl.chunk.end + 3)]]
        if sl.marker == "را" or (sl.marker in ("gen", "gen_other") and "را" in after):
            out += [x.chunk for x in _chain(slots, k)]  # «گسترش ناتو را «تجاوز» خواند و هشدار داد …»
            break
    return out


# what a warning promises: a response, a price, consequences
_RETALIATION = frozenset(squeeze(w) for w in (
    "پاسخ", "پاسخی", "بی‌پاسخ", "بی پاسخ", "تلافی", "انتقام", "مقابله به مثل", "متقابل", "بها", "بهای", "بهایی",
    "تاوان", "پشیمان", "عواقب", "پیامد", "پیامدهای", "پیامدهایی", "هزینه", "هزینه‌های", "هزینه‌ای", "زور",
    "اقدامات لازم", "گزینه نظامی", "گزینه‌ها", "واکنش", "واکنشی", "دندان‌شکن", "کوبنده", "قاطع", "قاطعانه",
    "پشیمانی", "مجازات", "بسوزد", "خواهند سوخت", "خواهد سوخت"))

_EXERCISE = ("رزمایش", "مانور", "تمرین مشترک", "تمرینات مشترک")
_ATTACK_WORDS = frozenset(squeeze(w) for w in ("حمله", "حملات", "بمباران", "هدف", "تجاوز", "یورش", "موشک‌باران"))


def _relative_after(toks, e: int, clauses: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The relative clause «که …» starting within three tokens after a nominal trigger."""
    for j in range(e, min(e + 4, len(toks))):
        if toks[j].text == "که":
            return next(((a, b) for a, b in clauses if a == j), (j, len(toks)))
        if toks[j].kind == "punct" and toks[j].text not in ("«", "»"):
            return None
    return None


def _objects(rel: SentenceRelations, frame: Frame, slots: list[Slot], s: int, e: int, clause: tuple[int, int], toks,
             inside: bool = False, nominal: bool = False) -> list[Chunk]:
    best: tuple[int, list[Chunk]] | None = None
    for wanted in frame.objects:
        if wanted == "obj":
            inside = _object_np(slots, s, clause, toks)
            if inside:
                return inside
        if wanted == "np":  # «کنترل بخش فلسطینی گذرگاه رفح را به دست گرفت»: a name deep in the trigger's own «را» phrase
            ra = next((j for j in range(e, min(len(toks), e + 10)) if toks[j].text == "را"), None)
            if ra is not None and not any(t.kind == "punct" or is_verb(t.text) for t in toks[e: ra]):
                # (up to a preposition of its own: «سرنگونی پهپاد ارتش مالی به دست الجزایر را»)
                stop = next((j for j in range(e, ra) if rel.lex.prepositions.lookup(toks[j].text)), ra)
                head = [k for k, sl in enumerate(slots) if e <= sl.chunk.start and sl.chunk.end <= stop
                        and sl.marker in ("gen", "gen_other") and sl.coord_head is None]
                if head:
                    return [x.chunk for x in _chain(slots, head[0])]
            continue
        for k, sl in enumerate(slots):
            c = sl.chunk
            if sl.coord_head is not None:
                continue  # chains are taken from their head
            if wanted == "gen":
                if sl.marker == "gen" and sl.gen_of == s:
                    chain = [x.chunk for x in _chain(slots, k)]
                    return chain
                continue
            direct = _accepts(rel, sl.marker, wanted)
            if nominal and c.start < s and sl.marker == "به" and wanted not in ("obj", "gen"):
                continue  # «اعتماد به آمریکا در پی تهدیدات ترامپ»: a bare noun's object follows it
            if not direct and frame.is_verb and frame.predicate == "visits":
                continue  # «به کمک این کشور بیاید»: one comes to a place, not to a noun phrase's genitive
            if not direct and frame.is_verb and frame.predicate == "memberOf" and c.start >= 1 \
                    and not squeeze(toks[c.start - 1].text).startswith(_MEMBERSHIP_HEADS):
                continue  # «به تمرینات نظامی سازمان پیمان امنیت جمعی پیوست»: joining its drills, not it
            if not direct and not (
                    wanted not in ("gen", "obj", "in_direct") and sl.marker in ("gen_other", "gen") and sl.gen_of != s
                    and _accepts(rel, sl.np_marker, wanted)):
                continue
            if not direct and c.start >= e and sl.np_marker:
                mk = squeeze(sl.np_marker.split()[-1])
                at = next((j for j in range(c.start - 1, -1, -1) if squeeze(toks[j].text) == mk), None)
                if at is not None and at < s:
                    continue  # «با اشاره به جنگ اوکراین و گسترش همکاری‌های روسیه»: the phrase began before the trigger
            if c.start >= 2 and toks[c.start - 2].text == "به" and squeeze(toks[c.start - 1].text) in _SAYING:
                continue  # «به گفته‌ی دونالد ترامپ، ایران ۱۴ موشک شلیک کرد»: the source, not the target
            if frame.predicate in ("perceivesThreatFrom", "threatens") and not direct and c.start >= 2 \
                    and squeeze(toks[c.start - 1].text) in _DIRECTION_NOUNS and toks[c.start - 2].text == "از":
                continue  # «از نفوذ گروه‌ها از شمال افغانستان ابراز نگرانی کردند»: where they come from, not who
            if frame.predicate == "attacks" and c.start >= 2 and toks[c.start - 1].text == "به" \
                    and squeeze(toks[c.start - 2].text) in _MESSAGE_NOUNS:
                continue  # «در پیامی به X، همتای خود، حمله را محکوم کرد»: the one written to
            if frame.predicate in _HOSTILE_WITH and c.start >= 1 and squeeze(toks[c.start - 1].text) in _MADE_BY:
                continue  # «پهپاد «مهاجر-۶» ساخت ایران را سرنگون کرد»: the maker of what was downed is not struck
            if frame.predicate == "attacks" and c.start >= 2 and squeeze(toks[c.start - 1].text) in _SHORE_WORDS \
                    and squeeze(toks[c.start - 2].text) in _VICINITY:
                continue  # «در نزدیکی سواحل عمان»: off a state's shore, not the state
            if frame.predicate == "attacks" and c.start >= 1 and squeeze(toks[c.start - 1].text) in _VICINITY \
                    and not (c.start >= 2 and squeeze(toks[c.start - 2].text) in ("به", "علیه")):
                continue  # «… را در اطراف سارایوو هدف قرار دادند»: struck around the city, not the city
            # the object must be in the trigger's clause, or right after a nominal trigger
            in_clause = clause[0] <= c.start < clause[1]
            after_nominal = e <= c.start <= e + 6
            if inside:
                if not in_clause:
                    continue
            elif not (in_clause or after_nominal):
                continue
            mlen = len(sl.marker.split()) if sl.marker and sl.marker not in ("gen", "gen_other", "را") else 0
            between = toks[c.end: s] if c.start < s else toks[e: c.start - mlen]
            if sl.marker_at is not None and c.start >= e:
                between = toks[e: sl.marker_at]  # «علیه اهداف نظامی در X»: up to the part's preposition
            if not direct and c.start >= e and sl.np_marker:
                # «تهدیدی جدی برای امنیت لهستان»: only what stands before the noun phrase's preposition
                cut = next((j for j in range(c.start - 1, e - 1, -1)
                            if squeeze(toks[j].text) == squeeze(sl.np_marker.split()[-1])), None)
                if cut is not None:
                    between = toks[e: cut - len(sl.np_marker.split()) + 1]
            if inside:
                between = []
            if any((is_verb(t.text) or participle(t.text)) and not _describes(t.text)
                   and not (q > 0 and squeeze(t.text) in _PAST_FUTURE and squeeze(between[q - 1].text) in _PERIODS)
                   for q, t in enumerate(between) if t.kind == "word"):
                continue  # another verb's argument («گسترده», «شدید» describe the noun; «شب گذشته» is a time)
            if direct and c.start < s and sl.marker not in ("gen", "gen_other", "را") and any(
                    any(wanted in f.objects or (wanted == "to" and "to" in f.objects) for f in (rel.lex.noun_frames.lookup(t.text) or ()))
                    and not (q >= 1 and squeeze(toks[q - 1].text) in _ASIDE_NOUNS)  # «در حاشیه این نشست با X»
                    and not (q >= 2 and squeeze(toks[q - 2].text) in _ASIDE_NOUNS and toks[q - 1].text == "این")
                    for q, t in enumerate(toks[max(0, c.start - mlen - 2): c.start - mlen], start=max(0, c.start - mlen - 2))) \
                    and not (
                    frame.predicate == "meetsWith" and all(t.kind == "punct" for t in between)
                    and _after_temporal(toks, c.start - mlen - 2)):
                # «به آمریکا درباره فروش سلاح به تایوان هشدار داد»: «به تایوان» is the sale's («عضو به ناتو پیوست» is
                # not; nor is «پس از امضای قرارداد با X دیدار کرد»: a time adjunct's noun, then the meeting)
                continue
            if direct and c.start < s and sl.marker not in ("gen", "gen_other", "را") and frame.predicate in _HOSTILE_WITH:
                # «نسبت به فروش سلاح آمریکا به تایوان هشدار داد»: a noun three or four words back takes «به تایوان»
                owner_noun = False
                for q in range(c.start - mlen - 3, max(-1, c.start - mlen - 5), -1):
                    if q < 0 or toks[q].kind != "word" or rel.lex.prepositions.lookup(toks[q].text) or is_verb(toks[q].text):
                        break
                    if any(wanted in f.objects for f in (rel.lex.noun_frames.lookup(toks[q].text) or ())):
                        owner_noun = True
                        break
                if owner_noun:
                    continue
            if wanted == "with" and frame.predicate not in _HOSTILE_WITH and sl.marker and squeeze(sl.marker) == "با" \
                    and c.start >= 2 and squeeze(toks[c.start - 2].text) in _CONFRONT:
                continue  # «با ترکیه در مبارزه با پ‌ک‌ک همکاری کنند»: the foe fought together, not the partner
            if wanted == "with" and frame.predicate not in _HOSTILE_WITH and sl.marker in ("gen", "gen_other") \
                    and sl.np_marker and squeeze(sl.np_marker) == "با":
                at = next((j for j in range(c.start - 1, max(-1, c.start - 8), -1) if toks[j].text == "با"), None)
                if at is not None and at > 0 and squeeze(toks[at - 1].text) in _CONFRONT:
                    continue  # «برای مقابله با تهدید کره شمالی به توافق رسیدند»: the foe, not the partner
                if at is not None and at + 1 < len(toks) and squeeze(toks[at + 1].text) in _MEDIATION:
                    continue  # «اسپانیا و مراکش با میانجیگری کالین پاول توافق کردند»: the mediator is no party
            words_between = " ".join(t.text for t in between)
            for adj in ("در مقام", "در سمت", "به عنوان", "از سوی", "از جانب", "از طرف", "توسط",  # and the agent
                        "به رهبری", "تحت رهبری", "به فرماندهی",  # «حملات ائتلاف به رهبری آمریکا علیه داعش»
                        "با نام", "به نام", "موسوم به", "تحت عنوان", "با عنوان"):  # «عملیاتی با نام «…» را علیه X»
                words_between = words_between.replace(adj, "")
            ws = words_between.split()
            # «حمله به یک پایگاه نظامی در جنوب X»: an unnamed target behind the trigger's own preposition, placed in X
            unnamed = not direct and sl.np_marker is not None and squeeze(sl.np_marker) == "در" and "in" in frame.objects \
                and bool(ws) and any(_accepts(rel, ws[0], w) for w in frame.objects if w not in ("in", "obj", "gen"))
            own = 0 if unnamed else -1
            if not unnamed and direct and sl.marker == "در" and "in" in frame.objects and c.start >= e and ws:
                # «حمله هوایی اسرائیل به چادرهای آوارگان در منطقه X»: the trigger's own «به» before an unnamed target
                preps = [q for q, w in enumerate(ws) if rel.lex.prepositions.lookup(w)]
                if len(preps) == 1 and any(_accepts(rel, ws[preps[0]], w) for w in frame.objects if w not in ("in", "obj", "gen")) \
                        and not any(e <= x.chunk.start < c.start and x.chunk.start > e + preps[0] for x in slots):
                    own = preps[0]
            if c.start >= e and any(rel.lex.prepositions.lookup(w) and not _time_after(ws, q) and q != own
                                    for q, w in enumerate(ws)):
                continue  # «همکاری … را در منطقه مرزی با سومالی»: «با» belongs to something else
            dist = abs(c.start - e) if c.start >= e else abs(s - c.end)
            if not direct:
                dist += 100  # a preposition heading a larger noun phrase is weaker evidence
            if best is None or dist < best[0]:
                best = (dist, [x.chunk for x in _chain(slots, k)])
        if best is not None:
            return best[1]
    return []


_SQ_ANY = squeeze("هرگونه")
_ASIDE_NOUNS = frozenset(squeeze(w) for w in ("حاشیه", "جریان", "طول"))
_TIME_OPENERS = frozenset(squeeze(w) for w in ("پس", "بعد", "پیش", "قبل"))
_SQ_ONE_OF = squeeze("یکی")
_MEDIATION = frozenset(squeeze(w) for w in ("میانجیگری", "میانجی‌گری", "وساطت", "پادرمیانی", "میانجی"))
_PLACE_HEAD_WORDS = frozenset(squeeze(w) for w in ("شهر", "بندر", "فرودگاه", "پایگاه", "روستای", "جزیره", "استان", "ولایت"))
_VICINITY = frozenset(squeeze(w) for w in ("اطراف", "حوالی", "نزدیکی", "پیرامون", "حومه", "فراز"))  # («بر فراز X»: over it)
_CLAUSE_ADVERBS = frozenset(squeeze(w) for w in ("همزمان", "همچنین", "سپس", "اکنون", "اینک", "ضمناً", "ضمنا"))
_SQ_WAS_TO = squeeze("قراربود")
_BUT = frozenset(squeeze(w) for w in ("اما", "ولی", "لیکن", "ولیکن"))
_GATHERED_HEADS = frozenset(squeeze(w) for w in ("سران", "رهبران", "وزیران", "وزرای", "نمایندگان"))
_MEMBER_OF = frozenset(squeeze(w) for w in ("عضو", "اعضای"))
_INDEFINITE = frozenset(squeeze(w) for w in ("یک", "چند", "دو", "سه"))
_SQ_ONE = squeeze("یک")
_SQ_INVITATION = squeeze("دعوت")
_SQ_SANCTION = squeeze("تحریم")
_SOURCE_MARKERS = frozenset({"به گفته", "به ادعای", "به اعتقاد", "به باور", "به روایت", "به گزارش", "به نقل از"})
_TAKING_PART = frozenset(squeeze(w) for w in ("شرکت", "مشارکت", "حضور"))
_SQ_OPTION = squeeze("گزینه")
_SQ_ON_TABLE = squeeze("روی میز")
_NEGATED_COPULAS = frozenset(squeeze(w) for w in ("نیست", "نیستند", "نبود", "نبودند", "نیستیم"))
_CONFRONT = frozenset(squeeze(w) for w in ("مقابله", "مبارزه", "رویارویی", "تقابل", "جنگ", "نبرد", "درگیری", "ستیز"))
_HOSTILE_WITH = frozenset({"attacks", "perceivesThreatFrom", "threatens", "sanctions"})
_SQ_REVENGE = squeeze("انتقام")
_KILLING_NOUNS = frozenset(squeeze(w) for w in ("ترور", "قتل", "کشتن", "شهادت", "اعدام", "ربودن", "آدم‌ربایی"))
_SHORE_WORDS = frozenset(squeeze(w) for w in ("سواحل", "ساحل", "مرز", "مرزهای", "آب‌های", "آبهای"))
_MESSAGE_NOUNS = frozenset(squeeze(w) for w in ("پیام", "پیامی", "نامه", "نامه‌ای", "پیام‌هایی", "نامه‌هایی", "تلگرامی"))
_DIRECTION_NOUNS = frozenset(squeeze(w) for w in ("شمال", "جنوب", "شرق", "غرب", "شمال‌شرق", "شمال‌غرب", "جنوب‌شرق",
                                                  "جنوب‌غرب", "مرکز", "داخل", "خاک"))
# «پهپاد ساخت ایران», «موشک‌های ساخته کره شمالی»: the maker of a thing
_MADE_BY = frozenset(squeeze(w) for w in ("ساخت", "ساخته", "ساخته‌شده", "تولید", "تولیدی", "طراحی"))
_HOSTING = frozenset(squeeze(w) for w in ("میزبان", "پذیرای"))
_BUILDING = frozenset(squeeze(w) for w in ("ایجاد", "احداث", "ساخت", "تأسیس", "تاسیس", "برپایی"))
_DANGER = tuple(squeeze(w) for w in ("تهدید", "خطر", "نگرانی", "مایه نگرانی"))
# what a state's acts are said to endanger or weaken («صلح و ثبات منطقه را تضعیف می‌کند»)
_STAKES = tuple(squeeze(w) for w in ("امنیت", "صلح", "ثبات", "حاکمیت", "تمامیت ارضی", "یکپارچگی", "منافع ملی",
                                     "منافع امنیتی", "جان غیرنظامیان", "ایمنی"))
_ENVOYS = tuple(squeeze(w) for w in ("دیپلمات", "سفیر", "کاردار", "وابسته نظامی", "وابسته دفاعی", "رایزن", "کارمند سفارت",
                                      "کارکنان سفارت", "کارمندان سفارت"))
_SQ_MEMBERSHIP = squeeze("عضویت")
_VESSELS = tuple(squeeze(w) for w in ("نفتکش", "کشتی", "ناو", "قایق", "شناور", "ملوان", "خدمه"))
_OTHER_WORDS = frozenset(squeeze(w) for w in ("دیگر", "سایر"))
_COMPASS = frozenset(squeeze(w) for w in ("شمال", "جنوب", "شرق", "غرب", "شمال‌شرق", "شمال‌غرب", "جنوب‌شرق", "جنوب‌غرب",
                                           "شمال‌شرقی", "شمال‌غربی", "جنوب‌شرقی", "جنوب‌غربی"))
_TEMPORAL_HEADS = frozenset(squeeze(w) for w in ("پس", "پیش", "قبل", "بعد"))


_SIMPLE_PREPS = frozenset({"از", "به", "با", "در", "برای", "که", "تا"})


_SQ_RATHER = squeeze("بلکه")


def _rather_than(slots: list[Slot], toks, objects: list[Chunk]) -> list[Chunk]:
    """Objects with «نه X بلکه Y» read as Y: the one denied gives way to the one named after «بلکه»."""
    out: list[Chunk] = []
    for c in objects:
        k = c.start - 1
        if k >= 1 and toks[k].kind == "word" and toks[k].text in ("به", "با", "از", "در", "علیه"):
            k -= 1
        rather = next((q for q in range(c.end, min(len(toks), c.end + 4)) if squeeze(toks[q].text) == _SQ_RATHER), None)
        if k < 0 or squeeze(toks[k].text) != _SQ_NOT or rather is None:
            out.append(c)
            continue
        alt = [i for i, sl in enumerate(slots) if rather < sl.chunk.start <= rather + 3 and sl.coord_head is None]
        out += [x.chunk for x in _chain(slots, alt[0])] if alt else []
    return [c for i, c in enumerate(out) if all(c is not d for d in out[:i])]


_EEZ = (frozenset(squeeze(w) for w in ("منطقه", "منطقه‌ی", "منطقهٔ")), squeeze("انحصاری"), squeeze("اقتصادی"))
_WATERS_OF = frozenset(squeeze(w) for w in ("آب‌های", "آبهای", "حریم"))  # (territorial waters are its land: «آب‌های سرزمینی X»)


def _in_waters_of(toks, start: int, eez_only: bool = False) -> bool:
    """Is the name at ``start`` the state of «آب‌های X», «حریم X» or «منطقه انحصاری اقتصادی X»?"""
    if start >= 3 and squeeze(toks[start - 3].text) in _EEZ[0] and squeeze(toks[start - 2].text) == _EEZ[1] \
            and squeeze(toks[start - 1].text) == _EEZ[2]:
        return True
    return not eez_only and start >= 1 and squeeze(toks[start - 1].text) in _WATERS_OF


def _examples_after(slots: list[Slot], toks, start: int, verb: Verb | None) -> list[Chunk]:
    """The names listed after «، از جمله» within a few words of ``start``, before the clause's verb."""
    lim = min(len(toks) - 2, start + 12, verb.start if verb is not None and verb.start > start else len(toks))
    for j in range(start, lim):
        if toks[j].kind == "word" and is_verb(toks[j].text) or toks[j].text in ("؛", ":", "."):
            break
        if toks[j].text == "از" and squeeze(toks[j + 1].text) == _SQ_AMONG and j > start and toks[j - 1].text in ("،", ","):
            head = [k for k, sl in enumerate(slots) if sl.chunk.start == j + 2 and sl.coord_head is None]
            return [x.chunk for x in _chain(slots, head[0])] if head else []
    return []


_SQ_AMONG = squeeze("جمله")
_ESPECIALLY = frozenset(squeeze(w) for w in ("به ویژه", "به‌ویژه", "بویژه", "خصوصا", "خصوصاً", "به خصوص", "به‌خصوص", "بخصوص"))


def _especially_before(toks, start: int) -> int | None:
    """«…، به ویژه X»: the comma before an «especially» right before token ``start``, if any."""
    for width in (2, 1):
        j = start - width
        if j >= 1 and toks[j - 1].text in ("،", ",") and squeeze(" ".join(t.text for t in toks[j: start])) in _ESPECIALLY:
            return j - 1
    return None


def _reached(toks, e: int, verbs: list[Verb]) -> bool:
    """«توافق … میان X و Y به دست آمد/حاصل شد»: an agreement reached, its verb a few words on (between-phrase only)."""
    v = next((v for v in verbs if v.start >= e), None)
    return v is not None and v.start - e <= 24 and v.start >= 2 and (
        v.lemma == "آمد" and toks[v.start - 1].text == "دست" or v.lemma == "شد" and squeeze(toks[v.start - 1].text) == squeeze("حاصل")) \
        and any(squeeze(t.text) in _BETWEEN for t in toks[e: v.start])


def _seizable(word: str) -> bool:
    """Troops or a vessel: what a seizure («بازداشت», «توقیف») of another state's may take."""
    return squeeze(word) in _TROOPS or squeeze(word).startswith(_VESSELS)


def _post_place(slots: list[Slot], sl: Slot, toks) -> bool:
    """«یاسوماسا ناگامینه، سفیر ژاپن در این کشور»: the place of a post right after its holder is where he serves,
    not where the event took place."""
    return any(o.chunk.role_of and o.chunk.is_person_like and o.chunk.end == sl.chunk.start - 1
               and toks[o.chunk.end].text == "در" for o in slots)


def _own_predicate(frame: Frame, verb: Verb | None, toks, e: int) -> bool:
    """Is the trigger the head of its own finite predicate («راهی سریلانکا خواهد شد»), so that a «پس از X» right
    before it («پمپئو پس از دهلی نو راهی …») is an adjunct of its own, not the trigger's?"""
    if not frame.verbs or "*" in frame.verbs or verb is None or not 0 <= verb.start - e <= 12:
        return False
    between = toks[e: verb.start]  # the destinations only («راهی سریلانکا، مالدیو و ویتنام خواهد شد»)
    return not any(t.text in _SIMPLE_PREPS or t.kind == "word" and is_verb(t.text) for t in between) \
        and (verb.start - e <= 4 or not any(t.text in (".", "؛", ":") for t in between))


def _time_after(words: list[str], q: int) -> bool:
    """Does a time follow the preposition at ``q`` («از سال ۱۹۷۵», «در ماه مه», «از ۱۲ فوریه»)? It heads
    an adjunct of time, not another argument («بزرگ‌ترین عملیات خود از سال ۱۹۷۵ را علیه X آغاز کردند»)."""
    return q + 1 < len(words) and (words[q + 1].isdigit() or squeeze(words[q + 1]) in _PERIODS)


def _after_temporal(toks, j: int) -> bool:
    """Does a «پس از/پیش از/قبل از/بعد از» open a time adjunct within three tokens before ``j``?"""
    return any(toks[k].text == "از" and k > 0 and squeeze(toks[k - 1].text) in _TEMPORAL_HEADS for k in range(max(1, j - 3), j + 1))


def _inside_clause_subject(slots: list[Slot], clause: tuple[int, int], s: int) -> bool:
    """Does the relative clause have an unmarked subject of its own before ``s``?"""
    return any(sl.marker in (None, "agent") and clause[0] < sl.chunk.start < s for sl in slots)


def _object_np(slots: list[Slot], s: int, clause: tuple[int, int], toks) -> list[Chunk]:
    """The entities of the «… را» noun phrase before the trigger.

    «مواضع ارتش ارمنستان … را هدف قرار دادند»: the object is inside a noun
    phrase headed by a common noun; take the entities between the subject and «را».
    """
    ra = next((j for j in range(s - 1, clause[0] - 1, -1) if toks[j].text == "را"), None)
    c0 = clause[0] + 1 if toks[clause[0]].text in ("،", ",") and clause[0] + 1 < s else clause[0]  # (a clause from its comma)
    if ra is None and c0 >= 3 and toks[c0 - 1].text in ("،", ","):
        # «طالبان را که بر افغانستان مسلط‌اند، «تهدیدی مستقیم» خواند»: the object before a relative clause
        rel = next((j for j in range(c0 - 2, max(0, c0 - 16), -1) if toks[j].text == "که"), None)
        if rel is not None and rel >= 2 and toks[rel - 1].text in ("،", ",") and toks[rel - 2].text == "را":
            rel -= 1  # «حملات X را، که …، محکوم کرد»
        if rel is not None and rel >= 1 and toks[rel - 1].text == "را" \
                and not any(toks[q].text == "را" for q in range(rel + 1, c0)):
            ra = rel - 1
            clause = (0, clause[1])
    if ra is not None and toks[clause[0]].text == "که" and any(toks[q].text in ("،", ",") for q in range(ra + 1, s)):
        ra = None  # «X را، که … را کشت، محکوم کرد»: the relative clause's own object
    obj_ra = clause[0] - 1 if clause[0] >= 1 and toks[clause[0] - 1].text == "را" else (
        clause[0] - 2 if clause[0] >= 2 and toks[clause[0] - 1].text in ("،", ",") and toks[clause[0] - 2].text == "را" else None)
    if ra is None and obj_ra is not None and toks[clause[0]].text == "که" \
            and any(toks[q].text in ("،", ",") or toks[q].kind == "word" and is_verb(toks[q].text) for q in range(clause[0] + 1, s)):
        # («پایگاه X را که محل استقرار نیروهای آمریکایی است هدف قرار داد»: the relative clause closed by its verb;
        # «حملات X را، که …، محکوم کرد»)
        ra = obj_ra  # (the relative clause's copula unread: «… مسلط‌اند، …»)
        clause = (0, clause[1])
    if ra is None:
        return []
    if ra >= 2 and squeeze(toks[ra - 1].text) in _THAT_PRONOUNS and toks[clause[0]].text == "که" and clause[0] >= 3 \
            and squeeze(toks[clause[0] - 1].text) in _BODY_HEADS and toks[clause[0] - 2].text in ("؛", "،", ",") \
            and not any(sl.chunk.start == ra - 1 for sl in slots):
        # «… جنبش اسلامی ترکستان شرقی …؛ گروهی که پکن آن را تهدیدی … می‌داند»: «آن» is the group just named
        named = [k for k, sl in enumerate(slots) if sl.chunk.end <= clause[0] - 2 and sl.coord_head is None
                 and "در" not in (sl.marker, sl.np_marker)]  # (not «در خاک افغانستان»: where it acts)
        return [x.chunk for x in _chain(slots, named[-1])] if named else []
    if ra >= 2 and squeeze(toks[ra - 1].text) in _THAT_PRONOUNS and toks[ra - 2].text == "و" \
            and not any(sl.chunk.start == ra - 1 for sl in slots):
        # «ژاپن با برنامه موشکی کره شمالی مخالفت کرد و آن را تهدیدی … خواند»: «آن» is the last clause's noun phrase,
        # whose genitive names its actor (not a name behind a preposition of its own: «حمله به Y را محکوم کرد»)
        prev = max((q + 1 for q in range(ra - 2) if toks[q].text in ("،", "؛", ":")), default=0)
        objs = [k for k, sl in enumerate(slots) if prev <= sl.chunk.start and sl.chunk.end <= ra - 2
                and sl.marker == "را" and sl.coord_head is None]  # («X را «شورشی» می‌خواند و آنها را … متهم می‌کند»)
        gens = objs or [k for k, sl in enumerate(slots) if prev <= sl.chunk.start and sl.chunk.end <= ra - 2
                        and sl.marker in ("gen", "gen_other") and sl.coord_head is None]
        # («حملات رژیم صهیونیستی به خاک سوریه را محکوم کردند و آن را …»: the actor, not the target behind «به»)
        gens = [k for k in gens if not slots[k].np_marker] or gens
        return [x.chunk for x in _chain(slots, gens[-1])] if gens else []
    marked = [k for k, sl in enumerate(slots) if sl.marker == "را" and sl.chunk.end <= ra and sl.coord_head is None]
    if marked:
        return [x.chunk for x in _chain(slots, marked[-1])]
    last = max(((sl.chunk.end, k) for k, sl in enumerate(slots) if sl.marker is None and sl.chunk.end <= ra
                and sl.chunk.start >= clause[0]), default=None)
    subj_end = last[0] if last else clause[0]
    if last is not None and slots[last[1]].coord_head is None:
        # «ارتش X با حملات پهپادی، پایگاه‌های Y، کارخانه … و انبارهای … را»: the list after the adjunct is the object
        k = _subject_before_adjunct(slots, toks, clause, ra + 1, ((True, True, 0), last[1]), [], set())[1]
        subj_end = _chain(slots, k)[-1].chunk.end if k != last[1] else subj_end
    if subj_end == clause[0]:
        k = _np_subject(slots, toks, clause, ra)
        if k is not None:
            subj_end = _chain(slots, k)[-1].chunk.end
    for sl in slots:  # «حوثی‌های یمن یک کشتی را»: a written genitive belongs to the subject
        if sl.chunk.start == subj_end and sl.marker == "gen_other" and subj_end > 0 \
                and toks[subj_end - 1].text.endswith(("ها", "های", "\u200cی")):
            subj_end = sl.chunk.end
    in_list = {sl.chunk.start - 1 for sl in slots if sl.coord_head is not None}  # «مناطق متینا، زاپ و آواشین»
    inside = {j for sl in slots for j in range(sl.chunk.start, sl.chunk.end)}  # «X، وزیر اطلاعات،»: an apposition
    commas = [j for j in range(subj_end, ra) if toks[j].text in ("،", ",", ":", "؛") and j not in in_list
              and j not in inside and not (j == ra - 1 and j - 1 in inside)]
    if commas and commas[-1] + 1 < ra and squeeze(toks[commas[-1] + 1].text) in _APPOS_SEAT:
        commas = commas[:-1]  # «حمله … به ضاحیه بیروت، پایتخت لبنان، را»: the place's apposition is not the object
    while len(commas) >= 2 and _list_segment(toks, commas[-2] + 1, commas[-1]) \
            and any(t.text in _OBJECT_PREPS for t in toks[subj_end: commas[-2]]):  # (after an adjunct, not an apposition)
        commas = commas[:-1]  # «…، پایگاه‌های پ‌ک‌ک، کارخانه سیمان و انبارهای سوخت را»: items of one list
    start = commas[-1] + 1 if commas else subj_end
    inner = [sl.chunk for sl in slots if sl.marker in ("gen_other", "gen", "agent") and start <= sl.chunk.start and sl.chunk.end <= ra]
    if commas and subj_end < start and any(t.text in _OBJECT_PREPS for t in toks[subj_end: commas[-1]]):
        # «… با موج تازه‌ای از موشک‌ها، فرودگاه اودسا، بندر ایزمائیل و … را»: after the adjunct, the names listed
        inner = sorted(inner + [sl.chunk for sl in slots if sl.marker is None and start <= sl.chunk.start
                                and sl.chunk.end <= ra and sl.chunk.kind in ("kb", "place")], key=lambda c: c.start)
    if not inner and commas:
        # «ایالات متحده ژنرال X، فرمانده …، و چند فرمانده دیگر را»: the object opens right after the subject
        inner = [sl.chunk for sl in slots if sl.marker in ("gen_other", "gen") and sl.chunk.start == subj_end]
    # «مواضع حزب‌الله، گروه مورد حمایت ایران، را»: the backer named in the apposition is not the object
    backers = [c for c in inner if c.start >= 2 and squeeze(toks[c.start - 1].text) == _SQ_BACKING
               and squeeze(toks[c.start - 2].text) in _UNDER_WORDS]
    if backers:
        inner = [c for c in inner if c not in backers]
        if not inner and commas:  # the noun phrase before the apposition
            inner = [sl.chunk for sl in slots if sl.marker in ("gen_other", "gen", "agent")
                     and subj_end <= sl.chunk.start and sl.chunk.end <= commas[0]]
    # «سپاه در پاسخ به ترور X با موشک پایگاه Y را …»: a reason or time adjunct up to the next preposition is not the object
    # (one closed by a comma is cut off above)
    for j in range(subj_end, ra if not commas else subj_end):
        width = next((w for w in (3, 2) if squeeze(" ".join(t.text for t in toks[j: j + w])) in _ADJ_SQ), 0)
        if width:
            k = next((q for q in range(j + width + 1, ra) if toks[q].text == "با"), None)
            if k is not None:
                inner = [c for c in inner if not j <= c.start < k]
                subj_end = k
            break
    # only the first NP before «را»: stop at a preposition
    for j in range(max(subj_end, start), ra):  # (from the object's own start: «در سخنرانی خود، حمله … را»)
        if toks[j].text in _OBJECT_PREPS:
            first = [c for c in inner if c.start < j]
            # «مواضع پ‌ک‌ک در مناطق متینا و زاپ را»: places named inside the object are struck too
            where = [c for c in inner if c.start > j and c.kind == "place"] if toks[j].text == "در" else []
            if any(c.kind == "place" or c.kind == "kb" and squeeze(toks[c.start].text) in _PLACE_HEAD_WORDS for c in first):
                where = []  # «پایگاه هوایی عین‌الاسد در استان الانبار عراق را»: a named place struck, not the land around it
            if first:
                inner = first + where
            elif toks[j].text == "با" and j + 1 < ra and squeeze(toks[j + 1].text) in _BACKING:
                # «ارتش مالی با پشتیبانی هوایی فرانسه کنترل شهر کونا را»: the phrase's own genitive (and the
                # names listed with it) is not the object; the object comes after
                after = [k for k, sl in enumerate(slots) if sl.chunk in inner and sl.chunk.start > j]
                pp = set()
                if after:
                    h = slots[after[0]].coord_head if slots[after[0]].coord_head is not None else after[0]
                    pp = {id(x.chunk) for x in _chain(slots, h)}
                inner = [c for c in inner if c.start > j and id(c) not in pp]
            else:  # («مقرهای این گروهک‌ها در اطراف کویه و سلیمانیه را»: what lay around the towns, not the towns;
                # but «بر فراز دمشق یک جنگنده اسرائیل را»: a name after the place is no longer around it)
                heads = {id(sl.chunk): (slots[sl.coord_head].chunk if sl.coord_head is not None else sl.chunk) for sl in slots}

                def around(c: Chunk) -> bool:  # a vicinity word in the four words before (the head of) c's list
                    at = heads.get(id(c), c).start
                    lo = max([j, at - 4] + [x.end for x in inner if x.end <= at])
                    return any(squeeze(t.text) in _VICINITY for t in toks[lo: at])

                inner = [c for c in inner if c.start > j and not around(c)]
            break
    second = _second_indefinite_np(slots, toks, max(subj_end, start), ra)
    if second is not None:
        inner = [c for c in inner if c.start > second]  # «یک کشتی جنگی چین یک هواپیمای استرالیا را»: the second one
    # «یک پهپاد «مهاجر-۶» ساخت ایران را سرنگون کرد»: the maker of the thing is not in the object's place
    return [c for c in inner if not (c.start >= 1 and squeeze(toks[c.start - 1].text) in _MADE_BY)]


_MANNER = frozenset(squeeze(w) for w in ("هماهنگی", "موافقت", "وساطت", "میانجیگری", "میانجی‌گری", "اجازه", "دستور",
                                          "اطلاع", "تأیید", "تایید", "نظارت", "پادرمیانی"))


def _manner_with(toks, start: int) -> bool:
    """Is the «با» heading the noun phrase that ends at ``start`` one of manner («با هماهنگی/وساطت/اجازه X»)?"""
    for q in range(start - 1, max(0, start - 5), -1):
        if toks[q].text == "با":
            return q + 1 < start and squeeze(toks[q + 1].text) in _MANNER
        if toks[q].kind == "punct":
            return False
    return False


_PARTNER_NOUNS = frozenset(squeeze(w) for w in ("حامی", "حامیان", "شریک", "شرکای", "دوست"))
_NAMING = frozenset(squeeze(w) for w in ("نام", "عنوان", "رمز", "موسوم", "نامِ"))


def _named_quote(toks, close: int) -> bool:
    """Does the quote closing at ``close`` give a name («با نام «پنجه-شمشیر»», «موسوم به «…»»)?"""
    k = next((q for q in range(close - 1, max(-1, close - 8), -1) if toks[q].text == "«"), None)
    if k is None or k < 1:
        return False
    return squeeze(toks[k - 1].text) in _NAMING or k >= 2 and squeeze(toks[k - 2].text) in _NAMING


def _second_indefinite_np(slots, toks, lo: int, ra: int) -> int | None:
    """«یک کشتی جنگی چین یک هواپیمای P-8 استرالیا را هدف گرفت»: two indefinite noun phrases before «را», each
    with its owner; the «یک» opening the second (the object) — the first is the subject."""
    for q in range(ra - 1, lo, -1):
        if squeeze(toks[q].text) == _SQ_ONE and toks[q - 1].kind == "word" \
                and toks[q - 1].text not in _OBJECT_PREPS and toks[q - 1].text not in ("و", "یا") \
                and any(sl.marker == "gen_other" and sl.np_marker is None and lo <= sl.chunk.start and sl.chunk.end <= q
                        for sl in slots) \
                and not any(t.text in ("،", ",", "که") or t.text in _OBJECT_PREPS for t in toks[q: ra]):
            return q
    return None


def _list_segment(toks, a: int, b: int) -> bool:
    """Is toks[a:b], between two commas before a «را», an item of a list of nouns (no preposition, verb or
    conjunction that would make it an adjunct or a clause of its own)?"""
    seg = toks[a: b]
    return bool(seg) and len(seg) <= 10 and all(
        t.text not in _OBJECT_PREPS and t.text not in ("که", "«", "»") and not (t.kind == "word" and is_verb(t.text))
        and squeeze(t.text) not in _ADJ_OPEN_WORDS for t in seg)


_ADJ_OPEN_WORDS = frozenset(squeeze(w) for w in ("پس", "پیش", "قبل", "بعد", "همزمان", "طی", "هنگام", "روز", "شب", "امروز",
                                                 "دیروز", "بامداد", "صبح", "عصر", "شامگاه", "همچنین", "نیز", "اما"))


_CONSEQUENCES = tuple(squeeze(w) for w in ("پیامد", "عواقب", "تبعات", "هزینه"))
_BODY_HEADS = frozenset(squeeze(w) for w in ("گروهی", "سازمانی", "جنبشی", "شبه‌نظامیانی", "کشوری"))
_THAT_PRONOUNS = frozenset(squeeze(w) for w in ("آن", "این", "آنها", "آن‌ها"))
_OBJECT_PREPS = frozenset({"با", "به", "از", "در", "بر", "برای", "علیه", "درباره", "دربارهٔ", "درباره‌ی"})


def _np_subject(slots: list[Slot], toks, clause: tuple[int, int], s: int, quoted: bool = False) -> int | None:
    """«اقدامات چین … امنیت کشورش را تهدید می‌کند»: a clause opening with a noun phrase
    whose genitive is an actor; that noun phrase is the subject, not the object before «را»."""
    if toks is None or clause[0] >= len(toks):
        return None
    head = toks[clause[0]]
    if (toks[clause[0]].text == "که" or quoted and toks[clause[0]].text == ":") and clause[0] + 1 < len(toks):
        head = toks[clause[0] + 1]  # (``quoted``: the clause a headline quotes, «ارمنستان: یک جنگنده ترکیه …»)
    first = clause[0] + (1 if head is not toks[clause[0]] else 0)
    while squeeze(head.text) in _CLAUSE_ADVERBS and first + 1 < len(toks):
        first += 1  # «همزمان توپخانه نیروی واکنش سریع انگلیس …»: an adverb before the noun phrase
        head = toks[first]
    if squeeze(head.text) in (_SQ_ANY, _SQ_ONE) and first + 1 < len(toks):
        first += 1  # «هرگونه تسلیح ارمنستان …», «یک جنگنده ترکیه …»: the quantifier opens the noun phrase
        head = toks[first]
    # a trigger noun hazm's list leaves untagged («تسلیح») heads a noun phrase when its own genitive follows
    trigger_head = _TAGS[0](head.text) == _UNTAGGED and any(sl.marker == "gen" and sl.gen_of == first for sl in slots)
    if head.kind != "word" or is_verb(head.text) or squeeze(head.text) in _NOT_NP_HEADS or not (
            _noun(head.text) or trigger_head):
        return None  # «بارها ایران را …»: an adverb opens no noun phrase
    for k, sl in enumerate(slots):
        if (sl.marker == "gen_other" or sl.marker == "gen" and sl.gen_of != s) and sl.coord_head is None \
                and first < sl.chunk.start <= first + 4 \
                and sl.chunk.start < s and not any(t.kind == "punct" for t in toks[first: sl.chunk.start]) \
                and not (sl.chunk.end < len(toks) and toks[sl.chunk.end].text == "را") \
                and (sl.chunk.start <= first + 2 or not any(
                    squeeze(t.text) in _NOT_NP_HEADS or is_verb(t.text) for t in toks[first + 1: sl.chunk.start])):
            return k  # («نزدیک شدن زیرساخت‌های نظامی ناتو به …»: a longer noun phrase, with no preposition inside)
    return None


_NOT_NP_HEADS = frozenset(squeeze(w) for w in (
    "و", "،", "با", "به", "از", "در", "بر", "برای", "تا", "علیه", "این", "آن", "هر", "همه", "اگر", "چون", "وقتی", "پس", "پیش",
    "بعد", "قبل", "روز", "هفته", "ماه", "سال", "امروز", "دیروز", "همچنین", "نیز", "اما", "ولی", "بنابراین", "طبق",
))


def _subjects(frame: Frame, slots: list[Slot], s: int, e: int, clause: tuple[int, int], objects: list[Chunk],
              toks=None) -> tuple[list[Chunk], bool, bool]:
    """(subject chunks, pair mode, inherited from context)."""
    obj_ids = {id(c) for c in objects}
    # genitive right after the trigger
    gen = [k for k, sl in enumerate(slots) if sl.marker == "gen" and sl.gen_of == s and sl.coord_head is None
           and id(sl.chunk) not in obj_ids]
    if gen and toks is not None and not frame.is_verb and s > 0 and squeeze(toks[s - 1].text) in _WARDING_OFF:
        return [x.chunk for x in _chain(slots, gen[0])], False, False  # «دفع حملات پهپادهای اوکراینی»: the drones'
    if "pair" in frame.subjects and not objects and toks is not None and any(
            squeeze(t.text).startswith(("یکدیگر", "همدیگر")) for t in toks[e: e + 3]):
        subj = _clause_subject(slots, s, clause, set(), toks)
        if len(subj) >= 2 or any(c.plural or c.ref in ("pair", "pair_person", "triple") for c in subj):
            return subj, True, False  # «ترکیه و آذربایجان متحد یکدیگرند»
    if "pair" in frame.subjects and not objects:
        for k, sl in enumerate(slots):
            if sl.coord_head is None and sl.marker and squeeze(sl.marker) in _BETWEEN and (
                    e <= sl.chunk.start <= e + 6 or (clause[0] <= sl.chunk.start < clause[1])):
                chain = [x.chunk for x in _chain(slots, k)]
                if len(chain) >= 2 or len(chain[0].role_of) >= 2:
                    return chain, True, False  # «همکاری نظامی میان مصر و یونان», «درگیری میان نیروهای هند و چین»
    if gen and toks is not None and not frame.is_verb and "gen" in frame.subjects and s > 0 \
            and squeeze(toks[s - 1].text) in _PP_HEADS and slots[gen[0]].chunk.kind in ("person", "kb", "role"):
        chain = [x.chunk for x in _chain(slots, gen[0])]
        if objects or len(chain) == 1:
            return chain, False, False  # «صربستان در جریان سفر X به بلگراد …»: the trip is X's
    if gen and objects and not frame.is_verb and frame.predicate == "memberOf" and "gen" in frame.subjects \
            and slots[gen[0]].chunk.kind in ("kb", "ref"):
        return [x.chunk for x in _chain(slots, gen[0])], False, False  # «درخواست عضویت سوئد در ناتو»: Sweden's
    if gen and objects and not frame.is_verb and "gen" in frame.subjects and slots[gen[0]].chunk.is_person_like \
            and frame.predicate in ("meetsWith", "visits"):
        return [x.chunk for x in _chain(slots, gen[0])], False, False  # «… و دیدار او با مودی»: his meeting
    if frame.predicate == "memberOf" and not frame.is_verb and objects and toks is not None and s >= 2 \
            and toks[s - 1].text in ("،", ","):
        head = [sl.chunk for sl in slots if sl.chunk.end == s - 1 and sl.chunk.kind == "kb" and sl.chunk not in objects]
        if head:
            return head, False, False  # «… در کنار ترکیه، متحد خود در ناتو،»: the apposition's head
    order = list(frame.subjects)
    if not objects and "pair" in order:
        order.remove("pair")
        order.insert(0, "pair")
    for how in order:
        if how == "gen" and gen:
            chain = [x.chunk for x in _chain(slots, gen[0])]
            if objects or len(chain) == 1:
                return chain, False, False
        if how == "pair":
            if gen:
                chain = [x.chunk for x in _chain(slots, gen[0])]
                if (len(chain) >= 2 or any(c.plural or c.ref in ("pair", "pair_person", "triple") for c in chain)) and not objects:
                    return chain, True, False
            if not objects:
                subj = _clause_subject(slots, s, clause, obj_ids)
                if subj and (len(subj) >= 2 or any(c.plural or c.ref in ("pair", "pair_person", "triple") for c in subj)):
                    return subj, True, False
        if how == "sovi":
            for k, sl in enumerate(slots):
                if sl.marker and squeeze(sl.marker) in {squeeze(w) for w in MARKERS["sovi"]} and sl.coord_head is None:
                    if toks is not None and sl.chunk.end <= s and any(t.text in ("،", ",") for t in toks[sl.chunk.end: s]):
                        continue  # «پس از ترک کابل توسط رئیس‌جمهور آمریکا، مهاجمان … حمله …»: another act's agent
                    chain = [x.chunk for x in _chain(slots, k)]
                    return chain, (not objects and (len(chain) >= 2 or any(c.plural for c in chain))), False
        if how == "clause" and frame.predicate == "memberOf" and objects and not frame.is_verb:
            # «… چین، روسیه، هند و پاکستان اعضای آن بودند»: a list right before «اعضای» is its subject
            heads = [k for k, sl in enumerate(slots) if sl.chunk.end == s and id(sl.chunk) not in obj_ids]
            if heads:
                head = slots[heads[0]].coord_head if slots[heads[0]].coord_head is not None else heads[0]
                chain = [x.chunk for x in _chain(slots, head)]
                if len(chain) >= 2:
                    return chain, False, False
        if how == "clause":
            subj = _clause_subject(slots, s, clause, obj_ids, toks)
            if subj and frame.objects == ("for",) and subj[0].start < clause[0]:
                subj = []  # «X تهدیدی برای Y است» needs X in the same clause, not the speaker of «گفت»
            if subj and gen and "gen" in order and not frame.is_verb and (subj[0].start < clause[0] or any(
                    t.kind == "word" and is_verb(t.text) for t in toks[subj[-1].end: s])):
                # «وی افزود: دیدار سینگ از ایران …»: the noun's own genitive, not the speaker
                return [x.chunk for x in _chain(slots, gen[0])], False, False
            if subj:
                return subj, False, False
    if objects and "clause" in order:
        if toks is not None and any(squeeze(t.text) in _ANONYMOUS_AGENTS for t in toks[clause[0]: s]):
            return [], False, False  # «شورشیان … کمین زدند»: an unnamed agent, not the topic of the discourse
        return [], False, True  # no subject in the sentence: the topic of the discourse
    return [], False, False


def _clause_subject(slots: list[Slot], s: int, clause: tuple[int, int], exclude: set[int], toks=None) -> list[Chunk]:
    """The nearest unmarked chunk (chain) before the trigger: same clause first, then earlier.

    In a relative clause («… با نفتالی بنت، نخست‌وزیر اسرائیل، که به واشنگتن سفر کرده»)
    the head right before «که» is the subject, whatever its own marker.
    """
    if toks is not None and clause[0] < len(toks) and toks[clause[0]].text == "که":
        k = clause[0]
        while k > 0 and toks[k - 1].text in ("،", ",", "نیز", "هم", "»"):
            k -= 1  # «X، وزیر خارجه آمریکا، نیز که …», «کنفدراسیون «اتحاد کشورهای ساحل» که …»
        for q, sl in enumerate(slots):
            if sl.chunk.end == k and id(sl.chunk) not in exclude and not any(
                    t.kind == "word" and is_verb(t.text) for t in toks[clause[0]: s]):
                if sl.chunk.kind in ("person", "role", "kb", "institution", "ref") and not _inside_clause_subject(slots, clause, s):
                    if sl.coord_head is not None and sl.chunk.kind == "kb" \
                            and all(x.chunk.kind == "kb" for x in _chain(slots, sl.coord_head)):
                        # «آلبانی و کرواسی که … به عضویت ناتو درآمده‌اند»: a listed antecedent
                        return [x.chunk for x in _chain(slots, sl.coord_head)]
                    return [sl.chunk]
    if not any(sl.marker in (None, "agent") and clause[0] <= sl.chunk.start < s for sl in slots) \
            and _np_subject(slots, toks, clause, s) is not None:
        return []  # «X گفت اقدامات چین … را تهدید می‌کند»: the subject is the noun phrase, not X
    best = None
    closed = _closed_adjuncts(toks, s) if toks is not None else []
    for k, sl in enumerate(slots):
        if sl.chunk.start >= s or id(sl.chunk) in exclude or sl.coord_head is not None:
            continue
        if toks is not None and sl.chunk.start >= 2 \
                and squeeze(toks[sl.chunk.start - 2].text + toks[sl.chunk.start - 1].text) == _SQ_INSTEAD:
            continue  # «X، که به جای Y … به نیویورک سفر کرده بود»: the one replaced did not go
        if sl.marker in (None, "agent"):
            in_clause = sl.chunk.start >= clause[0]
            # «کورئا پس از حمله کلمبیا به اردوگاه فارک، سفیر کلمبیا را اخراج کرد»: not a name inside the adjunct
            outside = not any(a < sl.chunk.start < b for a, b in closed)
            key = (outside, in_clause, sl.chunk.start)
            if best is None or key > best[0]:
                best = (key, k)
    if best is not None and toks is not None and best[0][1]:
        best = _subject_before_adjunct(slots, toks, clause, s, best, closed, exclude)
    if best is not None and toks is not None and not best[0][1] and toks[clause[0]].text == ":" \
            and _np_subject(slots, toks, clause, s, quoted=True) is not None \
            and not any(t.kind == "word" and is_verb(t.text) and t.text.endswith("م") for t in toks[s: clause[1]]):
        # (not «آفریکام: مواضع الشباب … را بمباران کردیم»: the speaker is the «we» of the quote)
        return []  # «ارمنستان: یک جنگنده اف-۱۶ ترکیه هواپیمای ما را سرنگون کرد»: the quote's own subject, not the speaker
    if best is None and toks is not None:
        ra = next((q for q in range(clause[0], s) if toks[q].text == "را"), None)
        second = _second_indefinite_np(slots, toks, clause[0], ra) if ra is not None else None
        if second is not None:
            owners = [k for k, sl in enumerate(slots) if sl.marker == "gen_other" and sl.np_marker is None
                      and clause[0] <= sl.chunk.start and sl.chunk.end <= second and sl.coord_head is None
                      and id(sl.chunk) not in exclude]
            if owners:
                return [x.chunk for x in _chain(slots, owners[-1])]  # «یک کشتی جنگی چین یک هواپیمای … را»: the first
    if best is None and toks is not None and clause[0] < s and squeeze(toks[clause[0]].text) in _GATHERED_HEADS:
        # «سران ۳۲ کشور عضو ناتو … روسیه را … خواندند»: the members' leaders speak for the body
        for sl in slots:
            c = sl.chunk
            if clause[0] < c.start < s and c.start > 0 and squeeze(toks[c.start - 1].text) in _MEMBER_OF \
                    and c.kind == "kb" and sl.coord_head is None \
                    and not any(t.kind == "punct" or is_verb(t.text) for t in toks[clause[0]: c.start]):
                return [c]
    if best is None:
        return []
    return [x.chunk for x in _chain(slots, best[1])]


def _subject_before_adjunct(slots, toks, clause, s, best, closed, exclude):
    """«ارتش اسرائیل روز پنجشنبه با ده‌ها حمله هوایی، فرودگاه صنعا، پایتخت یمن، … را هدف قرار داد»: the name opening
    a «را» noun phrase after a comma-closed adjunct heads the object; the subject is the name before the adjunct."""
    k = best[1]
    c = slots[k].chunk
    ra = next((q for q in range(c.end, s) if toks[q].text == "را"), None)
    if ra is None or any(t.kind == "word" and is_verb(t.text) for t in toks[c.end: ra]):
        return best
    while True:  # back to the first name of a list («فرودگاه اودسا، بندر ایزمائیل و …»)
        prev = next((sl.chunk for sl in slots if sl.chunk.end == c.start - 1 and sl.marker is None
                     and toks[sl.chunk.end].text in ("،", ",", "و")), None)
        if prev is None:
            break
        c = prev
    if c.start < 2 or toks[c.start - 1].text not in ("،", ","):
        return best
    for q, sl in sorted(enumerate(slots), key=lambda x: -x[1].chunk.start):
        p = sl.chunk
        if p.start >= c.start or p.start < clause[0] or sl.marker not in (None, "agent") or sl.coord_head is not None \
                or id(p) in exclude or any(a < p.start < b for a, b in closed):
            continue
        gap = toks[p.end: c.start - 1]
        if gap and any(t.text in _OBJECT_PREPS for t in gap) and not any(
                t.text in ("،", ",", "؛", ".", "که") or t.kind == "word" and is_verb(t.text) for t in gap):
            return ((True, True, p.start), q)
        return best
    return best


_ADJUNCT_OPENERS = frozenset({"پس", "بعد", "پیش", "قبل", "در", "به", "همزمان"})  # first words of _FACT_ADJ_SQ and _TEMPORAL_SQ


def _closed_adjuncts(toks, s: int) -> list[tuple[int, int]]:
    """Spans of time or cause adjuncts («پس از …،», «در پی …،», «به دلیل …،») that open after something and
    close with a comma before ``s``: what they name is not the main clause's subject."""
    out = []
    j = 1
    while j < s - 1:
        if toks[j].text == "که" and toks[j - 1].text in ("،", ","):
            # «جنگنده‌های ائتلاف، که امارات نیز عضو آن است، مواضع X را …»: a relative clause set off by commas
            b = next((q for q in range(j + 1, s) if toks[q].text in ("،", ",")), None)
            if b is not None and b > j + 2 and (is_verb(toks[b - 1].text) or toks[b - 1].text.endswith("ست")
                                                or toks[b - 2].text == "را"):  # («… را کشت،»: a verb after «را»)
                out.append((j, b))
                j = b
            j += 1
            continue
        if toks[j].text == "که" and toks[j - 1].text == "را":
            # «پایگاه X را که محل استقرار نیروهای آمریکایی است هدف قرار داد»: a relative clause on the object
            b = next((q for q in range(j + 2, s) if toks[q].kind == "word" and is_verb(toks[q].text)), None)
            if b is not None:
                out.append((j, b + 1))
                j = b
            j += 1
            continue
        if toks[j].text in ("اگر", "چنانچه"):
            # «تهدید کرد اگر بغداد نیروهای آمریکایی را بیرون کند، تحریم‌هایی … وضع خواهد کرد»: the condition's
            # subject is not the main clause's
            b = next((q for q in range(j + 2, s) if toks[q].text in ("،", ",")), None)
            if b is not None and any(t.kind == "word" and is_verb(t.text) for t in toks[j + 1: b]):
                out.append((j, b))
                j = b
            j += 1
            continue
        if toks[j].text not in _ADJUNCT_OPENERS:
            j += 1
            continue  # (a cheap test first: this runs for every subject looked for)
        pair = squeeze(toks[j].text + " " + toks[j + 1].text)
        if pair in _FACT_ADJ_SQ or pair in _TEMPORAL_SQ:
            b = next((q for q in range(j + 2, s) if toks[q].text in ("،", ",")), None)
            if b is None:
                break
            if j + 3 < b and toks[j + 2].text in ("آن", "این") and toks[j + 3].text != "که" \
                    and any(t.kind == "word" and is_verb(t.text) for t in toks[j + 3: b]):
                b = j + 3  # «این دیدار پس از آن صورت می‌گیرد که X …»: «after that», then the main clause goes on
            out.append((j, b))
            j = b
        j += 1
    return out

"""``rules.v1``: the rule-based extractor.

Pipeline for one article (all pure, no I/O):

1. normalise (hazm + ZWNJ repair), keeping a map back to the original offsets;
2. split sentences; find chunks (names, posts, state bodies, references);
3. collect the people the article introduces and the posts it gives them;
4. resolve every chunk to entities, sentence by sentence (pronouns, «این
   کشور», «دو کشور», posts → their holder: article first, KB by date second);
5. read relations from trigger frames; turn people into the states they
   speak for where the predicate relates states; attach status and evidence;
6. merge duplicates and build the :class:`~peyvand.records.Extraction`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from itertools import combinations

from ..records import (
    ROLE_PREDICATES,
    KBEntity,
    minted_id,
    SYMMETRIC,
    Article,
    Entity,
    Evidence,
    Extraction,
    Fact,
    KnowledgeBase,
    Mention,
)
from .dates import _DIGITS, event_date, parse_date
from .gazetteer import Gazetteer, GazetteerGroup
from .lexicon import Role, get_lexicon, lexicon_entities
from .mentions import _APPOS_PLACE
from .mentions import _FIRST_NAMES as _GIVEN
from .mentions import Chunk, SentenceMentions, build_kb_gazetteer, clear_sentence_caches, role_gazetteer, sentence_gazetteers, sentence_index, sentence_view
from .morph import analyze_verb, is_verb
from .normalize import get_normalizer, squeeze
from .mentions import _EMBASSY_HEADS
from .relations import _CALLED_OFF as _CALL_OFF
from .relations import _COUNTS, _SQ_BACKING, _UNDER_WORDS
from .relations import _TROOPS, _WATERS, _RESPONSIBILITY, _RETALIATION, Candidate, SentenceRelations, _speech, candidates, conditional_target
from .sources import source_chain
from .text import Document, Sentence

# Predicates between states: a person acting in them stands for their state.
STATE_LEVEL = frozenset(
    {"cooperatesWith", "alliedWith", "signsAgreementWith", "suppliesArmsTo", "perceivesThreatFrom",
     "threatens", "attacks", "sanctions", "memberOf"}
)
_AS_ROLE = frozenset(squeeze(w) for w in ("به عنوان", "بعنوان", "به سمت", "در سمت", "در مقام", "به مقام", "به ریاست", "به جای"))
_OFFICE_NOUNS = frozenset(squeeze(w) for w in ("ریاست", "فرماندهی", "دبیرکلی", "وزارت"))
_SQ_MINISTRY = squeeze("وزارت")
_SQ_APPOINTED = squeeze("منصوب")
_NOMINATE = frozenset(squeeze(w) for w in ("معرفی", "نامزد", "پیشنهاد", "نامزدی"))
# Predicates whose object, when a person, stands for their state (a sanction or a
# threat can target the person themself).
_STATE_OBJECTS = frozenset({"cooperatesWith", "alliedWith", "signsAgreementWith", "suppliesArmsTo", "memberOf"})
# Relations that last: an occurred one in an article makes a planned one redundant.
DURATIVE = frozenset({"cooperatesWith", "alliedWith", "memberOf"})
_PERSON_RE_KINDS = ("person", "pair_person")


@dataclass
class EntityInfo:
    id: str
    label: str
    type: str
    label_en: str | None = None
    wikidata: str | None = None
    kind: str | None = None
    aliases: set[str] = field(default_factory=set)


_SPEECH_ENDS = frozenset(squeeze(w) for w in ("گفت", "افزود", "نوشت", "اعلام کرد", "تأکید کرد", "تاکید کرد", "تصریح کرد",
                                              "اظهار کرد", "خاطرنشان کرد", "اعلام کرده است", "گفته است"))


def _after_speech(toks, j: int) -> bool:
    """Does a verb of saying (and «که») stand right before token ``j``?"""
    if j >= 1 and toks[j - 1].text == "که":
        j -= 1
    return any(j >= w and squeeze(" ".join(t.text for t in toks[j - w: j])) in _SPEECH_ENDS for w in (1, 2, 3))


@dataclass
class Context:
    """What the reader knows so far in an article."""

    last_person: str | None = None
    last_person_subject: str | None = None
    last_country: str | None = None
    focus_pair: tuple[str, str] | None = None
    person_pair: tuple[str, str] | None = None
    topic: list[str] = field(default_factory=list)
    country_counts: dict[str, int] = field(default_factory=dict)
    last_org: str | None = None
    org_history: list[str] = field(default_factory=list)  # organisations named so far, the last one last
    focus_group: tuple[str, ...] = ()
    recent_persons: list[str] = field(default_factory=list)
    country_history: list[str] = field(default_factory=list)
    sentence_persons: list[str] = field(default_factory=list)  # people named so far in this sentence
    last_regime: str | None = None  # the state last called «رژیم»
    pending_threat: tuple[list[str], str, float, dict] | None = None  # «… هشدار داد:» awaiting its quote
    capital_country: tuple[int, str] | None = None  # (sentence, state) of a capital named after the last state
    quote_frame: tuple | None = None  # «X به Y گفت:» — (speakers, addressees) for the quote in the next sentence
    unclaimed: tuple[list[str], int, float] | None = None  # targets of an attack by no one named yet, sentence, conf
    exercise_hosts: tuple[str, ...] = ()  # the states holding the exercise in focus («این رزمایش»)
    participation: int = -1  # the sentence whose exercise participants were read as joining the hosts
    role_state: tuple[int, str] | None = None  # (sentence, state) of the last post named with its state
    capital_subject: tuple[int, str] | None = None  # (sentence, state) of a capital named as a clause subject
    event_place: tuple[int, str] | None = None  # (sentence, place) of the last meeting or signing placed abroad


# Countries whose own outlets write «وزیر خارجه» for their own minister (Persian-language domestic press).
_DOMESTIC = frozenset({"Q794", "Q889", "Q863"})
_IRAN = "Q794"
_GATHERINGS = frozenset(squeeze(w) for w in ("مراسم", "نشست", "اجلاس", "کنفرانس", "همایش", "دیدار"))
_ATTENDED = tuple(squeeze(w) for w in ("حضور", "شرکت"))
_LEADING_INITIALS = re.compile(r"^(?:\S{1,4}\.\s*)+")
def _ra_after_apposition(toks, end: int) -> bool:
    """«ژنرال X، رئیس آکادمی ستاد کل، را …»: «را» right after the apposition that follows the name."""
    if end >= len(toks) or toks[end].text not in ("،", ","):
        return False
    if end + 1 < len(toks) and toks[end + 1].text == "را":
        return True  # the apposition is part of the chunk («X، رئیس ستاد کل، را»)
    for q in range(end + 1, min(len(toks) - 1, end + 12)):
        if toks[q].text in ("،", ",") and toks[q + 1].text == "را":
            return True
        if is_verb(toks[q].text) or toks[q].text in (".", "؛", "که"):
            return False
    return False


_BEING_THERE = frozenset(squeeze(w) for w in ("حضور", "بود", "بودند", "سر"))
_SQ_FOUNDING = frozenset(squeeze(w) for w in ("بنیان", "تأسیس", "بنیان‌گذاری"))
_SQ_ALLY_NOUNS = frozenset(squeeze(w) for w in ("متحد", "متحدان", "هم‌پیمان"))
_DIRECTIONS = frozenset(squeeze(w) for w in (
    "شمال", "جنوب", "شرق", "غرب", "مرکز", "شمال‌شرق", "شمال‌غرب", "جنوب‌شرق", "جنوب‌غرب", "شمال‌شرقی", "شمال‌غربی",
    "جنوب‌شرقی", "جنوب‌غربی", "شمالی", "جنوبی", "شرقی", "غربی", "مرکزی", "نزدیکی", "حوالی", "خاک", "سواحل", "مرز",
))
_GIVEN_PARTICLES = frozenset(squeeze(w) for w in ("سید", "شیخ", "آقای", "خانم", "دکتر", "بن", "ابن", "آل", "ال"))
_GENERIC_PLACE_HEADS = ("شهر", "استان", "ولایت", "بندر", "جزیره", "منطقه", "ولسوالی", "روستای", "روستا", "شهرک", "ایالت")


def _place_aliases(name: str, kb: KnowledgeBase, gaz: Gazetteer) -> list[str]:
    """Short forms of a minted place: without a generic head («شهر کازان» → «کازان»)
    and without a closing country («پایگاه … بریتانیا» → «پایگاه …»)."""
    out = []
    parts = name.split()
    head = parts[0].removesuffix("\u200cی") if parts else ""  # «منطقه‌ی پنجگور»: the head's written ezafe
    if len(parts) >= 2 and head in _GENERIC_PLACE_HEADS:
        out.append(" ".join(parts[1:]))
        if head != parts[0]:
            out.append(" ".join([head, *parts[1:]]))
    if len(parts) >= 3 and any(p[0] in ("name", "dem") for p in gaz.lookup(parts[-1])):
        out.append(" ".join(parts[:-1]))
    return out


def _kb_has_name(kb: KnowledgeBase, e: KBEntity) -> bool:
    """Is a lexicon actor already in the KB under its English name (then the KB wins)?"""
    return any(k.label_en == e.label_en for k in kb.entities.values() if k.label_en)


def _chains(slots: list) -> list[list]:
    """Coordination chains of a sentence's slots (single chunks are chains of one)."""
    chains: list[list] = []
    for k, sl in enumerate(slots):
        if sl.coord_head is None:
            chains.append([sl])
        else:
            chains[-1].append(sl)
    return chains


# «X بهای سنگینی خواهد پرداخت», «پشیمان خواهد شد», «تاوان … را خواهد داد»: the price nouns and their verbs
_PRICE_NOUNS = frozenset(squeeze(w) for w in ("بها", "بهای", "بهایی", "تاوان", "هزینه", "هزینه‌ای", "پشیمان", "پشیمانی",
                                              "پیامدهای", "پیامد", "عواقب", "تبعات"))
_SQ_MUST = squeeze("باید")
_BEARING = frozenset(squeeze(w) for w in ("پذیرفت", "پرداخت", "داد", "کشید"))  # «باید … را بپذیرد/بپردازد/بدهد»
_PRICE_VERBS = {squeeze("پشیمان"): frozenset({"شد"}), squeeze("پشیمانی"): frozenset({"کشید"}),
                "*": frozenset({"پرداخت", "داد", "پس"})}
_FUTURE_AUX = frozenset({"خواهد", "خواهند", "خواهی", "خواهید"})
_READY = squeeze("آماده")
_TAKING_PART = frozenset(squeeze(w) for w in ("مشارکت", "حضور", "شرکت"))
_CLAIMED_ACTS = frozenset(squeeze(w) for w in ("این", "آن", "حمله", "حملات", "عملیات", "انفجار", "حمله‌ها"))
# promised ruin: «به عصر حجر بازمی‌گردانیم», «جهنم بر سرتان خواهد بارید», «گورستان مزدوران»
_BECOME = frozenset(squeeze(w) for w in ("خواهد", "خواهند", "شد", "شدند", "می‌شود", "می‌شوند", "شود", "شوند"))
_RUIN_WORDS = frozenset(squeeze(w) for w in ("حجر", "جهنم", "جهنمی", "گورستان", "نابود", "محو", "یکسان"))
_ACCESSION_PENDING = tuple(squeeze(w) for w in (
    "مذاکرات", "مذاکره", "روند", "فرآیند", "فرایند", "برای", "نامزد", "انتظار", "دعوت", "تقاضای", "امید", "آرزوی",
    "مسیر", "چشم‌انداز", "شانس"))
# «این دیدارها را لغو کرد»: an event referred to, then called off
_DEMONSTRATIVE_EVENT = frozenset(squeeze(w) for w in ("این", "آن", "همین"))
_EVENT_NOUNS = {squeeze(k): v for k, v in {
    "دیدار": {"meetsWith", "visits"}, "ملاقات": {"meetsWith", "visits"}, "سفر": {"visits", "meetsWith"},
    "نشست": {"meetsWith", "visits"}, "رزمایش": {"cooperatesWith"}, "مانور": {"cooperatesWith"},
    "قرارداد": {"suppliesArmsTo", "signsAgreementWith"}, "توافق": {"signsAgreementWith"},
    "معامله": {"suppliesArmsTo"}, "تحویل": {"suppliesArmsTo"}}.items()}
# «این حملات را محکوم کرد»: acts referred to by a demonstrative, and the facts whose agents did them
_ALL_ACTS = frozenset({"attacks", "sanctions", "threatens", "suppliesArmsTo", "cooperatesWith", "signsAgreementWith",
                       "alliedWith", "memberOf"})
_REACTED_ACTS = tuple((squeeze(k), v) for k, v in (
    ("حملات", {"attacks"}), ("حمله", {"attacks"}), ("بمباران", {"attacks"}), ("عملیات", {"attacks"}),
    ("تجاوز", {"attacks"}), ("تهاجم", {"attacks"}), ("یورش", {"attacks"}), ("ترور", {"attacks"}),
    ("کشتار", {"attacks"}), ("تحریم", {"sanctions"}), ("تهدید", {"threatens"}), ("اظهارات", {"threatens"}),
    ("رزمایش", {"cooperatesWith"}), ("مانور", {"cooperatesWith"}), ("استقرار", {"cooperatesWith", "suppliesArmsTo"}),
    ("معامله", {"suppliesArmsTo"}), ("قرارداد", {"suppliesArmsTo", "signsAgreementWith"}),
    ("خرید", {"suppliesArmsTo"}), ("فروش", {"suppliesArmsTo"}), ("پیوستن", {"memberOf"}), ("عضویت", {"memberOf"}),
    ("توافق", {"signsAgreementWith", "alliedWith"}), ("پیمان", {"alliedWith", "signsAgreementWith"}),
    ("اقدام", _ALL_ACTS), ("تصمیم", _ALL_ACTS)))
_REACTED_STEMS = tuple(stem for stem, _preds in _REACTED_ACTS)
# what a reaction calls the act: condemnation and verdicts of threat, never justification or denial
_VERDICTS = tuple(squeeze(w) for w in (
    "محکوم", "تهدید", "تجاوز", "نقض", "خطرناک", "تحریک", "خصمانه", "غیرقانونی", "وقیحانه", "احمقانه", "مخرب",
    "بی‌پروا", "غیرمسئولانه", "جنایت", "جنگی", "تهاجمی", "ماجراجویانه", "بی‌ثبات", "بزدلانه", "ددمنشانه",
    "وحشیانه", "غیرانسانی", "خطر", "نگران", "اقدامی جنگی", "تروریستی", "دشمنانه", "تنش‌زا"))
_SQ_THREAT = squeeze("تهدید")
_VERDICT_VERBS = frozenset(squeeze(w) for w in ("کرد", "خواند", "دانست", "توصیف", "نامید", "قلمداد", "تلقی", "شمرد"))
_HOSTILE_ACTS = tuple(squeeze(w) for w in (
    "اقدام", "تجاوز", "حمله", "حملات", "تهدید", "تحریم", "ماجراجویی", "شرارت", "خصمانه", "تحریک", "قاطع", "کوبنده",
    "دندان‌شکن", "متقابل", "سخت", "نظامی", "پشیمان", "محدودیت", "تعرض", "نقض"))
_CITY_OF = frozenset(squeeze(w) for w in ("پایتخت", "شهر", "بندر", "مرکز"))
_SQ_LIST, _SQ_SANCTION = squeeze("فهرست"), squeeze("تحریم")
_ORDER_NOUNS = frozenset(squeeze(w) for w in ("فرمان", "دستور", "تصمیم", "حکم"))
_SQ_RESPONSE = frozenset(squeeze(w) for w in ("پاسخ", "پاسخی", "جواب", "جوابی"))
_SQ_TARGETS, _SQ_LEGIT = frozenset(squeeze(w) for w in ("هدف", "اهداف", "هدفی", "هدف‌های")), squeeze("مشروع")
_CHAIR = tuple(squeeze(w) for w in ("ریاست دوره‌ای", "ریاست دوره‌یی", "ریاست چرخشی"))
_RESPONSE_WORDS = ("متقابل", "پاسخ", "تلافی", "واکنش")
_SQ_COORDINATION = squeeze("هماهنگی")
_SQ_HOST = squeeze("میزبان")
_SQ_MEMBER = squeeze("عضو")
_SQ_COUNTRY = squeeze("کشور")
_SUMMIT_WORDS = frozenset(squeeze(w) for w in ("سران", "رهبران", "نشست", "اجلاس", "رؤسای", "روسای"))
_SQ_RECEIVE = squeeze("دریافت")
_SQ_HOSTED = squeeze("میزبانی")
_SQ_PRESENCE = squeeze("حضور")
_ORG_REF_HEADS = frozenset(squeeze(w) for w in ("اتحادیه", "ائتلاف", "شورا", "شورای"))
_MEETING_STEMS = tuple(squeeze(w) for w in ("نشست", "دیدار", "مذاکرات", "مذاکره", "گفت‌وگو", "گفتگو", "اجلاس", "مراسم"))
# what may stand between a subject and «در X» in «X، وزیر …، روز جمعه در مسکو …»
# alliances inferred two by two stop at three parties: a larger bloc's members are not enumerated as pairs
_MAX_ALLIANCE_CLIQUE = 3
# the cues of a mutual-defence clause (_ArticleRun._mutual_defence), squeezed
_MUTUAL_AID = tuple(squeeze(w) for w in ("کمک متقابل نظامی", "کمک نظامی متقابل", "تعهد دفاعی متقابل"))
_MUTUAL_DEFENCE = tuple(squeeze(w) for w in ("دفاع متقابل", "دفاع مشترک"))
_SQ_ONE_OF_TWO, _SQ_OTHER_PARTY, _SQ_THE_OTHER = squeeze("یکی از دو"), squeeze("طرف دیگر"), squeeze("دیگری")
_AGGRESSION = tuple(squeeze(w) for w in ("تجاوز", "حمله"))
_LACKING = tuple(squeeze(w) for w in ("فاقد", "بدون بند", "شامل نمی", "ندارد", "نیست"))
# states whose capital stood for another state before a date: Moscow for the Soviet Union, Belgrade for Yugoslavia
_PREDECESSORS: dict[str, tuple[tuple[dt.date, str], ...]] = {
    "Q159": ((dt.date(1991, 12, 26), "Q15180"),),
    "Q403": ((dt.date(1992, 4, 27), "Q36704"), (dt.date(2006, 6, 5), "Q37024")),
}
_SQ_EXERCISE = squeeze("رزمایش")
_HELD = frozenset(squeeze(w) for w in ("آغاز", "برگزار"))
_SQ_SIGNED = squeeze("امضا")
_BORDER_WORDS = frozenset(squeeze(w) for w in ("مرز", "مرزهای", "مرزی", "مرزهایی"))
_SQ_CONTRACT = tuple(squeeze(w) for w in ("قرارداد", "قراردادی", "توافق", "موافقت‌نامه", "موافقتنامه", "تفاهم‌نامه"))
_ROYAL_TITLES = frozenset(squeeze(w) for w in ("ملک", "پادشاه", "شاه", "سلطان", "ملکه"))
_APART = frozenset(squeeze(w) for w in ("جداگانه", "جدا‌گانه", "جداگانه‌ای", "غیابی"))
_SEQUENCE_WORDS = frozenset(squeeze(w) for w in ("سپس", "بعد", "آنگاه"))  # «X و سپس Y»: one after the other
_ACCOMPANYING = frozenset(squeeze(w) for w in ("همراه", "به‌همراه"))
_PRESENCE_TIME = frozenset(squeeze(w) for w in ("شنبه", "یکشنبه", "دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "پنج‌شنبه",
                                                 "جمعه", "امروز", "دیروز", "بامداد", "شامگاه", "صبح", "عصر", "ظهر", "شب",
                                                 "روز", "پیش", "گذشته", "نیز", "هم", "چند", "پیش‌تر", "پیشتر", "قبل",
                                                 "اخیر", "همچنین"))
# «در پایان نشست …», «در همان اجلاس …»: words between «در» and the event held
_EVENT_LEADS = frozenset(squeeze(w) for w in ("پایان", "آغاز", "جریان", "حاشیه", "همان", "این", "آن", "نخستین", "دومین"))
_HELD_EVENTS = frozenset(squeeze(w) for w in ("مراسم", "مراسمی", "نشست", "نشستی", "جلسه", "جلسه‌ای", "اجلاس", "اجلاسی",
                                               "کنفرانس", "کنفرانسی", "همایش", "همایشی", "گفت‌وگوهایی", "گفتگوهایی"))
_SEAT_NOUNS = frozenset(squeeze(w) for w in ("مقر", "پایتخت", "شهر", "کاخ", "محل", "ساختمان"))
_PLAN_WORDS = frozenset(squeeze(w) for w in ("قرار", "قصد", "برنامه", "خواهد", "خواهند"))
_SQ_CLASH = squeeze("درگیری")
_SQ_RETURN = squeeze("بازگشت")
_TURN_BACK_CUES = frozenset(squeeze(w) for w in ("دستور", "ناگزیر", "مجبور", "نیمه‌کاره", "نیمه", "فراز", "میانه"))
_KNOWN_AS = frozenset(squeeze(w) for w in ("معروف به", "مشهور به", "ملقب به", "موسوم به"))
_FORCE_WORDS = frozenset(squeeze(w) for w in ("جهنم", "پشیمان", "تلافی", "انتقام", "بهای", "هزینه", "آتش", "نابودی", "پاسخ",
                                              "قاطع", "کوبنده", "دندان‌شکن", "خط قرمز", "جنگ"))
_FORCE_STEMS = tuple(squeeze(w) for w in ("نابود", "پشیمان", "تلافی", "ویران", "سرنگون"))
_OPEN_WATERS = ("اقیانوس", "دریای ", "دریا ")
_HEADED_POSTS = {squeeze("به فرماندهی"): ("commanderOf", "branch", "commander"),
                 squeeze("تحت فرماندهی"): ("commanderOf", "branch", "commander"),
                 squeeze("به رهبری"): ("leaderOf", "title", "leader")}
_JUSTIFIED = tuple(squeeze(w) for w in ("پاسخ", "دفاع", "مقابله", "مشروع", "تلافی", "واکنش"))
_REACTION_NOUNS = frozenset(squeeze(w) for w in ("واکنش", "انتقاد", "اعتراض", "محکومیت", "خشم"))
_FACED = tuple(squeeze(w) for w in ("روبه‌رو", "روبرو", "مواجه"))
# bodies of a state that can be sanctioned as such («وزارت اطلاعات», «اداره توسعه تجهیزات»)
_SANCTIONABLE_BODIES = tuple(squeeze(w) for w in ("وزارت", "وزارتخانه", "اداره", "سازمان"))
_SQ_ENVOY = squeeze("سفیر")
# (matched against the text with its digits made Latin)
# each with its «5» in every script _DIGITS reads as 5: searched for in the squeezed article as it stands (translating
# a whole article's digits first took ≈0.2 ms)
_COLLECTIVE_DEFENCE = tuple(dict.fromkeys(squeeze(w).replace("5", chr(five)) for w in (
    "دفاع جمعی", "دفاع دسته‌جمعی", "ماده 5", "ماده‌ی 5") for five, to in _DIGITS.items() if to == ord("5")))
_SQ_SINCE_YEAR = squeeze("از سال")
_ACCESSION_WORDS = tuple(squeeze(w) for w in ("پیوست", "عضویت", "عضو جدید", "اعضای جدید", "عضو تازه", "اعضای تازه", "الحاق"))
_HOSTILE_PREDICATES = frozenset({"threatens", "attacks", "sanctions", "perceivesThreatFrom"})


class RuleExtractor:
    """Rule-based extractor over hazm's normaliser, the KB and the lexicons."""

    name = "rules.v1"

    def __init__(self, kb: KnowledgeBase | None = None) -> None:
        kb = kb or KnowledgeBase()
        # actors and outlets the KB does not hold yet (lexicon/actors.tsv, outlets.tsv)
        extra = {e.id: e for e in lexicon_entities() if e.id not in kb.entities and not _kb_has_name(kb, e)}
        self.kb = KnowledgeBase({**kb.entities, **extra}) if extra else kb
        self.norm = get_normalizer()
        self.lex = get_lexicon()
        self.kb_gaz = build_kb_gazetteer(self.kb)
        self.finder = SentenceMentions(self.lex, self.kb, self.kb_gaz, role_gazetteer(self.lex), self.norm.is_word,
                                       self.norm.frequency, self.norm.tags)
        self.rel = SentenceRelations(self.lex, self.norm.tags)
        # the gazetteers every sentence is searched with, in one automaton pass per sentence
        GazetteerGroup([self.kb_gaz, self.finder.roles, self.lex.titles, self.lex.institutions, self.lex.noun_frames,
                        self.lex.markers, *sentence_gazetteers()])
        # KB tenures by post, for «وزیر دفاع آمریکا» → holder on the article's date
        self._tenures: dict[tuple[str, str | None, str], list[tuple[dt.date | None, dt.date | None, str]]] = {}
        for e in self.kb.entities.values():
            for t in e.tenures:
                self._tenures.setdefault((t.predicate, t.qualifier, t.of), []).append((t.start, t.end, e.id))

    # ------------------------------------------------------------------ public
    def extract(self, article: Article) -> Extraction:
        normd = self.norm.normalize_aligned(article.text)
        doc = Document.from_text(normd.text)
        try:
            run = _ArticleRun(self, article, doc, normd.offsets)
            return run.run()
        finally:
            clear_sentence_caches()

    # ------------------------------------------------------------- KB helpers
    def holder(self, predicate: str, qualifier: str | None, of: str, on: dt.date | None) -> str | None:
        """The KB's holder of a post on a date (None if unknown or no date)."""
        if on is None:
            return None
        for start, end, pid in self._tenures.get((predicate, qualifier, of), ()):
            if (start is None or start <= on) and (end is None or on < end):
                return pid
        return None

    def kb_country_of_person(self, pid: str, on: dt.date | None) -> str | None:
        e = self.kb.get(pid)
        if e is None or not e.tenures:
            return None
        best = None
        for t in e.tenures:
            of = self.kb.get(t.of)
            if of is None or of.type != "Country":
                continue
            if on is None or ((t.start is None or t.start <= on) and (t.end is None or on < t.end)):
                return t.of
            best = best or t.of
        return best


class _ArticleRun:
    """The state of extracting one article."""

    def __init__(self, ex: RuleExtractor, article: Article, doc: Document, offsets: tuple[int, ...]) -> None:
        self.ex = ex
        self.kb = ex.kb
        self.article = article
        self.doc = doc
        self.offsets = offsets
        self.date = article.published
        self.entities: dict[str, EntityInfo] = {}
        self.mentions: list[Mention] = []
        self.names = Gazetteer()  # person names introduced in the article → person id
        self._shared_parts: set[str] = set()  # name parts two people share («سینگ»)
        self._person_tokens: dict[str, set[str]] = {}  # person id → the name tokens seen for them
        self._surnames: dict[str, set[str]] = {}  # person id → the last tokens of their names seen here
        self.roles: dict[tuple[str, str | None, str], str] = {}  # (predicate, qualifier, of) → person
        self.bare_roles: dict[tuple[str, str | None], str] = {}  # (predicate, qualifier) → person
        self.groups: dict[str, str] = {}  # «شورشیان» → the armed group last named with it («شورشیان چچن»)
        self.person_country: dict[str, str] = {}
        self.spokesman_of: dict[str, str] = {}  # a person → the body they speak for (a post with no role predicate)
        self.embassy_of: dict[str, str] = {}  # an embassy (a place) → the state it represents
        self.outlet_home: str | None = None  # the country of a domestic outlet, whatever its article is about
        self.home = self._home_country()  # the publishing outlet's country, for bare posts («وزیر خارجه»)
        self.facts: list[Fact] = []
        self.inferred: set[tuple[str, str, str, str]] = set()  # keys of facts inferred, not stated
        self.warnings: list[str] = []

    def _home_country(self) -> str | None:
        """The country of a domestic publisher (an Iranian or Afghan outlet), whose copy names
        its own state's officials without the state («وزیر امور خارجه», «کشورمان»)."""
        names = [self.article.outlet] if self.article.outlet else []
        names += [s.name for s in source_chain(self.doc, self.ex.kb_gaz, self.kb, None)[:1]]
        home = None
        for name in names:
            for kind, eid in self.ex.kb_gaz.lookup(name):
                e = self.kb.get(eid)
                if kind == "name" and e is not None and e.kind == "Outlet" and e.located_in in _DOMESTIC:
                    home = e.located_in
        self.outlet_home = home
        if home is None:
            return None
        # only when the article is about its own country: an Iranian agency's story on Indonesia's
        # new minister does not make him Iran's
        counts: dict[str, int] = {}
        for h in self.ex.kb_gaz.find(self.doc.text):
            for kind, eid in h.payloads:
                e = self.kb.get(eid)
                state = eid if (e is not None and e.type == "Country") else (e.metonym_for if e is not None else None)
                if kind in ("name", "dem") and state:
                    counts[state] = counts.get(state, 0) + 1
        top = max(counts.values(), default=0)
        return home if counts.get(home, 0) >= top and top > 0 else None

    # ---------------------------------------------------------------- driver
    def run(self) -> Extraction:
        sent_chunks = [self.ex.finder.find(s, self.names) for s in self.doc.sentences]
        found_ids = [[c.ids for c in chunks] for chunks in sent_chunks]  # as found (pass 1 sets new people's)
        for chunks in sent_chunks:  # organisations named with an acronym are known from then on
            for c in chunks:
                if c.kind == "org" and c.latin and c.name:
                    oid = minted_id("Organization", c.name)
                    self.names.add(c.name, ("org", oid))
                    self.names.add(c.latin, ("org", oid))
                    info = self._entity(oid, c.name)
                    info.aliases.add(c.latin)
                elif c.kind == "org" and c.title and c.name:
                    # «صرب‌های بوسنی»: an armed group named by what it is is a name from then on («فرمانده صرب‌های بوسنی»)
                    oid = minted_id("Organization", c.name)
                    self.names.add(c.name, ("org", oid))
                    self._entity(oid, c.name)
                    self.groups.setdefault(c.title, oid)  # («صرب‌ها» later)
        # pass 1: the people the article introduces (so later surname-only and
        # earlier post-only mentions resolve), then chunk again with them known
        for s, chunks in zip(self.doc.sentences, sent_chunks):
            for c in chunks:
                if c.kind == "person" and c.name and not c.ids:
                    self._register_person(c)
                elif c.ids and (c.kind in ("person", "kb")) and self._type(c.ids[0]) == "Person":
                    self._register_short_forms(c.ids[0])
        # only sentences naming someone the article introduced need chunking again, and of those only the ones
        # where the names change find's KB spans (find reads the names there alone, and above they were none:
        # see SentenceMentions.names_matter); elsewhere find would make the same chunks again, with the ids it
        # gave them, which pass 1 changed for the people it registered
        for k, s in enumerate(self.doc.sentences):
            if self.names.find(s.text, sentence_view(s)):
                if self.ex.finder.names_matter(s, self.names):
                    sent_chunks[k] = self.ex.finder.find(s, self.names)
                else:
                    for c, ids in zip(sent_chunks[k], found_ids[k]):
                        c.ids = ids
        for s, chunks in zip(self.doc.sentences, sent_chunks):
            for c in chunks:
                if c.kind == "person":
                    if not c.ids and c.name:
                        self._register_person(c)
                    self._register_roles(c)
        ctx = Context()
        leaders: list[list[Fact]] = []
        for s, chunks in zip(self.doc.sentences, sent_chunks):
            before = len(self.facts)
            self._sentence(s, chunks, ctx)
            leaders.append([f for f in self.facts[before:] if f.predicate == "leaderOf" and f.status == "occurred"
                            and self._type(f.object) == "Country"])
        self._summit_members(sent_chunks, leaders)
        return self._build()

    def _summit_members(self, sent_chunks: list[list[Chunk]], leaders: list[list[Fact]]) -> None:
        """«سران پنج کشور عضو گروه پنج ساحل … در باماکو»: the heads of state named at a summit of a body's members
        (there and in the next sentences, not the guests «با حضور X») lead its members."""
        sents = self.doc.sentences
        for k, s in enumerate(sents):
            sq = sentence_index(s).squeezed
            at = next((j for j in range(1, len(sq) - 1) if sq[j] == _SQ_MEMBER and sq[j - 1].startswith(_SQ_COUNTRY)
                       and any(w in _SUMMIT_WORDS for w in sq[max(0, j - 4): j - 1])), None)
            if at is None:  # (not «نشست سران X» alone: guests come to a body's summits «در حاشیه» it)
                continue
            body = next((c for c in sent_chunks[k] if c.start in (at + 1, at + 2) and c.ids
                         and self._type(c.ids[0]) == "Organization" and (self.kb.get(c.ids[0]) is None or self.kb.get(
                             c.ids[0]).kind in (None, "alliance", "intergovernmental"))), None)
            if body is None:
                continue
            count = _COUNTS.get(sq[at - 2].translate(_DIGITS)) if at >= 2 else None
            guest_from = s.text.find("با حضور")
            states: list[str] = []
            for q in range(k, min(len(sents), k + 4)):
                for f in leaders[q]:
                    if q == k and guest_from >= 0 and s.text.find(self._entity(f.subject).label) > guest_from:
                        continue  # «… با حضور امانوئل ماکرون»: a guest, not a member's leader
                    if q > k and _SQ_HOST in sentence_index(sents[q]).squeezed and any(
                            g.subject == f.subject for qq in range(k, q) for g in leaders[qq]):
                        continue
                    states.append(f.object)
            guests = {self._home_state(c.ids[0]) for c in sent_chunks[k] if c.ids and guest_from >= 0
                      and c.char_start - s.start > guest_from and self._type(c.ids[0]) == "Person"}
            states = [x for x in dict.fromkeys(states) if x not in guests]
            if not states or (count is not None and len(states) > count):
                continue
            for st in states:
                self._add(s, st, "memberOf", body.ids[0], "occurred", {}, 0.6)

    # ------------------------------------------------------------ entities
    def _entity(self, eid: str, surface: str | None = None) -> EntityInfo:
        info = self.entities.get(eid)
        if info is None:
            kb = self.kb.get(eid)
            if kb is not None:
                info = EntityInfo(eid, kb.label, kb.type, kb.label_en, kb.wikidata or None, kb.kind,
                                  {kb.label, *kb.aliases})
            else:
                kind = eid.split("-", 1)[0]
                etype = {"person": "Person", "place": "Place", "organization": "Organization",
                         "country": "Country"}.get(kind, "Organization")
                info = EntityInfo(eid, surface or eid, etype)
            self.entities[eid] = info
        if surface:
            info.aliases.add(surface)
        return info

    def _register_person(self, c: Chunk) -> None:
        name = c.name or c.surface
        kb_hits = [p for p in self.ex.kb_gaz.lookup(name) if p[0] == "name"]
        kb_person = next((p[1] for p in kb_hits if (self.kb.get(p[1]) or None) and self.kb.get(p[1]).type == "Person"), None)  # type: ignore[union-attr]
        existing = [x for x in self.names.lookup(name) if not isinstance(x, tuple)]
        if not existing and not kb_person:
            same = self._same_person(name)  # «سید عاصم منیر» after «عاصم منیر»
            if same:
                existing = [same]
        pid = kb_person or (existing[0] if existing else minted_id("Person", name))
        c.ids = [pid]
        self._person_tokens.setdefault(pid, set()).update(self._name_tokens(name))
        if len(name.split()) >= 2:
            self._surnames.setdefault(pid, set()).add(squeeze(name.replace("\u200c", " ").split()[-1]))
        if not self.names.lookup(name):
            self.names.add(name, pid)
        if not existing:
            if c.latin:
                self.names.add(c.latin, pid)
            parts = [p for p in name.replace("\u200c", " ").split() if len(p) >= 2]
            if len(parts) >= 2:
                first = () if squeeze(parts[0]) in _GIVEN else (parts[0],)  # «سید», «محمد» are not short forms
                for part in (parts[-1], *first):
                    if squeeze(part) in self.ex.lex.stopwords or self.ex.lex.titles.lookup(part):
                        continue
                    others = self.names.lookup(part)
                    if others and others[0] != pid:  # shared by two people: neither gets it
                        self.names.remove(part)
                        self._shared_parts.add(squeeze(part))
                        continue
                    if squeeze(part) in self._shared_parts:
                        continue
                    if self.ex.kb_gaz.lookup(part) and not any(p[1] == pid for p in self.ex.kb_gaz.lookup(part)):
                        continue  # «لی» might be another KB person
                    self.names.add(part, pid)
        info = self._entity(pid, name)
        if info.label == pid:
            info.label = name
        if c.latin:
            info.label_en = info.label_en or c.latin

    @staticmethod
    def _name_tokens(name: str) -> set[str]:
        return {squeeze(p) for p in name.replace("\u200c", " ").split() if squeeze(p) not in _GIVEN_PARTICLES}

    def _same_person(self, name: str) -> str | None:
        """A person already in the article whose name shares the surname and is a sub- or superset of this one."""
        toks = self._name_tokens(name)
        if not toks:
            return None
        last = squeeze(name.replace("\u200c", " ").split()[-1])
        found = [pid for pid, known in self._person_tokens.items() if last in known and (toks <= known or known <= toks)]
        if len(found) > 1:  # «سینگ» after two Singhs: the one whose surname it is, if only one
            found = [pid for pid in found if last in self._surnames.get(pid, ())]
        return found[0] if len(found) == 1 else None

    def _register_short_forms(self, pid: str) -> None:
        """«کیم» after «کیم جونگ اون»: a KB person named in full owns their short forms here."""
        kb = self.kb.get(pid)
        if kb is None:
            return
        for name in (kb.label, *kb.aliases):
            parts = [p for p in name.replace("\u200c", " ").split() if len(p) >= 2]
            if len(parts) < 2:
                continue
            for part in (parts[-1], parts[0]):
                if squeeze(part) in self.ex.lex.stopwords or self.ex.lex.titles.lookup(part) \
                        or self.ex.lex.roles.lookup(part) or self.names.lookup(part):
                    continue
                self.names.add(part, pid)

    def _register_roles(self, c: Chunk) -> None:
        if not c.ids or not c.roles or c.former:
            return
        pid = c.ids[0]
        for role in c.roles:
            owners = self._owners(c, role, None)
            for of in owners:
                if role.predicate:
                    self.roles[(role.predicate, role.qualifier, of)] = pid
                    self.bare_roles[(role.predicate, role.qualifier)] = pid
                self.person_country.setdefault(pid, of)

    def _owners(self, c: Chunk, role: Role | None, ctx: Context | None) -> list[str]:
        """The state or organisation a post or body belongs to."""
        if c.role_of:
            return [o for o in c.role_of if o]
        if c.owner_name:  # «رهبر حزب دموکراتیک آلبانیایی‌ها»: a party the KB does not know
            kb_hit = [p[1] for p in self.ex.kb_gaz.lookup(c.owner_name) if p[0] == "name"]
            oid = kb_hit[0] if kb_hit else minted_id("Organization", c.owner_name)
            self._entity(oid, c.owner_name)
            return [oid]
        if c.of_ref == "our_country":
            return self._our_country(c, ctx)
        if c.of_ref and ctx is not None:
            if c.of_ref == "country" and ctx.capital_country and ctx.capital_country[0] >= c.sent - 1:
                # «در مانیل با X، رئیس‌جمهور این کشور», «… به توکیو سفر کرد. وی با X، وزیر دفاع این کشور، …»:
                # the capital named after the last state, in this sentence or the one before
                return [ctx.capital_country[1]]
            if c.of_ref == "regime" and (ctx.last_regime or ctx.last_country):
                return [ctx.last_regime or ctx.last_country]  # «جنگنده‌های این رژیم»: the state last called «رژیم»
            if c.of_ref == "country" and ctx.last_country:
                return [ctx.last_country]
            if c.of_ref in ("own_country",) and ctx.last_person_subject:
                own = self.person_country.get(ctx.last_person_subject)
                return [own] if own else []
            if c.of_ref == "pair" and ctx.focus_pair:
                return list(ctx.focus_pair)
            if c.of_ref.startswith("triple:") and len(ctx.focus_group) == 3:
                return [ctx.focus_group[int(c.of_ref.split(":")[1])]]  # «X، Y و Z، وزیران خارجه سه کشور»: respectively
            if c.of_ref == "triple" and ctx.focus_group:
                return list(ctx.focus_group)
            if c.of_ref == "org" and ctx.last_org:
                return [ctx.last_org]
        if role is not None and c.ids:
            # a bare post with a known person: the KB says whose post it is
            kbc = self.ex.kb_country_of_person(c.ids[0], self.date)
            if kbc:
                return [kbc]
        if role is not None and role.predicate == "commanderOf" and ctx is not None and ctx.role_state \
                and ctx.role_state[0] == c.sent and c.kind == "person" and not c.of_ref:
            # «X، فرمانده نیروهای مسلح اندونزی، … و Y، فرمانده نیروی زمینی، …»: a bare post beside one of a state
            return [ctx.role_state[1]]
        if role is not None and role.predicate and self.home and c.kind in ("person", "role") and not c.of_ref:
            return [self.home]  # «وزیر امور خارجه» in an Iranian agency's copy is Iran's
        if role is not None and (role.predicate == "ministerOf" or role.predicate == "leaderOf" and role.qualifier in (
                "president", "prime_minister")) and ctx is not None and ctx.role_state \
                and 1 <= c.sent - ctx.role_state[0] <= 2 and c.kind == "person" and not c.of_ref:
            # «دانیل نوبوا، رئیس‌جمهور اکوادور، … . جیان کارلو لوفردو، وزیر دفاع، …»: a bare minister's post in
            # the sentences just after a post of a state is that state's
            return [ctx.role_state[1]]
        return []

    # ------------------------------------------------------------ resolution
    def _our_country(self, c: Chunk, ctx: Context | None) -> list[str]:
        """«کشورمان», «کشور ما»: the speaker's state inside a quote; in the narrator's voice the publishing
        outlet's, and Iran's when the outlet is not known (the narrator's «کشورمان» is Iranian agency style;
        «پوتین در تماس با پزشکیان، رئیس‌جمهور کشورمان» is no Russian post)."""
        if self._quoted(c):
            own = self.person_country.get(ctx.last_person_subject or "") if ctx is not None else None
            return [own] if own else []
        return [self.home or self.outlet_home or _IRAN]

    def _quoted(self, c: Chunk) -> bool:
        """Whether a chunk stands inside a quotation («…», or after «گفت:»)."""
        depth = 0
        for t in self.doc.sentences[c.sent].tokens[: c.start]:
            if t.text == "«":
                depth += 1
            elif t.text == "»":
                depth = max(0, depth - 1)
            elif t.text == ":":
                depth += 1
        return depth > 0

    def _resolve(self, c: Chunk, ctx: Context) -> list[str]:
        if c.kind == "kb":
            if c.ids:
                return c.ids
            # ambiguous only: a candidate the article names elsewhere wins
            seen = [i for i in c.candidates if i in self.entities]
            if not seen:
                # «سینگ» after «جاسوانت سینگ» and «راویندرا سینگ جاسل»: the one whose surname it is
                by_surname = [pid for pid, last in self._surnames.items() if squeeze(c.surface) in last]
                if len(by_surname) == 1:
                    return by_surname
            return seen[:1]
        if c.kind == "person":
            if c.title and not c.roles:
                titled = [eid for kind, eid in self.ex.kb_gaz.lookup(c.surface) if kind in ("name", "person")
                          and self._type(eid) == "Person"]
                if len(titled) == 1:
                    return titled  # «ملک سلمان» is the king, not «محمد بن سلمان» named before
            toks = self.doc.sentences[c.sent].tokens
            j = c.start - (1 if c.start > 0 and toks[c.start - 1].text == "«" else 0)
            if j >= 2 and squeeze(toks[j - 2].text + toks[j - 1].text) in _KNOWN_AS and ctx.sentence_persons:
                # «رودریگو لوندونیو معروف به «تیموشنکو»، فرمانده …»: the same person by another name
                pid = ctx.sentence_persons[-1]
                if c.name:
                    self._entity(pid, c.name)
                    self.names.add(c.name, ("person", pid))
                return [pid]
            if c.ref == "counterpart" and c.demonym_of and not c.roles:
                subj = ctx.last_person_subject
                post = next(((pred, qual) for (pred, qual, of), pid in self.roles.items() if pid == subj), None)
                if post is not None:
                    c.roles = [Role("همتا", post[0], post[1], None)]
                    c.role_of = [c.demonym_of]
                    if c.ids:
                        self.roles[(post[0], post[1], c.demonym_of)] = c.ids[0]
                if c.ids:
                    self.person_country.setdefault(c.ids[0], c.demonym_of)
            return c.ids[:1]
        if c.kind == "place":
            name = c.name or c.surface
            pid = minted_id("Place", name)
            info = self._entity(pid, name)
            for alias in _place_aliases(name, self.kb, self.ex.kb_gaz):
                info.aliases.add(alias)
            if c.role_of:
                self.embassy_of[pid] = c.role_of[0]  # «سفارت پاکستان»
            return [pid]
        if c.kind == "org":
            if c.ids:
                self._entity(c.ids[0], c.name or c.surface)
                return c.ids[:1]
            kb_hit = [p[1] for p in self.ex.kb_gaz.lookup(c.name or c.surface) if p[0] == "name"]
            oid = kb_hit[0] if kb_hit else minted_id("Organization", c.name or c.surface)
            self._entity(oid, c.name or c.surface)
            if c.title:
                self.groups[c.title] = oid  # «شورشیان چچن» … later «شورشیان»
            return [oid]
        if c.kind == "institution":
            owners = self._owners(c, None, ctx)
            return owners
        if c.kind == "role":
            out = []
            for role in c.roles[:1]:
                owners = self._owners(c, role, ctx)
                if not owners and role.predicate:
                    p = self.bare_roles.get((role.predicate, role.qualifier))
                    if p:
                        out.append(p)
                    continue
                for of in owners:
                    p = None
                    if role.predicate and role.qualifier == "*":  # «وزیر سعودی»: any minister of that state
                        p = next((pid for (pr, _q, o), pid in self.roles.items() if pr == role.predicate and o == of), None)
                        out.append(p or of)
                        continue
                    if role.predicate:
                        p = self.roles.get((role.predicate, role.qualifier, of))
                        if p is None and not c.former:
                            p = self.ex.holder(role.predicate, role.qualifier, of, self.date)
                            if p:
                                self.person_country.setdefault(p, of)
                                self.roles.setdefault((role.predicate, role.qualifier, of), p)  # for «همتای X خود»
                    out.append(p or of)
            return out
        if c.kind == "ref":
            r = c.ref
            if r == "person":
                if len(ctx.sentence_persons) >= 2 and _after_speech(self.doc.sentences[c.sent].tokens, c.start):
                    # «دفتر X، …، متحد پوتین، اعلام کرد او با Y گفت‌وگو کرده»: the one whose words these are
                    return [ctx.sentence_persons[0]]
                if ctx.sentence_persons:  # «… سفر وزیر سعودی … که او با …»: the person just named
                    return [ctx.sentence_persons[-1]]
                return [ctx.last_person_subject or ctx.last_person] if (ctx.last_person_subject or ctx.last_person) else []
            if r == "regime" and ctx.last_regime:
                return [ctx.last_regime]
            if r == "country":
                if ctx.capital_subject and ctx.capital_subject[0] == c.sent and ctx.capital_country:
                    return [ctx.capital_subject[1]]  # «ریاض در جریان سفر X به این کشور»: the subject capital's state
                return [ctx.last_country] if ctx.last_country else []
            if r == "own_country":
                own = self.person_country.get(ctx.last_person_subject or "")
                return [own] if own else []
            if r == "our_country":
                return self._our_country(c, ctx)
            if r == "pair":
                return list(ctx.focus_pair) if ctx.focus_pair else []
            if r == "triple":
                if len(ctx.focus_group) >= 3:
                    return list(ctx.focus_group)
                # «سه وزیر … سه کشور»: the countries of the last three people
                states = list(dict.fromkeys(self.person_country[p] for p in ctx.recent_persons[-3:] if p in self.person_country))
                if len(states) == 3:
                    return states
                return list(ctx.focus_pair) if ctx.focus_pair else []
            if r == "org":
                return self._org_named_by(c, ctx)
            if r == "group":
                return [self.groups[c.title]] if c.title in self.groups else []
            if r == "pair_person":
                # («وزیران دفاع ژاپن و استرالیا … دیدار کردند. دو وزیر توافق کردند …»: holders unnamed, their states)
                return list(ctx.person_pair) if ctx.person_pair else list(ctx.focus_pair) if ctx.focus_pair else []
            if r in ("triple_person", "quad_person"):
                want = 3 if r == "triple_person" else 4
                return list(ctx.recent_persons[-want:]) if len(ctx.recent_persons) >= want else []
            if r == "person_of" and c.demonym_of:
                for p in reversed(ctx.recent_persons):
                    if self.person_country.get(p) == c.demonym_of:
                        return [p]
                return []
            if r == "counterpart":
                subj = ctx.last_person_subject
                if c.demonym_of:
                    country = c.demonym_of
                    own = self._home(subj) if subj else None
                    if own and own != country:
                        ctx.focus_pair = (own, country)  # «X در دیدار با همتای عراقی خود … همکاری دو کشور»
                    for (pred, qual, of), pid in self.roles.items():
                        if subj and of == country and pid != subj and any(
                            self.roles.get((pred, qual, o)) == subj for o in [self.person_country.get(subj, "")]
                        ):
                            return [pid]
                    return [country]
                if subj and ctx.person_pair and subj in ctx.person_pair:
                    return [p for p in ctx.person_pair if p != subj]
            return []
        return []

    def _org_named_by(self, c: Chunk, ctx: Context) -> list[str]:
        """«این اتحادیه», «اتحادیه»: the last organisation whose name has that head noun, if any was named; else the
        last organisation («این سازمان» after «ناتو»)."""
        head = next((w for w in reversed(c.surface.split()) if squeeze(w) not in (squeeze("این"), squeeze("آن"))), "")
        head = squeeze(head)
        if head in _ORG_REF_HEADS:
            for o in reversed(ctx.org_history):
                names = [self._entity(o).label, *self._entity(o).aliases]
                kb = self.kb.get(o)
                if kb is not None:
                    names += [kb.label, *kb.aliases]
                if any(squeeze(n).startswith(head) for n in names):
                    return [o]
            return []  # «اتحادیه» after «حوثی‌ها» only: no union was named
        return [ctx.last_org] if ctx.last_org else []

    def _update_context(self, c: Chunk, ids: list[str], ctx: Context, subject: bool) -> None:
        if c.kind == "institution" and c.branch == "counted":
            return  # «۶۲ هزار نظامی آمریکایی»: soldiers counted do not bring their state into focus
        countries = [i for i in ids if self._type(i) == "Country"]
        if c.kind in ("person", "role", "institution") and c.role_of:
            # «رانیل ویکرمه‌سینگه، رئیس‌جمهور سریلانکا»: the post's country is mentioned too
            countries = [o for o in c.role_of if o and self._type(o) == "Country" and o not in countries] + countries
        for i in ids:  # «وزارت امور خارجه آمریکا»: a national body names its state
            kb = self.kb.get(i)
            if kb is not None and kb.type == "Organization" and kb.part_of and kb.kind not in ("alliance", "intergovernmental") \
                    and self._type(kb.part_of) == "Country" and kb.part_of not in countries:
                countries.append(kb.part_of)
        persons = [i for i in ids if self._type(i) == "Person"]
        for i in countries:
            ctx.country_counts[i] = ctx.country_counts.get(i, 0) + 1
        if len(countries) >= 2 and c.kind != "ref":
            ctx.focus_pair = (countries[0], countries[1])
        if countries and c.kind != "ref":
            ctx.last_country = countries[-1]
            for x in countries:
                if x in ctx.country_history:
                    ctx.country_history.remove(x)
                ctx.country_history.append(x)
            ctx.capital_country = None
        elif c.kind != "ref" and ids:
            kb = self.kb.get(ids[-1])
            if kb is not None and kb.type == "Place" and kb.metonym_for and self._type(kb.metonym_for) == "Country":
                ctx.capital_country = (c.sent, self._metonym(kb) or kb.metonym_for)
                if subject:
                    ctx.capital_subject = ctx.capital_country
        orgs = [i for i in ids if self._type(i) == "Organization"]
        if orgs and c.kind != "ref":
            ctx.last_org = orgs[-1]
            for o in orgs:
                if o in ctx.org_history:
                    ctx.org_history.remove(o)
                ctx.org_history.append(o)
        for p in persons:
            if p in ctx.recent_persons:
                ctx.recent_persons.remove(p)
            ctx.recent_persons.append(p)
        if len(persons) >= 2:
            ctx.person_pair = (persons[0], persons[1])
        elif len(ctx.recent_persons) >= 2 and c.kind != "ref":
            ctx.person_pair = (ctx.recent_persons[-2], ctx.recent_persons[-1])
        if persons and c.kind in ("person", "kb", "role"):
            ctx.sentence_persons.extend(p for p in persons if p not in ctx.sentence_persons)
        if "رژیم" in c.surface and countries:
            ctx.last_regime = countries[-1]
        if persons:
            ctx.last_person = persons[-1]
            if subject and len(persons) == 1:
                ctx.last_person_subject = persons[0]

    def _type(self, eid: str) -> str:
        info = self.entities.get(eid)
        if info is not None:
            return info.type
        kb = self.kb.get(eid)
        if kb is not None:
            return kb.type
        return {"person": "Person", "place": "Place"}.get(eid.split("-", 1)[0], "Organization")

    # ------------------------------------------------------------ sentence
    def _sentence(self, s: Sentence, chunks: list[Chunk], ctx: Context) -> None:
        resolved: dict[int, list[str]] = {}
        ctx.sentence_persons = []
        for c in chunks:
            if c.kind == "org" and c.title and not c.ids:
                self._resolve(c, ctx)  # «صرب‌های بوسنی …»: named now, «صرب‌ها» later
        # subjects (unmarked chunks) update the person focus; resolve left to right
        slots = self.ex.rel.slots(s, chunks, {})
        for sl in slots:
            c = sl.chunk
            ids = [i for i in self._resolve(c, ctx) if i]
            for i in ids:
                info = self._entity(i, c.name if c.kind == "person" and c.name else (
                    c.surface.replace("«", "").replace("»", "") if c.kind == "kb" else None))
                k = c.surface.find(c.name) if c.kind == "person" and c.name else -1
                if 0 < k <= 20 and not any(p in c.surface[:k] for p in ("،", ",", "(", "«")) and (
                        c.title or self.ex.lex.titles.lookup(c.surface[:k].strip())):
                    info.aliases.add(c.surface[:k + len(c.name)])  # «سرلشکر حسین سلامی»: the name with its rank
                if c.kind == "place" and c.end + 1 < len(s.tokens) and s.tokens[c.end].text == "در" \
                        and squeeze(s.tokens[c.start].text) in _EMBASSY_HEADS:
                    there = next((x for x in chunks if x.start == c.end + 1 and x.kind in ("kb", "place")), None)
                    if there is not None:
                        info.aliases.add(c.surface + " در " + there.surface)  # «سفارت روسیه در کابل»
                if c.kind == "person" and c.name and "." in c.name:
                    bare = _LEADING_INITIALS.sub("", c.name)
                    if bare and bare != c.name:
                        info.aliases.add(bare)  # «ای. کی. آنتونی» is also «آنتونی»
            resolved[id(c)] = ids
            self._update_context(c, ids, ctx, subject=sl.marker is None)
            cs, ce = c.char_start, c.char_end
            if c.kind == "person" and c.name:
                # the mention is the name, not the post around it («X، وزیر دفاع Y»)
                k = self.doc.text.find(c.name, cs, ce)
                if k >= 0:
                    cs, ce = k, k + len(c.name)
            if c.kind in ("kb", "person", "org", "place"):  # names; posts and pronouns are references, not names
                for i in ids:
                    a, b = self._orig(cs, ce)
                    self.mentions.append(Mention(i, self.article.text[a:b], a, b, s.index))
            if c.role_of:  # «وزیر دفاع آرژانتین» names Argentina
                span = self.doc.text[c.char_start: c.char_end]
                for h in self.ex.kb_gaz.find(span):
                    hit_ids = {p[1] for p in h.payloads} | {self.kb.get(p[1]).metonym_for for p in h.payloads  # type: ignore[union-attr]
                                                            if self.kb.get(p[1]) is not None}
                    for o in c.role_of:
                        if o in hit_ids:
                            a, b = self._orig(c.char_start + h.start, c.char_start + h.end)
                            self.mentions.append(Mention(o, self.article.text[a:b], a, b, s.index))
            self._role_facts(s, c, ids, ctx)
        # the pair in focus («دو کشور»): the last two states named together
        for sl_chain in _chains(slots):
            states = []
            for sl in sl_chain:
                c = sl.chunk
                owners = c.role_of if c.kind == "role" and c.plural else []
                for i in list(owners) + resolved.get(id(c), []):
                    st = self._state(i) if self._type(i) != "Person" else self.person_country.get(i)
                    if st and self._type(st) == "Country" and st not in states:
                        states.append(st)
            if len(states) >= 2 and not any(sl.chunk.kind == "ref" for sl in sl_chain):
                ctx.focus_pair = (states[-2], states[-1]) if len(states) == 2 else (states[0], states[1])
                ctx.focus_group = tuple(states)
        self._appointments(s, slots, resolved, ctx)
        self._ministry_appointments(s, slots, resolved, ctx)
        self._plural_posts(s, slots, resolved, ctx)
        self._royal_titles(s, slots, resolved)
        self._headed_bodies(s, slots, resolved)
        self._will_receive(s, slots, resolved)
        self._hosted_meetings(s, slots, resolved)
        self._witnessed(s, slots, resolved)
        self._backed_by(s, slots, resolved)
        # «PLACE در COUNTRY», «PLACE در جنوب COUNTRY», «شهر کازان روسیه»: the place is in that country
        toks = s.tokens
        for i, a in enumerate(slots):
            if a.chunk.kind not in ("place", "kb"):
                continue
            for b in slots[i + 1: i + 4]:
                gap = [t.text for t in toks[a.chunk.end: b.chunk.start]]
                if gap[:1] == ["("] and ")" in gap[:5]:
                    gap = gap[gap.index(")") + 1:]  # «پایگاه هوایی اسکریدستروپ (Skrydstrup) در جنوب دانمارک»: a gloss
                if gap[:3] == ["،", "واقع", "در"] or gap[:2] == ["واقع", "در"]:
                    gap = gap[gap.index("در"):]  # «پایگاه هوایی العدید، واقع در قطر»
                elif len(gap) >= 3 and gap[0] == "،" and squeeze(gap[1]) in _APPOS_PLACE and "در" in gap[2:5]:
                    gap = gap[gap.index("در", 2):]  # «تین‌زاواتین، شهری در شمال مالی»
                if not gap or gap[0] != "در" or len(gap) > 4 or any(
                        is_verb(w) or (w != "در" and self.ex.lex.prepositions.lookup(w)) for w in gap[1:]):
                    break
                if any(squeeze(w) in _BORDER_WORDS for w in gap):
                    break  # «منطقه حائل الکرکرات در نزدیکی مرز موریتانی»: by a state's border, not in it
                # «… در جنوب ترکیه», «… در ایالت جورجیای آمریکا», «… در نزدیکی بیشکک، پایتخت قرقیزستان»
                states = []
                for x in resolved.get(id(b.chunk), []):
                    st = x if self._type(x) == "Country" else self._state(x)
                    if st and self._type(st) == "Country":
                        states.append(st)
                if b.chunk.kind == "ref":  # «پایگاه نظامی ۲۰۱ روسیه در خاک این کشور»: «این کشور» is not the base's owner
                    states = [st for st in states if squeeze(self._entity(st).label) not in squeeze(a.chunk.surface)]
                if not states:
                    continue
                # «در مناطق متینا، زاپ و آواشین در شمال عراق»: every place listed is there
                head = a.coord_head if a.coord_head is not None else i
                listed = [x for x in slots if x is a or (x.coord_head == head or x is slots[head]) and x.chunk.kind in ("place", "kb")]
                for x in listed:
                    for p in resolved.get(id(x.chunk), []):
                        for cn in states:
                            kbp = self.kb.get(p)
                            if self._type(p) == "Place" and p != cn and (kbp is None or not kbp.metonym_for):
                                self._add(s, p, "locatedIn", cn, "occurred", {}, 0.8)
                break
        # «… در ۱۶ نقطه از یمن، از جمله صنعا، الحدیده و صعده»: the places singled out of a state are in it
        for i, b in enumerate(slots[:-1]):
            states = [x for x in resolved.get(id(b.chunk), []) if self._type(x) == "Country"]
            gap = [squeeze(t.text) for t in toks[b.chunk.end: slots[i + 1].chunk.start]]
            if not states or gap not in (["،", "از", "جمله"], ["از", "جمله"], [",", "از", "جمله"]):
                continue
            head = i + 1
            for x in slots[head:]:
                if x is not slots[head] and x.coord_head != head:
                    break
                for p in resolved.get(id(x.chunk), []):
                    kbp = self.kb.get(p)
                    if self._type(p) == "Place" and (kbp is None or kbp.located_in in (None, states[0])) and (
                            kbp is None or not kbp.metonym_for or kbp.metonym_for == states[0]):
                        self._add(s, p, "locatedIn", states[0], "occurred", {}, 0.75)
        # «شهر کازان روسیه», «استان کورسک روسیه»: a place named with its state's genitive is in it
        for i, a in enumerate(slots[:-1]):
            b = slots[i + 1]
            if b.chunk.start != a.chunk.end or b.chunk.kind != "kb" or a.chunk.kind not in ("place", "kb") \
                    or b.marker != "gen_other":
                continue
            if b.chunk.end < len(toks) and toks[b.chunk.end].text == "را" and not any(
                    x.chunk.end == a.chunk.start - 1 and toks[x.chunk.end].text == "در" and x.chunk.kind in ("place", "kb")
                    for x in slots[:i]):
                continue  # «در شهر سامسون یونان را … متهم کرد»: the state is the clause's object («X در A B را» is a chain)
            states = [x for x in resolved.get(id(b.chunk), []) if self._type(x) == "Country"]
            if len(states) != 1 or (self.kb.get(states[0]) is not None and squeeze(b.chunk.surface) != squeeze(
                    self.kb.get(states[0]).label) and not any(kind == "name" and eid == states[0]  # type: ignore[union-attr]
                                                           for kind, eid in self.ex.kb_gaz.lookup(b.chunk.surface))):
                continue  # only a state's own name («روسیه»), not a capital standing for it
            for p in resolved.get(id(a.chunk), []):
                kbp = self.kb.get(p)
                if self._type(p) == "Place" and (kbp is None or not kbp.metonym_for) and (
                        kbp is None or kbp.located_in in (None, states[0])):
                    self._add(s, p, "locatedIn", states[0], "occurred", {}, 0.75)
        # «هاوانا، پایتخت کوبا», «الماتی، بزرگ‌ترین شهر قزاقستان»: a city said to be a state's is in it
        for i, a in enumerate(slots[:-1]):
            b = slots[i + 1]
            gap = [squeeze(t.text) for t in toks[a.chunk.end: b.chunk.start]]
            if len(gap) < 2 or gap[0] not in ("،", ",") or gap[-1] not in _CITY_OF or len(gap) > 4:
                continue
            states = [x for x in resolved.get(id(b.chunk), []) if self._type(x) == "Country"]
            if not states:  # «گوما، مرکز استان کیوو شمالی»: the seat of a region is in the region's state
                states = [st for x in resolved.get(id(b.chunk), []) if self._type(x) == "Place"
                          for st in [self._state(x)] if st and self._type(st) == "Country"]
            for p in resolved.get(id(a.chunk), []):
                kbp = self.kb.get(p)
                if self._type(p) == "Place" or (kbp is not None and kbp.metonym_for and self._type(kbp.metonym_for) == "Country"):
                    for cn in states:
                        if cn != p and (kbp is None or kbp.metonym_for in (None, cn)):
                            self._add(s, p, "locatedIn", cn, "occurred", {}, 0.8)
        # chunks that resolved to nothing (an ambiguous name, an unresolved «وی») take no part
        live = [c for c in chunks if (resolved.get(id(c)) or c.kind == "ref" and c.ref in ("pair", "pair_person")
                                      and c.start > 0 and s.tokens[c.start - 1].text in ("و", "،"))
                and c.kind != "appointed"]  # «… دیدار کرد و دو طرف …»: the pair may be named earlier in this sentence
        if ctx.pending_threat is not None:
            # «او هشدار داد:» then «اگر پاکستان … ادامه دهد، …»: the warning is aimed at the condition's subject
            warners, status, conf, quals = ctx.pending_threat
            ctx.pending_threat = None
            for c in conditional_target(slots, s.tokens):
                for b in resolved.get(id(c), []):
                    for a in warners:
                        a2, b2 = self._fit("threatens", a, "s"), self._fit("threatens", b, "o")
                        if a2 is not None and b2 is not None and a2 != b2:
                            self._add(s, a2, "threatens", b2, status, dict(quals), conf * 0.9)
        self._price_threats(s, slots, resolved, ctx)
        self._ruin_threats(s, slots, resolved, ctx)
        self._legitimate_targets(s, slots, resolved)
        self._promised_responses(s, slots, resolved, ctx)
        self._listed_for_sanctions(s, slots, resolved)
        self._exercise_host(s, slots, resolved, ctx)
        self._exercise_participants(s, slots, resolved, ctx)
        self._conditional_threats(s, slots, resolved, ctx)
        before = len(self.facts)
        for cand in candidates(self.ex.rel, s, live):
            for c in cand.subjects + cand.objects:
                if c.kind == "ref" and c.ref in ("pair", "pair_person") and len(self.facts) > before:
                    resolved[id(c)] = [i for i in self._resolve(c, ctx) if i]  # «… دیدار کرد و دو طرف … امضا کردند»
            self._facts_from(s, cand, resolved, ctx)
        if ctx.unclaimed is not None and not any(f.predicate == "attacks" for f in self.facts[before:]):
            self._claims(s, slots, resolved, ctx)
        self._mutual_defence(s, ctx, before)
        self._purchase_contracts(s, before)
        self._act_reactions(s, slots, resolved)
        self._addressed_warnings(s, slots, resolved)
        self._present_abroad(s, slots, resolved)
        self._attended(s, slots, resolved, ctx)
        self._coordinated_acts(s, slots, resolved)
        self._rotating_chair(s, slots, resolved)
        self._called_off(s)
        self._turned_back(s, before)
        subj_persons = [i for sl in slots if sl.marker is None for i in resolved.get(id(sl.chunk), []) if self._type(i) == "Person"]
        if subj_persons:
            ctx.topic = subj_persons[:1]

    def _conditional_threats(self, s: Sentence, slots: list, resolved: dict[int, list[str]], ctx: Context) -> None:
        """Threats in someone's words: «… گفت: اگر X علیه ایران اقدامی کند، پاسخ ما کوبنده خواهد بود» (the speaker
        threatens X) and «پاسخ X به Y مرگبار خواهد بود» (X threatens Y)."""
        toks = s.tokens
        n = len(toks)
        words = sentence_index(s).squeezed  # [squeeze(t.text) for t in toks], shared: not to be changed
        if "خواهد" not in words and "خواهند" not in words:
            return
        pairs: list[tuple[list[str], list]] = []
        for q in range(n):
            if words[q] in (squeeze("اگر"), squeeze("چنانچه")):
                comma = next((j for j in range(q + 1, min(n, q + 25)) if toks[j].text in ("،", ",")), None)
                if comma is None or not any(w in _RETALIATION for w in words[comma: n]):
                    continue
                cond = [k for k, sl in enumerate(slots) if q < sl.chunk.start < comma and sl.coord_head is None
                        and sl.marker in (None, "agent")]
                if not cond or slots[cond[0]].chunk.former:
                    continue  # «اگر محمد بازوم، رئیس‌جمهور برکنارشده، به قدرت بازنگردد»: not the one warned
                said = [v for v in self.ex.rel.verbs(s) if v.end <= q and _speech(toks, v)]
                speakers: list[str] = []
                if said:
                    head = [sl for sl in slots if sl.chunk.end <= said[-1].start and sl.marker is None and sl.coord_head is None]
                    if head:
                        speakers = resolved.get(id(head[0].chunk), [])
                elif toks[0].text in ("«", "\"") or q <= 1 or self.doc.text[max(0, s.start - 3): s.start].strip().endswith(":"):
                    speakers = list(ctx.topic)  # the quote after «X گفت:»
                k = cond[0]
                pairs.append((speakers, [slots[m].chunk for m in range(len(slots)) if m == k or slots[m].coord_head == k]))
            elif words[q] == squeeze("پاسخ") and q + 1 < n:
                gen = [k for k, sl in enumerate(slots) if sl.chunk.start in (q + 1, q + 2) and sl.coord_head is None
                       and sl.marker in ("gen", "gen_other", "agent")]
                if not gen:
                    continue
                g = slots[gen[0]]
                to = [k for k, sl in enumerate(slots) if sl.marker == "به" and g.chunk.end <= sl.chunk.start <= g.chunk.end + 1]
                if not to or "خواهد" not in words[q:]:
                    continue
                k = to[0]
                pairs.append((resolved.get(id(g.chunk), []),
                              [slots[m].chunk for m in range(len(slots)) if m == k or slots[m].coord_head == k]))
        for speakers, chain in pairs:
            self._threats_by(s, speakers, chain, resolved)

    def _threats_by(self, s: Sentence, speakers: list[str], chain: list, resolved: dict[int, list[str]]) -> None:
        """The speakers threaten every actor of the chain (never their own state)."""
        for a in speakers:
            for c in chain:
                for b in resolved.get(id(c), []):
                    a2, b2 = self._fit("threatens", a, "s"), self._fit("threatens", b, "o")
                    if a2 is None or b2 is None or a2 == b2 or b2 in (self._home(a2), self._state(a2)):
                        continue
                    self._add(s, a2, "threatens", b2, "occurred", {}, 0.6)

    def _exercise_host(self, s: Sentence, slots: list, resolved: dict[int, list[str]], ctx: Context) -> None:
        """«رزمایش … به میزبانی چین», «رزمایش … روز جمعه در چین آغاز شد»: the state holding the exercise in focus."""
        ix = sentence_index(s)
        words = ix.squeezed
        if not ix.any_startswith(_SQ_EXERCISE):
            return
        toks = s.tokens
        host: list[str] = []
        for q in range(len(toks) - 1):
            if words[q] in (squeeze("به"), squeeze("با")) and words[q + 1] == squeeze("میزبانی"):
                k = next((m for m, sl in enumerate(slots) if sl.chunk.start == q + 2 and sl.coord_head is None), None)
                if k is not None:
                    host = [i for m, sl in enumerate(slots) if m == k or sl.coord_head == k for i in resolved.get(id(sl.chunk), [])]
                    break
        if not host and not ctx.exercise_hosts:
            verbs = [v for v in self.ex.rel.verbs(s) if v.lemma == "شد" and v.start > 0 and not v.negated
                     and words[v.start - 1] in _HELD]
            for v in verbs:
                # «… در X آغاز شد/برگزار شد»: the place right before the verb phrase
                for sl in slots:
                    if sl.marker == "در" and sl.coord_head is None and sl.chunk.end == v.start - 1:
                        host = list(resolved.get(id(sl.chunk), []))
                        break
                if host:
                    break
        if not host and not ctx.exercise_hosts:
            # «… با شرکت نظامیان گرجستان، آمریکا و بریتانیا … در نزدیکی تفلیس، پایتخت گرجستان، آغاز شد»: the one
            # taking part in whose land the exercise is held
            q = next((q for q in range(len(toks) - 1) if words[q] == "با" and words[q + 1] in _TAKING_PART), None)
            k = next((k for k, sl in enumerate(slots) if q is not None and q + 1 <= sl.chunk.start <= q + 4), None)
            if k is not None:
                k = slots[k].coord_head if slots[k].coord_head is not None else k
                members = {i for m, sl in enumerate(slots) if m == k or sl.coord_head == k for i in resolved.get(id(sl.chunk), [])}
                chain_end = max(sl.chunk.end for m, sl in enumerate(slots) if m == k or sl.coord_head == k)
                host = [st for sl in slots if sl.chunk.start > chain_end and self._type(resolved.get(id(sl.chunk), [""])[0] or "") == "Place"
                        for i in resolved.get(id(sl.chunk), []) for st in [self._state(i)] if st in members][:1]
        states = [x for x in (self._state(h) for h in host) if x and self._type(x) == "Country"]
        if states and not set(states) <= set(ctx.exercise_hosts):  # «A و B … به میزبانی A»: the co-host stays
            ctx.exercise_hosts = tuple(dict.fromkeys(states))

    def _exercise_participants(self, s: Sentence, slots: list, resolved: dict[int, list[str]], ctx: Context) -> None:
        """«این رزمایش با مشارکت A، B و C …», «A و B نیز در این رزمایش شرکت دارند» after an exercise held by H:
        each participant cooperates with each host (not with one another)."""
        if not ctx.exercise_hosts:
            return
        toks = s.tokens
        ix = sentence_index(s)
        words = ix.squeezed  # shared: not to be changed
        if not ix.any_startswith((squeeze("رزمایش"), squeeze("مانور"))):
            return
        chain: list = []
        verb_at = None
        for q in range(len(toks) - 1):
            if words[q] == "با" and words[q + 1] in _TAKING_PART:
                window = range(q + 1, min(len(toks), q + 12))  # («با شرکت نظامیان X» may be read as one chunk)
                heads = [k for k, sl in enumerate(slots) if sl.chunk.start in window and sl.coord_head is None]
                if heads:
                    k = heads[0]
                    chain = [slots[m].chunk for m in range(len(slots)) if m == k or slots[m].coord_head == k]
                    break
            if words[q] in (squeeze("شرکت"), squeeze("حضور")) and q + 1 < len(toks) \
                    and analyze_verb([t.text for t in toks], q + 1) is not None \
                    and q > 1 and any(w.startswith(squeeze("رزمایش")) or w.startswith(squeeze("مانور")) for w in words[max(0, q - 8): q]):
                # «هند، ژاپن و ترکیه نیز در این رزمایش شرکت دارند»: every unmarked name before it;
                # «۷ هزار نظامی از A، B و C در این رزمایش شرکت داشتند»: the states the troops came from
                def sent_troops(m: int) -> bool:
                    c = slots[m].chunk
                    return slots[m].marker == "از" and c.start >= 2 and squeeze(toks[c.start - 2].text) in _TROOPS
                chain = [sl.chunk for m, sl in enumerate(slots) if sl.chunk.end <= q and (sl.marker is None or sent_troops(m) or (
                    sl.coord_head is not None and sent_troops(sl.coord_head)))]
                if chain:
                    verb_at = q + 1
                    break
        if not chain:
            return
        status = "occurred"
        v = analyze_verb([t.text for t in toks], verb_at) if verb_at is not None else None
        if v is not None and v.negated:
            status = "negated"
        elif v is not None and v.tense == "future":
            status = "planned"
        ctx.participation = s.index
        for c in chain:
            for p in resolved.get(id(c), []):
                p2 = self._fit("cooperatesWith", p, "s")
                if p2 is None or self._type(p2) != "Country":
                    continue
                for h in ctx.exercise_hosts:
                    if h != p2:
                        self._add(s, h, "cooperatesWith", p2, status, {"domain": "exercise"}, 0.7)

    def _purchase_contracts(self, s: Sentence, before: int) -> None:
        """«شیلی قرارداد خرید ۱۰ جنگنده اف-۱۶ از آمریکا را امضا کرد»: a contract to buy from a seller is signed with it."""
        if not any(f.predicate == "suppliesArmsTo" for f in self.facts[before:]):
            return  # no purchase told in this sentence
        toks = s.tokens
        signing = next((v for v in self.ex.rel.verbs(s) if v.start > 0 and squeeze(toks[v.start - 1].text) == _SQ_SIGNED
                        and v.lemma in ("کرد", "رساند")), None)
        if signing is None or signing.negated or not any(squeeze(t.text).startswith(_SQ_CONTRACT) for t in toks[: signing.start]):
            return
        status = "planned" if signing.tense in ("future", "subjunctive") else "occurred"
        new = self.facts[before:]
        for f in new:
            if f.predicate != "suppliesArmsTo" or f.status == "negated":
                continue
            if any(g.predicate == "signsAgreementWith" and {g.subject, g.object} & {f.subject, f.object} for g in new):
                continue  # the signing is already told with its parties
            if self._type(f.subject) in ("Country", "Organization") and self._type(f.object) in ("Country", "Organization"):
                self._add(s, f.object, "signsAgreementWith", f.subject, status, {}, 0.7)

    def _mutual_defence(self, s: Sentence, ctx: Context, before: int) -> None:
        """A mutual-defence clause makes the signatories allies: «… پیمانی امضا کردند که شامل بند دفاع متقابل است»,
        «هرگاه یکی از دو کشور هدف تجاوز قرار گیرد، طرف دیگر … کمک خواهد کرد» (the pair in focus)."""
        text = squeeze(s.text)
        assistance = any(w in text for w in _MUTUAL_AID)
        clause = assistance or any(w in text for w in _MUTUAL_DEFENCE) or (
            _SQ_ONE_OF_TWO in text and (_SQ_OTHER_PARTY in text or _SQ_THE_OTHER in text)
            and any(w in text for w in _AGGRESSION))
        if not clause or any(w in text for w in _LACKING):
            return
        signed = [(f.subject, f.object) for f in self.facts[before:] if f.predicate == "signsAgreementWith"
                  and f.status in ("occurred", "planned")]
        named = {eid for h in self.ex.kb_gaz.find(s.text) for kind, eid in h.payloads
                 if kind == "name" and self._type(eid) == "Country"}
        pairs = signed or ([ctx.focus_pair] if ctx.focus_pair and not assistance and len(named) <= 2
                           and named <= set(ctx.focus_pair) else [])
        # (not when the sentence names more states than the pair: «مصر، اردن، عراق و یمن … به یکدیگر متعهدند», nor
        # others: «فیلیپین که با آمریکا پیمان دفاع متقابل دارد» after a sentence on India and Russia)
        if len({x for pair in pairs for x in pair}) > _MAX_ALLIANCE_CLIQUE:
            return  # a many-party treaty: its members are not listed as allies two by two
        for a, b in pairs:
            if self._type(a) == "Country" and self._type(b) == "Country" and a != b:
                st = next((f.status for f in self.facts[before:] if f.predicate == "signsAgreementWith"), "occurred")
                self._add(s, a, "alliedWith", b, st, {"basis": "defense_pact"}, 0.7)

    def _claims(self, s: Sentence, slots: list, resolved: dict[int, list[str]], ctx: Context) -> None:
        """«X مسئولیت این حمله را بر عهده گرفت» after «Y مورد حمله قرار گرفت» (no attacker named): X attacks Y."""
        assert ctx.unclaimed is not None
        targets, where, conf = ctx.unclaimed
        if s.index - where > 4:
            ctx.unclaimed = None
            return
        toks = s.tokens
        for q, t in enumerate(toks):
            if squeeze(t.text) not in _RESPONSIBILITY:
                continue
            ra = next((j for j in range(q + 1, min(len(toks), q + 5)) if toks[j].text == "را"), None)
            if ra is None or not any(squeeze(x.text) in _CLAIMED_ACTS for x in toks[q + 1: ra]):
                continue
            tail = " ".join(x.text for x in toks[ra + 1: ra + 4])
            if not (squeeze(tail).startswith((squeeze("بر عهده گرفت"), squeeze("به عهده گرفت"), squeeze("پذیرفت"), squeeze("قبول کرد"),
                                              squeeze("بر عهده گرفته"), squeeze("به عهده گرفته"), squeeze("پذیرفته")))):
                continue  # «… را رد کرد»: a denial claims nothing
            # «گروه X مسئولیت …», «X، سخنگوی نظامی Y، مسئولیت …»: the nearest actor before the claim
            subj = [sl for sl in slots if sl.chunk.end <= q and sl.coord_head is None and resolved.get(id(sl.chunk))
                    and (sl.marker is None or sl.marker == "gen_other" and sl.np_marker is None)]
            if not subj:
                return
            for a in resolved.get(id(subj[-1].chunk), []):
                a2 = self._fit("attacks", self._group_of(a), "s")
                for b in targets:
                    b2 = self._fit("attacks", b, "o")
                    if a2 is not None and b2 is not None and a2 != b2:
                        self._add(s, a2, "attacks", b2, "occurred", {}, conf)
            ctx.unclaimed = None
            return

    def _group_of(self, eid: str) -> str:
        """A spokesman's group: «یحیی سریع، سخنگوی نظامی حوثی‌ها» speaks for the Houthis."""
        return self.spokesman_of.get(eid, eid)

    def _price_threats(self, s: Sentence, slots: list, resolved: dict[int, list[str]], ctx: Context) -> None:
        """«X بهای سنگینی خواهد پرداخت», «X پشیمان خواهد شد», «X تاوان … را خواهد داد» in someone's words: the
        speaker threatens X. The speaker is the subject before the quote or the speech verb, else the person
        in focus (a quote continued from the sentence before)."""
        toks = s.tokens
        n = len(toks)
        sq = sentence_index(s).squeezed  # squeeze(t.text) of every token, computed once per sentence
        for q in (range(1, n) if not _PRICE_NOUNS.isdisjoint(sq) else ()):
            w = sq[q]
            if w not in _PRICE_NOUNS:
                continue
            fut = next((j for j in range(q + 1, min(n, q + 6)) if squeeze(toks[j].text) in _FUTURE_AUX), None)
            must = fut is None and _SQ_MUST in sq[max(0, q - 4): q] and any(  # «ایران باید «پیامدهای آن را بپذیرد»»
                v.start > q and v.start - q <= 6 and squeeze(v.lemma) in _BEARING for v in self.ex.rel.verbs(s))
            if not must and (fut is None or fut + 1 >= n or squeeze(toks[fut + 1].text) not in _PRICE_VERBS.get(w, _PRICE_VERBS["*"])):
                continue
            said = [v.end for v in self.ex.rel.verbs(s) if v.end <= q and _speech(toks, v)]
            lo = max([j + 1 for j in range(q) if toks[j].text in ("«", ":", "\"", "که", "؛")
                      and not (j == q - 1 and toks[j].text == "«")] + said, default=0)  # («بهای سنگینی» quoted alone)
            victims = [sl for sl in slots if lo <= sl.chunk.start < q and sl.marker is None and sl.coord_head is None]
            if not victims:
                continue
            k = slots.index(victims[-1])
            chain = [slots[m].chunk for m in range(len(slots)) if m == k or slots[m].coord_head == k]
            speakers: list[str] = []
            head = [sl for sl in slots if sl.chunk.end <= lo and sl.marker is None and sl.coord_head is None]
            if head:
                speakers = resolved.get(id(head[0].chunk), [])
            elif toks[0].text in ("«", "\""):
                speakers = list(ctx.topic)  # «…» quoted after «X گفت:»
            self._threats_by(s, speakers, chain, resolved)

    def _ruin_threats(self, s: Sentence, slots: list, resolved: dict[int, list[str]], ctx: Context) -> None:
        """Ruin promised in someone's words: «X گفت حزب‌الله را به عصر حجر بازمی‌گردانیم», «ترامپ به حوثی‌ها گفت:
        «جهنم بر سرتان خواهد بارید»», «این کریدور گورستان مزدوران ترامپ می‌شود»: the speaker threatens the target
        (a threat made, never an attack)."""
        text = sentence_index(s).squeezed
        toks = s.tokens
        frame, ctx.quote_frame = ctx.quote_frame, None
        if toks and toks[-1].text == ":":  # «ترامپ به حوثی‌ها گفت:» — the quote follows in the next sentence
            said = [v for v in self.ex.rel.verbs(s) if _speech(toks, v)]
            if said:
                speakers = self._said_by(slots, said[-1], resolved)
                to = [i for sl in slots if sl.marker == "به" and sl.chunk.end <= said[-1].start for i in resolved.get(id(sl.chunk), [])]
                if speakers and to:
                    ctx.quote_frame = (speakers, to)
        if _RUIN_WORDS.isdisjoint(text):
            return
        hit = next(q for q, w in enumerate(text) if w in _RUIN_WORDS)
        if frame is not None and toks[0].text in ("«", "\"") and not any(
                sl.marker == "را" and sl.chunk.start < hit + 6 for sl in slots):
            for a in frame[0]:
                for b in frame[1]:
                    a2, b2 = self._fit("threatens", a, "s"), self._fit("threatens", b, "o")
                    if a2 is not None and b2 is not None and a2 != b2:
                        self._add(s, a2, "threatens", b2, "occurred", {}, 0.6)
            return
        said = [v for v in self.ex.rel.verbs(s) if v.end <= hit and _speech(toks, v)]
        if not said and not any(t.text in ("«", ":") for t in toks[:hit]):
            return
        lo = said[-1].end if said else 0
        speakers: list[str] = []
        if said:
            speakers = self._said_by(slots, said[-1], resolved)
        elif toks[0].text in ("«", "\""):
            speakers = list(ctx.topic)
        if not speakers:
            return
        targets = [sl for sl in slots if lo <= sl.chunk.start and sl.chunk.start < hit + 6 and sl.coord_head is None
                   and (sl.marker == "را" or (sl.marker == "gen_other" and sl.chunk.start > hit))]
        if not targets and hit + 2 < len(toks) and squeeze(toks[hit + 1].text) in _BECOME:
            # «X تهدید کرد حزب‌الله … نابود خواهد شد»: the one to be ruined is the complement's subject
            targets = [sl for sl in slots if lo <= sl.chunk.start < hit and sl.marker is None and sl.coord_head is None][:1]
        if not targets and said:  # «X به Y گفت: …»: the one addressed
            targets = [sl for sl in slots if sl.marker == "به" and sl.chunk.end <= said[-1].start and sl.coord_head is None]
        for sl in targets[:1]:
            k = slots.index(sl)
            chain = [slots[m].chunk for m in range(len(slots)) if m == k or slots[m].coord_head == k]
            self._threats_by(s, speakers, chain, resolved)

    def _promised_responses(self, s: Sentence, slots: list, resolved: dict[int, list[str]], ctx: Context) -> None:
        """«روسیه به اقدامات خصمانه لیتوانی پاسخ خواهد داد», «به هرگونه تجاوز X پاسخ قاطعی خواهیم داد»: a response
        promised to someone's acts threatens them (the promise is made now)."""
        sq = sentence_index(s).squeezed
        if _SQ_RESPONSE.isdisjoint(sq):
            return
        toks = s.tokens
        for v in self.ex.rel.verbs(s):
            if v.tense != "future" or v.negated or squeeze(v.lemma) != squeeze("داد"):
                continue
            q = next((j for j in range(v.start - 1, max(-1, v.start - 4), -1) if sq[j] in _SQ_RESPONSE), None)
            if q is None:
                continue
            lo = max((j + 1 for j in range(q) if j < q - 1 and (toks[j].text in (":", "که", "؛", "،") or toks[j].text == "«"
                      and not any(t.text == "»" for t in toks[j: q]))), default=0)  # «خصمانه» inside is no quote
            to = [k for k, sl in enumerate(slots) if lo <= sl.chunk.start < q and sl.marker in ("به", "gen_other")
                  and sl.coord_head is None and (sl.marker == "به" or sl.np_marker == "به")]
            if not to:
                continue
            span = sq[slots[to[0]].chunk.start - 4: v.end]
            if not any(w.startswith(_HOSTILE_ACTS) for w in span):
                continue  # «به نامه اتحادیه اروپا پاسخ خواهد داد»: an answer, not a riposte
            subj = [sl for sl in slots if lo <= sl.chunk.start < slots[to[0]].chunk.start and sl.marker is None and sl.coord_head is None]
            if subj:
                speakers = resolved.get(id(subj[-1].chunk), [])
            else:
                said = [x for x in self.ex.rel.verbs(s) if x.end <= q and _speech(toks, x)]
                speakers = self._said_by(slots, said[-1], resolved) if said else list(ctx.topic) if toks[0].text in ("«", "\"") else []
            k = to[0]
            chain = [slots[m].chunk for m in range(len(slots)) if m == k or slots[m].coord_head == k]
            self._threats_by(s, speakers, chain, resolved)
            return

    def _listed_for_sanctions(self, s: Sentence, slots: list, resolved: dict[int, list[str]]) -> None:
        """«بر اساس فرمان اجرایی ترامپ، A، B و C در فهرست تحریم‌ها قرار گرفتند»: listed with no sanctioner named
        after the list — the one whose order it was, else the sanctioner of the sentences before."""
        sq = sentence_index(s).squeezed
        if _SQ_LIST not in sq:
            return
        toks = s.tokens
        q = next((j for j in range(len(sq) - 3) if sq[j] == _SQ_LIST and sq[j + 1].startswith(_SQ_SANCTION)), None)
        if q is None or q + 2 >= len(sq) or sq[q + 2] != squeeze("قرار") or not sq[q + 3].startswith(squeeze("گرفت")):
            return  # «در فهرست تحریم‌های آمریکا قرار گرفت» names its sanctioner: the lexicon reads it
        order = [sl for sl in slots if sl.chunk.end <= q and sl.chunk.start >= 2
                 and (sq[sl.chunk.start - 1] in _ORDER_NOUNS or sq[sl.chunk.start - 2] in _ORDER_NOUNS)]
        lo = max((sl.chunk.end for sl in order), default=0)
        listed = [sl for sl in slots if lo <= sl.chunk.start and sl.chunk.end <= q and sl.marker in (None, "gen_other", "gen")]
        if not listed:
            return
        patients = [i for sl in listed for i in resolved.get(id(sl.chunk), [])]
        agents = [i for sl in order for i in resolved.get(id(sl.chunk), [])] or self._agents_of_last({"sanctions"}, s)
        for a in dict.fromkeys(agents):
            for b in dict.fromkeys(patients):
                a2, b2 = self._fit("sanctions", a, "s"), self._fit("sanctions", b, "o")
                if a2 is not None and b2 is not None and a2 != b2 and b2 not in (self._home(a2), self._state(a2)):
                    self._add(s, a2, "sanctions", b2, "occurred", {}, 0.65)

    def _legitimate_targets(self, s: Sentence, slots: list, resolved: dict[int, list[str]]) -> None:
        """«X اعلام کرد پایگاه‌های آمریکا در منطقه هدف مشروع ما هستند», «… هر پایگاه در اتیوپی «هدف مشروع» نیروهای او
        خواهد بود»: what the speaker declares a legitimate target is threatened."""
        sq = sentence_index(s).squeezed
        if _SQ_TARGETS.isdisjoint(sq):
            return
        hit = next((q for q in range(len(sq) - 1) if sq[q] in _SQ_TARGETS and sq[q + 1].startswith(_SQ_LEGIT)), None)
        if hit is None:
            return
        toks = s.tokens
        said = [v for v in self.ex.rel.verbs(s) if v.end <= hit and (_speech(toks, v) or squeeze(v.lemma) == squeeze("داد")
                                                                     and v.start > 0 and sq[v.start - 1] == squeeze("هشدار"))]
        if not said:
            return
        speakers = self._said_by(slots, said[-1], resolved)
        targets = [sl for sl in slots if said[-1].end <= sl.chunk.start < hit and sl.coord_head is None
                   and sl.marker in (None, "gen", "gen_other") and sl.np_marker != "در"]  # «… در اوکراین»: where, not whom
        for sl in targets[:2]:
            k = slots.index(sl)
            chain = [slots[m].chunk for m in range(len(slots)) if m == k or slots[m].coord_head == k]
            self._threats_by(s, speakers, chain, resolved)

    @staticmethod
    def _said_by(slots: list, verb, resolved: dict[int, list[str]]) -> list[str]:
        """The actors of the first unmarked chunk before a verb of saying (its speaker)."""
        head = next((sl for sl in slots if sl.chunk.end <= verb.start and sl.marker is None and sl.coord_head is None), None)
        return resolved.get(id(head.chunk), []) if head is not None else []

    def _appointments(self, s: Sentence, slots: list, resolved: dict[int, list[str]], ctx: Context) -> None:
        """Posts given by the clause rather than by apposition.

        «X را به عنوان وزیر دفاع برگزید», «X به ریاست ستاد منصوب شد», «X وزیر خارجه شد»,
        «X همچنان در سمت رئیس ستاد باقی می‌ماند», «بلوسوف را وزیر دفاع روسیه کرد».
        """
        toks = s.tokens
        words = [t.text for t in toks]
        for k, sl in enumerate(slots):
            c = sl.chunk
            office = self._ministry_as_post(c, words)
            if office is not None:
                c = office  # «پسرش محمد بن سلمان را به وزارت دفاع منصوب کرد»: appointed to lead the ministry
            if c.kind != "role" or c.plural or c.former or not c.roles or not c.roles[0].predicate:
                continue
            lead = " ".join(words[max(0, c.start - 2): c.start])
            lead1 = words[c.start - 1] if c.start > 0 else ""
            after = analyze_verb(words, c.end) if c.end < len(words) else None
            after_lemma = after.lemma if after else ""
            pre_verb = words[after.start - 1] if after and after.start > 0 else ""
            holder: str | None = None
            status = "occurred"
            as_role = squeeze(lead) in _AS_ROLE or squeeze(lead1) in _AS_ROLE or (
                lead1 == "به" and squeeze(words[c.start]) in _OFFICE_NOUNS)  # «X را به فرماندهی کل سپاه منصوب کرد»
            copular = after is not None and after.start == c.end and (
                after_lemma in ("شد", "ماند") or (after_lemma == "بود" and after.tense == "present")
                or (after_lemma == "کرد" and any(x.marker == "را" for x in slots[:k])))
            if not (as_role or copular):
                continue
            if after is not None and after_lemma == "بود" and after.tense in ("past", "pluperfect"):
                continue  # «… تا روز یکشنبه وزیر دفاع بود»: a former post
            # the person: the «را» object before the post, else the clause subject
            def named_person(x) -> bool:  # a named person, not another post resolved to its holder
                return x.chunk.kind != "role" and any(self._type(i) == "Person" for i in resolved.get(id(x.chunk), []))
            ra = [x for x in slots[:k] if named_person(x) and (x.marker == "را" or _ra_after_apposition(toks, x.chunk.end))]
            subj = [x for x in slots[:k] if x.marker in (None, "agent") and named_person(x)]
            pick = ra[-1] if ra else (subj[-1] if subj else None)
            if pick is None or office is not None and not ra and after_lemma != "شد" and not any(
                    v.lemma == "شد" for v in self.ex.rel.verbs(s) if v.start >= c.end):
                continue  # «X Y را به وزارت دفاع منصوب کرد»: the appointer is no minister (Y unnamed: no one)
            holder = next(i for i in resolved[id(pick.chunk)] if self._type(i) == "Person")
            appointer = next((i for x in subj if x is not pick for i in resolved.get(id(x.chunk), []) if self._type(i) == "Person"), None)
            verb = next((v for v in self.ex.rel.verbs(s) if v.start >= c.end), None)
            if verb is not None:
                pv = squeeze(words[verb.start - 1]) if verb.start > 0 else ""
                if pv in _NOMINATE:
                    status = "planned"
                if verb.negated:
                    status = "negated"
            role = c.roles[0]
            owners = self._owners(c, role, ctx)
            if not owners:
                base = self.person_country.get(appointer or "") or self.person_country.get(holder) or ctx.last_country
                owners = [base] if base else []
            key = "portfolio" if role.predicate == "ministerOf" else ("title" if role.predicate == "leaderOf" else "branch")
            for of in owners:
                if status == "occurred":
                    self.roles[(role.predicate, role.qualifier, of)] = holder  # type: ignore[index]
                self.person_country.setdefault(holder, of)
                self._add(s, holder, role.predicate, of, status, {key: role.qualifier}, 0.85)  # type: ignore[arg-type]
            c.kind = "appointed"
            resolved[id(c)] = []
            if office is not None:
                sl.chunk.kind = "appointed"
                resolved[id(sl.chunk)] = []

    def _ministry_appointments(self, s: Sentence, slots: list, resolved: dict[int, list[str]], ctx: Context) -> None:
        """«پسرش محمد بن سلمان را به وزارت دفاع منصوب کرد»: a ministry named without its state — the appointer's."""
        words = [t.text for t in s.tokens]
        for q in range(len(words) - 2):
            if words[q] != "به" or not squeeze(words[q + 1]).startswith(_SQ_MINISTRY) \
                    or any(x.chunk.start <= q + 1 < x.chunk.end for x in slots) \
                    or not any(squeeze(w).startswith(_SQ_APPOINTED) for w in words[q + 2: q + 10]):
                continue
            role = next((h[0][0] for n in (3, 2, 1) for h in [self.ex.finder.roles.lookup(
                " ".join(["وزیر"] + words[q + 2: q + 2 + n]))] if h and h[0][0].predicate == "ministerOf"), None)
            if role is None:
                continue
            def persons(x) -> list[str]:
                return [i for i in resolved.get(id(x.chunk), []) if self._type(i) == "Person"]
            ra = [x for x in slots if x.chunk.end <= q and persons(x) and (
                x.marker == "را" or x.chunk.end < len(words) and words[x.chunk.end] == "را")]  # («پسرش X را»)
            subj = [x for x in slots if x.chunk.end <= q and x.marker in (None, "agent") and persons(x)]
            if not ra:
                continue
            holder = persons(ra[-1])[0]
            appointer = next((p for x in subj for p in persons(x) if p != holder), None)
            of = self.person_country.get(appointer or "") or self.person_country.get(holder) or ctx.last_country
            if of is None or self._type(of) != "Country":
                continue
            self.roles[(role.predicate, role.qualifier, of)] = holder
            self.person_country.setdefault(holder, of)
            self._add(s, holder, "ministerOf", of, "occurred", {"portfolio": role.qualifier}, 0.8)

    def _ministry_as_post(self, c: Chunk, words: list[str]) -> Chunk | None:
        """«به وزارت دفاع منصوب کرد»: a ministry one is appointed to stands for its minister's post."""
        if c.kind not in ("institution", "kb") or c.start == 0 or words[c.start - 1] != "به" \
                or not squeeze(words[c.start]).startswith(_SQ_MINISTRY) \
                or not any(squeeze(w).startswith(_SQ_APPOINTED) for w in words[c.end: c.end + 8]):
            return None
        head = " ".join(words[c.start: c.end]).replace("وزارت", "وزیر", 1)
        for n in range(c.end - c.start, 0, -1):  # «وزارت دفاع عربستان» → «وزیر دفاع»
            hit = self.ex.finder.roles.lookup(" ".join(head.split()[:n]))
            if hit and hit[0][0].predicate == "ministerOf":
                owners = list(c.role_of)
                if c.kind == "kb":  # «وزارت دفاع روسیه» in the KB: the state it is part of
                    kb = self.kb.get(c.ids[0]) if c.ids else None
                    owners = [kb.part_of] if kb is not None and kb.part_of and self._type(kb.part_of) == "Country" else []
                return dataclasses.replace(c, kind="role", roles=[hit[0][0]], role_of=owners)
        return None

    def _role_facts(self, s: Sentence, c: Chunk, ids: list[str], ctx: Context) -> None:
        if c.kind != "person" or not ids or not c.roles or c.former:
            return
        pid = ids[0]
        for role in c.roles:
            if not role.predicate:
                if c.role_of and "سخنگو" in role.phrase:
                    self.spokesman_of.setdefault(pid, c.role_of[0])
                elif "سخنگو" in role.phrase and not c.of_ref and self.doc.text[c.char_end: c.char_end + 3].lstrip().startswith("«"):
                    # «X، سخنگوی «ارتش ملی لیبی»، …»: the body named in guillemets right after the post
                    after = self.doc.text[c.char_end: c.char_end + 60].split("»")[0]
                    bodies = [eid for h in self.ex.kb_gaz.find(after) for kind, eid in h.payloads
                              if kind in ("name", "org") and self._type(eid) == "Organization"]
                    quoted = after.strip().lstrip("«").strip()
                    if not bodies and 2 <= len(quoted.split()) <= 6 and "»" in self.doc.text[c.char_end: c.char_end + 62]:
                        bodies = [minted_id("Organization", quoted)]  # a body the KB does not know (see mentions 7b)
                    if bodies:
                        self.spokesman_of.setdefault(pid, bodies[0])
                elif "سخنگو" in role.phrase and not c.of_ref and (
                        "وزارت" in c.surface or self.doc.text[c.char_end: c.char_end + 8].lstrip().startswith(("وزارت", "دولت"))):
                    # «X، سخنگوی وزارت امور خارجه ایران،»: the state named after the body, else (a domestic agency's
                    # copy, «سخنگوی وزارت امور خارجه») the outlet's own state
                    after = self.doc.text[c.char_end: c.char_end + 48].split("،")[0]
                    states = [eid for h in self.ex.kb_gaz.find(after) for kind, eid in h.payloads
                              if kind == "name" and self._type(eid) == "Country"]
                    if states or self.home:
                        self.spokesman_of.setdefault(pid, states[0] if states else self.home)  # type: ignore[arg-type]
                continue
            owners = self._owners(c, role, ctx)
            if c.role_of and owners and self._type(owners[0]) == "Country":
                ctx.role_state = (c.sent, owners[0])
            for of in owners:
                self._entity(of)
                key = "portfolio" if role.predicate == "ministerOf" else ("title" if role.predicate == "leaderOf" else "branch")
                qual = role.qualifier
                if role.predicate == "commanderOf" and c.branch:
                    qual = c.branch if qual == "commander" else qual
                self.person_country.setdefault(pid, of)
                if self._type(of) == "Place" and (role.predicate == "commanderOf" or (
                        self.kb.get(of) is not None and not self.kb.get(of).located_in)):  # type: ignore[union-attr]
                    continue  # «قوماندان امنیه کندهار»: a provincial command; «رؤسای جمهور آمریکای لاتین»: a region
                self._add(s, pid, role.predicate, of, "planned" if c.elect else "occurred", {key: qual}, 0.92)

    # ------------------------------------------------------------ relations
    @staticmethod
    def _one_versus_rest(s: Sentence, chunks: list[Chunk], resolved: dict[int, list[str]]) -> str | None:
        """The first of «X و A، B، … و Z» (an «و», then commas): X faces the list after it, not each of its members."""
        chain = sorted(chunks, key=lambda c: c.start)
        if len(chain) < 3:
            return None
        seps = [{t.text for t in s.tokens[a.end: b.start]} for a, b in zip(chain, chain[1:])]
        if not (seps[0] == {"و"} and any(sp <= {"،", ","} and sp for sp in seps[1:])):
            return None
        ids = resolved.get(id(chain[0]), [])
        return ids[0] if len(ids) == 1 else None

    def _facts_from(self, s: Sentence, cand: Candidate, resolved: dict[int, list[str]], ctx: Context) -> None:
        pred = cand.frame.predicate
        subjects = [i for c in cand.subjects for i in resolved.get(id(c), [])]
        if pred == "sanctions" and cand.status != "hypothetical":
            objects = [i for c in cand.objects for i in (self._sanctioned_body(c, resolved) or resolved.get(id(c), []))]
        else:
            objects = [i for c in cand.objects for i in resolved.get(id(c), [])]
            if subjects and any(c.kind == "ref" and c.ref == "person" and set(resolved.get(id(c), ())) & set(subjects)
                                for c in cand.objects):
                # «X و Y از او استقبال کردند»: «او» is not a co-argument (that would be «خود»), but someone before
                other = next((p for p in reversed(ctx.recent_persons) if p not in subjects), None)
                objects = [i for c in cand.objects for i in (
                    ([other] if other else []) if c.kind == "ref" and c.ref == "person" else resolved.get(id(c), []))]
        conf = cand.confidence
        if cand.inherited_subject and not subjects:
            subjects = list(ctx.topic) or ([ctx.last_person_subject] if ctx.last_person_subject else [])
            if cand.plural_verb and len(subjects) == 1 and self._type(subjects[0]) == "Person":
                return  # «… شلیک کردند»: a plural verb's dropped subject is not the one person in focus
            conf *= 0.8
        if cand.frame.reverse and cand.inherited_subject:
            subjects, objects = objects, subjects
        if cand.speakers and not any(self._fit(pred, a, "s") for a in subjects):
            subjects = [i for c in cand.speakers for i in resolved.get(id(c), [])]  # «X گفت Y تهدیدی برای منطقه است»
        if cand.continues:
            ctx.pending_threat = (list(dict.fromkeys(subjects)), cand.status, conf, dict(cand.qualifiers))
            return
        if cand.unclaimed:
            ctx.unclaimed = (list(dict.fromkeys(objects)), s.index, conf)
            return
        if pred == "attacks" and cand.status == "planned" and any(
                squeeze(t.text).startswith(_READY) for t in s.tokens[max(0, cand.trigger_start - 14): cand.trigger_start]):
            # «آماده‌اند پایگاه‌های آمریکا را هدف قرار دهند», «آماده حمله به X است»: readiness to strike is a threat
            pred = "threatens"
            cand = Candidate(next((f for f in self.ex.lex.noun_frames.lookup("تهدید") or () if f.predicate == "threatens"), cand.frame),
                             cand.subjects, cand.objects, "occurred", cand.confidence * 0.8, cand.trigger_start, cand.trigger_end)
        if pred == "memberOf" and cand.status == "occurred" and not cand.frame.is_verb and any(
                squeeze(t.text).startswith(_ACCESSION_PENDING) for t in s.tokens[max(0, cand.trigger_start - 3): cand.trigger_start]):
            # «مذاکرات پیوستن X به Y», «نامزد عضویت», «برای پیوستن … دعوت شد»: membership still to come
            cand = dataclasses.replace(cand, status="planned")
        if pred == "alliedWith" and not cand.pair_mode and squeeze(cand.frame.trigger) in _SQ_ALLY_NOUNS:
            blocs = [b for b in dict.fromkeys(objects) if self._type(b) == "Organization"
                     and getattr(self.kb.get(b), "kind", None) == "alliance"]
            if blocs:
                # «ترکیه و یونان هر دو متحد ناتو هستند»: members of the bloc, and allies of one another
                members = list(dict.fromkeys(x for x in (self._fit("memberOf", a, "s") for a in subjects) if x is not None))
                for a in members:
                    for b in blocs:
                        if a != b:
                            self._add(s, a, "memberOf", b, cand.status, {}, conf)
                states = [x for x in members if self._type(x) == "Country"]
                for a, b in combinations(states if len(states) <= _MAX_ALLIANCE_CLIQUE else [], 2):
                    self._add(s, a, "alliedWith", b, cand.status, {"basis": getattr(self.kb.get(blocs[0]), "label_en", None) or self._entity(blocs[0]).label}, conf)
                objects = [o for o in objects if o not in blocs]
        if pred == "memberOf" and cand.status == "occurred" and squeeze(cand.frame.trigger) in _SQ_FOUNDING:
            blocs = [b for b in dict.fromkeys(objects) if getattr(self.kb.get(b), "kind", None) == "alliance"]
            founders = [x for x in dict.fromkeys(self._fit("memberOf", a, "s") for a in subjects)
                        if x is not None and self._type(x) == "Country"]
            if blocs and 2 <= len(founders) <= _MAX_ALLIANCE_CLIQUE:
                # «مالی، بورکینافاسو و نیجر «اتحاد کشورهای ساحل» را بنیان گذاشتند»: the founders of an alliance are allies
                for a, b in combinations(founders, 2):
                    self._add(s, a, "alliedWith", b, "occurred", {"basis": self._entity(blocs[0]).label}, conf * 0.9)
        pairs: list[tuple[str, str]] = []
        if cand.pair_mode:
            uniq = list(dict.fromkeys(subjects))
            if pred == "attacks" and squeeze(cand.frame.trigger).startswith(_SQ_CLASH):
                uniq = [x for x in uniq if self._type(x) != "Person"]  # «درگیری لفظی میان X و Y»: people clash in words
            pairs = list(combinations(uniq, 2))
            first = self._one_versus_rest(s, cand.subjects, resolved)
            if first is not None and pred != "attacks":
                # «توافق میان ایران و آمریکا، روسیه، چین …»: «X و [A، B، C]» — one party facing a group
                pairs = [(first, x) for x in uniq if x != first]
            if pred == "attacks":  # mutual attacks go both ways
                pairs += [(b, a) for a, b in pairs]
            if pred == "alliedWith" and len(uniq) > _MAX_ALLIANCE_CLIQUE:
                pairs = []  # «شش کشور با یک پیمان دفاع مشترک به یکدیگر متعهدند»: members of a bloc, not allies two by two
        else:
            pairs = [(a, b) for a in dict.fromkeys(subjects) for b in dict.fromkeys(objects)]
        if pred == "memberOf" and not objects and subjects and ctx.last_org:
            body = ctx.last_org
            after = s.tokens[cand.trigger_end].text if cand.trigger_end < len(s.tokens) else ""
            if squeeze(after) in _ORG_REF_HEADS:  # «چهار کشور عضو اتحادیه»: the union named before, not any body
                named = self._org_named_by(dataclasses.replace(cand.subjects[0], surface=after), ctx)
                body = named[0] if named else None
            pairs = [(a, body) for a in dict.fromkeys(subjects)] if body else []  # «به عضویت کامل درآید»: the body in focus
            conf *= 0.7
        exercise = pred == "cooperatesWith" and dict(cand.qualifiers).get("domain") == "exercise"
        if exercise and cand.pair_mode and ctx.participation == s.index:
            return  # participants of the exercise in focus join its hosts, not one another
        if exercise and cand.status in ("occurred", "planned") and pairs and not ctx.participation == s.index \
                and not any("شرکت" in v for v in (cand.frame.verbs or ())):  # taking part does not make a host
            ctx.exercise_hosts = tuple(dict.fromkeys(x for ab in pairs for x in ab if self._type(x) == "Country"))
        added_before = len(self.facts)
        for a, b in pairs:
            if pred == "meetsWith" and self.person_country.get(a) and self.person_country.get(a) == self.person_country.get(b) \
                    and cand.pair_mode:
                continue  # two ministers of one state at a summit do not «meet»
            a2, b2 = self._fit(pred, a, "s"), self._fit(pred, b, "o")
            if a2 is not None and a2 == b2 and pred in _HOSTILE_PREDICATES \
                    and any(c.kind == "ref" and c.ref == "country" for c in cand.objects):
                b2 = next((x for x in reversed(ctx.country_history) if x != a2), None)  # «حمله روسیه به این کشور»
            if a2 is None or b2 is None or a2 == b2:
                continue
            if cand.pair_mode and pred in ("cooperatesWith", "alliedWith") and {self._type(a2), self._type(b2)} == {"Person", "Country"}:
                continue  # «به گفته او، ایران، روسیه و سوریه … همکاری دارند»: a speaker of no known state is no party
            if pred == "visits" and self._type(b2) == "Country" and b2 == self._home(a2):
                continue  # «پوتین از رزمایش روسیه بازدید کرد»: no one visits their own state
            if pred in _HOSTILE_PREDICATES and self._type(b2) == "Person" and self._home(b2) in (a2, self._home(a2)) \
                    and self._home(b2) is not None:
                continue  # «روحانی تحریم رهبر انقلاب را وقیحانه خواند»: no state fears its own leader
            if pred in _HOSTILE_PREDICATES and self._type(b2) == "Country" and b2 in (self._home(a2), self._state(a2)):
                continue  # «مادورو هشدار داد هرگونه حمله به خاک ونزوئلا …»: no one threatens their own state
            self._add(s, a2, pred, b2, cand.status, dict(cand.qualifiers), conf)
            kbb = self.kb.get(b2) if pred == "sanctions" else None
            if kbb is not None and kbb.type == "Organization" and kbb.part_of and self._type(kbb.part_of) == "Country" \
                    and kbb.kind not in ("alliance", "intergovernmental", "company") and kbb.part_of != a2 \
                    and dict(cand.qualifiers).get("means") == "terrorist_listing":
                # «سپاه را سازمانی تروریستی اعلام کرد»: the body listed, and through it its state
                self._add(s, a2, pred, kbb.part_of, cand.status, dict(cand.qualifiers), conf * 0.8)
            if pred == "meetsWith" or (pred == "signsAgreementWith" and cand.pair_mode):
                if self._type(a) == "Person" and self._type(b) == "Person":
                    if pred == "signsAgreementWith" and not any(squeeze(t.text) in _APART for t in s.tokens) \
                            and squeeze(cand.frame.trigger).startswith(_SQ_SIGNED):  # («بر سر آن توافق کرده‌اند»: agreed, maybe apart)
                        # two signatories in one sentence met (not when they signed «جداگانه», each in his own place)
                        self._add(s, a, "meetsWith", b, cand.status, {}, conf * 0.85)
                    ctx.person_pair = (a, b)
                    ca, cb = self._home(a), self._home(b)
                    if ca and cb and ca != cb:
                        ctx.focus_pair = (ca, cb)
        # «جنگنده‌های آمریکا و انگلیس به مواضع انصارالله حمله کردند»: states striking together cooperate
        # (not one after the other: «اسرائیل و سپس آمریکا تأسیسات ایران را هدف قرار دادند»)
        subj_span = (min((c.start for c in cand.subjects), default=0), max((c.end for c in cand.subjects), default=0))
        if pred == "attacks" and cand.status in ("occurred", "planned") and not cand.pair_mode and len(self.facts) > added_before \
                and not any(squeeze(t.text) in _SEQUENCE_WORDS for t in s.tokens[subj_span[0]: subj_span[1]]):
            allies = list(dict.fromkeys(x for x in (self._fit("cooperatesWith", a, "s") for a in subjects)
                                        if x is not None and self._type(x) == "Country"))
            for a, b in combinations(allies, 2):
                self._add(s, a, "cooperatesWith", b, cand.status, {"domain": "operations"}, conf * 0.75)
        # «به مقرهای جیش‌العدل در منطقه پنجگور حمله کرد», «علیه مواضع پ‌ک‌ک در مناطق متینا، زاپ و آواشین»:
        # the named places where the target was struck are struck too
        if pred == "attacks" and cand.status in ("occurred", "planned") and cand.objects and len(self.facts) > added_before and not any(
                self._type(i) == "Place" for i in resolved.get(id(max(cand.objects, key=lambda c: c.end)), [])):
            # (a place struck «در» another is located there: «نطنز در استان اصفهان»)
            end = obj_end = max(c.end for c in cand.objects)
            toks = s.tokens
            for pc in sorted(cand.place_chunks, key=lambda c: c.start):
                if pc in cand.objects or pc.start < end:
                    continue
                gap = toks[end: pc.start]
                while gap and gap[0].text in (")", "»", "را"):
                    gap = gap[1:]  # «مواضع داعش را در استان‌های حلب و ادلب بمباران کردند»
                if gap and gap[0].text == "(" and any(t.text == ")" for t in gap[:6]):
                    gap = gap[next(k for k, t in enumerate(gap) if t.text == ")") + 1:]  # «کاروان پلیس هند (CRPF) در …»
                coord = bool(gap) and {t.text for t in gap} <= {"،", "و", ","}
                if len(gap) > 5 or any(t.kind == "word" and is_verb(t.text) for t in gap) or not (
                        coord and end != obj_end or gap and gap[0].text == "در" and end == obj_end):
                    break  # the first places after the target, and those listed with them
                end = pc.end
                for place in resolved.get(id(pc), []):
                    kbp = self.kb.get(place)
                    capital = kbp is not None and bool(kbp.metonym_for or kbp.type == "Country")
                    if capital:
                        # «… در اطراف طرابلس»: a capital named where a target lay is the city, not its state
                        place = next((eid for kind, eid in self.ex.kb_gaz.lookup(pc.surface) if kind == "name"
                                      and self._type(eid) == "Place" and (self.kb.get(eid) or kbp).metonym_for), "")
                        kbp = None
                    if not place or self._type(place) != "Place":
                        continue  # a state: where, not what, was struck
                    for a in dict.fromkeys(a for a, _ in pairs):
                        a2 = self._fit(pred, a, "s")
                        if a2 is not None and a2 != place and not (capital and self._state(place) == a2):
                            self._add(s, a2, pred, place, cand.status, dict(cand.qualifiers), conf * 0.9)
        # meeting, talks or a signing in a place: a participant from another state visits it
        if pred in ("meetsWith", "signsAgreementWith") and cand.status in ("occurred", "planned"):
            for pc in cand.place_chunks:
                for place in resolved.get(id(pc), []):
                    pstate = self._state(place)
                    if pstate is None:
                        continue
                    # «در بغداد با X، در بیروت با Y و در دمشق با Z دیدار کرد»: each one met in his own place
                    paired = {id(c): q for c in cand.objects for q in cand.place_chunks
                              if q.end + 1 == c.start and s.tokens[q.end].text == "با"}
                    if paired:  # (a name listed after a paired one, «با Y و Z», was met in Y's place)
                        paired = {id(c): max((q for q in cand.place_chunks if q.end < c.start), key=lambda q: q.end, default=pc)
                                  for c in cand.objects}
                    people = {i for c in cand.subjects + [c for c in cand.objects if paired.get(id(c), pc) is pc]
                              for i in resolved.get(id(c), [])}
                    # «X، سفیر ژاپن در این کشور»: an ambassador serves where he signs, he does not visit
                    envoys = {i for c in cand.subjects + cand.objects if any(
                        squeeze(getattr(r, "phrase", "")).startswith(_SQ_ENVOY) for r in (c.roles or ()))
                        for i in resolved.get(id(c), [])}
                    ctx.event_place = (s.index, place)
                    for person in sorted(people - envoys):
                        if self._type(person) == "Person" and self._home_state(person) not in (None, pstate):
                            f = self._add(s, person, "visits", self._fit("visits", place, "o") or place, cand.status, {}, conf * 0.8)
                            if f is not None:
                                self.inferred.add(f.key)

    def _rotating_chair(self, s: Sentence, slots: list, resolved: dict[int, list[str]]) -> None:
        """«روسیه ریاست دوره‌ای بریکس را بر عهده گرفت»: a state chairing a body in turn is a member of it."""
        toks = s.tokens
        for k, sl in enumerate(slots):
            c = sl.chunk
            if c.kind != "role" or not squeeze(c.surface).startswith(_CHAIR) or c.end >= len(toks) or toks[c.end].text != "را":
                continue
            subj = [x for x in slots[:k] if x.marker is None and x.coord_head is None and resolved.get(id(x.chunk))]
            if not subj:
                continue
            for a in resolved[id(subj[-1].chunk)]:
                for org in c.role_of:
                    a2, b2 = self._fit("memberOf", a, "s"), self._fit("memberOf", org, "o")
                    if a2 is not None and b2 is not None and a2 != b2:
                        self._add(s, a2, "memberOf", b2, "occurred", {}, 0.65)

    def _hosted_meetings(self, s: Sentence, slots: list, resolved: dict[int, list[str]]) -> None:
        """«X میزبان این نشست بود و Y و Z در آن شرکت کردند»: the host and the people taking part met."""
        sq = sentence_index(s).squeezed
        if (_SQ_HOST not in sq and _SQ_HOSTED not in sq) or any(v.tense == "future" or v.negated for v in self.ex.rel.verbs(s)):
            return
        self._hosted_by(s, slots, resolved)
        self._host_guests(s, slots, resolved)
        q = next((j for j in range(len(sq) - 1) if sq[j] == _SQ_HOST and any(w.startswith(_MEETING_STEMS) for w in sq[j + 1: j + 3])), None)
        if q is None:
            return
        people = list(dict.fromkeys(i for sl in slots for i in resolved.get(id(sl.chunk), []) if self._type(i) == "Person"))
        if len(people) < 2 or len(people) > 5:
            return
        for a, b in combinations(people, 2):
            self._add(s, a, "meetsWith", b, "occurred", {}, 0.65)

    def _backed_by(self, s: Sentence, slots: list, resolved: dict[int, list[str]]) -> None:
        """«کتائب حزب‌الله و کتائب سیدالشهدا، دو گروه شبه‌نظامی عراقی مورد حمایت ایران»: the backer cooperates with the
        groups it backs (named right before, an apposition between)."""
        toks = s.tokens
        sq = sentence_index(s).squeezed
        if _SQ_BACKING not in sq:
            return
        for j in range(1, len(sq) - 2):
            if sq[j] != _SQ_BACKING or sq[j - 1] not in _UNDER_WORDS:
                continue
            backer = next((sl for sl in slots if sl.chunk.start == j + 1), None)
            if backer is None:
                continue
            states = [i for i in resolved.get(id(backer.chunk), []) if self._type(i) in ("Country", "Organization")]
            before = [k for k, sl in enumerate(slots) if sl.chunk.end <= j - 1 and j - 1 - sl.chunk.end <= 8
                      and not any(t.kind == "word" and is_verb(t.text) or t.text in (".", "؛", "که") for t in toks[sl.chunk.end: j - 1])]
            if not states or not before:
                continue
            k = before[-1]
            head = slots[k].coord_head if slots[k].coord_head is not None else k
            backed = [i for x in slots if x is slots[head] or x.coord_head == head for i in resolved.get(id(x.chunk), [])
                      if self._type(i) == "Organization"]
            for b in dict.fromkeys(backed):
                for st in states:
                    if b != st:
                        self._add(s, st, "cooperatesWith", b, "occurred", {"domain": "support"}, 0.55)

    def _witnessed(self, s: Sentence, slots: list, resolved: dict[int, list[str]]) -> None:
        """«A و B … در حضور X … توافقنامه را امضا کردند»: the signatories met the one in whose presence they signed."""
        sq = sentence_index(s).squeezed
        if _SQ_PRESENCE not in sq:
            return
        j = next((q for q in range(1, len(sq) - 1) if sq[q] == _SQ_PRESENCE and sq[q - 1] == "در"), None)
        if j is None or not any(w.startswith(_SQ_SIGNED) for w in sq[j:]):
            return
        verb = next((v for v in self.ex.rel.verbs(s) if v.start > j), None)
        if verb is None or verb.negated or verb.tense == "future" or not sq[verb.start - 1].startswith(_SQ_SIGNED):
            return
        head = next((k for k, sl in enumerate(slots) if sl.chunk.start in (j + 1, j + 2)), None)
        if head is None:
            return
        witness_slots = [sl for k, sl in enumerate(slots) if k == head or sl.coord_head == head]
        witnesses = [i for sl in witness_slots for i in resolved.get(id(sl.chunk), []) if self._type(i) == "Person"]
        signers = [i for sl in slots if sl.chunk.end <= j - 1 and sl.marker is None
                   for i in resolved.get(id(sl.chunk), []) if self._type(i) == "Person"]
        for a in dict.fromkeys(signers):
            for w in dict.fromkeys(witnesses):
                if a != w and self._home_state(a) != self._home_state(w):  # (not a minister and his own president)
                    self._add(s, a, "meetsWith", w, "occurred", {}, 0.6)

    def _state_named_at(self, slots: list, resolved: dict[int, list[str]], before: int) -> str | None:
        """The state of the first place named «در X» before token ``before`` (the meeting's place), if any."""
        places = [i for sl in slots if sl.marker == "در" and sl.chunk.end <= before for i in resolved.get(id(sl.chunk), [])]
        return next((st for i in places for st in [self._state(i)] if st and self._type(st) == "Country"), None)

    def _host_guests(self, s: Sentence, slots: list, resolved: dict[int, list[str]]) -> None:
        """«X، امیر کویت، (در این نشست) میزبان A، امیر قطر، و B، پادشاه بحرین، بود»: the guests came to the host's
        state (or to the place the sentence names)."""
        toks = s.tokens
        sq = sentence_index(s).squeezed
        j = next((j for j in range(1, len(sq) - 1) if sq[j] == _SQ_HOST), None)
        if j is None:
            return
        verb = next((v for v in self.ex.rel.verbs(s) if v.start > j), None)
        if verb is None or verb.lemma != "بود" or verb.negated or verb.tense not in ("past", "present"):
            return
        before = [sl for sl in slots if sl.chunk.end <= j and sl.marker is None and sl.coord_head is None]
        hosts = [i for i in resolved.get(id(before[0].chunk), []) if self._type(i) == "Person"] if before else []
        if len(hosts) != 1:
            return
        home = self._home_state(hosts[0])
        state = self._state_named_at(slots, resolved, len(s.tokens)) or home
        if state is None:
            return
        for sl in slots:
            if not (j < sl.chunk.start < verb.start):
                continue
            for g in resolved.get(id(sl.chunk), []):
                gh = self._home_state(g) if self._type(g) == "Person" else None
                if gh and gh != state and g not in hosts:
                    self._add(s, g, "visits", state, "occurred", {}, 0.6)

    def _hosted_by(self, s: Sentence, slots: list, resolved: dict[int, list[str]]) -> None:
        """«نشستی در پاریس به میزبانی X و با حضور Y و Z»: the guests met the host, and travelled to the meeting's
        place when it is abroad for them."""
        toks = s.tokens
        sq = sentence_index(s).squeezed
        j = next((j for j in range(1, len(sq) - 1) if sq[j] == _SQ_HOSTED and sq[j - 1] == "به"
                  and any(w.startswith(_MEETING_STEMS) for w in sq[max(0, j - 6): j - 1])), None)
        if j is None:
            return
        host_slot = next((sl for sl in slots if sl.chunk.start == j + 1), None)
        hosts = [i for i in resolved.get(id(host_slot.chunk), []) if self._type(i) == "Person"] if host_slot else []
        k = next((q for q in range(j + 1, len(sq) - 1) if sq[q] == "با" and sq[q + 1] == _SQ_PRESENCE), None)
        if hosts and k is None:
            self._hosted_then_attended(s, slots, resolved, j, hosts)
        if not hosts or k is None:
            return
        guests: list[str] = []
        for sl in slots:
            if sl.chunk.start <= k + 1 or any(is_verb(t.text) for t in toks[k + 2: sl.chunk.start]):
                continue
            guests += [i for i in resolved.get(id(sl.chunk), []) if self._type(i) == "Person" and i not in hosts]
        places = [i for sl in slots if sl.chunk.end <= j and sl.marker == "در" for i in resolved.get(id(sl.chunk), [])]
        state = next((self._state(i) for i in places if self._type(self._state(i)) == "Country"), None)
        for g in dict.fromkeys(guests):
            for h in hosts:
                self._add(s, h, "meetsWith", g, "occurred", {}, 0.65)
            if state and self.person_country.get(g) and self.person_country.get(g) != state:
                self._add(s, g, "visits", state, "occurred", {}, 0.6)

    def _hosted_then_attended(self, s: Sentence, slots: list, resolved: dict[int, list[str]], j: int,
                              hosts: list[str]) -> None:
        """«این نشست به میزبانی X، …، و Y، …، برگزار شد و A و B در آن شرکت کردند»: co-hosts and those taking part
        from other states came to the first host's state (or to the place the sentence names)."""
        toks = s.tokens
        verbs = self.ex.rel.verbs(s)
        held = next((v for v in verbs if v.start > j), None)
        took_part = next((v for v in verbs if held is not None and v.start > held.end), None)
        if held is None or held.negated or held.tense == "future":
            return
        home = self._home_state(hosts[0])
        state = self._state_named_at(slots, resolved, held.start) or home
        if state is None:
            return
        lo, hi = j + 1, held.start
        if took_part is not None and not took_part.negated and took_part.tense != "future" and any(
                squeeze(toks[q].text) in _ATTENDED for q in range(held.end, took_part.start + 1)):
            hi = took_part.start  # and those who took part, named after «و»
        for sl in slots:
            if lo <= sl.chunk.start < hi:
                for g in resolved.get(id(sl.chunk), []):
                    if self._type(g) != "Person" or g == hosts[0]:
                        continue
                    self._add(s, hosts[0], "meetsWith", g, "occurred", {}, 0.6)  # the host met them
                    gh = self._home_state(g)
                    if gh and gh != state:
                        self._add(s, g, "visits", state, "occurred", {}, 0.6)

    def _will_receive(self, s: Sentence, slots: list, resolved: dict[int, list[str]]) -> None:
        """«X گفت دشمنان، چه اسرائیل و چه آمریکا، پاسخ دندان‌شکن دریافت خواهند کرد»: those said to be in for a
        riposte are threatened by the speaker."""
        sq = sentence_index(s).squeezed
        if not slots or _SQ_RECEIVE not in sq:
            return  # no one named (the speaker is), or nothing received
        toks = s.tokens
        verbs = self.ex.rel.verbs(s)
        recv = next((v for v in verbs if v.start > 0 and sq[v.start - 1] == _SQ_RECEIVE and v.tense == "future"
                     and not v.negated), None)
        if recv is None or not any(w in _RETALIATION for w in sq[max(0, recv.start - 5): recv.start - 1]):
            return
        speech = next((v for v in reversed(verbs) if v.end <= recv.start and _speech(toks, v)), None)
        if speech is None:
            return
        before = [sl for sl in slots if sl.chunk.end <= speech.start and sl.marker is None and sl.coord_head is None]
        if not before:
            return
        speakers = [x for x in (self._fit("threatens", i, "s") for i in resolved.get(id(before[0].chunk), [])) if x]
        # the clause's subject: the names right after the speech verb («دشمنان، چه X و چه Y،»), up to a preposition
        targets: list[str] = []
        pos = speech.end
        for sl in sorted((sl for sl in slots if speech.end <= sl.chunk.start < recv.start), key=lambda x: x.chunk.start):
            gap = toks[pos: sl.chunk.start]
            if any(t.text in ("که", "آنچه", "اگر", "چنانچه") or self.ex.lex.prepositions.lookup(t.text) or is_verb(t.text)
                   for t in gap):
                break
            if targets and any(t.kind == "word" and t.text not in ("و", "چه") for t in gap):
                break
            targets += [x for x in (self._fit("threatens", i, "o") for i in resolved.get(id(sl.chunk), [])) if x]
            pos = sl.chunk.end
        for a in speakers:
            for b in dict.fromkeys(targets):
                if a != b and b != self._home(a):
                    self._add(s, a, "threatens", b, "occurred", {}, 0.6)

    def _plural_posts(self, s: Sentence, slots: list, resolved: dict[int, list[str]], ctx: Context) -> None:
        """«وزیران خارجه دو کشور، A و B،», «A و B، وزرای دفاع X و Y،»: two people in apposition with a plural post
        hold it, one for each state (matched by what is known of them, else in the order named)."""
        toks = s.tokens
        n = len(slots)

        def gap(a: int, b: int) -> list[str]:
            return [t.text for t in toks[slots[a].chunk.end: slots[b].chunk.start]]

        def persons(i: int) -> list[str]:
            return [p for p in resolved.get(id(slots[i].chunk), []) if self._type(p) == "Person"]

        for k, sl in enumerate(slots):
            c = sl.chunk
            if c.kind != "role" or not c.plural or not c.roles or not c.roles[0].predicate:
                continue
            states = [o for o in (c.role_of or (list(ctx.focus_pair) if c.of_ref == "pair" and ctx.focus_pair else []))
                      if self._type(o) == "Country"]
            last = k
            if len(states) == 1 and k + 1 < n and gap(k, k + 1) == ["و"]:
                states += [x for x in resolved.get(id(slots[k + 1].chunk), []) if self._type(x) == "Country"]
                last = k + 1  # «وزرای خارجه آذربایجان و ارمنستان»
            if len(states) != 2 or states[0] == states[1]:
                continue
            people: list[str] = []
            if last + 2 < n and gap(last, last + 1) == ["،"] and gap(last + 1, last + 2) == ["و"]:
                people = persons(last + 1) + persons(last + 2)  # the post, then the names
            if len(people) != 2 and k >= 2 and gap(k - 1, k) == ["،"] and gap(k - 2, k - 1) == ["و"]:
                people = persons(k - 2) + persons(k - 1)  # the names, then the post
            if len(people) != 2 or people[0] == people[1]:
                continue
            homes = [self._home(p) for p in people]
            if set(homes) == set(states):
                pairs = list(zip(people, homes))
            elif all(h is None for h in homes):
                pairs = list(zip(people, states))
            elif sum(1 for h in homes if h) == 1 and all(h in (None, *states) for h in homes):
                known = next(i for i, h in enumerate(homes) if h)
                other = next(st for st in states if st != homes[known])
                pairs = [(p, homes[i] if i == known else other) for i, p in enumerate(people)]
            else:
                continue
            role = c.roles[0]
            key = "portfolio" if role.predicate == "ministerOf" else ("title" if role.predicate == "leaderOf" else "branch")
            for p, st in pairs:
                self.person_country.setdefault(p, st)  # type: ignore[arg-type]
                self._add(s, p, role.predicate, st, "occurred", {key: role.qualifier}, 0.8)  # type: ignore[arg-type]

    def _royal_titles(self, s: Sentence, slots: list, resolved: dict[int, list[str]]) -> None:
        """«ملک سلمان», «پادشاه عبدالله دوم»: a royal title is a post; the KB says which throne on the article's date."""
        if self.date is None:
            return
        for sl in slots:
            c = sl.chunk
            if c.kind != "person" or c.roles or not c.title or squeeze(c.title) not in _ROYAL_TITLES:
                continue
            ids = [i for i in resolved.get(id(c), []) if self.kb.get(i) is not None]
            ids = ids or [eid for kind, eid in self.ex.kb_gaz.lookup(c.surface) if kind in ("name", "person")]
            for pid in ids:  # «ملک سلمان»: the title with the name may be the KB's own form
                kb = self.kb.get(pid)
                for t in (kb.tenures if kb is not None else ()):
                    if t.predicate == "leaderOf" and (t.start is None or t.start <= self.date) \
                            and (t.end is None or self.date < t.end) and self._type(t.of) == "Country":
                        self._add(s, pid, "leaderOf", t.of, "occurred", {"title": t.qualifier or "king"}, 0.8)

    def _headed_bodies(self, s: Sentence, slots: list, resolved: dict[int, list[str]]) -> None:
        """«نیروهای پشتیبانی سریع به فرماندهی محمد حمدان دقلو», «حزب‌الله به رهبری X»: a named armed body or
        group and the person commanding or leading it."""
        toks = s.tokens
        for a, b in zip(slots, slots[1:]):
            gap = squeeze(" ".join(t.text for t in toks[a.chunk.end: b.chunk.start]))
            post = _HEADED_POSTS.get(gap)
            if post is None:
                continue
            bodies = [x for x in resolved.get(id(a.chunk), []) if self._type(x) == "Organization"]
            people = [x for x in resolved.get(id(b.chunk), []) if self._type(x) == "Person"]
            for org in bodies:
                kb = self.kb.get(org)
                if kb is not None and kb.part_of and not (kb.wikidata and a.chunk.kind == "kb") or any(
                        f.subject in people and f.predicate == post[0] and s.start <= f.evidence[0].start
                        for f in self.facts if f.evidence):
                    # a state's army: its post is read by the mentions («ارتش سودان به فرماندهی X»); a named
                    # corps of its own («سپاه پاسداران به فرماندهی X») is the body commanded
                    continue
                for p in people:
                    self._add(s, p, post[0], org, "occurred", {post[1]: post[2]}, 0.8)

    def _addressed_warnings(self, s: Sentence, slots: list, resolved: dict[int, list[str]]) -> None:
        """«اردوغان به یونان: ممکن است یک شب ناگهان بیاییم», «ترامپ به حوثی‌ها: «جهنم بر سرتان خواهد بارید»»: a headline
        addressing words of force to another is a threat."""
        toks = s.tokens
        if len(slots) < 2 or slots[0].marker is not None or slots[1].marker != "به" or slots[0].chunk.start > 1:
            return
        a, b = slots[0].chunk, slots[1].chunk
        if b.start != a.end + 1 or b.end >= len(toks) or toks[b.end].text != ":":
            return
        said_in = s
        said = toks[b.end + 1:]
        if len(said) <= 1 and s.index + 1 < len(self.doc.sentences):
            said_in = self.doc.sentences[s.index + 1]  # «… به حوثی‌ها:» then the quote, split off as a sentence
            said = said_in.tokens
        words = {squeeze(t.text) for t in said}
        verbs = [v for v in self.ex.rel.verbs(said_in) if said_in is not s or v.start > b.end]
        if any(v.negated for v in verbs[:1]):
            return
        if not (words & _FORCE_WORDS or any(w.startswith(_FORCE_STEMS) for w in words)
                or any(v.tense in ("future", "subjunctive") for v in verbs[:2])):
            return
        for x in resolved.get(id(a), []):
            for y in resolved.get(id(b), []):
                a2, b2 = self._fit("threatens", x, "s"), self._fit("threatens", y, "o")
                if a2 and b2 and a2 != b2 and b2 not in (self._home(a2), self._state(a2)):
                    self._add(s, a2, "threatens", b2, "occurred", {}, 0.55)

    def _attended(self, s: Sentence, slots: list, resolved: dict[int, list[str]], ctx: Context) -> None:
        """«X، Y و Z … در این مراسم حضور داشتند»: people attending the event just placed in a city visit it."""
        if ctx.event_place is None or s.index - ctx.event_place[0] > 2:
            return
        sq = sentence_index(s).squeezed
        at = next((q for q in range(len(sq) - 3) if sq[q] == "در" and sq[q + 1] == "این" and sq[q + 2] in _GATHERINGS
                   and any(w.startswith(_ATTENDED) for w in sq[q + 3: q + 5])), None)
        if at is None:
            return
        place = ctx.event_place[1]
        pstate = self._state(place)
        target = self._fit("visits", place, "o") or place
        for sl in slots:
            if sl.chunk.end > at or sl.marker not in (None, "appos"):
                continue
            for person in resolved.get(id(sl.chunk), []):
                if self._type(person) == "Person" and self._home_state(person) not in (None, pstate):
                    f = self._add(s, person, "visits", target, "occurred", {}, 0.6)
                    if f is not None:
                        self.inferred.add(f.key)

    def _present_abroad(self, s: Sentence, slots: list, resolved: dict[int, list[str]]) -> None:
        """«X، وزیر خارجه آمریکا، روز جمعه در مسکو … گفت»: an official acting in another state's city is visiting
        it (the place follows the subject and its time adjunct directly)."""
        toks = s.tokens
        if not slots or "در" not in sentence_index(s).words:
            return
        verbs = self.ex.rel.verbs(s)
        for k, sl in enumerate(slots):
            if sl.marker is not None or sl.coord_head is not None or k > 0 and slots[k - 1].chunk.end == sl.chunk.start:
                continue
            chain = [sl] + [x for x in slots[k + 1:] if x.coord_head == k]
            people = [i for x in chain for i in resolved.get(id(x.chunk), []) if self._type(i) == "Person"]
            if not people:
                continue
            j = chain[-1].chunk.end
            while j < len(toks) and (toks[j].text in ("،", ",") or squeeze(toks[j].text) in _PRESENCE_TIME
                                     or toks[j].kind == "num"):
                j += 1
            if j < len(toks) - 3 and toks[j].text == "که" and toks[j + 1].text == "در" \
                    and any(squeeze(t.text) in _BEING_THERE for t in toks[j + 3: j + 6]):
                j += 1  # «X، رئیس‌جمهور ارمنستان، که در تاشکند حضور داشت، گفت»: present there
            if j < len(toks) - 2 and toks[j].text == "که" and squeeze(toks[j + 1].text) in _ACCOMPANYING:
                # «X، وزیر دفاع …، که همراه Y در مسکو بود»: with the one accompanied
                comp = next((x for x in slots if x.chunk.start == j + 2), None)
                if comp is not None:
                    j = comp.chunk.end
                else:  # a name not recognised: up to three words
                    j = next((q for q in range(j + 3, min(j + 6, len(toks))) if toks[q].text == "در"
                              and all(t.kind == "word" and not is_verb(t.text) for t in toks[j + 2: q])), j)
            if j >= len(toks) - 1 or toks[j].text != "در":
                continue
            h = j + 1
            while h < min(j + 3, len(toks) - 1) and squeeze(toks[h].text) in _EVENT_LEADS:
                h += 1  # «در پایان نشست …», «در همان اجلاس …»
            if squeeze(toks[h].text) in _HELD_EVENTS:
                # «در مراسمی (در کتابخانه ترومن) در شهر X»: an event held in a place
                at = next((q for q in range(h + 1, min(h + 14, len(toks) - 1)) if toks[q].text == "در"
                           and not any(is_verb(t.text) or t.text in ("،", "که") for t in toks[h + 1: q])
                           and any(x.chunk.start == q + 1 for x in slots)), None)
                named = next((x for x in slots if (x.chunk.start == h + 1 or x.chunk.start == h + 2 and (
                                  toks[h + 1].text == "«" or toks[h + 1].text.endswith("ی")))  # «نشست امنیتی مونیخ»
                              and x.marker is not None
                              and any(self._type(i) in ("Place", "Country") for i in resolved.get(id(x.chunk), []))), None)
                if at is not None:
                    j = at
                elif named is not None:
                    j = named.chunk.start - 1  # «در همان اجلاس منامه گفته بود»: the event's own place
                elif h > j + 1:
                    continue
            place = next((x for x in slots if x.chunk.start == j + 1 or x.chunk.start == j + 2
                          and squeeze(toks[j + 1].text) in _SEAT_NOUNS), None)
            if place is not None and any(self._type(i) == "Organization" for i in resolved.get(id(place.chunk), [])):
                q = place.chunk.end
                if q < len(toks) and toks[q].text == "(":
                    q = next((r + 1 for r in range(q, min(q + 6, len(toks))) if toks[r].text == ")"), q)
                place = next((x for x in slots if x.chunk.start == q + 1), None) if q + 1 < len(toks) \
                    and toks[q].text == "در" else None  # «در مقر ناتو (…) در بروکسل»
            if place is None:
                continue
            states = [st for i in resolved.get(id(place.chunk), []) for st in [self._state(i)]
                      if st and self._type(st) == "Country"]
            for _ in range(3):
                q = place.chunk.end
                nxt = next((x for x in slots if x.chunk.start == q + 1), None) \
                    if not states and q + 1 < len(toks) and toks[q].text == "در" else None
                if nxt is None:
                    break  # «در شهر ایندیپندنس در ایالت میزوری آمریکا»: a place unknown, then where it lies
                place = nxt
                states = [st for i in resolved.get(id(place.chunk), []) for st in [self._state(i)]
                          if st and self._type(st) == "Country"]
            if not states:  # a place the KB does not know, said in this sentence to lie in a state
                states = list(dict.fromkeys(f.object for f in self.facts if f.predicate == "locatedIn"
                                            and f.subject in resolved.get(id(place.chunk), []) and self._type(f.object) == "Country"))
            verb = next((v for v in verbs if v.start >= place.chunk.end), None)
            if len(states) != 1 or verb is None or verb.negated or any(t.text in ("که", "اگر", "؛") for t in toks[place.chunk.end: verb.start]):
                continue
            status = "planned" if verb.tense in ("future", "subjunctive") else "occurred"
            if status == "planned" and not any(squeeze(t.text) in _PLAN_WORDS for t in toks[: verb.start]):
                continue  # a subjunctive with no plan word is no announced trip
            for p in dict.fromkeys(people):
                home = self._home(p)
                if home and home != states[0] and self._minister_or_leader(p):
                    self._add(s, p, "visits", states[0], status, {}, 0.6)

    def _minister_or_leader(self, pid: str) -> bool:
        """A minister or a head of state or government (not an envoy or a commander posted abroad)."""
        if any(f.subject == pid and f.predicate in ("ministerOf", "leaderOf") and f.status == "occurred" for f in self.facts):
            return True
        kb = self.kb.get(pid)
        return kb is not None and any(t.predicate in ("ministerOf", "leaderOf") for t in kb.tenures)

    def _act_reactions(self, s: Sentence, slots: list, resolved: dict[int, list[str]]) -> None:
        """«X این حملات را محکوم کرد», «… این اقدام را «تحریک‌آمیز» خواند», «این اقدام با واکنش تند X روبه‌رو شد»:
        an act named earlier by its agents and referred to now is condemned — X perceives a threat from its agents."""
        ix = sentence_index(s)
        if not ix.any_startswith(_REACTED_STEMS):
            return  # no word names an act
        toks = s.tokens
        sq = ix.squeezed
        n = len(toks)
        for q in range(n - 1):
            if sq[q] not in _DEMONSTRATIVE_EVENT:
                continue
            preds = next((v for stem, v in _REACTED_ACTS if sq[q + 1].startswith(stem)), None)
            if preds is None:
                continue
            verbs = [v for v in self.ex.rel.verbs(s) if v.start > q + 1]
            if not verbs:
                continue
            verb = verbs[0]
            if verb.negated:
                continue  # «این حمله را محکوم نکرد»
            tail = sq[q + 2: verb.end]
            perceivers: list[str] = []
            own: set[str] = set()
            if "را" in tail[:5]:
                ra = q + 2 + tail.index("را")
                if any(w.startswith(_JUSTIFIED) for w in sq[ra + 1: verb.start]):
                    continue  # «… را پاسخی به تهدید تروریستی خواند»: a justification, not a verdict on the act
                if not (any(w.startswith(_VERDICTS) for w in sq[ra + 1: verb.start + 1])
                        and squeeze(verb.lemma) in _VERDICT_VERBS):
                    continue
                # the subject: the first unmarked chunk of the clause before the act, with those listed with it
                lo = max((j + 1 for j in range(q) if toks[j].text in ("؛", ".", ":", "«", "که")), default=0)
                subj = [k for k, sl in enumerate(slots) if lo <= sl.chunk.start and sl.chunk.end <= q and sl.marker is None
                        and sl.coord_head is None and resolved.get(id(sl.chunk))]
                if not subj:
                    continue
                k = subj[0]  # «X، در تماس با Y، همتای خود، این حمله را …»: the clause's subject, not an apposition
                perceivers = [i for m, sl in enumerate(slots) if m == k or sl.coord_head == k for i in resolved.get(id(sl.chunk), [])]
                own.update(slots[k].chunk.role_of or ())  # «رئیس‌جمهور پیشین افغانستان»: a former post still names the state
            elif verb.lemma == "بود" and verb.tense in ("present", "past") and any(w.startswith(_SQ_THREAT) for w in tail) \
                    and "برای" in tail:
                # «… گفت این حملات «تهدید جدی برای امنیت افغانستان» است»: the state endangered fears the act's agents
                b = q + 2 + tail.index("برای")
                after = [k for k, sl in enumerate(slots) if b < sl.chunk.start <= b + 4 and sl.chunk.end <= verb.start]
                if not after:
                    continue
                perceivers = [i for i in resolved.get(id(slots[after[0]].chunk), []) if self._type(i) == "Country"]
            elif any(w in _REACTION_NOUNS for w in tail) and any(w.startswith(_FACED) for w in sq[verb.start - 1: verb.end]):
                r = q + 2 + next(j for j, w in enumerate(tail) if w in _REACTION_NOUNS)
                after = [k for k, sl in enumerate(slots) if r < sl.chunk.start <= r + 3 and sl.coord_head is None]
                if not after:
                    continue
                k = after[0]
                perceivers = [i for m, sl in enumerate(slots) if m == k or sl.coord_head == k for i in resolved.get(id(sl.chunk), [])]
            if not perceivers:
                continue
            named = next((sl for sl in slots if sl.chunk.start == q + 2 and resolved.get(id(sl.chunk))), None)
            agents = list(resolved[id(named.chunk)]) if named is not None else self._agents_of_last(preds, s)
            if named is None and {self._fit("perceivesThreatFrom", p, "s") for p in perceivers} \
                    & {self._fit("perceivesThreatFrom", a, "o") for a in agents}:
                continue  # the perceiver took part in the last act told: «این اقدام» is another, untold act
            for agent in agents:  # «این اقدام روسیه»: the agent named with the act, else the last act's
                for p in dict.fromkeys(self._group_of(p) for p in perceivers):  # a spokesman speaks for his body
                    a2, b2 = self._fit("perceivesThreatFrom", p, "s"), self._fit("perceivesThreatFrom", agent, "o")
                    if a2 is None or b2 is None or a2 == b2 or b2 in (self._home(a2), self._state(a2)) or b2 in own \
                            or self._home(b2) in (a2, self._home(a2)) and self._home(b2) is not None:
                        continue  # no one fears their own state's act
                    self._add(s, a2, "perceivesThreatFrom", b2, "occurred", {}, 0.55)
            return

    def _coordinated_acts(self, s: Sentence, slots: list, resolved: dict[int, list[str]]) -> None:
        """«این حملات «در هماهنگی با دولت سومالی» انجام شده است», «این عملیات با هماهنگی نزدیک حکومت افغانستان
        انجام شد»: the agents of an act referred to cooperated with the one it was coordinated with."""
        sq = sentence_index(s).squeezed
        if _SQ_COORDINATION not in sq:
            return
        q = sq.index(_SQ_COORDINATION)
        act = next((j for j in range(max(0, q - 8), q) if sq[j] in _DEMONSTRATIVE_EVENT and j + 1 < len(sq)
                    and any(sq[j + 1].startswith(stem) for stem, preds in _REACTED_ACTS if preds == {"attacks"})), None)
        if act is None:
            return
        partner = next((sl for sl in slots if q < sl.chunk.start <= q + 5 and sl.coord_head is None
                        and sl.marker in ("با", "gen", "gen_other")), None)
        if partner is None:
            return
        for a in self._agents_of_last({"attacks"}, s):
            for b in resolved.get(id(partner.chunk), []):
                a2, b2 = self._fit("cooperatesWith", a, "s"), self._fit("cooperatesWith", b, "o")
                if a2 is not None and b2 is not None and a2 != b2:
                    self._add(s, a2, "cooperatesWith", b2, "occurred", {"domain": "operations"}, 0.6)

    def _agents_of_last(self, preds: set[str] | frozenset[str], s: Sentence) -> list[str]:
        """The agents of the last act of one of these kinds stated within the four sentences before (or earlier in
        this one): subjects, and both sides of a symmetric act."""
        starts = [x.start for x in self.doc.sentences if x.index >= s.index - 4]
        lo = self._orig(min(starts), min(starts) + 1)[0] if starts else 0
        hi = self._orig(s.start, s.end)[1]
        found = [f for f in reversed(self.facts) if f.predicate in preds and f.status in ("occurred", "planned")
                 and lo <= f.evidence[0].start < hi and f.key not in self.inferred]
        if not found:
            return []
        # «… با شلیک متقابل پاسخ دادند. کاخ سفید این حمله را محکوم کرد»: the act condemned, not the response to it
        last = next((f for f in found if not any(w in f.evidence[0].sentence for w in _RESPONSE_WORDS)), found[0])
        where = last.evidence[0].start
        out: list[str] = []
        for f in self.facts:
            if f.predicate == last.predicate and f.evidence[0].start == where and f.status in ("occurred", "planned"):
                out.append(f.subject)
                if f.predicate in ("cooperatesWith", "signsAgreementWith", "alliedWith"):
                    out.append(f.object)
        return list(dict.fromkeys(out))

    def _called_off(self, s: Sentence) -> None:
        """«… قرار بود با X دیدار کند.» then «این دیدارها را لغو کرد»: plans named earlier and called off now
        did not happen."""
        ix = sentence_index(s)
        words = ix.squeezed
        if not ix.any_startswith(_CALL_OFF):
            return
        preds: set[str] = set()
        for j, w in enumerate(words[:-1]):
            if w in _DEMONSTRATIVE_EVENT and any(x.startswith(_CALL_OFF) for x in words[j + 2: j + 8]):
                for stem, event_preds in _EVENT_NOUNS.items():
                    if words[j + 1].startswith(stem):
                        preds |= event_preds
        if not preds:
            return
        occurred = {(x.subject, x.predicate, x.object) for x in self.facts if x.status == "occurred"}
        for k, f in enumerate(self.facts):
            if f.predicate in preds and f.status == "planned" and all(ev.start < s.start for ev in f.evidence) \
                    and (f.subject, f.predicate, f.object) not in occurred:
                self.facts[k] = dataclasses.replace(f, status="negated")

    def _turned_back(self, s: Sentence, before: int) -> None:
        """«… عازم واشنگتن بود تا با X دیدار کند، … دستور بازگشت هواپیمای خود به مسکو را داد»: a trip turned back
        mid-way; the meetings and visits it was for did not happen."""
        ix = sentence_index(s)
        if not ix.any_startswith(_SQ_RETURN) or _TURN_BACK_CUES.isdisjoint(ix.squeezed):
            return
        for k in range(before, len(self.facts)):
            f = self.facts[k]
            if f.predicate in ("meetsWith", "visits") and f.status == "planned":
                self.facts[k] = dataclasses.replace(f, status="negated")

    def _sanctioned_body(self, c: Chunk, resolved: dict[int, list[str]]) -> list[str]:
        """«وزارت دفاع ملی ترکیه را تحریم کرد»: a ministry or agency sanctioned is itself the target, not its state."""
        if c.kind != "institution" or not c.title or not squeeze(c.title).startswith(_SANCTIONABLE_BODIES):
            return []
        owners = resolved.get(id(c), [])
        if len(owners) != 1 or self._type(owners[0]) != "Country":
            return []
        label = self._entity(owners[0]).label
        name = c.surface if c.role_of else f"{c.title} {label}"  # «وزارت انرژی این کشور» → «وزارت انرژی ترکیه»
        eid = "organization-" + hashlib.sha1(f"{squeeze(c.title)}|{owners[0]}".encode()).hexdigest()[:12]
        info = self._entity(eid, name)
        info.label = name if info.label == eid else info.label
        info.aliases.update({c.title, f"{c.title} {label}"})
        return [eid]

    def _home(self, eid: str) -> str | None:
        """A person's state: from the article's posts, else from the KB's tenures."""
        got = self.person_country.get(eid)
        if got is None:
            kb = self.kb.get(eid)
            for t in (kb.tenures if kb is not None else ()):
                if self._type(t.of) == "Country":
                    return t.of
        return got

    def _home_state(self, pid: str) -> str | None:
        """A person's state; for one holding a post in a body, the body's state («رئیس اقلیم کردستان» → Iraq), and
        none for a group of no state («فرمانده فارک»)."""
        home = self._home(pid)
        if home is None or self._type(home) == "Country":
            return home
        if self._type(home) == "Place":
            return self._state(home)  # «نخست‌وزیر اقلیم کردستان عراق»
        kb = self.kb.get(home)
        return kb.part_of if kb is not None and kb.part_of and self._type(kb.part_of) == "Country" else None

    def _state(self, eid: str) -> str | None:
        t = self._type(eid)
        if t == "Country":
            return eid
        kb = self.kb.get(eid)
        if kb is not None:
            return self._metonym(kb) or kb.located_in
        return None

    def _metonym(self, kb) -> str | None:
        """The state a capital stands for on the article's date («مسکو» in 1990 is the Soviet Union)."""
        state = kb.metonym_for
        if state and self.date is not None:
            for until, earlier in _PREDECESSORS.get(state, ()):
                if self.date < until:
                    return earlier
        return state

    def _fit(self, pred: str, eid: str, side: str) -> str | None:
        """Adapt an argument to the predicate's domain/range, or reject it."""
        t = self._type(eid)
        kb = self.kb.get(eid)
        if kb is not None and kb.kind == "Outlet":
            return None  # a news outlet reports; it is not a party to the relation
        # capitals and state bodies act for their state
        if kb is not None and kb.metonym_for and not (pred == "attacks" and side == "o" and t == "Place"):
            eid = self._metonym(kb) or kb.metonym_for  # (a capital struck is the city: «حملات به صنعا»)
            t = self._type(eid)
        if pred == "meetsWith":
            return eid if t == "Person" else None
        if pred in ("cooperatesWith", "alliedWith") and t == "Person":
            # a person acts for their state (one with none known is no party: «از حامیان حفتر»)
            return self.person_country.get(eid) or self._home(eid)
        if pred == "visits":
            if side == "s":
                return eid if t == "Person" else None
            if t == "Place" and kb is not None and not (kb.located_in or kb.kind == "Facility"):
                return None  # a continent, sea or region is not a destination
            return eid if t in ("Country", "Place") else None
        if pred == "memberOf":
            if side == "s":
                if t == "Person":
                    return None
                return eid if t in ("Country", "Organization") else None
            if kb is not None and kb.part_of and self._type(kb.part_of) == "Country":
                return None  # «سند الحاق را به وزارت خارجه آمریکا سپرد»: a state's ministry has no members
            return eid if t == "Organization" else None
        if pred == "attacks" and side == "o" and t == "Place" and kb is not None and not (kb.located_in or kb.kind == "Facility") \
                and not kb.label.replace("\u200c", " ").startswith(_WATERS):
            return None  # «به ۹ نقطه در کشمیر حمله کرد»: a region or continent is not struck (a ship hit at sea names the sea)
        if pred == "attacks" and kb is not None and kb.kind == "intergovernmental":
            return None  # «در جلسه شورای امنیت … حمله کرد»: a forum is attacked only in words
        if pred in STATE_LEVEL:
            if t == "Person" and (side == "s" or pred in _STATE_OBJECTS):
                got = self.person_country.get(eid) or (self.spokesman_of.get(eid) if side == "s" else None) or eid
                return eid if self._type(got) == "Place" else got  # «نخست‌وزیر کریمه» acts for himself, not for a place
            if t == "Person" and pred in ("perceivesThreatFrom", "threatens"):
                return self._home(eid) or eid  # «سفر اردوغان به شوشا را تحریک‌آمیز خواند»: Turkey is feared
            if pred == "sanctions" and side == "o" and kb is not None and t == "Organization" \
                    and squeeze(kb.label).startswith(_SANCTIONABLE_BODIES):
                return eid  # «وزارت دفاع روسیه را تحریم کرد»: the ministry itself
            if kb is not None and t == "Organization" and kb.part_of and kb.kind not in ("alliance", "intergovernmental", "company") \
                    and self._type(kb.part_of) == "Country" and not (pred == "sanctions" and side == "o"):
                # (a body sanctioned or listed is itself the target: «سپاه را سازمانی تروریستی اعلام کرد»)
                return kb.part_of  # «وزارت امور خارجه آمریکا» acts for the United States
            if t == "Place":
                return None if pred != "attacks" or side == "s" else eid
            return eid
        return eid

    def _add(self, s: Sentence, subj: str, pred: str, obj: str, status: str, quals: dict[str, str], conf: float) -> Fact | None:
        info = self._entity(subj)
        self._entity(obj)
        if pred == "locatedIn" and info.label.replace("\u200c", " ").startswith(_OPEN_WATERS):
            return None  # «اقیانوس آرام در …»: an ocean or sea lies in no state
        kbs = self.kb.get(subj) if pred == "locatedIn" else None
        if kbs is not None and kbs.type == "Place" and not kbs.located_in and not kbs.metonym_for:
            return None  # «کشورهای آمریکای جنوبی در برازیلیا»: a region the KB places in no one state
        if pred == "attacks" and obj in self.embassy_of and self.embassy_of[obj] != subj:
            # «حمله بر سفارت پاکستان در کابل»: an attack on a state's embassy is an attack on that state
            self._add(s, subj, pred, self.embassy_of[obj], status, dict(quals), conf * 0.85)
        if pred == "attacks" and status in ("occurred", "planned"):
            kbp = self.kb.get(obj)
            if kbp is not None and kbp.type == "Place" and not kbp.metonym_for and kbp.located_in and self._type(kbp.located_in) == "Country":
                # a place struck that the KB locates is in its state («استان خوزستان» → Iran)
                self._add(s, obj, "locatedIn", kbp.located_in, "occurred", {}, 0.6)
        a, b = self._orig(s.start, s.end)
        ev = Evidence(self.article.id, self.article.text[a:b], a, b, round(min(conf, 0.99), 3),
                      event_date(s.text, self.date), self.date)
        q = tuple(sorted((k, v) for k, v in quals.items() if v))
        fact = Fact(subj, pred, obj, status, q, round(min(conf, 0.99), 3), (ev,)).canonical()
        self.facts.append(fact)
        return fact

    def _orig(self, start: int, end: int) -> tuple[int, int]:
        off = self.offsets
        if end <= start:
            return off[start], off[start]
        return off[start], off[end - 1] + 1

    # ------------------------------------------------------------ output
    def _collective_defence(self) -> None:
        """«این هفت کشور اکنون زیر چتر دفاع جمعی ماده ۵ … قرار دارند»: states joining an alliance whose collective
        defence the article names are its allies, not only its members."""
        text = squeeze(self.article.text)
        if not any(w in text for w in _COLLECTIVE_DEFENCE):
            return
        for f in list(self.facts):
            kb = self.kb.get(f.object) if f.predicate == "memberOf" and f.status == "occurred" else None
            if kb is None or kb.kind != "alliance" or self._type(f.subject) != "Country" \
                    or not any(w in squeeze(f.evidence[0].sentence) for w in _ACCESSION_WORDS) \
                    or _SQ_SINCE_YEAR in squeeze(f.evidence[0].sentence):
                continue  # (a membership «از سال ۲۰۰۴» is an old one, not the accession the article reports)
            self.facts.append(Fact(f.subject, "alliedWith", f.object, "occurred", (("basis", "collective defence"),),
                                   round(f.confidence * 0.8, 3), f.evidence).canonical())

    def _build(self) -> Extraction:
        self._collective_defence()
        merged: dict[tuple[str, str, str, str], Fact] = {}
        for f in self.facts:
            k = f.key
            old = merged.get(k)
            if old is None:
                merged[k] = f
                continue
            evs = old.evidence + tuple(e for e in f.evidence if (e.start, e.end) not in {(x.start, x.end) for x in old.evidence})
            quals = tuple(sorted(set(old.qualifiers) | set(f.qualifiers)))
            merged[k] = Fact(old.subject, old.predicate, old.object, old.status, quals,
                             max(old.confidence, f.confidence), evs)
        facts = list(merged.values())
        # the article says it does not hold: drop the same claim as planned («عضو … نخواهد شد»)
        negated = {(f.subject, f.predicate, f.object) for f in facts if f.status == "negated"}
        facts = [f for f in facts if not (f.status != "negated" and (f.subject, f.predicate, f.object) in negated and (
            f.status == "planned" or f.key in self.inferred))]
        # troops based in a state its basing partner attacks, threatens or fears are an occupier's, not a partner's
        hostile = {frozenset((f.subject, f.object)) for f in facts if f.predicate in _HOSTILE_PREDICATES
                   and f.status in ("occurred", "planned")}
        facts = [f for f in facts if not (f.predicate == "cooperatesWith" and frozenset((f.subject, f.object)) in hostile
                                          and {v for k, v in f.qualifiers if k == "domain"} == {"basing"})]
        occurred = {(f.subject, f.predicate, f.object) for f in facts if f.status == "occurred"}
        facts = [f for f in facts if not (f.status == "planned" and f.predicate in DURATIVE
                                          and (f.subject, f.predicate, f.object) in occurred)]
        used = {x for f in facts for x in (f.subject, f.object)}
        entities = []
        for eid in sorted(used):
            info = self._entity(eid)
            entities.append(Entity(eid, info.label, info.type, info.label_en, frozenset(a for a in info.aliases if a),
                                   info.wikidata, info.kind))
        sources = source_chain(self.doc, self.ex.kb_gaz, self.kb, self.article.outlet)
        return Extraction(self.article, tuple(entities), tuple(self.mentions), tuple(facts), sources,
                          self.doc.text, tuple(self.warnings))


__all__ = ["RuleExtractor", "minted_id", "parse_date"]

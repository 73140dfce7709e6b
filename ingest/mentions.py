"""Finding who and what a sentence names: chunks of tokens that denote actors.

A *chunk* is a token span that refers to one or more entities:

* ``kb``          a knowledge-base name («ژاپن», «ناتو», «توکیو», «ولادیمیر پوتین»)
* ``person``      a person found in the text (apposition, title, guillemets, Latin
                  transliteration, or an earlier mention in the article), with
                  the post the text gives them, if any
* ``role``        a post without a name («وزیر دفاع آمریکا», «وزرای دفاع آمریکا و
                  ژاپن», «رئیس‌جمهور این کشور»), resolved later to its holder
* ``institution`` a body of a state acting for it («وزارت دفاع ژاپن», «نیروهای
                  آمریکایی») → the state
* ``ref``         a pronoun or phrase resolved from context («وی», «این کشور», «دو
                  کشور», «همتای ژاپنی خود»)
* ``place``       a place found by its head noun («پایگاه هوایی X», «منطقه X»)

Nothing here is keyed to a particular article: names are found through the
syntax around them and the knowledge base.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from ..records import KBEntity, KnowledgeBase
from .gazetteer import Gazetteer, SqueezedText
from .lexicon import Institution, Lexicon, Role
from .morph import analyze_verb, is_verb, may_start_verb, participle
from .normalize import given_names, squeeze
from .sources import attribution_spans
from .text import Sentence, Token
from .text import is_letter_name

# Pronouns and context phrases: phrase → reference kind.
REFERENCES: dict[str, str] = {
    "وی": "person", "او": "person", "ایشان": "person", "این مقام": "person", "این مقام ارشد": "person",
    "این وزیر": "person", "این فرمانده": "person", "این مسئول": "person", "این دیپلمات": "person",
    "این کشور": "country", "آن کشور": "country", "کشورش": "country", "کشور وی": "country", "این رژیم": "regime",
    "کشور او": "country", "کشور متبوعش": "country", "کشورمان": "our_country", "کشور ما": "our_country",
    "رژیم صهیونیستی": "kb:Q801",
    "دو کشور": "pair", "دو طرف": "pair", "طرفین": "pair", "هر دو کشور": "pair", "هر دو": "pair",
    "دو دولت": "pair", "دو متحد": "pair", "هر دو طرف": "pair",
    "دو وزیر": "pair_person", "دو مقام": "pair_person", "دو رهبر": "pair_person", "دو رئیس‌جمهور": "pair_person",
    "دو فرمانده": "pair_person", "سه وزیر": "triple_person", "چهار وزیر": "quad_person", "سه رهبر": "triple_person",
    "سه کشور": "triple", "این سه کشور": "triple", "هر سه کشور": "triple",
    "این سازمان": "org", "این ائتلاف": "org", "این پیمان": "org", "این اتحادیه": "org", "این گروه": "org",
    "این نهاد": "org", "این بلوک": "org", "این اتحاد": "org", "این جبهه": "org", "این جنبش": "org",
}
_MODIFIERS = frozenset(
    squeeze(w) for w in (
        "جدید", "سابق", "پیشین", "وقت", "کنونی", "فعلی", "موقت", "ارشد", "تازه", "منتخب", "وقت", "کل",
        "اسبق", "اول", "دوم", "نو", "برکنارشده", "مخلوع", "معزول", "نظامی", "رسمی",
    )
)
_SQ_ACTING = squeeze("سرپرست")
_SQ_COUNTERPARTS = frozenset(squeeze(w) for w in ("همتای", "همتایان"))
_OPPOSITION = frozenset(squeeze(w) for w in ("مخالفان", "اپوزیسیون", "شورشیان", "معترضان", "مخالف"))
_FORMER = frozenset(squeeze(w) for w in ("سابق", "پیشین", "اسبق", "وقت", "برکنارشده", "برکنار شده", "مخلوع", "معزول"))
_COUNTRY_REFS = {"این کشور": "country", "آن کشور": "country", "کشورش": "country", "کشور متبوعش": "country",
                 "کشورمان": "our_country", "خود": "own_country", "کشور خود": "own_country", "این رژیم": "regime",
                 "سازمان": "org", "این سازمان": "org", "ائتلاف": "org", "این ائتلاف": "org", "پیمان": "org",
                 "این پیمان": "org", "اتحادیه": "org", "این اتحادیه": "org", "گروه": "org", "این گروه": "org"}
# «… به ریاست X»: a body headed by a person, and the post that makes
_BODY_HEADS = frozenset(squeeze(w) for w in ("شورای", "وزارت", "مجلس", "پارلمان", "دولت", "کمیته", "کمیسیون", "ارتش", "نیروی"))
_NAME_CONTINUERS = frozenset(squeeze(w) for w in ("جمعی", "ملی", "عالی", "داخلی", "منطقه‌ای", "اسلامی", "مشترک"))
_BASE_HEADS = frozenset(squeeze(w) for w in ("پایگاه", "پایگاه هوایی", "پایگاه نیروی هوایی", "پایگاه دریایی", "پایگاه نظامی"))
_HEADED_BY = ("به ریاست", "به سرپرستی", "به رهبری", "به فرماندهی", "تحت فرماندهی", "تحت رهبری", "به دبیرکلی")
_HEAD_ROLES = {
    "وزارت دفاع": ("ministerOf", "defense"), "وزارت جنگ": ("ministerOf", "defense"),
    "وزارت امور خارجه": ("ministerOf", "foreign"), "وزارت خارجه": ("ministerOf", "foreign"),
    "وزارت کشور": ("ministerOf", "interior"), "وزارت اطلاعات": ("ministerOf", "intelligence"),
    "دولت": ("leaderOf", "prime_minister"), "کابینه": ("leaderOf", "prime_minister"),
}
_PLACE_HEADS = (
    "ولایت", "ولسوالی", "کاخ", "پایگاه هوایی", "پایگاه نیروی هوایی", "پایگاه دریایی", "پایگاه نظامی", "پایگاه", "بندر", "فرودگاه بین‌المللی", "فرودگاه",
    "منطقه", "استان", "شهر", "روستای", "روستا", "شهرک", "ایالت", "جزیره", "جزایر", "تنگه", "شبه‌جزیره", "دریای", "خلیج", "نیروگاه", "تاسیسات",
    "تأسیسات", "مرکز هسته‌ای", "سایت", "پادگان", "مرکز آموزشی", "اردوگاه", "پاسگاه", "پاسگاه مرزی", "گذرگاه", "گذرگاه مرزی",
    "شهرستان", "قریه", "میدان هوایی",  # Dari: «قریه» (village), «میدان هوایی» (airfield)
    "میدان تمرینی", "میدان آموزشی", "میدان تیر",  # training grounds and ranges
    # the ezafe of a head ending in a silent «ه» is written out: «منطقه‌ی X»
    "منطقه‌ی", "جزیره‌ی", "شبه‌جزیره‌ی",
)
# plural heads before a list of names: «مناطق متینا، زاپ و آواشین», «شهرهای خرسون و زاپوریژیا»
_PLURAL_PLACE_HEADS = frozenset(squeeze(w) for w in (
    "مناطق", "شهرهای", "روستاهای", "استان‌های", "ولایات", "ولایت‌های", "شهرک‌های", "بنادر", "ایالت‌های", "بخش‌های",
    "قریه‌های", "ولسوالی‌های"))
_PROPER_ONLY_HEADS = frozenset(squeeze(w) for w in ("روستای", "روستا", "شهرک", "ایالت"))
_PLACE_HEAD_GAZ = Gazetteer(((h, h) for h in _PLACE_HEADS + tuple(_PLURAL_PLACE_HEADS)), tails=frozenset({""}))
_REF_GAZ = Gazetteer(REFERENCES.items())
_COUNTRY_REF_GAZ = Gazetteer(_COUNTRY_REFS.items())
_LATIN_NAME = re.compile(r"^[A-Z][a-zA-Z'.\-]+(?: [A-Z][a-zA-Z'.\-]+){0,3}$")
_PLURAL_ROLE_PREFIXES = (("وزرای ", "وزیر "), ("وزیران ", "وزیر "), ("رؤسای جمهور", "رئیس‌جمهور"),
                         ("روسای جمهور", "رئیس‌جمهور"), ("رؤسای جمهوری", "رئیس‌جمهور"),
                         ("رهبران", "رهبر"), ("فرماندهان ", "فرمانده "), ("نخست‌وزیران", "نخست‌وزیر"))
_COORD = frozenset({"و", "،", ",", "-", "–"})
_HAMZA_YE = str.maketrans({"ئ": "ی", "ؤ": "و"})


@dataclass
class Chunk:
    """A token span naming one or more actors (see module docstring)."""

    sent: int
    start: int  # token index, inclusive
    end: int  # token index, exclusive
    kind: str
    char_start: int
    char_end: int
    surface: str
    ids: list[str] = field(default_factory=list)  # resolved entity ids
    roles: list[Role] = field(default_factory=list)
    role_of: list[str] = field(default_factory=list)  # entity ids the post belongs to
    of_ref: str | None = None  # "country"/"own_country"/"our_country" when the post's owner is a reference
    plural: bool = False
    former: bool = False
    elect: bool = False  # «رئیس‌جمهور منتخب»: a post not yet taken up
    ref: str | None = None  # reference kind for kind == "ref"
    name: str | None = None  # a person's name as written
    title: str | None = None
    latin: str | None = None
    branch: str | None = None
    demonym_of: str | None = None  # «همتای ژاپنی» → Japan
    candidates: list[str] = field(default_factory=list)  # ambiguous KB candidates
    owner_name: str | None = None  # «رهبر حزب دموکراتیک آلبانیایی‌ها»: a post's owner the KB does not know, as written

    @property
    def is_person_like(self) -> bool:
        return self.kind in ("person",) or (self.kind == "role" and not self.plural) or (
            self.kind == "ref" and self.ref in ("person",)
        )


def build_kb_gazetteer(kb: KnowledgeBase) -> Gazetteer:
    """Names, ambiguous names and demonyms of every KB entity."""
    g = Gazetteer()
    for e in kb.entities.values():
        for name in (e.label, *e.aliases):
            g.add(name, ("name", e.id))
            alt = name.translate(_HAMZA_YE)
            if alt != name:
                g.add(alt, ("name", e.id))
            for alt in _ezafe_forms(name):
                g.add(alt, ("name", e.id))  # «اتحادیه‌ی اروپا», «اتحادیۀ اروپا»: the ezafe written out
        for name in e.ambiguous:
            g.add(name, ("amb", e.id))
        for name in e.demonyms:
            g.add(name, ("dem", e.id))
        if e.type == "Country" and not e.demonyms:
            dem = _regular_demonym(e.label)
            if dem is not None:
                g.add(dem, ("dem", e.id))  # «نیروهای موزامبیکی»: the KB names no demonym; Persian forms it
    return g


_EMBASSY_HEADS = frozenset(squeeze(w) for w in ("سفارت", "سفارتخانه", "کنسولگری", "سرکنسولگری"))
# the words of an assault on an embassy (a note handed to one names no place struck)
_ASSAULT = tuple(squeeze(w) for w in ("حمله", "انفجار", "یورش", "تیراندازی", "بمب", "هجوم", "موشک", "پهپاد", "انتحاری",
                                      "آتش", "تسخیر", "اشغال", "ورود", "وارد"))
_EMBASSY_PREPS = frozenset(squeeze(w) for w in ("به", "بر", "علیه", "مقابل", "نزدیکی", "محوطه", "ساختمان", "دیوار"))
# a light verb's participle is no surname («… در لاهه پارک کرده بودند»: parked, not a Mr Park)
_LIGHT_PARTICIPLES = frozenset(squeeze(w) for w in ("کرده", "شده", "داده", "گرفته", "زده", "نموده", "گشته", "کرده‌اند"))


def _ezafe_forms(name: str) -> list[str]:
    """A multi-word name with its ezafe after a final «ه» written out: «اتحادیه اروپا» → «اتحادیه‌ی اروپا», «اتحادیۀ
    اروپا» (the forms news copy uses besides the bare one)."""
    words = name.split()
    if len(words) < 2 or not any(w.endswith("ه") for w in words[:-1]):
        return []
    return [" ".join(w + suffix if k < len(words) - 1 and w.endswith("ه") else w for k, w in enumerate(words))
            for suffix in ("\u200cی", "\u0654")]


def _regular_demonym(label: str) -> str | None:
    """A state's demonym by the regular rule: «موزامبیک» → «موزامبیکی», «رواندا» → «رواندایی» (one-word names
    only; none after «ی» or a silent «ه»)."""
    if " " in label or "\u200c" in label or len(label) < 3 or label.endswith(("ی", "ه")):
        return None
    return label + ("یی" if label.endswith(("ا", "آ", "و")) else "ی")


def role_gazetteer(lex: Lexicon) -> Gazetteer:
    """Posts with their plural forms («وزرای دفاع», «رؤسای جمهور»)."""
    g = Gazetteer()
    for key in list(lex.roles._payloads):  # noqa: SLF001 - same package
        for role in lex.roles._payloads[key]:  # noqa: SLF001
            g.add(role.phrase, (role, False))
            g.add(role.phrase.translate(_HAMZA_YE), (role, False))
            if role.phrase.startswith(("رئیس ", "رییس ")) and role.predicate:
                g.add("ریاست " + role.phrase.split(" ", 1)[1], (role, False))  # «به ریاست ستاد … منصوب شد»
            if role.phrase.startswith("فرمانده ") and role.predicate:
                g.add("فرماندهی " + role.phrase.split(" ", 1)[1], (role, False))  # «به فرماندهی کل سپاه منصوب شد»
            for plural, singular in _PLURAL_ROLE_PREFIXES:
                if role.phrase.replace("\u200c", " ").startswith(singular.replace("\u200c", " ").strip()):
                    rest = role.phrase.replace("\u200c", " ")[len(singular.replace("\u200c", " ").strip()):]
                    g.add(plural.strip() + rest, (role, True))
    return g


def sentence_view(sent: Sentence) -> SqueezedText:
    """The sentence's squeezed view, built once and shared by every gazetteer search."""
    view = _VIEWS.get(id(sent))
    if view is None or view.text is not sent.text:
        view = SqueezedText(sent.text)
        if len(_VIEWS) > 4096:
            _VIEWS.clear()
        _VIEWS[id(sent)] = view
    return view


_VIEWS: dict[int, SqueezedText] = {}


class SentenceIndex:
    """What every search over one sentence shares, built once: token ends, gazetteer spans."""

    __slots__ = ("sent", "ends", "words", "squeezed", "spans", "verb_cache", "verbs", "memo", "_lines")

    def __init__(self, sent: Sentence) -> None:
        self.sent = sent  # held, so that its id is not reused while this is cached
        self.ends = [t.end for t in sent.tokens]
        self.words = [t.text for t in sent.tokens]
        self.squeezed = list(map(squeeze, self.words))
        self.spans: dict[tuple[int, int], list[tuple[int, int, tuple]]] = {}
        self.verb_cache: dict[int, object] = {}  # token index → analyze_verb there (None if no word or verb)
        self.verbs: list | None = None  # the sentence's verb groups, left to right (SentenceRelations.verbs)
        self.memo: dict = {}  # other answers that depend on the tokens only, each under a key naming it
        self._lines: str | None = None  # "\n" + the squeezed words joined by "\n" (see any_startswith)

    def any_startswith(self, prefix: str | tuple[str, ...]) -> bool:
        """``any(w.startswith(prefix) for w in self.squeezed)``, by one substring search.

        A squeezed word holds no whitespace, so in ``"\n" + "\n".join(words)`` a non-empty prefix
        without a newline follows a newline exactly where a word starts with it."""
        lines = self._lines
        if lines is None:
            lines = self._lines = "\n" + "\n".join(self.squeezed)
        if isinstance(prefix, str):
            return "\n" + prefix in lines
        # several prefixes: one scan for «a newline, then any of them» rather than one search for each
        # (a rule's gate asks for two dozen stems in every sentence)
        rx = _PREFIXES_RE.get(prefix)
        if rx is None:
            rx = _PREFIXES_RE[prefix] = re.compile("\n(?:" + "|".join(map(re.escape, prefix)) + ")")
        return rx.search(lines) is not None

    def verb_at(self, i: int):  # noqa: ANN201 - a morph.Verb or None
        """``analyze_verb(words, i)`` for a word token, None for any other (memoised)."""
        cache = self.verb_cache
        if i in cache:
            return cache[i]
        w = self.words[i]
        if w == "روی" and i > 0 and self.words[i - 1] in ("به", "بر", "از", "در"):
            cache[i] = None  # «به روی X بست», «بر روی»: the preposition, not «(تو) بروی»
            return None
        v = cache[i] = analyze_verb(self.words, i) if self.sent.tokens[i].kind == "word" and may_start_verb(w) else None
        return v

    def tok_start(self, char: int) -> int:
        """Index of the first token ending after ``char``."""
        return bisect_right(self.ends, char)

    def tok_end(self, char: int) -> int:
        """One past the first token ending at or after ``char``."""
        i = bisect_left(self.ends, char)
        return i + 1 if i < len(self.ends) else i


_PREFIXES_RE: dict[tuple[str, ...], re.Pattern[str]] = {}  # prefixes → "\n" and any of them (see any_startswith)


def sentence_index(sent: Sentence) -> SentenceIndex:
    ix = _INDEXES.get(id(sent))
    if ix is None or ix.sent is not sent:
        ix = SentenceIndex(sent)
        if len(_INDEXES) > 4096:
            _INDEXES.clear()
        _INDEXES[id(sent)] = ix
    return ix


_INDEXES: dict[int, SentenceIndex] = {}
_NO_NAMES = Gazetteer()  # no article names (SentenceMentions.names_matter); never added to


def sentence_gazetteers() -> tuple[Gazetteer, ...]:
    """This module's own gazetteers that every sentence is searched with."""
    return (_REF_GAZ, _PLACE_HEAD_GAZ, _COUNTRY_REF_GAZ)


def clear_sentence_caches() -> None:
    """Forget the views and indexes of the sentences seen so far (after an article: they are not needed again)."""
    _VIEWS.clear()
    _INDEXES.clear()


class SentenceMentions:
    """Finds the chunks of one sentence (context-free: resolution comes later)."""

    def __init__(self, lex: Lexicon, kb: KnowledgeBase, kb_gaz: Gazetteer, roles: Gazetteer,
                 is_word: Callable[[str], bool], freq: Callable[[str], int] | None = None,
                 tags: Callable[[str], frozenset[str]] | None = None) -> None:
        self.freq = freq or (lambda _w: 0)
        self.tags = tags or (lambda _w: frozenset())
        # every token of every KB person's names: known name parts even when common words («خان», «شریف»)
        self.name_parts = frozenset(
            squeeze(part) for e in kb.entities.values() if e.type == "Person"
            for name in (e.label, *e.aliases, *e.ambiguous) for part in name.replace("\u200c", " ").split())
        self.lex = lex
        self.kb = kb
        self.kb_gaz = kb_gaz
        self.roles = roles
        self.is_word = is_word

    # -- helpers -------------------------------------------------------------
    @staticmethod
    def _tok_index(tokens: tuple[Token, ...], char: int, end: bool = False) -> int:
        if end:
            for i, t in enumerate(tokens):
                if t.end >= char:
                    return i + 1
            return len(tokens)
        for i, t in enumerate(tokens):
            if t.end > char:
                return i
        return len(tokens)

    def _spans(self, gaz: Gazetteer, sent: Sentence) -> list[tuple[int, int, tuple]]:
        """Token spans of the gazetteer's hits (kept per sentence: callers must not change the list)."""
        ix = sentence_index(sent)
        key = (gaz._serial, gaz._version)  # noqa: SLF001 - same package
        out = ix.spans.get(key)
        if out is not None:
            return out
        out = []
        base = sent.start
        for h in gaz.find(sent.text, sentence_view(sent)):
            s = ix.tok_start(base + h.start)
            e = ix.tok_end(base + h.end)
            if s < e:
                out.append((s, e, h.payloads))
        ix.spans[key] = out
        return out

    def is_name_token(self, tok: Token, kb_tokens: set[int], i: int, after_title: bool = False) -> bool:
        if tok.kind != "word" or len(tok.text) < 2:
            return False
        if i in kb_tokens:
            return False
        sq = squeeze(tok.text)
        if sq in self.lex.stopwords or sq in _NOT_NAMES or sq in _NUMBER_WORDS or is_verb(tok.text) or _infinitive(tok.text):
            return False
        if "\u200c" in tok.text and tok.text.endswith(("\u200cها", "\u200cهای")):
            return False  # «جان انسان‌ها»: a written plural is no name
        if sq not in _FIRST_NAMES and sq not in self.name_parts:
            tags = self.tags(tok.text)
            freq = self.freq(tok.text)
            if "NUM" in tags and "N" in tags and freq < _NUMERAL_FREQ and not sq.endswith("مین"):
                tags = tags - {"NUM"}  # hazm tags some names numerals («دلفین», «چارلز»); real numerals are frequent
            if tags & _FUNCTION_TAGS or freq >= _VERY_COMMON:
                return False  # an adverb, a plural, a pronoun … or a very common noun («دفتر», «حضور»)
        if self.lex.prepositions.lookup(tok.text) or self.lex.roles.lookup(tok.text):
            return False
        if self.lex.institutions.lookup(tok.text) or self.lex.noun_frames.lookup(tok.text):
            return False
        if self.lex.markers.lookup(tok.text) or self.lex.titles.lookup(tok.text):
            return False
        return after_title or not self.lex.weapons.lookup(tok.text)  # «ژنرال مین آنگ هلاینگ»: not a mine

    def _kb_spans(self, sent: Sentence, names: Gazetteer) -> list[tuple[int, int, tuple]]:
        """Step 1 of :meth:`find`: the token spans of the article's names (people found earlier) and of KB
        names, leftmost-longest (an article's name first where both are as long). ``find`` reads ``names``
        here and nowhere else."""
        kb_hits: list[tuple[int, int, tuple]] = []
        for s, e, payloads in self._spans(names, sent):
            kb_hits.append((s, e, tuple(p if isinstance(p, tuple) else ("person", p) for p in payloads)))
        kb_hits += self._kb_name_hits(sent)
        kb_hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
        kb_spans: list[tuple[int, int, tuple]] = []
        last = -1
        for s, e, p in kb_hits:
            if s >= last:
                kb_spans.append((s, e, p))
                last = e
        return kb_spans

    def _kb_name_hits(self, sent: Sentence) -> list[tuple[int, int, tuple]]:
        """The token spans of the KB gazetteer's hits that :meth:`_kb_spans` keeps, in hit order
        (kept on the sentence's index: the same for every pass over the sentence; callers must not change it)."""
        ix = sentence_index(sent)
        key = ("kb_name_hits", self.kb_gaz._serial, self.kb_gaz._version)  # noqa: SLF001 - same package
        out = ix.memo.get(key)
        if out is not None:
            return out
        toks = sent.tokens
        out = []
        for h in self.kb_gaz.find(sent.text, sentence_view(sent)):
            s = ix.tok_start(sent.start + h.start)
            e = ix.tok_end(sent.start + h.end)
            last = toks[e - 1] if s < e else None
            if last is None or (last.end > sent.start + h.end and self.freq(last.text) >= _COMMON_WORD):
                continue  # «سیاست» is a word, not «سیا» (CIA) with a glued «ست»
            out.append((s, e, h.payloads))
        ix.memo[key] = out
        return out

    def names_matter(self, sent: Sentence, names: Gazetteer) -> bool:
        """False when ``find(sent, names)`` returns chunks equal to ``find(sent, Gazetteer())``.

        ``find`` reads ``names`` only through :meth:`_kb_spans`: where the article's names add no span to
        that list (none occurs, or each lies inside a longer KB name or after an overlapping one), every
        later step sees the same input and makes the same chunks."""
        return self._kb_spans(sent, names) != self._kb_spans(sent, _NO_NAMES)

    # -- main ----------------------------------------------------------------
    def find(self, sent: Sentence, names: Gazetteer) -> list[Chunk]:
        toks = sent.tokens
        n = len(toks)
        taken = [False] * n
        chunks: list[Chunk] = []

        def mk(s: int, e: int, kind: str, **kw: object) -> Chunk:
            return Chunk(sent.index, s, e, kind, toks[s].start, toks[e - 1].end,
                         sent.text[toks[s].start - sent.start: toks[e - 1].end - sent.start], **kw)  # type: ignore[arg-type]

        def free(s: int, e: int) -> bool:
            return not any(taken[s:e])  # all(not taken[k] for k in range(s, e)), in C

        def take(c: Chunk) -> Chunk:
            for k in range(c.start, c.end):
                taken[k] = True
            chunks.append(c)
            return c

        # 0. provenance («به گزارش ایرنا به نقل از رویترز،») names no actor
        for a, b in attribution_spans(sent.text):
            for k, t in enumerate(toks):
                if sent.start + a <= t.start and t.end <= sent.start + b:
                    taken[k] = True

        # 1. names known in this article (people found earlier) and KB names
        kb_spans = self._kb_spans(sent, names)
        ix = sentence_index(sent)
        sq = ix.squeezed
        wd = ix.words  # token texts; the scans below for one token are skipped when it is absent
        # «دو کره», «سه کشور»: a number before a country name is not that country
        kb_spans = [h for h in kb_spans if not (h[0] > 0 and toks[h[0] - 1].text in _NUMERALS)]
        # «شورای امنیت آلمان»: an international body's generic name followed by a state is that state's body
        starts = {h[0]: h for h in kb_spans}
        kb_spans = [h for h in kb_spans if not (
            h[1] in starts and squeeze(toks[h[0]].text) in _BODY_HEADS
            and all((self.kb.get(p[1]) is not None and self.kb.get(p[1]).type == "Organization") for p in h[2] if p[0] == "name")
            and any((self.kb.get(p[1]) is not None and self.kb.get(p[1]).type == "Country") for p in starts[h[1]][2] if p[0] == "name"))]
        # «شورای امنیت جمعی …»: a multi-word body name followed by an adjective is another body
        kb_spans = [h for h in kb_spans if not (
            h[1] - h[0] >= 2 and h[1] < n and self._continues_name(toks[h[1]].text)
            and all((self.kb.get(p[1]) is not None and self.kb.get(p[1]).type == "Organization") for p in h[2] if p[0] == "name"))]
        all_kb_tokens = {k for s, e, _ in kb_spans for k in range(s, e)}
        # tokens that cannot be part of a person's name: KB names of non-persons
        kb_tokens = {k for s, e, p in kb_spans if not self._personish(p) for k in range(s, e)}
        kb_at = {s: (s, e, p) for s, e, p in kb_spans}

        # 1b. «به سفارت پاکستان در کابل», «سفارت مکزیک را»: an embassy struck or entered is a place of its own, not
        # its state (an embassy that speaks, «سفارت آمریکا اعلام کرد», stays its state's voice)
        for j in (range(n - 1) if any(w in _EMBASSY_HEADS for w in sq) and any(w.startswith(_ASSAULT) for w in sq) else ()):
            if sq[j] not in _EMBASSY_HEADS or j + 1 not in kb_at or taken[j]:
                continue
            _s, e, payloads = kb_at[j + 1]
            state = next((p[1] for p in payloads if p[0] in ("name", "dem") and (x := self.kb.get(p[1])) is not None
                          and x.type == "Country"), None)
            if state is None:
                continue
            aimed = j > 0 and sq[j - 1] in _EMBASSY_PREPS or e < n and toks[e].text == "را" \
                or e + 2 < n and toks[e].text == "در" and toks[e + 2].text == "را"
            if aimed and free(j, e):
                take(mk(j, e, "place", name=sent.text[toks[j].start - sent.start: toks[e - 1].end - sent.start],
                        role_of=[state]))

        role_spans = []
        title_spans = self._spans(self.lex.titles, sent)
        longer_titles = {(s, e) for s, e, _p in title_spans}
        for s, e, p in self._spans(self.roles, sent):
            if any(ts == s and te > e for ts, te in longer_titles):
                continue  # «امیر سرتیپ …» is a rank, not an emir
            if e - s == 1 and sq[s] == squeeze("امیر") and e < n and toks[e].kind == "word" and e not in all_kb_tokens \
                    and (s == 0 or toks[s - 1].kind == "punct" or sq[s - 1] in self.lex.stopwords):
                continue  # «امیر حاتمی»: an Iranian army rank before a surname, not an emir
            inside = [k for k in range(s, e) if k in all_kb_tokens]
            if not inside or all(r.default_of for r, _pl in p) and {r.default_of for r, _pl in p} <= {
                    q[1] for ks, ke, ps in kb_spans if s <= ks and ke <= e for q in ps if isinstance(q, tuple)}:
                role_spans.append((s, e, p))  # («رئیس امارات»: a post whose state is part of its phrase)
            elif inside[0] > s:
                # «فرمانده نیروی زمینی آمریکا» where «نیروی زمینی آمریکا» is a KB body: the post is «فرمانده»
                short = " ".join(t.text for t in toks[s: inside[0]])
                hit = self.roles.lookup(short)
                if hit:
                    role_spans.append((s, inside[0], hit))
        inst_spans = [(s, e, p) for s, e, p in self._spans(self.lex.institutions, sent)]
        ref_spans = self._spans(_REF_GAZ, sent)
        place_spans = self._spans(_PLACE_HEAD_GAZ, sent)

        def of_after(j: int) -> tuple[int, list[str], str | None, list[str]]:
            """Owner of a post/body starting at token j: (end, ids, ref, ambiguous)."""
            # skip modifiers
            while j < n and squeeze(toks[j].text) in _MODIFIERS:
                j += 1
            if j in kb_at:
                s, e, payloads = kb_at[j]
                ids = [p[1] for p in payloads if p[0] in ("name", "dem", "org")]
                amb = [p[1] for p in payloads if p[0] == "amb"]
                ents = [self.kb.get(i) for i in ids]
                if ids and all(x is None or x.type in ("Country", "Organization", "Place") for x in ents):
                    # coordinated owners: «آمریکا و ژاپن», «روسیه، چین و ایران»
                    out_ids = [self._state_of(i) for i in ids[:1]]
                    end = e
                    ends = [e]
                    seps: list[str] = []
                    while end + 1 < n and toks[end].text in ("و", "،") and end + 1 in kb_at:
                        s2, e2, p2 = kb_at[end + 1]
                        ids2 = [p[1] for p in p2 if p[0] in ("name", "dem")] or [
                            p[1] for p in p2 if p[0] == "amb" and self._same_type(p[1], out_ids[0])]
                        if not ids2 or (self.kb.get(ids2[0]) is not None and self.kb.get(ids2[0]).type == "Person"):  # type: ignore[union-attr]
                            break  # «صدراعظم آلمان و جورجا ملونی»: the next person is not an owner
                        seps.append(toks[end].text)
                        out_ids.append(self._state_of(ids2[0]))
                        end = e2
                        ends.append(e2)
                    # «A، B و C» is a list; «وزیر دفاع ترکیه، یونان را …» is not
                    while seps and seps[-1] != "و":
                        seps.pop()
                        out_ids.pop()
                        ends.pop()
                    return ends[-1], out_ids, None, amb
                if amb and not ids:
                    states = [a for a in amb if (self.kb.get(a) is not None and self.kb.get(a).type == "Country")]  # type: ignore[union-attr]
                    if len(states) == 1:
                        return e, states, None, amb  # «وزارت دفاع آذربایجان»: a ministry belongs to a state
                    return e, [], None, amb
            for s, e, payloads in ref_spans:
                if s == j and payloads[0] in ("country", "own_country", "our_country", "pair", "triple"):
                    return e, [], payloads[0], []
            for s, e, payloads in self._spans(_COUNTRY_REF_GAZ, sent):
                if s == j:
                    return e, [], payloads[0], []
            return j, [], None, []

        # 2. posts: «وزیر دفاع آمریکا», «وزرای دفاع آمریکا و ژاپن», «معاون نخست‌وزیر و وزیر خارجه اردن»
        role_chunks: list[Chunk] = []
        i = 0
        role_spans.sort()
        # «معاون صدراعظم و وزیر خارجه پاکستان»: a deputy of a post does not hold it; the two words are one post
        for q in range(len(role_spans) - 1, 0, -1):
            ds, de, dp = role_spans[q - 1]
            if de == role_spans[q][0] and dp[0][0].qualifier == "deputy" and dp[0][0].predicate is None:
                role_spans[q - 1] = (ds, role_spans[q][1], dp)
                del role_spans[q]
        used_roles: set[int] = set()
        for idx, (s, e, payloads) in enumerate(role_spans):
            if idx in used_roles or not free(s, e):
                continue
            if s > 0 and sq[s - 1] in _OFFICE_PLACES:
                continue  # «کاخ ریاست‌جمهوری سوریه», «انتخابات ریاست‌جمهوری»: the office, not its holder
            if s > 0 and sq[s - 1] in _PATRONYMIC:
                continue  # «زاید بن سلطان»: a father's name, not a sultan
            if any(toks[q].text in ("«", "»") for q in range(s + 1, e)):
                continue  # «رئیس «جمهوری صرب کرایینا»»: a post read across a guillemet is none
            if "".join(sq[s:e]).startswith(_SQ_HEADSHIP) and not (s > 0 and sq[s - 1] == "به"):
                continue  # «کتابخانه ریاست‌جمهوری X»: the office, not its holder (but «به ریاست ستاد … منصوب شد»)
            role, plural = payloads[0]
            roles = [role]
            former = False
            end = e
            # coordinated posts sharing one owner
            nxt = idx + 1
            while nxt < len(role_spans) and role_spans[nxt][0] == end + 1 and toks[end].text in ("و", "،"):
                roles.append(role_spans[nxt][2][0][0])
                used_roles.add(nxt)
                end = role_spans[nxt][1]
                nxt += 1
            # «وزیران دفاع و خارجه آمریکا»: a second portfolio after a plural post, each named once
            if plural and role.phrase.startswith("وزیر ") and end + 1 < n and toks[end].text == "و" and not taken[end + 1]:
                second = self.roles.lookup("وزیر " + toks[end + 1].text.replace("ۀ", "ه").replace("هٔ", "ه"))
                if second and second[0][0].predicate == role.predicate and second[0][0] != role:
                    roles.append(second[0][0])
                    end += 2
            k = end
            elect = False
            if k < n and sq[k] in _OPPOSITION:
                former = True  # «رهبر مخالفان ونزوئلا»: the opposition's leader holds no post of the state
                k += 1
            while k < n and squeeze(toks[k].text) in _MODIFIERS:
                former = former or squeeze(toks[k].text) in _FORMER
                elect = elect or squeeze(toks[k].text) == squeeze("منتخب")
                k += 1
            # an institution between post and owner: «سخنگوی وزارت خارجه چین», «فرمانده نیروی دریایی ارتش ایران»
            branch = None
            for si, ei, ip in inst_spans:
                if si == k and k not in kb_at:  # «فرمانده نیروی زمینی آمریکا»: the KB body wins
                    branch = ip[0].branch
                    k = ei
                    break
            oend, owner, ref, amb = of_after(k)
            party_end = None
            party_span = None
            group_end = self._described_group_end(toks, k, kb_at) if role.predicate and k < n - 1 else None
            if group_end is not None:
                # «رهبر صرب‌های بوسنی», «رهبر ترک‌های قبرس»: the group (step 3e), not the state of its people or land
                owner, ref, amb = [], None, []
                party_end = group_end
            elif not (owner or ref) and role.predicate and k < n and sq[k] in _PARTY_HEADS and k not in kb_at:
                # «رهبر حزب دموکراتیک آلبانیایی‌ها», «رهبر جنبش اسلامی ازبکستان»: a party or movement of its own,
                # not a unit of the state named inside its name
                q = k + 1
                while q < n and q - k <= 5 and toks[q].kind == "word" and not is_verb(toks[q].text) \
                        and not self.lex.prepositions.lookup(toks[q].text) and toks[q].text != "و" and not taken[q]:
                    q += 1
                if q - k >= 2 and (q >= n or toks[q].kind == "punct"):
                    party_end = q
            elif not (owner or ref) and role.predicate and k < n - 2 and toks[k].text == "«" and k + 1 not in kb_at:
                # «رئیس «جمهوری صرب کرایینا»»: a body named in quotes, whatever state its name holds
                close = next((q for q in range(k + 2, min(n, k + 7)) if toks[q].text == "»"), None)
                if close is not None and all(toks[q].kind == "word" and not is_verb(toks[q].text) for q in range(k + 1, close)):
                    party_end = close + 1
                    party_span = (k + 1, close)
            if not (owner or ref) and role.predicate and party_end is None:
                # «فرمانده نیروی راهبردی ارتش کره شمالی», «فرمانده مأموریت حمایت قاطع ناتو»: skip a unit's name
                for q in range(k + 1, min(n, k + 5)):
                    t = toks[q - 1]
                    if t.kind == "punct" or is_verb(t.text) or self.lex.prepositions.lookup(t.text) or t.text == "و" \
                            or squeeze(t.text) in _HEADING_FOR:
                        break  # («دیدار با پادشاه جدید راهی ریاض شد»: where someone heads, not the king's state)
                    if q in kb_at or any(si == q for si, _e, _p in inst_spans):
                        q2 = q
                        for si, ei, _ip in inst_spans:
                            if si == q and q not in kb_at:
                                q2 = ei
                        oend, owner, ref, amb = of_after(q2)
                        if owner:
                            break
            if owner and any(r.predicate == "commanderOf" for r in roles):
                # «فرمانده کل سپاه پاسداران»: a guard corps has a command of its own, apart from its state's army
                for q in range(k, oend):
                    guard = [p[1] for p in (kb_at[q][2] if q in kb_at else ()) if p[0] in ("name", "org")
                             and self.kb.get(p[1]) is not None and self.kb.get(p[1]).kind == "guard_corps"]  # type: ignore[union-attr]
                    if guard:
                        owner = guard[:1]
                        break
            if role.qualifier == "head" and not (ref == "org" or (owner and all(
                    (self.kb.get(o) is not None and self.kb.get(o).type == "Organization") for o in owner))):  # type: ignore[union-attr]
                continue  # a bare «رئیس» heads an organisation, not a state
            if owner or ref:
                end = oend
            elif not any(r.default_of for r in roles) and k > end:
                end = k
            party = None
            if party_end is not None:
                end = party_end
                a, b = party_span if party_span is not None else (k, party_end)
                party = sent.text[toks[a].start - sent.start: toks[b - 1].end - sent.start]
            c = mk(s, end, "role", roles=roles, role_of=owner or [r.default_of for r in roles if r.default_of][:1],
                   of_ref=ref, plural=plural or len(owner) >= 2, former=former, elect=elect, branch=branch,
                   candidates=amb, owner_name=party)
            take(c)
            role_chunks.append(c)
            i = end

        # 3. KB persons next to a post: «ولادیمیر پوتین، رئیس‌جمهور روسیه» «ولادیمیر پوتین، رئیس‌جمهور روسیه»
        for c in role_chunks:
            if c.kind != "role" or c.plural or (c.end < n and toks[c.end].text == "را"):
                continue
            for s, e, payloads in kb_spans:
                ids = [p[1] for p in payloads if p[0] in ("name", "person")]
                person = [i for i in ids if (self.kb.get(i) is None or self.kb.get(i).type == "Person")]  # type: ignore[union-attr]
                if not person or not ids:
                    continue
                if self._other_given_name(toks, s, e, person[0], taken):
                    continue  # «فاروق الشرع، وزیر خارجه سوریه»: another bearer of a known surname
                gap = toks[e: c.start]
                after = toks[c.end: s]
                closes = e >= n or toks[e].kind == "punct" or is_verb(toks[e].text)
                # «نورسلطان نظربایف، رئیس‌جمهور قزاقستان، ولادیمیر پوتین، …»: a post after «name،» is that name's
                apposed = c.start >= 2 and toks[c.start - 1].text in ("،", ",") and (
                    self.is_name_token(toks[c.start - 2], kb_tokens, c.start - 2)
                    or any(e2 == c.start - 1 for _s2, e2, _p2 in kb_spans))
                if (e <= c.start and all(t.text in ("،", "»", "«") for t in gap) and c.start - e <= 2) or (
                    not apposed and
                    s >= c.end and all(t.text in ("،", "«") or self.lex.titles.lookup(t.text) for t in after)
                    and s - c.end <= 2
                    # «وزیر خارجه، X، …»; not «وزیر خارجه، X به عنوان وزیر کشور»; «نخست‌وزیر هند نارندرا مودی به …»
                    and (closes or all(self.lex.titles.lookup(t.text) for t in after))
                    and not self._appointed_after(toks, e, c.end)
                    and not (any(t.text in ("،", ",") for t in after) and self._own_post_after(toks, e, c, role_chunks))
                ):
                    c.kind = "person"
                    c.ids = [person[0]]
                    c.name = sent.text[toks[s].start - sent.start: toks[e - 1].end - sent.start]
                    if s > 0 and self.lex.titles.lookup(toks[s - 1].text) and not taken[s - 1]:
                        c.title = toks[s - 1].text
                        s -= 1  # «سپهبد محمد فرید حجازی، رئیس ستاد …»
                    lo, hi = min(s, c.start), max(e, c.end)
                    c.start, c.end = lo, hi
                    c.char_start, c.char_end = toks[lo].start, toks[hi - 1].end
                    c.surface = sent.text[c.char_start - sent.start: c.char_end - sent.start]
                    for k in range(lo, hi):
                        taken[k] = True
                    break

        # 3b. people around posts: «X، وزیر دفاع Y» / «وزیر دفاع Y، X» / ««X» وزیر دفاع Y»
        for c in role_chunks:
            if c.plural or c.kind != "role":
                continue
            if c.start >= 2 and toks[c.start - 1].text == "و" and c.end < n and toks[c.end].text in ("،", ",") \
                    and not squeeze(toks[c.start].text).startswith(_SQ_COUNTERPART):
                holder = next((x for x in role_chunks if x.kind == "person" and x.end == c.start - 1 and x.roles), None)
                if holder is not None:
                    # «X، رئیس‌جمهور نیجریه و رئیس دوره‌ای اکوواس،»: a second post of the same holder
                    c.kind, c.name, c.title = "person", holder.name, holder.title
                    for k in range(c.start, c.end):
                        taken[k] = True
                    continue
            name = self._name_before(sent, c.start, taken, kb_tokens)
            if c.end < n and toks[c.end].text == "را" and not (
                    name is not None and name[0] > 0 and squeeze(toks[name[0] - 1].text) in _SAID_NOUNS):
                continue  # «X وزیر دفاع جدید را معرفی کرد»: the post is an object, not X's («سخنان X نخست‌وزیر Y را» is X's)
            if name is None:
                name = self._name_after(sent, c.end, taken, kb_tokens)
                if name and self._appointed_after(toks, name[1], c.end):
                    name = None  # «رهبر ایران سرلشکر X را به ریاست ستاد … منصوب کرد»: X is appointed by the post's holder
                if name and any(t.text in ("،", ",") for t in toks[c.end: name[0]]) \
                        and self._own_post_after(toks, name[1], c, role_chunks):
                    name = None  # «مشاور رئیس‌جمهور، یوری کارایف، وزیر کشور بلاروس»: the name has a post of its own
            if name and name[0] >= 2 and squeeze(toks[name[0] - 2].text + toks[name[0] - 1].text) in _REPLACED:
                name = None  # «به جای شویگو وزیر دفاع …»: the one replaced
            if name:
                s, e, text, title = name
                lo, hi = min(s, c.start), max(e, c.end)
                c.start, c.end = lo, hi
                c.char_start, c.char_end = toks[lo].start, toks[hi - 1].end
                c.surface = sent.text[c.char_start - sent.start: c.char_end - sent.start]
                c.kind = "person"
                c.name = text
                c.title = title
                for k in range(lo, hi):
                    taken[k] = True
        # 3b'. «X و Y، وزیران دفاع آمریکا و چین،»: two names and a plural post, respectively
        for c in role_chunks:
            two_owners = len(c.role_of) == 2
            two_posts = len(c.roles) == 2 and len(c.role_of) == 1  # «X و Y، وزیران دفاع و خارجه آمریکا،»
            pair_post = c.of_ref == "pair" and not c.role_of  # «X و Y، وزیران دفاع دو کشور،»: the states in focus
            triple_post = c.of_ref == "triple" and not c.role_of  # «X، Y و Z، وزیران خارجه سه کشور،»: respectively
            if c.kind != "role" or not c.plural or not (two_owners or two_posts or pair_post or triple_post
                                                        or len(c.role_of) >= 3) \
                    or c.start < 4 \
                    or toks[c.start - 1].text not in ("،", ","):
                continue
            second = self._name_or_kb_person_before(sent, c.start - 1, taken, kb_tokens, kb_spans)
            if second is None or second[0] < 2 or toks[second[0] - 1].text != "و":
                continue
            first = self._name_or_kb_person_before(sent, second[0] - 1, taken, kb_tokens, kb_spans)
            if first is None:
                continue
            if triple_post:
                names = [first, second]
                if names[0][0] >= 2 and toks[names[0][0] - 1].text in ("،", ","):
                    more = self._name_or_kb_person_before(sent, names[0][0] - 1, taken, kb_tokens, kb_spans)
                    if more is not None:
                        names.insert(0, more)
                if len(names) != 3:
                    continue
                for i, (ps, pe, text, pid) in enumerate(names):  # the i-th state of the three in focus
                    take(mk(ps, pe, "person", ids=[pid] if pid else [], name=text, roles=list(c.roles), of_ref=f"triple:{i}"))
                for k in range(c.start, c.end):
                    taken[k] = True
                c.kind = "merged"
                continue
            if pair_post:
                for ps, pe, text, pid in (first, second):  # the post stays, read with the pair in focus
                    take(mk(ps, pe, "person", ids=[pid] if pid else [], name=text))
                continue
            if two_owners:
                for (ps, pe, text, pid), owner in zip((first, second), c.role_of):
                    take(mk(ps, pe, "person", ids=[pid] if pid else [], name=text, roles=list(c.roles), role_of=[owner]))
            elif len(c.role_of) >= 3 and not two_posts:
                # «X، Y و Z، رؤسای جمهور A، B و C»: as many names as states, respectively
                names = [first, second]
                while len(names) < len(c.role_of) and names[0][0] >= 2 and toks[names[0][0] - 1].text in ("،", ","):
                    more = self._name_or_kb_person_before(sent, names[0][0] - 1, taken, kb_tokens, kb_spans)
                    if more is None:
                        break
                    names.insert(0, more)
                if len(names) != len(c.role_of):
                    continue
                for (ps, pe, text, pid), owner in zip(names, c.role_of):
                    take(mk(ps, pe, "person", ids=[pid] if pid else [], name=text, roles=list(c.roles), role_of=[owner]))
            else:
                for (ps, pe, text, pid), post in zip((first, second), c.roles):
                    take(mk(ps, pe, "person", ids=[pid] if pid else [], name=text, roles=[post], role_of=list(c.role_of)))
            for k in range(c.start, c.end):
                taken[k] = True
            c.kind = "merged"  # the post is said of the two people
        # 3c. «X نیز وزیر خارجه شد», «X به عنوان وزیر دفاع منصوب شد»: a clause-initial name of a post's holder
        for c in role_chunks:
            if c.kind != "role" or c.plural:
                continue
            after = toks[c.end].text if c.end < n else ""
            lead = " ".join(t.text for t in toks[max(0, c.start - 2): c.start])
            if not (is_verb(after) or squeeze(lead) in _AS_ROLE_SQ):
                continue
            j = c.start - (2 if squeeze(lead) in _AS_ROLE_SQ else 0)
            while j > 0 and squeeze(toks[j - 1].text) in (squeeze("نیز"), squeeze("هم"), squeeze("همچنان"), squeeze("را")):
                j -= 1
            named = self._name_before(sent, j, taken, kb_tokens) if j > 0 and toks[j - 1].text not in ("،", ",") else None
            if named is not None:
                # «امیر سرتیپ خلبان عزیز نصیرزاده به عنوان وزیر دفاع»: a titled name
                s0, _e0, text, title = named
                if not any(taken[q] for q in range(s0, j)):
                    take(mk(s0, j, "person", name=text, title=title))
                continue
            k = j
            while k > 0 and j - k < 3 and not taken[k - 1] and self.is_name_token(toks[k - 1], kb_tokens, k - 1):
                k -= 1
            if k == j and j >= 2 and toks[j - 1].text in ("،", ","):
                # «X، ژنرال بازنشسته و از یاران قدیمی خود، را به عنوان …»: skip the apposition
                q = j - 2
                while q > 0 and j - q <= 12 and toks[q].text not in ("،", ",") and not is_verb(toks[q].text):
                    q -= 1
                if q > 0 and toks[q].text in ("،", ","):
                    j = q
                    k = j
                    while k > 0 and j - k < 3 and not taken[k - 1] and self.is_name_token(toks[k - 1], kb_tokens, k - 1):
                        k -= 1
            while k < j - 1 and self._common(toks[k].text):
                k += 1
            if k < j and (k == 0 or self._opener(toks[k - 1].text)) and not any(taken[q] for q in range(k, j)) \
                    and not (j - k == 1 and self._plain_word(toks[k].text)):
                name = sent.text[toks[k].start - sent.start: toks[j - 1].end - sent.start]
                take(mk(k, j, "person", name=name))

        # 3d. «وزیر سعودی», «وزیر ژاپنی»: a minister named by nationality only
        for j in (range(n - 1) if _SQ_MINISTER in sq else ()):
            if not taken[j] and sq[j] == _SQ_MINISTER and j + 1 in kb_at and not taken[j + 1]:
                s2, e2, p2 = kb_at[j + 1]
                dem = [p[1] for p in p2 if p[0] == "dem"]
                if dem:
                    take(mk(j, e2, "role", roles=[Role("وزیر", "ministerOf", "*", None)], role_of=[dem[0]]))

        # 3e. armed groups named by what they are and where they come from: «شورشیان چچن», «جدایی‌طلبان آبخاز»,
        # «شورشیان اسلام‌گرای تاجیک», «صرب‌های بوسنی», «نیروهای ارمنی قره‌باغ» — one actor, not the state or place inside
        for j in (range(n - 1) if not _ARMED_DESCRIPTORS.isdisjoint(sq) or _SQ_FORCES in sq or not _BARE_GROUPS.keys().isdisjoint(sq) else ()):
            if taken[j] or j in kb_at and any(p[0] in ("name", "org") for p in kb_at[j][2]):
                continue  # («حوثی‌ها» is a name the KB knows)
            m = j + 1
            if sq[j] == _SQ_FORCES:
                if sq[m] in _REBEL_ADJECTIVES:
                    m += 1  # «نیروهای جدایی‌طلب آبخاز» (not «نیروهای مسلح X», a state's)
                elif m in kb_at and any(p[0] == "dem" for p in kb_at[m][2]):
                    # «نیروهای ارمنی قره‌باغ»: a people's forces in a region that is no state of theirs
                    q = kb_at[m][1]
                    region = kb_at.get(q)
                    dem = next(p[1] for p in kb_at[m][2] if p[0] == "dem")
                    if region is None or taken[q]:
                        continue
                    rid = next((p[1] for p in region[2] if p[0] == "name"), None)
                    rk = self.kb.get(rid) if rid else None
                    if rk is None or rk.type != "Place" or rk.located_in == dem:
                        continue
                    e = region[1]
                    if e < n and sq[e] == _SQ_MOUNTAINOUS:
                        e += 1  # «قره‌باغ کوهستانی»
                    if free(j, e):
                        take(mk(j, e, "org", name=sent.text[toks[j].start - sent.start: toks[e - 1].end - sent.start]))
                    continue
                else:
                    continue
            elif sq[j] not in _ARMED_DESCRIPTORS:
                if sq[j] in _BARE_GROUPS and not (j > 0 and (sq[j - 1] in _NUMBER_WORDS or toks[j - 1].kind == "num")):
                    # «صرب‌ها», «شورشیان» alone: the group last named with that word, if any
                    take(mk(j, j + 1, "ref", ref="group", title=_BARE_GROUPS[sq[j]]))
                continue
            if m < n and (sq[m] in _SEPARATIST_ADJECTIVES or sq[m] in _GROUP_ADJECTIVES) and not taken[m]:
                m += 1  # «شورشیان اسلام‌گرای تاجیک», «شورشیان جدایی‌طلب هندی»
            if m >= n or m not in kb_at or taken[m]:
                if m == j + 1 and sq[j] in _BARE_HEAD_REFS and not (j > 0 and (sq[j - 1] in _NUMBER_WORDS or toks[j - 1].kind == "num")):
                    take(mk(j, j + 1, "ref", ref="group", title=sq[j]))  # «شورشیان» alone: the rebels named before
                continue
            e = self._described_group_end(toks, j, kb_at)
            if e is None:
                continue  # «شبه‌نظامیان الشباب»: the group's own name (step 8)
            if e < n and e in kb_at and not taken[e] and any(p[0] == "dem" for p in kb_at[e][2]):
                e = kb_at[e][1]  # «شورشیان ترکمن سوری»
            if free(j, e):
                take(mk(j, e, "org", name=sent.text[toks[j].start - sent.start: toks[e - 1].end - sent.start], title=sq[j]))

        # 4. institutions acting for a state: «وزارت دفاع ژاپن», «نیروهای آمریکایی»
        for s, e, payloads in inst_spans:
            if not free(s, e):
                continue
            if any(ks <= s and ke > e for ks, ke, _p in kb_spans):
                continue  # «شورای امنیت سازمان ملل» is a named body, not a national council
            inst: Institution = payloads[0]
            oend, owner, ref, amb = of_after(e)
            if not (owner or ref):
                for skip in (1, 2):
                    if e + skip < n and all(toks[q].kind == "word" and not is_verb(toks[q].text)
                                            and not self.lex.prepositions.lookup(toks[q].text)
                                            and squeeze(toks[q].text) not in _ARRIVAL  # «هیئت نظامی وارد پیونگ‌یانگ شد»
                                            and squeeze(toks[q].text) not in self.lex.stopwords
                                            and q not in kb_at for q in range(e, e + skip)) \
                            and e + skip in kb_at:
                        oend, owner, ref, amb = of_after(e + skip)
                        if owner and all((self.kb.get(o) is not None and self.kb.get(o).type == "Country") for o in owner):  # type: ignore[union-attr]
                            break
                        if owner and all(self.lex.weapons.lookup(toks[q].text) or sq[q] in _WEAPON_KINDS for q in range(e, e + skip)) \
                                and not any(p[0] == "name" and (x := self.kb.get(p[1])) is not None and x.type == "Place"
                                            for p in kb_at[e + skip][2]):
                            # «موشک‌های کروز ناتو»: a weapon's kind between the noun and its owner (but «موشک‌های
                            # بالستیک پایگاه عین‌الاسد را»: a place is what the missiles struck, not whose they are)
                            break
                        owner, ref = [], None
            if (owner or ref) and squeeze(toks[s].text) in _ORG_HEADS and oend < n and toks[oend].text == "«":
                continue  # «شرکت چینی «هواوی»»: a named company (5c), not the state
            if owner or ref:
                if s >= 2 and toks[s - 1].text == "و" and not taken[s - 2] and sq[s - 2].endswith("ها") \
                        and self.lex.institutions.lookup(toks[s - 2].text + "ی"):
                    s -= 2  # «هواپیماها و موشک‌های کروز ناتو»: a bare plural shares the next body's owner
                ic = take(mk(s, oend, "institution", role_of=owner, of_ref=ref, branch=inst.branch, candidates=amb,
                             plural=len(owner) >= 2, title=sent.text[toks[s].start - sent.start: toks[e - 1].end - sent.start]))
                head = self._headed_by(sent, ic, inst.phrase, kb_tokens, taken)
                if head is not None:
                    take(head)

        # 5. titles: «ژنرال دن کین», «شاهزاده خالد بن سلمان»
        for s, e, payloads in title_spans:
            if not free(s, e) or e >= n:
                continue
            j = e
            while j < n and j - e < 4 and self.is_name_token(toks[j], kb_tokens, j, after_title=True) and not taken[j] \
                    and not participle(toks[j].text):  # «یک سرهنگ کشته شد»: a participle names no one
                j += 1
            # «ژنرال مارک میلی، …»: a common word closing a foreign name before a comma is its surname
            if e < j < n - 1 and j - e < 4 and not taken[j] and toks[j + 1].text in ("،", ",", "(") \
                    and any(not self.is_word(toks[q].text) or self.freq(toks[q].text) < _RARE for q in range(e, j)) \
                    and self._surname_like(toks[j], j, kb_tokens):
                j += 1
            if j > e and (j - e >= 2 or payloads[0] in ("military", "royal", "honorific")):
                text = sent.text[toks[e].start - sent.start: toks[j - 1].end - sent.start]
                if s > 0 and e - s == 1 and sq[s] == squeeze("شیخ") and not taken[s - 1] and _given_name(sq[s - 1]) \
                        and (s == 1 or toks[s - 2].kind == "punct" or squeeze(toks[s - 2].text) in self.lex.stopwords):
                    # «حسن شیخ محمود»: «شیخ» inside a name is part of it
                    take(mk(s - 1, j, "person", name=sent.text[toks[s - 1].start - sent.start: toks[j - 1].end - sent.start]))
                    continue
                take(mk(s, j, "person", name=text, title=sent.text[toks[s].start - sent.start: toks[e - 1].end - sent.start]))

        # 5b. a title with a nationality instead of a name: «ژنرال آمریکایی», «دیپلمات عمانی»
        for s, e, payloads in title_spans:
            if free(s, e) and e < n and e in kb_at:
                s2, e2, p2 = kb_at[e]
                dem = [p[1] for p in p2 if p[0] == "dem"]
                if dem and free(s2, e2):
                    take(mk(s, e2, "ref", ref="person_of", demonym_of=dem[0]))

        # 5c. companies: «شرکت بی‌ای‌ای سیستمز», «شرکت داسو اویشن»
        for j in (range(n - 1) if not _ORG_HEADS.isdisjoint(sq) else ()):
            if taken[j] or sq[j] not in _ORG_HEADS:
                continue
            if sq[j] in _CARRIER_HEADS and j > 0 and toks[j - 1].kind == "word" and sq[j - 1] not in self.lex.stopwords \
                    and sq[j - 1] not in _ORG_HEADS and not self.lex.prepositions.lookup(toks[j - 1].text) \
                    and not taken[j - 1] and j - 1 not in all_kb_tokens:
                continue  # «صنایع هواپیمایی …»: an adjective here, not a carrier's name
            paren = next((q for q in range(j + 2, min(n - 2, j + 8)) if toks[q].text == "(" and toks[q + 1].kind == "latin"), None)
            if paren is not None and all(toks[q].kind == "word" and not taken[q] and not is_verb(toks[q].text)
                                         for q in range(j + 1, paren)):
                close = next((q for q in range(paren + 1, min(n, paren + 6)) if toks[q].text == ")"), None)
                if close is not None and all(toks[q].kind == "latin" for q in range(paren + 1, close)):
                    # «شرکت دولتی صادرات تسلیحات روسیه (Rosoboronexport)»: described in Persian, named in Latin
                    take(mk(j, close + 1, "org", name=sent.text[toks[j].start - sent.start: toks[paren - 1].end - sent.start],
                            latin=" ".join(toks[q].text for q in range(paren + 1, close))))
                    continue
            m = j + 1
            if m < n and m in kb_at and any(p[0] == "dem" for p in kb_at[m][2]):
                m = kb_at[m][1]  # «شرکت چینی «هواوی»»: the company's nationality
            if m < n and toks[m].text == "«":
                close = next((q for q in range(m + 1, min(n, m + 7)) if toks[q].text == "»"), None)
                if close is not None and close > m + 1 and all(not taken[q] for q in range(j, close + 1)):
                    take(mk(j, close + 1, "org", name=sent.text[toks[m + 1].start - sent.start: toks[close - 1].end - sent.start]))
                continue
            if m > j + 1:
                continue  # a demonym but no quoted name: «شرکت‌های چینی» are the state's
            while m < n and m - j <= 3 and not taken[m] and toks[m].kind in ("word", "latin") \
                    and (toks[m].kind == "latin" or not self.is_word(toks[m].text) or self.freq(toks[m].text) < _RARE
                         or squeeze(toks[m].text) in self.name_parts) \
                    and squeeze(toks[m].text) not in self.lex.stopwords and not is_verb(toks[m].text) \
                    and not participle(toks[m].text):  # «در رزمایش شرکت کرده است»: taking part, not a company
                m += 1
            if m == j + 1 and sq[j] in _CARRIER_HEADS and m < n and not taken[m] and toks[m].kind == "word" \
                    and sq[m] not in self.lex.stopwords and not is_verb(toks[m].text) and not participle(toks[m].text) \
                    and m not in all_kb_tokens:
                m += 1  # «هواپیمایی ماهان»: a carrier's name may be a common word
            if m > j + 1:
                take(mk(j, m, "org", name=sent.text[toks[j].start - sent.start: toks[m - 1].end - sent.start]))

        # 6. Latin names in parentheses after a Persian name: «مارک اسپر (Mark Esper)»
        for j, t in (enumerate(toks) if "(" in wd else ()):
            if t.text == "(" and j + 2 < n:
                k = j + 1
                latin = []
                while k < n and toks[k].kind == "latin":
                    latin.append(toks[k].text)
                    k += 1
                if latin and k < n and toks[k].text == ")" and len(latin) == 1 and latin[0].isupper() and len(latin[0]) <= 8:
                    org = self._org_before(sent, j, taken, kb_tokens)
                    if org is not None:
                        org.latin = latin[0]
                        take(org)
                        for q in range(org.end, k + 1):
                            taken[q] = True
                    continue
                if latin and k < n and toks[k].text == ")" and _LATIN_NAME.match(" ".join(latin)):
                    m = j
                    while m > 0 and j - m < max(len(latin), 2) + 1 and self.is_name_token(toks[m - 1], kb_tokens, m - 1) and not taken[m - 1]:
                        m -= 1
                    if m < j and any(ps < m <= pe for ps, pe, _pp in place_spans):
                        continue  # «پایگاه هوایی اسکریدستروپ (Skrydstrup)»: a place after its head noun (step 10)
                    if m < j and not (m > 0 and self.lex.weapons.lookup(toks[m - 1].text)):  # «موشک کروز تاماهاک (Tomahawk)»
                        text = sent.text[toks[m].start - sent.start: toks[j - 1].end - sent.start]
                        take(mk(m, k + 1, "person", name=text, latin=" ".join(latin)))

        # 6b. «فرماندهی ایالات متحده در آفریقا (آفریکام)»: a named body with its Persian acronym
        for j, t in (enumerate(toks) if "(" in wd else ()):
            if t.text == "(" and j + 2 < n and toks[j + 2].text == ")" and toks[j + 1].kind == "word" and not taken[j + 1] \
                    and not self.is_word(toks[j + 1].text):  # «(چهارشنبه)» is a date, not an acronym
                org = self._org_before(sent, j, taken, kb_tokens, allow_kb=True)
                if org is not None:
                    org.latin = toks[j + 1].text
                    take(org)
                    for q in range(org.end, j + 3):
                        taken[q] = True

        # 7. guillemets around a name followed by a speech verb: «مارک اسپر» گفت
        for j, t in (enumerate(toks) if "«" in wd else ()):
            if t.text == "«":
                k = j + 1
                while k < n and toks[k].text != "»" and k - j <= 4:
                    k += 1
                if k < n and toks[k].text == "»" and k - j >= 2 and free(j, k + 1) and k + 1 < n:
                    inner = toks[j + 1: k]
                    after = toks[k + 1].text
                    # the cheap test of the verb first (both are pure): is_name_token costs far more
                    if (squeeze(after) in _SPEECH and is_verb(after)) and all(
                            self.is_name_token(x, kb_tokens, j + 1 + q) for q, x in enumerate(inner)):
                        text = sent.text[inner[0].start - sent.start: inner[-1].end - sent.start]
                        take(mk(j, k + 1, "person", name=text))

        # 7b. «حزب دموکرات کردستان ایران»: a quoted multi-word name is one entity, not the KB names inside it
        for j, t in (enumerate(toks) if "«" in wd else ()):
            if t.text != "«":
                continue
            k = j + 1
            while k < n and toks[k].text != "»" and k - j <= 8:
                k += 1
            if k >= n or toks[k].text != "»" or k - j < 3 or k - j > 6:
                continue
            inner = range(j + 1, k)
            if any(is_verb(toks[q].text) for q in inner):
                continue  # a quoted clause, not a name
            if any(taken[q] for q in inner):
                continue
            covering = any(s2 == j + 1 and e2 == k for s2, e2, _p in kb_spans)
            if covering:
                continue
            if squeeze(toks[j + 1].text) in _ORG_NAME_HEADS and squeeze(toks[j + 1].text) not in _TREATY_HEADS:
                name = sent.text[toks[j + 1].start - sent.start: toks[k - 1].end - sent.start]
                take(mk(j, k + 1, "org", name=name))
            else:
                # a title or slogan in quotes names no actor; a quoted phrase of four words or more («تهدید جدی برای
                # امنیت افغانستان») still names the states in it
                keep = set()
                if len(inner) >= 4 or any(f.predicate in ("attacks", "perceivesThreatFrom", "threatens", "sanctions")
                                          for f in self.lex.noun_frames.lookup(toks[j + 1].text) or ()):
                    # («تروریسم روسیه»: a state's hostile act)
                    for s2, e2, p2 in kb_spans:
                        if j < s2 and e2 <= k and any(p[0] == "name" and self.kb.get(p[1]) is not None
                                                      and self.kb.get(p[1]).type == "Country" for p in p2):  # type: ignore[union-attr]
                            keep.update(range(s2, e2))
                for q in inner:
                    if q not in keep:
                        taken[q] = True

        # 7c. «علی شمخانی»: a given name, then a surname the lexicon does not know, is a person
        for j in [j for j, w in enumerate(sq[:n - 1]) if w not in _NOT_STARTERS and _given_name(w)]:
            if taken[j]:
                continue
            if j in kb_at and kb_at[j][1] > j + 1:
                continue  # a longer KB name starts here
            k = j + 1
            while k < n - 1 and k - j < 3 and sq[k] in _FIRST_NAMES and not taken[k]:
                k += 1  # «محمد باقر …»
            t = toks[k]
            if k == j + 1 and k in kb_at and kb_at[k][1] == k + 1 and self._city_surname(j, k, kb_at, toks):
                # «ادریس دبی», «محمد دبی»: a city's name right after a given name is a surname (Déby, not Dubai)
                take(mk(j, k + 1, "person", name=sent.text[toks[j].start - sent.start: toks[k].end - sent.start]))
                continue
            if taken[k] or t.kind != "word" or k in all_kb_tokens or not self.is_name_token(t, kb_tokens, k) \
                    or squeeze(t.text) in _LIGHT_PARTICIPLES \
                    or (self.is_word(t.text) and self.freq(t.text) >= _RARE) \
                    or self.is_word(toks[j].text + "\u200c" + t.text) or self.is_word(toks[j].text + t.text):
                if k > j + 1 and (toks[k].kind == "punct" or toks[k].text in ("و", "را")):
                    k -= 1  # «محمد باقری،»: the last of the name-list words is the surname
                else:
                    continue  # «علی‌رغم»: a word of its own
            e = k + 1
            while e < n and e - j < 6 and not taken[e] and toks[e].kind == "word" and e not in all_kb_tokens \
                    and self.is_name_token(toks[e], kb_tokens, e) and (
                        not self.is_word(toks[e].text) or self.freq(toks[e].text) < _RARE
                        or squeeze(toks[e].text) in _FIRST_NAMES):
                e += 1  # «سید بدر بن سعود البوسعیدی»
            if e < n and toks[e].kind == "word" and (taken[e] or e in all_kb_tokens) \
                    and self.is_name_token(toks[e], kb_tokens, e):
                continue  # the front of a longer name found otherwise («… البوسعیدی، وزیر …»)
            text = sent.text[toks[j].start - sent.start: toks[e - 1].end - sent.start]
            take(mk(j, e, "person", name=text))

        # 8. KB names
        for s, e, payloads in kb_spans:
            if not free(s, e):
                continue
            if e - s == 1 and sq[s] in _MONTHS and ((s > 0 and toks[s - 1].kind == "num") or (e < n and toks[e].kind == "num")):
                continue  # «۱۸ مهر», «مهر ۱۴۰۳»: a month, not the Mehr agency
            ids = [p[1] for p in payloads if p[0] in ("name", "person", "org")]
            dem = [p[1] for p in payloads if p[0] == "dem"]
            amb = [p[1] for p in payloads if p[0] == "amb"]
            if any(p[0] == "org" for p in payloads):
                take(mk(s, e, "org", ids=[ids[0]], name=sent.text[toks[s].start - sent.start: toks[e - 1].end - sent.start]))
            elif ids and s > 0 and squeeze(toks[s - 1].text) in (squeeze("همتای"), squeeze("همتایان")) \
                    and not taken[s - 1] and self.kb.get(ids[0]) is not None and self.kb.get(ids[0]).type == "Country":  # type: ignore[union-attr]
                # «همتای سعودی خود»: a state's name that doubles as its adjective
                e2 = e + 1 if e < n and toks[e].text in ("خود", "او", "وی", "اش") else e
                c = take(mk(s - 1, e2, "ref", ref="counterpart", demonym_of=dem[0] if dem else ids[0]))
                self._counterpart_name(sent, c, kb_tokens, taken, kb_at)
            elif ids:
                head = next((ps for ps, pe, _pp in place_spans if pe == s and ps < s and not any(taken[ps:s])
                             and squeeze(toks[ps].text) not in _PLURAL_PLACE_HEADS), None)
                kbe = self.kb.get(ids[0])
                if head is not None and kbe is not None and kbe.type == "Place" \
                        and not any(ps2 == s for ps2, _pe, _pp in place_spans):  # «شهر استان X»: not two heads
                    s = head  # «شهر شوشا», «ولسوالی سپین بولدک»: the head noun belongs to the named place
                elif kbe is not None and kbe.type == "Organization" and s > 0:
                    h = s
                    quoted = h > 0 and toks[h - 1].text == "«" and e < n and toks[e].text == "»"
                    if quoted:
                        h -= 1  # «گروه تروریستی «داعش خراسان»»
                    if h > 0 and sq[h - 1] in _GROUP_ADJECTIVES and not taken[h - 1]:
                        h -= 1
                    if h > 0 and sq[h - 1] in _GROUP_HEADS and not taken[h - 1]:
                        s = h - 1  # «گروه داعش خراسان», «جنبش حماس»: the kind of body belongs to its name
                        if quoted and not taken[e]:
                            e += 1
                take(mk(s, e, "kb", ids=[ids[0]], candidates=ids[1:] + amb))
            elif dem:
                # «همتای ژاپنی خود» → counterpart; bare demonyms («سربازان آمریکایی» is an institution)
                if s >= 2 and sq[s - 1] in _COUNTED_TROOPS and not taken[s - 1] and (
                        toks[s - 2].kind == "num" or sq[s - 2] in _NUMBER_WORDS or sq[s - 2] in _TROOP_COUNTS):
                    # «صدها نظامی گرجی», «۲۰ سرباز هندی»: counted soldiers of a state act for it
                    take(mk(s - 1, e, "institution", role_of=[dem[0]], title=toks[s - 1].text, branch="counted"))
                elif s > 0 and squeeze(toks[s - 1].text) in (squeeze("همتای"), squeeze("همتایان")) and not taken[s - 1]:
                    e2 = e + 1 if e < n and toks[e].text in ("خود", "او", "وی", "اش") else e
                    c = take(mk(s - 1, e2, "ref", ref="counterpart", demonym_of=dem[0]))
                    self._counterpart_name(sent, c, kb_tokens, taken, kb_at)
            elif amb:
                if any(pe == s for _ps, pe, _pp in place_spans):
                    continue  # «شهر خان یونس»: an ambiguous name after a place head starts the place's name (step 10)
                take(mk(s, e, "kb", ids=[], candidates=amb))

        # 8b. «به دوشنبه، پایتخت تاجیکستان»: an ambiguous name (a weekday too) is the seat it is said to be
        for j in (range(n - 3) if _SQ_CAPITAL in sq else ()):
            if toks[j + 1].text not in ("،", ",") or sq[j + 2] != _SQ_CAPITAL:
                continue
            amb_chunk = next((c for c in chunks if c.start == j and c.end == j + 1 and c.kind == "kb" and not c.ids), None)
            state = next((c for c in chunks if c.start == j + 3 and c.kind == "kb" and c.ids), None)
            if amb_chunk is None or state is None:
                continue
            amb_chunk.ids = [eid for eid in amb_chunk.candidates if self.kb.get(eid) is not None
                             and self.kb.get(eid).type == "Place" and self.kb.get(eid).located_in == state.ids[0]][:1]  # type: ignore[union-attr]

        # 9. references: «وی», «این کشور», «دو کشور», «همتای X»
        for s, e, payloads in ref_spans:
            if not free(s, e):
                continue
            kind = payloads[0]
            if kind.startswith("kb:"):
                take(mk(s, e, "kb", ids=[kind[3:]]))
            else:
                take(mk(s, e, "ref", ref=kind))
        for j, t in (enumerate(toks) if "آن" in wd else ()):
            if not taken[j] and t.text == "آن" and j > 0 and squeeze(toks[j - 1].text) in _MEMBER_WORDS:
                take(mk(j, j + 1, "ref", ref="org"))
        for j, t in (enumerate(toks) if _SQ_COUNTERPART in sq else ()):
            if not taken[j] and sq[j] == _SQ_COUNTERPART and j + 1 < n:
                # «همتای آمریکایی», «همتای خود», «همتای روس خود»
                e = j + 1
                if toks[e].text == "خود":
                    take(mk(j, e + 1, "ref", ref="counterpart"))

        # 10. places by head noun after a preposition or at a clause start: «به پایگاه هوایی X», «بندر X در …»
        for s, e, payloads in place_spans:
            if not free(s, e):
                continue
            if s > 0 and sq[s - 1] in _DEMONSTRATIVES:
                continue  # «از این پایگاه برخاسته»: a place referred to, not named
            j = e
            while j < n and j - e < 5 and not taken[j] and (toks[j].kind in ("word", "latin") or (
                    toks[j].text == "-" and j > e and j + 1 < n and toks[j + 1].kind == "word")  # «قرشی-خان‌آباد»
                    or j == e and toks[j].kind == "num" and squeeze(toks[s].text) in _BASE_HEADS  # «پایگاه نظامی ۱۰۲»
                    or j == e + 1 and toks[j].kind == "num" and sq[e] == _SQ_NUMBER):  # «پاسگاه شماره ۱۲»
                t = toks[j]
                if t.text == "-":
                    j += 1
                    continue
                if (squeeze(t.text) in self.lex.stopwords and t.text not in _NUMERALS) or is_verb(t.text) \
                        or participle(t.text) or squeeze(t.text) in _QUANTIFIERS or squeeze(t.text).startswith(_OFFICE_WORDS):
                    break  # «شهر اودسا ده‌ها کشته برجای گذاشت»
                if self.lex.noun_frames.lookup(t.text) or self.lex.prepositions.lookup(t.text):
                    break
                if j == e and squeeze(t.text) in _ADVERBS_AFTER_HEAD:
                    break  # «شهر همچنان در کنترل …»: an adverb after the head, no name
                if j == e + 1 and t.kind == "num" and sq[e] == _SQ_NUMBER:
                    j += 1
                    break  # «پاسگاه شماره ۱۲ مرزبانی روسیه»: the number ends the name
                if squeeze(t.text) in _DIRECTIONS and (j + 1 >= n or toks[j + 1].kind == "punct" or is_verb(toks[j + 1].text)
                                                       or self.lex.prepositions.lookup(toks[j + 1].text)):
                    break  # «تأسیسات نظامی غرب در …»: the West, not part of a name («جزایر شرق اژه» is)
                if j > e and any(ps == j for ps, _pe, _pp in place_spans):
                    break  # «ولسوالی سپین بولدک ولایت کندهار»: the next head starts the place it lies in
                if j + 1 < n and (is_verb(toks[j + 1].text) or participle(toks[j + 1].text)) \
                        and t.kind == "word" and self.is_word(t.text) \
                        and self.tags(t.text) & {"N", "AJ", "ADV"} and not self._motion_verb(toks[j + 1].text):
                    break  # «… اشاره داشتند»: a verb's own noun, not part of the name («به شهر هوشی مین می‌رود» is)
                if j in kb_at and not (j > 0 and toks[j - 1].text in _NUMERALS) \
                        and any(p[0] != "amb" for p in kb_at[j][2]):  # «شهر خان یونس»: an ambiguous name is part of it
                    # «پایگاه … بریتانیا در بندر دقم»: a country closing the name belongs to it
                    e2 = kb_at[j][1]
                    nxt = toks[e2].text if e2 < n else ""
                    ends = e2 >= n or toks[e2].kind == "punct" or bool(self.lex.prepositions.lookup(nxt)) or is_verb(nxt)
                    if ends and j > e and squeeze(toks[s].text) in _BASE_HEADS:
                        j = e2
                    break
                j += 1
            # «پایگاه … بریتانیا در بندر دقم»: a country closing a base's name belongs to it
            if j > e and j < n and j in kb_at and squeeze(toks[s].text) in _BASE_HEADS:
                e2 = kb_at[j][1]
                nxt = toks[e2].text if e2 < n else ""
                if e2 >= n or toks[e2].kind == "punct" or self.lex.prepositions.lookup(nxt) or is_verb(nxt):
                    chunks[:] = [x for x in chunks if not (x.start == j and x.kind == "kb")]
                    for q in range(j, e2):
                        taken[q] = False
                    j = e2
            # «تأسیسات نفتی عربستان»: common words followed by a state name the state's, not a named place
            proper = any(not self.is_word(toks[q].text) or q in kb_at or toks[q].kind == "latin"
                         or squeeze(toks[q].text) in self.name_parts
                         or self.freq(toks[q].text) < _RARE and not sq[q].endswith("ی") and not self.tags(toks[q].text) & {"AJ", "ADJ"}
                         for q in range(e, j)) or (j - e == 2 and sq[e] == _SQ_NUMBER)  # («پاسگاه شماره ۱۲»)
            # («شهر استراسبورگ فرانسه»: a rare word in hazm's list is a name)
            if j - e >= 1 and (proper or j not in kb_at):
                if squeeze(toks[s].text) in _PLURAL_PLACE_HEADS and not proper and j - e == 1 \
                        and not sq[e].endswith("ی") and self.freq(toks[e].text) < _PLACE_FREQ \
                        and not self.lex.noun_frames.lookup(toks[e].text) and not self.lex.weapons.lookup(toks[e].text) \
                        and j < n and toks[j].text in ("،", "و") and j + 1 < n and toks[j + 1].kind == "word":
                    proper = True  # «مناطق قندیل و سیدکان»: a rare noun listed with others is a name, not a kind
                if (squeeze(toks[s].text) in _PLURAL_PLACE_HEADS or squeeze(toks[s].text) in _PROPER_ONLY_HEADS) and not proper:
                    continue  # «مناطق مرزی», «روستای مرزی»: a description, not a name
                if not proper and j + 1 < n and toks[j].text == "و" and toks[j + 1].kind == "word":
                    continue  # «تأسیسات انرژی و گاز اوکراین»: kinds listed, then whose — a description, not a name
                if j - e == 1 and sq[e].endswith("ی") and (
                        self.is_word(toks[e].text[:-1]) or toks[e].text.endswith("\u200cای") and self.is_word(toks[e].text[:-3])) and (
                        not proper or squeeze(toks[s].text) in _PLURAL_PLACE_HEADS):
                    continue  # «پایگاه نظامی خارجی», «مناطق سرحدی», «تأسیسات هسته‌ای»: an adjective of a word, not a name
                if squeeze(toks[s].text) not in _PLURAL_PLACE_HEADS:
                    take(mk(s, j, "place", name=sent.text[toks[s].start - sent.start: toks[j - 1].end - sent.start]))
                    continue
                # «در مناطق متینا، زاپ و آواشین»: a plural head lists places, each named without it
                if toks[e].kind == "word" and self.is_word(toks[e].text) and self.freq(toks[e].text) >= _RARE \
                        and squeeze(toks[e].text) not in self.name_parts and e not in kb_at:
                    continue  # «نخستین بخش‌های سامانه دفاع موشکی تاد»: parts of a thing, not districts named
                items = [(e, j)]
                while j + 1 < n and toks[j].text in ("،", "و", ",") and len(items) < 8:
                    a = b = j + 1
                    while b < n and b - a < 3 and not taken[b] and (toks[b].kind in ("word", "latin") or (
                            toks[b].text == "-" and b > a and b + 1 < n and toks[b + 1].kind == "word")):
                        w = squeeze(toks[b].text)
                        if (w in self.lex.stopwords or is_verb(toks[b].text) or participle(toks[b].text)
                                or self.lex.prepositions.lookup(toks[b].text) or self.lex.noun_frames.lookup(toks[b].text)
                                or b in kb_at):
                            break
                        b += 1
                    if b == a or not any(not self.is_word(toks[q].text) or toks[q].kind == "latin" for q in range(a, b)):
                        break
                    items.append((a, b))
                    j = b
                for a, b in items:
                    if free(a, b):
                        take(mk(a, b, "place", name=sent.text[toks[a].start - sent.start: toks[b - 1].end - sent.start]))

        # 11. «به X سفر کرد» where X is unknown to the lexicon and the KB: a place
        # (only tokens right after «به»/«از» can start one: the others would be skipped below)
        for j in ([j for j in range(1, n - 1) if wd[j - 1] in ("به", "از")] if "به" in wd or "از" in wd else ()):
            if taken[j] or toks[j - 1].text not in ("به", "از") or toks[j].kind != "word":
                continue
            def unknown(q: int) -> bool:  # a word the lexicon does not know, or knows only in passing («احمدآباد»)
                return q < n and not taken[q] and toks[q].kind == "word" and squeeze(toks[q].text) not in self.lex.stopwords \
                    and not is_verb(toks[q].text) and (not self.is_word(toks[q].text) or self.freq(toks[q].text) < _RARE_PLACE
                                                       and not self.lex.noun_frames.lookup(toks[q].text)
                                                       and not self.tags(toks[q].text) & {"AJ", "ADJ", "ADV", "P", "CONJ"})

            m = j
            while m < n and m - j < 2 and unknown(m) and (m == j or not self.is_word(toks[m].text)):
                m += 1
            if m == j or m >= n:
                continue
            spans = [(j, m)]
            if m + 2 < n and toks[m].text == "و" and unknown(m + 1) and not unknown(m + 2):
                spans.append((m + 1, m + 2))  # «از احمدآباد و گوا دیدن کرده بود»: two places
                m += 2
            nxt = squeeze(toks[m].text)
            if nxt in _MOTION or (is_verb(toks[m].text) and squeeze(toks[m].text)[:2] in ("آم", "رف", "رس")) or \
                    (nxt in _MOTION_NOUNS and m + 1 < n and is_verb(toks[m + 1].text)) or \
                    (toks[j - 1].text == "از" and nxt == _SQ_SEEING and m + 1 < n
                     and (is_verb(toks[m + 1].text) or participle(toks[m + 1].text))) or \
                    (toks[j - 1].text == "به" and nxt in _STRIKE_NOUNS and m + 1 < n and is_verb(toks[m + 1].text)):
                # «به X سفر کرد», «از X و Y دیدن کرد», «به X حمله کردند»: an unknown name there is a place
                for a, b in spans:
                    take(mk(a, b, "place", name=sent.text[toks[a].start - sent.start: toks[b - 1].end - sent.start]))
        # 11b. «X را بمباران کردند» / «… هدف قرار دادند» where X is unknown to the lexicon and the KB: a place
        def placeish(q: int) -> bool:  # a rare word: a name the word list knows only in passing («بعلبک», «برمل»)
            return toks[q].kind == "word" and not taken[q] and not is_verb(toks[q].text) and sq[q] not in self.lex.stopwords \
                and self.freq(toks[q].text) < _PLACE_FREQ and not self.lex.weapons.lookup(toks[q].text) \
                and not self.lex.noun_frames.lookup(toks[q].text)

        # only where «را» and a strike or sanction noun follow one or two tokens on can anything be taken
        rr = [m for m in range(2, n - 1) if wd[m] == "را" and (sq[m + 1] in _STRIKE_VERB_NOUNS or sq[m + 1].startswith(_SQ_SANCTION))] \
            if "را" in wd else []
        for j in sorted({j for m in rr for j in (m - 2, m - 1) if 1 <= j < n - 3}):
            if not placeish(j) or placeish(j - 1) or sq[j].endswith(_PLURAL_ENDS) or sq[j].endswith("ی") \
                    or not (toks[j - 1].kind == "punct" or sq[j - 1] in self.lex.stopwords or sq[j - 1] in _WEEKDAYS
                            or self.lex.prepositions.lookup(toks[j - 1].text)):
                continue  # «مواضع تروریست‌ها را», «اهداف ملکی را»: a plural or an adjective is no place
            m = j + 1
            if m < n and placeish(m):
                m += 1
            if m + 1 < n and toks[m].text == "را" and sq[m + 1] in _STRIKE_VERB_NOUNS and toks[j - 1].text not in ("«",):
                take(mk(j, m, "place", name=sent.text[toks[j].start - sent.start: toks[m - 1].end - sent.start]))
            elif m + 1 < n and toks[m].text == "را" and sq[m + 1].startswith(squeeze("تحریم")) and not self.is_word(toks[j].text):
                # «انگلیس ایران‌ایر را تحریم کرد»: an unknown name sanctioned is a body (a company, a bank, a unit)
                take(mk(j, m, "org", name=sent.text[toks[j].start - sent.start: toks[m - 1].end - sent.start]))

        # 11c. «تین‌زاواتین، شهری در شمال مالی»: a name in apposition with a kind of place is a place
        for k in (range(1, n - 2) if "،" in wd else ()):
            if toks[k].text != "،":
                continue
            if sq[k + 1] in _APPOS_PLACE:
                if not any(toks[q].text == "در" for q in range(k + 2, min(n, k + 5))):
                    continue
            elif not (sq[k + 1] in _APPOS_SEAT and k + 2 < n and (
                    sq[k + 2] in _APPOS_SEAT_HEADS or k + 2 in kb_at and sq[k + 1] != squeeze("مرکز"))):
                continue  # «مکله، مرکز منطقه تیگرای», «الماتی، بزرگ‌ترین شهر قزاقستان», «X، پایتخت Y»
            a = k
            while a > 0 and k - a < 3 and not taken[a - 1] and toks[a - 1].kind in ("word", "latin") \
                    and sq[a - 1] not in self.lex.stopwords and not is_verb(toks[a - 1].text) \
                    and not self.lex.prepositions.lookup(toks[a - 1].text) and not self.lex.noun_frames.lookup(toks[a - 1].text) \
                    and not (a >= 2 and self.lex.prepositions.lookup(toks[a - 2].text + " " + toks[a - 1].text)) \
                    and sq[a - 1] not in _SPATIAL \
                    and (toks[a - 1].kind == "latin" or not self.is_word(toks[a - 1].text)
                         or self.freq(toks[a - 1].text) < _PLACE_FREQ):
                a -= 1
            if a == k or not (a == 0 or toks[a - 1].kind == "punct" or self.lex.prepositions.lookup(toks[a - 1].text)
                              or sq[a - 1] in self.lex.stopwords
                              or (a >= 2 and self.lex.prepositions.lookup(toks[a - 2].text + " " + toks[a - 1].text))
                              or sq[a - 1] in _SPATIAL):
                continue
            if True:
                take(mk(a, k, "place", name=sent.text[toks[a].start - sent.start: toks[k - 1].end - sent.start]))

        chunks.sort(key=lambda c: c.start)
        # «همتای سعودی خود»: a state's name that doubles as its adjective, after «همتای»
        for c in chunks:
            if c.kind == "kb" and c.ids and c.start > 0 and sq[c.start - 1] in _SQ_COUNTERPARTS and not taken[c.start - 1] \
                    and self.kb.get(c.ids[0]) is not None and self.kb.get(c.ids[0]).type == "Country":  # type: ignore[union-attr]
                e2 = c.end + 1 if c.end < n and toks[c.end].text in ("خود", "او", "وی", "اش") and not taken[c.end] else c.end
                c.kind, c.ref, c.demonym_of, c.ids = "ref", "counterpart", c.ids[0], []
                c.start, c.end = c.start - 1, e2
                c.char_start, c.char_end = toks[c.start].start, toks[c.end - 1].end
                c.surface = sent.text[c.char_start - sent.start: c.char_end - sent.start]
                taken[c.start] = taken[c.end - 1] = True
        # 12a. «همتای سودانی خود، ژنرال X،»: the counterpart named in apposition
        for k, c in enumerate(chunks[:-1]):
            nxt = chunks[k + 1]
            if c.kind == "ref" and c.ref == "counterpart" and nxt.kind == "person" and not nxt.roles \
                    and nxt.start == c.end + 1 and toks[c.end].text in ("،", ","):
                nxt.ref = "counterpart"
                nxt.demonym_of = c.demonym_of
                nxt.start, nxt.char_start = c.start, c.char_start
                nxt.surface = sent.text[nxt.char_start - sent.start: nxt.char_end - sent.start]
                c.kind = "merged"
        chunks = [c for c in chunks if c.kind != "merged"]
        # 12b. «آرویداس آنوشاوسکاس، همتای لیتوانیایی او،»: a name, then the counterpart apposition
        for c in list(chunks):
            if c.kind == "ref" and c.ref == "counterpart" and c.start >= 2 and toks[c.start - 1].text in ("،", ","):
                j = c.start - 1
                k = j
                while k > 0 and j - k < 4 and not taken[k - 1] and self.is_name_token(toks[k - 1], kb_tokens, k - 1):
                    k -= 1
                if k < j:
                    c.kind, c.name = "person", sent.text[toks[k].start - sent.start: toks[j - 1].end - sent.start]
                    c.start, c.char_start = k, toks[k].start
                    c.surface = sent.text[c.char_start - sent.start: c.char_end - sent.start]
                    for q in range(k, j):
                        taken[q] = True
                    continue
                # «سوبرامانیام جایشانکار، همتای هندی خود،»: a known person, then the counterpart apposition
                known = next((p for p in chunks if p.end == j and self._bare_person(p)), None)
                if known is not None:
                    c.kind, c.ids, c.name = "person", list(known.ids[:1]), known.name or known.surface
                    c.start, c.char_start = known.start, known.char_start
                    c.surface = sent.text[c.char_start - sent.start: c.char_end - sent.start]
                    known.kind = "merged"
        chunks = [c for c in chunks if c.kind != "merged"]
        chunks.sort(key=lambda c: c.start)
        # «مارک اسپر، سرپرست وزارت دفاع آمریکا،»: the acting head of a ministry the KB knows holds its post
        for k, c in enumerate(chunks):
            body = self.kb.get(c.ids[0]) if c.kind == "kb" and c.ids else None
            if body is None or body.kind != "ministry" or not body.part_of or c.start < 3 or sq[c.start - 1] != _SQ_ACTING \
                    or taken[c.start - 1] or toks[c.start - 2].text not in ("،", ","):
                continue
            post = next((v for key, v in _HEAD_ROLES.items() if squeeze(body.label).startswith(squeeze(key))), None)
            holder = next((p for p in chunks if p.end == c.start - 2 and self._bare_person(p)), None)
            if post is None or holder is None or post[0] != "ministerOf":
                continue
            holder.kind = "person"
            holder.name = holder.name or holder.surface
            holder.roles = [Role("سرپرست " + body.label, post[0], post[1], None)]
            holder.role_of = [body.part_of]
            holder.end, holder.char_end = c.end, c.char_end
            holder.surface = sent.text[holder.char_start - sent.start: holder.char_end - sent.start]
            taken[c.start - 1] = True
            c.kind = "merged"
        chunks = [c for c in chunks if c.kind != "merged"]
        # «وزارت دفاع روسیه، به ریاست سرگئی شویگو، …»: the head of a ministry the KB knows holds its post
        for k, c in enumerate(chunks):
            body = self.kb.get(c.ids[0]) if c.kind == "kb" and c.ids else None
            if body is None or body.kind != "ministry" or not body.part_of:
                continue
            j = c.end + (1 if c.end < n and toks[c.end].text in ("،", ",") else 0)
            lead = next((ld for ld in _HEADED_BY if [t.text for t in toks[j: j + len(ld.split())]] == ld.split()), None)
            post = next((v for key, v in _HEAD_ROLES.items() if squeeze(body.label).startswith(squeeze(key))), None)
            if lead is None or post is None or post[0] != "ministerOf":
                continue
            at = j + len(lead.split())
            holder = next((p for p in chunks if p.start in (at, at + 1) and self._bare_person(p)), None)
            if holder is None or (holder.start == at + 1 and not self.lex.titles.lookup(toks[at].text)):
                continue
            holder.kind = "person"
            holder.name = holder.name or holder.surface
            holder.roles = [Role(lead + " " + body.label, post[0], post[1], None)]
            holder.role_of = [body.part_of]
        # 12c. «A، وزیر دفاع، B، وزیر انرژی، و C، وزیر کشور ترکیه،»: bare posts listed before the one that names
        # the state are of that state
        for k in range(len(chunks) - 2, -1, -1):
            c, nxt = chunks[k], chunks[k + 1]
            if c.kind == "person" and c.roles and not c.role_of and not c.of_ref and nxt.kind == "person" and nxt.roles \
                    and nxt.role_of and len(nxt.role_of) == 1 and all(t.text in ("،", ",", "و") for t in toks[c.end: nxt.start]) \
                    and c.end < n and toks[c.end].text in ("،", ",") and all(r.predicate == "ministerOf" for r in c.roles + nxt.roles):
                c.role_of = list(nxt.role_of)
        # 12d. «X، نخست‌وزیر این کشور، را برکنار کرد», «پس از برکناری X، وزیر دفاع»: the post is lost
        for c in chunks:
            if c.kind == "person" and c.roles and not c.former and _removed(toks, c.start, c.end):
                c.former = True
        # 12. an ambiguous name next to a cue («کشور پرو») or listed with its kind («شیلی، پرو و کلمبیا»)
        for k, c in enumerate(chunks):
            if c.kind != "kb" or c.ids or not c.candidates:
                continue
            prev = toks[c.start - 1].text if c.start > 0 else ""
            # «همکاری نظامی با آذربایجان» beside «ترکیه»: a state dealt «با» by another state is the state
            states = [i for i in c.candidates if self.kb.get(i) is not None and self.kb.get(i).type == "Country"]  # type: ignore[union-attr]
            if len(states) == 1 and prev == "با" and any(
                    o is not c and self.kb.get(i) is not None and self.kb.get(i).type == "Country"  # type: ignore[union-attr]
                    for o in chunks for i in ((o.ids[:1] if o.kind == "kb" else []) + list(o.role_of or [])[:1])):
                c.ids = states
                continue
            nxt = chunks[k + 1] if k + 1 < len(chunks) else None
            nxt_kb = self.kb.get(nxt.ids[0]) if nxt is not None and nxt.kind == "kb" and nxt.ids else None
            if nxt_kb is not None and nxt_kb.type == "Country" and nxt.start == c.end:  # type: ignore[union-attr]
                # «بلوچستان پاکستان»: the place of that name in the state named after it, or none
                inside = [i for i in c.candidates if self.kb.get(i) is not None
                          and self.kb.get(i).located_in == nxt_kb.id]  # type: ignore[union-attr]
                if not inside and states and nxt.end < n and toks[nxt.end].text == "را":
                    c.ids = states[:1]  # «آذربایجان ارمنستان را … متهم کرد»: a state, then the other as object
                    continue
                c.candidates = inside
                c.ids = c.candidates[:1]
                continue
            cue = _TYPE_CUES.get(squeeze(prev))
            if cue:
                pick = [i for i in c.candidates if (self.kb.get(i) is not None and self.kb.get(i).type == cue)]  # type: ignore[union-attr]
                if pick:
                    c.ids = pick[:1]
                    continue
            for nb in (chunks[k - 1] if k > 0 else None, chunks[k + 1] if k + 1 < len(chunks) else None):
                if nb is None or nb.kind != "kb" or not nb.ids:
                    continue
                lo, hi = (nb.end, c.start) if nb.start < c.start else (c.end, nb.start)
                gap = {t.text for t in toks[lo:hi]}
                if 1 <= hi - lo <= 2 and gap <= {"و", "،", ","}:
                    pick = [i for i in c.candidates if self._same_type(i, nb.ids[0])]
                    if len(pick) == 1 or (pick and self.kb.get(pick[0]).type != "Person"):  # type: ignore[union-attr]
                        c.ids = pick[:1]
                        break
        return chunks

    @staticmethod
    def _motion_verb(word: str) -> bool:
        v = analyze_verb([word], 0)
        return v is not None and squeeze(v.lemma) in _MOTION_LEMMAS

    def _name_or_kb_person_before(self, sent: Sentence, end: int, taken: list[bool], kb_tokens: set[int],
                                  kb_spans: list) -> tuple[int, int, str, str | None] | None:
        """(start, end, name, KB id or None) of a person's name ending right before token ``end``."""
        toks = sent.tokens
        for s, e, payloads in kb_spans:
            if e == end and not any(taken[k] for k in range(s, e)):
                person = [p[1] for p in payloads if p[0] in ("name", "person")
                          and (self.kb.get(p[1]) is None or self.kb.get(p[1]).type == "Person")]  # type: ignore[union-attr]
                if person:
                    return s, e, sent.text[toks[s].start - sent.start: toks[e - 1].end - sent.start], person[0]
                return None
        k = end
        while k > 0 and end - k < 4 and not taken[k - 1] and self.is_name_token(toks[k - 1], kb_tokens, k - 1):
            k -= 1
        if end - k < 2 or not any(not self.is_word(toks[q].text) or self.freq(toks[q].text) < _RARE for q in range(k, end)):
            return None  # two name tokens, one of them foreign, make a name here
        return k, end, sent.text[toks[k].start - sent.start: toks[end - 1].end - sent.start], None

    def _surname_like(self, tok: Token, i: int, kb_tokens: set[int]) -> bool:
        """A word that is_name_token rejects only for being common («میلی»)."""
        if tok.kind != "word" or i in kb_tokens or is_verb(tok.text):
            return False
        sq = squeeze(tok.text)
        if sq in self.lex.stopwords or sq in _NOT_NAMES or self.tags(tok.text) & _FUNCTION_TAGS:
            return False
        return not (self.lex.roles.lookup(tok.text) or self.lex.institutions.lookup(tok.text)
                    or self.lex.noun_frames.lookup(tok.text) or self.lex.titles.lookup(tok.text))

    def _personish(self, payloads: tuple) -> bool:
        """A KB hit that may be (part of) a person's name: a person or an ambiguous form."""
        for kind, eid in payloads:
            if kind in ("amb", "person"):
                return True
            e = self.kb.get(eid)
            if kind == "name" and e is not None and e.type == "Person":
                return True
        return False

    def _other_given_name(self, toks, s: int, e: int, pid: str, taken: list[bool]) -> bool:
        """Does a given name this KB person never goes by stand right before a surname-only match of it?"""
        if e - s != 1 or s == 0 or taken[s - 1] or toks[s - 1].kind != "word":
            return False
        first = squeeze(toks[s - 1].text)
        if not (_given_name(first) or self.is_name_token(toks[s - 1], set(), s - 1)) or self.lex.titles.lookup(toks[s - 1].text):
            return False
        kb = self.kb.get(pid)
        if kb is None:
            return False
        names = [[squeeze(w) for w in a.replace("\u200c", " ").split()] for a in (kb.label, *kb.aliases)]
        return any(len(w) >= 2 for w in names) and not any(first in w[:-1] for w in names if len(w) >= 2)

    def _may_open_name(self, tok: Token) -> bool:
        """A word that may begin a foreign name although Persian has it («ادوار», «دوران»): no function word,
        verb, preposition, post, title, trigger or number."""
        sq = squeeze(tok.text)
        return not (sq in self.lex.stopwords or sq in _NOT_NAMES or sq in _NUMBER_WORDS or sq in _NAME_OPENERS
                    or is_verb(tok.text) or participle(tok.text) or _infinitive(tok.text)
                    or self.lex.prepositions.lookup(tok.text) or self.lex.roles.lookup(tok.text)
                    or self.lex.titles.lookup(tok.text) or self.lex.institutions.lookup(tok.text)
                    or self.lex.noun_frames.lookup(tok.text) or self.lex.markers.lookup(tok.text)
                    or self.tags(tok.text) & {"ADV", "PRO", "DET", "P", "CONJ", "NUM"}
                    or tok.text.endswith(("\u200cها", "\u200cهای")))

    def _common(self, token: str) -> bool:
        """A frequent common word that does not begin a name («طریق», «قدرت»)."""
        return self.freq(token) >= _COMMON_FREQ and squeeze(token) not in _FIRST_NAMES

    def _counterpart_name(self, sent: Sentence, c: Chunk, kb_tokens: set[int], taken: list[bool], kb_at: dict) -> None:
        """«همتای روس خود، سرگئی شویگو»: the counterpart is named in apposition."""
        toks = sent.tokens
        n = len(toks)
        j = c.end
        if not (j < n and toks[j].text in ("،", ",")):
            return
        k = j + 1
        title = None
        if k < n and self.lex.titles.lookup(toks[k].text):
            title = toks[k].text
            k += 1
        if k in kb_at and self._personish(kb_at[k][2]):
            s2, e2, p2 = kb_at[k]
            pid = next((p[1] for p in p2 if p[0] in ("name", "person")), None)
            m = e2
        else:
            pid = None
            m = k
            while m < n and m - k < 4 and not taken[m] and self.is_name_token(toks[m], kb_tokens, m):
                m += 1
        if m == k or any(taken[q] for q in range(c.end, m)):
            return  # the name is already a chunk: merged after all chunks are found
        for q in range(c.end, m):
            taken[q] = True
        c.kind = "person"
        c.name = sent.text[toks[k].start - sent.start: toks[m - 1].end - sent.start]
        c.title = title
        c.ids = [pid] if pid else []
        c.end = m
        c.char_end = toks[m - 1].end
        c.surface = sent.text[c.char_start - sent.start: c.char_end - sent.start]
        c.ref = "counterpart"

    def _bare_person(self, p: Chunk) -> bool:
        """A person named without a post yet: a KB person, one the article introduced, or a found name."""
        if p.kind == "person":
            return bool(p.name) and not p.roles
        if p.kind != "kb" or not p.ids:
            return False
        e = self.kb.get(p.ids[0])
        return p.ids[0].startswith("person-") or (e is not None and e.type == "Person")

    def _org_before(self, sent: Sentence, paren: int, taken: list[bool], kb_tokens: set[int], allow_kb: bool = False) -> Chunk | None:
        """The organisation name ending right before «(»: from the earliest organisation head word
        within 7 tokens («سازمان اطلاعات ارتش (آی‌اس‌آی)» starts at «سازمان»)."""
        toks = sent.tokens
        start = None
        for k in range(paren - 1, max(-1, paren - 8), -1):
            if taken[k] or toks[k].kind == "punct" or is_verb(toks[k].text) or self.lex.prepositions.lookup(toks[k].text):
                break
            if squeeze(toks[k].text) in _ORG_NAME_HEADS:
                start = k
        if start is None or paren - start < 2:
            return None
        name = sent.text[toks[start].start - sent.start: toks[paren - 1].end - sent.start]
        return Chunk(sent.index, start, paren, "org", toks[start].start, toks[paren - 1].end, name, name=name)

    def _plain_word(self, word: str) -> bool:
        """A word of the lexicon that is not a known name part («راستا», «اصلی»)."""
        sq = squeeze(word)
        return self.is_word(word) and sq not in _FIRST_NAMES and sq not in self.name_parts

    def _continues_name(self, word: str) -> bool:
        """An adjective that would make a body's name longer («جمعی», «ملی», «عالی»)."""
        return word.replace("\u200c", "").endswith("ی") and "AJ" in self.tags(word) and "N" not in self.tags(word) \
            or squeeze(word) in _NAME_CONTINUERS

    def _person_hit_at(self, sent: Sentence, k: int) -> int | None:
        """End of a KB person's name starting at token ``k`` («ذاکر حسن‌اف مسئولیت …» → after «حسن‌اف»)."""
        for s, e, payloads in self._spans(self.kb_gaz, sent):
            if s == k and any(p[0] == "name" and (self.kb.get(p[1]) is not None and self.kb.get(p[1]).type == "Person")  # type: ignore[union-attr]
                              for p in payloads):
                return e
        return None

    def _same_type(self, a: str, b: str) -> bool:
        ea, eb = self.kb.get(a), self.kb.get(b)
        return ea is not None and eb is not None and ea.type == eb.type

    def _headed_by(self, sent: Sentence, body: Chunk, phrase: str, kb_tokens: set[int], taken: list[bool]) -> Chunk | None:
        """«وزارت دفاع آذربایجان به ریاست ذاکر حسن‌اف» → the minister, with his post."""
        toks = sent.tokens
        n = len(toks)
        j = body.end
        for lead in _HEADED_BY:
            parts = lead.split()
            if [t.text for t in toks[j: j + len(parts)]] == parts:
                k = j + len(parts)
                if k < n and self.lex.titles.lookup(toks[k].text):
                    k += 1
                m = k
                known = self._person_hit_at(sent, k)
                if known is not None:
                    m = known
                else:
                    while m < n and m - k < 4 and not taken[m] and self.is_name_token(toks[m], kb_tokens, m):
                        m += 1
                if m == k:
                    return None
                key = next((key for key in _HEAD_ROLES if squeeze(key) == squeeze(phrase)), None)
                pred, qual = _HEAD_ROLES[key] if key else ((("commanderOf", body.branch) if body.branch else (None, None)))
                if pred is None:
                    return None
                role = Role(lead, pred, qual, None)
                name = sent.text[toks[k].start - sent.start: toks[m - 1].end - sent.start]
                return Chunk(sent.index, j, m, "person", toks[j].start, toks[m - 1].end, name, roles=[role],
                             role_of=list(body.role_of), of_ref=body.of_ref, name=name)
        return None

    def _state_of(self, eid: str) -> str:
        """A capital or a state body stands for its state («توکیو» → Japan)."""
        e = self.kb.get(eid)
        if e is not None and e.metonym_for:
            return e.metonym_for
        if e is not None and e.type == "Organization" and e.part_of and e.kind not in ("alliance", "intergovernmental", "peacekeeping_force"):
            return e.part_of
        return eid

    def _opener(self, tok: str | None) -> bool:
        """Can a name start right after this token?"""
        return tok is None or tok in ("،", "«", ":", "(", "و", "؛", "-", "\n", "»") or bool(self.lex.prepositions.lookup(tok)) \
            or squeeze(tok) in self.lex.stopwords or is_verb(tok)

    def _adjective_of_word(self, word: str) -> bool:
        """«ائتلافی», «دولتی»: a common noun with the adjectival «ی» (hazm lists the noun, not the adjective) — no name
        word before a name («دولت ائتلافی منموهان سینگ»); surnames from given names («حسینی») or places stay names."""
        w = squeeze(word)
        if len(w) < 5 or not w.endswith("ی") or self.is_word(word):
            return False
        stem = w[:-1]
        return self.freq(stem) >= 100_000 and stem not in _FIRST_NAMES and not self.kb_gaz.lookup(stem)

    def _described_group_end(self, toks, k: int, kb_at: dict) -> int | None:
        """End of «صرب‌های بوسنی», «شورشیان اسلام‌گرای تاجیک» starting at ``k`` (see step 3e), if one does."""
        sq = [squeeze(t.text) for t in toks[k: k + 3]]
        if sq[0] not in _ARMED_DESCRIPTORS or k in kb_at and any(p[0] in ("name", "org") for p in kb_at[k][2]):
            return None
        m = k + 1
        if m < len(toks) and len(sq) > 1 and (sq[1] in _SEPARATIST_ADJECTIVES or sq[1] in _GROUP_ADJECTIVES):
            m += 1
        if m not in kb_at:
            return None
        _s, e, payloads = kb_at[m]
        ok = [p for p in payloads if p[0] == "dem" or (p[0] == "name" and self.kb.get(p[1]) is not None
                                                        and self.kb.get(p[1]).type in ("Country", "Place"))]  # type: ignore[union-attr]
        return e if ok and not any(p[0] == "org" for p in payloads) else None

    def _city_surname(self, j: int, k: int, kb_at: dict, toks) -> bool:
        """Is the one-word KB name at ``k`` a city, after a given name at ``j`` that is no title («امیر دبی»)?"""
        if self.lex.titles.lookup(toks[j].text) or self.lex.roles.lookup(toks[j].text):
            return False
        ids = [p[1] for p in kb_at[k][2] if p[0] == "name"]
        ents = [self.kb.get(i) for i in ids]
        return bool(ents) and all(x is not None and x.type == "Place" for x in ents)

    def _kb_name_word(self, word: str) -> bool:
        """One word that is the whole KB name of a place or a body (not a state, not a person): «ولینگتون», «واگنر»."""
        hits = self.kb_gaz.lookup(word)
        return bool(hits) and all(self.kb.get(eid) is not None and self.kb.get(eid).type in ("Place", "Organization")  # type: ignore[union-attr]
                                  for _kind, eid in hits)

    def _name_before(self, sent: Sentence, start: int, taken: list[bool], kb_tokens: set[int]) -> tuple[int, int, str, str | None] | None:
        """A name right before a post: «X، وزیر …», «X وزیر …», ««X» وزیر …», «X (Latin X)، وزیر …»."""
        toks = sent.tokens
        j = start
        if j > 0 and toks[j - 1].text in ("،", ","):
            j -= 1
        # a transliteration in parentheses between name and post: «گیلبرتو تئودورو (Gilberto Teodoro)»
        if j > 2 and toks[j - 1].text == ")":
            k = j - 2
            while k > 0 and toks[k].kind == "latin":
                k -= 1
            if toks[k].text == "(" and k < j - 2:
                j = k
        quoted = j > 0 and toks[j - 1].text == "»"
        if quoted:
            k = j - 2
            while k >= 0 and toks[k].text != "«" and j - k <= 6:
                k -= 1
            if k >= 0 and toks[k].text == "«" and k + 1 < j - 1:
                inner = range(k + 1, j - 1)
                if all(self.is_name_token(toks[q], kb_tokens, q) or toks[q].kind == "latin" for q in inner) and not any(taken[q] for q in inner):
                    text = sent.text[toks[k + 1].start - sent.start: toks[j - 2].end - sent.start]
                    return k, start, text, None
            return None
        k = j
        common_end = False
        if j >= 2 and not taken[j - 1] and not taken[j - 2] and toks[j - 1].kind == "word" and toks[j - 2].kind == "word" \
                and j - 1 not in kb_tokens and not self.is_name_token(toks[j - 1], kb_tokens, j - 1) \
                and squeeze(toks[j - 1].text) not in _NOT_NAMES \
                and (self._may_open_name(toks[j - 1]) or squeeze(toks[j - 1].text) in _NAME_END_WORDS) \
                and self.is_name_token(toks[j - 2], kb_tokens, j - 2) and not self._common(toks[j - 2].text):
            k, common_end = j - 1, True  # «سونگ یونگ مو، وزیر دفاع …»: a foreign name may end in a Persian word
        while k > 0 and j - k < 5 and not taken[k - 1] and (self.is_name_token(
                toks[k - 1], kb_tokens, k - 1, after_title=k > 1 and bool(self.lex.titles.lookup(toks[k - 2].text)))
                and not (k < j and k >= 2 and toks[k - 2].kind == "word" and "N" in self.tags(toks[k - 2].text)
                         and not self.tags(toks[k - 2].text) & _FUNCTION_TAGS
                         and not self.lex.prepositions.lookup(toks[k - 2].text)
                         and self._adjective_of_word(toks[k - 1].text))  # (after the noun it describes)
                or (toks[k - 1].text == "-" and k - 1 < j - 1 and k > 1 and toks[k - 2].kind == "word"
                    and self.is_name_token(toks[k - 2], kb_tokens, k - 2))  # «کوسینیاک-کامیش»
                or (k > 1 and squeeze(toks[k - 2].text) in _PATRONYMIC and toks[k - 1].kind == "word"
                    and bool(self.lex.titles.lookup(toks[k - 1].text)))):  # «زاید بن سلطان آل نهیان»: a father's name
            k -= 1
        if common_end and not (k == 0 or toks[k - 1].kind == "punct" or squeeze(toks[k - 1].text) in _NAME_OPENERS
                               or squeeze(toks[k - 1].text) in self.lex.stopwords):
            return None  # only a whole clause-initial name may end in a Persian word («وزارت خارجه روسیه کاردار …» is none)
        while k < j and k >= 2 and j - k < 5 and squeeze(toks[k - 1].text) in _NAME_PARTICLES and not taken[k - 1] \
                and not taken[k - 2] and (self.is_name_token(toks[k - 2], kb_tokens, k - 2) or _given_name(squeeze(toks[k - 2].text))):
            k -= 2  # «رناتو د ویا», «محمد ولد عبدالعزیز»: a particle inside a name
        extended = False
        if k < j and any(not self.is_word(toks[q].text) or self.freq(toks[q].text) < _PLACE_FREQ for q in range(k, j)):
            # «ادوار بالادور، نخست‌وزیر …», «اما سیکستو دوران باین، رئیس‌جمهور …»: a foreign name's first words
            # may be Persian words; between a clause opening and the name they are part of it
            m = k
            while m > 0 and k - m < 2 and not taken[m - 1] and toks[m - 1].kind == "word" and self._may_open_name(toks[m - 1]):
                m -= 1
            if m < k and (m == 0 or toks[m - 1].kind == "punct" or squeeze(toks[m - 1].text) in _NAME_OPENERS):
                k, extended = m, True
        if k == j and j >= 2 and _given_name(squeeze(toks[j - 2].text)) and toks[j - 1].kind == "word" \
                and not taken[j - 1] and not taken[j - 2] and not is_verb(toks[j - 1].text) \
                and squeeze(toks[j - 1].text) not in _NOT_NAMES \
                and squeeze(toks[j - 1].text) not in self.lex.stopwords and not self.lex.prepositions.lookup(toks[j - 1].text) \
                and not self.lex.roles.lookup(toks[j - 1].text) \
                and (j == 2 or toks[j - 3].kind == "punct" or squeeze(toks[j - 3].text) in self.lex.stopwords
                     or _given_name(squeeze(toks[j - 3].text)) and not taken[j - 3]):
            k = j - 2  # «عبدالفتاح برهان، فرمانده …»: a given name, then a surname that is also a word
            while k > 0 and j - k < 4 and not taken[k - 1] and _given_name(squeeze(toks[k - 1].text)):
                k -= 1  # «عبدالله احمد بدوی، وزیر خارجه …»: given names before it
        if j - k < 4:
            # «ولینگتون کو، وزیر دفاع …», «ترز کایکوامبا واگنر، وزیر خارجه …»: a city's or a body's one-word KB name
            # inside a foreign name before a post, with at least one other name word, from a clause opening
            m = k
            while m > 0 and j - m < 4 and not taken[m - 1] and (
                    self.is_name_token(toks[m - 1], kb_tokens, m - 1) or self._kb_name_word(toks[m - 1].text)):
                m -= 1
            if m < k or (k == j and m < j):
                inner = range(m, j)
                if any(not self._kb_name_word(toks[q].text) and self.is_name_token(toks[q], kb_tokens, q) for q in inner) \
                        and (any(not self.is_word(toks[q].text) for q in inner if not self._kb_name_word(toks[q].text))
                             and (m == 0 or toks[m - 1].kind == "punct" or squeeze(toks[m - 1].text) in _NAME_OPENERS)
                             or squeeze(toks[m].text) in _FIRST_NAMES and not self._kb_name_word(toks[m].text)):
                    k = m  # (a known given name opens a name anywhere: «در کابینه ریکاردو لاگوس، رئیس‌جمهور …»)
        if k == j:
            return None
        while k >= 2 and toks[k - 1].text == "." and is_letter_name(toks[k - 2].text) \
                and not taken[k - 2]:
            k, extended = k - 2, True  # «ای. کی. آنتونی، وزیر دفاع هند»: initials before the name
        if k > 0 and squeeze(toks[k - 1].text) in _SHORT_SURNAMES and not taken[k - 1] \
                and (k == 1 or toks[k - 2].kind == "punct" or squeeze(toks[k - 2].text) in _NAME_OPENERS) \
                and any(not self.is_word(toks[q].text) for q in range(k, j)):
            k, extended = k - 1, True  # «ما یینگ‌جئو، رئیس‌جمهور …»: an East Asian surname that is also a Persian word
        title = None
        if k > 1 and squeeze(toks[k - 1].text) == squeeze("شیخ") and not taken[k - 2] and _given_name(squeeze(toks[k - 2].text)) \
                and (k == 2 or toks[k - 3].kind == "punct" or squeeze(toks[k - 3].text) in self.lex.stopwords):
            k -= 2  # «حسن شیخ محمود، رئیس‌جمهور …»: «شیخ» inside a name is part of it
        while 0 < k < j - 1 and any(k - w + 1 >= 0 and self.lex.titles.lookup(" ".join(t.text for t in toks[k - w + 1: k + 1]))
                                    for w in (2, 3)):
            k += 1  # «سرتیپ خلبان X»: the rank's last word is no part of the name
        if k > 0 and self.lex.titles.lookup(toks[k - 1].text) or k > 1 and self.lex.titles.lookup(
                toks[k - 2].text + " " + toks[k - 1].text):
            width = next((w for w in (3, 2, 1) if k - w >= 0 and not any(taken[k - w: k]) and self.lex.titles.lookup(
                " ".join(t.text for t in toks[k - w: k]))), 1)  # «امیر سرتیپ خلبان X»: a rank of several words
            title = " ".join(t.text for t in toks[k - width: k])
            return k - width, start, sent.text[toks[k].start - sent.start: toks[j - 1].end - sent.start], title
        elif not extended:
            # drop leading common words («از طریق قدرت X», «با حضور X»)
            while k < j - 1 and self._common(toks[k].text):
                k += 1
        if j - k == 1 and not title and self._plain_word(toks[k].text):
            return None  # «در همین راستا، رییس‌جمهور …»: one ordinary word is not a name
        text = sent.text[toks[k].start - sent.start: toks[j - 1].end - sent.start]
        return (k - 1 if title else k), start, text, title

    @staticmethod
    def _appointed_after(toks, name_end: int, post_end: int) -> bool:
        """«رهبر ایران سرلشکر X را به ریاست ستاد … منصوب کرد»: a name right after a post (no comma) that is then
        appointed to another post is the object of the post holder's appointment, not the holder."""
        n = len(toks)
        return name_end < n and toks[name_end].text == "را" and post_end < n and toks[post_end].text not in ("،", ",") and any(
            squeeze(" ".join(t.text for t in toks[q: q + 2])) in _APPOINT_PP for q in range(name_end, min(n, name_end + 6)))

    @staticmethod
    def _own_post_after(toks, e: int, c: Chunk, role_chunks: list[Chunk]) -> bool:
        """Is the name ending at ``e`` (set off by a comma after post ``c``) followed by «، <another post>» of its own?"""
        return e + 1 < len(toks) and toks[e].text in ("،", ",") and any(
            x is not c and x.kind == "role" and x.start == e + 1 for x in role_chunks)

    def _name_after(self, sent: Sentence, end: int, taken: list[bool], kb_tokens: set[int]) -> tuple[int, int, str, str | None] | None:
        """A name right after a post: «وزیر دفاع آمریکا، X،» / «رئیس‌جمهور روسیه ولادیمیر پوتین»."""
        toks = sent.tokens
        n = len(toks)
        j = end
        comma = j < n and toks[j].text in ("،", ",")
        if comma:
            j += 1
        quoted = j < n and toks[j].text == "«"
        if quoted:
            j += 1
        title = None
        if not quoted and not comma:
            # «وزیر دفاع ایران سرتیپ عزیز نصیرزاده»: a rank between the post and the name
            for width in (3, 2, 1):
                hit = self.lex.titles.lookup(" ".join(t.text for t in toks[j: j + width])) if j + width <= n else None
                if hit:
                    title = " ".join(t.text for t in toks[j: j + width])
                    j += width
                    break
        k = j
        while k < n and k - j < 4 and not taken[k] and (self.is_name_token(toks[k], kb_tokens, k)):
            k += 1
        if k == j:
            return None
        if quoted:
            if not (k < n and toks[k].text == "»"):
                return None
            text = sent.text[toks[j].start - sent.start: toks[k - 1].end - sent.start]
            return end, k + 1, text, None
        closing = k >= n or toks[k].text in ("،", ",", ")", ":", "»") or is_verb(toks[k].text)
        # Without punctuation around it, accept only words the lexicon does not know (or hardly uses):
        # «رئیس‌جمهور کره جنوبی یون سوک یول و …», «… یون سوک یول به واشنگتن»
        # a given name may be a common word («عباس», «عزیز») when an unknown surname follows it
        unknown = all(not self.is_word(toks[q].text) or self.freq(toks[q].text) < _RARE
                      or (q == j and k - j >= 2 and squeeze(toks[q].text) in _FIRST_NAMES) for q in range(j, k)) \
            or (k - j >= 2 and all(squeeze(toks[q].text) in _FIRST_NAMES for q in range(j, k)))  # «انور ابراهیم»
        if unknown and k < n and (toks[k].text == "و" or self.lex.prepositions.lookup(toks[k].text)
                                  or squeeze(toks[k].text) in _AFTER_NAME):
            closing = True
        if not (comma and closing) and not (closing and unknown and (k - j >= 2 or title and not self.is_word(toks[j].text))):
            return None
        text = sent.text[toks[j].start - sent.start: toks[k - 1].end - sent.start]
        return end, k, text, title


# words that may follow a name in its clause: «… عزیز نصیرزاده روز شنبه گفت»
_AFTER_NAME = frozenset(squeeze(w) for w in ("روز", "امروز", "دیروز", "صبح", "عصر", "شب", "بامداد", "نیز", "هم", "که"))
_SQ_MINISTER = squeeze("وزیر")
_SQ_FORCES = squeeze("نیروهای")
_SQ_HEADSHIP = squeeze("ریاست‌جمهور")
_SQ_NUMBER = squeeze("شماره")
_SQ_MOUNTAINOUS = squeeze("کوهستانی")
# fighters named by what they are; a people in a region («صرب‌های بوسنی») too
_ARMED_DESCRIPTORS = frozenset(squeeze(w) for w in (
    "شورشیان", "جدایی‌طلبان", "شبه‌نظامیان", "ستیزه‌جویان", "جنگجویان", "صرب‌های", "کردهای",
    "تامیل‌های", "پشتون‌های", "آلبانیایی‌تبارهای", "ارمنی‌های", "ترک‌های", "یونانی‌های"))
_REBEL_ADJECTIVES = frozenset(squeeze(w) for w in ("جدایی‌طلب", "شورشی"))
# the same words alone (and the plural of a people: «صرب‌ها»), pointing back to the group named with them
# (keys and values squeezed: «صربها» and «صرب‌ها» are one key)
_BARE_GROUPS = {squeeze(a): squeeze(b) for a, b in (
    ("صرب‌ها", "صرب‌های"), ("کردها", "کردهای"), ("تامیل‌ها", "تامیل‌های"), ("جدایی‌طلبان", "جدایی‌طلبان"),
    ("ترک‌ها", "ترک‌های"))}
_BARE_HEAD_REFS = frozenset(squeeze(w) for w in ("شورشیان", "جدایی‌طلبان"))
# adjectives of such groups besides _GROUP_ADJECTIVES («شورشیان کمونیست …»)
_SEPARATIST_ADJECTIVES = frozenset(squeeze(w) for w in ("مسلمان", "کمونیست", "مائوئیست"))
_SQ_COUNTERPART = squeeze("همتای")
_AS_ROLE_SQ = frozenset(squeeze(w) for w in ("به عنوان", "به سمت", "در سمت", "در مقام", "به مقام"))
_REPLACED = frozenset(squeeze(w) for w in ("به جای", "بجای", "جانشین"))
_ORG_NAME_HEADS = frozenset(squeeze(w) for w in (
    "سازمان", "فرماندهی", "جامعه", "اتحادیه", "شورای", "جنبش", "حزب", "گروه", "جبهه", "ارتش", "نیروهای",
    "ائتلاف", "کمیته", "کمیسیون", "آژانس", "بنیاد", "مجمع", "پیمان", "انجمن", "سپاه", "شبکه", "بانک",
))
# «پیمان مشارکت راهبردی جامع» in quotes names a treaty, not an actor (named alliances are in the KB)
_TREATY_HEADS = frozenset(squeeze(w) for w in ("پیمان",))
_MEMBER_WORDS = frozenset(squeeze(w) for w in ("اعضای", "عضو", "اعضا", "عضویت"))
# kinds of weapon between a body and its owner («موشک‌های کروز ناتو», «پهپادهای انتحاری روسیه»)
_WEAPON_KINDS = frozenset(squeeze(w) for w in (
    "کروز", "بالستیک", "بالستیکی", "ضدکشتی", "ضدتانک", "دوربرد", "میان‌برد", "کوتاه‌برد", "هدایت‌شونده", "بالدار",
    "انتحاری", "رزمی", "تهاجمی", "جنگی", "شناسایی", "ترابری", "هایپرسونیک", "مافوق‌صوت"))
# function words that end foreign names right before a post («مکی سال، رئیس‌جمهور سنگال», «مون جائه این، …»)
_NAME_END_WORDS = frozenset(squeeze(w) for w in ("سال", "این", "کی", "ماه"))
_COUNTED_TROOPS = frozenset(squeeze(w) for w in ("نظامی", "سرباز", "افسر", "چترباز", "تفنگدار", "کماندو"))
_TROOP_COUNTS = frozenset(squeeze(w) for w in ("صدها", "هزاران", "ده‌ها", "دهها", "چند", "چندین", "شماری", "تعدادی", "هر"))
_PARTY_HEADS = frozenset(squeeze(w) for w in ("حزب", "جنبش", "جبهه"))
_ORG_HEADS = frozenset(squeeze(w) for w in ("شرکت", "کمپانی", "کنسرسیوم", "موسسه", "مؤسسه", "اندیشکده", "هواپیمایی", "کشتیرانی"))
_MONTHS = frozenset(squeeze(w) for w in (
    "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند",
    "حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله", "میزان", "عقرب", "قوس", "جدی", "دلو", "حوت"))
_APPOINT_PP = frozenset(squeeze(w) for w in ("به ریاست", "به فرماندهی", "به عنوان", "به سمت", "به مقام", "به دبیرکلی"))
_CARRIER_HEADS = frozenset(squeeze(w) for w in ("هواپیمایی", "کشتیرانی"))
_MOTION = frozenset(squeeze(w) for w in ("سفر", "رفت", "آمد", "رسید", "عزیمت", "وارد"))
_MOTION_LEMMAS = frozenset(squeeze(w) for w in ("رفت", "آمد", "رسید", "شتافت"))
_PLACE_FREQ = 60_000
# «X، شهری در …»: an indefinite kind of place in apposition (see step 11c and locatedIn in rules.py)
_APPOS_PLACE = frozenset(squeeze(w) for w in (
    "شهری", "بندری", "روستایی", "منطقه‌ای", "جزیره‌ای", "استانی", "ایالتی", "شهرکی", "پایگاهی", "ولسوالی‌ای",
    "ولایتی", "بخشی", "شهرستانی", "قریه‌ای", "اردوگاهی"))
# «X، مرکز استان Y», «X، بزرگ‌ترین شهر Y», «X، پایتخت Y»: the seat or the largest city of a region or state
_SQ_CAPITAL = squeeze("پایتخت")
_APPOS_SEAT = frozenset(squeeze(w) for w in ("مرکز", "پایتخت", "بزرگ‌ترین", "بزرگترین", "دومین"))
_APPOS_SEAT_HEADS = frozenset(squeeze(w) for w in ("استان", "ایالت", "منطقه", "ولایت", "شهر", "بندر", "جزیره", "ناحیه",
                                                    "منطقهٔ", "منطقه‌ی", "ایالتی", "استانی"))
_DEMONSTRATIVES = frozenset(squeeze(w) for w in ("این", "آن", "همین", "همان", "هر", "چند", "چندین", "دو", "سه"))
# nouns before a post that name the office or its seat, not the holder
_OFFICE_PLACES = frozenset(squeeze(w) for w in ("کاخ", "دفتر", "نهاد", "انتخابات", "دوره", "دوران", "نامزد", "کاندیدای",
                                                "نامزدهای", "مقر", "اقامتگاه"))
_OFFICE_WORDS = tuple(squeeze(w) for w in ("ریاست", "نخست‌وزیری", "سلطنتی"))
# spatial nouns before a place name («در نزدیکی X», «حومه X»): not part of the name
_SPATIAL = frozenset(squeeze(w) for w in (
    "نزدیکی", "نزدیک", "حوالی", "اطراف", "حومه", "حومه‌ی", "شمال", "جنوب", "شرق", "غرب", "مرکز", "مرز", "داخل", "خارج"))
_PLURAL_ENDS = tuple(squeeze(w) for w in ("ها", "های", "ان", "ات"))
_WEEKDAYS = frozenset(squeeze(w) for w in ("شنبه", "یکشنبه", "دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "پنج‌شنبه",
                                            "جمعه", "امروز", "دیروز", "بامداد", "شب", "صبح", "عصر"))
_STRIKE_NOUNS = frozenset(squeeze(w) for w in ("حمله", "حملات", "یورش"))
_STRIKE_VERB_NOUNS = frozenset(squeeze(w) for w in ("بمباران", "گلوله‌باران", "موشک‌باران", "توپ‌باران", "هدف"))
_SQ_SANCTION = squeeze("تحریم")
_ARRIVAL = frozenset(squeeze(w) for w in ("وارد", "عازم", "راهی", "رهسپار", "مقیم", "حاضر", "مستقر"))
_MOTION_NOUNS = frozenset(squeeze(w) for w in ("سفر", "عزیمت"))
_SQ_SEEING = squeeze("دیدن")  # «از X دیدن کرد»: a visit
_RARE_PLACE = 1_000  # a word hazm's corpus saw fewer times than this may be a place's name after «به/از … سفر»
_TYPE_CUES = {squeeze(k): v for k, v in {
    "کشور": "Country", "دولت": "Country", "جمهوری": "Country", "پادشاهی": "Country", "کشورهای": "Country",
    "شهر": "Place", "پایتخت": "Place", "بندر": "Place", "استان": "Place", "منطقه": "Place",
    # «در شمال شرق مالی»: a compass direction of a name is a region of a state
    "شمال": "Country", "جنوب": "Country", "شرق": "Country", "غرب": "Country",
    "شمال‌شرق": "Country", "شمال‌غرب": "Country", "جنوب‌شرق": "Country", "جنوب‌غرب": "Country",
}.items()}
_FUNCTION_TAGS = frozenset({"ADV", "P", "PRO", "DET", "NUM", "PS", "INT", "CL", "PL", "POSTP", "PR"})
_VERY_COMMON = 4_000_000
_NUMERAL_FREQ = 1_000_000
_RARE = 2_000
_COMMON_WORD = 20_000  # a name with a glued tail that makes a word this common is that word  # a word this rare in hazm's word list is likelier part of a foreign name
# Words that stand next to names in news but are never part of one.
_GREGORIAN_MONTHS = frozenset(squeeze(w) for w in (
    "ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "ژوییه", "اوت", "آگوست", "سپتامبر", "اکتبر",
    "نوامبر", "دسامبر"))
_SAID_NOUNS = frozenset(squeeze(w) for w in ("سخنان", "اظهارات", "گفته‌های", "پیام", "نامه", "مواضع", "ادعای", "ادعاهای"))
_NOT_NAMES = frozenset(squeeze(w) for w in (
    "پسرش", "پسر", "دخترش", "دختر", "برادرش", "برادر", "همسرش", "همسر", "پدرش", "مادرش", "فرزندش", "دامادش", "نوه‌اش",
    "نخستین", "اولین", "دومین", "سومین", "آخرین", "تنها",  # «پوتین نخستین رهبر کرملین …»: an ordinal opens the post
    "بازنشسته", "سرپرستی", "ریاست", "رهبری", "فرماندهی", "دبیرکلی", "یاران", "یار", "قدیمی", "اقتصاددان",
    "تأیید", "تایید", "رأی", "رای", "امضای", "دستور", "فرمان", "دعوت", "پیام", "نامه", "سخنان", "گفته",  # «به تأیید X، رئیس‌جمهور …»
    "کارشناس", "تحلیلگر", "نماینده", "خبرنگار", "مشاور", "همکار", "همکاران", "نزدیک", "ارشد", "جوان", "سابق",
    "پیشین", "همچنان", "حضور", "دفتر", "منابع", "مقام", "مقامات", "سخنگو", "نامزد", "منتخب", "برکنارشده",
    "برکنار", "مستعفی", "فقید", "مرحوم", "شهید", "سرتیپ‌دوم", "ژنرال‌های", "افسر", "افسران", "دیپلمات",
    # adjectives and agent nouns that stand right before or after a name («توان نظامی X»، «… آمریکا، مهاجمان انتحاری»)
    "برکناری", "عزل", "استعفای", "اخراج", "میزبانی", "میزبان", "دعوت", "سوگند",
    # what is done to a person, right before the name («دستور رهایی X، رهبر …»)
    "رهایی", "آزادی", "بازداشت", "دستگیری", "محاکمه", "اعدام", "ترور", "قتل", "آزادسازی", "حبس", "زندانی", "تبعید",
    "میلادی", "شمسی", "قمری", "خورشیدی",  # «سال نو میلادی»: a calendar, not a surname after «نو»
    # what someone said or wrote, right before the name («اظهارات/سخنان بلنت اجویت، نخست‌وزیر ترکیه، را …»)
    "سخنان", "اظهارات", "گفته‌های", "پیام", "نامه", "مواضع", "ادعای", "ادعاهای", "انتقاد", "انتقادات", "سفر",
    "نظامی", "نظامیان", "مهاجم", "مهاجمان", "انتحاری", "شورشی", "شورشیان", "ستیزه‌جویان", "تروریست‌ها",
    # the solar months that are not also given names (and the Gregorian ones, below): «در ماه فوریه X، …»
    "فروردین", "اردیبهشت", "خرداد", "مرداد", "شهریور", "آبان", "اسفند",
)) | _GREGORIAN_MONTHS
_REMOVAL = tuple(squeeze(w) for w in ("برکنار", "عزل", "اخراج", "استعفا", "کناره‌گیری", "کنارگذاشت", "برکناری"))


def _removed(toks, start: int, end: int) -> bool:
    """Whether the person named in toks[start:end] (with their post) is removed from it or resigns:
    «… را برکنار کرد», «… برکنار شد», «… از سمت خود استعفا داد», «پس از برکناری/عزل/استعفای …»."""
    n = len(toks)
    if start > 0 and squeeze(toks[start - 1].text).startswith(_REMOVAL):
        return True
    k = end
    if k < n and toks[k].text in ("،", ","):
        k += 1
    if k < n and toks[k].text == "را":
        k += 1
    stop = min(n, k + 4)
    for j in range(k, stop):
        w = squeeze(toks[j].text)
        if w.startswith(_REMOVAL) or (w == squeeze("کنار") and j + 1 < n and squeeze(toks[j + 1].text).startswith(squeeze("گذاشت"))):
            return True
        if toks[j].text in ("،", ",", "و", ".") or is_verb(toks[j].text):
            break
    # «X، رئیس‌جمهور لیبریا، روز دوشنبه در مراسمی در مونروویا، …، از قدرت کناره‌گیری کرد»: the clause's own verb
    if start > 0 and toks[start - 1].kind != "punct" and squeeze(toks[start - 1].text) not in ("و",):
        return False  # (only a clause-opening subject)
    for j in range(end, min(n, end + 24)):
        if toks[j].text in (".", "؛", "!", "؟", "که") or toks[j].text == "و" and j > end and is_verb(toks[j - 1].text):
            return False
        if is_verb(toks[j].text):
            return j > end and squeeze(toks[j - 1].text).startswith(_SELF_REMOVAL) and toks[j - 1].text != "را"
    return False


_SELF_REMOVAL = tuple(squeeze(w) for w in ("استعفا", "کناره‌گیری", "کنارگیری"))


_QUANTIFIERS = frozenset(squeeze(w) for w in ("ده‌ها", "صدها", "هزاران", "چندین", "دهها", "بسیاری", "تعدادی"))
_NUMERALS = frozenset({"دو", "سه", "چهار", "پنج", "هر", "۲", "۳", "2", "3"})
_COMMON_FREQ = 3_000_000  # a leading word this frequent starts no name («طریق», «حضور»)
# First names that are also frequent words; they may begin a name (see lexicon/given_names.tsv).
_FIRST_NAMES_BUILTIN = frozenset(squeeze(w) for w in (
    "محمد", "علی", "حسن", "حسین", "رضا", "مهدی", "عباس", "جواد", "احمد", "محمود", "سعید", "حمید", "مجید",
    "جعفر", "اکبر", "اصغر", "کمال", "جمال", "خالد", "سلمان", "فیصل", "عبدالله", "عبدالعزیز", "سلطان", "یوسف",
    "ابراهیم", "اسماعیل", "موسی", "عیسی", "داوود", "سلیمان", "مصطفی", "مرتضی", "حمزه", "قاسم", "ناصر",
    "منصور", "امیر", "بهرام", "داریوش", "کوروش", "سیروس", "پرویز", "فریدون", "بیژن", "شاهزاده", "ملک",
    "شیخ", "سید", "بن", "ابو", "ام", "آل", "مبارک", "صالح", "هادی", "کریم", "رحیم", "غلام", "نبی", "ولی",
    "باقر", "صادق", "کاظم", "تقی", "نقی", "عسکری", "مسعود", "محسن", "ایمن", "حسنی", "بشار", "حافظ",
))
def _infinitive(word: str) -> bool:
    """«بازگرداندن», «فرستادن»: a verb's infinitive (past stem + «ن»)."""
    from .morph import _stems

    w = word.replace("\u200c", "")
    if len(w) > 3 and w.endswith("ن") and w[:-1] in _stems()[0]:
        return True
    return len(w) > 5 and w.endswith(("اندن", "ادن", "ردن", "یدن", "ستن", "شتن", "فتن", "ختن"))


_FIRST_NAMES = given_names() | _FIRST_NAMES_BUILTIN
_DIRECTIONS = frozenset(squeeze(w) for w in ("غرب", "شرق", "شمال", "جنوب"))


@lru_cache(maxsize=65536)
def _given_name(w: str) -> bool:
    """«علی», or two given names written as one word («امیرعلی», «محمدحسین»); ``w`` squeezed."""
    if w in _FIRST_NAMES:
        return True
    return any(w[:i] in _FIRST_NAMES_BUILTIN and w[i:] in _FIRST_NAMES_BUILTIN for i in range(2, len(w) - 1))


_ADVERBS_AFTER_HEAD = frozenset(squeeze(w) for w in ("همچنان", "هنوز", "اکنون", "حالا", "دیگر", "نیز", "هم", "همواره",
                                                     "تاکنون", "اخیرا", "اخیراً", "سپس", "بعدا", "بعداً", "عملا", "عملاً"))
_GROUP_HEADS = frozenset(squeeze(w) for w in ("گروه", "گروهک", "جنبش", "شبه‌نظامیان", "جبهه", "حزب", "سازمان", "شاخه",
                                               "گروه‌های", "ستیزه‌جویان", "شورشیان", "تروریست‌های", "عناصر"))
_GROUP_ADJECTIVES = frozenset(squeeze(w) for w in ("تروریستی", "شورشی", "مسلح", "تکفیری", "جدایی‌طلب", "شبه‌نظامی",
                                                   "افراطی", "تندرو", "جهادی", "اسلام‌گرای"))
# words after which a clause (and so a name) opens
_NAME_OPENERS = frozenset(squeeze(w) for w in ("و", "اما", "ولی", "سپس", "همچنین", "که", "نیز"))
# numbers before a plural post («ده رئیس‌جمهور», «چند وزیر») are no names
_NUMBER_WORDS = frozenset(squeeze(w) for w in ("یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه", "ده", "یازده",
                                               "دوازده", "بیست", "سی", "صد", "هزار", "چند", "چندین", "دهها", "ده‌ها"))
# particles inside a foreign name («رناتو د ویا», «محمد ولد عبدالعزیز», «اورسولا فون در لاین»)
_SHORT_SURNAMES = frozenset(squeeze(w) for w in ("ما", "هو", "لی", "وو", "یو", "سو", "کو", "گو", "تو", "چی"))
_HEADING_FOR = frozenset(squeeze(w) for w in ("راهی", "عازم", "رهسپار", "روانه", "وارد"))
_PATRONYMIC = frozenset(squeeze(w) for w in ("بن", "ابن", "بنت", "ولد"))
_NAME_PARTICLES = frozenset(squeeze(w) for w in ("د", "دی", "دو", "دا", "دل", "ده", "ولد", "بنت", "فون", "وان", "ون", "لا",
                                                 "در", "ابن", "بن"))
# name particles and surnames in that list, which do not begin a name on their own
_NOT_STARTERS = frozenset(squeeze(w) for w in (
    "بن", "ابن", "ام", "آل", "خان", "شاه", "ملک", "پاشا", "بیگ", "اوغلو", "زاده", "پور", "نژاد", "فر", "منش", "نیا",
    "دوست", "اسدی", "رحمانی", "کریمی", "احمدی", "محمدی", "حسینی", "موسوی", "رضایی", "حیدری", "جعفری", "نوری", "قاسمی",
    "صالحی", "طاهری", "عباسی", "سلیمانی", "باقری", "زمانی", "وان", "فون", "دی", "دو", "دا", "لا", "ال", "ون", "ده",
    "دل", "سن", "مک", "او", "شیخ", "ثانی", "عسکری", "حسنی", "باجوه", "شریف", "نواز"))
_SPEECH = frozenset(squeeze(w) for w in ("گفت", "افزود", "اظهار داشت", "اعلام کرد", "تاکید کرد", "نوشت", "می‌گوید", "گفته", "گفته است"))

__all__ = ["Chunk", "SentenceIndex", "SentenceMentions", "clear_sentence_caches", "sentence_gazetteers", "sentence_index", "build_kb_gazetteer", "role_gazetteer", "REFERENCES", "KBEntity"]

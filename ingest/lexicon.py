"""The extraction lexicons, read from ``ingest/lexicon/*.tsv``.

Everything language-specific that is a list (posts, titles, state bodies,
arms, relation triggers, status markers, name stop-words) lives in those
tab-separated files, so a new trigger or post is a data change.

>>> lex = get_lexicon()
>>> [r.qualifier for r in lex.roles.lookup("وزير دفاع")]
['defense']
>>> sorted({f.predicate for f in lex.noun_frames.lookup("دیدار")})
['meetsWith', 'visits']
"""

from __future__ import annotations

import importlib.resources
from dataclasses import dataclass
from functools import lru_cache

from ..records import KBEntity
from .gazetteer import Gazetteer
from .normalize import squeeze

# Argument markers: the words before (or «را» after) an actor that give its role.
MARKERS: dict[str, tuple[str, ...]] = {
    "with": ("با", "به همراه", "همراه با", "با همکاری"),
    "to": ("به", "به مقصد", "به سوی", "به سمت", "عازم", "بالای"),
    "from": ("از",),
    "in": ("در",),
    "about": ("درباره", "دربارهٔ", "درباره‌ی", "در مورد", "در خصوص", "نسبت به", "از"),
    "against": ("علیه", "بر ضد", "ضد", "در برابر", "در مقابل", "به", "در مواجهه با", "بالای", "بر", "به روی"),
    "toward": ("به سوی", "به سمت", "به طرف", "به", "بر روی", "بر"),
    "sovi": ("از سوی", "از جانب", "توسط", "از طرف", "از ناحیه", "به دست", "ناشی از"),
    "for": ("برای", "علیه"),
    "in_direct": ("در",),
    "between": ("میان", "بین", "مابین"),
    # troops sent at someone's request or to their aid: «به درخواست X», «برای دفاع از X»
    "aid": ("به درخواست", "بنا به درخواست", "به دعوت", "با موافقت", "برای دفاع از", "برای کمک به", "به کمک", "به یاری",
            "برای حمایت از", "برای پشتیبانی از"),
}
PREPOSITIONS: tuple[str, ...] = (
    "با", "به", "از", "در", "بر", "برای", "علیه", "تا", "درباره", "دربارهٔ", "میان", "بین", "نزد", "جز", "بالای",
    "به سوی", "به سمت", "به طرف", "از سوی", "از جانب", "از طرف", "توسط", "در برابر", "در مقابل",
    "بر ضد", "ضد", "به روی", "به همراه", "همراه با", "در مورد", "در خصوص", "نسبت به", "به مقصد", "به دست",
    "از ناحیه", "ناشی از", "با همکاری", "در مواجهه با", "مانند", "مثل", "همچون", "بجز", "به جز", "به نقل از", "به گزارش",
    # compound prepositions that start with «به»/«از» but mark no destination, target or source:
    # «به دستور ترامپ», «به دعوت همتای خود», «از زمان شوروی»
    "به دستور", "به فرمان", "به دعوت", "به درخواست", "از زمان", "به دلیل", "به خاطر", "به اتهام", "به رغم",
    "به مناسبت", "به منظور",
    # the source a claim is attributed to: «به گفته کانبرا یک کشتی چین …» — neither subject nor target
    "به گفته", "به ادعای", "به اعتقاد", "به باور", "به روایت",
    *MARKERS["aid"],  # «بنا به درخواست X», «برای دفاع از X»: what troops are sent for
)


@dataclass(frozen=True, slots=True)
class Role:
    phrase: str
    predicate: str | None  # ministerOf | leaderOf | commanderOf | None (represents only)
    qualifier: str
    default_of: str | None


@dataclass(frozen=True, slots=True)
class Institution:
    phrase: str
    branch: str | None


@dataclass(frozen=True, slots=True)
class Frame:
    predicate: str
    trigger: str
    is_verb: bool
    verbs: tuple[str, ...] | None  # None: any verb or none; () nominal only
    objects: tuple[str, ...]
    subjects: tuple[str, ...]
    requires: str | None
    qualifiers: tuple[tuple[str, str], ...]
    reverse: bool
    confidence: float
    status: str | None = None  # a status the trigger itself carries («درخواست عضویت» → planned)

    @property
    def key(self) -> str:
        return f"{self.predicate}:{self.trigger}"


def _rows(name: str) -> list[list[str]]:
    path = importlib.resources.files("peyvand.ingest") / "lexicon" / name
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        rows.append([c.strip() for c in line.split("\t")])
    return rows


def _opt(v: str) -> str | None:
    return None if v in ("", "-") else v


# Suffixes a trigger noun may carry: plural, indefinite, ezafe, possessive.
_TRIGGER_TAILS = frozenset({"", "ها", "های", "هایی", "ی", "ای", "یی", "ات", "اتی", "ش", "اش", "شان", "مان", "هایش", "هایشان", "هایمان", "ئی"})


@dataclass(frozen=True)
class Lexicon:
    roles: Gazetteer
    titles: Gazetteer
    institutions: Gazetteer
    weapons: Gazetteer
    agreements: Gazetteer
    noun_frames: Gazetteer
    verb_frames: dict[str, tuple[Frame, ...]]
    markers: Gazetteer
    stopwords: frozenset[str]
    prepositions: Gazetteer

    def is_stopword(self, token: str) -> bool:
        return squeeze(token) in self.stopwords


_AGREEMENT_NOUNS = (
    "توافقنامه", "توافق‌نامه", "تفاهم‌نامه", "تفاهمنامه", "قرارداد", "پیمان", "سند", "اسناد", "یادداشت تفاهم",
    "معاهده", "موافقت‌نامه", "موافقتنامه", "توافق", "بیانیه مشترک", "پروتکل", "پروتوکول", "کنوانسیون", "منشور", "برنامه همکاری",
    "نقشه راه", "اعلامیه", "یادداشت", "میثاق", "شراکت", "مشارکت راهبردی", "چارچوب همکاری", "بیانیه",
)


@lru_cache(maxsize=1)
def lexicon_entities() -> tuple[KBEntity, ...]:
    """Named actors, places and outlets from ``actors.tsv``, ``places.tsv`` and ``outlets.tsv``: entities the
    Wikidata-verified KB does not hold yet, with stable minted ids."""
    from ..records import minted_id

    out = []
    for label, label_en, etype, kind, acts_for, others in _rows("actors.tsv"):
        aliases = tuple(a for a in others.split("|") if a and a != "-")
        out.append(KBEntity(id=minted_id(etype, label), type=etype, label=label, label_en=label_en, wikidata="",
                            aliases=aliases, kind=kind, part_of=_opt(acts_for)))
    for label, label_en, kind, country, others in _rows("places.tsv"):
        aliases = tuple(a for a in others.split("|") if a and a != "-")
        out.append(KBEntity(id=minted_id("Place", label), type="Place", label=label, label_en=label_en, wikidata="",
                            aliases=aliases, kind=None if kind == "-" else kind, located_in=_opt(country)))
    for label, label_en, country, others in _rows("outlets.tsv"):
        aliases = tuple(a for a in others.split("|") if a and a != "-")
        out.append(KBEntity(id=minted_id("Organization", label), type="Organization", label=label, label_en=label_en,
                            wikidata="", aliases=aliases, kind="Outlet", part_of=None, located_in=_opt(country)))
    return tuple(out)


@lru_cache(maxsize=1)
def get_lexicon() -> Lexicon:
    roles = Gazetteer()
    for phrase, pred, qual, default_of in _rows("roles.tsv"):
        roles.add(phrase, Role(phrase, _opt(pred), qual, _opt(default_of)))
    titles = Gazetteer()
    for phrase, kind in _rows("titles.tsv"):
        titles.add(phrase, kind)
    institutions = Gazetteer()
    for phrase, branch, _acts in _rows("institutions.tsv"):
        institutions.add(phrase, Institution(phrase, _opt(branch)))
    weapons = Gazetteer(tails=_TRIGGER_TAILS)
    for noun, cls in _rows("weapons.tsv"):
        weapons.add(noun, cls)
    agreements = Gazetteer((n, "agreement") for n in _AGREEMENT_NOUNS)
    agreements.tails = _TRIGGER_TAILS
    noun_frames = Gazetteer(tails=_TRIGGER_TAILS)
    verb_frames: dict[str, list[Frame]] = {}
    for row in _rows("triggers.tsv"):
        pred, trig, verbs, objs, subjs, req, qual, conf = row
        quals = []
        reverse = False
        status = None
        for q in qual.split(","):
            if q == "reverse":
                reverse = True
            elif q.startswith("status="):
                status = q.split("=", 1)[1]
            elif "=" in q:
                k, v = q.split("=", 1)
                quals.append((k, v))
        is_verb = trig.startswith("v:")
        trigger = trig[2:] if is_verb else trig
        vs = tuple(v for v in verbs.split(",") if v and v != "*")
        frame = Frame(
            predicate=pred,
            trigger=trigger,
            is_verb=is_verb,
            verbs=None if "*" in verbs.split(",") else (() if verbs == "-" else vs),
            objects=tuple(o for o in objs.split(",") if o and o != "-"),
            subjects=tuple(s for s in subjs.split(",") if s and s != "-"),
            requires=_opt(req),
            qualifiers=tuple(quals),
            reverse=reverse,
            confidence=float(conf),
            status=status,
        )
        if is_verb:
            verb_frames.setdefault(trigger, []).append(frame)
        else:
            noun_frames.add(trigger, frame)
    markers = Gazetteer()
    for phrase, effect in _rows("markers.tsv"):
        markers.add(phrase, effect)
    stop = frozenset(squeeze(r[0]) for r in _rows("stopwords.tsv"))
    preps = Gazetteer((p, p) for p in PREPOSITIONS)
    return Lexicon(
        roles=roles,
        titles=titles,
        institutions=institutions,
        weapons=weapons,
        agreements=agreements,
        noun_frames=noun_frames,
        verb_frames={k: tuple(v) for k, v in verb_frames.items()},
        markers=markers,
        stopwords=stop,
        prepositions=preps,
    )

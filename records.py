"""Small frozen records passed between peyvand's stages.

``ingest`` turns an :class:`Article` into an :class:`Extraction` (entities,
mentions, facts); ``graph`` turns extractions into RDF and back. Records hold
plain Python values only, so they pickle across worker processes and never
tie a stage to another stage's libraries.

>>> f = Fact("Q30", "alliedWith", "Q17", "occurred")
>>> f.key
('Q17', 'alliedWith', 'Q30', 'occurred')
>>> Fact("Q30", "visits", "Q17", "planned").key
('Q30', 'visits', 'Q17', 'planned')
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import re
from dataclasses import dataclass, field
from typing import Literal

EntityType = Literal["Person", "Country", "Organization", "Place"]
Status = Literal["occurred", "planned", "negated"]

#: The 15 predicates of the fact contract (``shared/spec/README.md``).
PREDICATES: tuple[str, ...] = (
    "ministerOf",
    "leaderOf",
    "commanderOf",
    "memberOf",
    "visits",
    "meetsWith",
    "cooperatesWith",
    "alliedWith",
    "signsAgreementWith",
    "suppliesArmsTo",
    "perceivesThreatFrom",
    "threatens",
    "attacks",
    "sanctions",
    "locatedIn",
)
SYMMETRIC: frozenset[str] = frozenset(
    {"meetsWith", "cooperatesWith", "alliedWith", "signsAgreementWith"}
)
ROLE_PREDICATES: frozenset[str] = frozenset({"ministerOf", "leaderOf", "commanderOf"})
STATUSES: tuple[str, ...] = ("occurred", "planned", "negated")
ENTITY_TYPES: tuple[str, ...] = ("Person", "Country", "Organization", "Place")


# --- identity: one definition shared by ingest (which mints ids) and graph -----

# One-to-one letter, digit and space variants folded by name_key (the same table
# as ingest.normalize's, which the tests keep in sync).
_FOLD: dict[str, str] = {
    "ي": "ی", "ى": "ی", "ك": "ک", "ڪ": "ک", "ھ": "ه", "ە": "ه",
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ",
    "\u3000": " ", "\t": " ", "\r": "\n", "\u2028": "\n", "\u2029": "\n", "\x0b": "\n", "\x0c": "\n",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2212": "-",
    **{chr(0x0660 + d): chr(0x06F0 + d) for d in range(10)},
    **{chr(0x30 + d): chr(0x06F0 + d) for d in range(10)},  # «ام23» and «ام۲۳» are one name
    "ة": "ه", "ۀ": "ه", "أ": "ا", "إ": "ا", "ٱ": "ا", "ؤ": "و", "آ": "ا",
}
_FOLD_TABLE = str.maketrans(_FOLD)
_FOLD_PAIRS = tuple(_FOLD.items())


def fold(text: str) -> str:
    """``text`` with one form of each letter, space and dash (the same as ``text.translate(_FOLD_TABLE)``).

    ``str.translate`` looks every character up in a dict (~0.45 ms for a 4 KB
    Persian article); a substring scan per key costs ~16 µs. The same result
    because every key is one character and no replacement is itself a key.

    >>> fold("كتاب علي") == "کتاب علی"
    True
    """
    for k, v in _FOLD_PAIRS:
        if k in text:
            text = text.replace(k, v)
    return text
_KEY_DROP = re.compile(r"[\u064b-\u0655\u0670\u0640\u200c\u200d\u200e\u200f\s\-‐_«»\"'()\u0654]")
# «به گزارش X به نقل از Y،» and channel signatures: who republished, not what was said.
_ATTRIBUTION = re.compile(r"به\s*گزارش[^،,:\n]{0,80}[،,:]|به\s*نقل\s*از[^،,:\n]{0,60}[،,:]|@\w+|https?://\S+")


def name_key(text: str) -> str:
    """The matching key of a name: no ZWNJ, spaces, hyphens, marks, quotes; one letter form.

    >>> name_key("رئیس\u200cجمهور") == name_key("رئيس جمهور")
    True
    """
    # whitespace first, by str.split (the same characters as the pattern's \s: str.isspace): the
    # pattern then has far fewer matches to cut out of a whole article (text_fingerprint)
    return _KEY_DROP.sub("", "".join(fold(text).split())).lower()


def minted_id(entity_type: str, label: str) -> str:
    """The id of an entity outside the KB: its type in lower case + 12 hex of the name key.

    The same name (up to spacing, ZWNJ and letter variants) and type gives the
    same id in every article, so minted entities merge across articles.

    >>> minted_id("Person", "لوید آستین") == minted_id("Person", "لوید\u200cآستین") == minted_id("Person", "لويد آستين")
    True
    >>> minted_id("Person", "لوید آستین")
    'person-e851e4504bcf'
    """
    return f"{entity_type.lower()}-{hashlib.sha1(name_key(label).encode('utf-8')).hexdigest()[:12]}"


def text_fingerprint(text: str) -> str:
    """A fingerprint of an article's body: the same text republished by another outlet has the same one.

    Spacing, ZWNJ, letter variants, attribution phrases («به گزارش X به نقل از
    Y،»), channel handles and links are folded away first.

    >>> a = "به گزارش ایسنا، ارتش ژاپن رزمایش برگزار کرد."
    >>> b = "به گزارش تسنیم به نقل از ایسنا، ارتش ژاپن رزمایش برگزار كرد.\\n@tasnimnews"
    >>> text_fingerprint(a) == text_fingerprint(b)
    True
    """
    body = name_key(_ATTRIBUTION.sub("", fold(text)))
    return hashlib.sha1(body.encode("utf-8")).hexdigest()[:20]


def article_hash(article: Article, extractor: str = "") -> str:
    """A hash of an article as ingested (id, text, title, date, outlet, URL) and the extractor's name.

    An article read again with the same hash need not be extracted or written again.

    >>> a = Article("x", "متن")
    >>> article_hash(a) == article_hash(Article("x", "متن", origin="elsewhere.txt")) != article_hash(a, "rules.v1")
    True
    """
    h = hashlib.sha256()
    for part in (article.id, article.text, article.title or "", article.published.isoformat() if article.published else "",
                 article.outlet or "", article.url or "", extractor):
        h.update(part.encode("utf-8", "replace") + b"\0")
    return h.hexdigest()[:32]


@dataclass(frozen=True, slots=True)
class SourceLink:
    """One link of an article's source chain («به گزارش X به نقل از Y»).

    ``position`` 0 is the outlet that published the article; 1 is whom it
    quoted, 2 whom that one quoted, and so on.
    """

    position: int
    name: str
    entity_id: str | None = None


@dataclass(frozen=True, slots=True)
class Article:
    """An input article. ``id`` names its named graph in the store."""

    id: str
    text: str
    title: str | None = None
    published: _dt.date | None = None
    outlet: str | None = None
    url: str | None = None
    origin: str | None = None  # file path or corpus name it came from


@dataclass(frozen=True, slots=True)
class Entity:
    """An actor or place, either from the knowledge base or minted from text."""

    id: str  # "Q30" for KB entities, "person-1a2b3c4d5e6f" for minted ones
    label: str
    type: str  # one of ENTITY_TYPES
    label_en: str | None = None
    aliases: frozenset[str] = frozenset()
    wikidata: str | None = None
    kind: str | None = None  # finer kind: Facility, Outlet, armed_force, …


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of the article (offsets into the original text) naming an entity."""

    entity_id: str
    surface: str
    start: int
    end: int
    sentence: int


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a fact was read: the sentence and its offsets in the original text."""

    article: str
    sentence: str
    start: int
    end: int
    confidence: float = 0.5
    event_date: _dt.date | None = None
    published: _dt.date | None = None


@dataclass(frozen=True, slots=True)
class Fact:
    """A claim: subject, predicate, object, status, qualifiers and evidence.

    Symmetric predicates are stored with the smaller id as subject, so that
    «A با B دیدار کرد» and «B با A دیدار کرد» are one fact.
    """

    subject: str
    predicate: str
    object: str
    status: str
    qualifiers: tuple[tuple[str, str], ...] = ()
    confidence: float = 0.5
    evidence: tuple[Evidence, ...] = ()

    @property
    def key(self) -> tuple[str, str, str, str]:
        s, o = self.subject, self.object
        if self.predicate in SYMMETRIC and o < s:
            s, o = o, s
        return (s, self.predicate, o, self.status)

    def canonical(self) -> Fact:
        """The same fact with symmetric arguments in canonical order."""
        s, p, o, _ = self.key
        if (s, o) == (self.subject, self.object):
            return self
        return Fact(s, p, o, self.status, self.qualifiers, self.confidence, self.evidence)


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything read from one article."""

    article: Article
    entities: tuple[Entity, ...] = ()
    mentions: tuple[Mention, ...] = ()
    facts: tuple[Fact, ...] = ()
    sources: tuple[SourceLink, ...] = ()
    normalized_text: str = ""
    warnings: tuple[str, ...] = ()


# --- knowledge-base records (loaded from ontology/kb by peyvand.ontology.kb) ---


@dataclass(frozen=True, slots=True)
class Tenure:
    """A post held over a period: ``person rolePredicate of`` from start to end."""

    predicate: str  # ministerOf | leaderOf | commanderOf
    of: str  # entity id of the country or organisation
    qualifier: str | None  # portfolio / title / branch
    start: _dt.date | None
    end: _dt.date | None = None


@dataclass(frozen=True, slots=True)
class KBEntity:
    """A knowledge-base entry: names, type and the few relations extraction uses."""

    id: str
    type: str  # Person, Country, Organization, Place
    label: str
    label_en: str
    wikidata: str
    aliases: tuple[str, ...] = ()
    ambiguous: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    kind: str | None = None  # Facility, Outlet, alliance, armed_force, …
    metonym_for: str | None = None
    part_of: str | None = None
    located_in: str | None = None
    capital: str | None = None
    members: tuple[str, ...] = ()
    tenures: tuple[Tenure, ...] = ()


@dataclass(frozen=True)
class KnowledgeBase:
    """All KB entities by id (``Q30`` …)."""

    entities: dict[str, KBEntity] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.entities)

    def get(self, entity_id: str) -> KBEntity | None:
        return self.entities.get(entity_id)

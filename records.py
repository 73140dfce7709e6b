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

"""peyvand.ontology: the schema as data and the closed namespace ``PV``.

``peyvand.ttl`` (OWL/RDFS) and ``shapes.ttl`` (SHACL) ship inside this
package; ``kb/*.ttl`` holds the knowledge base (:mod:`peyvand.ontology.kb`).
``PV`` is closed: every term of ``peyvand.ttl`` is an attribute and nothing
else is, so a typo is an error rather than a new IRI (a test keeps the two in
sync).

>>> PV.ministerOf
rdflib.term.URIRef('https://w3id.org/peyvand/ns#ministerOf')
>>> PV.ministerOff
Traceback (most recent call last):
...
AttributeError: term 'ministerOff' not in namespace 'https://w3id.org/peyvand/ns#'
>>> entity_iri("Q30"), article_iri("seed tabnak")
('https://w3id.org/peyvand/id/Q30', 'https://w3id.org/peyvand/id/article/seed%20tabnak')
>>> read_text("peyvand.ttl").startswith("@prefix pv:")
True
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from urllib.parse import quote

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

from ..errors import PeyvandError

PV_NS = "https://w3id.org/peyvand/ns#"
PVID_NS = "https://w3id.org/peyvand/id/"
PVID = Namespace(PVID_NS)

#: Named graphs besides one per article (docs/DESIGN.md).
KB_GRAPH = PVID_NS + "graph/kb"
DERIVED_GRAPH = PVID_NS + "graph/derived"
META_GRAPH = PVID_NS + "graph/meta"
STORE_NODE = PVID_NS + "store"

#: Prefixes predefined for queries and used by serialisers.
PREFIXES: dict[str, str] = {
    "pv": PV_NS,
    "pvid": PVID_NS,
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "dcterms": "http://purl.org/dc/terms/",
    "owl": "http://www.w3.org/2002/07/owl#",
}


class PV(DefinedNamespace):
    """The peyvand ontology namespace (closed: unknown names raise)."""

    _fail = True
    _NS = Namespace(PV_NS)

    # classes
    Actor: URIRef  # A person, country or organisation that can take part in a relation.
    Article: URIRef  # One ingested news text; its named graph has the same IRI.
    Country: URIRef  # A sovereign state or a state-like polity (also Taiwan, Palestine, Kosovo).
    Evidence: URIRef  # The sentence of an article, with character offsets, that supports a fact.
    Facility: URIRef  # A military or civil installation such as an air base, port or plant.
    Fact: URIRef  # A claim read from text: subject, predicate, object and status, with qualifiers and evidence.
    Organization: URIRef  # An international organisation, alliance, armed force, ministry, company or group.
    Outlet: URIRef  # A news agency, newspaper, broadcaster or website that publishes reports.
    Person: URIRef  # A human individual named in the news.
    Place: URIRef  # A geographic place: a city, region, zone or site.
    Post: URIRef  # A position such as the defence ministry of a country, held by people over time.
    Report: URIRef  # One link of an article's source chain: the outlet at a position of «به گزارش X به نقل از Y».
    Status: URIRef  # Whether the text asserts that a fact occurred, is planned or did not happen.
    Tenure: URIRef  # A knowledge-base record that a person held a post from a start date to an end date.

    # status individuals
    negated: URIRef  # The text says the relation did not happen or does not hold.
    occurred: URIRef  # The text asserts that the relation happened or holds.
    planned: URIRef  # The text announces the relation as intended, scheduled or promised.

    # properties
    aggregateConfidence: URIRef  # The noisy-or of a fact's confidences over all the articles that support it (derived graph).
    agreement: URIRef  # The name or subject of a signed agreement.
    alias: URIRef  # A surface form by which the entity was mentioned in an article.
    alliedWith: URIRef  # The two countries (or a country and an alliance) are allies (qualifier basis: the treaty).
    ambiguousLabel: URIRef  # A name that may also refer to another entity (e.g. «کره»); matched only with context.
    approximate: URIRef  # True when a tenure's dates are known only approximately.
    articleId: URIRef  # The article's id: for a plain file, its file name without extension.
    attacks: URIRef  # The subject attacks the object actor or place (qualifier means).
    basis: URIRef  # The treaty or basis of an alliance.
    branch: URIRef  # The branch of a commander: army, navy, air_force, joint_chiefs…
    cameo: URIRef  # The CAMEO event code(s) a relation aligns with.
    capital: URIRef  # The capital city of a country.
    charEnd: URIRef  # Offset just past the sentence's last character in the article's original text.
    charStart: URIRef  # Offset of the sentence's first character in the article's original text (0-based).
    commanderOf: URIRef  # The subject commands the armed forces of the object country or the object armed force (qualifier branch).
    contentHash: URIRef  # The SHA-256 of an article as ingested; an article read again with the same hash is left as it is.
    confidence: URIRef  # The extractor's confidence in a fact (in its article) or in one evidence, between 0 and 1.
    cooperatesWith: URIRef  # The two actors cooperate militarily or on security (qualifier domain: exercise, training, joint_production…).
    corroboration: URIRef  # How many distinct original sources support a fact (derived graph).
    country: URIRef  # The country an organisation, armed force or place belongs to.
    demonym: URIRef  # The nationality adjective of a country (آمریکایی، ژاپنی).
    dissolved: URIRef  # When an organisation or state ceased to exist.
    domain: URIRef  # The domain of a cooperation: exercise, training, joint_production, maintenance, intelligence_sharing…
    end: URIRef  # The last day of a tenure; absent while it lasts.
    eventDate: URIRef  # When the event happened, if the text gives a date.
    evidence: URIRef  # A sentence that supports the fact.
    firstSeen: URIRef  # The earliest publication date of an article supporting the fact (derived graph).
    formatVersion: URIRef  # The version of peyvand's store layout (graph pvid:graph/meta).
    hasMember: URIRef  # A member country of an organisation or alliance.
    holder: URIRef  # The person of a holding (derived graph).
    holding: URIRef  # A holding of a post: who held it and from when to when (derived graph).
    holds: URIRef  # The person holds or held the post (derived graph).
    kbHash: URIRef  # The SHA-256 of the knowledge-base Turtle files loaded in pvid:graph/kb.
    lastSeen: URIRef  # The latest publication date of an article supporting the fact (derived graph).
    leaderOf: URIRef  # The subject leads the object country or organisation (qualifier title: president, prime_minister, king, secretary_general…).
    locatedIn: URIRef  # The subject place or facility lies in the object country.
    means: URIRef  # The means of a threat or an attack.
    meetsWith: URIRef  # The two people meet or hold talks (qualifier place).
    memberOf: URIRef  # The subject country is a member of the object organisation.
    metonymFor: URIRef  # The actor a name stands for when used as an actor (the capital «واشنگتن» for the United States).
    ministerOf: URIRef  # The subject is a minister of the object country (qualifier portfolio).
    object: URIRef  # The second argument of a fact.
    operatedBy: URIRef  # The actor that operates a facility.
    orgKind: URIRef  # A finer kind of organisation: alliance, armed_force, ministry, agency, company…
    originalSource: URIRef  # The original source of an article: the outlet at the end of its (or its same-text copy's) source chain (derived graph).
    origin: URIRef  # The file or corpus an article was read from.
    partOf: URIRef  # The larger entity this one belongs to (a ministry or armed force of a country, a region of a country).
    pendingDerived: URIRef  # An article written whose effect on the derived graph is not yet recorded (graph pvid:graph/meta).
    perceivesThreatFrom: URIRef  # The subject describes the object as a threat or voices concern about it.
    place: URIRef  # Where a meeting took place.
    plover: URIRef  # The PLOVER event category a relation aligns with.
    portfolio: URIRef  # The ministry of a minister: defense, foreign, interior, war…
    position: URIRef  # The position of a link in the source chain: 0 the outlet, 1 whom it quoted, and so on.
    predicate: URIRef  # Which of the 15 relations a fact states.
    published: URIRef  # The date the article was published.
    publishedBy: URIRef  # The outlet that published the article.
    purpose: URIRef  # The purpose of a visit.
    qualifier: URIRef  # A qualifier of a fact whose key has no property of its own, written 'key=value'.
    relation: URIRef  # The super-property of the 15 relations of the fact contract; a direct edge in the derived graph.
    reportedBy: URIRef  # The outlet entity of a source-chain link.
    roleOf: URIRef  # The country or organisation in which a tenure or post is held.
    rolePredicate: URIRef  # The role relation of a tenure or post: ministerOf, leaderOf or commanderOf.
    sanctions: URIRef  # The subject imposes sanctions on the object.
    sentence: URIRef  # The sentence of the article that supports a fact, as it was given.
    signsAgreementWith: URIRef  # The two actors sign or conclude an agreement (qualifier agreement).
    sourceLink: URIRef  # A link of the article's source chain, at any position (0 = the publishing outlet).
    start: URIRef  # The first day of a tenure.
    status: URIRef  # Whether the fact occurred, is planned or is negated.
    subject: URIRef  # The first argument of a fact: the actor (or, for locatedIn, the place) it is about.
    suppliesArmsTo: URIRef  # The subject sells, delivers or gives weapons to the object (qualifier weapon).
    tenure: URIRef  # A post the person held, with its dates.
    textHash: URIRef  # A fingerprint of the article's body text: the same text republished elsewhere has the same one.
    text: URIRef  # The article's original text.
    threatens: URIRef  # The subject threatens the object (qualifier means).
    title: URIRef  # The title of a leader: president, prime_minister, crown_prince, king, supreme_leader…
    url: URIRef  # Where the article was published.
    validFrom: URIRef  # The first date a holder is known to hold the post (derived graph, on the holding's node).
    validTo: URIRef  # The date a newer holder or the KB closes a holding (derived graph).
    visits: URIRef  # The subject travels to or visits the object country, place or facility (qualifier purpose).
    weapon: URIRef  # The weapon or system supplied.
    wikidata: URIRef  # The entity's Wikidata QID, e.g. Q30.


@lru_cache(maxsize=65_536)
def _safe(value: str) -> str:
    """``value`` percent-encoded for an IRI (memoised: the same entity ids recur in every article)."""
    return quote(value, safe="-._~")


def entity_iri(entity_id: str) -> str:
    """The IRI of an entity: ``pvid:Q30`` or ``pvid:person-1a2b3c4d5e6f``."""
    return PVID_NS + _safe(entity_id)


def article_iri(article_id: str) -> str:
    """The IRI of an article node, which is also the name of its graph."""
    return PVID_NS + "article/" + _safe(article_id)


def read_text(name: str) -> str:
    """Read a Turtle file shipped in this package (``peyvand.ttl``, ``shapes.ttl``)."""
    try:
        return resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise PeyvandError("E303", path=f"peyvand/ontology/{name}") from None


__all__ = [
    "DERIVED_GRAPH", "KB_GRAPH", "META_GRAPH", "PREFIXES", "PV", "PVID", "PVID_NS", "PV_NS",
    "STORE_NODE", "article_iri", "entity_iri", "read_text",
]

"""Records → RDF quads (pyoxigraph terms) and back, exactly as ``docs/DESIGN.md`` lays out.

This is the hot write path: it builds :class:`pyoxigraph.Quad` objects
directly (no rdflib) and turns them into one SPARQL update per batch.

IRIs are stable: a fact's IRI hashes its canonical key, so the same claim
read in two articles is one node with evidence from both.

>>> fact_iri(("Q30", "alliedWith", "Q17", "occurred")) == fact_iri(("Q30", "alliedWith", "Q17", "occurred"))
True
>>> fact_iri(("Q17", "alliedWith", "Q30", "occurred"))
'https://w3id.org/peyvand/id/fact/5032a5f26b41bf11'
>>> post_iri("Q17", "ministerOf", "defense")
'https://w3id.org/peyvand/id/post/Q17/ministerOf/defense'
>>> minted_id("Person", "ژان  ایو") == minted_id("Person", "ژان\u200cایو")
True

A one-fact extraction, written and read back:

>>> from peyvand.records import Article, Entity, Evidence, Extraction, Fact
>>> text = "وزیر دفاع ژاپن با همتای آمریکایی خود دیدار کرد."
>>> x = Extraction(
...     Article("a1", text),
...     entities=(Entity("person-1", "گن ناکاتانی", "Person"), Entity("Q17", "ژاپن", "Country")),
...     facts=(Fact("person-1", "ministerOf", "Q17", "occurred", (("portfolio", "defense"),), 0.9,
...                 (Evidence("a1", text, 0, len(text), 0.9),)),))
>>> quads = extraction_quads(x)
>>> [f.key for f in facts_from_quads(quads)]
[('person-1', 'ministerOf', 'Q17', 'occurred')]
>>> facts_from_quads(quads)[0].qualifiers
(('portfolio', 'defense'),)
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from urllib.parse import unquote

import pyoxigraph as ox

from ..errors import PeyvandError
from ..ontology import PV_NS, PVID_NS, article_iri, entity_iri
from ..records import (
    ENTITY_TYPES,
    PREDICATES,
    STATUSES,
    Article,
    Entity,
    Evidence,
    Extraction,
    Fact,
    SourceLink,
)

XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
RDFS_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
DCT_TITLE = ox.NamedNode("http://purl.org/dc/terms/title")
PROV_DERIVED = ox.NamedNode("http://www.w3.org/ns/prov#wasDerivedFrom")
PROV_QUOTED = ox.NamedNode("http://www.w3.org/ns/prov#wasQuotedFrom")
XSD_DATE = ox.NamedNode(XSD + "date")
XSD_INTEGER = ox.NamedNode(XSD + "integer")
XSD_DOUBLE = ox.NamedNode(XSD + "double")
XSD_ANYURI = ox.NamedNode(XSD + "anyURI")

#: Qualifier keys with a property of their own (``pv:portfolio`` …); other keys
#: are written as ``pv:qualifier "key=value"``.
QUALIFIER_KEYS: tuple[str, ...] = (
    "portfolio", "title", "branch", "purpose", "place", "domain", "basis", "agreement", "weapon", "means",
)
_KINDS_AS_CLASSES = ("Facility", "Outlet")
_KEY_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_ARABIC = re.compile("[\u0600-\u06ff]")
_SQUEEZE = re.compile(r"[\s\u200c\u200d\u200e\u200f\u0640]+")


class _PVTerms:
    """pyoxigraph NamedNodes of the pv: terms used on the hot path (built once)."""

    def __getattr__(self, name: str) -> ox.NamedNode:
        from ..ontology import PV

        node = ox.NamedNode(str(getattr(PV, name)))  # closed namespace: a typo raises
        setattr(self, name, node)
        return node


P = _PVTerms()


def N(iri: str) -> ox.NamedNode:
    """A NamedNode (short alias used when building quads)."""
    return ox.NamedNode(iri)


def _sha(text: str, n: int) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:n]


def minted_id(entity_type: str, label: str) -> str:
    """The id of an entity outside the KB: type, lower-case, + 12 hex of the squeezed label."""
    return f"{entity_type.lower()}-{_sha(_SQUEEZE.sub('', label), 12)}"


def fact_iri(key: tuple[str, str, str, str]) -> str:
    """``pvid:fact/<16 hex>`` over the canonical ``(subject, predicate, object, status)``."""
    return PVID_NS + "fact/" + _sha("|".join(key), 16)


def evidence_iri(article_id: str, fact: str, start: int, end: int) -> str:
    return PVID_NS + "evidence/" + _sha(f"{article_id}|{fact}|{start}|{end}", 16)


def post_iri(of: str, predicate: str, qualifier: str | None) -> str:
    """``pvid:post/<of>/<predicate>[/<qualifier>]``: a post such as Japan's defence minister."""
    tail = f"/{qualifier}" if qualifier else ""
    return f"{PVID_NS}post/{entity_iri(of)[len(PVID_NS):]}/{predicate}{tail}"


def source_iri(article_id: str, position: int) -> str:
    return f"{article_iri(article_id)}/source/{position}"


def text_literal(value: str) -> ox.Literal:
    """Persian text as ``"…"@fa``; other text as a plain string."""
    return ox.Literal(value, language="fa") if _ARABIC.search(value) else ox.Literal(value)


def date_literal(value: dt.date) -> ox.Literal:
    return ox.Literal(value.isoformat(), datatype=XSD_DATE)


def int_literal(value: int) -> ox.Literal:
    return ox.Literal(str(int(value)), datatype=XSD_INTEGER)


def double_literal(value: float) -> ox.Literal:
    return ox.Literal(repr(float(value)), datatype=XSD_DOUBLE)


def noisy_or(values: Iterable[float]) -> float:
    """Probability that at least one of independent pieces of evidence is right.

    >>> noisy_or([0.5, 0.5])
    0.75
    >>> noisy_or([])
    0.0
    """
    miss = 1.0
    for v in values:
        miss *= 1.0 - min(max(float(v), 0.0), 1.0)
    return round(1.0 - miss, 6)


def merge_facts(facts: Iterable[Fact]) -> list[Fact]:
    """Canonicalise and merge facts with the same key (qualifiers and evidence united).

    >>> a = Fact("Q30", "alliedWith", "Q17", "occurred", confidence=0.6)
    >>> b = Fact("Q17", "alliedWith", "Q30", "occurred", confidence=0.8)
    >>> [(f.subject, f.object, f.confidence) for f in merge_facts([a, b])]
    [('Q17', 'Q30', 0.8)]
    """
    by_key: dict[tuple[str, str, str, str], list[Fact]] = defaultdict(list)
    for f in facts:
        by_key[f.key].append(f.canonical())
    out = []
    for key, group in by_key.items():
        quals = tuple(sorted({q for f in group for q in f.qualifiers}))
        ev: dict[tuple[str, int, int], Evidence] = {}
        for f in group:
            for e in f.evidence:
                ev.setdefault((e.article, e.start, e.end), e)
        evidence = tuple(ev[k] for k in sorted(ev))
        out.append(Fact(*key, quals, max(f.confidence for f in group), evidence))
    return sorted(out, key=lambda f: f.key)


def _check_fact(f: Fact, article_id: str) -> None:
    if f.predicate not in PREDICATES:
        raise PeyvandError("E107", value=article_id, detail=f"predicate {f.predicate!r} is not one of: {', '.join(PREDICATES)}")
    if f.status not in STATUSES:
        raise PeyvandError("E107", value=article_id, detail=f"status {f.status!r} is not one of: {', '.join(STATUSES)}")
    for k, _ in f.qualifiers:
        if not _KEY_RE.match(k):
            raise PeyvandError("E107", value=article_id, detail=f"qualifier key {k!r} is not an identifier")


def source_chain(article: Article, sources: Iterable[SourceLink]) -> list[SourceLink]:
    """The article's source chain, the metadata outlet (if given) at position 0.

    >>> [(s.position, s.name) for s in source_chain(Article("a", "x", outlet="تابناک"), [SourceLink(1, "ایسنا")])]
    [(0, 'تابناک'), (1, 'ایسنا')]
    """
    links = {s.position: s for s in sources}
    if article.outlet:
        old = links.get(0)
        same = old is not None and _SQUEEZE.sub("", old.name) == _SQUEEZE.sub("", article.outlet)
        links[0] = SourceLink(0, article.outlet, old.entity_id if same and old else None)
    return [links[p] for p in sorted(links)]


def extraction_quads(x: Extraction) -> list[ox.Quad]:
    """All quads of one article's named graph (the graph IRI is the article's IRI)."""
    art = x.article
    a_iri = article_iri(art.id)
    g = N(a_iri)
    a = N(a_iri)
    out: list[ox.Quad] = []
    add = out.append

    # the article and its source chain
    add(ox.Quad(a, RDF_TYPE, P.Article, g))
    add(ox.Quad(a, P.articleId, ox.Literal(art.id), g))
    add(ox.Quad(a, P.text, text_literal(art.text), g))
    if art.title:
        add(ox.Quad(a, DCT_TITLE, text_literal(art.title), g))
    if art.published:
        add(ox.Quad(a, P.published, date_literal(art.published), g))
    if art.url:
        add(ox.Quad(a, P.url, ox.Literal(art.url, datatype=XSD_ANYURI), g))
    if art.origin:
        add(ox.Quad(a, P.origin, ox.Literal(art.origin), g))
    previous = a
    for link in source_chain(art, x.sources):
        r = N(source_iri(art.id, link.position))
        add(ox.Quad(a, P.sourceLink, r, g))
        add(ox.Quad(r, RDF_TYPE, P.Report, g))
        add(ox.Quad(r, P.position, int_literal(link.position), g))
        add(ox.Quad(r, RDFS_LABEL, text_literal(link.name), g))
        if link.entity_id:
            add(ox.Quad(r, P.reportedBy, N(entity_iri(link.entity_id)), g))
            if link.position == 0:
                add(ox.Quad(a, P.publishedBy, N(entity_iri(link.entity_id)), g))
        if link.position > 0:
            add(ox.Quad(previous, PROV_QUOTED, r, g))
            previous = r

    # entities: type, label, observed surface forms
    surfaces: dict[str, set[str]] = defaultdict(set)
    for m in x.mentions:
        surfaces[m.entity_id].add(m.surface)
    known: set[str] = set()
    for e in x.entities:
        known.add(e.id)
        _entity_quads(e, surfaces.get(e.id, set()), g, add)

    # facts and their evidence
    for f in merge_facts(x.facts):
        _check_fact(f, art.id)
        for ent in (f.subject, f.object):
            if ent not in known:
                raise PeyvandError("E107", value=art.id, detail=f"fact {f.key} names entity {ent!r}, which the extraction does not list")
        fi = fact_iri(f.key)
        fn = N(fi)
        add(ox.Quad(fn, RDF_TYPE, P.Fact, g))
        add(ox.Quad(fn, P.subject, N(entity_iri(f.subject)), g))
        add(ox.Quad(fn, P.predicate, N(PV_NS + f.predicate), g))
        add(ox.Quad(fn, P.object, N(entity_iri(f.object)), g))
        add(ox.Quad(fn, P.status, N(PV_NS + f.status), g))
        add(ox.Quad(fn, P.confidence, double_literal(f.confidence), g))
        for k, v in f.qualifiers:
            if k in QUALIFIER_KEYS:
                add(ox.Quad(fn, getattr(P, k), ox.Literal(v), g))
            else:
                add(ox.Quad(fn, P.qualifier, ox.Literal(f"{k}={v}"), g))
        for e in f.evidence:
            en = N(evidence_iri(e.article, fi, e.start, e.end))
            add(ox.Quad(fn, P.evidence, en, g))
            add(ox.Quad(en, RDF_TYPE, P.Evidence, g))
            add(ox.Quad(en, PROV_DERIVED, N(article_iri(e.article)), g))
            add(ox.Quad(en, P.sentence, text_literal(e.sentence), g))
            add(ox.Quad(en, P.charStart, int_literal(e.start), g))
            add(ox.Quad(en, P.charEnd, int_literal(e.end), g))
            add(ox.Quad(en, P.confidence, double_literal(e.confidence), g))
            if e.event_date:
                add(ox.Quad(en, P.eventDate, date_literal(e.event_date), g))
    return out


def _entity_quads(e: Entity, surfaces: set[str], g: ox.NamedNode, add: object) -> None:
    if e.type not in ENTITY_TYPES:
        raise PeyvandError("E107", value=str(g.value), detail=f"entity {e.id!r} has type {e.type!r}, not one of {', '.join(ENTITY_TYPES)}")
    n = N(entity_iri(e.id))
    add(ox.Quad(n, RDF_TYPE, getattr(P, e.type), g))  # type: ignore[operator]
    if e.kind in _KINDS_AS_CLASSES:
        add(ox.Quad(n, RDF_TYPE, getattr(P, e.kind), g))  # type: ignore[operator]
    elif e.kind and e.type == "Organization":
        add(ox.Quad(n, P.orgKind, ox.Literal(e.kind), g))  # type: ignore[operator]
    add(ox.Quad(n, RDFS_LABEL, ox.Literal(e.label, language="fa"), g))  # type: ignore[operator]
    if e.label_en:
        add(ox.Quad(n, RDFS_LABEL, ox.Literal(e.label_en, language="en"), g))  # type: ignore[operator]
    if e.wikidata:
        add(ox.Quad(n, P.wikidata, ox.Literal(e.wikidata), g))  # type: ignore[operator]
    for s in sorted(set(e.aliases) | surfaces):
        add(ox.Quad(n, P.alias, text_literal(s), g))  # type: ignore[operator]


# --- writing: one SPARQL update replaces whole graphs -------------------------


def nt(quad: ox.Quad) -> str:
    """One triple of a quad in SPARQL/N-Triples syntax."""
    return f"{quad.subject} {quad.predicate} {quad.object} ."


def replace_graphs_update(graphs: Mapping[str, Iterable[ox.Quad]]) -> str:
    """One SPARQL update that replaces each named graph by its quads (atomic on any store).

    >>> q = ox.Quad(N("https://x/s"), N("https://x/p"), ox.Literal("۱"), N("https://x/g"))
    >>> print(replace_graphs_update({"https://x/g": [q]}))
    DROP SILENT GRAPH <https://x/g> ;
    INSERT DATA { GRAPH <https://x/g> {
    <https://x/s> <https://x/p> "۱" .
    } }
    """
    parts = [f"DROP SILENT GRAPH <{g}>" for g in graphs]
    blocks = []
    for g, quads in graphs.items():
        body = "\n".join(nt(q) for q in quads)
        if body:
            blocks.append(f"GRAPH <{g}> {{\n{body}\n}}")
    if blocks:
        parts.append("INSERT DATA { " + "\n".join(blocks) + " }")
    return " ;\n".join(parts)


# --- reading back -------------------------------------------------------------


def _local(node: object, ns: str) -> str:
    v = node.value  # type: ignore[attr-defined]
    return unquote(v[len(ns):]) if v.startswith(ns) else v


def facts_from_quads(quads: Iterable[ox.Quad]) -> list[Fact]:
    """The facts of one or more article graphs, as records (inverse of :func:`extraction_quads`)."""
    props: dict[object, dict[str, list[object]]] = defaultdict(lambda: defaultdict(list))
    for q in quads:
        props[q.subject][q.predicate.value].append(q.object)

    def one(node: object, prop: ox.NamedNode) -> object | None:
        vs = props.get(node, {}).get(prop.value, [])
        return vs[0] if vs else None

    facts = []
    for node, pm in props.items():
        if P.Fact not in pm.get(RDF_TYPE.value, []):
            continue
        quals = []
        for k in QUALIFIER_KEYS:
            quals += [(k, v.value) for v in pm.get(getattr(P, k).value, [])]  # type: ignore[attr-defined]
        for v in pm.get(P.qualifier.value, []):
            k, _, val = v.value.partition("=")  # type: ignore[attr-defined]
            quals.append((k, val))
        evidence = []
        for en in pm.get(P.evidence.value, []):
            art = one(en, PROV_DERIVED)
            aid = one(art, P.articleId)
            pub = one(art, P.published)
            ev_date = one(en, P.eventDate)
            evidence.append(Evidence(
                article=aid.value if aid is not None else _local(art, PVID_NS + "article/"),  # type: ignore[attr-defined]
                sentence=one(en, P.sentence).value,  # type: ignore[union-attr]
                start=int(one(en, P.charStart).value),  # type: ignore[union-attr]
                end=int(one(en, P.charEnd).value),  # type: ignore[union-attr]
                confidence=float(one(en, P.confidence).value) if one(en, P.confidence) else 0.5,  # type: ignore[union-attr]
                event_date=dt.date.fromisoformat(ev_date.value) if ev_date else None,  # type: ignore[attr-defined]
                published=dt.date.fromisoformat(pub.value) if pub else None,  # type: ignore[attr-defined]
            ))
        conf = [float(c.value) for c in pm.get(P.confidence.value, [])]  # type: ignore[attr-defined]
        facts.append(Fact(
            subject=_local(one(node, P.subject), PVID_NS),
            predicate=_local(one(node, P.predicate), PV_NS),
            object=_local(one(node, P.object), PVID_NS),
            status=_local(one(node, P.status), PV_NS),
            qualifiers=tuple(sorted(quals)),
            confidence=max(conf) if conf else 0.5,
            evidence=tuple(sorted(evidence, key=lambda e: (e.article, e.start, e.end))),
        ))
    return sorted(facts, key=lambda f: f.key)


__all__ = [
    "QUALIFIER_KEYS", "date_literal", "double_literal", "evidence_iri", "extraction_quads", "fact_iri",
    "facts_from_quads", "int_literal", "merge_facts", "minted_id", "noisy_or", "post_iri",
    "replace_graphs_update", "source_chain", "source_iri", "text_literal",
]

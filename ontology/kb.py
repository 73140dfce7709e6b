"""The knowledge base: ``ontology/kb/*.ttl`` → :class:`peyvand.records.KnowledgeBase`.

The KB is data (Turtle, one file per theme, written by hand from Wikidata):
entities under ``pvid:`` with a type, ``rdfs:label`` @fa and @en,
``skos:altLabel`` forms, ``pv:wikidata`` and the few relations extraction uses
(capital, metonym, part of, members, tenures). Files are parsed with
pyoxigraph (fast) and read through :mod:`importlib.resources`, so the KB
works from a wheel as from the source tree. The result is cached per process.
Missing files or properties are not an error: what is there is loaded.

>>> kb = kb_from_turtle('''
... @prefix pv: <https://w3id.org/peyvand/ns#> . @prefix pvid: <https://w3id.org/peyvand/id/> .
... @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
... @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
... @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
... pvid:Q17 a pv:Country ; rdfs:label "ژاپن"@fa , "Japan"@en ; skos:altLabel "توکیو"@fa ;
...     pv:demonym "ژاپنی"@fa ; pv:wikidata "Q17" .
... pvid:Q1 a pv:Person ; rdfs:label "نخست‌وزیر نمونه"@fa , "A. Sample"@en ;
...     pv:tenure [ pv:rolePredicate pv:leaderOf ; pv:roleOf pvid:Q17 ;
...                 pv:title "prime_minister" ; pv:start "2025-10-21"^^xsd:date ] .
... ''')
>>> kb.get("Q17").aliases, kb.get("Q17").demonyms
(('توکیو',), ('ژاپنی',))
>>> kb.get("Q1").tenures[0]
Tenure(predicate='leaderOf', of='Q17', qualifier='prime_minister', start=datetime.date(2025, 10, 21), end=None)
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import defaultdict
from collections.abc import Iterable
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable

import pyoxigraph as ox

from ..errors import PeyvandError
from ..records import KBEntity, KnowledgeBase, Tenure
from . import PV_NS, PVID_NS

_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
_SKOS = "http://www.w3.org/2004/02/skos/core#"
_BASE_TYPES = {"Person": "Person", "Country": "Country", "Organization": "Organization",
               "Place": "Place", "Facility": "Place", "Outlet": "Organization"}
_KINDS = ("Facility", "Outlet")
_QUALIFIERS = ("portfolio", "title", "branch")


def kb_turtle_paths() -> list[Traversable]:
    """The KB Turtle files shipped in ``peyvand/ontology/kb/``, sorted by name."""
    folder = resources.files("peyvand.ontology").joinpath("kb")
    if not folder.is_dir():
        return []
    return sorted((p for p in folder.iterdir() if p.name.endswith(".ttl")), key=lambda p: p.name)


@cache
def kb_hash() -> str:
    """SHA-256 over the KB files (names and bytes): the store reloads the KB when it changes."""
    h = hashlib.sha256()
    for path in kb_turtle_paths():
        h.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


@cache
def kb_quads() -> tuple[ox.Quad, ...]:
    """Every triple of the KB files, as quads in ``pvid:graph/kb``."""
    from . import KB_GRAPH

    graph = ox.NamedNode(KB_GRAPH)
    out: list[ox.Quad] = []
    for path in kb_turtle_paths():
        try:
            triples = ox.parse(path.read_bytes(), format=ox.RdfFormat.TURTLE)
            out.extend(ox.Quad(t.subject, t.predicate, t.object, graph) for t in triples)
        except (SyntaxError, ValueError, OSError) as exc:
            raise PeyvandError("E302", path=f"peyvand/ontology/kb/{path.name}", detail=str(exc)) from exc
    return tuple(out)


@cache
def load_kb() -> KnowledgeBase:
    """The knowledge base shipped with peyvand (cached per process; empty if no KB files)."""
    return _build((q.subject, q.predicate, q.object) for q in kb_quads())


def kb_from_turtle(text: str) -> KnowledgeBase:
    """Build a :class:`KnowledgeBase` from Turtle text (tests, notebooks)."""
    triples = ox.parse(text, format=ox.RdfFormat.TURTLE)
    return _build((t.subject, t.predicate, t.object) for t in triples)


def _local(term: object) -> str | None:
    """``pvid:Q30`` → ``Q30``; ``pv:ministerOf`` → ``ministerOf``; a literal → its value."""
    if isinstance(term, ox.NamedNode):
        iri = term.value
        for ns in (PVID_NS, PV_NS):
            if iri.startswith(ns):
                return iri[len(ns):]
        return iri
    if isinstance(term, ox.Literal):
        return term.value
    return None


def _date(term: object) -> tuple[dt.date | None, bool]:
    """A date from xsd:date, xsd:gYear or xsd:gYearMonth; the flag is True if approximate."""
    if not isinstance(term, ox.Literal):
        return None, False
    v = term.value.strip()
    try:
        if len(v) >= 10:
            return dt.date.fromisoformat(v[:10]), False
        if len(v) == 7:
            return dt.date(int(v[:4]), int(v[5:7]), 1), True
        if len(v) == 4:
            return dt.date(int(v), 1, 1), True
    except ValueError:
        pass
    return None, False


def _build(triples: Iterable[tuple[object, object, object]]) -> KnowledgeBase:
    props: dict[object, dict[str, list[object]]] = defaultdict(lambda: defaultdict(list))
    for s, p, o in triples:
        props[s][p.value].append(o)  # type: ignore[attr-defined]

    def values(node: object, pred: str) -> list[object]:
        return props.get(node, {}).get(pred, [])

    def texts(node: object, pred: str, lang: str | None = "fa") -> tuple[str, ...]:
        out = []
        for o in values(node, pred):
            if isinstance(o, ox.Literal) and (lang is None or o.language in (lang, None)):
                if o.value not in out:
                    out.append(o.value)
        return tuple(out)

    def one(node: object, pred: str) -> str | None:
        vs = [_local(o) for o in values(node, pred)]
        return next((v for v in vs if v), None)

    members: dict[str, list[str]] = defaultdict(list)
    for node, pmap in props.items():
        if isinstance(node, ox.NamedNode) and node.value.startswith(PVID_NS):
            for o in pmap.get(PV_NS + "memberOf", []):
                org = _local(o)
                if org:
                    members[org].append(node.value[len(PVID_NS):])

    entities: dict[str, KBEntity] = {}
    for node, pmap in props.items():
        if not (isinstance(node, ox.NamedNode) and node.value.startswith(PVID_NS)):
            continue
        types = [_local(t) for t in pmap.get(_RDF_TYPE, [])]
        base = next((_BASE_TYPES[t] for t in types if t in ("Person", "Country", "Organization", "Place")), None)
        base = base or next((_BASE_TYPES[t] for t in types if t in _BASE_TYPES), None)
        if base is None:
            continue  # a tenure node, a post … not an entity
        eid = node.value[len(PVID_NS):]
        fa = texts(node, _RDFS_LABEL, "fa")
        en = texts(node, _RDFS_LABEL, "en")
        label = fa[0] if fa else (en[0] if en else eid)
        aliases = [a for a in fa[1:] + texts(node, _SKOS + "altLabel", None) if a != label]
        kind = next((t for t in types if t in _KINDS), None) or one(node, PV_NS + "orgKind")
        tenures = []
        for tnode in values(node, PV_NS + "tenure"):
            pred = one(tnode, PV_NS + "rolePredicate")
            of = one(tnode, PV_NS + "roleOf")
            if not pred or not of:
                continue
            qual = next((one(tnode, PV_NS + q) for q in _QUALIFIERS if one(tnode, PV_NS + q)), None)
            start, _ = _date(next(iter(values(tnode, PV_NS + "start")), None))
            end, _ = _date(next(iter(values(tnode, PV_NS + "end")), None))
            tenures.append(Tenure(pred, of, qual, start, end))
        wikidata = one(node, PV_NS + "wikidata") or (eid if eid[:1] == "Q" and eid[1:].isdigit() else "")
        own_members = [_local(o) for o in values(node, PV_NS + "hasMember")]
        entities[eid] = KBEntity(
            id=eid,
            type=base,
            label=label,
            label_en=en[0] if en else "",
            wikidata=wikidata,
            aliases=tuple(dict.fromkeys(aliases)),
            ambiguous=texts(node, PV_NS + "ambiguousLabel", None),
            demonyms=texts(node, PV_NS + "demonym", None),
            kind=kind,
            metonym_for=one(node, PV_NS + "metonymFor"),
            part_of=one(node, PV_NS + "partOf"),
            located_in=one(node, PV_NS + "locatedIn") or one(node, PV_NS + "country"),
            capital=one(node, PV_NS + "capital"),
            members=tuple(dict.fromkeys([m for m in own_members if m] + members.get(eid, []))),
            tenures=tuple(sorted(tenures, key=lambda t: (t.start or dt.date.min, t.predicate, t.of))),
        )
    return KnowledgeBase(dict(sorted(entities.items())))


__all__ = ["kb_from_turtle", "kb_hash", "kb_quads", "kb_turtle_paths", "load_kb"]

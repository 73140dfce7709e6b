"""The derived graph ``pvid:graph/derived``, recomputed from the article graphs and the KB.

* ``s pv:P o`` for every fact whose status is occurred (both directions for
  symmetric predicates): what simple SPARQL and networkx read;
* per fact: ``pv:corroboration`` (distinct original sources: the last link of
  each article's source chain, else its outlet, else the article),
  ``pv:aggregateConfidence`` (noisy-or over the articles), ``pv:firstSeen``
  and ``pv:lastSeen`` (publication dates);
* roles over time: ``person pv:holds post``; the post's holdings
  (``post pv:holding h . h pv:holder person ; pv:validFrom d ; pv:validTo d``),
  from KB tenures and from occurred role facts; a newer holder of the same
  post closes the older one's holding.

The rebuild reads with a few SELECTs and writes with one update (atomic).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import TYPE_CHECKING

import pyoxigraph as ox

from ..ontology import DERIVED_GRAPH, KB_GRAPH, PV_NS, PVID_NS
from ..records import ROLE_PREDICATES, SYMMETRIC
from .rdf import RDF_TYPE, N, P, date_literal, double_literal, int_literal, noisy_or, post_iri

if TYPE_CHECKING:
    from .store import _StoreBase

_ROLE_QUALIFIERS = ("portfolio", "title", "branch")


def _date(term: object) -> dt.date | None:
    if term is None:
        return None
    try:
        return dt.date.fromisoformat(term.value[:10])  # type: ignore[attr-defined]
    except ValueError:
        return None


def _original_sources(store: _StoreBase) -> dict[str, str]:
    """Article graph IRI → a key naming its original source."""
    r = store.query("""
        SELECT ?g ?pos ?name ?ent WHERE { GRAPH ?g {
            ?g a pv:Article ; pv:sourceLink ?r . ?r pv:position ?pos ; rdfs:label ?name .
            OPTIONAL { ?r pv:reportedBy ?ent } } }""", union=False)
    best: dict[str, tuple[int, str]] = {}
    for g, pos, name, ent in r.rows:
        key = ent.value if ent is not None else "name:" + "".join(name.value.split())  # type: ignore[union-attr]
        p = int(pos.value)  # type: ignore[union-attr]
        if g.value not in best or p > best[g.value][0]:  # type: ignore[union-attr]
            best[g.value] = (p, key)  # type: ignore[union-attr]
    return {g: key for g, (_, key) in best.items()}


def derived_quads(store: _StoreBase) -> list[ox.Quad]:
    """The quads of the derived graph for the store's current contents."""
    d = N(DERIVED_GRAPH)
    out: list[ox.Quad] = []
    origins = _original_sources(store)
    rows = store.query("""
        SELECT ?f ?s ?p ?o ?st ?g ?c ?pub WHERE { GRAPH ?g {
            ?g a pv:Article .
            ?f a pv:Fact ; pv:subject ?s ; pv:predicate ?p ; pv:object ?o ; pv:status ?st ; pv:confidence ?c .
            OPTIONAL { ?g pv:published ?pub } } }""", union=False).rows
    facts: dict[str, dict] = {}
    for f, s, p, o, st, g, c, pub in rows:
        info = facts.setdefault(f.value, {"s": s, "p": p, "o": o, "st": st, "conf": {}, "src": set(), "dates": []})  # type: ignore[union-attr]
        info["conf"][g.value] = float(c.value)  # type: ignore[union-attr]
        info["src"].add(origins.get(g.value, g.value))  # type: ignore[union-attr]
        if (day := _date(pub)) is not None:
            info["dates"].append(day)

    occurred = N(PV_NS + "occurred")
    for fi, info in facts.items():
        fn = N(fi)
        if info["st"] == occurred:
            out.append(ox.Quad(info["s"], info["p"], info["o"], d))
            if info["p"].value[len(PV_NS):] in SYMMETRIC:
                out.append(ox.Quad(info["o"], info["p"], info["s"], d))
        out.append(ox.Quad(fn, P.aggregateConfidence, double_literal(noisy_or(info["conf"].values())), d))
        out.append(ox.Quad(fn, P.corroboration, int_literal(len(info["src"])), d))
        if info["dates"]:
            out.append(ox.Quad(fn, P.firstSeen, date_literal(min(info["dates"])), d))
            out.append(ox.Quad(fn, P.lastSeen, date_literal(max(info["dates"])), d))
    out.extend(_role_quads(store, d))
    return out


def _role_quads(store: _StoreBase, d: ox.NamedNode) -> list[ox.Quad]:
    # post key -> holdings [person IRI, start, end]; one holding per KB tenure, plus one per
    # person whom an article gives the post at a date no KB tenure of theirs covers
    posts: dict[tuple[str, str, str | None], list[list]] = defaultdict(list)
    kb = store.query(f"""
        SELECT ?person ?rp ?of ?q ?start ?end WHERE {{ GRAPH <{KB_GRAPH}> {{
            ?person pv:tenure ?t . ?t pv:rolePredicate ?rp ; pv:roleOf ?of .
            OPTIONAL {{ ?t pv:portfolio|pv:title|pv:branch ?q }}
            OPTIONAL {{ ?t pv:start ?start }} OPTIONAL {{ ?t pv:end ?end }} }} }}""", union=False)
    for person, rp, of, q, start, end in kb.rows:
        pred = rp.value.rsplit("#", 1)[-1].rsplit("/", 1)[-1]  # type: ignore[union-attr]
        if pred in ROLE_PREDICATES and isinstance(of, ox.NamedNode) and of.value.startswith(PVID_NS):
            key = (of.value[len(PVID_NS):], pred, q.value if q is not None else None)  # type: ignore[union-attr]
            posts[key].append([person.value, _date(start), _date(end)])  # type: ignore[union-attr]

    values = " ".join(f"pv:{p}" for p in sorted(ROLE_PREDICATES))
    facts = store.query(f"""
        SELECT ?person ?p ?of ?q (MIN(?day) AS ?first) WHERE {{ GRAPH ?g {{
            ?f a pv:Fact ; pv:subject ?person ; pv:predicate ?p ; pv:object ?of ; pv:status pv:occurred ;
               pv:evidence ?e .
            VALUES ?p {{ {values} }}
            OPTIONAL {{ ?f pv:portfolio|pv:title|pv:branch ?q }}
            OPTIONAL {{ ?e pv:eventDate ?ed }} OPTIONAL {{ ?g pv:published ?pub }}
            BIND(COALESCE(?ed, ?pub) AS ?day) }} }}
        GROUP BY ?person ?p ?of ?q""", union=False)
    seen: dict[tuple, dt.date | None] = {}
    for person, p, of, q, first in facts.rows:
        if of.value.startswith(PVID_NS):  # type: ignore[union-attr]
            key = (of.value[len(PVID_NS):], p.value[len(PV_NS):], q.value if q is not None else None,  # type: ignore[union-attr]
                   person.value)  # type: ignore[union-attr]
            day = _date(first)
            if key not in seen or (day is not None and (seen[key] is None or day < seen[key])):  # type: ignore[operator]
                seen[key] = day
    for (of, pred, qual, person), day in sorted(seen.items(), key=lambda kv: str(kv[0])):
        holdings = posts[(of, pred, qual)]
        covered = any(h[0] == person and (h[1] is None or day is None or (h[1] <= day and (h[2] is None or day <= h[2])))
                      for h in holdings)
        if not covered:
            holdings.append([person, day, None])

    out: list[ox.Quad] = []
    for (of, pred, qual), holdings in sorted(posts.items(), key=lambda kv: (kv[0][0], kv[0][1], kv[0][2] or "")):
        post = N(post_iri(of, pred, qual))
        out += [
            ox.Quad(post, RDF_TYPE, P.Post, d),
            ox.Quad(post, P.rolePredicate, N(PV_NS + pred), d),
            ox.Quad(post, P.roleOf, N(PVID_NS + of), d),
        ]
        if qual:
            key = {"ministerOf": "portfolio", "leaderOf": "title", "commanderOf": "branch"}[pred]
            out.append(ox.Quad(post, getattr(P, key), ox.Literal(qual), d))
        order = sorted(holdings, key=lambda h: (h[1] is None, h[1] or dt.date.min, h[0], h[2] or dt.date.max))
        for i, (person, start, end) in enumerate(order):
            if end is None and start is not None:
                later = [h[1] for h in order[i + 1:] if h[1] is not None and h[1] > start and h[0] != person]
                end = min(later) if later else None
            pid = person[len(PVID_NS):] if person.startswith(PVID_NS) else person
            h = N(f"{post.value}/holder/{pid}/{start.isoformat() if start else 'undated'}")
            out += [ox.Quad(N(person), P.holds, post, d), ox.Quad(post, P.holding, h, d), ox.Quad(h, P.holder, N(person), d)]
            if start is not None:
                out.append(ox.Quad(h, P.validFrom, date_literal(start), d))
            if end is not None:
                out.append(ox.Quad(h, P.validTo, date_literal(end), d))
    return out


def rebuild_derived(store: _StoreBase) -> None:
    """Replace ``pvid:graph/derived`` with what the store's graphs now imply (one update)."""
    store.replace_graphs({DERIVED_GRAPH: derived_quads(store)})


__all__ = ["derived_quads", "rebuild_derived"]

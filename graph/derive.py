"""The derived graph ``pvid:graph/derived``: kept up to date for what each batch touches.

What it holds:

* ``s pv:P o`` for every fact whose status is occurred (both directions for
  symmetric predicates): what simple SPARQL and networkx read;
* per fact: ``pv:corroboration`` (distinct original sources),
  ``pv:aggregateConfidence`` (noisy-or over the sources, each source counted
  with its most confident article), ``pv:firstSeen`` and ``pv:lastSeen``
  (publication dates, else event dates);
* per article: ``pv:originalSource`` — the outlet at the end of its source
  chain (its entity IRI, or its name as a literal); articles with the same
  text (``pv:textHash``) form a group whose original source is that of the
  copy citing furthest back (ties: the earliest published, then the smallest
  IRI), and every other copy is ``prov:alternateOf`` that one. So the same
  wire story republished by ten outlets counts once;
* roles over time: ``person pv:holds post``; the post's holdings
  (``post pv:holding h . h pv:holder person ; pv:validFrom d ; pv:validTo d``),
  from KB tenures and from occurred role facts (a holder from the earliest
  evidence); a newer holder of the same post closes the older one's holding.

:class:`Deriver` updates it incrementally: BEFORE a batch of article graphs
is written it computes the change the batch makes (:class:`DerivedChange`)
from the batch's own records, the cache, and point reads of what the batch
touches (its text groups; facts and posts it does not know yet; facts that
lost support or whose articles changed original source); the store writes
the change with the batch (:meth:`~peyvand.graph.store._StoreBase.write_batch`).
Facts and posts it has seen are kept in a bounded cache, so a fact stated by
thousands of articles costs its new articles only, not all of them again,
and a fact whose derived triples do not change (one more article from a
source it has, no new date) costs no write at all: the time per article
stays flat as the store grows. :func:`rebuild_derived` recomputes everything
(a new KB, a repair); ``tests/graph/test_derive.py`` checks the two always agree.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict, defaultdict
from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..ontology import DERIVED_GRAPH, KB_GRAPH, META_GRAPH, PV_NS, PVID_NS, STORE_NODE
from ..records import ROLE_PREDICATES, SYMMETRIC, name_key
from .rdf import _T_DATE, _T_DOUBLE, _T_INT, EncodedArticle, FactRow, escape, noisy_or, post_iri

if TYPE_CHECKING:
    from .store import _StoreBase

_ROLE_QUALIFIERS = ("portfolio", "title", "branch")
_ROLE_KEY = {"ministerOf": "portfolio", "leaderOf": "title", "commanderOf": "branch"}
_ALTERNATE = "<http://www.w3.org/ns/prov#alternateOf>"
_RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
_D = f"<{DERIVED_GRAPH}>"
#: Facts kept in memory between batches (least recently touched dropped first).
CACHE_FACTS = 100_000
#: Terms per VALUES block of one query.
CHUNK = 2_000

PostKey = tuple[str, str, str | None]  # (of id, predicate, qualifier)


def _pv(name: str) -> str:
    return f"<{PV_NS}{name}>"


def _date(term: object) -> dt.date | None:
    if term is None:
        return None
    try:
        return dt.date.fromisoformat(term.value[:10])  # type: ignore[attr-defined]
    except ValueError:
        return None


def _chunks(items: Sequence[str], n: int = CHUNK) -> Iterable[Sequence[str]]:
    for i in range(0, len(items), n):
        yield items[i: i + n]


def _iris(items: Iterable[str]) -> str:
    return " ".join(f"<{i}>" for i in items)


def _lit(value: str) -> str:
    return f'"{escape(value)}"'


def source_term_key(term: object) -> str:
    """The source key of a ``pv:originalSource`` value (an IRI, or a literal name)."""
    from pyoxigraph import NamedNode

    if isinstance(term, NamedNode):
        return term.value
    return "name:" + name_key(term.value)  # type: ignore[attr-defined]


@dataclass
class FactState:
    """A fact over all the articles that state it."""

    s: str
    p: str
    o: str
    st: str
    sources: dict[str, float] = field(default_factory=dict)  # source key -> best confidence
    first: dt.date | None = None
    last: dt.date | None = None

    def add(self, source: str, confidence: float, day: dt.date | None) -> None:
        if confidence > self.sources.get(source, -1.0):
            self.sources[source] = confidence
        if day is not None:
            self.first = day if self.first is None or day < self.first else self.first
            self.last = day if self.last is None or day > self.last else self.last


@dataclass
class Member:
    """An article as its text group sees it."""

    iri: str
    source: str  # key of its own chain's last link
    source_term: str  # that link as an RDF term (IRI or literal)
    depth: int
    published: dt.date | None


def _representative(members: Iterable[Member]) -> Member:
    return min(members, key=lambda m: (-m.depth, m.published is None, m.published or dt.date.min, m.iri))


def _term_of(key: str, name: str | None) -> str:
    if key.startswith("name:"):
        return _lit(name or key[5:])
    return f"<{key}>"


@dataclass
class DerivedChange:
    """What one batch changes in the derived graph.

    ``ops`` (SPARQL updates that delete by pattern) must run before the
    ``inserts`` are added (they may re-add what ``ops`` deleted); ``deletes``
    (exact triples) never overlap ``inserts``, so they may go in either order.
    """

    ops: list[str] = field(default_factory=list)
    deletes: list[str] = field(default_factory=list)  # N-Triples lines of the derived graph
    inserts: list[str] = field(default_factory=list)

    def delete_ops(self) -> list[str]:
        """The SPARQL update operations that delete: ``ops``, then the exact ``deletes``."""
        out = list(self.ops)
        if self.deletes:
            out.append(f"DELETE DATA {{ GRAPH {_D} {{\n" + "\n".join(self.deletes) + "\n} }")
        return out

    def update_ops(self) -> list[str]:
        """The whole change as SPARQL update operations, in order."""
        out = self.delete_ops()
        if self.inserts:
            out.append(f"INSERT DATA {{ GRAPH {_D} {{\n" + "\n".join(self.inserts) + "\n} }")
        return out

    def nquads(self) -> str:
        """The inserts as N-Quads in the derived graph."""
        g = f" {_D} .\n"
        return "".join(line[:-2] + g for line in self.inserts)  # "s p o ." -> "s p o <g> ."


def _diff(was: list[str], now: list[str], deletes: list[str], inserts: list[str]) -> None:
    """Add to ``deletes`` what ``was`` has and ``now`` has not, and to ``inserts`` the converse."""
    was_set, now_set = set(was), set(now)
    deletes += [line for line in dict.fromkeys(was) if line not in now_set]
    inserts += [line for line in dict.fromkeys(now) if line not in was_set]


def _post_order(key: PostKey) -> tuple[str, str, str]:
    return key[0], key[1], key[2] or ""


class Deriver:
    """Keeps ``pvid:graph/derived`` up to date, one batch at a time (see the module docstring)."""

    def __init__(self, store: _StoreBase, cache_facts: int = CACHE_FACTS) -> None:
        self.store = store
        self.cache_facts = cache_facts
        self.facts: OrderedDict[str, FactState] = OrderedDict()
        self.posts: dict[PostKey, dict[str, dt.date | None]] = {}
        self._kb_posts: dict[PostKey, list[tuple[str, dt.date | None, dt.date | None]]] | None = None
        self._known_facts: set[int] | None = None
        self._known_posts: set[PostKey] | None = None

    # ------------------------------------------------------------------ reading
    def _q(self, sparql: str) -> list[tuple]:
        return self.store.query(sparql, union=False).rows  # type: ignore[return-value]

    def old_info(self, graphs: Sequence[str]) -> dict[str, dict]:
        """What replaced graphs held (read BEFORE they are replaced): their facts and text hash."""
        out: dict[str, dict] = {g: {"facts": {}, "hash": None, "roles": set()} for g in graphs}
        for chunk in _chunks(list(graphs)):
            for g, f, s, p, o, st, q in self._q(f"""
                SELECT ?g ?f ?s ?p ?o ?st ?q WHERE {{ VALUES ?g {{ {_iris(chunk)} }} GRAPH ?g {{
                    ?f a pv:Fact ; pv:subject ?s ; pv:predicate ?p ; pv:object ?o ; pv:status ?st .
                    OPTIONAL {{ ?f pv:portfolio|pv:title|pv:branch ?q }} }} }}"""):
                info = out[g.value]
                pred = p.value[len(PV_NS):]
                info["facts"][f.value] = (s.value, pred, o.value, st.value[len(PV_NS):])
                if pred in ROLE_PREDICATES and st.value.endswith("#occurred"):
                    info["roles"].add((o.value, pred, q.value if q is not None else None))
            for g, h in self._q(f"""SELECT ?g ?h WHERE {{ VALUES ?g {{ {_iris(chunk)} }}
                                     GRAPH ?g {{ ?g pv:textHash ?h }} }}"""):
                out[g.value]["hash"] = h.value
        return out

    def _members(self, hashes: Sequence[str]) -> dict[str, list[str]]:
        by_hash: dict[str, list[str]] = defaultdict(list)
        for chunk in _chunks(list(hashes)):
            values = " ".join(_lit(h) for h in chunk)
            for h, a in self._q(f"""SELECT ?h ?a WHERE {{ VALUES ?h {{ {values} }}
                                     GRAPH ?a {{ ?a pv:textHash ?h }} }}"""):
                by_hash[h.value].append(a.value)
        return by_hash

    def _member_info(self, articles: Sequence[str]) -> dict[str, Member]:
        """Chain end, depth and date of stored articles."""
        from .rdf import source_key
        from ..records import SourceLink

        best: dict[str, tuple[int, str, str, dt.date | None]] = {}
        pubs: dict[str, dt.date | None] = {a: None for a in articles}
        for chunk in _chunks(list(articles)):
            for a, pub in self._q(f"""SELECT ?a ?pub WHERE {{ VALUES ?a {{ {_iris(chunk)} }}
                                       GRAPH ?a {{ ?a a pv:Article OPTIONAL {{ ?a pv:published ?pub }} }} }}"""):
                pubs[a.value] = _date(pub)
            for a, pos, name, ent in self._q(f"""
                SELECT ?a ?pos ?name ?ent WHERE {{ VALUES ?a {{ {_iris(chunk)} }} GRAPH ?a {{
                    ?a pv:sourceLink ?r . ?r pv:position ?pos ; rdfs:label ?name .
                    OPTIONAL {{ ?r pv:reportedBy ?ent }} }} }}"""):
                p = int(pos.value)
                if a.value not in best or p > best[a.value][0]:
                    ent_id = ent.value[len(PVID_NS):] if ent is not None and ent.value.startswith(PVID_NS) else None
                    key = source_key(SourceLink(p, name.value, ent_id), a.value) if ent is None else ent.value
                    best[a.value] = (p, key, name.value, pubs.get(a.value))
        out = {}
        for a in articles:
            if a in best:
                p, key, name, _ = best[a]
                out[a] = Member(a, key, _term_of(key, name), p, pubs.get(a))
            else:
                out[a] = Member(a, a, f"<{a}>", 0, pubs.get(a))
        return out

    def _stored_sources(self, articles: Sequence[str]) -> dict[str, str]:
        out: dict[str, str] = {}
        for chunk in _chunks(list(articles)):
            for a, src in self._q(f"""SELECT ?a ?src WHERE {{ VALUES ?a {{ {_iris(chunk)} }}
                                       GRAPH {_D} {{ ?a pv:originalSource ?src }} }}"""):
                out[a.value] = source_term_key(src)
        return out

    def _facts_of(self, articles: Sequence[str]) -> dict[str, tuple[str, str, str, str]]:
        out = {}
        for chunk in _chunks(list(articles)):
            for f, s, p, o, st in self._q(f"""SELECT ?f ?s ?p ?o ?st WHERE {{ VALUES ?g {{ {_iris(chunk)} }} GRAPH ?g {{
                    ?f a pv:Fact ; pv:subject ?s ; pv:predicate ?p ; pv:object ?o ; pv:status ?st }} }}"""):
                out[f.value] = (s.value, p.value[len(PV_NS):], o.value, st.value[len(PV_NS):])
        return out

    def _load_facts(self, facts: Sequence[str], sources: dict[str, str],
                    skip: Container[str] = ()) -> dict[str, FactState]:
        """Fact states read from the article graphs, graphs in ``skip`` left out
        (``sources``: original source keys known already)."""
        states: dict[str, FactState] = {}
        unknown: set[str] = set()
        rows = []
        for chunk in _chunks(list(facts)):
            rows += [row for row in self._q(f"""
                SELECT ?f ?g ?s ?p ?o ?st ?c ?pub WHERE {{ VALUES ?f {{ {_iris(chunk)} }} GRAPH ?g {{
                    ?f pv:subject ?s ; pv:predicate ?p ; pv:object ?o ; pv:status ?st ; pv:confidence ?c .
                    OPTIONAL {{ ?g pv:published ?pub }} }} }}""") if row[1].value not in skip]
        for row in rows:
            if row[1].value not in sources:
                unknown.add(row[1].value)
        if unknown:
            sources = {**sources, **self._stored_sources(sorted(unknown))}
        for f, g, s, p, o, st, c, pub in rows:
            state = states.get(f.value)
            if state is None:
                state = states[f.value] = FactState(s.value, p.value[len(PV_NS):], o.value, st.value[len(PV_NS):])
            state.add(sources.get(g.value, g.value), float(c.value), _date(pub))
        return states

    def _kb(self) -> dict[PostKey, list[tuple[str, dt.date | None, dt.date | None]]]:
        if self._kb_posts is None:
            posts: dict[PostKey, list[tuple[str, dt.date | None, dt.date | None]]] = defaultdict(list)
            for person, rp, of, q, start, end in self._q(f"""
                SELECT ?person ?rp ?of ?q ?start ?end WHERE {{ GRAPH <{KB_GRAPH}> {{
                    ?person pv:tenure ?t . ?t pv:rolePredicate ?rp ; pv:roleOf ?of .
                    OPTIONAL {{ ?t pv:portfolio|pv:title|pv:branch ?q }}
                    OPTIONAL {{ ?t pv:start ?start }} OPTIONAL {{ ?t pv:end ?end }} }} }}"""):
                pred = rp.value.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
                if pred in ROLE_PREDICATES and of.value.startswith(PVID_NS):
                    key = (of.value[len(PVID_NS):], pred, q.value if q is not None else None)
                    posts[key].append((person.value, _date(start), _date(end)))
            self._kb_posts = dict(posts)
        return self._kb_posts

    def _load_posts(self, keys: Iterable[PostKey],
                    skip: Container[str] = ()) -> dict[PostKey, dict[str, dt.date | None]]:
        """Article-stated holders (person → earliest day) of posts, read from the article graphs
        (graphs in ``skip`` left out)."""
        wanted = set(keys)
        out: dict[PostKey, dict[str, dt.date | None]] = {k: {} for k in wanted}
        pairs = sorted({(p, of) for of, p, _ in wanted})
        for chunk in _chunks(pairs, 500):
            values = " ".join(f"(pv:{p} <{PVID_NS}{of}>)" for p, of in chunk)
            for g, person, p, of, q, ed, pub in self._q(f"""
                SELECT ?g ?person ?p ?of ?q ?ed ?pub WHERE {{ VALUES (?p ?of) {{ {values} }} GRAPH ?g {{
                    ?f pv:predicate ?p ; pv:object ?of ; pv:status pv:occurred ; pv:subject ?person ; pv:evidence ?e .
                    OPTIONAL {{ ?f pv:portfolio|pv:title|pv:branch ?q }}
                    OPTIONAL {{ ?e pv:eventDate ?ed }} OPTIONAL {{ ?g pv:published ?pub }} }} }}"""):
                if g.value in skip:
                    continue
                key = (of.value[len(PVID_NS):], p.value[len(PV_NS):], q.value if q is not None else None)
                if key in out:
                    _earliest(out[key], person.value, _date(ed) or _date(pub))
        return out

    # ------------------------------------------------------------- triples
    def _fact_triples(self, fi: str, st: FactState) -> list[str]:
        out = []
        if st.st == "occurred":
            out.append(f"<{st.s}> {_pv(st.p)} <{st.o}> .")
            if st.p in SYMMETRIC:
                out.append(f"<{st.o}> {_pv(st.p)} <{st.s}> .")
        f = f"<{fi}>"
        out.append(f'{f} {_pv("aggregateConfidence")} "{noisy_or(st.sources.values())!r}"{_T_DOUBLE} .')
        out.append(f'{f} {_pv("corroboration")} "{len(st.sources)}"{_T_INT} .')
        if st.first is not None:
            out.append(f'{f} {_pv("firstSeen")} "{st.first.isoformat()}"{_T_DATE} .')
            out.append(f'{f} {_pv("lastSeen")} "{st.last.isoformat()}"{_T_DATE} .')  # type: ignore[union-attr]
        return out

    def _post_triples(self, key: PostKey, holders: dict[str, dt.date | None]) -> list[str]:
        of, pred, qual = key
        holdings = list(self._kb().get(key, ()))
        for person, day in sorted(holders.items()):
            covered = any(h[0] == person and (h[1] is None or day is None or (h[1] <= day and (h[2] is None or day <= h[2])))
                          for h in holdings)
            if not covered:
                holdings.append((person, day, None))
        if not holdings:
            return []
        post = f"<{post_iri(of, pred, qual)}>"
        out = [f"{post} {_RDF_TYPE} {_pv('Post')} .", f"{post} {_pv('rolePredicate')} {_pv(pred)} .",
               f"{post} {_pv('roleOf')} <{PVID_NS}{of}> ."]
        if qual:
            out.append(f"{post} {_pv(_ROLE_KEY[pred])} {_lit(qual)} .")
        order = sorted(holdings, key=lambda h: (h[1] is None, h[1] or dt.date.min, h[0], h[2] or dt.date.max))
        for i, (person, start, end) in enumerate(order):
            if end is None and start is not None:
                later = [h[1] for h in order[i + 1:] if h[1] is not None and h[1] > start and h[0] != person]
                end = min(later) if later else None
            pid = person[len(PVID_NS):] if person.startswith(PVID_NS) else person
            h = f"<{post[1:-1]}/holder/{pid}/{start.isoformat() if start else 'undated'}>"
            out += [f"<{person}> {_pv('holds')} {post} .", f"{post} {_pv('holding')} {h} .",
                    f"{h} {_pv('holder')} <{person}> ."]
            if start is not None:
                out.append(f'{h} {_pv("validFrom")} "{start.isoformat()}"{_T_DATE} .')
            if end is not None:
                out.append(f'{h} {_pv("validTo")} "{end.isoformat()}"{_T_DATE} .')
        return out

    @staticmethod
    def _group_triples(members: list[Member]) -> tuple[dict[str, str], list[str]]:
        """Original source key of each member, and the group's triples."""
        rep = _representative(members)
        out = []
        keys = {}
        for m in members:
            keys[m.iri] = rep.source
            out.append(f"<{m.iri}> {_pv('originalSource')} {rep.source_term} .")
            if m.iri != rep.iri:
                out.append(f"<{m.iri}> {_ALTERNATE} <{rep.iri}> .")
        return keys, out

    # ------------------------------------------------------------- updating
    def _remember(self, fi: str, state: FactState | None) -> None:
        if state is None:
            self.facts.pop(fi, None)
            return
        self.facts[fi] = state
        self.facts.move_to_end(fi)
        while len(self.facts) > self.cache_facts:
            self.facts.popitem(last=False)

    def _known(self) -> tuple[set[int], set[PostKey]]:
        """Facts (hashed IRIs) and posts with article holders that the store held when this writer started.

        A fact or post unknown to both the store and the cache is new: its state
        comes from the batch alone and it has no derived triples to delete.
        """
        if self._known_facts is None or self._known_posts is None:
            self._known_facts = {hash(row[0].value) for row in self._q(
                "SELECT DISTINCT ?f WHERE { GRAPH ?g { ?f a pv:Fact } }")}
            values = " ".join(f"pv:{p}" for p in sorted(ROLE_PREDICATES))
            self._known_posts = set()
            for of, p, q in self._q(f"""SELECT DISTINCT ?of ?p ?q WHERE {{ GRAPH ?g {{
                    ?f pv:predicate ?p ; pv:object ?of ; pv:status pv:occurred . VALUES ?p {{ {values} }}
                    OPTIONAL {{ ?f pv:portfolio|pv:title|pv:branch ?q }} }} }}"""):
                if of.value.startswith(PVID_NS):
                    self._known_posts.add((of.value[len(PVID_NS):], p.value[len(PV_NS):], q.value if q is not None else None))
        return self._known_facts, self._known_posts

    def plan(self, batch: Sequence[EncodedArticle], old: dict[str, dict]) -> DerivedChange:
        """The change ``batch`` makes to the derived graph, read from the store BEFORE the batch is written.

        ``old`` is :meth:`old_info` of the graphs the batch replaces. The batch's
        own facts, groups and role holders come from its records; the store is
        asked only about what the batch touches (its text groups, facts and
        posts not in the cache), and the rows of graphs the batch replaces are
        left out. Facts and posts in the cache change by a diff: only triples
        that change are deleted or inserted, so deletes and inserts never
        overlap and may be applied in either order. Updates the cache.
        """
        known_facts, known_posts = self._known()
        new = {e.iri: e for e in batch}
        ops: list[str] = []
        deletes: list[str] = []
        inserts: list[str] = []

        # 1. text groups and original sources: the stored members (as before the batch) and the batch
        hashes = sorted({e.text_hash for e in batch} | {i["hash"] for i in old.values() if i["hash"]})
        members_by_hash: dict[str, set[str]] = defaultdict(set)
        for h, arts in self._members(hashes).items():
            members_by_hash[h].update(a for a in arts if a not in new)
        for e in batch:
            if e.text_hash:
                members_by_hash[e.text_hash].add(e.iri)
        group_members = sorted({a for ms in members_by_hash.values() for a in ms} | set(old))
        others = [a for a in group_members if a not in new]
        info = self._member_info(others) if others else {}
        for e in batch:
            info[e.iri] = Member(e.iri, e.source, _term_of(e.source, e.source_name), e.depth, e.published)
        before = self._stored_sources(others) if others else {}
        sources: dict[str, str] = {}
        group_lines: list[str] = []
        for h in hashes:
            ms = [info[a] for a in sorted(members_by_hash.get(h, ()))]
            if ms:
                keys, lines = self._group_triples(ms)
                sources.update(keys)
                group_lines += lines
        for e in batch:  # an article without a text hash is a group of its own
            if e.iri not in sources:
                sources[e.iri] = e.source
                group_lines.append(f"<{e.iri}> {_pv('originalSource')} {info[e.iri].source_term} .")
        moved = [a for a in others if before.get(a) != sources.get(a)]
        # articles that had group triples before: replaced ones and the other members of their groups
        regroup = sorted(set(old) | set(others))
        for chunk in _chunks(regroup):
            ops.append(f"DELETE {{ GRAPH {_D} {{ ?a pv:originalSource ?s }} }} WHERE {{ VALUES ?a {{ {_iris(chunk)} }} GRAPH {_D} {{ ?a pv:originalSource ?s }} }}")
            ops.append(f"DELETE {{ GRAPH {_D} {{ ?a {_ALTERNATE} ?b }} }} WHERE {{ VALUES ?a {{ {_iris(chunk)} }} GRAPH {_D} {{ ?a {_ALTERNATE} ?b }} }}")
            ops.append(f"DELETE {{ GRAPH {_D} {{ ?b {_ALTERNATE} ?a }} }} WHERE {{ VALUES ?a {{ {_iris(chunk)} }} GRAPH {_D} {{ ?b {_ALTERNATE} ?a }} }}")
        inserts += group_lines

        # 2. facts: re-read those that lost support, moved source or were forgotten; add the rest
        removed: dict[str, tuple[str, str, str, str]] = {}
        for i in old.values():
            removed.update(i["facts"])
        if moved:
            removed.update(self._facts_of(moved))
        added: dict[str, list[tuple[EncodedArticle, FactRow]]] = defaultdict(list)
        for e in batch:
            for row in e.facts:
                added[row.iri].append((e, row))
        reload = sorted(set(removed) | {f for f in added if f not in self.facts and hash(f) in known_facts})
        loaded = self._load_facts(reload, sources, skip=new) if reload else {}
        touched: dict[str, FactState | None] = {}
        previous: dict[str, list[str]] = {}
        for fi in reload:
            state = loaded.get(fi)
            for e, row in added.get(fi, ()):  # the batch is not written yet
                if state is None:
                    state = FactState(row.subject, row.predicate, row.object, row.status)
                state.add(sources.get(e.iri, e.source), row.confidence, e.published)
            touched[fi] = state
        for fi, rows in added.items():
            if fi in touched:
                continue
            state = self.facts.get(fi)
            if state is None:  # a fact the store did not hold: no derived triples yet
                r0 = rows[0][1]
                state = FactState(r0.subject, r0.predicate, r0.object, r0.status)
                previous[fi] = []
            else:
                previous[fi] = self._fact_triples(fi, state)
                state = FactState(state.s, state.p, state.o, state.st, dict(state.sources), state.first, state.last)
            for e, row in rows:
                state.add(sources.get(e.iri, e.source), row.confidence, e.published)
            touched[fi] = state
        for chunk in _chunks(reload):
            ops.append(f"DELETE {{ GRAPH {_D} {{ ?f ?p ?o }} }} WHERE {{ VALUES ?f {{ {_iris(chunk)} }} GRAPH {_D} {{ ?f ?p ?o }} }}")
        for fi in sorted(touched):
            state = touched[fi]
            self._remember(fi, state)
            if state is None:
                known_facts.discard(hash(fi))
                s, p, o, st = removed.get(fi) or ("", "", "", "")
                if st == "occurred":
                    deletes.append(f"<{s}> {_pv(p)} <{o}> .")
                    if p in SYMMETRIC:
                        deletes.append(f"<{o}> {_pv(p)} <{s}> .")
                continue
            known_facts.add(hash(fi))
            lines = self._fact_triples(fi, state)
            if fi in previous:  # in the cache, or new: change only what changed
                _diff(previous[fi], lines, deletes, inserts)
            else:  # re-read: its fact-node triples were all deleted above (its direct edge stays)
                inserts += lines

        # 3. posts of role facts
        post_removed = {(of[len(PVID_NS):], p, q) for i in old.values() for of, p, q in i["roles"]
                        if of.startswith(PVID_NS)}
        post_added: dict[PostKey, list[tuple[str, dt.date | None]]] = defaultdict(list)
        for e in batch:
            for row in e.facts:
                for q in row.roles:
                    if row.object.startswith(PVID_NS):
                        post_added[(row.object[len(PVID_NS):], row.predicate, q)].append((row.subject, row.day))
        post_reload = post_removed | {k for k in post_added if k not in self.posts and k in known_posts}
        if post_reload:
            loaded_posts = self._load_posts(post_reload, skip=new)
            for key in post_reload:  # the batch is not written yet
                for person, day in post_added.get(key, ()):
                    _earliest(loaded_posts[key], person, day)
            self.posts.update(loaded_posts)
            posts = _iris(post_iri(of, p, q) for of, p, q in sorted(post_reload, key=_post_order))
            ops.append(f"DELETE {{ GRAPH {_D} {{ ?h ?p ?o }} }} WHERE {{ VALUES ?post {{ {posts} }} GRAPH {_D} {{ ?post pv:holding ?h . ?h ?p ?o }} }}")
            ops.append(f"DELETE {{ GRAPH {_D} {{ ?x pv:holds ?post }} }} WHERE {{ VALUES ?post {{ {posts} }} GRAPH {_D} {{ ?x pv:holds ?post }} }}")
            ops.append(f"DELETE {{ GRAPH {_D} {{ ?post ?p ?o }} }} WHERE {{ VALUES ?post {{ {posts} }} GRAPH {_D} {{ ?post ?p ?o }} }}")
        for key in sorted(post_reload | set(post_added), key=_post_order):
            if key in post_reload:
                inserts += self._post_triples(key, self.posts.get(key, {}))
            else:
                current = self.posts.setdefault(key, {})
                was = self._post_triples(key, current)
                for person, day in post_added[key]:
                    _earliest(current, person, day)
                _diff(was, self._post_triples(key, current), deletes, inserts)
            known_posts.add(key)
        return DerivedChange(ops, deletes, inserts)

    # ------------------------------------------------------------- full rebuild
    def rebuild(self) -> None:
        """Recompute the whole derived graph from the article graphs and the KB (one update)."""
        self.facts.clear()
        self.posts.clear()
        self._kb_posts = None
        self._known_facts = self._known_posts = None
        articles = [row[0].value for row in self._q("SELECT ?a WHERE { GRAPH ?a { ?a a pv:Article } }")]
        info = self._member_info(articles)
        hashes: dict[str, str] = {}
        for a, h in self._q("SELECT ?a ?h WHERE { GRAPH ?a { ?a pv:textHash ?h } }"):
            hashes[a.value] = h.value
        groups: dict[str, list[Member]] = defaultdict(list)
        for a in articles:
            groups[hashes.get(a, "article:" + a)].append(info[a])
        sources: dict[str, str] = {}
        lines: list[str] = []
        for members in groups.values():
            keys, ls = self._group_triples(sorted(members, key=lambda m: m.iri))
            sources.update(keys)
            lines += ls
        states: dict[str, FactState] = {}
        for f, g, s, p, o, st, c, pub in self._q("""
                SELECT ?f ?g ?s ?p ?o ?st ?c ?pub WHERE { GRAPH ?g { ?g a pv:Article .
                    ?f pv:subject ?s ; pv:predicate ?p ; pv:object ?o ; pv:status ?st ; pv:confidence ?c .
                    OPTIONAL { ?g pv:published ?pub } } }"""):
            state = states.get(f.value)
            if state is None:
                state = states[f.value] = FactState(s.value, p.value[len(PV_NS):], o.value, st.value[len(PV_NS):])
            state.add(sources.get(g.value, g.value), float(c.value), _date(pub))
        for fi in sorted(states):
            lines += self._fact_triples(fi, states[fi])
        role_keys: set[PostKey] = set(self._kb())
        values = " ".join(f"pv:{p}" for p in sorted(ROLE_PREDICATES))
        for of, p, q in self._q(f"""SELECT DISTINCT ?of ?p ?q WHERE {{ GRAPH ?g {{
                ?f pv:predicate ?p ; pv:object ?of ; pv:status pv:occurred . VALUES ?p {{ {values} }}
                OPTIONAL {{ ?f pv:portfolio|pv:title|pv:branch ?q }} }} }}"""):
            if of.value.startswith(PVID_NS):
                role_keys.add((of.value[len(PVID_NS):], p.value[len(PV_NS):], q.value if q is not None else None))
        article_keys = {k for k in role_keys}
        loaded = self._load_posts(article_keys)
        for key in sorted(role_keys, key=_post_order):
            lines += self._post_triples(key, loaded.get(key, {}))
        body = "\n".join(lines)
        self.store.update(
            f"DROP SILENT GRAPH {_D} ;\n"
            f"DELETE WHERE {{ GRAPH <{META_GRAPH}> {{ <{STORE_NODE}> {_pv('pendingDerived')} ?a }} }}"
            + (f" ;\nINSERT DATA {{ GRAPH {_D} {{\n{body}\n}} }}" if body else ""))


def _earliest(holders: dict[str, dt.date | None], person: str, day: dt.date | None) -> None:
    if person not in holders:
        holders[person] = day
    elif day is not None and (holders[person] is None or day < holders[person]):  # type: ignore[operator]
        holders[person] = day


def rebuild_derived(store: _StoreBase) -> None:
    """Replace ``pvid:graph/derived`` with what the store's graphs now imply (one update)."""
    Deriver(store).rebuild()


def derived_quads(store: _StoreBase) -> list:
    """The quads of the derived graph as it is stored."""
    import pyoxigraph as ox

    rows = store.query(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{DERIVED_GRAPH}> {{ ?s ?p ?o }} }}", union=False).rows
    g = ox.NamedNode(DERIVED_GRAPH)
    return [ox.Quad(s, p, o, g) for s, p, o in rows]  # type: ignore[arg-type]


__all__ = ["CACHE_FACTS", "DerivedChange", "Deriver", "FactState", "derived_quads", "rebuild_derived", "source_term_key"]

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
from dataclasses import dataclass
from functools import cache
from urllib.parse import unquote

import pyoxigraph as ox

from ..errors import PeyvandError
from ..ontology import PV_NS, PVID_NS, article_iri, entity_iri
from ..records import (
    ENTITY_TYPES,
    PREDICATES,
    ROLE_PREDICATES,
    STATUSES,
    Article,
    Entity,
    Evidence,
    Extraction,
    Fact,
    SourceLink,
    article_hash,
    minted_id,
    name_key,
    text_fingerprint,
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
    """All quads of one article's named graph (the graph IRI is the article's IRI).

    The same triples as :func:`encode_article` writes (parsed back from its text).
    """
    enc = encode_article(x)
    return list(ox.parse(enc.nquads().encode("utf-8"), format=ox.RdfFormat.N_QUADS))


# --- the fast write path: N-Triples text straight from the records -----------------

_RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
_RDFS_LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
_DCT_TITLE = "<http://purl.org/dc/terms/title>"
_PROV_DERIVED = "<http://www.w3.org/ns/prov#wasDerivedFrom>"
_PROV_QUOTED = "<http://www.w3.org/ns/prov#wasQuotedFrom>"
_T_DATE = f"^^<{XSD}date>"
_T_INT = f"^^<{XSD}integer>"
_T_DOUBLE = f"^^<{XSD}double>"
_T_URI = f"^^<{XSD}anyURI>"
_ESC = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def escape(value: str) -> str:
    """``value`` escaped for a quoted N-Triples/SPARQL literal (the same as ``value.translate(_ESC)``).

    ``str.translate`` looks every character up in a dict (~0.4 ms for a 4 KB
    Persian article); four substring scans in C cost ~2 µs and mostly find nothing.

    >>> escape('«الف» "ب"') == '«الف» \\\\"ب\\\\"'
    True
    """
    if "\\" in value:
        value = value.replace("\\", "\\\\")  # first, so the backslashes added below stay single
    if '"' in value:
        value = value.replace('"', '\\"')
    if "\n" in value:
        value = value.replace("\n", "\\n")
    if "\r" in value:
        value = value.replace("\r", "\\r")
    return value


_ROLE_KEYS = ("portfolio", "title", "branch")


@cache
def _pv(name: str) -> str:
    """``<pv:name>`` (memoised: encode_article asks for the same few dozen terms thousands of times)."""
    return f"<{PV_NS}{name}>"


def _lit(value: str) -> str:
    """A plain string literal in N-Triples/SPARQL syntax."""
    return f'"{escape(value)}"'


def _text(value: str) -> str:
    """Persian text as ``"…"@fa``, other text as a plain string (as :func:`text_literal`)."""
    return f'"{escape(value)}"@fa' if _ARABIC.search(value) else f'"{escape(value)}"'


@cache
def _kb_names() -> dict[str, frozenset[str]]:
    """KB entity IRI → the names ``pvid:graph/kb`` already gives it (fa labels and alternative labels)."""
    from ..ontology.kb import kb_quads

    alt = "http://www.w3.org/2004/02/skos/core#altLabel"
    names: dict[str, set[str]] = defaultdict(set)
    types: set[str] = set()
    for q in kb_quads():
        pred = q.predicate.value
        if pred == RDFS_LABEL.value and getattr(q.object, "language", None) != "en" or pred == alt:
            names[q.subject.value].add(q.object.value)  # type: ignore[union-attr]
        elif pred == RDF_TYPE.value:
            types.add(q.subject.value)
    return {iri: frozenset(names.get(iri, ())) for iri in types}


def source_key(link: SourceLink | None, article: str) -> str:
    """What identifies an original source: its outlet entity's IRI, else its name key, else the article."""
    if link is None:
        return article
    if link.entity_id:
        return entity_iri(link.entity_id)
    return "name:" + name_key(link.name)


@dataclass(frozen=True, slots=True)
class FactRow:
    """What the derived graph needs of one fact as one article states it."""

    iri: str
    subject: str  # entity IRIs
    predicate: str  # local name: ministerOf …
    object: str
    status: str
    confidence: float
    roles: tuple[str | None, ...] = ()  # role qualifiers (portfolio/title/branch) of an occurred role fact
    day: dt.date | None = None  # earliest event date (else publication date) of its evidence


@dataclass(frozen=True, slots=True)
class EncodedArticle:
    """One article's named graph as N-Triples text, with the summary the derived graph needs.

    Plain values only: it is what extraction workers (processes, Dask) send to the writer.
    """

    id: str
    iri: str
    body: str  # N-Triples lines, each ending in " .\n" (all but the seal)
    triples: int
    content_hash: str  # the seal: written last, so a graph without it is incomplete
    text_hash: str
    published: dt.date | None
    source: str  # source_key() of the last link of its chain
    source_name: str | None  # that link's name as written
    depth: int  # position of that link (0: the outlet itself, or no chain)
    facts: tuple[FactRow, ...]
    extracted: int  # facts the extractor returned (before merging)

    def seal(self) -> str:
        """The ``pv:contentHash`` triple, written last (a graph without it is incomplete)."""
        return f"<{self.iri}> <{PV_NS}contentHash> {_lit(self.content_hash)} .\n"

    def nquads(self, seal: bool = True) -> str:
        """The graph as N-Quads text (with its seal unless ``seal=False``)."""
        g = f" <{self.iri}> .\n"
        return (self.body + (self.seal() if seal else "")).replace(" .\n", g)

    def ntriples(self) -> str:
        """The graph (sealed) as N-Triples text."""
        return self.body + self.seal()


def encode_article(x: Extraction, content_hash: str = "") -> EncodedArticle:
    """Records → the article's graph as N-Triples text (the hot write path: no term objects).

    Entities of the KB get their type and the surface forms the KB does not
    already list; their labels and Wikidata ids live in ``pvid:graph/kb``.

    >>> from peyvand.records import Article, Entity, Evidence, Extraction, Fact
    >>> x = Extraction(Article("a1", "ژاپن با آمریکا متحد است."), entities=(
    ...     Entity("Q17", "ژاپن", "Country"), Entity("Q30", "آمریکا", "Country")),
    ...     facts=(Fact("Q30", "alliedWith", "Q17", "occurred", (), 0.8,
    ...                 (Evidence("a1", "ژاپن با آمریکا متحد است.", 0, 24, 0.8),)),))
    >>> enc = encode_article(x)
    >>> [f.subject.rsplit("/", 1)[1] for f in enc.facts], enc.triples
    (['Q17'], 20)
    """
    art = x.article
    a_iri = article_iri(art.id)
    a = f"<{a_iri}>"
    lines: list[str] = []
    add = lines.append
    pv = _pv

    add(f"{a} {_RDF_TYPE} {pv('Article')} .")
    add(f"{a} {pv('articleId')} {_lit(art.id)} .")
    add(f"{a} {pv('text')} {_text(art.text)} .")
    text_hash = text_fingerprint(art.text)
    add(f"{a} {pv('textHash')} {_lit(text_hash)} .")
    if art.title:
        add(f"{a} {_DCT_TITLE} {_text(art.title)} .")
    if art.published:
        add(f"{a} {pv('published')} \"{art.published.isoformat()}\"{_T_DATE} .")
    if art.url:
        add(f"{a} {pv('url')} {_lit(art.url)}{_T_URI} .")
    if art.origin:
        add(f"{a} {pv('origin')} {_lit(art.origin)} .")
    previous = a
    chain = source_chain(art, x.sources)
    for link in chain:
        r = f"<{source_iri(art.id, link.position)}>"
        add(f"{a} {pv('sourceLink')} {r} .")
        add(f"{r} {_RDF_TYPE} {pv('Report')} .")
        add(f"{r} {pv('position')} \"{int(link.position)}\"{_T_INT} .")
        add(f"{r} {_RDFS_LABEL} {_text(link.name)} .")
        if link.entity_id:
            ent = f"<{entity_iri(link.entity_id)}>"
            add(f"{r} {pv('reportedBy')} {ent} .")
            if link.position == 0:
                add(f"{a} {pv('publishedBy')} {ent} .")
        if link.position > 0:
            add(f"{previous} {_PROV_QUOTED} {r} .")
            previous = r
    last = chain[-1] if chain else None

    # entities: type, label, observed surface forms
    surfaces: dict[str, set[str]] = defaultdict(set)
    for m in x.mentions:
        surfaces[m.entity_id].add(m.surface)
    kb_names = _kb_names()
    known: set[str] = set()
    for e in x.entities:
        known.add(e.id)
        if e.type not in ENTITY_TYPES:
            raise PeyvandError("E107", value=art.id, detail=f"entity {e.id!r} has type {e.type!r}, not one of {', '.join(ENTITY_TYPES)}")
        e_iri = entity_iri(e.id)
        n = f"<{e_iri}>"
        add(f"{n} {_RDF_TYPE} {pv(e.type)} .")
        if e.kind in _KINDS_AS_CLASSES:
            add(f"{n} {_RDF_TYPE} {pv(e.kind)} .")
        in_kb = kb_names.get(e_iri)
        if in_kb is None:
            if e.kind and e.kind not in _KINDS_AS_CLASSES and e.type == "Organization":
                add(f"{n} {pv('orgKind')} {_lit(e.kind)} .")
            add(f"{n} {_RDFS_LABEL} \"{escape(e.label)}\"@fa .")
            if e.label_en:
                add(f"{n} {_RDFS_LABEL} \"{escape(e.label_en)}\"@en .")
            if e.wikidata:
                add(f"{n} {pv('wikidata')} {_lit(e.wikidata)} .")
            names: set[str] = set(e.aliases) | surfaces.get(e.id, set())
        else:
            names = (set(e.aliases) | surfaces.get(e.id, set())) - in_kb
        for s_ in sorted(names):
            add(f"{n} {pv('alias')} {_text(s_)} .")

    # facts and their evidence
    rows: list[FactRow] = []
    for f in merge_facts(x.facts):
        _check_fact(f, art.id)
        for ent in (f.subject, f.object):
            if ent not in known:
                raise PeyvandError("E107", value=art.id, detail=f"fact {f.key} names entity {ent!r}, which the extraction does not list")
        fi = fact_iri(f.key)
        fn = f"<{fi}>"
        s_iri, o_iri = entity_iri(f.subject), entity_iri(f.object)
        add(f"{fn} {_RDF_TYPE} {pv('Fact')} .")
        add(f"{fn} {pv('subject')} <{s_iri}> .")
        add(f"{fn} {pv('predicate')} {pv(f.predicate)} .")
        add(f"{fn} {pv('object')} <{o_iri}> .")
        add(f"{fn} {pv('status')} {pv(f.status)} .")
        add(f"{fn} {pv('confidence')} \"{float(f.confidence)!r}\"{_T_DOUBLE} .")
        roles: list[str | None] = []
        for k, v in f.qualifiers:
            if k in QUALIFIER_KEYS:
                add(f"{fn} {pv(k)} {_lit(v)} .")
                if k in _ROLE_KEYS:
                    roles.append(v)
            else:
                add(f"{fn} {pv('qualifier')} {_lit(f'{k}={v}')} .")
        days: list[dt.date] = []
        for e in f.evidence:
            en = f"<{evidence_iri(e.article, fi, e.start, e.end)}>"
            add(f"{fn} {pv('evidence')} {en} .")
            add(f"{en} {_RDF_TYPE} {pv('Evidence')} .")
            add(f"{en} {_PROV_DERIVED} <{article_iri(e.article)}> .")
            add(f"{en} {pv('sentence')} {_text(e.sentence)} .")
            add(f"{en} {pv('charStart')} \"{int(e.start)}\"{_T_INT} .")
            add(f"{en} {pv('charEnd')} \"{int(e.end)}\"{_T_INT} .")
            add(f"{en} {pv('confidence')} \"{float(e.confidence)!r}\"{_T_DOUBLE} .")
            if e.event_date:
                add(f"{en} {pv('eventDate')} \"{e.event_date.isoformat()}\"{_T_DATE} .")
            day = e.event_date or art.published
            if day is not None:
                days.append(day)
        if f.predicate in ROLE_PREDICATES and f.status == "occurred":
            role_quals: tuple[str | None, ...] = tuple(sorted(set(roles))) or (None,)
        else:
            role_quals = ()
        rows.append(FactRow(fi, s_iri, f.predicate, o_iri, f.status, float(f.confidence), role_quals,
                            min(days) if days else None))
    body = "\n".join(lines) + "\n"  # every line ends in a newline (there is always the article's type)
    return EncodedArticle(
        id=art.id, iri=a_iri, body=body, triples=len(lines) + 1, content_hash=content_hash or article_hash(art),
        text_hash=text_hash,
        published=art.published, source=source_key(last, a_iri), source_name=last.name if last else None,
        depth=last.position if last else 0,
        facts=tuple(rows), extracted=len(x.facts),
    )


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
    "QUALIFIER_KEYS", "EncodedArticle", "FactRow", "date_literal", "double_literal", "encode_article",
    "evidence_iri", "extraction_quads", "fact_iri", "facts_from_quads", "int_literal", "merge_facts", "minted_id",
    "noisy_or", "post_iri", "replace_graphs_update", "source_chain", "source_iri", "source_key", "text_literal",
]

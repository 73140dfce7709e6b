"""Exports of the store: the contract's JSON Lines, TriG, N-Quads, Turtle and CSV.

``jsonl`` follows ``shared/spec/README.md`` exactly: one line per
(subject, predicate, object, status) over all articles, with all its
evidence; entities carry ``id``, ``label``, ``label_en``, ``type`` (Person,
Country, Organization or Place), ``aliases`` (KB names + observed surface
forms) and ``wikidata``. RDF formats are written by Oxigraph's serialisers.

>>> sorted(FORMATS)
['csv', 'jsonl', 'nquads', 'trig', 'turtle']
>>> check_format("xml")
Traceback (most recent call last):
...
peyvand.errors.PeyvandError: [E003] Unknown export format 'xml'. Use one of: jsonl, trig, nquads, turtle, csv.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import IO, Any

import pyoxigraph as ox

from ..errors import PeyvandError
from ..ontology import DERIVED_GRAPH, KB_GRAPH, PREFIXES, PV_NS, PVID_NS
from .query import persian_sort_key


def _stable_key(name: str) -> tuple:
    """Persian order, then the string itself: «علی» and «علي» sort equal by letters, and the export must not
    depend on the hash seed."""
    return (persian_sort_key(name), name)
from .rdf import QUALIFIER_KEYS, noisy_or
from .store import OxigraphStore, _StoreBase

FORMATS = ("jsonl", "trig", "nquads", "turtle", "csv")
_BASE_TYPE = {"Person": "Person", "Country": "Country", "Organization": "Organization", "Place": "Place",
              "Facility": "Place", "Outlet": "Organization"}
_TYPE_RANK = ("Person", "Country", "Organization", "Place", "Facility", "Outlet")
#: The fields of one JSON line and of its entities, in the contract's order.
FACT_FIELDS = ("subject", "predicate", "object", "status", "qualifiers", "confidence", "evidence")
ENTITY_FIELDS = ("id", "label", "label_en", "type", "aliases", "wikidata")
EVIDENCE_FIELDS = ("article", "sentence", "start", "end")


def check_format(fmt: str) -> str:
    if fmt not in FORMATS:
        raise PeyvandError("E003", value=fmt, allowed=", ".join(FORMATS))
    return fmt


def _id(iri: str) -> str:
    from urllib.parse import unquote

    return unquote(iri[len(PVID_NS):]) if iri.startswith(PVID_NS) else iri


def _entities(store: _StoreBase, iris: set[str]) -> dict[str, dict[str, Any]]:
    """Contract entity dicts for the given entity IRIs."""
    info: dict[str, dict[str, Any]] = {
        i: {"types": set(), "fa": [], "kb_fa": [], "en": [], "names": set(), "seen": set(), "wd": set()} for i in iris
    }
    rows: list = []
    ordered = sorted(iris)
    for i in range(0, len(ordered), 1000):  # per graph and by VALUES: linear in the number of articles
        values = " ".join(f"<{e}>" for e in ordered[i: i + 1000])
        rows += store.query(f"""
            SELECT DISTINCT ?e ?g ?p ?v WHERE {{
                VALUES ?e {{ {values} }}
                GRAPH ?g {{ ?e ?p ?v }}
                VALUES ?p {{ rdf:type rdfs:label skos:altLabel pv:alias pv:wikidata }}
            }}""", union=False).rows
    kb = KB_GRAPH
    for e, g, p, v in rows:
        d = info.get(e.value)  # type: ignore[union-attr]
        if d is None:
            continue
        pred = p.value  # type: ignore[union-attr]
        if pred.endswith("#type"):
            if v.value.startswith(PV_NS):  # type: ignore[union-attr]
                d["types"].add(v.value[len(PV_NS):])  # type: ignore[union-attr]
        elif pred.endswith("#label"):
            lang = v.language  # type: ignore[union-attr]
            if lang == "en":
                d["en"].append(v.value)  # type: ignore[union-attr]
            else:
                (d["kb_fa"] if g.value == kb else d["fa"]).append(v.value)  # type: ignore[union-attr]
                d["names"].add(v.value)  # type: ignore[union-attr]
        elif pred.endswith("altLabel"):
            d["names"].add(v.value)  # type: ignore[union-attr]
        elif pred.endswith("#alias"):
            d["seen"].add(v.value)  # type: ignore[union-attr]
        elif pred.endswith("#wikidata"):
            d["wd"].add(v.value)  # type: ignore[union-attr]
    out = {}
    for iri, d in info.items():
        eid = _id(iri)
        labels = d["kb_fa"] or sorted(d["fa"], key=_stable_key)
        label = labels[0] if labels else (d["en"][0] if d["en"] else eid)
        etype = next((_BASE_TYPE[t] for t in _TYPE_RANK if t in d["types"]), "Place")
        wikidata = min(d["wd"]) if d["wd"] else (eid if eid[:1] == "Q" and eid[1:].isdigit() else None)
        out[iri] = {
            "id": eid,
            "label": label,
            "label_en": sorted(d["en"])[0] if d["en"] else None,
            "type": etype,
            # every known name, the English one too (the contract: surface forms "plus its known names")
            "aliases": sorted(d["names"] | d["seen"] | set(d["en"]), key=_stable_key),
            "wikidata": wikidata,
        }
    return out


def facts(store: _StoreBase) -> list[dict[str, Any]]:
    """The facts of the store as contract dicts, sorted by (subject id, predicate, object id, status)."""
    # Every pattern stays inside one graph: over the union default graph a fact stated in
    # n articles would join n × n times.
    rows = store.query("""
        SELECT DISTINCT ?f ?s ?p ?o ?st WHERE { GRAPH ?g {
            ?f pv:subject ?s ; pv:predicate ?p ; pv:object ?o ; pv:status ?st } }""", union=False).rows
    if not rows:
        return []
    base: dict[str, dict[str, Any]] = {}
    for f, s, p, o, st in rows:
        base[f.value] = {"s": s.value, "p": p.value[len(PV_NS):], "o": o.value, "st": st.value[len(PV_NS):],  # type: ignore[union-attr]
                         "q": {}, "ev": {}, "conf": {}, "agg": None}
    quals = " ".join(f"pv:{k}" for k in QUALIFIER_KEYS)
    for f, q, v in store.query(f"""
            SELECT DISTINCT ?f ?q ?v WHERE {{ GRAPH ?g {{ ?f ?q ?v ; pv:status ?st }} VALUES ?q {{ {quals} pv:qualifier }} }}""",
            union=False).rows:
        key = q.value[len(PV_NS):]  # type: ignore[union-attr]
        val = v.value  # type: ignore[union-attr]
        if key == "qualifier":
            key, _, val = val.partition("=")
        d = base[f.value]["q"]  # type: ignore[union-attr]
        d.setdefault(key, set()).add(val)
    for f, aid, sent, start, end in store.query("""
            SELECT ?f ?aid ?sent ?start ?end WHERE {
                GRAPH ?g { ?f pv:evidence ?e . ?e prov:wasDerivedFrom ?a ; pv:sentence ?sent ;
                           pv:charStart ?start ; pv:charEnd ?end }
                GRAPH ?a { ?a pv:articleId ?aid } }""", union=False).rows:
        ev = {"article": aid.value, "sentence": sent.value, "start": int(start.value), "end": int(end.value)}  # type: ignore[union-attr]
        base[f.value]["ev"][(ev["article"], ev["start"], ev["end"])] = ev  # type: ignore[union-attr]
    for f, g, c in store.query("""
            SELECT ?f ?g ?c WHERE { GRAPH ?g { ?f pv:status ?st ; pv:confidence ?c } }""", union=False).rows:
        base[f.value]["conf"][g.value] = float(c.value)  # type: ignore[union-attr]
    for f, c in store.query(f"""
            SELECT ?f ?c WHERE {{ GRAPH <{DERIVED_GRAPH}> {{ ?f pv:aggregateConfidence ?c }} }}""", union=False).rows:
        if f.value in base:  # type: ignore[union-attr]
            base[f.value]["agg"] = float(c.value)  # type: ignore[union-attr]

    ents = _entities(store, {b["s"] for b in base.values()} | {b["o"] for b in base.values()})
    out = []
    for b in base.values():
        conf = b["agg"] if b["agg"] is not None else noisy_or(b["conf"].values())
        out.append({
            "subject": ents[b["s"]],
            "predicate": b["p"],
            "object": ents[b["o"]],
            "status": b["st"],
            "qualifiers": {k: ", ".join(sorted(v)) for k, v in sorted(b["q"].items())},
            "confidence": round(conf, 4),
            "evidence": [b["ev"][k] for k in sorted(b["ev"])],
        })
    out.sort(key=lambda d: (d["subject"]["id"], d["predicate"], d["object"]["id"], d["status"]))
    return out


def iter_jsonl(store: _StoreBase) -> Iterator[str]:
    """One JSON object (a line, without newline) per fact."""
    for d in facts(store):
        yield json.dumps(d, ensure_ascii=False)


def _serialise(store: _StoreBase, out: IO[bytes], fmt: ox.RdfFormat) -> None:
    kwargs: dict[str, Any] = {"prefixes": PREFIXES} if fmt is ox.RdfFormat.TRIG else {}
    if isinstance(store, OxigraphStore):
        out.write(store.store.dump(format=fmt, **kwargs))
    else:
        out.write(ox.serialize(store.quads(), format=fmt, **kwargs))


def write_export(store: _StoreBase, fmt: str, out: IO[bytes]) -> int:
    """Write the store in ``fmt`` to the binary stream ``out``; returns the number of facts (jsonl/csv) or 0."""
    check_format(fmt)
    if fmt == "jsonl":
        n = 0
        for line in iter_jsonl(store):
            out.write(line.encode("utf-8") + b"\n")
            n += 1
        return n
    if fmt == "csv":
        return _write_csv(store, out)
    if fmt == "trig":
        _serialise(store, out, ox.RdfFormat.TRIG)
    elif fmt == "nquads":
        _serialise(store, out, ox.RdfFormat.N_QUADS)
    else:  # turtle: the union of all graphs as one graph
        triples = {ox.Triple(q.subject, q.predicate, q.object) for q in store.quads()}
        out.write(ox.serialize(sorted(triples, key=str), format=ox.RdfFormat.TURTLE, prefixes=PREFIXES))
    return 0


CSV_COLUMNS = ("subject_id", "subject_label", "subject_type", "predicate", "object_id", "object_label",
               "object_type", "status", "confidence", "qualifiers", "articles", "evidence_count")


def _write_csv(store: _StoreBase, out: IO[bytes]) -> int:
    text = io.StringIO(newline="")
    w = csv.writer(text)
    w.writerow(CSV_COLUMNS)
    n = 0
    for d in facts(store):
        s, o = d["subject"], d["object"]
        w.writerow([
            s["id"], s["label"], s["type"], d["predicate"], o["id"], o["label"], o["type"], d["status"],
            d["confidence"], "; ".join(f"{k}={v}" for k, v in d["qualifiers"].items()),
            "; ".join(sorted({e["article"] for e in d["evidence"]})), len(d["evidence"]),
        ])
        n += 1
    out.write(text.getvalue().encode("utf-8"))
    return n


__all__ = ["CSV_COLUMNS", "ENTITY_FIELDS", "EVIDENCE_FIELDS", "FACT_FIELDS", "FORMATS", "check_format",
           "facts", "iter_jsonl", "write_export"]

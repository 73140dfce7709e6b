"""Exports: the jsonl contract field by field; RDF formats by isomorphism; CSV."""

from __future__ import annotations

import csv
import io
import json

import pytest
import rdflib
from conftest import SEED_ID

from peyvand.errors import PeyvandError
from peyvand.graph.export import CSV_COLUMNS, ENTITY_FIELDS, EVIDENCE_FIELDS, FACT_FIELDS, write_export
from peyvand.records import ENTITY_TYPES, PREDICATES, STATUSES


def export(store, fmt: str) -> bytes:
    buf = io.BytesIO()
    write_export(store, fmt, buf)
    return buf.getvalue()


@pytest.fixture(scope="module")
def lines(seed_store) -> list[dict]:
    return [json.loads(line) for line in export(seed_store, "jsonl").decode("utf-8").splitlines()]


def test_every_line_has_exactly_the_contract_fields(lines: list[dict]) -> None:
    assert len(lines) == 8
    for d in lines:
        assert tuple(d) == FACT_FIELDS
        assert d["predicate"] in PREDICATES and d["status"] in STATUSES
        assert isinstance(d["qualifiers"], dict) and all(isinstance(v, str) for v in d["qualifiers"].values())
        assert isinstance(d["confidence"], float) and 0 <= d["confidence"] <= 1
        for ent in (d["subject"], d["object"]):
            assert tuple(ent) == ENTITY_FIELDS
            assert ent["type"] in ENTITY_TYPES
            assert isinstance(ent["id"], str) and isinstance(ent["label"], str)
            assert ent["label_en"] is None or isinstance(ent["label_en"], str)
            assert ent["wikidata"] is None or ent["wikidata"].startswith("Q")
            assert isinstance(ent["aliases"], list) and all(isinstance(a, str) for a in ent["aliases"])
        assert d["evidence"]
        for e in d["evidence"]:
            assert tuple(e) == EVIDENCE_FIELDS
            assert e["article"] == SEED_ID and isinstance(e["sentence"], str)
            assert isinstance(e["start"], int) and isinstance(e["end"], int) and e["start"] <= e["end"]


def test_one_line_per_fact_key(lines: list[dict]) -> None:
    keys = [(d["subject"]["id"], d["predicate"], d["object"]["id"], d["status"]) for d in lines]
    assert len(keys) == len(set(keys))


def test_entities_carry_kb_names_and_observed_forms(lines: list[dict]) -> None:
    hegseth = next(d["subject"] for d in lines if d["subject"]["id"] == "Q7172014")
    assert hegseth["type"] == "Person" and hegseth["wikidata"] == "Q7172014"
    assert {"پیت هگست", "هگست"} <= set(hegseth["aliases"])
    assert hegseth["label_en"] in hegseth["aliases"]  # a known name, the English one too
    yokota = next(d["object"] for d in lines if d["predicate"] == "visits")
    assert yokota["type"] == "Place"  # Facility → Place
    usa = next(d["subject"] for d in lines if d["subject"]["id"] == "Q30")
    assert "واشنگتن" in usa["aliases"]  # observed surface form


def test_evidence_offsets_point_into_the_article(lines: list[dict], seed_text: str) -> None:
    for d in lines:
        for e in d["evidence"]:
            assert seed_text[e["start"]:e["end"]] == e["sentence"]


def test_minister_fact_has_all_its_evidence(lines: list[dict]) -> None:
    d = next(d for d in lines if d["predicate"] == "ministerOf" and d["subject"]["id"] == "Q7172014")
    assert d["qualifiers"] == {"portfolio": "defense"} and len(d["evidence"]) == 2


def graphs_of(data: bytes, fmt) -> dict[str, rdflib.Graph]:
    """Named graphs of a dataset file (parsed by Oxigraph) as rdflib graphs, for isomorphism."""
    import pyoxigraph as ox

    by: dict[str, list] = {}
    for q in ox.parse(data, format=fmt):
        by.setdefault(str(q.graph_name), []).append(ox.Triple(q.subject, q.predicate, q.object))
    return {g: rdflib.Graph().parse(data=ox.serialize(t, format=ox.RdfFormat.N_TRIPLES), format="nt")
            for g, t in by.items()}


def test_trig_and_nquads_hold_the_same_dataset(seed_store, isomorphic) -> None:
    import pyoxigraph as ox

    trig = graphs_of(export(seed_store, "trig"), ox.RdfFormat.TRIG)
    nq = graphs_of(export(seed_store, "nquads"), ox.RdfFormat.N_QUADS)
    assert set(trig) == set(nq) and len(trig) == 4  # the article, kb, derived and meta graphs
    for g in nq:
        isomorphic(trig[g], nq[g])


def test_turtle_is_the_union(seed_store) -> None:
    g = rdflib.Graph().parse(data=export(seed_store, "turtle"), format="turtle")
    facts = set(g.subjects(rdflib.RDF.type, rdflib.URIRef("https://w3id.org/peyvand/ns#Fact")))
    assert len(facts) == 8
    assert (None, rdflib.URIRef("https://w3id.org/peyvand/ns#aggregateConfidence"), None) in g


def test_csv_has_one_row_per_fact(seed_store) -> None:
    rows = list(csv.reader(io.StringIO(export(seed_store, "csv").decode("utf-8"))))
    assert tuple(rows[0]) == CSV_COLUMNS and len(rows) == 9


def test_unknown_format(seed_store) -> None:
    with pytest.raises(PeyvandError) as exc:
        export(seed_store, "xml")
    assert exc.value.code == "E003"


def test_empty_store_exports_nothing(new_store) -> None:
    assert export(new_store, "jsonl") == b""

"""The KB loader: Turtle → records, with aliases and tenures; the shipped KB loads and validates."""

from __future__ import annotations

import datetime as dt

import pytest

from peyvand.ontology.kb import kb_from_turtle, kb_hash, kb_quads, kb_turtle_paths, load_kb
from peyvand.records import ENTITY_TYPES, KnowledgeBase, Tenure

KB_TTL = """
@prefix pv: <https://w3id.org/peyvand/ns#> . @prefix pvid: <https://w3id.org/peyvand/id/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> . @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
pvid:Q30 a pv:Country ; pv:wikidata "Q30" ; rdfs:label "ایالات متحده آمریکا"@fa , "United States"@en ;
    skos:altLabel "آمریکا"@fa , "امریکا"@fa , "ایالات متحده"@fa ; pv:demonym "آمریکایی"@fa ; pv:capital pvid:Q61 .
pvid:Q61 a pv:Place ; rdfs:label "واشنگتن"@fa , "Washington, D.C."@en ; pv:metonymFor pvid:Q30 ; pv:locatedIn pvid:Q30 .
pvid:Q17 a pv:Country ; rdfs:label "ژاپن"@fa , "Japan"@en ; pv:ambiguousLabel "ژاپن‌"@fa .
pvid:Q7184 a pv:Organization ; rdfs:label "ناتو"@fa , "NATO"@en ; pv:orgKind "alliance" ; pv:hasMember pvid:Q30 .
pvid:Q9 a pv:Facility ; rdfs:label "پایگاه هوایی یوکوتا"@fa , "Yokota Air Base"@en ; pv:country pvid:Q17 .
pvid:Q7172014 a pv:Person ; rdfs:label "پیت هگست"@fa , "Pete Hegseth"@en ; skos:altLabel "پیت هگزت"@fa ;
    pv:tenure [ a pv:Tenure ; pv:rolePredicate pv:ministerOf ; pv:roleOf pvid:Q30 ; pv:portfolio "defense" ;
                pv:start "2025-01-25"^^xsd:date ] ,
              [ a pv:Tenure ; pv:rolePredicate pv:commanderOf ; pv:roleOf pvid:Q30 ; pv:branch "army" ;
                pv:start "2003"^^xsd:gYear ; pv:end "2004-06"^^xsd:gYearMonth ; pv:approximate true ] .
"""


@pytest.fixture(scope="module")
def small() -> KnowledgeBase:
    return kb_from_turtle(KB_TTL)


def test_entities_with_aliases_and_kinds(small: KnowledgeBase) -> None:
    us = small.get("Q30")
    assert us.label == "ایالات متحده آمریکا" and us.label_en == "United States" and us.wikidata == "Q30"
    assert set(us.aliases) == {"آمریکا", "امریکا", "ایالات متحده"}
    assert us.demonyms == ("آمریکایی",) and us.capital == "Q61"
    assert small.get("Q61").metonym_for == "Q30" and small.get("Q61").located_in == "Q30"
    assert small.get("Q7184").kind == "alliance" and small.get("Q7184").members == ("Q30",)
    assert small.get("Q9").type == "Place" and small.get("Q9").kind == "Facility"
    assert small.get("Q9").located_in == "Q17"
    assert small.get("Q17").ambiguous == ("ژاپن‌",)


def test_tenures_sorted_with_approximate_dates(small: KnowledgeBase) -> None:
    assert small.get("Q7172014").tenures == (
        Tenure("commanderOf", "Q30", "army", dt.date(2003, 1, 1), dt.date(2004, 6, 1)),
        Tenure("ministerOf", "Q30", "defense", dt.date(2025, 1, 25), None),
    )


def test_tenure_nodes_are_not_entities(small: KnowledgeBase) -> None:
    assert len(small) == 6


def test_shipped_kb_loads_cached_and_typed() -> None:
    kb = load_kb()
    assert load_kb() is kb
    for e in kb.entities.values():
        assert e.type in ENTITY_TYPES and e.label
    if kb_turtle_paths():
        assert len(kb) > 0 and len(kb_quads()) > 0
    assert len(kb_hash()) == 64


def test_shipped_kb_conforms_to_the_shapes() -> None:
    import pyoxigraph as ox
    import rdflib

    from peyvand.graph.validate import validate_graph

    data = ox.serialize([ox.Triple(q.subject, q.predicate, q.object) for q in kb_quads()], format=ox.RdfFormat.N_TRIPLES)
    v = validate_graph(rdflib.Graph().parse(data=data, format="nt"))
    assert v.conforms, v.text[:2000]

"""The ontology is tested like code: closed namespace in sync, labels, definitions, domains."""

from __future__ import annotations

import pytest
import rdflib
from rdflib import OWL, RDF, RDFS, SKOS

from peyvand.ontology import PV, PV_NS, read_text
from peyvand.records import PREDICATES, STATUSES, SYMMETRIC


@pytest.fixture(scope="module")
def onto() -> rdflib.Graph:
    return rdflib.Graph().parse(data=read_text("peyvand.ttl"), format="turtle")


def ttl_terms(g: rdflib.Graph) -> set[str]:
    return {str(s)[len(PV_NS):] for s in g.subjects() if isinstance(s, rdflib.URIRef) and str(s).startswith(PV_NS)}


def test_namespace_in_sync_with_turtle(onto: rdflib.Graph) -> None:
    in_class = set(PV.__annotations__)
    in_ttl = ttl_terms(onto)
    assert in_ttl - in_class == set(), "terms in peyvand.ttl missing from ontology.PV"
    assert in_class - in_ttl == set(), "terms in ontology.PV missing from peyvand.ttl"


def test_namespace_is_closed() -> None:
    assert str(PV.meetsWith) == PV_NS + "meetsWith"
    with pytest.raises(AttributeError):
        PV.meetWith  # noqa: B018 - a typo must fail


def test_every_term_has_fa_and_en_labels_and_a_definition(onto: rdflib.Graph) -> None:
    problems = []
    for name in sorted(ttl_terms(onto)):
        node = rdflib.URIRef(PV_NS + name)
        langs = {lbl.language for lbl in onto.objects(node, RDFS.label)}
        if not {"fa", "en"} <= langs:
            problems.append(f"{name}: labels {langs}")
        defs = [d for d in onto.objects(node, SKOS.definition) if d.language == "en"]
        if len(defs) != 1:
            problems.append(f"{name}: {len(defs)} English definitions")
    assert not problems


@pytest.mark.parametrize("predicate", PREDICATES)
def test_contract_predicates_have_domain_range_and_alignment(onto: rdflib.Graph, predicate: str) -> None:
    node = rdflib.URIRef(PV_NS + predicate)
    assert (node, RDF.type, OWL.ObjectProperty) in onto
    assert onto.value(node, RDFS.domain) is not None
    assert onto.value(node, RDFS.range) is not None
    assert ((node, RDF.type, OWL.SymmetricProperty) in onto) == (predicate in SYMMETRIC)


def test_alignment_annotations(onto: rdflib.Graph) -> None:
    assert str(onto.value(PV.meetsWith, PV.cameo)).startswith("040")
    assert str(onto.value(PV.suppliesArmsTo, PV.plover)).startswith("AID")
    assert (PV.cameo, RDF.type, OWL.AnnotationProperty) in onto


def test_statuses_are_individuals(onto: rdflib.Graph) -> None:
    assert {str(s)[len(PV_NS):] for s in onto.subjects(RDF.type, PV.Status)} == set(STATUSES)


def test_union_domain_for_person_or_country(onto: rdflib.Graph) -> None:
    dom = onto.value(PV.visits, RDFS.domain)
    members = set(rdflib.collection.Collection(onto, onto.value(dom, OWL.unionOf)))
    assert members == {PV.Person, PV.Country}


def test_class_hierarchy(onto: rdflib.Graph) -> None:
    assert (PV.Facility, RDFS.subClassOf, PV.Place) in onto
    assert (PV.Outlet, RDFS.subClassOf, PV.Organization) in onto
    for c in (PV.Person, PV.Country, PV.Organization):
        assert (c, RDFS.subClassOf, PV.Actor) in onto


def test_shapes_allow_exactly_the_ontology_domains_and_ranges(onto: rdflib.Graph) -> None:
    """The type table written out in shapes.ttl agrees with rdfs:domain/rdfs:range."""
    import re

    shapes = read_text("shapes.ttl")
    subj_block, obj_block = re.findall(r"FILTER\(\s*(.*?)\s*\)\s*\n\s*\}", shapes, re.S)

    def table(block: str) -> dict[str, set[str]]:
        return {p: set(re.findall(r"pv:(\w+)", cls)) for p, cls in re.findall(r"\?p = pv:(\w+) && \?allowed IN \(([^)]*)\)", block)}

    def expand(node: rdflib.term.Node) -> set[str]:
        union = onto.value(node, OWL.unionOf)
        names = ({str(x)[len(PV_NS):] for x in rdflib.collection.Collection(onto, union)} if union is not None
                 else {str(node)[len(PV_NS):]})
        out = set()
        for n in names:
            out |= {"Actor": {"Person", "Country", "Organization"}}.get(n, {n})
        if "Organization" in out:
            out.add("Outlet")
        if "Place" in out:
            out.add("Facility")
        return out

    subj, obj = table(subj_block), table(obj_block)
    for p in PREDICATES:
        node = rdflib.URIRef(PV_NS + p)
        assert subj[p] == expand(onto.value(node, RDFS.domain)), p
        assert obj[p] == expand(onto.value(node, RDFS.range)), p

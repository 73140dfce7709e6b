"""SHACL valid/invalid pairs in inline Turtle, validated with inference="none"."""

from __future__ import annotations

import pytest

from peyvand.graph.validate import validate_turtle

PREFIXES = """
@prefix pv: <https://w3id.org/peyvand/ns#> . @prefix pvid: <https://w3id.org/peyvand/id/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
"""
ENTITIES = """
pvid:Q7172014 a pv:Person ; rdfs:label "پیت هگست"@fa .
pvid:person-1 a pv:Person ; rdfs:label "شینجیرو کویزومی"@fa .
pvid:Q30 a pv:Country ; rdfs:label "ایالات متحده آمریکا"@fa .
pvid:Q17 a pv:Country ; rdfs:label "ژاپن"@fa .
pvid:Q7184 a pv:Organization ; rdfs:label "ناتو"@fa .
pvid:place-1 a pv:Place , pv:Facility ; rdfs:label "پایگاه نیروی هوایی یوکوتا"@fa .
<https://w3id.org/peyvand/id/article/a1> a pv:Article ; pv:articleId "a1" .
<https://w3id.org/peyvand/id/evidence/e1> a pv:Evidence ; prov:wasDerivedFrom <https://w3id.org/peyvand/id/article/a1> ;
    pv:sentence "«پیت هگست»، وزیر دفاع آمریکا"@fa ; pv:charStart 0 ; pv:charEnd 30 ; pv:confidence 0.9e0 .
"""


def fact(s: str = "pvid:Q7172014", p: str = "pv:ministerOf", o: str = "pvid:Q30", extra: str = "",
         status: str = "pv:status pv:occurred ;", conf: str = "pv:confidence 0.92e0 ;",
         evidence: str = "pv:evidence <https://w3id.org/peyvand/id/evidence/e1> .") -> str:
    return f"{PREFIXES}{ENTITIES}\n<https://w3id.org/peyvand/id/fact/f1> a pv:Fact ; pv:subject {s} ; pv:predicate {p} ; pv:object {o} ; {status} {conf} {extra} {evidence}"


VALID = {
    "minister of a country": fact(),
    "leader of an organisation": fact(p="pv:leaderOf", o="pvid:Q7184", extra='pv:title "secretary_general" ;'),
    "symmetric meeting of two people": fact(p="pv:meetsWith", o="pvid:person-1"),
    "visit to a facility typed Place and Facility": fact(p="pv:visits", o="pvid:place-1"),
    "a country visits a country": fact(s="pvid:Q30", p="pv:visits", o="pvid:Q17", status="pv:status pv:planned ;"),
    "facility located in a country": fact(s="pvid:place-1", p="pv:locatedIn", o="pvid:Q17"),
    "negated threat between countries": fact(s="pvid:Q30", p="pv:perceivesThreatFrom", o="pvid:Q17",
                                             status="pv:status pv:negated ;"),
    "unknown qualifier key written key=value": fact(p="pv:cooperatesWith", o="pvid:Q17", extra='pv:qualifier "venue=Tokyo" ;'),
}

INVALID = {
    "a fact without status": fact(status=""),
    "two statuses": fact(status="pv:status pv:occurred , pv:planned ;"),
    "a status outside the three": fact(status="pv:status pv:rumoured ;"),
    "a predicate outside the fifteen": fact(p="pv:likes"),
    "ministerOf whose object is a person": fact(o="pvid:person-1"),
    "ministerOf whose subject is a country": fact(s="pvid:Q17"),
    "meetsWith between a person and a country": fact(p="pv:meetsWith", o="pvid:Q17"),
    "locatedIn from a country": fact(s="pvid:Q17", p="pv:locatedIn", o="pvid:Q30"),
    "a confidence of 1.5": fact(conf="pv:confidence 1.5e0 ;"),
    "a negative confidence": fact(conf="pv:confidence -0.1e0 ;"),
    "a confidence that is a string": fact(conf='pv:confidence "high" ;'),
    "no confidence": fact(conf=""),
    "no evidence": fact(evidence="."),
    "two subjects": fact(s="pvid:Q7172014 , pvid:person-1"),
    "subject is untyped": fact(s="pvid:nobody"),
}


@pytest.mark.parametrize("ttl", VALID.values(), ids=VALID.keys())
def test_valid(ttl: str) -> None:
    v = validate_turtle(ttl)
    assert v.conforms, v.text


@pytest.mark.parametrize("ttl", INVALID.values(), ids=INVALID.keys())
def test_invalid(ttl: str) -> None:
    assert not validate_turtle(ttl).conforms


EVIDENCE_CASES = {
    "start after end": ("pv:charStart 40 ; pv:charEnd 30", False),
    "offsets as strings": ('pv:charStart "0" ; pv:charEnd "30"', False),
    "no sentence": (None, False),
    "start equals end": ("pv:charStart 30 ; pv:charEnd 30", True),
}


@pytest.mark.parametrize("case", EVIDENCE_CASES, ids=list(EVIDENCE_CASES))
def test_evidence_shape(case: str) -> None:
    offsets, ok = EVIDENCE_CASES[case]
    ttl = fact()
    if offsets is None:
        ttl = ttl.replace('pv:sentence "«پیت هگست»، وزیر دفاع آمریکا"@fa ;', "")
    else:
        ttl = ttl.replace("pv:charStart 0 ; pv:charEnd 30", offsets)
    assert validate_turtle(ttl).conforms is ok


def test_article_needs_its_id() -> None:
    assert not validate_turtle(fact().replace('pv:articleId "a1" .', ".")).conforms


def test_an_entity_has_one_base_type() -> None:
    assert not validate_turtle(fact().replace("pvid:Q17 a pv:Country ;", "pvid:Q17 a pv:Country , pv:Person ;")).conforms


def test_validation_does_not_infer() -> None:
    """With RDFS inference the Person object of ministerOf would be 'inferred' a Country and pass."""
    ttl = fact(o="pvid:person-1") + "\npv:ministerOf rdfs:range pv:Country ."
    assert not validate_turtle(ttl).conforms

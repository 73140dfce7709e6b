"""Records → RDF quads → records; the article graph compared by isomorphism."""

from __future__ import annotations

import datetime as dt

import pyoxigraph as ox
import pytest
import rdflib
from conftest import SEED_ID
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peyvand.errors import PeyvandError
from peyvand.graph.rdf import (
    escape,
    extraction_quads,
    fact_iri,
    facts_from_quads,
    merge_facts,
    minted_id,
    replace_graphs_update,
)
from peyvand.records import PREDICATES, STATUSES, Article, Entity, Evidence, Extraction, Fact, article_hash, text_fingerprint


def to_rdflib(quads: list[ox.Quad]) -> rdflib.Graph:
    data = ox.serialize([ox.Triple(q.subject, q.predicate, q.object) for q in quads], format=ox.RdfFormat.N_TRIPLES)
    return rdflib.Graph().parse(data=data, format="nt")


TEXT = "پیت هگست با شینجیرو کویزومی در توکیو دیدار کرد."
EXPECTED = """
@prefix pv: <https://w3id.org/peyvand/ns#> . @prefix pvid: <https://w3id.org/peyvand/id/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
<https://w3id.org/peyvand/id/article/a%201> a pv:Article ; pv:articleId "a 1" ; pv:text "@TEXT@"@fa ;
    pv:published "2025-10-29"^^xsd:date ; pv:textHash "@HASH@" ; pv:contentHash "@CHASH@" ;
    pv:sourceLink <https://w3id.org/peyvand/id/article/a%201/source/0> .
<https://w3id.org/peyvand/id/article/a%201/source/0> a pv:Report ; pv:position 0 ; rdfs:label "تابناک"@fa .
pvid:Q7172014 a pv:Person .  # a KB entity: its labels and Wikidata id are in pvid:graph/kb
pvid:person-1 a pv:Person ; rdfs:label "شینجیرو کویزومی"@fa .
<@FACT@> a pv:Fact ; pv:subject pvid:Q7172014 ; pv:predicate pv:meetsWith ; pv:object pvid:person-1 ;
    pv:status pv:occurred ; pv:confidence 0.85e0 ; pv:place "توکیو" ; pv:evidence <@EV@> .
<@EV@> a pv:Evidence ; prov:wasDerivedFrom <https://w3id.org/peyvand/id/article/a%201> ;
    pv:sentence "@TEXT@"@fa ; pv:charStart 0 ; pv:charEnd @END@ ; pv:confidence 0.85e0 .
"""


def small_extraction() -> Extraction:
    return Extraction(
        Article("a 1", TEXT, published=dt.date(2025, 10, 29), outlet="تابناک"),
        entities=(Entity("Q7172014", "پیت هگست", "Person", "Pete Hegseth", frozenset({"پیت هگست"}), "Q7172014"),
                  Entity("person-1", "شینجیرو کویزومی", "Person")),
        facts=(Fact("person-1", "meetsWith", "Q7172014", "occurred", (("place", "توکیو"),), 0.85,
                    (Evidence("a 1", TEXT, 0, len(TEXT), 0.85),)),),
    )


def test_article_graph_is_isomorphic_to_the_design(isomorphic) -> None:
    from peyvand.graph.rdf import evidence_iri

    fi = fact_iri(("Q7172014", "meetsWith", "person-1", "occurred"))
    expected = (EXPECTED.replace("@TEXT@", TEXT).replace("@FACT@", fi).replace("@HASH@", text_fingerprint(TEXT))
                .replace("@CHASH@", article_hash(small_extraction().article))
                .replace("@EV@", evidence_iri("a 1", fi, 0, len(TEXT))).replace("@END@", str(len(TEXT))))
    isomorphic(to_rdflib(extraction_quads(small_extraction())), rdflib.Graph().parse(data=expected, format="turtle"))


def test_all_quads_in_the_article_graph(seed_extraction: Extraction) -> None:
    quads = extraction_quads(seed_extraction)
    assert {q.graph_name.value for q in quads} == {f"https://w3id.org/peyvand/id/article/{SEED_ID}"}


def test_seed_round_trip(seed_extraction: Extraction) -> None:
    assert facts_from_quads(extraction_quads(seed_extraction)) == merge_facts(seed_extraction.facts)


def test_source_chain_with_prov(seed_extraction: Extraction) -> None:
    g = to_rdflib(extraction_quads(seed_extraction))
    prov = rdflib.URIRef("http://www.w3.org/ns/prov#wasQuotedFrom")
    art = rdflib.URIRef(f"https://w3id.org/peyvand/id/article/{SEED_ID}")
    one = g.value(art, prov)
    assert str(one).endswith("/source/1") and str(g.value(one, prov)).endswith("/source/2")


def test_symmetric_facts_are_one_node() -> None:
    a = Fact("Q30", "alliedWith", "Q17", "occurred", confidence=0.6)
    b = Fact("Q17", "alliedWith", "Q30", "occurred", confidence=0.8)
    assert fact_iri(a.key) == fact_iri(b.key)
    assert len(merge_facts([a, b])) == 1


def test_minted_ids_ignore_spacing_and_zwnj() -> None:
    # «پیت هگست» with a space, a double space and a ZWNJ: one person
    assert minted_id("Person", "پیت هگست") == minted_id("Person", "پیت  هگست") == minted_id("Person", "پیت\u200cهگست")
    assert minted_id("Person", "پیت هگست").startswith("person-")


@pytest.mark.parametrize("bad, detail", [
    (Fact("Q1", "likes", "Q2", "occurred"), "predicate"),
    (Fact("Q1", "meetsWith", "Q2", "rumoured"), "status"),
    (Fact("Q1", "meetsWith", "Q404", "occurred"), "Q404"),
    (Fact("Q1", "meetsWith", "Q2", "occurred", (("bad key", "x"),)), "qualifier"),
])
def test_bad_extractions_raise_e107(bad: Fact, detail: str) -> None:
    x = Extraction(Article("a", "متن"), entities=(Entity("Q1", "الف", "Person"), Entity("Q2", "ب", "Person")), facts=(bad,))
    with pytest.raises(PeyvandError) as exc:
        extraction_quads(x)
    assert exc.value.code == "E107" and detail in str(exc.value)


def test_update_text_parses_with_persian_quotes_and_newlines() -> None:
    x = Extraction(Article("q", 'گفت: «تهدید "واقعی" است»\nو \\ پایان'))
    store = ox.Store()
    store.update(replace_graphs_update({"https://w3id.org/peyvand/id/article/q": extraction_quads(x)}))
    texts = [q.object.value for q in store if q.predicate.value.endswith("#text")]
    assert texts == [x.article.text]


# the four characters N-Triples escapes, ZWNJ, Persian quotes, a tab, and any other character but a lone surrogate
@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('\\"\n\r\u200c«»\tیa')) | st.characters(exclude_categories=("Cs",)), max_size=60))
def test_escape_is_what_translate_did_and_parses_back(value: str) -> None:
    assert escape(value) == value.translate(str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"}))
    line = f'<https://x/s> <https://x/p> "{escape(value)}" .\n'
    assert [t.object.value for t in ox.parse(line.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)] == [value]


# --- property: facts → RDF → facts ------------------------------------------------

persian = st.text(alphabet="ابپتجچخدرزژسشصطعفقکگلمنوهی \u200c«»،.0123456789\"\\\n", min_size=1, max_size=40)
ids = st.sampled_from(["Q30", "Q17", "Q148", "person-a", "person-b"])


@st.composite
def facts_strategy(draw: st.DrawFn) -> list[Fact]:
    out = []
    for _ in range(draw(st.integers(1, 5))):
        s, o = draw(ids), draw(ids)
        ev = tuple(Evidence("art", draw(persian), a, a + draw(st.integers(0, 50)), draw(st.floats(0, 1)))
                   for a in draw(st.lists(st.integers(0, 500), min_size=1, max_size=3, unique=True)))
        quals = tuple(sorted(draw(st.dictionaries(st.sampled_from(["portfolio", "domain", "venue"]), persian, max_size=2)).items()))
        out.append(Fact(s, draw(st.sampled_from(PREDICATES)), o, draw(st.sampled_from(STATUSES)), quals,
                        draw(st.floats(0, 1)), ev))
    return out


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(facts_strategy())
def test_facts_round_trip(facts: list[Fact]) -> None:
    ents = tuple(Entity(i, i, "Person" if i.startswith("person") else "Country") for i in ["Q30", "Q17", "Q148", "person-a", "person-b"])
    x = Extraction(Article("art", "متن"), entities=ents, facts=tuple(facts))
    back = facts_from_quads(extraction_quads(x))
    want = merge_facts(facts)
    # qualifier values of the same key are kept, each once
    assert back == [Fact(f.subject, f.predicate, f.object, f.status, tuple(sorted(set(f.qualifiers))), f.confidence,
                         f.evidence) for f in want]

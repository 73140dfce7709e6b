"""The store: on disk, reopened, replaced per article, atomic, with its KB and derived graphs."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from conftest import SEED_ID, build_seed_extraction

from peyvand.errors import PeyvandError
from peyvand.graph.rdf import extraction_quads
from peyvand.graph.store import OxigraphStore, Store, open_store
from peyvand.ontology import DERIVED_GRAPH, KB_GRAPH, article_iri


def n_facts(store) -> int:
    return int(store.query("SELECT (COUNT(DISTINCT ?f) AS ?n) WHERE { ?f a pv:Fact }").rows[0][0].value)


def n_evidence(store) -> int:
    return int(store.query("SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?f pv:evidence ?e }").rows[0][0].value)


def write(store, x) -> None:
    store.replace_graphs({article_iri(x.article.id): extraction_quads(x)})
    store.rebuild_derived()


def test_is_a_store_component(new_store) -> None:
    assert isinstance(new_store, Store) and new_store.name == "oxigraph.v1"


def test_reopened_store_keeps_data(store_path, seed_extraction) -> None:
    with open_store(store_path, create=True) as s:
        write(s, seed_extraction)
        before = n_facts(s)
    with open_store(store_path) as s:
        assert n_facts(s) == before > 0
        assert s.article_ids() == [SEED_ID]


def test_reingesting_replaces_the_graph(new_store, seed_extraction) -> None:
    write(new_store, seed_extraction)
    facts, evidence = n_facts(new_store), n_evidence(new_store)
    write(new_store, seed_extraction)
    assert (n_facts(new_store), n_evidence(new_store)) == (facts, evidence)
    # a shorter version of the article replaces the longer one
    shorter = build_seed_extraction(seed_extraction.article.text)
    shorter = type(shorter)(shorter.article, shorter.entities, shorter.mentions, shorter.facts[:2], shorter.sources)
    write(new_store, shorter)
    assert n_facts(new_store) == 2


def test_same_fact_in_two_articles_is_one_fact(new_store, seed_text) -> None:
    write(new_store, build_seed_extraction(seed_text))
    write(new_store, build_seed_extraction(seed_text, "copy-of-seed", outlet="همشهری‌آنلاین"))
    assert n_facts(new_store) == 8
    assert n_evidence(new_store) == 18
    corr = new_store.query(f"""SELECT ?n WHERE {{ GRAPH <{DERIVED_GRAPH}> {{ ?f pv:corroboration ?n }} }}""").rows
    # both articles end their source chain at Yonhap: one original source
    assert {int(r[0].value) for r in corr} == {1}


def test_failing_update_leaves_the_old_graph(new_store, seed_extraction) -> None:
    write(new_store, seed_extraction)
    before = n_facts(new_store)
    g = article_iri(SEED_ID)
    broken = ox.Quad(ox.NamedNode("https://x/s"), ox.NamedNode("https://x/p"), ox.Literal("x"), ox.NamedNode(g))
    from peyvand.graph import rdf

    text = rdf.replace_graphs_update({g: [broken]}).replace('"x"', '"x')  # an INSERT that cannot run
    with pytest.raises(PeyvandError) as exc:
        new_store.update(text)
    assert exc.value.code == "E201"
    assert n_facts(new_store) == before


def test_store_writes_are_one_update(new_store, seed_extraction, monkeypatch) -> None:
    calls: list[str] = []
    real = new_store.update
    monkeypatch.setattr(new_store, "update", lambda text: (calls.append(text), real(text)))
    new_store.replace_graphs({article_iri(SEED_ID): extraction_quads(seed_extraction)})
    assert len(calls) == 1 and calls[0].startswith("DROP SILENT GRAPH")


def test_kb_graph_loaded_at_creation_and_on_change(store_path, monkeypatch) -> None:
    from peyvand.graph import store as store_mod

    with open_store(store_path, create=True) as s:
        kb_size = int(s.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{KB_GRAPH}> {{ ?s ?p ?o }} }}").rows[0][0].value)
        assert s.meta()["kbHash"] == store_mod.kb_hash()
    monkeypatch.setattr(store_mod, "kb_hash", lambda: "changed")
    with open_store(store_path) as s:  # reading does not reload
        assert s.meta()["kbHash"] != "changed"
    with open_store(store_path, create=True) as s:  # writing does
        assert s.meta()["kbHash"] == "changed"
        n = int(s.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{KB_GRAPH}> {{ ?s ?p ?o }} }}").rows[0][0].value)
        assert n == kb_size


def test_derived_graph_has_direct_edges_both_ways_for_symmetric(seed_store) -> None:
    r = seed_store.query(f"""ASK {{ GRAPH <{DERIVED_GRAPH}> {{
        pvid:Q30 pv:alliedWith pvid:Q17 . pvid:Q17 pv:alliedWith pvid:Q30 . pvid:Q7172014 pv:ministerOf pvid:Q30 }} }}""")
    assert r.boolean
    # planned and negated facts have no direct edge
    assert not seed_store.query(f"ASK {{ GRAPH <{DERIVED_GRAPH}> {{ pvid:Q30 pv:perceivesThreatFrom pvid:Q423 }} }}").boolean
    assert not seed_store.query(f"ASK {{ GRAPH <{DERIVED_GRAPH}> {{ pvid:Q30 pv:cooperatesWith pvid:Q17 }} }}").boolean


def test_roles_over_time(seed_store) -> None:
    rows = seed_store.query(f"""SELECT ?from WHERE {{ GRAPH <{DERIVED_GRAPH}> {{
        pvid:Q7172014 pv:holds ?post . ?post pv:rolePredicate pv:ministerOf ; pv:roleOf pvid:Q30 ;
            pv:holding ?h . ?h pv:holder pvid:Q7172014 ; pv:validFrom ?from }} }}""").values()
    assert rows and min(r["from"] for r in rows) <= "2025-10-29"


@pytest.mark.parametrize("setup, code", [
    ("missing", "E101"),
    ("file", "E106"),
    ("other-folder", "E106"),
])
def test_open_errors(tmp_path, setup: str, code: str) -> None:
    path = tmp_path / "s"
    if setup == "file":
        path.write_text("x")
    elif setup == "other-folder":
        path.mkdir()
        (path / "notes.txt").write_text("x")
    with pytest.raises(PeyvandError) as exc:
        open_store(path)
    assert exc.value.code == code


def test_locked_store_is_e102(new_store) -> None:
    with pytest.raises(PeyvandError) as exc:
        OxigraphStore(new_store.location)
    assert exc.value.code == "E102"


def test_foreign_rdf_store_is_e106(tmp_path) -> None:
    s = ox.Store(str(tmp_path / "s"))
    s.add(ox.Quad(ox.NamedNode("https://x/a"), ox.NamedNode("https://x/b"), ox.Literal("c"), ox.NamedNode("https://x/g")))
    del s
    with pytest.raises(PeyvandError) as exc:
        open_store(tmp_path / "s", create=True)
    assert exc.value.code == "E106"


def test_unreachable_server_is_e104() -> None:
    with pytest.raises(PeyvandError) as exc:
        open_store("http://127.0.0.1:9/")
    assert exc.value.code == "E104"

"""The sparql.v1 store against a real `oxigraph serve`: same code path, same export as the local store."""

from __future__ import annotations

import io

import pytest
from conftest import SEED_ID

from peyvand.errors import PeyvandError
from peyvand.graph.export import write_export
from peyvand.graph.rdf import extraction_quads
from peyvand.graph.store import SparqlStore, open_store
from peyvand.ontology import article_iri

pytestmark = pytest.mark.server


@pytest.fixture(scope="module")
def server_store(oxigraph_server: str, seed_extraction):
    store = open_store(oxigraph_server, create=True)
    assert isinstance(store, SparqlStore)
    store.replace_graphs({article_iri(SEED_ID): extraction_quads(seed_extraction)})
    store.replace_graphs({article_iri(SEED_ID): extraction_quads(seed_extraction)})  # replaced, not doubled
    store.rebuild_derived()
    return store


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_same_export_as_local(server_store, seed_store, fmt: str) -> None:
    a, b = io.BytesIO(), io.BytesIO()
    write_export(server_store, fmt, a)
    write_export(seed_store, fmt, b)
    assert a.getvalue() == b.getvalue() and a.getvalue()


def test_same_quads_as_local(server_store, seed_store) -> None:
    def norm(store) -> set[str]:
        # blank nodes of the KB get new labels in each store; compare everything else
        return {str(q) for q in store.quads() if "_:" not in str(q)}

    assert norm(server_store) == norm(seed_store)


def test_reopen_reads_the_store(oxigraph_server: str, server_store) -> None:
    assert open_store(oxigraph_server).article_ids() == [SEED_ID]


def test_bad_query_is_e201(server_store) -> None:
    with pytest.raises(PeyvandError) as exc:
        server_store.query("SELEC ?x")
    assert exc.value.code == "E201"


def test_query_endpoint_url_is_accepted(oxigraph_server: str, server_store) -> None:
    s = SparqlStore(oxigraph_server + "/query")
    assert s.update_url == oxigraph_server + "/update" and s.article_ids() == [SEED_ID]

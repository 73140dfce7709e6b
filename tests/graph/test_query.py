"""SPARQL: predefined prefixes, the union default graph, output formats, every shipped query."""

from __future__ import annotations

import csv
import io
import json

import pytest
from conftest import SEED_ID

from peyvand.errors import PeyvandError
from peyvand.graph.query import (
    NAMED_QUERIES,
    format_result,
    literal,
    named_query,
    persian_sort_key,
    run_query,
    source_chain,
)

BINDINGS = {
    "actors": {},
    "facts-by-predicate": {"predicate": "pv:ministerOf"},
    "facts-of-actor": {"actor": "pvid:Q7172014"},
    "source-chain": {"article_id": literal(SEED_ID)},
}


@pytest.mark.parametrize("name", NAMED_QUERIES)
@pytest.mark.parametrize("bound", [False, True], ids=["all", "bound"])
def test_every_shipped_query_runs(seed_store, name: str, bound: bool) -> None:
    r = run_query(seed_store, named_query(name, **(BINDINGS[name] if bound else {})))
    assert r.kind == "select" and r.rows, name


def test_bound_queries_filter(seed_store) -> None:
    rows = run_query(seed_store, named_query("facts-by-predicate", predicate="pv:ministerOf")).values()
    assert {r["predicate"] for r in rows} == {"https://w3id.org/peyvand/ns#ministerOf"} and len(rows) == 2


def test_source_chain(seed_store) -> None:
    assert [(c["position"], c["name"]) for c in source_chain(seed_store, SEED_ID)] == [
        (0, "تابناک"), (1, "همشهری‌آنلاین"), (2, "خبرگزاری یونهاپ")]


def test_union_default_graph_and_prefixes(seed_store) -> None:
    # the fact is in the article graph, its aggregate confidence in the derived graph
    r = run_query(seed_store, "SELECT ?c WHERE { ?f pv:predicate pv:meetsWith ; pv:aggregateConfidence ?c }")
    assert len(r.rows) == 1


@pytest.mark.parametrize("fmt", ["table", "json", "csv"])
def test_formats(seed_store, fmt: str) -> None:
    out = format_result(run_query(seed_store, "SELECT ?s ?o WHERE { ?s pv:ministerOf ?o } ORDER BY ?s"), fmt)
    if fmt == "json":
        assert len(json.loads(out)["results"]["bindings"]) == 2
    elif fmt == "csv":
        assert list(csv.reader(io.StringIO(out)))[0] == ["s", "o"]
    else:
        assert "pvid:Q30" in out and out.rstrip().endswith("(2 rows)")


def test_ask_and_construct(seed_store) -> None:
    assert format_result(run_query(seed_store, "ASK { ?s pv:meetsWith ?o }")) == "true\n"
    ttl = format_result(run_query(seed_store, "CONSTRUCT { ?s pv:meetsWith ?o } WHERE { ?s pv:meetsWith ?o }"))
    assert "pv:meetsWith" in ttl


@pytest.mark.parametrize("query, code", [("SELEC ?x", "E201"), ("   ", "E203")])
def test_query_errors(seed_store, query: str, code: str) -> None:
    with pytest.raises(PeyvandError) as exc:
        run_query(seed_store, query)
    assert exc.value.code == code


@pytest.mark.parametrize("words, expected", [
    (["گرجستان", "ژاپن", "پاکستان", "آمریکا"], ["آمریکا", "پاکستان", "ژاپن", "گرجستان"]),  # پ ژ گ sort in place
    (["كره", "کانادا"], ["کانادا", "كره"]),  # Arabic ك sorts as Persian ک
    (["نخست\u200cوزیر", "نخستین"], ["نخست\u200cوزیر", "نخستین"]),  # ZWNJ is ignored: نخستو < نخستی
])
def test_persian_sort(words: list[str], expected: list[str]) -> None:
    assert sorted(words, key=persian_sort_key) == expected

"""The actor graph from Fact nodes: nodes are entities only; degree and betweenness."""

from __future__ import annotations

import networkx as nx

from peyvand.graph.analysis import actor_graph, betweenness, degree, top_actors


def test_actor_graph_from_facts(seed_store) -> None:
    G = actor_graph(seed_store)
    assert isinstance(G, nx.MultiDiGraph)
    assert G.number_of_edges() == 8
    assert all(not str(n).startswith("http") for n in G)  # no fact or literal nodes
    assert G.nodes["Q7172014"]["label"] == "پیت هگست"
    assert {d["status"] for _, _, d in G.edges(data=True)} == {"occurred", "planned", "negated"}


def test_status_filter(seed_store) -> None:
    assert actor_graph(seed_store, statuses=("occurred",)).number_of_edges() == 6


def test_top_actors(seed_store) -> None:
    G = actor_graph(seed_store)
    top = top_actors(G, 2)
    assert [a["id"] for a in top] == ["Q30", "Q7172014"]
    assert degree(G)["Q30"] == 5


def test_betweenness_is_sampled_on_large_graphs() -> None:
    G = nx.MultiDiGraph(nx.path_graph(600))
    exact = nx.betweenness_centrality(nx.path_graph(600))
    approx = betweenness(G)
    assert set(approx) == set(exact)
    assert approx != exact  # sampled (k sources), not exact
    assert betweenness(G, k=10_000) == exact

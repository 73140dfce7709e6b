"""The actor graph for analysis: a networkx MultiDiGraph built from the store's Fact nodes.

Nodes are entities (``label``, ``label_en``, ``type``, ``wikidata``); each
fact is one edge keyed by its predicate and status (``predicate``,
``status``, ``confidence``, ``qualifiers``, ``evidence``). The graph is built
from a SPARQL result over Fact nodes, never with ``rdflib_to_networkx``
(which would turn literals and fact nodes into graph nodes).

>>> G = nx.MultiDiGraph()
>>> G.add_node("Q30", label="آمریکا", type="Country")
>>> G.add_node("Q17", label="ژاپن", type="Country")
>>> G.add_node("Q148", label="چین", type="Country")
>>> _ = G.add_edge("Q30", "Q17", key="alliedWith|occurred", predicate="alliedWith", status="occurred")
>>> _ = G.add_edge("Q17", "Q148", key="perceivesThreatFrom|occurred", predicate="perceivesThreatFrom", status="occurred")
>>> [(a["label"], a["degree"]) for a in top_actors(G, 2)]
[('ژاپن', 2), ('آمریکا', 1)]
>>> betweenness(G)["Q17"]
1.0
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import networkx as nx

from .export import facts
from .query import persian_sort_key

if TYPE_CHECKING:
    from .store import _StoreBase

#: Above this many nodes betweenness is estimated from a sample of ``k`` sources.
EXACT_BETWEENNESS_MAX = 500
BETWEENNESS_SAMPLE = 256


def actor_graph(store: _StoreBase, statuses: tuple[str, ...] = ("occurred", "planned", "negated")) -> nx.MultiDiGraph:
    """The store's facts as a MultiDiGraph (one edge per fact with one of ``statuses``)."""
    return graph_from_facts(facts(store), statuses)


def graph_from_facts(lines: list[dict[str, Any]], statuses: tuple[str, ...] = ("occurred", "planned", "negated")) -> nx.MultiDiGraph:
    """Build the actor graph from contract fact dicts (:func:`peyvand.graph.export.facts`)."""
    G = nx.MultiDiGraph()
    for d in lines:
        if d["status"] not in statuses:
            continue
        for ent in (d["subject"], d["object"]):
            if ent["id"] not in G:
                G.add_node(ent["id"], label=ent["label"], label_en=ent["label_en"], type=ent["type"],
                           wikidata=ent["wikidata"])
        G.add_edge(d["subject"]["id"], d["object"]["id"], key=f"{d['predicate']}|{d['status']}",
                   predicate=d["predicate"], status=d["status"], confidence=d["confidence"],
                   qualifiers=d["qualifiers"], evidence=d["evidence"])
    return G


def degree(G: nx.MultiDiGraph) -> dict[str, int]:
    """Number of facts each actor takes part in (in + out)."""
    return dict(G.degree())


def betweenness(G: nx.MultiDiGraph, k: int | None = None, seed: int = 0) -> dict[str, float]:
    """Betweenness on the undirected simple view; sampled (``k`` sources) on large graphs."""
    simple = nx.Graph(G.to_undirected())
    n = simple.number_of_nodes()
    if k is None and n > EXACT_BETWEENNESS_MAX:
        k = BETWEENNESS_SAMPLE
    if k is not None and k >= n:
        k = None
    return nx.betweenness_centrality(simple, k=k, seed=seed if k else None, normalized=True)


def top_actors(G: nx.MultiDiGraph, n: int = 10) -> list[dict[str, Any]]:
    """The ``n`` actors with the highest degree (ties in Persian alphabetical order)."""
    deg = degree(G)
    order = sorted(deg, key=lambda v: (-deg[v], persian_sort_key(G.nodes[v].get("label", v)), v))
    return [{"id": v, "label": G.nodes[v].get("label", v), "type": G.nodes[v].get("type"), "degree": deg[v]}
            for v in order[:n]]


__all__ = ["actor_graph", "betweenness", "degree", "graph_from_facts", "top_actors"]

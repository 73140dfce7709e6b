"""The HTML: offline, escaped, styled by status; large graphs laid out by networkx."""

from __future__ import annotations

import json
import re

import networkx as nx
import pytest

from peyvand.graph.analysis import actor_graph
from peyvand.graph.render import PHYSICS_MAX_NODES, render_html

HOSTILE = "<img src=x onerror=alert(1)>"


@pytest.fixture(scope="module")
def page(seed_store) -> str:
    G = actor_graph(seed_store)
    G.add_node("evil", label=HOSTILE, label_en=HOSTILE, type="Person")
    G.add_edge("evil", "Q30", key="x", predicate="threatens", status="occurred", confidence=0.5, qualifiers={},
               evidence=[{"article": HOSTILE, "sentence": "</script><script>alert(1)</script>", "start": 0, "end": 1}])
    return render_html(G, title=HOSTILE)


def data(page: str, name: str) -> list[dict]:
    return json.loads(re.search(rf"{name} = new vis\.DataSet\((\[.*?\])\);", page).group(1))


def test_no_network_reference(page: str) -> None:
    assert "http://" not in page and "https://" not in page
    assert not re.search(r"<(script|link)[^>]+(src|href)=", page)
    assert "sourceMappingURL" not in page


def test_vis_network_is_inline(page: str) -> None:
    assert "vis.Network" in page and len(page) > 300_000


def test_hostile_text_never_reaches_markup(page: str) -> None:
    assert "<img" not in page
    assert "</script><script>alert(1)" not in page  # evidence stays inside the JSON string
    assert "\\u003c/script\\u003e" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page  # the title, escaped


def test_labels_and_tooltips_are_plain_text(page: str) -> None:
    nodes = data(page, "nodes")
    assert HOSTILE in {n["label"] for n in nodes}  # shown by vis-network as text on the canvas
    assert "پیت هگست" in {n["label"] for n in nodes}
    assert all(isinstance(n["id"], int) for n in nodes)


def test_edges_by_status(page: str) -> None:
    edges = data(page, "edges")
    by = {e["status"]: e for e in edges}
    assert by["planned"]["dashes"] is True
    assert by["negated"]["hidden"] is True and by["negated"]["color"] == "#b0b0b0"
    assert "dashes" not in by["occurred"]
    assert {e["label"] for e in edges} >= {"ministerOf", "meetsWith", "visits"}


@pytest.mark.parametrize("n", [PHYSICS_MAX_NODES + 20, 700], ids=["spring", "rings"])
def test_large_graph_has_positions_and_no_physics(n: int) -> None:
    G = nx.MultiDiGraph()
    for i in range(n):
        G.add_node(f"n{i}", label=f"کشور {i}", type="Country")
        if i:
            G.add_edge(f"n{i}", f"n{i - 1}", predicate="cooperatesWith", status="occurred", confidence=0.5, evidence=[])
    page = render_html(G)
    nodes = data(page, "nodes")
    assert all("x" in n and n["physics"] is False for n in nodes)
    assert '"enabled": false' in page

"""The actor graph as one self-contained HTML file (pyvis / vis-network), usable with no network.

* Persian labels on nodes, colour by type, the predicate on each edge;
  planned edges dashed; negated edges grey, dotted and hidden until the
  reader ticks «نمایش گزاره‌های نفی‌شده»;
* evidence in tooltips as plain text (vis-network shows string titles as text);
* vis-network's JS and CSS inline; every http(s) reference pyvis adds
  (Bootstrap, CDN links) is removed, and URLs left inside the inlined
  JavaScript strings are written ``http:\\/\\/`` (the same string in JS);
* no article text reaches markup unescaped: node ids are numbers, pyvis's
  heading and select menu are off, data goes through Jinja's ``tojson``
  (which escapes ``<``, ``>`` and ``&``) and our own header is ``html.escape``d;
* graphs of more than :data:`PHYSICS_MAX_NODES` nodes get positions from
  networkx and physics off (stabilising in the browser takes seconds).

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("Q30", label="<img src=x onerror=alert(1)>", type="Country")
>>> G.add_node("Q17", label="ژاپن", type="Country")
>>> _ = G.add_edge("Q30", "Q17", predicate="alliedWith", status="occurred", confidence=0.9, evidence=[])
>>> page = render_html(G)
>>> "http://" in page or "https://" in page, "<img" in page
(False, False)
"""

from __future__ import annotations

import html
import math
import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx
from pyvis.network import Network

from .analysis import actor_graph

if TYPE_CHECKING:
    from .store import _StoreBase

PHYSICS_MAX_NODES = 100
SPRING_MAX_NODES = 500  # networkx switches to scipy above this; larger graphs get rings by degree
COLOURS = {"Person": "#e67e22", "Country": "#2e86c1", "Organization": "#28b463", "Place": "#8e44ad"}
TYPE_FA = {"Person": "شخص", "Country": "کشور", "Organization": "سازمان", "Place": "مکان"}
STATUS_FA = {"occurred": "رخ‌داده", "planned": "برنامه‌ریزی‌شده", "negated": "نفی‌شده"}
_EXTERNAL_TAG = re.compile(
    r"<link\b[^>]*\bhref\s*=\s*[\"']?https?://[^>]*>|<script\b[^>]*\bsrc\s*=\s*[\"']?https?://[^>]*>\s*</script>",
    re.I | re.S,
)
_EMPTY_HEADING = re.compile(r"<center>\s*<h1>\s*</h1>\s*</center>", re.I)
# pyvis's template keeps a commented-out <link>/<script src> and vis-network a source-map reference
_TEMPLATE_COMMENT = re.compile(r"<!--\s*<link[\s\S]*?-->")
_SOURCE_MAP = re.compile(r"//# sourceMappingURL=\S+")
_URL = re.compile(r"(https?):/{2}", re.I)


@cache
def predicate_labels() -> dict[str, str]:
    """Persian labels of the 15 predicates, from ``peyvand.ttl``."""
    import pyoxigraph as ox

    from ..ontology import PV_NS, read_text

    out = {}
    for t in ox.parse(read_text("peyvand.ttl"), format=ox.RdfFormat.TURTLE):
        if (t.predicate.value.endswith("#label") and isinstance(t.object, ox.Literal)
                and t.object.language == "fa" and t.subject.value.startswith(PV_NS)):
            out[t.subject.value[len(PV_NS):]] = t.object.value
    return out


def _tooltip_edge(G: nx.MultiDiGraph, u: str, v: str, d: dict[str, Any]) -> str:
    p = d["predicate"]
    lines = [
        f"{G.nodes[u].get('label', u)} — {predicate_labels().get(p, p)} ({p}) → {G.nodes[v].get('label', v)}",
        f"{STATUS_FA.get(d['status'], d['status'])} ({d['status']}), confidence {d.get('confidence', '')}",
    ]
    for k, val in (d.get("qualifiers") or {}).items():
        lines.append(f"{k}: {val}")
    for e in d.get("evidence", [])[:5]:
        lines.append(f"\n«{e['sentence']}»\n[{e['article']} {e['start']}–{e['end']}]")
    if len(d.get("evidence", [])) > 5:
        lines.append(f"… +{len(d['evidence']) - 5}")
    return "\n".join(lines)


def _rings(G: nx.Graph) -> dict[str, tuple[float, float]]:
    """Hubs in the middle, then rings of growing size by falling degree (pure Python, O(n log n))."""
    order = sorted(G, key=lambda n: (-G.degree(n), str(n)))
    pos: dict[str, tuple[float, float]] = {}
    ring, i = 0, 0
    while i < len(order):
        size = 1 if ring == 0 else 8 * ring
        for j, n in enumerate(order[i:i + size]):
            a = 2 * math.pi * j / size
            pos[n] = (ring * math.cos(a), ring * math.sin(a))
        i += size
        ring += 1
    return {n: (x / max(ring, 1), y / max(ring, 1)) for n, (x, y) in pos.items()}


def _positions(G: nx.MultiDiGraph) -> dict[str, tuple[float, float]]:
    simple = nx.Graph(G.to_undirected())
    if simple.number_of_nodes() <= SPRING_MAX_NODES:
        pos = nx.spring_layout(simple, seed=0, iterations=60)
    else:
        pos = _rings(simple)
    scale = 120 * max(1.0, simple.number_of_nodes() ** 0.5)
    return {n: (float(x) * scale, float(y) * scale) for n, (x, y) in pos.items()}


def network(G: nx.MultiDiGraph) -> Network:
    """A pyvis Network filled directly (``add_edge``/``from_nx`` are quadratic)."""
    net = Network(height="92vh", width="100%", directed=True, cdn_resources="in_line",
                  select_menu=False, filter_menu=False, heading="")
    big = G.number_of_nodes() > PHYSICS_MAX_NODES
    pos = _positions(G) if big else {}
    ids = {n: i for i, n in enumerate(sorted(G.nodes))}
    for n, i in ids.items():
        a = G.nodes[n]
        t = a.get("type", "Place")
        title = "\n".join(x for x in (a.get("label", n), a.get("label_en") or "", f"{TYPE_FA.get(t, t)} ({t})", str(n)) if x)
        node = {"id": i, "label": a.get("label", n), "title": title, "shape": "dot", "size": 10 + 2 * min(G.degree(n), 15),
                "color": COLOURS.get(t, "#7f8c8d"), "font": {"face": "Vazirmatn, Tahoma, sans-serif"}}
        if big:
            node.update(x=pos[n][0], y=pos[n][1], physics=False)
        net.nodes.append(node)
        net.node_ids.append(i)
        net.node_map[i] = node
    for j, (u, v, d) in enumerate(G.edges(data=True)):
        status = d.get("status", "occurred")
        edge = {"id": j, "from": ids[u], "to": ids[v], "label": d["predicate"], "arrows": "to",
                "title": _tooltip_edge(G, u, v, d), "status": status, "font": {"size": 10}}
        if status == "planned":
            edge["dashes"] = True
        elif status == "negated":
            edge.update(dashes=[2, 6], color="#b0b0b0", hidden=True)
        net.edges.append(edge)
    net.toggle_physics(not big)
    return net


_HEADER = """<div id="peyvand-header" dir="rtl" style="font-family:Tahoma,sans-serif;padding:6px 10px">
<strong>{title}</strong> &nbsp; {legend} &nbsp;
<label><input type="checkbox" id="peyvand-negated"> نمایش گزاره‌های نفی‌شده (negated)</label>
<span style="color:#888"> — خط‌چین: برنامه‌ریزی‌شده (planned)</span>
</div>
"""
_TOGGLE = """<script>
document.getElementById("peyvand-negated").addEventListener("change", function (ev) {
  var upd = edges.get({filter: function (e) { return e.status === "negated"; }})
                 .map(function (e) { return {id: e.id, hidden: !ev.target.checked}; });
  edges.update(upd);
});
</script>
"""


def _offline(page: str) -> str:
    page = _EXTERNAL_TAG.sub("", page)
    page = _EMPTY_HEADING.sub("", page)
    page = _TEMPLATE_COMMENT.sub("", page)
    page = _SOURCE_MAP.sub("", page)
    return _URL.sub(lambda m: m.group(1) + r":\/\/", page)


def render_html(G: nx.MultiDiGraph, title: str = "peyvand — گراف روابط") -> str:
    """The HTML page for an actor graph (see the module docstring for its guarantees)."""
    page = network(G).generate_html(notebook=False)
    legend = " ".join(
        f'<span style="color:{c}">●</span> {html.escape(TYPE_FA[t])}' for t, c in COLOURS.items()
    )
    header = _HEADER.format(title=html.escape(title), legend=legend)
    page = page.replace("<body>", "<body>\n" + header, 1)
    page = page.replace("</body>", _TOGGLE + "</body>", 1)
    page = page.replace("<html>", '<html lang="fa">', 1)
    page = page.replace("<head>", f"<head>\n<title>{html.escape(title)}</title>", 1)
    return _offline(page)


def write_html(store: _StoreBase, path: str | Path, title: str = "peyvand — گراف روابط") -> Path:
    """Render the store's actor graph to ``path``."""
    from ..errors import PeyvandError

    out = Path(path)
    try:
        out.write_text(render_html(actor_graph(store), title), encoding="utf-8")
    except OSError as exc:
        raise PeyvandError("E401", path=str(out), detail=exc.strerror or str(exc)) from exc
    return out


__all__ = ["render_html", "write_html", "network", "predicate_labels"]

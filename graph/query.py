"""SPARQL over the store: predefined prefixes, the union default graph, table/json/csv output.

Prefixes ``pv pvid rdf rdfs skos prov xsd dcterms owl`` are predefined; the
default graph is the union of all graphs (articles, KB, derived). SPARQL's
``ORDER BY`` sorts Persian by code point (پ چ ژ گ after و), so where order
matters peyvand sorts in Python with :func:`persian_sort_key`.

>>> sorted(["گرجستان", "ژاپن", "پاکستان", "آمریکا", "چین", "ویتنام"], key=persian_sort_key)
['آمریکا', 'پاکستان', 'چین', 'ژاپن', 'گرجستان', 'ویتنام']
>>> sorted(NAMED_QUERIES)
['actors', 'facts-by-predicate', 'facts-of-actor', 'source-chain']
>>> "VALUES (?predicate)" in named_query("facts-by-predicate", predicate="pv:meetsWith")
True
"""

from __future__ import annotations

import csv
import io
import json
from importlib import resources
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox

from ..errors import PeyvandError
from ..ontology import PREFIXES
from .store import Result

if TYPE_CHECKING:
    from .store import _StoreBase

QUERY_FORMATS = ("table", "json", "csv")
_ALPHABET = "ءآأاإبپتثجچحخدذرزژسشصضطظعغفقکگلمنوؤهةیئ"
_RANK = {c: i for i, c in enumerate(_ALPHABET)}
_FOLD = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "\u200c": None, "\u0640": None})
NAMED_QUERIES = ("actors", "facts-by-predicate", "facts-of-actor", "source-chain")


def persian_sort_key(text: str) -> tuple[tuple[int, int], ...]:
    """A sort key in Persian alphabetical order (ZWNJ, tatweel and Arabic ي/ك folded)."""
    out = []
    for ch in text.translate(_FOLD):
        r = _RANK.get(ch)
        out.append((1, r) if r is not None else ((0, ord(ch)) if ord(ch) < 0x600 else (2, ord(ch))))
    return tuple(out)


def run_query(store: _StoreBase, sparql: str) -> Result:
    """Run ``sparql`` over the union of the store's graphs."""
    if not sparql.strip():
        raise PeyvandError("E203")
    return store.query(sparql)


def check_query_format(fmt: str) -> str:
    if fmt not in QUERY_FORMATS:
        raise PeyvandError("E202", value=fmt, allowed=", ".join(QUERY_FORMATS))
    return fmt


def short(term: object) -> str:
    """A term for people: ``pv:ministerOf``, ``pvid:Q30``, a literal's value; unbound is ''."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for prefix, ns in PREFIXES.items():
            if term.value.startswith(ns) and "/" not in term.value[len(ns):]:
                return f"{prefix}:{term.value[len(ns):]}"
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value  # type: ignore[attr-defined,no-any-return]


def results_json(result: Result) -> str:
    """A SELECT/ASK result as SPARQL 1.1 Query Results JSON."""
    if result.kind == "ask":
        return json.dumps({"head": {}, "boolean": result.boolean})
    bindings = []
    for row in result.rows:
        b: dict[str, dict[str, str]] = {}
        for v, t in zip(result.variables, row):
            if isinstance(t, ox.NamedNode):
                b[v] = {"type": "uri", "value": t.value}
            elif isinstance(t, ox.BlankNode):
                b[v] = {"type": "bnode", "value": t.value}
            elif isinstance(t, ox.Literal):
                lit = {"type": "literal", "value": t.value}
                if t.language:
                    lit["xml:lang"] = t.language
                elif t.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
                    lit["datatype"] = t.datatype.value
                b[v] = lit
        bindings.append(b)
    return json.dumps({"head": {"vars": result.variables}, "results": {"bindings": bindings}}, ensure_ascii=False)


def format_result(result: Result, fmt: str = "table") -> str:
    """Render a result as an aligned table, SPARQL JSON or CSV (graph results as Turtle)."""
    check_query_format(fmt)
    if result.kind == "graph":
        return ox.serialize(result.triples, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES).decode("utf-8")
    if fmt == "json":
        return results_json(result) + "\n"
    if result.kind == "ask":
        return ("true" if result.boolean else "false") + "\n"
    rows = [[short(t) for t in row] for row in result.rows]
    if fmt == "csv":
        buf = io.StringIO(newline="")
        w = csv.writer(buf)
        w.writerow(result.variables)
        w.writerows(rows)
        return buf.getvalue()
    widths = [max([len(v)] + [len(r[i]) for r in rows]) for i, v in enumerate(result.variables)]
    lines = ["  ".join(v.ljust(w) for v, w in zip(result.variables, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines) + "\n"


def named_query(name: str, **bindings: str) -> str:
    """The text of a shipped query (``graph/queries/NAME.rq``), with optional bindings.

    A binding becomes a trailing ``VALUES`` block; its value is SPARQL syntax
    (``pv:meetsWith``, ``pvid:Q30``, ``"seed-tabnak"``).
    """
    if name not in NAMED_QUERIES:
        raise PeyvandError("E204", path=f"{name}.rq", detail="no shipped query of that name; known: " + ", ".join(NAMED_QUERIES))
    try:
        text = resources.files("peyvand.graph").joinpath("queries", f"{name}.rq").read_text(encoding="utf-8")
    except FileNotFoundError:
        raise PeyvandError("E303", path=f"peyvand/graph/queries/{name}.rq") from None
    if bindings:
        names = " ".join(f"?{k}" for k in bindings)
        values = " ".join(bindings.values())
        text = f"{text.rstrip()}\nVALUES ({names}) {{ ({values}) }}\n"
    return text


def literal(value: str) -> str:
    """A string as a SPARQL literal (for :func:`named_query` bindings).

    >>> literal('say "hi"')
    '"say \\\\"hi\\\\""'
    """
    return str(ox.Literal(value))


def source_chain(store: _StoreBase, article_id: str) -> list[dict[str, Any]]:
    """The article's source chain: ``[{"position": 0, "name": "تابناک", "entity": "Q…"|None}, …]``."""
    r = store.query(named_query("source-chain", article_id=literal(article_id)))
    out = []
    for row in r.values():
        ent = row.get("outlet")
        out.append({"position": int(row["position"]), "name": row["name"],
                    "entity": ent.rsplit("/", 1)[-1] if ent else None})
    return sorted(out, key=lambda d: d["position"])


__all__ = ["NAMED_QUERIES", "QUERY_FORMATS", "check_query_format", "format_result", "literal", "named_query",
           "persian_sort_key", "results_json", "run_query", "short", "source_chain"]

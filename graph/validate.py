"""SHACL validation of a store (or any RDF) against ``ontology/shapes.ttl``, with ``inference="none"``.

RDFS inference would hide range violations (a Person as the object of
ministerOf would be inferred to be a Country), so peyvand never infers.
The data is the union of the store's graphs.

>>> v = validate_turtle('''
... @prefix pv: <https://w3id.org/peyvand/ns#> .
... <https://w3id.org/peyvand/id/fact/1> a pv:Fact .
... ''')
>>> v.conforms
False
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

import pyoxigraph as ox
import rdflib

from ..errors import PeyvandError
from ..ontology import read_text

if TYPE_CHECKING:
    from .store import _StoreBase


@dataclass
class Validation:
    """``conforms`` and pySHACL's report (text and graph)."""

    conforms: bool
    text: str
    graph: rdflib.Graph


@cache
def shapes_graph() -> rdflib.Graph:
    return rdflib.Graph().parse(data=read_text("shapes.ttl"), format="turtle")


def validate_graph(data: rdflib.Graph) -> Validation:
    """Validate an rdflib Graph or Dataset (a Dataset is validated as the union of its graphs)."""
    import pyshacl

    try:
        conforms, graph, text = pyshacl.validate(
            data, shacl_graph=shapes_graph(), inference="none", abort_on_first=False, allow_warnings=True,
        )
    except Exception as exc:  # pyshacl reports its own failures with many exception types
        raise PeyvandError("E501", detail=f"{type(exc).__name__}: {exc}") from exc
    return Validation(bool(conforms), str(text), graph)


def validate_turtle(text: str) -> Validation:
    """Validate Turtle text (tests, notebooks)."""
    return validate_graph(rdflib.Graph().parse(data=text, format="turtle"))


def validate_store(store: _StoreBase) -> Validation:
    """Validate the union of every graph of the store (serialised by Oxigraph, parsed once by rdflib)."""
    triples = {ox.Triple(q.subject, q.predicate, q.object) for q in store.quads()}
    data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    return validate_graph(rdflib.Graph().parse(data=data, format="nt"))


__all__ = ["Validation", "shapes_graph", "validate_graph", "validate_store", "validate_turtle"]

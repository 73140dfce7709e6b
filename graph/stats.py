"""Summary figures of a store: entities by type, facts by predicate and status, articles, top actors."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..ontology import PV_NS
from ..records import ENTITY_TYPES, PREDICATES, STATUSES
from .analysis import graph_from_facts, top_actors
from .export import facts

if TYPE_CHECKING:
    from .store import _StoreBase


@dataclass
class Stats:
    """What ``peyvand stats`` prints.

    >>> s = Stats(articles=1, entities={"Person": 2}, facts={("meetsWith", "occurred"): 1},
    ...           top=[{"id": "Q1", "label": "لوید آستین", "type": "Person", "degree": 3}])
    >>> print(s.format())
    articles: 1
    entities: 2 (Person 2, Country 0, Organization 0, Place 0)
    facts: 1
      meetsWith            occurred 1
    top actors by degree:
       3  لوید آستین (Person, Q1)
    """

    articles: int = 0
    entities: dict[str, int] = field(default_factory=dict)
    facts: dict[tuple[str, str], int] = field(default_factory=dict)
    top: list[dict[str, Any]] = field(default_factory=list)

    def format(self) -> str:
        lines = [f"articles: {self.articles}"]
        by_type = ", ".join(f"{t} {self.entities.get(t, 0)}" for t in ENTITY_TYPES)
        lines.append(f"entities: {sum(self.entities.values())} ({by_type})")
        lines.append(f"facts: {sum(self.facts.values())}")
        for p in PREDICATES:
            counts = [(s, self.facts[(p, s)]) for s in STATUSES if self.facts.get((p, s))]
            if counts:
                lines.append(f"  {p:<20} " + ", ".join(f"{s} {n}" for s, n in counts))
        lines.append("top actors by degree:")
        lines += [f"  {a['degree']:>2}  {a['label']} ({a['type']}, {a['id']})" for a in self.top]
        return "\n".join(lines)

    def as_dict(self) -> dict[str, Any]:
        return {"articles": self.articles, "entities": self.entities,
                "facts": [{"predicate": p, "status": s, "count": n} for (p, s), n in sorted(self.facts.items())],
                "top": self.top}


def compute_stats(store: _StoreBase, top: int = 10) -> Stats:
    """Figures over the article graphs (the KB's entities are counted only where articles mention them)."""
    types = " ".join(f"pv:{t}" for t in ENTITY_TYPES)
    ents = store.query(f"""
        SELECT ?t (COUNT(DISTINCT ?e) AS ?n) WHERE {{
            GRAPH ?g {{ ?g a pv:Article . ?e a ?t }} VALUES ?t {{ {types} }} }} GROUP BY ?t""", union=False)
    entities = {row[0].value[len(PV_NS):]: int(row[1].value) for row in ents.rows}  # type: ignore[union-attr]
    lines = facts(store)
    counts = Counter((d["predicate"], d["status"]) for d in lines)
    return Stats(
        articles=len(store.article_ids()),
        entities={t: entities.get(t, 0) for t in ENTITY_TYPES},
        facts=dict(counts),
        top=top_actors(graph_from_facts(lines), top),
    )


__all__ = ["Stats", "compute_stats"]

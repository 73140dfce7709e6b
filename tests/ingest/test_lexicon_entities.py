"""The named places and actors of ``ingest/lexicon`` (entities the Wikidata-verified KB does not hold yet)."""

from __future__ import annotations

import collections

from peyvand.ingest.lexicon import _rows, lexicon_entities
from peyvand.ingest.normalize import squeeze
from peyvand.ontology.kb import load_kb

PLACE_KINDS = {"city", "province", "region", "town", "island", "facility"}


def _names(label: str, others: str) -> list[str]:
    return [label] + [a for a in others.split("|") if a and a != "-"]


def test_place_rows_are_well_formed_and_located_in_a_kb_country() -> None:
    kb = load_kb()
    rows = _rows("places.tsv")
    assert len(rows) > 100
    for row in rows:
        assert len(row) == 5, row
        label, label_en, kind, country, others = row
        assert label and label_en and label_en != "-", row
        assert kind in PLACE_KINDS, row
        assert country in kb.entities and kb.entities[country].type == "Country", row
        assert all(n == n.strip() and "(" not in n for n in _names(label, others)), row


def test_no_lexicon_place_or_actor_shares_a_name_with_another_or_with_the_kb() -> None:
    kb = load_kb()
    kb_names = {squeeze(n) for e in kb.entities.values() for n in (e.label, *e.aliases, *e.ambiguous)}
    owner: dict[str, set[str]] = collections.defaultdict(set)
    for file, width in (("places.tsv", 5), ("actors.tsv", 6)):
        for row in _rows(file):
            for n in _names(row[0], row[width - 1]):
                owner[squeeze(n)].add(f"{file}:{row[0]}")
    shared = {n: o for n, o in owner.items() if len(o) > 1}
    assert not shared, shared
    in_kb = sorted(o for n, owners in owner.items() if n in kb_names for o in owners if o.startswith("places.tsv"))
    assert not in_kb, in_kb


def test_lexicon_places_become_entities_with_their_state() -> None:
    places = [e for e in lexicon_entities() if e.type == "Place"]
    assert places and all(e.located_in and e.id.startswith("place-") and not e.wikidata for e in places)
    assert len({e.id for e in places}) == len(places)

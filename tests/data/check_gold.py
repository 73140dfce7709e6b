#!/usr/bin/env python3
"""Consistency check for a hand-annotated gold folder (``articles/*.txt``, ``meta.jsonl``,
``gold.json``, ``entities.json``): tests/data/devset, devset2, heldout.

usage: python3 tests/data/check_gold.py DIR [--against OTHER_GOLD_DIR ...]

Checks: JSON loads; every gold s/o key is in entities.json; every gold article has
articles/<id>.txt and a meta.jsonl line (and vice versa); predicates, statuses, entity types
and meta fields are valid; forbidden facts are not required and no positive fact anywhere in
the set matches one (the scorer works on the whole graph); for every required fact, the s list
and the o list each have an entity with an alias in the article text (after the scorer's
normalisation); orthographic claims in meta notes (ZWNJ stripped, spaced «می », Arabic ي/ك …)
hold of the text. With --against, forbidden facts are also checked against another folder's
positive facts (warnings only: the sets are scored separately). Exits 1 on any error.
``tests/test_gold_sets.py`` runs it on every folder.
"""
from __future__ import annotations

import datetime
import json
import pathlib
import re
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "benchmarks"))
from scoring import SYMMETRIC, norm  # noqa: E402  (the port of shared/spec/score_facts.py)

PREDS = {'ministerOf', 'leaderOf', 'commanderOf', 'memberOf', 'visits', 'meetsWith', 'cooperatesWith',
         'alliedWith', 'signsAgreementWith', 'suppliesArmsTo', 'perceivesThreatFrom', 'threatens',
         'attacks', 'sanctions', 'locatedIn'}
STATUSES = {'occurred', 'planned', 'forbidden'}
TYPES = {'Person', 'Country', 'Organization', 'Place'}
KINDS = {'visit', 'meeting', 'treaty', 'arms', 'exercise', 'threat', 'sanction', 'attack', 'negation',
         'planned', 'membership', 'appointment', 'mixed'}


def check(DIR: pathlib.Path, against: tuple = ()) -> tuple[list[str], list[str], str]:
    """(errors, warnings, summary) for the gold folder DIR."""
    errors: list[str] = []
    warnings: list[str] = []
    err = errors.append
    warn = warnings.append

    ents = json.loads(pathlib.Path(DIR / 'entities.json').read_text(encoding='utf-8'))
    gold = json.loads(pathlib.Path(DIR / 'gold.json').read_text(encoding='utf-8'))
    meta = [json.loads(l) for l in (DIR / 'meta.jsonl').read_text(encoding='utf-8').splitlines() if l.strip()]
    texts = {p.stem: p.read_text(encoding='utf-8') for p in sorted((DIR / 'articles').glob('*.txt'))}
    ntexts = {k: norm(v) for k, v in texts.items()}

    for k, e in ents.items():
        if set(e) != {'type', 'en', 'aliases'}: err(f'entity {k}: keys {sorted(e)}')
        if e.get('type') not in TYPES: err(f'entity {k}: bad type {e.get("type")}')
        if not e.get('aliases'): err(f'entity {k}: no aliases')
        for al in e.get('aliases', []):
            if not any(norm(al) in t for t in ntexts.values()):
                warn(f'alias in no text: {k}: {al}')

    meta_ids = [m['id'] for m in meta]
    if len(set(meta_ids)) != len(meta_ids): err('duplicate ids in meta.jsonl')
    for m in meta:
        if set(m) != {'id', 'date', 'outlet', 'kind', 'notes'}: err(f'meta {m.get("id")}: keys {sorted(m)}')
        if m['id'] not in texts: err(f'meta {m["id"]}: no text file')
        if m.get('kind') not in KINDS: err(f'meta {m["id"]}: bad kind {m.get("kind")}')
        try:
            d = datetime.date.fromisoformat(m['date'])
            if not (1990 <= d.year <= 2030): err(f'meta {m["id"]}: date out of range')
        except Exception:
            err(f'meta {m["id"]}: bad date {m.get("date")}')
        if not re.fullmatch(r'[a-z0-9]+(-[a-z0-9]+)*', m['id']): err(f'meta {m["id"]}: bad id')
        t, notes = texts.get(m['id'], ''), m.get('notes', '')
        claims = [('ZWNJ stripped', lambda: '\u200c' not in t),
                  ('spaced «می »', lambda: 'می ' in t.replace('ي', 'ی')),  # «می شود», «نمی کند», «مي شود»
                  ('full Arabic ي/ك', lambda: 'ی' not in t and 'ک' not in t),
                  ('medial Arabic ي', lambda: 'ي' in t and 'ك' in t and 'ک' not in t),
                  ('hamza-above هٔ', lambda: 'هٔ' in t),
                  ('ۀ ezafe', lambda: 'ۀ' in t),
                  ('ه‌ی', lambda: 'ه\u200cی' in t),
                  ('Latin digits', lambda: re.search(r'[0-9]', t)),
                  ('Persian digits', lambda: re.search(r'[۰-۹]', t)),
                  ('Telegram', lambda: '@' in t),
                  ('one-line item', lambda: t.strip().count('\n') == 0)]
        for claim, test in claims:
            if claim in notes and not test(): err(f'meta {m["id"]}: notes claim "{claim}" not true of the text')
        n = len(texts.get(m['id'], '').split())
        if not 80 <= n <= 300: warn(f'{m["id"]}: {n} words')
    for t in texts:
        if t not in meta_ids: err(f'text {t}: no meta line')
        if not any(g['article'] == t for g in gold): err(f'text {t}: no gold facts')

    seen = {}
    for i, g in enumerate(gold):
        where = f'fact {i} ({g.get("article")} {g.get("s")} {g.get("p")} {g.get("o")} {g.get("status")})'
        if set(g) != {'article', 's', 'p', 'o', 'status', 'required', 'q'}: err(f'{where}: keys {sorted(g)}')
        if g['article'] not in texts: err(f'{where}: no article text'); continue
        if g['article'] not in meta_ids: err(f'{where}: no meta line')
        if g['p'] not in PREDS: err(f'{where}: bad predicate')
        if g['status'] not in STATUSES: err(f'{where}: bad status')
        if g['status'] == 'forbidden' and g['required']: err(f'{where}: forbidden but required')
        if not isinstance(g['q'], dict): err(f'{where}: q not a dict')
        if not isinstance(g['s'], list) or not isinstance(g['o'], list) or not g['s'] or not g['o']:
            err(f'{where}: s/o must be non-empty lists'); continue
        for k in g['s'] + g['o']:
            if k not in ents: err(f'{where}: unknown entity {k}')
        if set(g['s']) & set(g['o']): err(f'{where}: s and o overlap')
        q = json.dumps(g['q'], sort_keys=True, ensure_ascii=False)  # the same fact may list other qualifiers
        key = (g['article'], frozenset(g['s']), g['p'], frozenset(g['o']), g['status'], q)
        if g['p'] in SYMMETRIC:
            key = (g['article'], frozenset([frozenset(g['s']), frozenset(g['o'])]), g['p'], g['status'], q)
        if key in seen: err(f'{where}: duplicate of fact {seen[key]}')
        seen[key] = i
        t = ntexts[g['article']]
        def present(k): return k in ents and any(norm(a) in t for a in ents[k]['aliases'])
        for side in ('s', 'o'):
            hits = [k for k in g[side] if present(k)]
            if g['required'] and not hits: err(f'{where}: no {side} entity mentioned in text')
            for k in g[side]:
                if k not in hits and g['required']: warn(f'{where}: {side} member {k} not mentioned')

    # forbidden vs positive facts, in ANY article: the scorer works at KG level (facts are not
    # kept apart by article), so a positive gold fact that a forbidden one would match makes a
    # perfect system lose. Entities are expanded to every key that shares one of their aliases.
    alias_keys = {}
    for k, e in ents.items():
        for a in e['aliases'] + [e['en']]:
            alias_keys.setdefault(norm(a), set()).add(k)
    closure = {k: set().union(*[alias_keys[norm(a)] for a in e['aliases'] + [e['en']]]) for k, e in ents.items()}
    def expand(keys): return set().union(*[closure.get(k, {k}) for k in keys])
    for f in gold:
        if f['status'] != 'forbidden': continue
        for h in gold:
            if h['status'] == 'forbidden' or h['p'] != f['p']: continue
            hs, ho = expand(h['s']), expand(h['o'])
            if (hs & set(f['s']) and ho & set(f['o'])) or \
               (f['p'] in SYMMETRIC and hs & set(f['o']) and ho & set(f['s'])):
                err(f'forbidden {f["article"]} {f["s"]} {f["p"]} {f["o"]} is matched by positive '
                    f'{h["article"]} {h["s"]} {h["p"]} {h["o"]} {h["status"]}')

    for od in against:
        og = json.loads(pathlib.Path(od / 'gold.json').read_text(encoding='utf-8'))
        oe = json.loads(pathlib.Path(od / 'entities.json').read_text(encoding='utf-8'))
        for k, e in oe.items():
            for a in e['aliases'] + [e['en']]:
                alias_keys.setdefault(norm(a), set()).add(k)
        allents = {**oe, **ents}
        cl = {k: set().union(*[alias_keys[norm(a)] for a in e['aliases'] + [e['en']]]) for k, e in allents.items()}
        ex = lambda keys: set().union(*[cl.get(k, {k}) for k in keys])
        for fs, hs_, tag in ((gold, og, 'here'), (og, gold, str(od))):
            for f in fs:
                if f['status'] != 'forbidden': continue
                for h in hs_:
                    if h['status'] == 'forbidden' or h['p'] != f['p']: continue
                    hs, ho = ex(h['s']), ex(h['o'])
                    if (hs & set(f['s']) and ho & set(f['o'])) or \
                       (f['p'] in SYMMETRIC and hs & set(f['o']) and ho & set(f['s'])):
                        warn(f'cross-set: forbidden ({tag}) {f["article"]} {f["s"]} {f["p"]} {f["o"]} vs positive '
                             f'{h["article"]} {h["s"]} {h["p"]} {h["o"]} {h["status"]}')
        for k, e in oe.items():
            if k in ents and ents[k]['type'] != e['type']: warn(f'cross-set: entity {k} type differs from {od}')

    summary = (f'{len(texts)} articles, {len(gold)} facts ({sum(g["required"] for g in gold)} required, '
               f'{sum(g["status"] == "forbidden" for g in gold)} forbidden), {len(ents)} entities')
    return errors, warnings, summary


def main(argv: list[str]) -> int:
    args = list(argv)
    against = []
    while '--against' in args:
        i = args.index('--against')
        against.append(pathlib.Path(args[i + 1]))
        del args[i:i + 2]
    if not args:
        print(__doc__)
        return 2
    errors, warnings, summary = check(pathlib.Path(args[0]), tuple(against))
    for w in warnings:
        print('WARN', w)
    for e in errors:
        print('ERROR', e)
    print(f'{summary}: {len(errors)} errors, {len(warnings)} warnings')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))

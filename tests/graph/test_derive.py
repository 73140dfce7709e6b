"""One graph across articles: the derived graph kept up to date batch by batch equals a full rebuild.

Corroboration counts original sources once (republished copies, common wire
sources), roles close over time, and replaced articles take their support
with them. Real stores on disk, real records; no part of peyvand is mocked.
"""

from __future__ import annotations

import datetime as dt
import random

import pytest
from conftest import serve_oxigraph

from peyvand.graph.rdf import encode_article, fact_iri
from peyvand.graph.store import open_store
from peyvand.graph.writer import BackgroundWriter, GraphWriter
from peyvand.ontology import DERIVED_GRAPH, META_GRAPH, article_iri
from peyvand.records import Article, Entity, Evidence, Extraction, Fact, SourceLink, minted_id

COUNTRIES = [Entity("Q30", "ایالات متحده آمریکا", "Country"), Entity("Q17", "ژاپن", "Country"),
             Entity("Q148", "چین", "Country"), Entity("Q159", "روسیه", "Country")]
PEOPLE = [Entity(minted_id("Person", n), n, "Person") for n in ("علی رضایی", "مریم احمدی", "جان اسمیت", "یوکو ساتو")]
OUTLETS = ["تابناک", "ایسنا", "همشهری‌آنلاین", "خبرگزاری یونهاپ"]
PREDS = [("meetsWith", PEOPLE, PEOPLE), ("cooperatesWith", COUNTRIES, COUNTRIES), ("sanctions", COUNTRIES, COUNTRIES),
         ("ministerOf", PEOPLE, COUNTRIES), ("leaderOf", PEOPLE, COUNTRIES)]


def extraction(aid: str, r: random.Random, *, text: str | None = None, outlet: str | None = None,
               published: dt.date | None = None) -> Extraction:
    text = text or f"متن خبر {r.random()}"
    published = published or dt.date(2025, 1, 1) + dt.timedelta(days=r.randrange(200))
    art = Article(aid, text, published=published, outlet=outlet or r.choice(OUTLETS))
    facts = []
    for _ in range(r.randint(1, 5)):
        pred, subj, obj = r.choice(PREDS)
        s, o = r.choice(subj), r.choice(obj)
        if s.id == o.id:
            continue
        quals = (("portfolio", r.choice(["defense", "foreign"])),) if pred == "ministerOf" else ()
        ev_date = r.choice([None, published - dt.timedelta(days=r.randrange(30))])
        facts.append(Fact(s.id, pred, o.id, r.choice(["occurred", "occurred", "planned", "negated"]), quals,
                          round(r.uniform(0.5, 0.95), 2), (Evidence(aid, text, 0, len(text), 0.8, ev_date),)))
    chain = [SourceLink(0, art.outlet or "")]
    if r.random() < 0.5:
        chain.append(SourceLink(1, r.choice(OUTLETS)))
    return Extraction(art, tuple(COUNTRIES + PEOPLE), (), tuple(facts), tuple(chain))


def derived(store) -> set[str]:
    rows = store.query(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{DERIVED_GRAPH}> {{ ?s ?p ?o }} }}", union=False).rows
    return {f"{s} {p} {o}" for s, p, o in rows}


def write_and_compare(store, r: random.Random, cache: int, bulk: bool | None = None) -> None:
    """Batches of new, changed and republished articles; after each, the derived graph equals a rebuild."""
    writer = GraphWriter(store, bulk=bulk)
    writer.deriver.cache_facts = cache  # a tiny cache forces facts to be re-read from the store
    texts: dict[str, str] = {}
    for step in range(8):
        batch = []
        for i in range(r.randint(2, 6)):
            kind = r.random()
            if kind < 0.25 and texts:  # the same article again, changed
                aid = r.choice(sorted(texts))
                x = extraction(aid, r)
            elif kind < 0.45 and texts:  # the same text republished by another outlet
                src = r.choice(sorted(texts))
                x = extraction(f"copy-{step}-{i}", random.Random(src), text=texts[src], outlet=r.choice(OUTLETS))
            else:
                x = extraction(f"a-{step}-{i}", r)
            texts[x.article.id] = x.article.text
            batch.append(encode_article(x))
        writer.write(batch)
        incremental = derived(store)
        store.rebuild_derived()
        assert derived(store) == incremental, f"step {step}"
        assert not store.pending()


@pytest.mark.parametrize("seed, cache, bulk", [(1, 200_000, True), (2, 200_000, True), (3, 3, True),
                                               (4, 200_000, False), (5, 3, False)])
def test_incremental_equals_full_rebuild(tmp_path, seed: int, cache: int, bulk: bool) -> None:
    with open_store(tmp_path / "s", create=True) as store:
        write_and_compare(store, random.Random(seed), cache, bulk)


@pytest.mark.server
@pytest.mark.parametrize("seed, cache", [(6, 200_000), (7, 3)])
def test_incremental_equals_full_rebuild_on_a_server(tmp_path, seed: int, cache: int) -> None:
    with serve_oxigraph(tmp_path / "server") as url, open_store(url, create=True) as store:
        write_and_compare(store, random.Random(seed), cache)


def test_staged_groups_store_the_same_quads_as_plain_batches(tmp_path) -> None:
    """Articles handed over in small batches and written in groups (new ones staged in a temporary file,
    a repeated id, replaced and republished articles) end as the same quads as one plain write per batch."""
    r = random.Random(8)
    batches, texts = [], {}
    for step in range(6):
        batch = []
        for i in range(5):
            if i == 0 and texts:  # an earlier article again, changed
                aid = sorted(texts)[step % len(texts)]
                x = extraction(aid, r)
            elif i == 1 and texts:  # a text republished
                src = sorted(texts)[-1]
                x = extraction(f"copy-{step}", random.Random(src), text=texts[src], outlet=OUTLETS[step % 4])
            else:
                x = extraction(f"a-{step}-{i}", r)
            texts[x.article.id] = x.article.text
            batch.append(encode_article(x))
        batches.append(batch)
    batches[2].append(batches[2][2])  # the same id twice, one group apart: the later wins
    dumps = []
    for staged in (False, True):
        with open_store(tmp_path / f"s{staged}", create=True) as store:
            writer = GraphWriter(store)
            if staged:
                bg = BackgroundWriter(writer, depth=2, group=12, floor=12)
                for b in batches:
                    bg.submit(b)
                bg.close()
            else:
                for b in batches:
                    writer.write(b)
            assert not store.pending()
            dumps.append(sorted(str(q) for q in store.quads() if "graph/kb" not in str(q.graph_name)))
    assert dumps[0] == dumps[1]


def write(store, *xs: Extraction) -> None:
    GraphWriter(store).write([encode_article(x) for x in xs])


def corroboration(store, key: tuple[str, str, str, str]) -> int:
    r = store.query(f"SELECT ?n WHERE {{ GRAPH <{DERIVED_GRAPH}> {{ <{fact_iri(key)}> pv:corroboration ?n }} }}")
    return int(r.rows[0][0].value)


def one_fact(aid: str, text: str, outlet: str, chain: tuple[str, ...] = (), day: int = 1) -> Extraction:
    art = Article(aid, text, published=dt.date(2025, 3, day), outlet=outlet)
    fact = Fact("Q17", "cooperatesWith", "Q30", "occurred", (), 0.8, (Evidence(aid, text, 0, len(text), 0.8),))
    links = (SourceLink(0, outlet),) + tuple(SourceLink(i + 1, n) for i, n in enumerate(chain))
    return Extraction(art, (COUNTRIES[0], COUNTRIES[1]), (), (fact,), links)


KEY = ("Q17", "cooperatesWith", "Q30", "occurred")


def test_republished_text_is_linked_and_counted_once(new_store) -> None:
    text = "به گزارش ایسنا، ژاپن و آمریکا همکاری دفاعی را گسترش دادند."
    write(new_store, one_fact("isna-1", text, "ایسنا", day=1))
    # the same text, reposted by a channel a day later without saying whom it copied
    write(new_store, one_fact("channel-9", text.replace("ايسنا", "ایسنا") + "\n@some_channel", "کانال نمونه", day=2))
    assert corroboration(new_store, KEY) == 1  # without the text link it would be 2 (two outlets)
    linked = new_store.query(f"""ASK {{ GRAPH <{DERIVED_GRAPH}> {{
        ?a prov:alternateOf ?b }} }}""").boolean
    assert linked
    # an independent report from another outlet is a second source
    write(new_store, one_fact("irna-3", "ایرنا: ژاپن و آمریکا همکاری دفاعی را گسترش دادند و رزمایش برگزار کردند.", "ایرنا"))
    assert corroboration(new_store, KEY) == 2
    first_last = new_store.query(f"""SELECT ?f ?l WHERE {{ GRAPH <{DERIVED_GRAPH}> {{
        <{fact_iri(KEY)}> pv:firstSeen ?f ; pv:lastSeen ?l }} }}""").rows[0]
    assert (first_last[0].value, first_last[1].value) == ("2025-03-01", "2025-03-02")


def test_two_texts_citing_one_wire_count_once(new_store) -> None:
    write(new_store, one_fact("a", "متن نخست درباره همکاری ژاپن و آمریکا.", "تابناک", ("خبرگزاری یونهاپ",)))
    write(new_store, one_fact("b", "متن دیگری درباره همکاری دو کشور.", "ایسنا", ("همشهری‌آنلاین", "خبرگزاری یونهاپ")))
    assert corroboration(new_store, KEY) == 1


def test_replaced_article_takes_its_support_with_it(new_store) -> None:
    write(new_store, one_fact("a", "ژاپن و آمریکا همکاری کردند.", "تابناک"))
    assert new_store.query(f"ASK {{ GRAPH <{DERIVED_GRAPH}> {{ pvid:Q17 pv:cooperatesWith pvid:Q30 }} }}").boolean
    empty = Extraction(Article("a", "متن اصلاح‌شده بدون ادعا.", published=dt.date(2025, 3, 1)), (), (), (), ())
    write(new_store, empty)
    assert not new_store.query(f"ASK {{ GRAPH <{DERIVED_GRAPH}> {{ pvid:Q17 pv:cooperatesWith pvid:Q30 }} }}").boolean
    assert not new_store.query(f"ASK {{ <{fact_iri(KEY)}> ?p ?o }}").boolean
    assert new_store.article_ids() == ["a"]


def test_a_fact_that_does_not_change_costs_no_derived_write(new_store) -> None:
    """The derived change is a diff: another article from a source the fact has, on a day inside its
    first/last seen and with a lower confidence, changes none of the fact's derived triples."""
    writer = GraphWriter(new_store)
    writer.write([encode_article(one_fact("a", "ژاپن و آمریکا همکاری کردند.", "تابناک", day=1)),
                  encode_article(one_fact("b", "همکاری ژاپن و آمریکا ادامه دارد.", "تابناک", day=3))])
    before = derived(new_store)
    x = one_fact("c", "ژاپن و آمریکا باز هم همکاری کردند.", "تابناک", day=2)
    x = Extraction(x.article, x.entities, x.mentions, (Fact(*KEY, (), 0.6, x.facts[0].evidence),), x.sources)
    change = writer.deriver.plan([encode_article(x)], {})
    fact = f"<{fact_iri(KEY)}>"
    assert not change.ops and not change.deletes
    assert [line for line in change.inserts if fact in line or "cooperatesWith" in line] == []
    assert derived(new_store) == before  # planning writes nothing


def test_a_crash_before_the_seals_is_repaired(tmp_path, monkeypatch) -> None:
    """Bulk write, step 3 never runs: the next writer drops the batch's new graphs and rebuilds the
    derived graph (whose deletes and inserts for the batch were already applied)."""
    path = tmp_path / "s"
    with open_store(path, create=True) as s:
        write(s, one_fact("kept", "ژاپن و آمریکا همکاری کردند.", "تابناک"),
              one_fact("also", "همکاری ژاپن و آمریکا ادامه دارد.", "ایسنا"))
        before = derived(s)
        kept = sorted(str(q) for q in s.quads() if "/article/" in str(q))
        real = type(s).update

        def crash_at_the_seals(self, sparql: str) -> None:
            if "contentHash" in sparql and "DELETE DATA" in sparql:  # step 3: seals, marks cleared
                raise KeyboardInterrupt("kill -9")
            real(self, sparql)

        monkeypatch.setattr(type(s), "update", crash_at_the_seals)
        with pytest.raises(KeyboardInterrupt):
            write(s, one_fact("lost", "ژاپن و آمریکا رزمایش مشترک برگزار کردند.", "ایرنا", day=9))
        monkeypatch.undo()
        assert s.pending() == [article_iri("lost")]
        assert derived(s) != before  # the batch's derived change is half in
    with open_store(path, create=True) as s:
        assert s.recovered == ["lost"]
        assert s.article_ids() == ["also", "kept"] and not s.pending()
        assert sorted(str(q) for q in s.quads() if "/article/" in str(q)) == kept
        assert derived(s) == before


def role(aid: str, person: Entity, day: dt.date) -> Extraction:
    text = f"{person.label} وزیر دفاع ژاپن شد."
    fact = Fact(person.id, "ministerOf", "Q17", "occurred", (("portfolio", "defense"),), 0.9,
                (Evidence(aid, text, 0, len(text), 0.9),))
    return Extraction(Article(aid, text, published=day), (person, COUNTRIES[1]), (), (fact,), ())


def test_newer_holder_closes_the_older_holding(new_store) -> None:
    a, b = PEOPLE[0], PEOPLE[1]
    write(new_store, role("r1", a, dt.date(2031, 1, 10)))
    write(new_store, role("r2", a, dt.date(2031, 6, 1)))  # later evidence: the holding starts at the earliest
    write(new_store, role("r3", b, dt.date(2032, 2, 1)))
    rows = new_store.query(f"""SELECT ?who ?from ?to WHERE {{ GRAPH <{DERIVED_GRAPH}> {{
        <https://w3id.org/peyvand/id/post/Q17/ministerOf/defense> pv:holding ?h .
        ?h pv:holder ?who ; pv:validFrom ?from . OPTIONAL {{ ?h pv:validTo ?to }}
        FILTER(?from >= "2031-01-01"^^xsd:date) }} }}""").values()
    got = sorted((r["who"].rsplit("/", 1)[1], r["from"], r.get("to")) for r in rows)
    assert got == [(a.id, "2031-01-10", "2032-02-01"), (b.id, "2032-02-01", None)]


def test_reingesting_unchanged_article_is_a_no_op(tmp_path) -> None:
    x = one_fact("a", "ژاپن و آمریکا همکاری کردند.", "تابناک")
    with open_store(tmp_path / "s", create=True) as s:
        write(s, x)
        before = sorted(str(q) for q in s.quads())
        writer = GraphWriter(s)
        enc = encode_article(x)
        assert writer.unchanged(enc.id, enc.content_hash)
        writer.write([enc])  # written again anyway: replaced, not doubled
        assert sorted(str(q) for q in s.quads()) == before


def test_interrupted_bulk_write_is_dropped_and_reported(tmp_path) -> None:
    """A crash after the bulk load and before the seal: the next writer drops the graph, keeps the rest."""
    import pyoxigraph as ox

    path = tmp_path / "s"
    with open_store(path, create=True) as s:
        write(s, one_fact("kept", "ژاپن و آمریکا همکاری کردند.", "تابناک"))
        kept = sorted(str(q) for q in s.quads() if "/article/kept" in str(q))
        half = encode_article(one_fact("half", "متن نیمه‌کاره.", "ایسنا"))
        # the first two steps of OxigraphStore.write_batch(bulk=True), then "kill -9"
        s.store.load(s._markers([half]).replace(" .\n", " <https://w3id.org/peyvand/id/graph/meta> .\n").encode(),
                     format=ox.RdfFormat.N_QUADS)
        s.store.bulk_load(half.nquads(seal=False).encode(), format=ox.RdfFormat.N_QUADS)
    with open_store(path) as s:  # a reader sees the store as it is
        assert s.pending() == [article_iri("half")]
    with open_store(path, create=True) as s:  # a writer repairs it
        assert s.recovered == ["half"]
        assert s.article_ids() == ["kept"] and not s.pending()
        assert sorted(str(q) for q in s.quads() if "/article/kept" in str(q)) == kept
        assert corroboration(s, KEY) == 1

"""Composition of peyvand's stages; no logic of its own.

inputs → ``get_extractor("rules.v1", load_kb())`` → RDF quads → store (one
update per batch of articles) → derived graph. A bad input is reported with
its E-code and the batch goes on; what is already stored is never lost.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from .errors import InputError, PeyvandError
from .inputs import article_from_text, iter_articles
from .records import Article

#: Articles written per SPARQL update (each update is atomic).
BATCH = 64
DEMO_ARTICLE = "seed-tabnak-us-japan-defense"


@dataclass
class IngestReport:
    """What an ingest did: article ids stored, failures with their error, facts stored."""

    ingested: list[str] = field(default_factory=list)
    failed: list[tuple[str, PeyvandError]] = field(default_factory=list)
    facts: int = 0


def ingest(
    articles: Iterable[Article | InputError],
    store_location: str | os.PathLike[str],
    *,
    extractor: str = "rules.v1",
    on_error: Callable[[str, PeyvandError], None] | None = None,
    batch: int = BATCH,
) -> IngestReport:
    """Extract each article and store its graph (replacing an earlier one); rebuild the derived graph."""
    from .graph.rdf import extraction_quads
    from .graph.store import open_store
    from .ingest import get_extractor
    from .ontology import article_iri
    from .ontology.kb import load_kb

    report = IngestReport()

    def failed(name: str, err: PeyvandError) -> None:
        report.failed.append((name, err))
        if on_error:
            on_error(name, err)

    ext = get_extractor(extractor, load_kb())
    with open_store(store_location, create=True) as store:
        pending: dict[str, list] = {}
        for item in articles:
            if isinstance(item, PeyvandError):
                failed(str(item.fields.get("path", item.fields.get("value", "?"))), item)
                continue
            name = item.origin or item.id
            try:
                x = ext.extract(item)
                pending[article_iri(item.id)] = extraction_quads(x)
            except PeyvandError as err:
                failed(name, err)
                continue
            except Exception as exc:  # an extractor bug must not stop the batch
                failed(name, PeyvandError("E010", path=name, detail=f"{type(exc).__name__}: {exc}"))
                continue
            report.ingested.append(item.id)
            report.facts += len(x.facts)
            if len(pending) >= batch:
                store.replace_graphs(pending)
                pending = {}
        if pending:
            store.replace_graphs(pending)
        store.rebuild_derived()
    return report


def ingest_paths(paths: Iterable[str], store_location: str | os.PathLike[str], *, date: str | None = None,
                 outlet: str | None = None, **kw: object) -> IngestReport:
    """:func:`ingest` over files and folders of ``.txt`` articles."""
    return ingest(iter_articles(paths, date=date, outlet=outlet), store_location, **kw)  # type: ignore[arg-type]


def bundled_article() -> Article:
    """The demo article shipped in ``peyvand/corpus`` with its metadata."""
    folder = resources.files("peyvand").joinpath("corpus")
    try:
        text = folder.joinpath(f"{DEMO_ARTICLE}.txt").read_text(encoding="utf-8")
        meta = json.loads(folder.joinpath(f"{DEMO_ARTICLE}.json").read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise PeyvandError("E303", path=f"peyvand/corpus/{DEMO_ARTICLE}.txt") from None
    return article_from_text(text, meta["id"], date=meta.get("published"), outlet=meta.get("outlet"),
                             title=meta.get("title"), origin=f"peyvand/corpus/{DEMO_ARTICLE}.txt")


@dataclass
class DemoResult:
    out: Path
    report: IngestReport
    stats: str
    chain: list[dict]
    html: Path


def demo(out: str | os.PathLike[str] = "peyvand-demo",
         on_error: Callable[[str, PeyvandError], None] | None = None) -> DemoResult:
    """Ingest the bundled article into ``out/store`` and write facts.jsonl, graph.trig and graph.html."""
    from .graph.export import write_export
    from .graph.query import source_chain
    from .graph.render import write_html
    from .graph.stats import compute_stats
    from .graph.store import open_store

    folder = Path(out)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise PeyvandError("E401", path=str(folder), detail=exc.strerror or str(exc)) from exc
    article = bundled_article()
    report = ingest([article], folder / "store", on_error=on_error)
    with open_store(folder / "store") as store:
        with open(folder / "facts.jsonl", "wb") as f:
            write_export(store, "jsonl", f)
        with open(folder / "graph.trig", "wb") as f:
            write_export(store, "trig", f)
        html = write_html(store, folder / "graph.html")
        stats = compute_stats(store).format()
        chain = source_chain(store, article.id)
    return DemoResult(folder, report, stats, chain, html)


__all__ = ["BATCH", "DemoResult", "IngestReport", "bundled_article", "demo", "ingest", "ingest_paths"]

"""Composition of peyvand's stages; no logic of its own.

inputs → extraction (here, in a process pool with ``workers``, or on a Dask
cluster) → encoded article graphs → ONE writer (a thread: article graphs,
then the derived graph for what each batch touched). A bad input is reported
with its E-code and the batch goes on; what is already stored is never lost;
an article already stored with the same content is skipped (``force`` to
extract it again).
"""

from __future__ import annotations

import gc
import json
import os
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import InputError, PeyvandError
from .inputs import article_from_text, iter_articles
from .records import Article, article_hash

#: Articles per write batch (each batch is atomic; the derived graph is updated per batch).
BATCH = 256
#: Articles per write batch when new graphs are bulk-loaded into a local store (at most; the writer
#: writes from BATCH articles on when a larger load would take the process past
#: graph.writer.MEMORY_TARGET). Each bulk load adds files that RocksDB then merges into the store in
#: background threads, at a cost that grows with the store; fewer, larger loads merge less (10k
#: synthetic articles on one core, CPU besides extraction and the writer thread: 10.9 ms/article with
#: 256, 6.8 with 1,024). Articles reach the writer BATCH at a time and wait for the load in a temporary
#: file, not in memory (GraphWriter.stage); the bulk loader itself holds ≈130 KB per article.
BULK_BATCH = 1024
#: Articles per extraction task sent to a worker process or a Dask worker.
CHUNK = 16
#: Allocations between young-generation collections during an ingest (Python's default is 700).
#: Extraction allocates and frees thousands of short-lived objects per article; collecting every
#: 700 of them cost ≈1 ms/article in collections that find next to nothing (benchmarks/ingest.py).
GC_THRESHOLD = 10_000
DEMO_ARTICLE = "seed-tabnak-us-japan-defense"


@dataclass
class IngestReport:
    """What an ingest did: article ids stored, skipped as unchanged, failures, facts, timings."""

    ingested: list[str] = field(default_factory=list)
    failed: list[tuple[str, PeyvandError]] = field(default_factory=list)
    facts: int = 0
    unchanged: list[str] = field(default_factory=list)
    recovered: list[str] = field(default_factory=list)  # incomplete graphs of an interrupted ingest, dropped
    seconds: float = 0.0
    seconds_extract: float = 0.0  # CPU time of extraction (summed over workers)
    seconds_graphs: float = 0.0  # writing article graphs and the derived change
    seconds_derived: float = 0.0  # reading the store and computing the derived change
    cpu_writer: float = 0.0  # CPU time of the writer thread (graphs and derived)
    triples: int = 0


# --- extraction, wherever it runs ---------------------------------------------------------

_EXTRACTORS: dict[str, Any] = {}
_LOCK = threading.Lock()


def _extractor(name: str) -> Any:
    """The extractor ``name`` of this process, built once (hazm objects and the KB are expensive)."""
    with _LOCK:
        ext = _EXTRACTORS.get(name)
        if ext is None:
            from .ingest import get_extractor
            from .ontology.kb import load_kb

            ext = _EXTRACTORS[name] = (get_extractor(name, load_kb()), threading.Lock())
            # The KB, lexicons and hazm's word list live as long as the process: move them (and
            # whatever else exists now) out of the collector's reach, so that full collections
            # during an ingest stop walking them again and again (≈1.5 ms/article at 2k articles).
            gc.collect()
            gc.freeze()
        return ext


def _warm(name: str) -> None:
    """Process-pool initializer: build the extractor before the first task."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    _extractor(name)
    gc.set_threshold(max(gc.get_threshold()[0], GC_THRESHOLD), *gc.get_threshold()[1:])  # a worker only extracts


def extract_chunk(name: str, items: list[tuple[Article, str]]) -> tuple[list[Any], float]:
    """Extract and encode articles (pure; runs in worker processes and on Dask workers).

    Returns, in order, an :class:`~peyvand.graph.rdf.EncodedArticle` or
    ``(name, code, fields)`` of an error for each article, and the CPU seconds spent.
    """
    from .graph.rdf import encode_article

    ext, lock = _extractor(name)
    out: list[Any] = []
    t0 = time.thread_time()
    for article, h in items:
        where = article.origin or article.id
        try:
            with lock:  # Dask threads share one extractor; processes each have their own
                x = ext.extract(article)
            out.append(encode_article(x, h))
        except PeyvandError as err:
            out.append((where, err.code, err.fields))
        except Exception as exc:  # noqa: BLE001 - an extractor bug must not stop the batch
            out.append((where, "E010", {"path": where, "detail": f"{type(exc).__name__}: {exc}"}))
    return out, time.thread_time() - t0


class _Local:
    """Extraction in this process."""

    def __init__(self, name: str) -> None:
        self.name = name
        _extractor(name)

    def run(self, chunks: Iterator[list[tuple[Article, str]]]) -> Iterator[tuple[list[Any], float]]:
        for chunk in chunks:
            yield extract_chunk(self.name, chunk)

    def close(self) -> None:
        pass


class _Pool:
    """Extraction in ``n`` worker processes (forkserver: no fork of a threaded parent)."""

    def __init__(self, name: str, n: int) -> None:
        import multiprocessing as mp
        from concurrent.futures import ProcessPoolExecutor

        method = "forkserver" if "forkserver" in mp.get_all_start_methods() else "spawn"
        self.name = name
        self.n = n
        self.pool = ProcessPoolExecutor(max_workers=n, mp_context=mp.get_context(method), initializer=_warm,
                                        initargs=(name,))

    def run(self, chunks: Iterator[list[tuple[Article, str]]]) -> Iterator[tuple[list[Any], float]]:
        window: deque = deque()
        for chunk in chunks:
            window.append(self.pool.submit(extract_chunk, self.name, chunk))
            if len(window) >= 3 * self.n:
                yield window.popleft().result()
        while window:
            yield window.popleft().result()

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


class _Dask:
    """Extraction on a Dask distributed cluster (its workers need peyvand installed)."""

    def __init__(self, name: str, address: Any) -> None:
        try:
            from distributed import Client
        except ImportError as exc:
            raise PeyvandError("E108", url=str(address),
                               detail="the 'distributed' package is not installed: pip install 'peyvand[dask]'") from exc
        self.name = name
        self.own = not hasattr(address, "submit")
        if self.own and str(address).startswith("tcp://"):  # fail fast on a refused connection
            import socket
            from urllib.parse import urlsplit

            parts = urlsplit(str(address))
            try:
                socket.create_connection((parts.hostname or "127.0.0.1", parts.port or 8786), timeout=5).close()
            except OSError as exc:
                raise PeyvandError("E108", url=str(address), detail=exc.strerror or str(exc)) from exc
        try:
            self.client = Client(address, timeout="20s") if self.own else address
            self.n = max(1, sum(self.client.nthreads().values()))
        except (OSError, TimeoutError) as exc:
            raise PeyvandError("E108", url=str(address), detail=str(exc).splitlines()[0] if str(exc) else type(exc).__name__) from exc

    def run(self, chunks: Iterator[list[tuple[Article, str]]]) -> Iterator[tuple[list[Any], float]]:
        window: deque = deque()
        for chunk in chunks:
            window.append(self.client.submit(extract_chunk, self.name, chunk, pure=False))
            if len(window) >= 3 * self.n:
                yield window.popleft().result()
        while window:
            yield window.popleft().result()

    def close(self) -> None:
        if self.own:
            self.client.close()


def _progress(enabled: bool, total: int | None) -> Any:
    from tqdm import tqdm

    return tqdm(total=total, unit="article", disable=not enabled, file=sys.stderr, dynamic_ncols=True,
                smoothing=0.1, mininterval=0.5)


def ingest(
    articles: Iterable[Article | InputError],
    store_location: str | os.PathLike[str],
    *,
    extractor: str = "rules.v1",
    on_error: Callable[[str, PeyvandError], None] | None = None,
    batch: int | None = None,
    workers: int = 0,
    dask: Any = None,
    progress: bool = False,
    total: int | None = None,
    force: bool = False,
    bulk: bool | None = None,
) -> IngestReport:
    """Extract each article and store its graph (replacing an earlier version); update the derived graph.

    ``workers`` > 1 extracts in that many processes; ``dask`` (a scheduler
    address or a ``distributed.Client``) extracts on a Dask cluster. One
    writer thread stores the results in input order. ``force`` extracts
    articles again even if the store holds them with the same content.
    ``bulk`` (default: on for a local store) bulk-loads new article graphs.
    ``batch``: articles per write batch (default: :data:`BULK_BATCH` when
    bulk-loading, else :data:`BATCH`).
    """
    report = IngestReport()
    t_start = time.perf_counter()
    thresholds = gc.get_threshold()
    gc.set_threshold(max(thresholds[0], GC_THRESHOLD), *thresholds[1:])
    try:
        _ingest(articles, store_location, report, extractor=extractor, on_error=on_error, batch=batch, workers=workers,
                dask=dask, progress=progress, total=total, force=force, bulk=bulk)
    finally:
        gc.set_threshold(*thresholds)
    report.seconds = time.perf_counter() - t_start
    return report


def _ingest(articles: Iterable[Article | InputError], store_location: str | os.PathLike[str], report: IngestReport, *,
            extractor: str, on_error: Callable[[str, PeyvandError], None] | None, batch: int | None, workers: int, dask: Any,
            progress: bool, total: int | None, force: bool, bulk: bool | None) -> None:
    """:func:`ingest`'s body (run with the collector's thresholds raised)."""
    from .graph.store import open_store
    from .graph.writer import BackgroundWriter, GraphWriter

    def failed(name: str, err: PeyvandError) -> None:
        report.failed.append((name, err))
        if on_error:
            on_error(name, err)

    # the extraction backend first: worker processes must start before this process has threads
    if dask is not None:
        backend: Any = _Dask(extractor, dask)
    elif workers and workers > 1:
        backend = _Pool(extractor, workers)
    else:
        backend = _Local(extractor)
    try:
        with open_store(store_location, create=True) as store:
            report.recovered = list(getattr(store, "recovered", []))
            writer = GraphWriter(store, bulk=bulk)
            if batch is None:
                batch = BULK_BATCH if writer.bulk else BATCH
            # articles are handed to the writer BATCH at a time (or fewer) and written ``batch`` at a time:
            # at most 6 × BATCH articles in memory in all, counting the batch being written and the one
            # being filled (each article holds ≈50 KB of N-Triples)
            unit = min(batch, BATCH)
            bg = BackgroundWriter(writer, depth=max(1, (6 * BATCH - batch) // unit - 1), group=batch,
                                  floor=BATCH)
            bar = _progress(progress, total)
            pending: list[Any] = []
            try:
                def chunks() -> Iterator[list[tuple[Article, str]]]:
                    chunk: list[tuple[Article, str]] = []
                    for item in articles:
                        if isinstance(item, PeyvandError):
                            failed(str(item.fields.get("path", item.fields.get("url", item.fields.get("value", "?")))), item)
                            bar.update(1)
                            continue
                        h = article_hash(item, extractor)
                        if not force and writer.unchanged(item.id, h):
                            report.unchanged.append(item.id)
                            bar.update(1)
                            continue
                        chunk.append((item, h))
                        if len(chunk) >= CHUNK:
                            yield chunk
                            chunk = []
                    if chunk:
                        yield chunk

                for results, cpu in backend.run(chunks()):
                    report.seconds_extract += cpu
                    for r in results:
                        if isinstance(r, tuple):
                            failed(r[0], PeyvandError(r[1], **r[2]))
                            continue
                        report.ingested.append(r.id)
                        report.facts += r.extracted
                        pending.append(r)
                    bar.update(len(results))
                    if len(pending) >= unit:
                        bg.submit(pending)
                        pending = []
                if pending:
                    bg.submit(pending)
            finally:
                bar.close()
                bg.close()
            report.seconds_graphs = writer.seconds_graphs
            report.seconds_derived = writer.seconds_derived
            report.cpu_writer = writer.cpu
            report.triples = writer.triples
    finally:
        backend.close()


def ingest_paths(paths: Iterable[str], store_location: str | os.PathLike[str], *, date: str | None = None,
                 outlet: str | None = None, input_format: str = "auto", timeout: float | None = None,
                 **kw: Any) -> IngestReport:
    """:func:`ingest` over files, folders, feeds and URLs (see :mod:`peyvand.ingest.readers`)."""
    extra = {"timeout": timeout} if timeout is not None else {}
    return ingest(iter_articles(paths, date=date, outlet=outlet, fmt=input_format, **extra), store_location, **kw)


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


__all__ = ["BATCH", "BULK_BATCH", "CHUNK", "DemoResult", "IngestReport", "bundled_article", "demo", "extract_chunk", "ingest", "ingest_paths"]

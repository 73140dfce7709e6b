"""The one writer of an ingest: batches of encoded articles → article graphs → derived graph.

For each batch it (1) reads what the graphs it replaces held, (2) computes
the change the batch makes to the derived graph, from the batch's records
and point reads of the store as it is before the batch (:meth:`Deriver.plan
<peyvand.graph.derive.Deriver.plan>`), then (3) writes the article graphs and
that change together (:meth:`~peyvand.graph.store._StoreBase.write_batch`:
one atomic update on a SPARQL server; on a local store new graphs and the
derived inserts in one bulk load, between transactions that mark the batch
pending and then seal it). An interrupted batch is found and repaired by the
next writer (:meth:`~peyvand.graph.store._StoreBase.recover`).

:class:`BackgroundWriter` runs a :class:`GraphWriter` in a thread, so that
writing (mostly Rust, outside the GIL) overlaps extraction.
"""

from __future__ import annotations

import dataclasses
import queue
import tempfile
import threading
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING, BinaryIO

from .derive import Deriver
from .rdf import EncodedArticle

if TYPE_CHECKING:
    from .store import _StoreBase


#: Resident memory (bytes) a :class:`BackgroundWriter` keeps its bulk loads under: it writes the staged
#: articles before the bulk loader's buffers (≈ :data:`LOADER_BYTES_PER_QUAD` per quad) would take the
#: process past it. Larger loads mean less RocksDB compaction; at the start of a large ingest there is
#: room for them, later (the store's indexes and caches grow) batches shrink back to the smallest ones.
MEMORY_TARGET = 800 * 2**20
#: What Oxigraph's bulk loader holds per quad while loading (parsed quads, their encodings, id → string).
LOADER_BYTES_PER_QUAD = 800


def _rss() -> int | None:
    """Resident memory of this process in bytes (None where /proc is not there)."""
    try:
        with open("/proc/self/statm", "rb") as f:
            return int(f.read().split()[1]) * _PAGE
    except (OSError, ValueError, IndexError):
        return None


try:
    import os as _os

    _PAGE = _os.sysconf("SC_PAGE_SIZE")
except (AttributeError, ValueError, OSError):  # pragma: no cover - not POSIX
    _PAGE = 4096


class GraphWriter:
    """Writes batches of :class:`~peyvand.graph.rdf.EncodedArticle` into a store."""

    def __init__(self, store: _StoreBase, *, bulk: bool | None = None) -> None:
        from .store import OxigraphStore

        self.store = store
        #: bulk-load new graphs (oxigraph.v1 only; see OxigraphStore.write_batch)
        self.bulk = isinstance(store, OxigraphStore) and (bulk is None or bulk)
        self.hashes: dict[str, str] = store.content_hashes()
        self.deriver = Deriver(store)
        self.articles = 0
        self.triples = 0
        self.seconds_graphs = 0.0  # writing: article graphs and the derived change
        self.seconds_derived = 0.0  # reading and computing the derived change
        self.cpu = 0.0  # CPU time of the thread that wrote
        self._staged: dict[str, EncodedArticle] = {}
        self._spool: BinaryIO | None = None
        self.staged_triples = 0  # triples of the staged articles

    def unchanged(self, article_id: str, content_hash: str) -> bool:
        """Whether the store holds this article with the same content hash already."""
        return bool(content_hash) and self.hashes.get(article_id) == content_hash

    def write(self, batch: Sequence[EncodedArticle]) -> None:
        """Write one batch (the same article id twice: the later one wins)."""
        by_id: dict[str, EncodedArticle] = {}
        for e in batch:
            by_id.pop(e.id, None)
            by_id[e.id] = e
        self._write(list(by_id.values()), None)

    # --- staged writes: a large batch without its text in memory --------------------------
    def stage(self, batch: Sequence[EncodedArticle]) -> None:
        """Add articles to the batch that :meth:`write_staged` writes (the same article id twice: the later one wins).

        When bulk-loading, a new article's N-Quads go to a temporary file at
        once and only its summary stays in memory, so a large batch (fewer,
        larger bulk loads: less RocksDB compaction) costs little memory. An
        article already staged is written first (then replaced by the later one).
        """
        c0 = time.thread_time()
        for e in batch:
            if e.id in self._staged:
                self.cpu += time.thread_time() - c0
                self.write_staged()
                c0 = time.thread_time()
            if self.bulk and e.id not in self.hashes:
                if self._spool is None:
                    self._spool = tempfile.TemporaryFile()
                self._spool.write(e.nquads(seal=False).encode("utf-8", "replace"))
                e = dataclasses.replace(e, body="")  # its text is in the spool
            self._staged[e.id] = e
            self.staged_triples += e.triples
        self.cpu += time.thread_time() - c0

    @property
    def staged(self) -> int:
        """Articles staged and not written yet."""
        return len(self._staged)

    def write_staged(self) -> None:
        """Write the staged articles as one batch."""
        items, spool = list(self._staged.values()), self._spool
        self._staged, self._spool, self.staged_triples = {}, None, 0
        try:
            self._write(items, spool)
        finally:
            if spool is not None:
                spool.close()

    def _write(self, items: list[EncodedArticle], spool: BinaryIO | None) -> None:
        """Write articles with distinct ids (``spool``: the N-Quads of the new ones, whose ``body`` is then empty)."""
        if not items:
            return
        replaced = [e for e in items if e.id in self.hashes]
        new = [e for e in items if e.id not in self.hashes]
        t0 = time.perf_counter()
        c0 = time.thread_time()
        old = self.deriver.old_info([e.iri for e in replaced]) if replaced else {}
        change = self.deriver.plan(items, old)
        t1 = time.perf_counter()
        self.store.write_batch(new, replaced, change, bulk=self.bulk, spool=spool)
        for e in items:
            self.hashes[e.id] = e.content_hash
        t2 = time.perf_counter()
        self.articles += len(items)
        self.triples += sum(e.triples for e in items)
        self.seconds_derived += t1 - t0
        self.seconds_graphs += t2 - t1
        self.cpu += time.thread_time() - c0


class BackgroundWriter:
    """A :class:`GraphWriter` in its own thread: ``submit`` batches, ``close`` to finish (re-raises errors).

    Submitted batches are staged (:meth:`GraphWriter.stage`) and written
    together once ``group`` articles are staged, or earlier, once ``floor``
    are, if the bulk loader would take the process past ``memory`` bytes
    with more (the last group may be smaller): the caller hands over small
    batches, so that few articles wait in the queue, while the store gets
    large writes.
    """

    def __init__(self, writer: GraphWriter, depth: int = 4, group: int = 1, floor: int | None = None,
                 memory: int = MEMORY_TARGET) -> None:
        self.writer = writer
        self.group = group
        self.floor = group if floor is None else min(floor, group)
        self.memory = memory
        self._queue: queue.Queue[Sequence[EncodedArticle] | None] = queue.Queue(maxsize=depth)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="peyvand-writer", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while True:
            batch = self._queue.get()
            if self._error is None:
                try:
                    if batch is not None:
                        self.writer.stage(batch)
                    if batch is None or self._due(len(batch)):
                        self.writer.write_staged()
                except BaseException as exc:  # noqa: BLE001 - handed to the caller in submit/close
                    self._error = exc
            if batch is None:
                return

    def _due(self, unit: int) -> bool:
        """Whether to write the staged articles now (``unit``: articles per hand-over)."""
        n = self.writer.staged
        if n >= self.group:
            return True
        if n < self.floor or not self.writer.bulk:
            return False
        rss = _rss()
        if rss is None:
            return True
        per_article = self.writer.staged_triples / max(1, n)
        return rss + (n + unit) * per_article * LOADER_BYTES_PER_QUAD > self.memory

    def submit(self, batch: Sequence[EncodedArticle]) -> None:
        if self._error is not None:
            self._raise()
        self._queue.put(list(batch))

    def close(self) -> None:
        self._queue.put(None)
        self._thread.join()
        if self._error is not None:
            self._raise()

    def _raise(self) -> None:
        err, self._error = self._error, None
        assert err is not None
        raise err


__all__ = ["LOADER_BYTES_PER_QUAD", "MEMORY_TARGET", "BackgroundWriter", "GraphWriter"]

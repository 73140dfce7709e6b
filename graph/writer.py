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

import queue
import threading
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .derive import Deriver
from .rdf import EncodedArticle

if TYPE_CHECKING:
    from .store import _StoreBase


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

    def unchanged(self, article_id: str, content_hash: str) -> bool:
        """Whether the store holds this article with the same content hash already."""
        return bool(content_hash) and self.hashes.get(article_id) == content_hash

    def write(self, batch: Sequence[EncodedArticle]) -> None:
        """Write one batch (the same article id twice: the later one wins)."""
        by_id: dict[str, EncodedArticle] = {}
        for e in batch:
            by_id.pop(e.id, None)
            by_id[e.id] = e
        items = list(by_id.values())
        if not items:
            return
        replaced = [e for e in items if e.id in self.hashes]
        new = [e for e in items if e.id not in self.hashes]
        t0 = time.perf_counter()
        c0 = time.thread_time()
        old = self.deriver.old_info([e.iri for e in replaced]) if replaced else {}
        change = self.deriver.plan(items, old)
        t1 = time.perf_counter()
        self.store.write_batch(new, replaced, change, bulk=self.bulk)
        for e in items:
            self.hashes[e.id] = e.content_hash
        t2 = time.perf_counter()
        self.articles += len(items)
        self.triples += sum(e.triples for e in items)
        self.seconds_derived += t1 - t0
        self.seconds_graphs += t2 - t1
        self.cpu += time.thread_time() - c0


class BackgroundWriter:
    """A :class:`GraphWriter` in its own thread: ``submit`` batches, ``close`` to finish (re-raises errors)."""

    def __init__(self, writer: GraphWriter, depth: int = 4) -> None:
        self.writer = writer
        self._queue: queue.Queue[Sequence[EncodedArticle] | None] = queue.Queue(maxsize=depth)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="peyvand-writer", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while True:
            batch = self._queue.get()
            if batch is None:
                return
            if self._error is None:
                try:
                    self.writer.write(batch)
                except BaseException as exc:  # noqa: BLE001 - handed to the caller in submit/close
                    self._error = exc

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


__all__ = ["BackgroundWriter", "GraphWriter"]

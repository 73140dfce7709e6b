"""Where the graph lives: a :class:`Store` component chosen by a versioned name.

* ``oxigraph.v1`` — a pyoxigraph store in a folder on disk;
* ``sparql.v1`` — a SPARQL 1.1 server over HTTP (Protocol + Update), such as
  ``oxigraph serve``, reached with the standard library.

Both take the same code path for writes: replacing articles' graphs is ONE
SPARQL update (``DROP SILENT GRAPH <g> ; INSERT DATA { GRAPH <g> { … } }``), so
it is atomic on both and re-ingesting an article replaces its graph. The
store also holds ``pvid:graph/kb`` (the KB, loaded at creation and reloaded
when its hash changes), ``pvid:graph/derived`` (rebuilt after each batch) and
``pvid:graph/meta`` (format version, KB hash).

>>> sorted(STORES)
['oxigraph.v1', 'sparql.v1']
>>> store_kind("http://127.0.0.1:7878"), store_kind("./peyvand-demo/store")
('sparql.v1', 'oxigraph.v1')
>>> get_store_class("neo4j.v1")
Traceback (most recent call last):
...
peyvand.errors.PeyvandError: [E105] Unknown store kind 'neo4j.v1'. Known store kinds: oxigraph.v1, sparql.v1.
"""

from __future__ import annotations

import io
import os
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Protocol, runtime_checkable

import pyoxigraph as ox

from ..errors import PeyvandError, StoreError
from ..ontology import KB_GRAPH, META_GRAPH, PREFIXES, PV_NS, STORE_NODE
from ..ontology.kb import kb_hash, kb_quads
from .rdf import EncodedArticle, N, P, replace_graphs_update

if TYPE_CHECKING:
    from .derive import DerivedChange

#: The layout of the store (graphs and IRIs); bumped when it changes.
FORMAT_VERSION = "2"
#: Layouts this peyvand reads; a writer brings an older one up to FORMAT_VERSION.
READABLE_FORMATS = ("1", "2")
_PROLOGUE = "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items())


@dataclass
class Result:
    """A query result, the same for every store kind.

    ``kind`` is ``"select"`` (``variables`` and ``rows`` of pyoxigraph terms or
    ``None``), ``"ask"`` (``boolean``) or ``"graph"`` (``triples``).
    """

    kind: str
    variables: list[str] = field(default_factory=list)
    rows: list[tuple[object, ...]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[ox.Triple] = field(default_factory=list)

    def values(self) -> list[dict[str, object]]:
        """Rows as dicts of plain values (IRIs and literal values as ``str``; unbound omitted)."""
        return [{v: t.value for v, t in zip(self.variables, row) if t is not None} for row in self.rows]  # type: ignore[attr-defined]


def _result(raw: object) -> Result:
    if isinstance(raw, ox.QueryBoolean):
        return Result("ask", boolean=bool(raw))
    if isinstance(raw, ox.QuerySolutions):
        names = [v.value for v in raw.variables]
        return Result("select", names, [tuple(sol[i] for i in range(len(names))) for sol in raw])
    return Result("graph", triples=list(raw))  # type: ignore[call-overload]


@runtime_checkable
class Store(Protocol):
    """What peyvand needs from a store. Implementations: :data:`STORES`."""

    name: str
    location: str

    def query(self, sparql: str, *, union: bool = True) -> Result:
        """Run a SPARQL query (``pv:``, ``pvid:``… predefined); the default graph is the union of all graphs."""
        ...

    def update(self, sparql: str) -> None:
        """Run a SPARQL update atomically."""
        ...

    def quads(self) -> Iterator[ox.Quad]:
        """Every quad of every named graph."""
        ...

    def replace_graphs(self, graphs: Mapping[str, Iterable[ox.Quad]]) -> None:
        """Replace named graphs by the given quads in one atomic update."""
        ...

    def rebuild_derived(self) -> None:
        """Recompute ``pvid:graph/derived`` from the article graphs and the KB."""
        ...

    def flush(self) -> None: ...

    def close(self) -> None: ...


class _StoreBase:
    """The store logic shared by every kind: meta graph, KB, graph replacement."""

    name = "base"
    location = ""

    # provided by the concrete kinds
    def query(self, sparql: str, *, union: bool = True) -> Result:  # pragma: no cover - abstract
        raise NotImplementedError

    def update(self, sparql: str) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def replace_graphs(self, graphs: Mapping[str, Iterable[ox.Quad]]) -> None:
        self.update(replace_graphs_update(graphs))

    def rebuild_derived(self) -> None:
        from .derive import rebuild_derived

        rebuild_derived(self)  # type: ignore[arg-type]

    def meta(self) -> dict[str, str]:
        """The store's ``pvid:graph/meta`` values (empty if the store is not a peyvand store)."""
        r = self.query(
            f"SELECT ?p ?v WHERE {{ GRAPH <{META_GRAPH}> {{ <{STORE_NODE}> ?p ?v }} }}", union=False
        )
        return {row[0].value.rsplit("#", 1)[-1]: row[1].value for row in r.rows}  # type: ignore[union-attr]

    def is_empty(self) -> bool:
        return not self.query("ASK { GRAPH ?g { ?s ?p ?o } }", union=False).boolean

    def _open(self, create: bool) -> None:
        meta = self.meta()
        if not meta:
            if not self.is_empty():
                raise StoreError("E106", path=self.location, detail="it holds RDF but no peyvand meta graph")
            if not create:
                raise StoreError("E101", path=self.location)
        elif meta.get("formatVersion") not in READABLE_FORMATS:
            raise StoreError(
                "E106", path=self.location,
                detail=f"store format {meta.get('formatVersion')!r}, this peyvand reads formats {', '.join(READABLE_FORMATS)}",
            )
        self.recovered: list[str] = []
        if create:
            fresh = meta.get("kbHash") != kb_hash() or meta.get("formatVersion") != FORMAT_VERSION
            if fresh:
                self.load_kb()
            self.recovered = self.recover()
            if fresh or self.recovered:
                self.rebuild_derived()

    # --- batches of articles (graph/writer.py) ----------------------------------------
    def pending(self) -> list[str]:
        """Articles written whose effect on the derived graph is not recorded (an interrupted ingest)."""
        r = self.query(f"SELECT ?a WHERE {{ GRAPH <{META_GRAPH}> {{ <{STORE_NODE}> pv:pendingDerived ?a }} }}",
                       union=False)
        return sorted(row[0].value for row in r.rows)  # type: ignore[union-attr]

    def recover(self) -> list[str]:
        """After an interrupted ingest: drop the article graphs it left incomplete, return their ids.

        Every graph a batch writes is listed as pending in the meta graph before
        (or, in transactional writes, together with) the graph itself, and
        sealed with its ``pv:contentHash`` last. A pending graph without its
        seal was cut short by a crash: it did not exist before the batch (only
        new graphs are bulk-loaded), so dropping it loses nothing stored before.
        The caller then rebuilds the derived graph.
        """
        pending = self.pending()
        if not pending:
            return []
        values = " ".join(f"<{a}>" for a in pending)
        sealed = {row[0].value for row in self.query(  # type: ignore[union-attr]
            f"SELECT ?a WHERE {{ VALUES ?a {{ {values} }} GRAPH ?a {{ ?a pv:contentHash ?h }} }}", union=False).rows}
        broken = [a for a in pending if a not in sealed]
        if broken:
            self.update(" ;\n".join(f"DROP SILENT GRAPH <{a}>" for a in broken))
        from urllib.parse import unquote

        return [unquote(a.rsplit("/article/", 1)[-1]) for a in broken]

    def content_hashes(self) -> dict[str, str]:
        """Article id → its ``pv:contentHash`` ('' for graphs written without one)."""
        r = self.query("""SELECT ?id ?h WHERE { GRAPH ?g { ?g a pv:Article ; pv:articleId ?id
                          OPTIONAL { ?g pv:contentHash ?h } } }""", union=False)
        return {row[0].value: (row[1].value if row[1] is not None else "") for row in r.rows}  # type: ignore[union-attr]

    @staticmethod
    def _markers(batch: Sequence[EncodedArticle]) -> str:
        return "".join(f"<{STORE_NODE}> <{PV_NS}pendingDerived> <{e.iri}> .\n" for e in batch)

    def write_articles(self, new: Sequence[EncodedArticle], replaced: Sequence[EncodedArticle]) -> None:
        """Write article graphs: ``new`` ones (not in the store) and ``replaced`` ones, in one atomic update.

        Every graph is listed as pending (meta graph) in the same update; the
        derived update that follows removes the marks.
        """
        self.update(" ;\n".join(self._articles_ops(new, replaced, marks=True)))

    def _articles_ops(self, new: Sequence[EncodedArticle], replaced: Sequence[EncodedArticle], *,
                      marks: bool) -> list[str]:
        batch = [*new, *replaced]
        if not batch:
            return []
        parts = [f"DROP SILENT GRAPH <{e.iri}>" for e in replaced]
        blocks = [f"GRAPH <{e.iri}> {{\n{e.ntriples()}}}" for e in batch]
        if marks:
            blocks.append(f"GRAPH <{META_GRAPH}> {{\n{self._markers(batch)}}}")
        parts.append("INSERT DATA {\n" + "\n".join(blocks) + "\n}")
        return parts

    def write_batch(self, new: Sequence[EncodedArticle], replaced: Sequence[EncodedArticle],
                    change: DerivedChange, *, bulk: bool = False, spool: BinaryIO | None = None) -> None:
        """Write a batch: its article graphs (``new`` ones and ``replaced`` ones) and the derived change.

        Here ONE atomic update (a SPARQL server: one request, nothing to repair
        after a crash). :class:`OxigraphStore` loads faster, in steps.
        """
        ops = self._articles_ops(new, replaced, marks=False) + change.update_ops()
        if ops:
            self.update(" ;\n".join(ops))

    def load_kb(self) -> None:
        """(Re)load the shipped KB into ``pvid:graph/kb`` and record its hash, in one update."""
        s = N(STORE_NODE)
        g = N(META_GRAPH)
        meta = [
            ox.Quad(s, P.formatVersion, ox.Literal(FORMAT_VERSION), g),
            ox.Quad(s, P.kbHash, ox.Literal(kb_hash()), g),
        ]
        self.replace_graphs({KB_GRAPH: kb_quads(), META_GRAPH: meta})

    def article_ids(self) -> list[str]:
        r = self.query("SELECT ?id WHERE { GRAPH ?g { ?g a pv:Article ; pv:articleId ?id } }", union=False)
        return sorted(row[0].value for row in r.rows)  # type: ignore[union-attr]

    def __enter__(self) -> _StoreBase:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def flush(self) -> None:
        pass

    def close(self) -> None:
        pass


def _trim() -> None:
    """Give the memory the bulk loader freed back to the system (glibc keeps it in its arenas otherwise)."""
    global _MALLOC_TRIM
    if _MALLOC_TRIM is None:
        try:
            import ctypes

            _MALLOC_TRIM = ctypes.CDLL("libc.so.6").malloc_trim
        except (OSError, AttributeError):
            _MALLOC_TRIM = False
    if _MALLOC_TRIM:
        _MALLOC_TRIM(0)


_MALLOC_TRIM: object = None


class _Chunks(io.RawIOBase):
    """A binary stream over byte chunks made on demand (what the bulk loader reads N-Quads from).

    >>> _Chunks(iter([b"ab", b"", b"cde"]), b"f").read()
    b'abcdef'
    """

    def __init__(self, chunks: Iterator[bytes], tail: bytes = b"") -> None:
        super().__init__()
        self._chunks = chunks
        self._tail: bytes | None = tail
        self._buf = memoryview(b"")

    def readable(self) -> bool:
        return True

    def readinto(self, b: bytearray | memoryview) -> int:  # type: ignore[override]
        while not self._buf:
            chunk = next(self._chunks, None)
            if chunk is None:
                chunk, self._tail = self._tail, None
                if chunk is None:
                    return 0
            self._buf = memoryview(chunk)
        n = min(len(b), len(self._buf))
        b[:n] = self._buf[:n]
        self._buf = self._buf[n:]
        return n


class OxigraphStore(_StoreBase):
    """``oxigraph.v1``: a pyoxigraph (RocksDB) store in a folder.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d, OxigraphStore(d + "/s", create=True) as st:
    ...     st.meta()["formatVersion"]
    '2'
    """

    name = "oxigraph.v1"

    def __init__(self, location: str | os.PathLike[str], *, create: bool = False) -> None:
        path = Path(location)
        self.location = str(path)
        if path.exists() and not path.is_dir():
            raise StoreError("E106", path=self.location, detail="it is a file, not a folder")
        if path.is_dir() and any(path.iterdir()) and not (path / "CURRENT").exists():
            raise StoreError("E106", path=self.location, detail="the folder holds other files")
        if not create and not (path / "CURRENT").exists():
            raise StoreError("E101", path=self.location)
        try:
            self._store: ox.Store | None = ox.Store(str(path))
        except OSError as exc:
            if "lock" in str(exc).lower():
                raise StoreError("E102", path=self.location, detail=str(exc).splitlines()[0]) from exc
            raise StoreError("E106", path=self.location, detail=str(exc).splitlines()[0]) from exc
        self._open(create)

    @property
    def store(self) -> ox.Store:
        if self._store is None:
            raise StoreError("E101", path=self.location)
        return self._store

    def query(self, sparql: str, *, union: bool = True) -> Result:
        try:
            raw = self.store.query(sparql, prefixes=PREFIXES, use_default_graph_as_union=union)
            return _result(raw)
        except SyntaxError as exc:
            raise PeyvandError("E201", detail=str(exc)) from exc

    def update(self, sparql: str) -> None:
        try:
            self.store.update(sparql, prefixes=PREFIXES)
        except SyntaxError as exc:
            raise PeyvandError("E201", detail=str(exc)) from exc
        except OSError as exc:
            raise StoreError("E106", path=self.location, detail=str(exc)) from exc

    def quads(self) -> Iterator[ox.Quad]:
        for q in self.store:
            if not isinstance(q.graph_name, ox.DefaultGraph):
                yield q

    def write_articles(self, new: Sequence[EncodedArticle], replaced: Sequence[EncodedArticle]) -> None:
        """As :meth:`_StoreBase.write_articles`; new graphs and their marks in one transactional load."""
        if new:
            text = "".join(e.nquads() for e in new) + self._markers(new).replace(" .\n", f" <{META_GRAPH}> .\n")
            self._load(text, new, bulk=False)
        if replaced:
            super().write_articles((), replaced)

    def _load(self, text: str | _Chunks, batch: Sequence[EncodedArticle], *, bulk: bool) -> None:
        try:
            if bulk:
                data = text if isinstance(text, _Chunks) else text.encode("utf-8", "replace")
                self.store.bulk_load(data, format=ox.RdfFormat.N_QUADS)
            else:
                self.store.load(text.encode("utf-8", "replace"), format=ox.RdfFormat.N_QUADS)
        except SyntaxError as exc:
            raise StoreError("E107", value=batch[0].id if batch else "?", detail=str(exc)) from exc
        except OSError as exc:
            raise StoreError("E106", path=self.location, detail=str(exc)) from exc

    def write_batch(self, new: Sequence[EncodedArticle], replaced: Sequence[EncodedArticle],
                    change: DerivedChange, *, bulk: bool = False, spool: BinaryIO | None = None) -> None:
        """As :meth:`_StoreBase.write_batch`, with Oxigraph's loaders.

        ``bulk=False``: the graphs and their pending marks in one transaction
        (:meth:`write_articles`), then the derived change with the marks cleared
        in another. ``bulk=True`` (much faster; the bulk loader is no
        transaction): (1) the pending marks and the derived change's deletes in
        one transaction; (2) the new graphs, unsealed, and the derived inserts
        through the bulk loader, in one call; (3) the replaced graphs
        (``DROP`` + ``INSERT``: an old version is never lost), the new graphs'
        seals and the marks cleared, in one transaction. After a crash before
        (3) the next writer finds the marks, drops the unsealed graphs (only new
        ones: bulk loading only adds quads, so nothing stored before is
        touched) and rebuilds the derived graph (:meth:`recover`). ``spool``:
        the new graphs' N-Quads (unsealed) in a file, when their records were
        kept without their text (:meth:`GraphWriter.stage
        <peyvand.graph.writer.GraphWriter.stage>`); the loader reads them from there.
        """
        batch = [*new, *replaced]
        if not bulk:
            self.write_articles(new, replaced)
            ops = change.update_ops()
            if batch:
                ops.append(f"DELETE DATA {{ GRAPH <{META_GRAPH}> {{\n{self._markers(batch)}}} }}")
            if ops:
                self.update(" ;\n".join(ops))
            return
        if batch:
            self.update(" ;\n".join([f"INSERT DATA {{ GRAPH <{META_GRAPH}> {{\n{self._markers(batch)}}} }}",
                                      *change.delete_ops()]))
        else:
            ops = change.delete_ops()
            if ops:
                self.update(" ;\n".join(ops))
        derived = change.nquads()
        if new or derived:  # streamed: one article's text at a time, never the batch's as one string
            if spool is not None:  # the new graphs' N-Quads, written there by GraphWriter.stage
                spool.seek(0)
                chunks: Iterator[bytes] = iter(lambda: spool.read(1 << 20), b"")
            else:
                chunks = (e.nquads(seal=False).encode("utf-8", "replace") for e in new)
            self._load(_Chunks(chunks, derived.encode("utf-8", "replace")), new, bulk=True)
            _trim()
        if batch:
            parts = self._articles_ops((), replaced, marks=False)
            if new:
                parts.append("INSERT DATA {\n" + "\n".join(f"GRAPH <{e.iri}> {{ {e.seal()}}}" for e in new) + "\n}")
            parts.append(f"DELETE DATA {{ GRAPH <{META_GRAPH}> {{\n{self._markers(batch)}}} }}")
            self.update(" ;\n".join(parts))

    def flush(self) -> None:
        if self._store is not None:
            self._store.flush()

    def close(self) -> None:
        if self._store is not None:
            self._store.flush()
            self._store = None  # the RocksDB lock goes with the last reference


class SparqlStore(_StoreBase):
    """``sparql.v1``: a SPARQL 1.1 server (query and update endpoints).

    ``location`` is the server's base URL (``http://host:7878`` → ``/query`` and
    ``/update``, as ``oxigraph serve`` names them) or a query endpoint ending in
    ``/query`` or ``/sparql`` (its update endpoint is ``…/update``). The union
    default graph is asked for with Oxigraph's ``union-default-graph`` parameter.
    """

    name = "sparql.v1"

    def __init__(self, location: str, *, create: bool = False, timeout: float = 300.0) -> None:
        self.location = location.rstrip("/")
        parsed = urllib.parse.urlsplit(self.location)
        if parsed.path.endswith(("/query", "/sparql")):
            self.query_url = self.location
            self.update_url = self.location.rsplit("/", 1)[0] + "/update"
        else:
            self.query_url = self.location + "/query"
            self.update_url = self.location + "/update"
        self.timeout = timeout
        self._open(create)

    def _post(self, url: str, body: bytes, content_type: str, accept: str) -> tuple[str, bytes]:
        req = urllib.request.Request(url, data=body, method="POST", headers={
            "Content-Type": content_type, "Accept": accept, "User-Agent": "peyvand",
        })
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                return resp.headers.get("Content-Type", ""), resp.read()
        except urllib.error.HTTPError as exc:
            with exc:  # the error carries the open response
                detail = exc.read().decode("utf-8", "replace").strip()[:500] or exc.reason
            if exc.code == 400:
                raise PeyvandError("E201", detail=detail) from None
            raise StoreError("E103", url=url, status=exc.code, detail=detail) from None
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise StoreError("E104", url=url, detail=str(reason)) from None

    def query(self, sparql: str, *, union: bool = True) -> Result:
        url = self.query_url + ("?union-default-graph" if union else "")
        ctype, body = self._post(
            url, urllib.parse.urlencode({"query": _PROLOGUE + sparql}).encode(),
            "application/x-www-form-urlencoded",
            "application/sparql-results+json, application/n-triples;q=0.9",
        )
        if "sparql-results+json" in ctype or ctype.startswith("application/json"):
            return _result(ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON))
        if "n-triples" in ctype:
            return Result("graph", triples=list(ox.parse(body, format=ox.RdfFormat.N_TRIPLES)))
        if "turtle" in ctype:
            return Result("graph", triples=list(ox.parse(body, format=ox.RdfFormat.TURTLE)))
        raise StoreError("E103", url=url, status=200, detail=f"unexpected content type {ctype!r}")

    def update(self, sparql: str) -> None:
        self._post(self.update_url, (_PROLOGUE + sparql).encode("utf-8"),
                   "application/sparql-update; charset=utf-8", "*/*")

    def quads(self) -> Iterator[ox.Quad]:
        r = self.query("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }", union=False)
        for g, s, p, o in r.rows:
            yield ox.Quad(s, p, o, g)  # type: ignore[arg-type]


STORES: dict[str, type[_StoreBase]] = {"oxigraph.v1": OxigraphStore, "sparql.v1": SparqlStore}


def store_kind(location: str | os.PathLike[str]) -> str:
    """The store kind for a location: ``sparql.v1`` for http(s) URLs, else ``oxigraph.v1``."""
    return "sparql.v1" if str(location).lower().startswith(("http://", "https://")) else "oxigraph.v1"


def get_store_class(name: str) -> type[_StoreBase]:
    try:
        return STORES[name]
    except KeyError:
        raise PeyvandError("E105", value=name, allowed=", ".join(sorted(STORES))) from None


def open_store(location: str | os.PathLike[str], *, create: bool = False, kind: str | None = None) -> _StoreBase:
    """Open the store at ``location`` (a folder or an http(s) URL); ``create`` makes a new one.

    Opening for writing (``create=True``) also reloads the KB graph if the
    shipped KB changed since the store was written.
    """
    cls = get_store_class(kind or store_kind(location))
    return cls(location, create=create)  # type: ignore[call-arg]


__all__ = [
    "FORMAT_VERSION", "OxigraphStore", "Result", "STORES", "SparqlStore", "Store",
    "get_store_class", "open_store", "store_kind",
]

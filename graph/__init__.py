"""peyvand.graph: records → RDF store → queries, export, analysis and rendering.

Never imports :mod:`peyvand.ingest`; pyvis is used only in :mod:`peyvand.graph.render`.

* :mod:`~peyvand.graph.rdf` — records → pyoxigraph quads (and back), IRIs;
* :mod:`~peyvand.graph.store` — the ``Store`` component (``oxigraph.v1``, ``sparql.v1``);
* :mod:`~peyvand.graph.derive` — the derived graph (direct edges, corroboration, roles over time);
* :mod:`~peyvand.graph.export` — jsonl (the contract), trig, nquads, turtle, csv;
* :mod:`~peyvand.graph.query` — SPARQL with predefined prefixes; the shipped queries;
* :mod:`~peyvand.graph.stats`, :mod:`~peyvand.graph.analysis`, :mod:`~peyvand.graph.render`,
  :mod:`~peyvand.graph.validate`.
"""

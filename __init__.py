"""peyvand: a knowledge graph of defence and security relations from Persian news.

Packages: :mod:`peyvand.ingest` (text → records), :mod:`peyvand.ontology`
(schema, KB, closed namespace), :mod:`peyvand.graph` (records → RDF store →
queries, export, analysis, HTML). :mod:`peyvand.pipeline` composes them and
:mod:`peyvand.cli` is the ``peyvand`` command.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("peyvand")
except PackageNotFoundError:  # pragma: no cover - running from an uninstalled tree
    __version__ = "0.0.0"

__all__ = ["__version__"]

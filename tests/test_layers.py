"""The layer rule, checked by walking the imports of every module (AST, not execution)."""

from __future__ import annotations

import ast
import importlib
import sys
from pathlib import Path

import pytest
from conftest import PACKAGE_ROOT, package_modules

RDF_AND_GRAPH_LIBS = {"rdflib", "pyoxigraph", "oxrdflib", "pyshacl", "networkx", "pyvis"}


def imports_of(path: Path) -> set[str]:
    """Absolute dotted names imported by a module of the package (relative imports resolved)."""
    rel = path.relative_to(PACKAGE_ROOT).with_suffix("")
    parts = ["peyvand", *rel.parts]
    if parts[-1] == "__init__":
        parts = parts[:-1]
    package = parts if path.name == "__init__.py" else parts[:-1]
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                mod = ".".join(base + ([node.module] if node.module else []))
                out.add(mod)
                out |= {f"{mod}.{a.name}" for a in node.names}
            elif node.module:
                out.add(node.module)
    return out


def files_of(pkg: str) -> list[Path]:
    return sorted((PACKAGE_ROOT / pkg).rglob("*.py"))


@pytest.mark.parametrize("path", files_of("ingest"), ids=lambda p: p.name)
def test_ingest_imports_no_rdf_graph_or_rendering(path: Path) -> None:
    bad = {m for m in imports_of(path)
           if m.split(".")[0] in RDF_AND_GRAPH_LIBS or m.startswith("peyvand.graph")}
    assert not bad, f"{path.name} imports {sorted(bad)}: ingest must return records only"


@pytest.mark.parametrize("path", files_of("graph"), ids=lambda p: p.name)
def test_graph_never_imports_ingest(path: Path) -> None:
    bad = {m for m in imports_of(path) if m.startswith("peyvand.ingest")}
    assert not bad, f"{path.name} imports {sorted(bad)}: only root modules compose ingest and graph"


@pytest.mark.parametrize("path", [*files_of("graph"), *files_of("ontology"), *files_of("ingest"),
                                  *sorted(PACKAGE_ROOT.glob("*.py"))], ids=lambda p: str(p.relative_to(PACKAGE_ROOT)))
def test_pyvis_only_in_render(path: Path) -> None:
    if path.relative_to(PACKAGE_ROOT).as_posix() != "graph/render.py":
        assert "pyvis" not in {m.split(".")[0] for m in imports_of(path)}


def test_imports_of_resolves_relative_imports() -> None:
    names = imports_of(PACKAGE_ROOT / "graph" / "store.py")
    assert "peyvand.errors" in names and "peyvand.ontology.kb" in names


def test_checkout_folder_is_the_one_peyvand_package() -> None:
    """Doctests import ``<checkout>.graph.rdf``; it must be ``peyvand.graph.rdf``, not a second copy."""
    import peyvand

    alias = PACKAGE_ROOT.name
    if alias != "peyvand":
        assert sys.modules[alias] is peyvand
    for name in package_modules():
        real = importlib.import_module(f"peyvand.{name}")
        assert sys.modules.get(f"{alias}.{name}", real) is real, name

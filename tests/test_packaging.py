"""The wheel built from the tree holds every package and data file, and nothing else at the top."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from conftest import PACKAGE_ROOT, package_modules

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel_names(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    tmp = tmp_path_factory.mktemp("wheel")
    src = tmp / "src"
    shutil.copytree(PACKAGE_ROOT, src, ignore=shutil.ignore_patterns(
        ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", "peyvand-demo", ".pytest_cache", ".hypothesis"))
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(tmp / "dist"), str(src)],
                   check=True, capture_output=True, cwd=tmp)
    (wheel,) = (tmp / "dist").glob("peyvand-*.whl")
    with zipfile.ZipFile(wheel) as z:
        return set(z.namelist())


def _tree(pattern: str) -> list[str]:
    return sorted("peyvand/" + p.relative_to(PACKAGE_ROOT).as_posix() for p in PACKAGE_ROOT.glob(pattern))


def test_every_module_ships(wheel_names: set[str]) -> None:
    missing = []
    for name in package_modules():
        path = name.replace(".", "/")
        cand = f"peyvand/{path}.py" if (PACKAGE_ROOT / f"{path}.py").is_file() else f"peyvand/{path}/__init__.py"
        if cand not in wheel_names:
            missing.append(cand)
    assert not missing, f"not in the wheel (add the package to [tool.setuptools] packages): {missing}"
    for f in ("peyvand/__init__.py", "peyvand/__main__.py", "peyvand/py.typed"):
        assert f in wheel_names


@pytest.mark.parametrize("pattern", [
    "ontology/*.ttl", "ontology/kb/*.ttl", "corpus/*.txt", "corpus/*.json", "graph/queries/*.rq",
    "ingest/lexicon/*.tsv",
])
def test_data_files_ship(wheel_names: set[str], pattern: str) -> None:
    files = _tree(pattern)
    if pattern.startswith(("ontology/", "corpus/", "graph/queries")):
        assert files, f"no {pattern} in the tree"
    assert set(files) <= wheel_names, f"missing from the wheel: {sorted(set(files) - wheel_names)}"


def test_nothing_stray_ships(wheel_names: set[str]) -> None:
    top = {n.split("/")[0] for n in wheel_names}
    assert {t for t in top if not t.endswith(".dist-info")} == {"peyvand"}
    stray = [n for n in wheel_names if n.startswith(("peyvand/tests/", "peyvand/benchmarks/", "peyvand/notebooks/"))
             or n.endswith("conftest.py")]
    assert not stray


def test_shipped_resources_are_read_through_importlib() -> None:
    from importlib import resources

    assert resources.files("peyvand.ontology").joinpath("peyvand.ttl").is_file()
    assert resources.files("peyvand").joinpath("corpus", "seed-tabnak-us-japan-defense.txt").is_file()

"""The one conftest of peyvand's tests: collection set-up and session fixtures.

Collection. The repository root is the package ``peyvand`` but its folder is
named after the checkout (``main``, or whatever CI clones into). pytest
names modules after folders, so without help it would import the root's
modules a second time as ``main.graph.rdf`` (with ``main.errors.PeyvandError``
≠ ``peyvand.errors.PeyvandError``). Before anything is collected, this file
maps that folder name to the installed package, module by module, so every
doctest and test sees the one ``peyvand`` (``test_layers.py`` checks it).

Conventions: Persian cases are parametrised with a comment on each Unicode
edge case; warnings are errors (pyproject); RDF is compared by isomorphism
(:func:`assert_isomorphic`); fixtures build real records, not mocks.
"""

from __future__ import annotations

import datetime as dt
import importlib
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import peyvand  # noqa: E402

PACKAGE_ROOT = Path(peyvand.__file__).resolve().parent
SHIPPED_PACKAGES = ("ingest", "graph", "ontology")
collect_ignore = ["data"]


def package_modules() -> list[str]:
    """Dotted names (below ``peyvand``) of every module that ships, ``__main__`` excluded."""
    names = []
    for py in sorted(PACKAGE_ROOT.glob("*.py")):
        if py.stem not in ("__init__", "__main__", "conftest"):
            names.append(py.stem)
    for pkg in SHIPPED_PACKAGES:
        names.append(pkg)
        for py in sorted((PACKAGE_ROOT / pkg).rglob("*.py")):
            rel = py.relative_to(PACKAGE_ROOT).with_suffix("")
            if rel.name != "__init__":
                names.append(".".join(rel.parts))
    return names


def _alias_checkout_folder() -> None:
    alias = PACKAGE_ROOT.name
    if alias == "peyvand":
        return
    existing = sys.modules.get(alias)
    if existing is not None and existing is not peyvand:
        raise RuntimeError(f"module {alias!r} was imported from {existing!r} before peyvand's conftest could map it")
    sys.modules[alias] = peyvand
    for name in package_modules():
        sys.modules[f"{alias}.{name}"] = importlib.import_module(f"peyvand.{name}")


_alias_checkout_folder()

from peyvand.records import (  # noqa: E402
    Article,
    Entity,
    Evidence,
    Extraction,
    Fact,
    Mention,
    SourceLink,
)

# --- real data: facts of the bundled article, built by hand ----------------

SEED_ID = "seed-tabnak-us-japan-defense"


def _sentence(text: str, needle: str) -> tuple[str, int, int]:
    """The sentence (line) of ``text`` that holds ``needle``, with its offsets."""
    start = text.index(needle)
    s = text.rfind("\n", 0, start) + 1
    e = text.find("\n", start)
    e = len(text) if e < 0 else e
    return text[s:e], s, e


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (PACKAGE_ROOT / "corpus" / f"{SEED_ID}.txt").read_text(encoding="utf-8")


def build_seed_extraction(text: str, article_id: str = SEED_ID, outlet: str | None = "تابناک") -> Extraction:
    """A hand-made extraction of the bundled article (what a perfect extractor would return, in part)."""
    art = Article(article_id, text, title="وزرای دفاع آمریکا و ژاپن", published=dt.date(2025, 10, 29), outlet=outlet)

    def ev(needle: str, conf: float = 0.9, date: dt.date | None = None) -> Evidence:
        sent, s, e = _sentence(text, needle)
        return Evidence(article_id, sent, s, e, conf, date, art.published)

    hegseth = Entity("Q7172014", "پیت هگست", "Person", "Pete Hegseth", frozenset({"هگست"}), "Q7172014")
    koizumi = Entity("person-5d4c2a1b9e8f", "شینجیرو کویزومی", "Person", None, frozenset({"کویزومی"}))
    usa = Entity("Q30", "ایالات متحده آمریکا", "Country", "United States", frozenset({"آمریکا"}), "Q30")
    japan = Entity("Q17", "ژاپن", "Country", "Japan", frozenset(), "Q17")
    china = Entity("Q148", "چین", "Country", "China", frozenset(), "Q148")
    north_korea = Entity("Q423", "کره شمالی", "Country", "North Korea", frozenset(), "Q423")
    yokota = Entity("place-bc31031a0f49", "پایگاه نیروی هوایی یوکوتا", "Place", kind="Facility")
    mentions = tuple(
        Mention(e.id, surface, text.index(surface), text.index(surface) + len(surface), 0)
        for e, surface in [(hegseth, "پیت هگست"), (hegseth, "هگست"), (koizumi, "شینجیرو کویزومی"),
                           (usa, "آمریکا"), (usa, "واشنگتن"), (japan, "ژاپن"), (china, "چین"),
                           (yokota, "پایگاه نیروی هوایی یوکوتا")]
    )
    facts = (
        Fact(hegseth.id, "ministerOf", usa.id, "occurred", (("portfolio", "defense"),), 0.92,
             (ev("«پیت هگست»، وزیر دفاع آمریکا"), ev("پیت هگست، وزیر جنگ ایالات متحده", 0.8))),
        Fact(koizumi.id, "ministerOf", japan.id, "occurred", (("portfolio", "defense"),), 0.9,
             (ev("«شینجیرو کویزومی» وزیر دفاع"),)),
        Fact(hegseth.id, "meetsWith", koizumi.id, "occurred", (), 0.85, (ev("«پیت هگست»، وزیر دفاع آمریکا"),)),
        Fact(usa.id, "alliedWith", japan.id, "occurred", (), 0.8, (ev("تقویت اتحاد دوجانبه"),)),
        Fact(usa.id, "perceivesThreatFrom", china.id, "occurred", (), 0.75, (ev("تهدیدات امنیتی «شدید»"),)),
        Fact(usa.id, "perceivesThreatFrom", north_korea.id, "negated", (), 0.7, (ev("اشارهای به تهدیدهای کره شمالی"),)),
        Fact(hegseth.id, "visits", yokota.id, "occurred", (), 0.88, (ev("از پایگاه نیروی هوایی یوکوتا بازدید"),)),
        Fact(usa.id, "cooperatesWith", japan.id, "planned", (("domain", "joint_production"),), 0.7,
             (ev("آغاز تولید مشترک موشک"),)),
    )
    sources = (SourceLink(0, "تابناک"), SourceLink(1, "همشهری‌آنلاین"), SourceLink(2, "خبرگزاری یونهاپ"))
    return Extraction(art, (hegseth, koizumi, usa, japan, china, north_korea, yokota), mentions, facts, sources)


@pytest.fixture(scope="session")
def seed_extraction(seed_text: str) -> Extraction:
    return build_seed_extraction(seed_text)


@pytest.fixture(scope="session")
def kb():
    from peyvand.ontology.kb import load_kb

    return load_kb()


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "store"


@pytest.fixture
def new_store(store_path: Path):
    from peyvand.graph.store import open_store

    store = open_store(store_path, create=True)
    yield store
    store.close()


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory: pytest.TempPathFactory, seed_extraction: Extraction):
    """A read-only on-disk store holding the hand-built seed extraction (do not write to it)."""
    from peyvand.graph.rdf import extraction_quads
    from peyvand.graph.store import open_store
    from peyvand.ontology import article_iri

    path = tmp_path_factory.mktemp("seed") / "store"
    store = open_store(path, create=True)
    store.replace_graphs({article_iri(SEED_ID): extraction_quads(seed_extraction)})
    store.rebuild_derived()
    yield store
    store.close()


# --- an `oxigraph serve` process on 127.0.0.1 ----------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def serve_oxigraph(location: Path):
    """Run a read-write ``oxigraph serve`` on a free 127.0.0.1 port; yield its base URL; stop it."""
    exe = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    if not Path(exe).exists():
        pytest.skip("the `oxigraph` server binary is not installed (pip install 'peyvand[test]')")
    port = _free_port()
    proc = subprocess.Popen([exe, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(url + "/query?query=ASK%7B%7D", timeout=1) as resp:
                    resp.read()  # closed here: a response left to the GC is a ResourceWarning in a later test
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    err = proc.stderr.read().decode() if proc.stderr else ""
                    pytest.fail(f"oxigraph serve did not start: {err}")
                time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if proc.stderr:
            proc.stderr.close()


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory: pytest.TempPathFactory):
    """Base URL of a read-write ``oxigraph serve`` started for the session (and stopped after it)."""
    with serve_oxigraph(tmp_path_factory.mktemp("oxigraph-serve")) as url:
        yield url


# --- helpers -----------------------------------------------------------------------


def assert_isomorphic(a, b) -> None:
    """Assert two rdflib graphs are isomorphic; on failure show what only each side has."""
    from rdflib.compare import graph_diff, to_isomorphic

    ia, ib = to_isomorphic(a), to_isomorphic(b)
    if ia == ib:
        return
    _, only_a, only_b = graph_diff(ia, ib)
    lines = ["graphs differ;", "only in first:"]
    lines += [f"  {t}" for t in sorted(only_a, key=str)[:40]]
    lines += ["only in second:"] + [f"  {t}" for t in sorted(only_b, key=str)[:40]]
    raise AssertionError("\n".join(lines))


@pytest.fixture(scope="session")
def isomorphic():
    return assert_isomorphic


@pytest.fixture(scope="session")
def extractor(kb):
    """The ``rules.v1`` extractor with the shipped KB (built once: hazm objects are slow to build)."""
    from peyvand.ingest import get_extractor

    return get_extractor("rules.v1", kb)

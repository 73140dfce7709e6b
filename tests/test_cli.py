"""The `peyvand` command end to end in a temp dir: data on stdout, messages on stderr, exit codes.

These tests run the real extractor (``rules.v1``) on the bundled article.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import PACKAGE_ROOT, SEED_ID

from peyvand.cli import main

pytestmark = pytest.mark.slow
SEED = PACKAGE_ROOT / "corpus" / f"{SEED_ID}.txt"


@pytest.fixture(scope="module")
def cli_store(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("cli")
    shutil.copy(SEED, d / f"{SEED_ID}.txt")
    assert main(["ingest", str(d / f"{SEED_ID}.txt"), "--store", str(d / "store"), "--date", "2025-10-29",
                 "--outlet", "تابناک"]) == 0
    return d / "store"


def test_ingest_reports_on_stderr(tmp_path: Path, capsys) -> None:
    shutil.copy(SEED, tmp_path / "x.txt")
    assert main(["ingest", str(tmp_path / "x.txt"), str(tmp_path / "missing.txt"), "--store", str(tmp_path / "s")]) == 1
    out, err = capsys.readouterr()
    assert out == "" and "E001" in err and "ingested 1 article(s)" in err


def test_ingest_stdin(tmp_path: Path, monkeypatch, capsys) -> None:
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO(SEED.read_text(encoding="utf-8")))
    assert main(["ingest", "-", "--id", "from-stdin", "--store", str(tmp_path / "s")]) == 0
    assert main(["query", "--store", str(tmp_path / "s"), "--format", "csv",
                 "SELECT ?id WHERE { ?a pv:articleId ?id }"]) == 0
    assert "from-stdin" in capsys.readouterr().out


def test_ingest_stdin_needs_an_id(tmp_path: Path, capsys) -> None:
    assert main(["ingest", "-", "--store", str(tmp_path / "s")]) == 2
    assert "E009" in capsys.readouterr().err


@pytest.mark.parametrize("fmt", ["jsonl", "trig", "nquads", "turtle", "csv"])
def test_export_to_stdout_and_file(cli_store: Path, tmp_path: Path, capsysbinary, fmt: str) -> None:
    assert main(["export", "--store", str(cli_store), "--format", fmt]) == 0
    out = capsysbinary.readouterr().out
    assert out
    assert main(["export", "--store", str(cli_store), "--format", fmt, "-o", str(tmp_path / f"x.{fmt}")]) == 0
    assert (tmp_path / f"x.{fmt}").read_bytes() == out
    if fmt == "jsonl":
        assert all(json.loads(line)["evidence"][0]["article"] == SEED_ID for line in out.decode().splitlines())


def test_query_from_file_and_stdin(cli_store: Path, tmp_path: Path, monkeypatch, capsys) -> None:
    import io

    q = tmp_path / "q.rq"
    q.write_text("SELECT ?n WHERE { ?a pv:sourceLink ?r . ?r rdfs:label ?n }", encoding="utf-8")
    assert main(["query", "--store", str(cli_store), "-f", str(q), "--format", "json"]) == 0
    names = {b["n"]["value"] for b in json.loads(capsys.readouterr().out)["results"]["bindings"]}
    assert "تابناک" in names
    monkeypatch.setattr(sys, "stdin", io.StringIO("ASK { ?f a pv:Fact }"))
    assert main(["query", "--store", str(cli_store), "-"]) == 0
    assert capsys.readouterr().out == "true\n"


@pytest.mark.parametrize("args, code, ecode", [
    (["query", "--store", "{store}"], 2, "E203"),
    (["query", "--store", "{store}", "SELEC"], 2, "E201"),
    (["query", "--store", "{store}", "ASK {{}}", "--format", "xml"], 2, "E202"),
    (["export", "--store", "{store}", "--format", "xml"], 2, "E003"),
    (["stats", "--store", "{tmp}/nothing"], 2, "E101"),
])
def test_errors_exit_2_with_a_code(cli_store: Path, tmp_path: Path, capsys, args, code: int, ecode: str) -> None:
    args = [a.format(store=cli_store, tmp=tmp_path) for a in args]
    assert main(args) == code
    assert ecode in capsys.readouterr().err


def test_stats_render_validate(cli_store: Path, tmp_path: Path, capsys) -> None:
    assert main(["stats", "--store", str(cli_store)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("articles: 1") and "top actors by degree:" in out
    assert main(["render", "--store", str(cli_store), "-o", str(tmp_path / "g.html")]) == 0
    page = (tmp_path / "g.html").read_text(encoding="utf-8")
    assert "http://" not in page and "https://" not in page
    assert main(["validate", "--store", str(cli_store)]) == 0
    assert "Conforms: True" in capsys.readouterr().out


def test_usage_error_exits_2(capsys) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["export"])
    assert exc.value.code == 2


def test_help_documents_exit_codes(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "exit codes:" in out and "2  usage error" in out


def test_demo_end_to_end_as_a_process(tmp_path: Path) -> None:
    exe = Path(sys.executable).with_name("peyvand")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "peyvand"]
    r = subprocess.run([*cmd, "demo", "--out", str(tmp_path / "demo")], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    for f in ("store", "facts.jsonl", "graph.trig", "graph.html"):
        assert (tmp_path / "demo" / f).exists()
    assert "source chain:" in r.stdout and "0. تابناک" in r.stdout and "graph.html" in r.stdout
    v = subprocess.run([*cmd, "validate", "--store", str(tmp_path / "demo" / "store")], capture_output=True, text=True)
    assert v.returncode == 0, v.stdout[-2000:]

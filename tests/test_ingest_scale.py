"""Real corpora end to end: identity, re-ingest, worker processes, Dask, a SPARQL server, kill -9.

Everything here is real: the rules.v1 extractor, Oxigraph stores on disk,
an `oxigraph serve` on 127.0.0.1, a Dask LocalCluster talking TCP on
127.0.0.1, worker processes, a killed ingest process.
"""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import PACKAGE_ROOT, serve_oxigraph

from peyvand import pipeline
from peyvand.cli import main
from peyvand.graph.export import write_export
from peyvand.graph.store import open_store
from peyvand.records import Article

DEV = PACKAGE_ROOT / "tests" / "data" / "devset" / "articles"


def dev_articles(n: int = 8, prefix: str = "") -> list[Article]:
    files = sorted(DEV.glob("*.txt"))[:n]
    return [Article(prefix + f.stem, f.read_text(encoding="utf-8"), outlet="ایسنا") for f in files]


def export(store_location) -> bytes:
    out = io.BytesIO()
    with open_store(store_location) as s:
        write_export(s, "jsonl", out)
    return out.getvalue()


@pytest.fixture(scope="module")
def local_run(tmp_path_factory) -> tuple[Path, bytes]:
    """The reference: dev articles ingested in this process, one by one batch."""
    path = tmp_path_factory.mktemp("local") / "s"
    report = pipeline.ingest(dev_articles(), path, batch=3)
    assert len(report.ingested) == 8 and not report.failed and report.facts > 0
    return path, export(path)


def test_reingest_unchanged_skips_changed_replaces(local_run, tmp_path) -> None:
    path = tmp_path / "s"
    pipeline.ingest(dev_articles(), path)
    first = export(path)
    assert first == local_run[1]  # batch size does not change the graph
    again = pipeline.ingest(dev_articles(), path)
    assert again.ingested == [] and len(again.unchanged) == 8
    forced = pipeline.ingest(dev_articles(2), path, force=True)
    assert len(forced.ingested) == 2 and not forced.unchanged
    assert export(path) == first  # replaced, never duplicated
    arts = dev_articles(1)
    changed = Article(arts[0].id, arts[0].text.split("\n\n")[0], outlet="ایسنا")  # the headline only
    pipeline.ingest([changed], path)
    after = [json.loads(line) for line in export(path).splitlines()]
    evidence = [e for f in after for e in f["evidence"] if e["article"] == arts[0].id]
    assert all(e["end"] <= len(changed.text) for e in evidence)


def test_same_id_twice_in_one_run_the_later_wins(tmp_path) -> None:
    a, b = dev_articles(2)
    report = pipeline.ingest([Article("x", a.text), Article("x", b.text)], tmp_path / "s")
    assert report.ingested == ["x", "x"]
    with open_store(tmp_path / "s") as s:
        assert s.article_ids() == ["x"]
        (text,) = [r["t"] for r in s.query('SELECT ?t WHERE { ?a pv:articleId "x" ; pv:text ?t }').values()]
    assert text == b.text


@pytest.mark.slow
def test_worker_processes_give_the_same_graph(local_run, tmp_path) -> None:
    report = pipeline.ingest(dev_articles(), tmp_path / "s", workers=2, batch=3)
    assert len(report.ingested) == 8 and not report.failed
    assert export(tmp_path / "s") == local_run[1]


@pytest.mark.slow
def test_dask_cluster_gives_the_same_graph(local_run, tmp_path) -> None:
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, protocol="tcp",
                                  host="127.0.0.1", dashboard_address=None) as cluster:
        assert cluster.scheduler_address.startswith("tcp://127.0.0.1:")
        assert main(["ingest", str(DEV), "--store", str(tmp_path / "cli"), "--outlet", "ایسنا",
                     "--dask", cluster.scheduler_address]) == 0
        report = pipeline.ingest(dev_articles(), tmp_path / "s", dask=cluster.scheduler_address, batch=3)
    assert len(report.ingested) == 8 and not report.failed
    assert export(tmp_path / "s") == local_run[1]
    with open_store(tmp_path / "cli") as s:
        assert len(s.article_ids()) == len(list(DEV.glob("*.txt")))


def test_unreachable_dask_scheduler_is_e108(tmp_path, capsys) -> None:
    pytest.importorskip("distributed")
    assert main(["ingest", str(DEV), "--store", str(tmp_path / "s"), "--dask", "tcp://127.0.0.1:9"]) == 2
    assert "E108" in capsys.readouterr().err


@pytest.mark.slow
@pytest.mark.server
def test_every_command_against_a_sparql_server(local_run, tmp_path, capsys) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    for a in dev_articles():
        (folder / f"{a.id}.txt").write_text(a.text, encoding="utf-8")
    with serve_oxigraph(tmp_path / "served") as url:
        assert main(["ingest", str(folder), "--store", url, "--outlet", "ایسنا"]) == 0
        capsys.readouterr()
        assert main(["ingest", str(folder), "--store", url, "--outlet", "ایسنا"]) == 0
        assert "8 unchanged" in capsys.readouterr().err
        assert main(["export", "--store", url, "--format", "jsonl", "-o", str(tmp_path / "f.jsonl")]) == 0
        assert (tmp_path / "f.jsonl").read_bytes() == local_run[1]
        assert main(["query", "--store", url, "--format", "csv",
                     "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a pv:Article }"]) == 0
        assert capsys.readouterr().out.split() == ["n", "8"]
        assert main(["stats", "--store", url]) == 0
        assert capsys.readouterr().out.startswith("articles: 8")
        assert main(["render", "--store", url, "-o", str(tmp_path / "g.html")]) == 0
        assert "<html" in (tmp_path / "g.html").read_text(encoding="utf-8")
        assert main(["validate", "--store", url]) == 0


def test_progress_bar_on_request(tmp_path, capsys) -> None:
    assert main(["ingest", str(DEV / "dev-05-finland-joins-nato.txt"), "--store", str(tmp_path / "s"),
                 "--progress"]) == 0
    err = capsys.readouterr().err
    assert "article/s" in err and "articles/s)" in err


def evidence_by_fact(jsonl: bytes) -> dict[tuple, set]:
    out = {}
    for line in jsonl.splitlines():
        d = json.loads(line)
        key = (d["subject"]["id"], d["predicate"], d["object"]["id"], d["status"])
        out[key] = {(e["article"], e["start"], e["end"]) for e in d["evidence"]}
    return out


KILLED_INGEST = """
import sys
from pathlib import Path
from peyvand import pipeline
from peyvand.graph import writer
from peyvand.records import Article

real = writer.GraphWriter.write_staged  # what the pipeline's writer thread calls for each batch
def write_staged(self):
    real(self)
    print("batch", flush=True)
writer.GraphWriter.write_staged = write_staged
files = sorted(Path(sys.argv[1]).glob("*.txt"))
arts = [Article(f"b{i}-{f.stem}", f.read_text(encoding="utf-8"), outlet="ایسنا") for i in range(6) for f in files]
pipeline.ingest(arts, sys.argv[2], batch=8)
print("done", flush=True)
"""


@pytest.mark.slow
def test_kill_9_mid_ingest_loses_nothing_stored_before(tmp_path) -> None:
    path = tmp_path / "s"
    pipeline.ingest(dev_articles(prefix="a-"), path)
    before = export(path)
    script = tmp_path / "ingest.py"
    script.write_text(KILLED_INGEST, encoding="utf-8")
    proc = subprocess.Popen([sys.executable, str(script), str(DEV), str(path)], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, env={**os.environ, "HF_HUB_OFFLINE": "1"})
    assert proc.stdout is not None
    for _ in range(3):  # let a few batches land, then kill it in the middle of the stream
        assert proc.stdout.readline().strip() == "batch"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    proc.stdout.close()
    with open_store(path, create=True) as s:  # opens: nothing corrupt; repairs an interrupted batch
        ids = s.article_ids()
        assert {a.id for a in dev_articles(prefix="a-")} <= set(ids)
        assert 24 <= len(ids) - 8 < 6 * len(list(DEV.glob("*.txt")))
        assert not s.pending()
    old, now = evidence_by_fact(before), evidence_by_fact(export(path))
    assert all(key in now and ev <= now[key] for key, ev in old.items())  # every fact and evidence of before
    # ingesting the whole batch again gives the same graph as an uninterrupted run
    files = sorted(DEV.glob("*.txt"))
    rest = [Article(f"b{i}-{f.stem}", f.read_text(encoding="utf-8"), outlet="ایسنا") for i in range(6) for f in files]
    pipeline.ingest(rest, path)
    clean = tmp_path / "clean"
    pipeline.ingest(dev_articles(prefix="a-") + rest, clean)
    assert export(path) == export(clean)

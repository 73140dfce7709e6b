"""Ingest benchmark: articles/s, peak RSS, and the pipeline's cost against a bare hazm pass.

Not shipped, not a test. For each N it generates N synthetic Persian articles
(``benchmarks/synth.py``: 2–6 KB, templates over KB entities and relation
phrases, stripped ZWNJ, Arabic ي/ك, Arabic-Indic digits), streamed so that
memory does not grow with N, and measures in ONE child process per run:

1. the baseline: hazm ``Normalizer.normalize`` + ``SentenceTokenizer`` +
   ``WordTokenizer`` over the same articles (hazm objects built once);
2. the full pipeline: normalise → extract → encode → store on disk (a new
   Oxigraph store, derived graph kept up to date), with the extractor built
   beforehand (its one-off set-up is printed apart).

It prints articles/s, the ratio pipeline/baseline, peak RSS of the child, and
where the pipeline's time goes (extraction CPU vs the writer thread: article
graphs and derived graph), and the CPU time of the whole process over the
ingest (all threads: what is left besides extraction and the writer thread is
mostly RocksDB's background flushes and compactions). Targets (issue [3]): ratio ≤ 3, ≥ 100 articles/s
on one core, time linear in N, peak RSS < 1 GB at 100k.

    python benchmarks/ingest.py                 # N = 1,000 (3 runs, medians) and 10,000 (1 run)
    python benchmarks/ingest.py --n 100000      # once
    python benchmarks/ingest.py --n 1000 --runs 5 --workers 2
    taskset -c 0 python benchmarks/ingest.py    # pin to one core
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def child(n: int, seed: int, workers: int, bulk: bool) -> dict:
    """One measured run (in a fresh process)."""
    import resource

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    sys.path.insert(0, str(HERE))
    from hazm import Normalizer, SentenceTokenizer, WordTokenizer
    from synth import generate

    from peyvand import pipeline

    # the baseline: hazm objects built once, then one pass
    norm, sents, words = Normalizer(), SentenceTokenizer(), WordTokenizer()
    t = time.perf_counter()
    size = 0
    for a in generate(n, seed):
        size += len(a.text.encode("utf-8"))
        for s in sents.tokenize(norm.normalize(a.text)):
            words.tokenize(s)
    baseline = time.perf_counter() - t

    t = time.perf_counter()
    pipeline._extractor("rules.v1")  # one-off: hazm objects, KB, gazetteers
    setup = time.perf_counter() - t
    with tempfile.TemporaryDirectory() as d:
        t, cpu = time.perf_counter(), time.process_time()
        report = pipeline.ingest(generate(n, seed), Path(d) / "store", workers=workers, bulk=bulk)
        total = time.perf_counter() - t
        # CPU of the whole process, every thread: extraction, the writer, and what neither counts
        # (RocksDB's background flushes and compactions, generating the synthetic input)
        process_cpu = time.process_time() - cpu
        disk = sum(f.stat().st_size for f in (Path(d) / "store").rglob("*") if f.is_file())
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    return {
        "n": n, "kb_per_article": size / n / 1024, "baseline": baseline, "setup": setup, "total": total,
        "rate": n / total, "ratio": total / baseline, "rss": rss, "extract_cpu": report.seconds_extract,
        "writer_cpu": report.cpu_writer, "process_cpu": process_cpu, "graphs": report.seconds_graphs, "derived": report.seconds_derived,
        "triples": report.triples / n, "facts": report.facts / n, "failed": len(report.failed), "disk": disk,
    }


def run(n: int, seed: int, workers: int, bulk: bool) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", str(n), "--seed", str(seed), "--workers", str(workers)]
                         + ([] if bulk else ["--transactional"]), capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def show(n: int, results: list[dict]) -> None:
    def med(k: str) -> float:
        return statistics.median(r[k] for r in results)

    def spread(k: str) -> str:
        vs = [r[k] for r in results]
        return f" (runs: {', '.join(f'{v:.1f}' for v in vs)})" if len(vs) > 1 else ""

    def spread_ms(k: str) -> str:
        vs = [1000 * r[k] / n for r in results]
        return f" (runs: {', '.join(f'{v:.1f}' for v in vs)})" if len(vs) > 1 else ""

    r0 = results[0]
    busy = med("extract_cpu") + med("writer_cpu")
    print(f"N = {n:,}  ({r0['kb_per_article']:.1f} KB/article, {r0['facts']:.1f} facts and {r0['triples']:.0f} triples "
          f"per article; medians of {len(results)} run(s))")
    print(f"  pipeline            {med('rate'):7.1f} articles/s   {med('total'):8.1f} s{spread('rate')}")
    print(f"  hazm baseline       {n / med('baseline'):7.1f} articles/s   {med('baseline'):8.1f} s")
    print(f"  ratio pipeline/hazm {med('ratio'):7.2f}{spread('ratio')}")
    print(f"  per article         {1000 * med('total') / n:7.2f} ms  = extraction {1000 * med('extract_cpu') / n:.2f} ms CPU"
          f" + writer {1000 * med('writer_cpu') / n:.2f} ms CPU (article graphs {1000 * med('graphs') / n:.2f} ms wall,"
          f" derived graph {1000 * med('derived') / n:.2f} ms wall)")
    other = med("process_cpu") - busy
    print(f"  whole-process CPU   {1000 * med('process_cpu') / n:7.2f} ms/article (all threads; besides extraction and writer:"
          f" {1000 * other / n:.2f} ms, mostly RocksDB background flushes and compactions; generating the input is ≈0.2){spread_ms('process_cpu')}")
    print(f"  share of CPU        extraction {100 * med('extract_cpu') / busy:.0f}%, storing {100 * med('writer_cpu') / busy:.0f}%")
    print(f"  peak RSS            {med('rss') / 2**20:7.0f} MB      store on disk {med('disk') / 2**20:.0f} MB")
    print(f"  extractor set-up    {med('setup'):7.1f} s (once per process, not in the rate)")
    if any(r["failed"] for r in results):
        print(f"  FAILED articles     {max(r['failed'] for r in results)}")
    sys.stdout.flush()


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--n", type=int, action="append", help="number of articles (repeatable); default 1000 and 10000")
    p.add_argument("--runs", type=int, help="runs per N (default: 3 below 5,000 articles, else 1)")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--workers", type=int, default=0, help="extraction processes (0: in the main process)")
    p.add_argument("--transactional", action="store_true", help="no bulk loader for new article graphs")
    p.add_argument("--child", type=int, help=argparse.SUPPRESS)
    a = p.parse_args()
    if a.child:
        print(json.dumps(child(a.child, a.seed, a.workers, not a.transactional)))
        return
    load = os.getloadavg()
    print(f"peyvand ingest benchmark — {os.cpu_count()} core(s), load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} "
          f"at start, workers={a.workers}, {'transactional' if a.transactional else 'bulk'} writes")
    per_article = []
    for n in a.n or [1000, 10000]:
        runs = a.runs or (3 if n < 5000 else 1)
        results = [run(n, a.seed + i, a.workers, not a.transactional) for i in range(runs)]
        show(n, results)
        per_article.append((n, statistics.median(r["total"] for r in results) / n))
    if len(per_article) > 1:
        (n0, t0), (n1, t1) = per_article[0], per_article[-1]
        print(f"linearity: {1000 * t0:.2f} ms/article at N={n0:,} vs {1000 * t1:.2f} ms/article at N={n1:,} "
              f"(x{t1 / t0:.2f})")
    load = os.getloadavg()
    print(f"load average at end {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")


if __name__ == "__main__":
    main()

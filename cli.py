"""The ``peyvand`` command: thin argparse wrappers over library functions.

Data goes to stdout, messages to stderr; ``-`` means stdin or stdout.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterator

from .errors import PeyvandError

EXIT_OK, EXIT_FAILED, EXIT_ERROR = 0, 1, 2
EPILOG = """exit codes:
  0  success (validate: the store conforms)
  1  some inputs failed (ingest), or the store does not conform (validate)
  2  usage error or fatal error (the message on stderr has an E-code and says what to do)

STORE is a folder (an Oxigraph store, created by ingest) or the URL of a
SPARQL 1.1 server (http://host:port, with /query and /update endpoints)."""


def _say(msg: str) -> None:
    print(msg, file=sys.stderr)


@contextmanager
def _output(path: str | None) -> Iterator[IO[bytes]]:
    if path in (None, "-"):
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    try:
        f = open(path, "wb")  # noqa: SIM115 - closed below
    except OSError as exc:
        raise PeyvandError("E401", path=path, detail=exc.strerror or str(exc)) from exc
    with f:
        yield f


def _report_error(name: str, err: PeyvandError) -> None:
    _say(f"error: {name}: {err}")


def cmd_ingest(a: argparse.Namespace) -> int:
    from .inputs import iter_articles, iter_stdin
    from .pipeline import ingest

    if a.workers is not None and not 0 <= a.workers <= 256:
        raise PeyvandError("E109", value=a.workers, allowed=256)
    paths = list(a.paths)
    sources: list = []
    if "-" in paths:
        paths.remove("-")
        if a.input_format in ("auto", "txt") and not a.id:
            raise PeyvandError("E009", value="", detail="'-' reads one article from stdin; give its id with --id")
        raw = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read().encode("utf-8")
        items = list(iter_stdin(raw, id=a.id, date=a.date, outlet=a.outlet, fmt=a.input_format))
        sources.append(items)
    sources.append(iter_articles(paths, date=a.date, outlet=a.outlet, fmt=a.input_format, timeout=a.timeout))
    progress = a.progress or (a.progress is None and sys.stderr.isatty())
    report = ingest((item for src in sources for item in src), a.store, on_error=_report_error,
                    workers=a.workers or 0, dask=a.dask, progress=progress, force=a.force,
                    bulk=False if a.transactional else None)
    for rid in report.recovered:
        _say(f"warning: article {rid!r} was cut short by an interrupted ingest and removed; ingest it again")
    rate = len(report.ingested) / report.seconds if report.seconds > 0 else 0.0
    _say(f"ingested {len(report.ingested)} article(s), {report.facts} fact(s) into {a.store}"
         + (f"; {len(report.unchanged)} unchanged" if report.unchanged else "")
         + (f"; {len(report.failed)} input(s) failed" if report.failed else "")
         + (f" ({rate:.1f} articles/s)" if progress else ""))
    return EXIT_FAILED if report.failed else EXIT_OK


def cmd_export(a: argparse.Namespace) -> int:
    from .graph.export import check_format, write_export
    from .graph.store import open_store

    check_format(a.format)
    with open_store(a.store) as store, _output(a.output) as out:
        n = write_export(store, a.format, out)
    if a.format in ("jsonl", "csv"):
        _say(f"exported {n} fact(s)" + (f" to {a.output}" if a.output not in (None, "-") else ""))
    return EXIT_OK


def cmd_query(a: argparse.Namespace) -> int:
    from .graph.query import check_query_format, format_result, run_query
    from .graph.store import open_store

    check_query_format(a.format)
    if a.file:
        try:
            text = sys.stdin.read() if a.file == "-" else Path(a.file).read_text(encoding="utf-8")
        except OSError as exc:
            raise PeyvandError("E204", path=a.file, detail=exc.strerror or str(exc)) from exc
    elif a.query == "-":
        text = sys.stdin.read()
    elif a.query:
        text = a.query
    else:
        raise PeyvandError("E203")
    with open_store(a.store) as store:
        sys.stdout.write(format_result(run_query(store, text), a.format))
    return EXIT_OK


def cmd_render(a: argparse.Namespace) -> int:
    from .graph.analysis import actor_graph
    from .graph.render import render_html
    from .graph.store import open_store

    with open_store(a.store) as store:
        page = render_html(actor_graph(store))
    with _output(a.output) as out:
        out.write(page.encode("utf-8"))
    if a.output not in (None, "-"):
        _say(f"wrote {a.output}")
    return EXIT_OK


def cmd_stats(a: argparse.Namespace) -> int:
    from .graph.stats import compute_stats
    from .graph.store import open_store

    with open_store(a.store) as store:
        print(compute_stats(store).format())
    return EXIT_OK


def cmd_validate(a: argparse.Namespace) -> int:
    from .graph.store import open_store
    from .graph.validate import validate_store

    with open_store(a.store) as store:
        v = validate_store(store)
    print(v.text.rstrip())
    _say("the store conforms to peyvand's SHACL shapes" if v.conforms else "the store does NOT conform (see the report)")
    return EXIT_OK if v.conforms else EXIT_FAILED


def cmd_demo(a: argparse.Namespace) -> int:
    from .pipeline import demo

    r = demo(a.out, on_error=_report_error)
    print(r.stats)
    print("\nsource chain:")
    for link in r.chain:
        ent = f" ({link['entity']})" if link["entity"] else ""
        print(f"  {link['position']}. {link['name']}{ent}")
    print(f"\nstore: {r.out / 'store'}\nfacts: {r.out / 'facts.jsonl'}\nrdf:   {r.out / 'graph.trig'}")
    print(f"html:  {r.html}")
    return EXIT_FAILED if r.report.failed else EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    from . import __version__

    p = argparse.ArgumentParser(
        prog="peyvand", description="A knowledge graph of defence and security relations from Persian news.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--version", action="version", version=f"peyvand {__version__}")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, help: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, help=help, description=help, epilog=EPILOG,
                              formatter_class=argparse.RawDescriptionHelpFormatter)

    s = command("ingest", "read articles (.txt, .html, .jsonl, RSS/Atom feeds, folders, http(s) URLs; "
                          "'-' = stdin) into a store")
    s.add_argument("paths", nargs="+", metavar="PATH",
                   help="a file, a folder (recursively), a feed or page URL, or '-' for stdin")
    s.add_argument("--store", required=True, metavar="STORE")
    s.add_argument("--date", metavar="YYYY-MM-DD", help="publication date of the articles")
    s.add_argument("--outlet", metavar="NAME", help="the outlet that published them (source chain position 0)")
    s.add_argument("--id", metavar="ID", help="article id for '-' (stdin, one text article)")
    s.add_argument("--input-format", default="auto", metavar="FORMAT",
                   help="auto (by extension; default), txt, html, jsonl or feed; for stdin and odd file names")
    s.add_argument("--workers", type=int, metavar="N", help="extract in N processes (one writer)")
    s.add_argument("--dask", metavar="ADDRESS", help="extract on the Dask cluster whose scheduler is at ADDRESS")
    s.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                   help="show a progress bar with articles/s on stderr (default: when stderr is a terminal)")
    s.add_argument("--force", action="store_true",
                   help="extract articles again even if the store holds them with the same content")
    s.add_argument("--transactional", action="store_true",
                   help="write new articles in transactions instead of Oxigraph's bulk loader (slower)")
    s.add_argument("--timeout", type=float, default=20.0, metavar="SECONDS",
                   help="how long to wait for a server when fetching feeds and pages (default 20)")
    s.set_defaults(func=cmd_ingest)

    s = command("export", "write the store's facts or RDF")
    s.add_argument("--store", required=True, metavar="STORE")
    s.add_argument("--format", required=True, metavar="FORMAT", help="jsonl, trig, nquads, turtle or csv")
    s.add_argument("-o", "--output", metavar="FILE", help="output file (default or '-': stdout)")
    s.set_defaults(func=cmd_export)

    s = command("query", "run a SPARQL query over the union of the store's graphs")
    s.add_argument("query", nargs="?", metavar="QUERY", help="the query text, or '-' to read it from stdin")
    s.add_argument("--store", required=True, metavar="STORE")
    s.add_argument("-f", "--file", metavar="FILE", help="read the query from FILE ('-': stdin)")
    s.add_argument("--format", default="table", metavar="FORMAT", help="table (default), json or csv")
    s.set_defaults(func=cmd_query)

    s = command("render", "write the actor graph as a self-contained HTML page")
    s.add_argument("--store", required=True, metavar="STORE")
    s.add_argument("-o", "--output", required=True, metavar="FILE", help="the HTML file ('-': stdout)")
    s.set_defaults(func=cmd_render)

    s = command("stats", "entities by type, facts by predicate and status, articles, top actors")
    s.add_argument("--store", required=True, metavar="STORE")
    s.set_defaults(func=cmd_stats)

    s = command("validate", "check the store against peyvand's SHACL shapes (exit 0 conforms, 1 not, 2 error)")
    s.add_argument("--store", required=True, metavar="STORE")
    s.set_defaults(func=cmd_validate)

    s = command("demo", "ingest the bundled article and write store/, facts.jsonl, graph.trig, graph.html")
    s.add_argument("--out", default="peyvand-demo", metavar="DIR", help="output folder (default: ./peyvand-demo)")
    s.set_defaults(func=cmd_demo)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except PeyvandError as err:
        _say(f"error: {err}")
        return EXIT_ERROR
    except KeyboardInterrupt:
        _say("interrupted")
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

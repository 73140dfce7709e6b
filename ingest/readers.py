"""Reading articles into :class:`~peyvand.records.Article` records.

Sources: ``.txt`` files (a ``NAME.json`` beside one may give ``id``,
``title``, ``outlet``, ``published``, ``url``), ``.html`` pages (main text by
trafilatura), JSONL corpora (one JSON object a line: ``id, text, title,
published, outlet, url``), RSS/Atom feeds (a file or an http(s) address; each
entry's page is fetched and its main text read), folders of these
(recursively, sorted), http(s) addresses of pages or feeds, and stdin.
Encodings: UTF-8 with or without BOM, UTF-16, Windows-1256 and what
charset-normalizer recognises.

The article id is the one given (the JSONL ``id``, the sidecar's ``id``, a
plain file's name without extension), else the article's canonical URL,
else a hash of its outlet and text, so reading the same article again gives
the same id. Every problem is a coded :class:`~peyvand.errors.InputError`
yielded in place of the article, so that the rest of the batch goes on.

>>> article_from_text("  متن خبر  ", "خبر-۱", date="2025-10-29").published
datetime.date(2025, 10, 29)
>>> article_from_text("x", " ")
Traceback (most recent call last):
...
peyvand.errors.InputError: [E009] Article id ' ' is not usable: it is empty. Use a non-empty id without control characters.
>>> decode(b"\\xff\\xfe" + "سلام".encode("utf-16-le"), "x.txt")
'سلام'
>>> canonical_url("HTTPS://www.Tabnak.ir:443/fa/news/12/?utm_source=tg&id=3#top")
'https://www.tabnak.ir/fa/news/12/?id=3'
>>> make_article("متن", url="https://x.ir/a?utm_medium=rss").id
'https://x.ir/a'
>>> make_article("متن").id == make_article("متن").id != make_article("متن", outlet="ایرنا").id
True
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import re
import unicodedata
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import __version__
from ..errors import InputError
from ..records import Article

#: Suffixes read from folders, by format.
SUFFIXES: dict[str, str] = {
    ".txt": "txt", ".html": "html", ".htm": "html", ".jsonl": "jsonl", ".rss": "feed", ".atom": "feed",
}
#: Formats a file or stdin can be read as (``--input-format``).
INPUT_FORMATS = ("auto", "txt", "html", "jsonl", "feed")
USER_AGENT = f"peyvand/{__version__} (Persian defence-news knowledge graph; +https://pypi.org/project/peyvand/)"
#: Seconds to wait for a server, and the most bytes read from one page or feed.
TIMEOUT = 20.0
MAX_BYTES = 10 * 1024 * 1024
#: A feed entry whose own content holds at least this many characters of text
#: is read from the feed; shorter entries (summaries) are fetched from their link.
FULL_CONTENT = 300
_FETCH_THREADS = 4
#: A page whose main text has fewer words is not an article (an index page, a login wall).
MIN_WORDS = 8
# trafilatura drops U+200C (not "printable" to Python); carry it through as a
# printable stand-in that Persian news never uses.
_ZWNJ_STANDIN = "\u2e2f"
_ZWNJ_ENTITIES = re.compile(r"&zwnj;|&#8204;|&#x200c;", re.IGNORECASE)
_TRACKING = re.compile(r"^(utm_[a-z]+|fbclid|gclid|yclid|mc_cid|mc_eid|ref_src)$", re.IGNORECASE)
_PERSIAN = re.compile("[\u0600-\u06ff]")
_TAGS = re.compile(r"<[^>]+>")
_SITE_SEPARATOR = re.compile(r"\s+[|\-–—]\s+")


# --- small parts -----------------------------------------------------------------


def parse_date(value: str | dt.date | None, what: str = "--date") -> dt.date | None:
    """A date from ``YYYY-MM-DD`` (an ISO date-time is cut to its date)."""
    if value is None or isinstance(value, dt.date):
        return value.date() if isinstance(value, dt.datetime) else value
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        pass
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        raise InputError("E005", value=value, what=what) from None


def check_id(article_id: str) -> str:
    if not article_id or not article_id.strip():
        raise InputError("E009", value=article_id, detail="it is empty")
    if any(unicodedata.category(c) == "Cc" for c in article_id):
        raise InputError("E009", value=article_id, detail="it holds a control character")
    return article_id


def _has_persian(text: str) -> bool:
    return _PERSIAN.search(text) is not None


def decode(data: bytes, path: str) -> str:
    """Text from UTF-8 (with or without BOM), UTF-16, Windows-1256 or another detected encoding."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    # UTF-16 without a BOM: every other byte of Persian (U+06xx) or ASCII text is 0x06 or 0x00
    if len(data) >= 4 and len(data) % 2 == 0:
        for enc, high in (("utf-16-le", data[1::2]), ("utf-16-be", data[0::2])):
            if high.count(0) + high.count(6) >= 0.8 * len(high):
                try:
                    return data.decode(enc)
                except UnicodeDecodeError:
                    pass
    candidates: list[str] = []
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is not None:
            candidates.append(str(best))
    except Exception:  # noqa: BLE001 - detection is a best effort; cp1256 below
        pass
    try:
        candidates.append(data.decode("cp1256"))
    except UnicodeDecodeError:
        pass
    for text in candidates:
        if _has_persian(text):
            return text
    raise InputError("E002", path=path, detail=str(utf8_error))


def canonical_url(url: str) -> str:
    """The URL as an id: scheme and host in lower case, no default port, fragment or tracking parameters."""
    parts = urllib.parse.urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    port = parts.port
    if port and not ((scheme == "http" and port == 80) or (scheme == "https" and port == 443)):
        host = f"{host}:{port}"
    query = urllib.parse.urlencode([(k, v) for k, v in urllib.parse.parse_qsl(parts.query, keep_blank_values=True)
                                    if not _TRACKING.match(k)])
    return urllib.parse.urlunsplit((scheme, host, parts.path or "/", query, ""))


def content_id(text: str, outlet: str | None = None) -> str:
    """The id of an article with neither id nor URL: a hash of its outlet and text."""
    return "sha1-" + hashlib.sha1(f"{outlet or ''}\n{text}".encode("utf-8")).hexdigest()[:20]


def article_from_text(text: str, article_id: str, *, date: str | dt.date | None = None, outlet: str | None = None,
                      title: str | None = None, url: str | None = None, origin: str | None = None) -> Article:
    check_id(article_id)
    if not text.strip():
        raise InputError("E004", path=origin or article_id)
    return Article(id=article_id, text=text, title=title or None, published=parse_date(date), outlet=outlet or None,
                   url=url or None, origin=origin)


def make_article(text: str, *, id: str | None = None, url: str | None = None, date: str | dt.date | None = None,
                 outlet: str | None = None, title: str | None = None, origin: str | None = None) -> Article:
    """An article whose id is the given one, else its canonical URL, else a hash of outlet and text."""
    if id is not None and str(id).strip():
        aid = str(id).strip()
    elif url:
        aid = canonical_url(url)
    else:
        aid = content_id(text, outlet)
    return article_from_text(text, aid, date=date, outlet=outlet, title=title, url=url, origin=origin)


# --- the web ------------------------------------------------------------------------


@dataclass(frozen=True)
class Page:
    url: str
    data: bytes
    content_type: str


def fetch(url: str, *, timeout: float = TIMEOUT) -> Page:
    """GET an http(s) address with peyvand's User-Agent, a timeout and a size limit (E011 on failure)."""
    if urllib.parse.urlsplit(url).scheme.lower() not in ("http", "https"):
        raise InputError("E011", url=url, detail="only http and https addresses are fetched")
    req = urllib.request.Request(url, headers={
        "User-Agent": USER_AGENT,
        "Accept": "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5",
    })
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:  # noqa: S310 - scheme checked above
            data = resp.read(MAX_BYTES + 1)
            if len(data) > MAX_BYTES:
                raise InputError("E011", url=url, detail=f"larger than {MAX_BYTES // (1024 * 1024)} MB")
            return Page(resp.geturl(), data, resp.headers.get("Content-Type", ""))
    except urllib.error.HTTPError as exc:
        exc.close()  # the error carries the open response
        raise InputError("E011", url=url, detail=f"the server answered {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        raise InputError("E011", url=url, detail=str(exc.reason)) from None
    except (TimeoutError, OSError) as exc:
        raise InputError("E011", url=url, detail=str(exc) or type(exc).__name__) from None


def _charset(content_type: str) -> str | None:
    m = re.search(r"charset=([\w.:-]+)", content_type, re.IGNORECASE)
    return m.group(1) if m else None


def _page_text(data: bytes, where: str, content_type: str = "") -> str:
    charset = _charset(content_type)
    if charset:
        try:
            return data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
    m = re.search(rb"<meta[^>]+charset=[\"']?([\w.:-]+)", data[:4096], re.IGNORECASE)
    if m:
        try:
            return data.decode(m.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass
    return decode(data, where)


def html_article(html: str, where: str, *, url: str | None = None, id: str | None = None,
                 date: str | dt.date | None = None, outlet: str | None = None) -> Article:
    """The main text of an HTML page (trafilatura), with its title and date when the page gives them."""
    import trafilatura

    marked = _ZWNJ_ENTITIES.sub(_ZWNJ_STANDIN, html).replace("\u200c", _ZWNJ_STANDIN)
    try:
        doc = trafilatura.bare_extraction(marked, url=url, with_metadata=True, include_comments=False,
                                          include_tables=False, favor_recall=True)
    except Exception as exc:  # noqa: BLE001 - a page trafilatura cannot parse is one bad input
        raise InputError("E013", path=where, detail=f"{type(exc).__name__}: {exc}") from None
    text = (getattr(doc, "text", None) or "").replace(_ZWNJ_STANDIN, "\u200c").strip() if doc is not None else ""
    if len(text.split()) < MIN_WORDS:
        raise InputError("E013", path=where, detail=f"its main text has {len(text.split())} word(s)")
    title = (getattr(doc, "title", None) or "").replace(_ZWNJ_STANDIN, "\u200c") or None
    published = date or _safe_date(getattr(doc, "date", None))
    return make_article(text, id=id, url=url, date=published, outlet=outlet, title=title, origin=where)


def _safe_date(value: Any) -> dt.date | None:
    try:
        return parse_date(value, "the page's date") if value else None
    except InputError:
        return None


# --- formats -------------------------------------------------------------------------


def _sidecar(path: Path) -> dict[str, str]:
    side = path.with_suffix(".json")
    if not side.is_file():
        return {}
    try:
        meta = json.loads(side.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError("E007", line=1, path=str(side), detail=str(exc)) from None
    if not isinstance(meta, dict):
        raise InputError("E007", line=1, path=str(side), detail="not a JSON object")
    return {k: v for k, v in meta.items() if isinstance(v, str)}


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError("E002", path=str(path), detail=exc.strerror or str(exc)) from None


def article_from_file(path: Path, *, date: str | dt.date | None = None, outlet: str | None = None,
                      fmt: str = "txt") -> Article:
    """One article from a ``.txt`` file (id: the file name without extension) or an ``.html`` page."""
    meta = _sidecar(path)
    published = date or parse_date(meta.get("published"), f"'published' in {path.with_suffix('.json')}")
    data = _read_bytes(path)
    if fmt == "html":
        return html_article(_page_text(data, str(path)), str(path), url=meta.get("url"),
                            id=meta.get("id") or path.stem, date=published, outlet=outlet or meta.get("outlet"))
    return article_from_text(
        decode(data, str(path)), meta.get("id") or path.stem, date=published, outlet=outlet or meta.get("outlet"),
        title=meta.get("title"), url=meta.get("url"), origin=str(path),
    )


def _record_article(rec: Any, where: str, line: int, date: str | dt.date | None, outlet: str | None) -> Article:
    if not isinstance(rec, dict):
        raise InputError("E007", line=line, path=where, detail="not a JSON object")
    text = rec.get("text")
    if not isinstance(text, str):
        raise InputError("E007", line=line, path=where, detail="no 'text' string")
    pub = rec.get("published", rec.get("date"))
    published = date or parse_date(pub if isinstance(pub, str) and pub.strip() else None,
                                   f"'published' on line {line} of {where}")
    rid = rec.get("id")
    return make_article(
        text, id=str(rid) if rid not in (None, "") else None, url=_str(rec.get("url")), date=published,
        outlet=outlet or _str(rec.get("outlet")), title=_str(rec.get("title")), origin=f"{where}:{line}",
    )


def _str(v: Any) -> str | None:
    return v if isinstance(v, str) and v.strip() else None


def iter_jsonl(stream: Iterable[bytes | str], where: str, *, date: str | dt.date | None = None,
               outlet: str | None = None) -> Iterator[Article | InputError]:
    """Articles of a JSONL corpus, one JSON object a line (blank lines skipped)."""
    for n, raw in enumerate(stream, 1):
        line = raw.decode("utf-8-sig" if n == 1 else "utf-8", "replace") if isinstance(raw, bytes) else raw
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except ValueError as exc:
            yield InputError("E007", line=n, path=where, detail=str(exc))
            continue
        try:
            yield _record_article(rec, where, n, date, outlet)
        except InputError as exc:
            yield exc


def _entry_date(entry: Any) -> dt.date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        t = entry.get(key)
        if t:
            return dt.date(t.tm_year, t.tm_mon, t.tm_mday)
    return None


def _entry_content(entry: Any) -> str:
    parts = [c.get("value", "") for c in entry.get("content", []) or []]
    html = max(parts, key=len) if parts else ""
    if not html:
        return ""
    text = _TAGS.sub("\n", html)
    import html as _html

    return re.sub(r"\n\s*\n+", "\n\n", _html.unescape(text)).strip()


def _site_name(title: str | None) -> str | None:
    if not title:
        return None
    return _SITE_SEPARATOR.split(title.strip())[0].strip() or None


def iter_feed(data: bytes, where: str, *, date: str | dt.date | None = None, outlet: str | None = None,
              timeout: float = TIMEOUT) -> Iterator[Article | InputError]:
    """Articles of an RSS or Atom feed: each entry's full content if the feed has it, else its page."""
    import feedparser

    parsed = feedparser.parse(io.BytesIO(data))
    if not parsed.entries:
        reason = str(parsed.get("bozo_exception", "")) or "it has no entries"
        yield InputError("E012", path=where, detail=reason)
        return
    site = outlet or _site_name(parsed.feed.get("title"))

    def one(entry: Any) -> Article | InputError:
        link = entry.get("link")
        title = entry.get("title")
        published = date or _entry_date(entry)
        content = _entry_content(entry)
        name = link or entry.get("id") or where
        try:
            if len(content) >= FULL_CONTENT or not link:
                if not content:
                    raise InputError("E013", path=name, detail="the entry has neither a link nor content")
                return make_article(content, id=None, url=link, date=published, outlet=site, title=title,
                                    origin=where)
            page = fetch(link, timeout=timeout)
            art = html_article(_page_text(page.data, link, page.content_type), link, url=link, date=published,
                               outlet=site)
            return Article(art.id, art.text, title or art.title, art.published, art.outlet, art.url, where)
        except InputError as exc:
            return exc

    entries = list(parsed.entries)
    with ThreadPoolExecutor(max_workers=_FETCH_THREADS) as pool:
        yield from pool.map(one, entries)


def _looks_like_feed(data: bytes, content_type: str = "") -> bool:
    head = data[:2048].lstrip().lower()
    if any(t in content_type for t in ("rss", "atom")):
        return True
    return head.startswith(b"<?xml") and (b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in data[:4096].lower()) \
        or head.startswith((b"<rss", b"<feed"))


def iter_url(url: str, *, date: str | dt.date | None = None, outlet: str | None = None,
             timeout: float = TIMEOUT, fmt: str = "auto") -> Iterator[Article | InputError]:
    """A feed's articles, or one article page, from an http(s) address."""
    try:
        page = fetch(url, timeout=timeout)
    except InputError as exc:
        yield exc
        return
    if fmt == "feed" or (fmt == "auto" and _looks_like_feed(page.data, page.content_type)):
        yield from iter_feed(page.data, url, date=date, outlet=outlet, timeout=timeout)
    elif fmt == "jsonl":
        yield from iter_jsonl(io.BytesIO(page.data), url, date=date, outlet=outlet)
    else:
        try:
            yield html_article(_page_text(page.data, url, page.content_type), url, url=url, date=date, outlet=outlet)
        except InputError as exc:
            yield exc


def _file_format(path: Path, fmt: str) -> str | None:
    if fmt != "auto":
        return fmt
    suffix = path.suffix.lower()
    if suffix == ".xml":
        return "feed"
    return SUFFIXES.get(suffix)


def iter_file(path: Path, *, date: str | dt.date | None = None, outlet: str | None = None, fmt: str = "auto",
              timeout: float = TIMEOUT) -> Iterator[Article | InputError]:
    kind = _file_format(path, fmt)
    try:
        if kind is None:
            raise InputError("E006", path=str(path), detail=path.suffix or "no extension")
        if kind == "jsonl":
            try:
                f = path.open("rb")
            except OSError as exc:
                raise InputError("E002", path=str(path), detail=exc.strerror or str(exc)) from None
            with f:
                yield from iter_jsonl(f, str(path), date=date, outlet=outlet)
            return
        if kind == "feed":
            yield from iter_feed(_read_bytes(path), str(path), date=date, outlet=outlet, timeout=timeout)
            return
        yield article_from_file(path, date=date, outlet=outlet, fmt=kind)
    except InputError as exc:
        yield exc


def check_input_format(fmt: str) -> str:
    if fmt not in INPUT_FORMATS:
        raise InputError("E014", value=fmt, allowed=", ".join(INPUT_FORMATS))
    return fmt


def iter_articles(paths: Iterable[str | Path], *, date: str | None = None, outlet: str | None = None,
                  fmt: str = "auto", timeout: float = TIMEOUT) -> Iterator[Article | InputError]:
    """Articles from files, folders (their .txt, .html, .jsonl, .rss and .atom files, recursively, sorted)
    and http(s) addresses of feeds or pages."""
    check_input_format(fmt)
    if date is not None:
        parse_date(date)  # a bad --date stops the batch before it starts
    for raw in paths:
        text = str(raw)
        if text.lower().startswith(("http://", "https://")):
            yield from iter_url(text, date=date, outlet=outlet, timeout=timeout, fmt=fmt)
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES
                           and not any(part.startswith(".") for part in p.relative_to(path).parts))
        elif path.exists():
            files = [path]
        else:
            yield InputError("E001", path=str(path))
            continue
        for f in files:
            yield from iter_file(f, date=date, outlet=outlet, fmt=fmt, timeout=timeout)


def iter_stdin(data: bytes, *, id: str | None, date: str | None = None, outlet: str | None = None,
               fmt: str = "auto") -> Iterator[Article | InputError]:
    """Articles from stdin: one text article (``--id`` needed), or JSONL, HTML or a feed with ``--input-format``."""
    check_input_format(fmt)
    try:
        if fmt == "jsonl":
            yield from iter_jsonl(io.BytesIO(data), "-", date=date, outlet=outlet)
        elif fmt == "feed":
            yield from iter_feed(data, "-", date=date, outlet=outlet)
        elif fmt == "html":
            yield html_article(_page_text(data, "-"), "-", id=id, date=date, outlet=outlet)
        else:
            if not id:
                raise InputError("E009", value="", detail="'-' reads one article from stdin; give its id with --id")
            yield article_from_text(decode(data, "-"), id, date=date, outlet=outlet, origin="-")
    except InputError as exc:
        yield exc


__all__ = [
    "INPUT_FORMATS", "SUFFIXES", "USER_AGENT", "article_from_file", "article_from_text", "canonical_url",
    "check_id", "check_input_format", "content_id", "decode", "fetch", "html_article", "iter_articles",
    "iter_feed", "iter_file", "iter_jsonl", "iter_stdin", "iter_url", "make_article", "parse_date",
]

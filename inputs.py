"""Reading inputs into :class:`~peyvand.records.Article` records (files, folders, stdin).

The article id is the file name without extension. A ``NAME.json`` next to
``NAME.txt`` may give metadata (``id``, ``title``, ``outlet``,
``published``, ``url``); ``--date`` and ``--outlet`` on the command line win.
Every problem is a coded :class:`~peyvand.errors.InputError`, yielded in
place of the article so that the batch goes on.

>>> article_from_text("  متن خبر  ", "خبر-۱", date="2025-10-29").published
datetime.date(2025, 10, 29)
>>> article_from_text("x", " ")
Traceback (most recent call last):
...
peyvand.errors.InputError: [E009] Article id ' ' is not usable: it is empty. Use a non-empty id without control characters.
>>> decode(b"\\xff\\xfe" + "سلام".encode("utf-16-le"), "x.txt")
'سلام'
"""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path

from .errors import InputError
from .records import Article

TEXT_SUFFIXES = (".txt",)


def parse_date(value: str | dt.date | None, what: str = "--date") -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise InputError("E005", value=value, what=what) from None


def check_id(article_id: str) -> str:
    if not article_id or not article_id.strip():
        raise InputError("E009", value=article_id, detail="it is empty")
    if any(unicodedata.category(c) == "Cc" for c in article_id):
        raise InputError("E009", value=article_id, detail="it holds a control character")
    return article_id


def decode(data: bytes, path: str) -> str:
    """Text from UTF-8 (with or without BOM), UTF-16 (with BOM) or Windows-1256."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError:
        raise InputError("E002", path=path, detail=str(utf8_error)) from None
    if not any("\u0600" <= c <= "\u06ff" for c in text):
        raise InputError("E002", path=path, detail=str(utf8_error))
    return text


def article_from_text(text: str, article_id: str, *, date: str | dt.date | None = None, outlet: str | None = None,
                      title: str | None = None, url: str | None = None, origin: str | None = None) -> Article:
    check_id(article_id)
    if not text.strip():
        raise InputError("E004", path=origin or article_id)
    return Article(id=article_id, text=text, title=title, published=parse_date(date), outlet=outlet, url=url,
                   origin=origin)


def _metadata(path: Path) -> dict[str, str]:
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


def article_from_file(path: Path, *, date: str | dt.date | None = None, outlet: str | None = None) -> Article:
    if path.suffix.lower() not in TEXT_SUFFIXES:
        raise InputError("E006", path=str(path), detail=path.suffix or "no extension")
    try:
        text = decode(path.read_bytes(), str(path))
    except OSError as exc:
        raise InputError("E002", path=str(path), detail=exc.strerror or str(exc)) from None
    meta = _metadata(path)
    published = parse_date(date) if date else parse_date(meta.get("published"), f"'published' in {path.with_suffix('.json')}")
    return article_from_text(
        text, meta.get("id") or path.stem, date=published, outlet=outlet or meta.get("outlet"),
        title=meta.get("title"), url=meta.get("url"), origin=str(path),
    )


def iter_articles(paths: Iterable[str | Path], *, date: str | None = None,
                  outlet: str | None = None) -> Iterator[Article | InputError]:
    """Articles from files and folders (a folder: its ``.txt`` files, recursively, sorted)."""
    if date is not None:
        parse_date(date)  # a bad --date stops the batch before it starts
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES)
        elif path.exists():
            files = [path]
        else:
            yield InputError("E001", path=str(path))
            continue
        for f in files:
            try:
                yield article_from_file(f, date=date, outlet=outlet)
            except InputError as exc:
                yield exc


__all__ = ["article_from_file", "article_from_text", "check_id", "decode", "iter_articles", "parse_date"]

"""Reading real corpora: HTML pages, JSONL, RSS/Atom feeds over HTTP (127.0.0.1 only), encodings, ids."""

from __future__ import annotations

import datetime as dt
import http.server
import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from peyvand.errors import InputError
from peyvand.ingest.readers import (
    USER_AGENT,
    canonical_url,
    decode,
    iter_articles,
    iter_stdin,
    make_article,
)

BODY = "وزیر دفاع ژاپن روز سه‌شنبه با همتای آمریکایی خود در واشنگتن دیدار کرد و دو طرف درباره همکاری‌های دفاعی گفت‌وگو کردند."
BODY2 = "ارتش فنلاند و ارتش سوئد رزمایش مشترک زمستانی را در شمال فنلاند برگزار کردند و وزیران دفاع دو کشور از آن بازدید کردند."


def page(title: str, body: str, charset: str = "utf-8") -> str:
    return f"""<html><head><meta charset="{charset}"><title>{title}</title>
<meta property="article:published_time" content="2025-10-29T08:30:00+03:30"></head><body>
<nav><a href="/">خانه</a> | <a href="/world">بین‌الملل</a> | <a href="/sport">ورزش</a></nav>
<article><h1>{title}</h1><p>{body}</p><p>{body}</p></article>
<footer>کلیه حقوق این سایت محفوظ است. تماس با ما | درباره ما</footer></body></html>"""


# --- a real HTTP server on 127.0.0.1 serving fixtures -----------------------------------


class _Handler(http.server.BaseHTTPRequestHandler):
    routes: dict[str, tuple[int, str, bytes]] = {}
    agents: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        self.agents.append(self.headers.get("User-Agent", ""))
        if self.path.startswith("/slow"):
            time.sleep(2)
        status, ctype, data = self.routes.get(self.path.split("?")[0], (404, "text/plain", b"not found"))
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def web() -> Iterator[tuple[str, dict, list]]:
    routes: dict[str, tuple[int, str, bytes]] = {}
    agents: list[str] = []
    handler = type("H", (_Handler,), {"routes": routes, "agents": agents})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.handle_error = lambda *a: None  # a client that gave up (the timeout test) is not an error here
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", routes, agents
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def rss(base: str, items: list[tuple[str, str, str]]) -> bytes:
    entries = "".join(
        f"<item><title>{t}</title><link>{base}{path}</link><pubDate>Wed, 29 Oct 2025 08:00:00 GMT</pubDate>"
        f"<description>{d}</description></item>" for t, path, d in items)
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>خبرگزاری نمونه - آخرین اخبار</title>'
            f"<link>{base}/</link>{entries}</channel></rss>").encode("utf-8")


# --- HTML ---------------------------------------------------------------------------------


def test_html_main_text_title_date_and_zwnj(tmp_path: Path) -> None:
    (tmp_path / "news-1.html").write_text(page("دیدار وزیران دفاع", BODY), encoding="utf-8")
    (art,) = iter_articles([tmp_path / "news-1.html"])
    assert not isinstance(art, InputError), art
    assert art.id == "news-1" and art.title == "دیدار وزیران دفاع"
    assert art.published == dt.date(2025, 10, 29)
    assert "همتای آمریکایی" in art.text and "سه\u200cشنبه" in art.text  # ZWNJ survives trafilatura
    assert "حقوق این سایت" not in art.text and "ورزش" not in art.text  # boilerplate dropped


def test_html_in_windows_1256(tmp_path: Path) -> None:
    # Windows-1256 has no Persian ی/ک: old sites wrote the Arabic ي/ك
    html = page("خبر", BODY, "windows-1256").replace("ی", "ي").replace("ک", "ك").replace("\u200c", " ")
    (tmp_path / "old.htm").write_bytes(html.encode("cp1256"))
    (art,) = iter_articles([tmp_path])
    assert not isinstance(art, InputError), art
    assert "وزير دفاع ژاپن" in art.text


def test_page_without_text_is_e013(tmp_path: Path) -> None:
    (tmp_path / "empty.html").write_text("<html><body><nav>خانه</nav></body></html>", encoding="utf-8")
    (item,) = iter_articles([tmp_path / "empty.html"])
    assert isinstance(item, InputError) and item.code == "E013"


# --- JSONL --------------------------------------------------------------------------------


def test_jsonl_corpus_ids_metadata_and_bad_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a-1", "text": BODY, "title": "عنوان", "published": "2025-10-29", "outlet": "ایرنا",
                    "url": "https://irna.ir/news/1"}, ensure_ascii=False),
        "",  # blank lines are skipped
        json.dumps({"text": BODY2, "url": "https://WWW.Isna.ir/news/2?utm_source=telegram"}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "no-text"}),
        json.dumps({"id": "bad-date", "text": BODY, "published": "29/10/2025"}, ensure_ascii=False),
        json.dumps({"text": BODY2, "date": "2024-05-01T10:00:00Z", "outlet": "تسنیم"}, ensure_ascii=False),
    ]
    (tmp_path / "corpus.jsonl").write_text("\n".join(lines), encoding="utf-8-sig")  # with a BOM
    items = list(iter_articles([tmp_path / "corpus.jsonl"]))
    assert len(items) == 6
    a, b, bad_json, no_text, bad_date, c = items
    assert a.id == "a-1" and a.outlet == "ایرنا" and a.published == dt.date(2025, 10, 29) and a.title == "عنوان"
    assert b.id == "https://www.isna.ir/news/2"  # no id: the canonical URL
    assert (bad_json.code, bad_json.fields["line"]) == ("E007", 4)
    assert (no_text.code, no_text.fields["line"]) == ("E007", 5)
    assert bad_date.code == "E005" and "line 6" in str(bad_date)
    assert c.id.startswith("sha1-") and c.published == dt.date(2024, 5, 1)  # no id, no URL: a content hash
    again = list(iter_articles([tmp_path / "corpus.jsonl"]))
    assert [x.id for x in again if not isinstance(x, InputError)] == [a.id, b.id, c.id]  # stable ids


def test_jsonl_from_stdin() -> None:
    data = (json.dumps({"id": "s1", "text": BODY}, ensure_ascii=False) + "\n").encode()
    (art,) = iter_stdin(data, id=None, fmt="jsonl")
    assert art.id == "s1"


# --- encodings and ids ------------------------------------------------------------------


@pytest.mark.parametrize("label, data", [
    ("utf-16-le without BOM", BODY.encode("utf-16-le")),
    ("utf-16-be without BOM", BODY.encode("utf-16-be")),
    ("utf-8 with BOM", b"\xef\xbb\xbf" + BODY.encode()),
    # Windows-1256 needs Arabic ي/ك and has no ZWNJ-free problem: detected, not guessed as Latin
    ("windows-1256", BODY.replace("ی", "ي").replace("ک", "ك").replace("\u200c", " ").encode("cp1256")),
])
def test_decode(label: str, data: bytes) -> None:
    text = decode(data, "x")
    assert "دفاع ژاپن" in text, label


def test_ids_are_stable() -> None:
    assert canonical_url("https://x.ir:443/a/?fbclid=1#c") == "https://x.ir/a/"
    assert make_article(BODY, url="https://x.ir/a?utm_campaign=z").id == "https://x.ir/a"
    assert make_article(BODY, id="given", url="https://x.ir/a").id == "given"
    assert make_article(BODY).id == make_article(BODY).id != make_article(BODY + " ").id


# --- feeds over HTTP ------------------------------------------------------------------


def test_feed_from_url_fetches_pages_with_user_agent(web) -> None:
    base, routes, agents = web
    routes["/feed.xml"] = (200, "application/rss+xml; charset=utf-8",
                           rss(base, [("خبر یک", "/n/1", "خلاصه"), ("خبر دو", "/n/2", "خلاصه"), ("خبر سه", "/n/3", "خلاصه")]))
    routes["/n/1"] = (200, "text/html; charset=utf-8", page("خبر یک", BODY).encode())
    routes["/n/3"] = (200, "text/html; charset=utf-8", page("خبر سه", BODY2).encode())
    items = list(iter_articles([base + "/feed.xml"]))
    assert len(items) == 3
    one, missing, three = items
    assert one.id == f"{base}/n/1" and one.title == "خبر یک" and "همتای آمریکایی" in one.text
    assert one.outlet == "خبرگزاری نمونه" and one.published == dt.date(2025, 10, 29)
    assert isinstance(missing, InputError) and missing.code == "E011" and "404" in str(missing)
    assert "رزمایش مشترک" in three.text  # the rest of the feed goes in
    assert agents and all(a == USER_AGENT for a in agents)


def test_feed_file_with_full_content_is_not_fetched(tmp_path: Path, web) -> None:
    base, routes, agents = web
    content = "<p>" + BODY + "</p><p>" + BODY2 + "</p><p>" + BODY + "</p>"
    atom = f"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>نمونه</title>
        <entry><title>کامل</title><id>urn:x:1</id><link href="{base}/full/1"/><updated>2025-10-29T08:00:00Z</updated>
        <content type="html"><![CDATA[{content}]]></content></entry></feed>"""
    (tmp_path / "feed.atom").write_text(atom, encoding="utf-8")
    (art,) = iter_articles([tmp_path / "feed.atom"])
    assert not isinstance(art, InputError), art
    assert art.id == f"{base}/full/1" and "رزمایش مشترک" in art.text and not agents


def test_fetch_timeout_is_e011(web) -> None:
    base, routes, _ = web
    routes["/slow"] = (200, "text/html", page("x", BODY).encode())
    (item,) = iter_articles([base + "/slow"], timeout=0.5)
    assert isinstance(item, InputError) and item.code == "E011"


def test_not_a_feed_is_e012(tmp_path: Path) -> None:
    (tmp_path / "x.rss").write_text("this is not xml", encoding="utf-8")
    (item,) = iter_articles([tmp_path / "x.rss"])
    assert isinstance(item, InputError) and item.code == "E012"


def test_folder_of_mixed_formats(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "b.html").write_text(page("ب", BODY2), encoding="utf-8")
    (tmp_path / "c.jsonl").write_text(json.dumps({"id": "c1", "text": BODY}, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "a.json").write_text('{"outlet": "ایسنا"}', encoding="utf-8")  # a sidecar, not an article
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "x.txt").write_text(BODY, encoding="utf-8")
    ids = [x.id for x in iter_articles([tmp_path])]
    assert ids == ["a", "b", "c1"]


def test_unknown_input_format() -> None:
    with pytest.raises(InputError) as exc:
        list(iter_articles([], fmt="pdf"))
    assert exc.value.code == "E014"

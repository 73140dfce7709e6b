"""An article's source chain: who published it and whom it quoted.

«به گزارش ایسنا به نقل از خبرآنلاین، خبرگزاری رویترز گزارش داد: …» gives
the chain ایسنا → خبرآنلاین → خبرگزاری رویترز. Provenance is recorded on
the article, never as a fact between actors.

>>> from peyvand.ingest.text import Document
>>> from peyvand.ingest.gazetteer import Gazetteer
>>> doc = Document.from_text("به گزارش ایسنا به نقل از خبرآنلاین، خبرگزاری رویترز گزارش داد: متن.")
>>> [l.name for l in source_chain(doc, Gazetteer(), None, None)]
['ایسنا', 'خبرآنلاین', 'خبرگزاری رویترز']
"""

from __future__ import annotations

import re

from ..records import KnowledgeBase, SourceLink
from .gazetteer import Gazetteer
from .text import Document

_NAME = r"[^،,:؛.\n]{2,60}?"
_REPORT = re.compile(
    rf"به\s+گزارش\s+(?P<first>{_NAME})(?P<rest>(?:\s+(?:و\s+)?به\s+نقل\s+از\s+{_NAME})*)\s*(?=[،,:؛.\n]|$)"
)
_QUOTE = re.compile(rf"به\s+نقل\s+از\s+({_NAME})(?=\s+به\s+نقل\s+از|\s*$)")
_REPORTED = re.compile(
    r"^\s*[،,]?\s*(?P<name>(?:خبرگزاری|روزنامه|شبکه|نشریه|پایگاه خبری|پایگاه اینترنتی|رسانه|تلویزیون|رادیو|هفته‌نامه)\s+[^،,:؛.\n]{2,40}?)\s+(?:گزارش\s+داد|نوشت|اعلام\s+کرد|گزارش\s+کرد|خبر\s+داد|مدعی\s+شد)"
)
_HEADLINE = re.compile(r"^\s*(?P<name>[^:\n]{2,30}?)\s*:\s*\S")
_HANDLE = re.compile(r"(?m)^\s*@(?P<h>[A-Za-z0-9_]{3,40})\s*$")
_TRIM = re.compile(r"^(?:خبرگزاری|روزنامه|شبکه|نشریه)\s+")


def attribution_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of «به گزارش X به نقل از Y،» phrases: provenance, not actors.

    >>> attribution_spans("به گزارش ایرنا به نقل از رویترز، روسیه گفت.")
    [(0, 31)]
    """
    if "گزارش" not in text:
        return []  # _REPORT needs the word: most sentences have none, and then no match is tried at each «به»
    return [(m.start(), m.end()) for m in _REPORT.finditer(text)]


def _link(pos: int, name: str, gaz: Gazetteer, kb: KnowledgeBase | None) -> SourceLink:
    name = name.strip().strip("«»\"' ")
    eid = None
    if kb is not None:
        for cand in (name, _TRIM.sub("", name)):
            hits = [p[1] for p in gaz.lookup(cand) if p[0] == "name"]
            orgs = [h for h in hits if kb.get(h) is not None and kb.get(h).type == "Organization"]  # type: ignore[union-attr]
            if orgs:
                eid = orgs[0]
                break
    return SourceLink(pos, name, eid)


def source_chain(doc: Document, gaz: Gazetteer, kb: KnowledgeBase | None, outlet: str | None) -> tuple[SourceLink, ...]:
    names: list[str] = []
    text = doc.text
    m = _REPORT.search(text)
    if m:
        names.append(m.group("first"))
        names.extend(q.strip() for q in re.split(r"\s+(?:و\s+)?به\s+نقل\s+از\s+", m.group("rest")) if q.strip())
        after = text[m.end(): m.end() + 120]
        r = _REPORTED.match(after)
        if r:
            names.append(r.group("name"))
    else:
        for s in doc.sentences[:3]:
            r = _REPORTED.match(s.text)
            if r:
                names.append(r.group("name"))
                break
            h = _HEADLINE.match(s.text)
            if h and kb is not None:
                cand = h.group("name")
                hits = [p[1] for p in gaz.lookup(cand) if p[0] == "name"]
                if any(kb.get(x) is not None and kb.get(x).kind == "Outlet" for x in hits):  # type: ignore[union-attr]
                    names.append(cand)
                    break
    if outlet:
        if not names or _norm(names[0]) != _norm(outlet):
            names.insert(0, outlet)
    elif not names:
        h = _HANDLE.search(text)
        if h:
            names.append("@" + h.group("h"))
    out: list[SourceLink] = []
    for n in names:
        if out and _norm(out[-1].name) == _norm(n):
            continue
        out.append(_link(len(out), n, gaz, kb))
    return tuple(out)


def _norm(s: str) -> str:
    return re.sub(r"[\s\u200c]", "", _TRIM.sub("", s.strip()))

"""Longest-match name finder that ignores ZWNJ, spaces, hyphens and letter variants.

Names are compiled into an Aho–Corasick automaton (pyahocorasick) over their
*squeezed* form (see :func:`peyvand.ingest.normalize.squeeze`); the text is
searched in the same squeezed view, and each hit is mapped back to the text
and kept only if it starts at a word start and ends at a word end (or before
an inflection suffix such as «ها» or «ی»). Overlaps keep the longest hit.

>>> g = Gazetteer([("کره جنوبی", "Q884"), ("کره", "Q884"), ("ژاپن", "Q17")])
>>> [(m.surface, m.payloads) for m in g.find("سفر به کره‌جنوبی و ژاپن")]
[('کره\u200cجنوبی', ('Q884',)), ('ژاپن', ('Q17',))]
>>> g.find("ژاپنی‌ها") == []   # a longer word is not «ژاپن»
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterable

import ahocorasick

from .normalize import squeeze

# Characters that the squeezed view drops (must match normalize.squeeze).
_DROPPED = re.compile(r"[\u064b-\u0655\u0670\u0640\u200c\u200d\u200e\u200f\s\-‐_«»\"'()\u0654]")
# Letters and digits (Arabic-script punctuation such as «،» and «؟» is not a word character).
_WORD_CHAR = re.compile(r"[A-Za-z0-9\u0621-\u063a\u0641-\u064a\u0660-\u0669\u066e-\u06d3\u06d5\u06f0-\u06ff\u064b-\u0655]")
# What may follow a name inside the same word: inflection and clitics.
_TAILS = frozenset({"", "ها", "های", "هایی", "ی", "ای", "اش", "ش", "ست", "یست", "ئی", "یی", "شان", "مان"})
_TAIL_RE = re.compile(r"[\u0621-\u063a\u0641-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff\u200c]*")


@dataclass(frozen=True, slots=True)
class Hit:
    start: int
    end: int
    surface: str
    payloads: tuple[Any, ...]
    key: str


_SQ_CACHE: dict[str, str] = {}


def _squeeze_char(ch: str) -> str:
    out = _SQ_CACHE.get(ch)
    if out is None:
        out = "" if _DROPPED.match(ch) else squeeze(ch)
        _SQ_CACHE[ch] = out
    return out


class _CharTable(dict):
    """``str.translate`` table: code point → the character's squeezed form, filled on first sight."""

    def __init__(self) -> None:
        super().__init__()
        self.dropped: set[str] = set()  # characters the squeezed view drops
        self.multi: set[str] = set()  # characters squeezed to more than one character
        self.dropped_re: re.Pattern[str] | None = None
        self.multi_re: re.Pattern[str] | None = None

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        out = _squeeze_char(ch)
        if not out:
            self.dropped.add(ch)
            self.dropped_re = None
        elif len(out) > 1:
            self.multi.add(ch)
            self.multi_re = re.compile("[" + "".join(re.escape(c) for c in sorted(self.multi)) + "]")
        self[code] = out
        return out

    def dropped_pattern(self) -> re.Pattern[str]:
        if self.dropped_re is None:
            self.dropped_re = re.compile("[" + "".join(re.escape(c) for c in sorted(self.dropped)) + "]")
        return self.dropped_re


_TABLE = _CharTable()


class SqueezedText:
    """The squeezed view of a text with a map back to text offsets (build once, search many times)."""

    __slots__ = ("text", "view", "index")

    def __init__(self, text: str) -> None:
        table = _TABLE
        view = text.translate(table)
        self.text = text
        if table.multi_re is not None and table.multi_re.search(text):  # a character squeezes to several
            parts = [_squeeze_char(ch) for ch in text]
            self.view = "".join(parts)
            self.index = [i for i, p in enumerate(parts) for _ in range(len(p))]
            return
        self.view = view
        if len(view) == len(text):
            self.index = list(range(len(text)))
            return
        index: list[int] = []
        extend = index.extend
        pos = 0
        for m in table.dropped_pattern().finditer(text):
            k = m.start()
            if k > pos:
                extend(range(pos, k))
            pos = k + 1
        if pos < len(text):
            extend(range(pos, len(text)))
        self.index = index

    def span(self, vstart: int, vend: int) -> tuple[int, int]:
        return self.index[vstart], self.index[vend - 1] + 1


def _is_word_start(text: str, i: int) -> bool:
    return i == 0 or (not _WORD_CHAR.match(text[i - 1]) and text[i - 1] != "\u200c")


# Attached directly (no ZWNJ) after a name, «ی» would make a new word
# («ژاپنی», «آمریکایی»), so only these may follow without a ZWNJ.
_GLUED_TAILS = frozenset({"", "ها", "های", "هایی", "ست", "اش", "ش"})


def _tail_ok(text: str, end: int, tails: frozenset[str], glued: frozenset[str]) -> bool:
    if end >= len(text):
        return True
    nxt = text[end]
    if nxt == "\u200c":
        tail = _TAIL_RE.match(text, end + 1)
        return tail is not None and tail.group(0).replace("\u200c", "") in tails
    if not _WORD_CHAR.match(nxt):
        return True
    tail = _TAIL_RE.match(text, end)
    return tail is not None and tail.group(0).replace("\u200c", "") in glued


class Gazetteer:
    """Names → payloads; :meth:`find` returns non-overlapping longest hits."""

    def __init__(self, entries: Iterable[tuple[str, Any]] = (), tails: frozenset[str] | None = None) -> None:
        """``tails``: suffixes allowed after a name inside the same word (default:
        plural and clitics; a trigger gazetteer also allows «ی», «ات» …)."""
        self._payloads: dict[str, list[Any]] = {}
        self.tails = _TAILS if tails is None else tails
        for name, payload in entries:
            self.add(name, payload)
        self._automaton: ahocorasick.Automaton | None = None

    def add(self, name: str, payload: Any) -> None:
        key = squeeze(name)
        if len(key) < 2:
            return
        lst = self._payloads.setdefault(key, [])
        if payload not in lst:
            lst.append(payload)
        self._automaton = None

    def remove(self, name: str) -> None:
        """Forget a name (all its payloads)."""
        if self._payloads.pop(squeeze(name), None) is not None:
            self._automaton = None

    def __len__(self) -> int:
        return len(self._payloads)

    def __contains__(self, name: str) -> bool:
        return squeeze(name) in self._payloads

    def lookup(self, name: str) -> tuple[Any, ...]:
        return tuple(self._payloads.get(squeeze(name), ()))

    def _build(self) -> ahocorasick.Automaton:
        a = ahocorasick.Automaton()
        for key in self._payloads:
            a.add_word(key, key)
        if len(self._payloads):
            a.make_automaton()
        return a

    def find(self, text: str, view: SqueezedText | None = None) -> list[Hit]:
        if not self._payloads:
            return []
        if self._automaton is None:
            self._automaton = self._build()
        view = view or SqueezedText(text)
        hits: list[Hit] = []
        for vend, key in self._automaton.iter(view.view):
            vstart = vend - len(key) + 1
            start, end = view.span(vstart, vend + 1)
            glued = self.tails if self.tails is not _TAILS else _GLUED_TAILS
            if not _is_word_start(text, start) or not _tail_ok(text, end, self.tails, glued):
                continue
            hits.append(Hit(start, end, text[start:end], tuple(self._payloads[key]), key))
        hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
        out: list[Hit] = []
        last_end = -1
        for h in hits:
            if h.start >= last_end:  # sorted by start, longest first: leftmost-longest
                out.append(h)
                last_end = h.end
        return out

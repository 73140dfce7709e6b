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

import itertools
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
_TAILS = frozenset({"", "ها", "های", "هایی", "ی", "ای", "اش", "ش", "ست", "یست", "ئی", "یی", "شان", "مان", "اند"})  # («… اعضای این پیمان‌اند»)
_TAIL_RE = re.compile(r"[\u0621-\u063a\u0641-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff\u200c]*")


@dataclass(frozen=True, slots=True)
class Hit:
    start: int
    end: int
    surface: str
    payloads: tuple[Any, ...]
    key: str


# Hits are made by the thousand per article: set the slots directly rather than through the
# frozen dataclass's __init__ (the same object, in less than half the time; tested).
_NEW = object.__new__
_HIT_SLOTS = tuple(getattr(Hit, f).__set__ for f in ("start", "end", "surface", "payloads", "key"))


def make_hit(start: int, end: int, surface: str, payloads: tuple[Any, ...], key: str) -> Hit:
    """``Hit(start, end, surface, payloads, key)`` without the frozen dataclass's __init__."""
    h = _NEW(Hit)
    s1, s2, s3, s4, s5 = _HIT_SLOTS
    s1(h, start)
    s2(h, end)
    s3(h, surface)
    s4(h, payloads)
    s5(h, key)
    return h


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
# The table filled in advance for the characters of news text (Latin, Arabic script, general
# punctuation, presentation forms), and a plain-dict copy of it: str.translate looks a plain dict up
# twice as fast as a dict subclass. A text with a character outside these ranges goes through _TABLE
# (which fills itself), so both give every character its _squeeze_char.
_PREFILLED = ((0x0000, 0x0800), (0x2000, 0x2070), (0xFB50, 0xFE00), (0xFE70, 0xFF00))
for _lo, _hi in _PREFILLED:
    for _code in range(_lo, _hi):
        _TABLE[_code]  # noqa: B018 - fills the entry
_PLAIN_TABLE = dict(_TABLE)
# Within those ranges: the characters the view drops, those it changes (to one character), those it
# squeezes to several (SqueezedText takes its general path for these)
_PLAIN_DROPPED = frozenset(chr(c) for c, v in _PLAIN_TABLE.items() if v == "")
_PLAIN_DROPPED_RE = re.compile("[" + "".join(re.escape(c) for c in sorted(_PLAIN_DROPPED)) + "]")
# the dropped characters but the two news text is full of (a space and a ZWNJ, both dropped)
_PLAIN_DROPPED_RARE_RE = re.compile("[" + "".join(re.escape(c) for c in sorted(_PLAIN_DROPPED - {" ", "\u200c"})) + "]")
assert {" ", "\u200c"} <= _PLAIN_DROPPED
_PLAIN_CHANGED_RE = re.compile("[" + "".join(re.escape(chr(c)) for c, v in sorted(_PLAIN_TABLE.items())
                                             if len(v) == 1 and v != chr(c)) + "]")
_PLAIN_MULTI = re.compile("[" + "".join(re.escape(chr(c)) for c, v in sorted(_PLAIN_TABLE.items()) if len(v) > 1) + "]")
# The changed characters' one-character forms, none of them a changed character: replacing the changed
# characters one after the other («آ» → «ا», «أ» → «ا», …) gives what translate gives, for a fraction of its cost
_PLAIN_CHANGED = {chr(c): v for c, v in _PLAIN_TABLE.items() if len(v) == 1 and v != chr(c)}
assert _PLAIN_CHANGED.keys().isdisjoint(_PLAIN_CHANGED.values())
_OUTSIDE = re.compile("[^" + "".join(f"{re.escape(chr(lo))}-{re.escape(chr(hi - 1))}" for lo, hi in _PREFILLED) + "]")


class SqueezedText:
    """The squeezed view of a text with a map back to text offsets (build once, search many times)."""

    __slots__ = ("text", "view", "index", "hits")

    def __init__(self, text: str) -> None:
        self.hits: dict[tuple[int, int], list[Hit]] = {}  # (gazetteer serial, version) → its hits here
        table = _TABLE
        self.text = text
        if _OUTSIDE.search(text) is None and _PLAIN_MULTI.search(text) is None:
            # the common case, the same view and index as below with fewer steps: split at what the table maps
            # to "" (one-character matches, in C): the parts joined are the kept characters, and their lengths
            # give the kept positions; then replace the few distinct characters that change, if any
            if _PLAIN_DROPPED_RARE_RE.search(text) is None:
                # only spaces and ZWNJs are dropped: the same parts, split by str.split (≈3× faster than re.split)
                parts = text.replace("\u200c", " ").split(" ")
            else:
                parts = _PLAIN_DROPPED_RE.split(text)
            if len(parts) == 1:
                view = text
                self.index = list(range(len(text)))
            else:
                view = "".join(parts)
                index: list[int] = []
                extend = index.extend
                pos = 0
                for part in parts:
                    if part:
                        extend(range(pos, pos + len(part)))
                    pos += len(part) + 1  # the part and the dropped character after it
                self.index = index
            changed = _PLAIN_CHANGED_RE.findall(view)
            if changed:
                for ch in set(changed):
                    view = view.replace(ch, _PLAIN_CHANGED[ch])
            self.view = view
            return
        view = text.translate(_PLAIN_TABLE if _OUTSIDE.search(text) is None else table)
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


_SERIALS = itertools.count()


class Gazetteer:
    """Names → payloads; :meth:`find` returns non-overlapping longest hits."""

    def __init__(self, entries: Iterable[tuple[str, Any]] = (), tails: frozenset[str] | None = None) -> None:
        """``tails``: suffixes allowed after a name inside the same word (default:
        plural and clitics; a trigger gazetteer also allows «ی», «ات» …)."""
        self._payloads: dict[str, list[Any]] = {}
        self._lookups: dict[str, tuple[Any, ...]] = {}  # name as written → lookup(name), while unchanged
        # (serial, version) names this gazetteer's current content: the key of the hits a view caches
        self._serial = next(_SERIALS)
        self._version = 0
        self._group: GazetteerGroup | None = None  # searched together with others (see GazetteerGroup)
        self._endings: frozenset[str] | None = None  # see key_endings, while unchanged
        self.tails = _TAILS if tails is None else tails
        for name, payload in entries:
            self.add(name, payload)
        self._automaton: ahocorasick.Automaton | None = None

    def _changed(self) -> None:
        self._automaton = None
        self._endings = None
        self._version += 1
        if self._lookups:
            self._lookups = {}
        if self._group is not None:
            self._group.stale = True  # its automaton and this one's hits no longer agree

    def add(self, name: str, payload: Any) -> None:
        key = squeeze(name)
        if len(key) < 2:
            return
        lst = self._payloads.setdefault(key, [])
        if payload not in lst:
            lst.append(payload)
        self._changed()

    def remove(self, name: str) -> None:
        """Forget a name (all its payloads)."""
        if self._payloads.pop(squeeze(name), None) is not None:
            self._changed()

    def __len__(self) -> int:
        return len(self._payloads)

    def __contains__(self, name: str) -> bool:
        return squeeze(name) in self._payloads

    def lookup(self, name: str) -> tuple[Any, ...]:
        out = self._lookups.get(name)
        if out is None:
            out = tuple(self._payloads.get(squeeze(name), ()))
            if len(self._lookups) > 100_000:
                self._lookups = {}
            self._lookups[name] = out
        return out

    def key_endings(self) -> frozenset[str] | None:
        """Every ending of every key (a key is a squeezed name; "" included), or None if a key holds a
        Greek sigma.

        ``squeeze`` maps character by character and then lower-cases, and only a Greek capital sigma
        lower-cases by its neighbours; so where no key holds «σ» or «ς», a key equal to ``squeeze``
        of several words joined ends with ``squeeze`` of the last word: a word whose squeezed form is
        not in this set ends no name.

        >>> Gazetteer([("از سوی", 1)]).key_endings() == {"", "ی", "وی", "سوی", "زسوی", "ازسوی"}
        True
        """
        if self._endings is None:
            keys = self._payloads
            if any("σ" in k or "ς" in k for k in keys):
                return None
            self._endings = frozenset(k[i:] for k in keys for i in range(len(k) + 1))
        return self._endings

    def _build(self) -> ahocorasick.Automaton:
        a = ahocorasick.Automaton()
        for key in self._payloads:
            a.add_word(key, key)
        if len(self._payloads):
            a.make_automaton()
        return a

    def find(self, text: str, view: SqueezedText | None = None) -> list[Hit]:
        """The hits in ``text`` (whose squeezed view may be given), leftmost-longest.

        With a view, the hits are kept on it: the same search on the same view
        answers the same list (callers must not change it).
        """
        if not self._payloads:
            return []
        if view is None or view.text is not text:
            return self._find(text, view or SqueezedText(text))
        key = (self._serial, self._version)
        hits = view.hits.get(key)
        if hits is None:
            group = self._group
            if group is not None and group.fill(view):
                hits = view.hits.get(key)
            if hits is None:
                hits = view.hits[key] = self._find(text, view)
        return hits

    def _find(self, text: str, view: SqueezedText) -> list[Hit]:
        if self._automaton is None:
            self._automaton = self._build()
        return self._select(text, view, self._automaton.iter(view.view))

    def _select(self, text: str, view: SqueezedText, found: Iterable[tuple[int, str]]) -> list[Hit]:
        """The hits among the automaton's ``(view end, key)`` matches: at word bounds, leftmost-longest."""
        index = view.index
        spans = []
        for vend, key in found:
            start = index[vend - len(key) + 1]
            if start and text[start - 1] in _WORD_OR_ZWNJ:
                continue  # not at a word start
            spans.append((start, index[vend] + 1, key))
        return self._hits(text, spans)

    def _hits(self, text: str, spans: Iterable[tuple[int, int, str]]) -> list[Hit]:
        """The hits among ``(start, end, key)`` text spans that start at a word start: those whose end
        this gazetteer's tails allow, leftmost-longest."""
        hits: list[Hit] = []
        payloads = self._payloads
        tails = self.tails
        glued = tails if tails is not _TAILS else _GLUED_TAILS
        new = _NEW
        set_start, set_end, set_surface, set_payloads, set_key = _HIT_SLOTS
        n = len(text)
        for start, end, key in spans:
            # _tail_ok holds at the text's end and before a character that is no word character nor a ZWNJ
            if end < n and text[end] in _WORD_OR_ZWNJ and not _tail_ok(text, end, tails, glued):
                continue
            h = new(Hit)  # make_hit, inlined
            set_start(h, start)
            set_end(h, end)
            set_surface(h, text[start:end])
            set_payloads(h, tuple(payloads[key]))
            set_key(h, key)
            hits.append(h)
        if not hits:
            return hits
        if len(hits) > 1:
            hits.sort(key=_hit_order)
        out: list[Hit] = []
        last_end = -1
        for h in hits:
            if h.start >= last_end:  # sorted by start, longest first: leftmost-longest
                out.append(h)
                last_end = h.end
        return out


def _hit_order(h: Hit) -> tuple[int, int]:
    return (h.start, -(h.end - h.start))


# The characters _WORD_CHAR matches (all below U+0700), and those with a ZWNJ: a set look-up, no call
_WORD_SET = frozenset(ch for ch in map(chr, range(0x700)) if _WORD_CHAR.match(ch))
_WORD_OR_ZWNJ = _WORD_SET | {"\u200c"}


class GazetteerGroup:
    """Gazetteers searched together: one automaton pass over a view finds the hits of all of them.

    Each member's hits are then selected as its own :meth:`Gazetteer.find`
    would (its tails, word bounds, leftmost-longest) and kept on the view, so
    the members' later searches of that view cost a dictionary look-up. A
    member changed since the group was built is searched on its own again.
    """

    def __init__(self, members: Iterable[Gazetteer]) -> None:
        self.members: list[Gazetteer] = list(dict.fromkeys(members))
        self.versions = [g._version for g in self.members]  # noqa: SLF001 - same module
        # each member's hits key (see Gazetteer.find), fixed while the group is not stale
        self.keys = [(g._serial, g._version) for g in self.members]  # noqa: SLF001
        owners: dict[str, list[int]] = {}
        for k, g in enumerate(self.members):
            for key in g._payloads:  # noqa: SLF001
                owners.setdefault(key, []).append(k)
        self.automaton = ahocorasick.Automaton()
        for key, ks in owners.items():
            self.automaton.add_word(key, (key, tuple(ks)))
        if owners:
            self.automaton.make_automaton()
        self._empty = not owners
        # set by a member's _changed(): then some member's version is no longer the one recorded above
        self.stale = False
        for g in self.members:
            g._group = self  # noqa: SLF001

    def fill(self, view: SqueezedText) -> bool:
        """Put every member's hits on the view; False if a member has changed since the group was built."""
        if self.stale:
            return False
        members = self.members
        found: list[list[tuple[int, int, str]]] = [[] for _ in members]
        text = view.text
        if not self._empty:
            index = view.index
            for vend, (key, ks) in self.automaton.iter(view.view):
                # the word-start test of Gazetteer._select, made once for all the members holding the key
                start = index[vend - len(key) + 1]
                if start and text[start - 1] in _WORD_OR_ZWNJ:
                    continue
                span = (start, index[vend] + 1, key)
                for k in ks:
                    found[k].append(span)
        cache = view.hits
        for g, key, spans in zip(members, self.keys, found):
            if key not in cache and g._payloads:  # noqa: SLF001 - an empty gazetteer answers [] without a view
                cache[key] = g._hits(text, spans) if spans else []  # noqa: SLF001
        return True

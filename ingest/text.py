"""Sentences and tokens with offsets over normalised Persian text.

>>> doc = Document.from_text("وزیر دفاع ژاپن گفت: «همکاری ادامه دارد.» او افزود.\\nتیتر دوم")
>>> [s.text for s in doc.sentences]
['وزیر دفاع ژاپن گفت:', '«همکاری ادامه دارد.»', 'او افزود.', 'تیتر دوم']
>>> [t.text for t in doc.sentences[2].tokens]
['او', 'افزود', '.']
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

ZWNJ = "\u200c"

# A word: Persian/Arabic letters with ZWNJ inside; Latin words (with inner
# hyphens/dots/apostrophes: F-35, U.S.); numbers (Persian or Latin digits with
# separators); any other single non-space character is punctuation.
_TOKEN_RE = re.compile(
    r"[\u0621-\u063a\u0641-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff](?:[\u0621-\u063a\u0641-\u0655\u066e-\u06d3\u06d5\u06fa-\u06ff\u0670\u200c]*[\u0621-\u063a\u0641-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff\u0654])?"
    r"|[A-Za-z](?:[A-Za-z0-9]|[-'.](?=[A-Za-z0-9]))*"
    r"|[0-9\u06f0-\u06f9\u0660-\u0669]+(?:[.,/٫٬:][0-9\u06f0-\u06f9\u0660-\u0669]+)*"
    r"|\S"
)
# A sentence ends at . ! ? ؟ (and …) followed by space, a closing quote or the
# end; a closing quote/bracket right after the mark stays with the sentence.
_SENT_END = re.compile(r"[.!?؟…]+[»\"')\]]*(?=\s|$)|\n+|:(?=\s*«)")


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int  # offsets into the document's (normalised) text
    end: int
    kind: str  # "word" (Persian), "latin", "num", "punct"

    @property
    def is_word(self) -> bool:
        return self.kind in ("word", "latin")


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    text: str
    start: int
    end: int
    tokens: tuple[Token, ...] = field(default=())


def _kind(tok: str) -> str:
    c = tok[0]
    if unicodedata.category(c)[0] in "PSZ" and len(tok) == 1:
        return "punct"  # «،», «؛», «؟», «٪» are in the Arabic block but are punctuation
    if "\u0600" <= c <= "\u06ff" and not ("\u06f0" <= c <= "\u06f9" or "\u0660" <= c <= "\u0669"):
        return "word"
    if c.isascii() and c.isalpha():
        return "latin"
    if c.isdigit():
        return "num"
    return "punct"


_KINDS: dict[str, str] = {}  # token text → kind (a pure function of the text, memoised)

# A frozen dataclass's __init__ sets each field through object.__setattr__; setting the
# slots directly makes the same object in less than half the time (tokenize makes hundreds
# per article). tests/ingest/test_text.py checks that both give equal tokens.
_NEW = object.__new__
_SET_TEXT, _SET_START, _SET_END, _SET_KIND = (Token.text.__set__, Token.start.__set__,  # type: ignore[attr-defined]
                                              Token.end.__set__, Token.kind.__set__)  # type: ignore[attr-defined]


def make_token(text: str, start: int, end: int, kind: str) -> Token:
    """``Token(text, start, end, kind)``, built without the frozen dataclass's __init__."""
    tok = _NEW(Token)
    _SET_TEXT(tok, text)
    _SET_START(tok, start)
    _SET_END(tok, end)
    _SET_KIND(tok, kind)
    return tok


def tokenize(text: str, offset: int = 0) -> tuple[Token, ...]:
    """Tokens of ``text`` with offsets shifted by ``offset``."""
    kinds = _KINDS
    out = []
    append = out.append
    find = text.find
    new, set_text, set_start, set_end, set_kind = _NEW, _SET_TEXT, _SET_START, _SET_END, _SET_KIND
    pos = 0
    # findall, not finditer: no match object per token. Every character but whitespace is part of a
    # token (the last alternative is «\S»), so only whitespace lies between two tokens and a token
    # (which starts with a non-space) is first found where its match starts.
    for tok in _TOKEN_RE.findall(text):
        kind = kinds.get(tok)
        if kind is None:
            kind = _kind(tok)
            if len(kinds) > 100_000:
                kinds.clear()
            kinds[tok] = kind
        start = find(tok, pos)
        pos = start + len(tok)
        t = new(Token)  # make_token, inlined
        set_text(t, tok)
        set_start(t, start + offset)
        set_end(t, pos + offset)
        set_kind(t, kind)
        append(t)
    return tuple(out)


# Persian names of Latin letters, written as initials before a name («جی. دی. ونس», «ای. کی. آنتونی»)
LETTER_NAMES = frozenset(("ای", "بی", "سی", "دی", "اف", "جی", "اچ", "کی", "ال", "ام", "ان", "پی", "آر", "اس", "تی", "یو",
                       "وی", "ایکس", "زد", "جِی", "کیو"))


_DIACRITICS = re.compile("[\u064B-\u0652]")


def is_letter_name(word: str) -> bool:
    """Is the word the Persian name of a Latin letter, as written for an initial («ای», «کِی»)?"""
    return _DIACRITICS.sub("", word) in LETTER_NAMES


def _initial_before(text: str, i: int) -> bool:
    """Is text[:i] ending in a whole word that names a Latin letter («… ای», «جی»)?"""
    j = i
    while j > 0 and i - j <= 4 and not text[j - 1].isspace():
        j -= 1
    return (j == 0 or text[j - 1].isspace()) and is_letter_name(text[j:i])


def split_sentences(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence, stripped of surrounding space."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _SENT_END.finditer(text):
        if m.group(0) == "." and _initial_before(text, m.start()):
            continue  # «ای. کی. آنتونی»: a transliterated initial, not a sentence end
        end = m.end() if m.group(0)[0] != "\n" else m.start()
        spans.append((pos, end))
        pos = m.end()
    spans.append((pos, len(text)))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


@dataclass(frozen=True, slots=True)
class Document:
    text: str
    sentences: tuple[Sentence, ...]

    @classmethod
    def from_text(cls, text: str) -> Document:
        sentences = tuple(
            Sentence(i, text[s:e], s, e, tokenize(text[s:e], s))
            for i, (s, e) in enumerate(split_sentences(text))
        )
        return cls(text, sentences)

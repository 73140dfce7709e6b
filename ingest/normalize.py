"""Persian text normalisation that is idempotent and keeps offsets.

hazm's :class:`~hazm.Normalizer` does most of the work (spacing, ``می``
prefixes, punctuation, diacritics). Around it peyvand adds what hazm lacks:

* a character pass before hazm: Arabic ``ي``/``ى``/``ك`` and Arabic-Indic
  digits to Persian, invisible marks dropped, stray ZWNJs (next to spaces,
  digits or punctuation, the source of hazm's non-idempotence) removed;
* a lexicon-based repair of stripped ZWNJs (``منطقهای`` → ``منطقه‌ای``,
  ``رئیسجمهور`` → ``رئیس‌جمهور``) from hazm's word list;
* an alignment from every normalised character back to the original text,
  so evidence offsets point into the article as it was given.

>>> norm = get_normalizer()
>>> norm.normalize("وزير دفاع امريكا در منطقهای بیسابقه")
'وزیر دفاع امریکا در منطقه\u200cای بی\u200cسابقه'
>>> t = norm.normalize("رئیسجمهور")
>>> t == norm.normalize(t)
True
"""

from __future__ import annotations

import importlib.resources
import os
import re
import threading
import weakref
from dataclasses import dataclass
from functools import lru_cache

os.environ.setdefault("HF_HUB_OFFLINE", "1")

ZWNJ = "\u200c"

# One-to-one character replacements applied before hazm (offsets unchanged).
_CHAR_MAP = {
    "ي": "ی", "ى": "ی", "ئ": "ئ", "ك": "ک", "ڪ": "ک", "ھ": "ه", "ە": "ه",
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ",
    "\u3000": " ", "\t": " ", "\r": "\n", "\u2028": "\n", "\u2029": "\n", "\x0b": "\n", "\x0c": "\n",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2212": "-", "ـ": "ـ",
}
_CHAR_MAP.update({chr(0x0660 + d): chr(0x06F0 + d) for d in range(10)})  # Arabic-Indic → Persian digits
_TRANSLATE = str.maketrans(_CHAR_MAP)
# Invisible characters that carry no meaning in Persian news text.
_DROP = re.compile("[\u200b\u200d\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad\x00-\x08\x0e-\x1f\x7f]")
_LETTER = r"[\u0620-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff]"
# A ZWNJ is meaningful only between two Persian letters. What ``(?<!L)ZWNJ+|ZWNJ+(?!L)`` removes (every run of
# ZWNJs but a single one between two letters), written to start with the ZWNJ: a pattern that starts with a
# look-behind is tried at every position of the text, one that starts with a character only where it occurs
# (≈25× faster on an article; tests/ingest/test_normalize.py). The same for the look-behinds below.
_STRAY_ZWNJ = re.compile(rf"{ZWNJ}(?:{ZWNJ}+|(?<!{_LETTER}{ZWNJ})|(?!{_LETTER}))")
_MULTI_ZWNJ = re.compile(f"{ZWNJ}{{2,}}")
# hazm's spacing turns «F-35» into «F- 35»; put the hyphen back.
_HYPHEN_DIGIT = re.compile(r"- (?<=[A-Za-z\u0600-\u06ff]- )(?=[0-9۰-۹])")  # (?<=[A-Za-z\u0600-\u06ff])- (?=[0-9۰-۹])
_TOKEN = re.compile(f"[\u0600-\u06ff{ZWNJ}]+")
# the same tokens, captured: split() gives the text between them and the tokens, alternately
_TOKEN_SPLIT = re.compile(f"([\u0600-\u06ff{ZWNJ}]+)")
# Letters that join to the following letter (a ZWNJ after them is visible).
_JOINING = set("بپتثجچحخسشصضطظعغفقکگلمنهیئ")
_SUFFIXES = ("هایی", "هایم", "هایت", "هایش", "هایمان", "هایتان", "هایشان", "های", "ها",
             "ترین", "تری", "تر", "ای", "ایی", "اش", "ام", "ات", "مان", "تان", "شان")
_PREFIXES = ("نمی", "می", "بی")


# The characters _TRANSLATE changes (str.translate looks every character up; a regex skips the rest).
_TRANSLATED = re.compile("[" + "".join(re.escape(k) for k, v in sorted(_CHAR_MAP.items()) if k != v) + "]")


def _translate(m: re.Match[str]) -> str:
    return _CHAR_MAP[m.group(0)]


# hazm writes a decimal point between digits as « ٫ » one match at a time, so «0.0.0» would need two passes
_DECIMAL_POINT = re.compile(r"\.(?<=\d\.)(?=\d)")  # (?<=\d)\.(?=\d)


# «پ ک ک», «ی پ گ», «پ ژ ا ک»: an acronym spelt in spaced single letters (three or more; «و» is a word) is one
# word; joined before hazm, which would glue a lone «ی» to the word before as an ezafe («علیه‌ی پ گ»)
_SPACED_ACRONYM = re.compile(r"(?<![\w\u200c])[آابپتثجچحخدذرزژسشصضطظعغفقکگلمنهی](?: [آابپتثجچحخدذرزژسشصضطظعغفقکگلمنهی]){2,}(?![\w\u200c])")


def _join_acronym(m: re.Match[str]) -> str:
    return m.group(0).replace(" ", ZWNJ)


def _clean(text: str) -> str:
    text = _DECIMAL_POINT.sub("٫", _TRANSLATED.sub(_translate, text))
    text = _DROP.sub("", text)
    if _SPACED_ACRONYM.search(text):
        text = _SPACED_ACRONYM.sub(_join_acronym, text)
    if ZWNJ + ZWNJ in text:
        text = _MULTI_ZWNJ.sub(ZWNJ, text)
    return _STRAY_ZWNJ.sub("", text)


@dataclass(frozen=True, slots=True)
class Normalized:
    """A normalised text and the map of each of its characters to the original."""

    text: str
    original: str
    offsets: tuple[int, ...]  # len(text) + 1 entries, into ``original``

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets of the normalised span ``[start, end)``."""
        if end <= start:
            o = self.offsets[start]
            return o, o
        return self.offsets[start], self.offsets[end - 1] + 1


class Normalizer:
    """hazm's normaliser made idempotent, with ZWNJ repair and offset alignment.

    Building one costs about 2 s (hazm's normaliser and word list); build it
    once and reuse it (:func:`get_normalizer` keeps one per process).
    """

    def __init__(self) -> None:
        import hazm  # imported here: it is slow to import and needs HF_HUB_OFFLINE

        self._hazm = hazm.Normalizer(persian_numbers=False)
        # hazm's normalize() rebuilds its character table on every call; _hazm_normalize builds it once
        from hazm.constants import TRANSLATION_DST, TRANSLATION_SRC
        from hazm.utils import maketrans

        self._hazm_table = maketrans(TRANSLATION_SRC, TRANSLATION_DST)
        # str.translate looks every character up in that 393-entry dict; a regex over the characters
        # it changes skips the rest (news text rarely holds any after _clean): same result, ≈10× faster
        self._hazm_chars = {chr(k): v for k, v in self._hazm_table.items() if chr(k) != v}
        self._hazm_re = re.compile("[" + "".join(re.escape(c) for c in sorted(self._hazm_chars)) + "]")
        self._lock = threading.Lock()
        words: dict[str, int] = {}
        tags: dict[str, frozenset[str]] = {}
        shared: dict[frozenset[str], frozenset[str]] = {}  # one object per tag set: fewer objects for the GC to walk
        for word, freq, word_tags in hazm.words_list():
            words[word] = max(freq, words.get(word, 0))
            t = tags.get(word, frozenset()) | frozenset(word_tags)
            tags[word] = shared.setdefault(t, t)
        self._hazm_steps = _hazm_steps(self._hazm, words)
        self._words = words
        self._tags = tags
        # Stripped form → ZWNJ form for lexicon words written with a ZWNJ.
        squeezed: dict[str, tuple[int, str]] = {}
        for word, freq in words.items():
            if ZWNJ in word:
                key = word.replace(ZWNJ, "")
                if key not in words and freq >= squeezed.get(key, (-1, ""))[0]:
                    squeezed[key] = (freq, word)
        self._squeezed = {k: w for k, (_f, w) in squeezed.items()}
        self._repairs: dict[str, str] = {}  # token → repaired token (see _repair_cached)

    # -- public API -------------------------------------------------------
    def normalize(self, text: str) -> str:
        """Normalised text (idempotent: ``normalize(normalize(t)) == normalize(t)``)."""
        return self._normalize(text)

    def normalize_aligned(self, text: str) -> Normalized:
        """Normalised text with a map back to offsets in ``text``."""
        out = self._normalize(text)
        return Normalized(out, text, tuple(align(text, out)))

    def is_word(self, word: str) -> bool:
        """Is ``word`` in hazm's word list?"""
        return word in self._words

    def tags(self, word: str) -> frozenset[str]:
        """hazm's part-of-speech tags for ``word`` in its word list (empty if unknown)."""
        return self._tags.get(word, frozenset())

    def frequency(self, word: str) -> int:
        """hazm's corpus frequency of ``word`` (0 if unknown)."""
        return self._words.get(word, 0)

    # -- internals --------------------------------------------------------
    def _normalize(self, text: str) -> str:
        out = self._once(text)
        if _DECIMAL_POINT.search(out):
            out = self._once(out)  # «0 .0»: hazm's spacing makes a decimal point that a second pass would rewrite
        return out

    def _once(self, text: str) -> str:
        cleaned = _clean(text)
        with self._lock:  # hazm's normaliser keeps no state, but be safe under threads
            out = self._hazm_normalize(cleaned)
        out = _HYPHEN_DIGIT.sub("-", out)
        out = self._repair_tokens(out)
        if ZWNJ + ZWNJ in out:
            out = _MULTI_ZWNJ.sub(ZWNJ, out)
        return _STRAY_ZWNJ.sub("", out)

    def _hazm_normalize(self, text: str) -> str:
        """``self._hazm.normalize(text)``, with the character table built once (tested equal)."""
        if self._hazm_steps is None:
            return self._hazm.normalize(text)
        chars = self._hazm_chars
        text = self._hazm_re.sub(lambda m: chars[m.group(0)], text)  # text.translate(self._hazm_table)
        for step in self._hazm_steps:
            text = step(text)
        return text

    def _repair_tokens(self, text: str) -> str:
        """``_TOKEN.sub(lambda m: self._repair_token(m.group(0)), text)``: every token repaired (memoised:
        the result depends on the token and the word list only), the rest kept.

        A split and a loop over the tokens, rather than ``sub`` calling back into Python with a
        match object for each of an article's ~700 tokens (the same text, ≈2× faster)."""
        parts = _TOKEN_SPLIT.split(text)
        cache = self._repairs
        get = cache.get
        for k in range(1, len(parts), 2):
            token = parts[k]
            out = get(token)
            if out is None:
                out = self._repair_token(token)
                if len(cache) > 200_000:
                    cache.clear()
                cache[token] = out
            parts[k] = out
        return "".join(parts)

    def _repair_token(self, token: str) -> str:
        if ZWNJ in token or token in self._words or len(token) < 4:
            return _split_before_alef_madda(token)
        fixed = self._squeezed.get(token)
        if fixed:
            return fixed
        # Every parse stem+suffix (or prefix+rest) whose stem is a known word
        # competes; the most frequent stem wins. Parses whose stem ends in a
        # non-joining letter, or «ا»/«و» + «ی», need no ZWNJ and keep the token.
        best_freq, best = 0, token
        words = self._words
        for suffix in _SUFFIXES + ("ی", "یی"):
            if not token.endswith(suffix) or len(token) - len(suffix) < 2:
                continue
            stem = token[: -len(suffix)]
            if stem not in words or (suffix in ("ای", "ایی", "ام", "ات", "اش") and (stem[-1] != "ه" or words[stem] == 0)):
                continue  # «ای», «ام», «اش» take a ZWNJ only after a silent «ه» of a word in use (منطقه‌ای, خانه‌اش;
                # «ایلهام» is a name, not «ایله» + «ام»)
            freq = words[stem] + 1
            if stem[-1] in _JOINING and suffix not in ("ی", "یی"):
                candidate = stem + ZWNJ + suffix
            elif stem[-1] in _JOINING and suffix in ("ی", "یی") and stem[-1] == "ه":
                candidate = stem + ZWNJ + suffix  # «خانهی» → «خانه‌ی»
            else:
                candidate = token
            if freq > best_freq:
                best_freq, best = freq, candidate
        for prefix in _PREFIXES:
            rest = token[len(prefix):]
            if token.startswith(prefix) and len(rest) >= 3:
                rest_form = rest if rest in words else self._squeezed.get(rest)
                freq = words.get(rest_form or "", -1) + 1
                if rest_form and freq > best_freq:
                    best_freq, best = freq, prefix + ZWNJ + rest_form
        if best is not token:
            return best
        return _split_before_alef_madda(token)


# The steps of hazm.Normalizer.normalize in its order, each under its option (hazm 0.12).
_HAZM_STEPS = (("_persian_style", "persian_style"), ("_persian_number", "persian_number"),
               ("_remove_diacritics", "remove_diacritics"), ("_correct_spacing", "correct_spacing"),
               ("_unicodes_replacement", "unicodes_replacement"), ("_remove_specials_chars", "remove_specials_chars"),
               ("_decrease_repeated_chars", "decrease_repeated_chars"), ("_seperate_mi", "seperate_mi"))


def _hazm_steps(h: object, words: dict[str, int]) -> tuple | None:
    """The bound steps ``h.normalize`` runs after its character table, or None for a hazm whose
    ``normalize`` this was not written against (then hazm's own is called)."""
    from importlib.metadata import version

    import hazm

    if not version("hazm").startswith("0.12.") or type(h).normalize is not hazm.Normalizer.normalize:
        return None
    steps = tuple(getattr(h, step) for flag, step in _HAZM_STEPS if getattr(h, flag))
    quick = {"decrease_repeated_chars": _quick_repeats, "correct_spacing": _quick_spacing,
             "seperate_mi": lambda h: _named_mi(h, words)}
    return tuple(quick[step.__name__](h) if step.__name__ in quick and step == getattr(h, step.__name__) else step
                 for step in steps)


# For hazm's spacing patterns, what a text must contain for the pattern to change it (a pattern not
# listed here always runs). The two ZWNJ-boundary patterns match empty strings almost everywhere,
# but replacing an empty match with "" changes nothing: only a ZWNJ can be removed.
_SPACING_GUARDS: dict[str, object] = {
    r"^ +| +$": lambda t: t.startswith(" ") or t.endswith((" ", " \n")),  # no re.M: string start and end only
    r" {2,}": "  ",
    r"\n{3,}": "\n\n\n",
    r"\u200c{2,}": "\u200c\u200c",
    r"\u200c{1,} ": "\u200c ",
    r" \u200c{1,}": " \u200c",
    r"\b\u200c*\B": "\u200c",
    r"\B\u200c*\b": "\u200c",
    r"[ـ\r]": ("ـ", "\r"),
    r"([^ ]ه) ی ": " ی ",
    r"(^| )(ن?می) ": "می ",
    r'(?<=[^\n\d \.:!،؛؟»\]\)\}«\[\(\{]{2}) (تر(ین?)?|گری?|های?)(?=[ \n\.:!،؛؟»\]\)\}«\[\(\{]|$)': (" تر", " گر", " ها"),
    r"([^ ]ه) (ا(م|یم|ش|ند|ی|ید|ت))(?=[ \n\.:!،؛؟»\]\)\}]|$)": "ه ا",
    r"(ه)(ها)": "هها",
    r'" ([^\n"]+) "': '" ',
    r"([^ «\[\(\{])([«\[\(\{])": ("«", "[", "(", "{"),
}


# hazm's patterns that start with an assertion, each written to start with its first character: the same
# matches (tests/ingest/test_normalize.py), tried only where that character occurs instead of at every
# position of the text (≈20× faster). The ZWNJ-boundary patterns match no empty string (\b and \B at once).
_CHARACTER_FIRST = {
    r"\b\u200c*\B": r"\u200c(?<=\w\u200c)\u200c*\B",
    r"\B\u200c*\b": r"\u200c(?<!\w\u200c)\u200c*\b",
    r'(?<=[^\n\d \.:!،؛؟»\]\)\}«\[\(\{]{2}) (تر(ین?)?|گری?|های?)(?=[ \n\.:!،؛؟»\]\)\}«\[\(\{]|$)':
        r' (?<=[^\n\d \.:!،؛؟»\]\)\}«\[\(\{]{2} )(تر(ین?)?|گری?|های?)(?=[ \n\.:!،؛؟»\]\)\}«\[\(\{]|$)',
}


_PERSIAN_LETTER_CLASS = "[آابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی]"
_SILENT_HE_SUFFIX = r"([^ ]ه) (ا(م|یم|ش|ند|ی|ید|ت))(?=[ \n\.:!،؛؟»\]\)\}]|$)"
# hazm's patterns whose first character is frequent (any letter, anything but a space) and whose match
# hinges on a rarer one after it, each written to start with that rarer character, with the replacement
# that gives the same text: the character before it is looked at, not replaced (tests/ingest/test_normalize.py).
# A match consumed that character, but none of the next matches could have started there (it is no digit,
# no «ه»), so the same matches are found (≈3× and ≈5× faster on an article).
_RARE_CHARACTER_FIRST = {
    f"({_PERSIAN_LETTER_CLASS})(\\d)": (f"(\\d)(?<={_PERSIAN_LETTER_CLASS}\\d)", " \\1"),  # «سال۲۰۲۴» → «سال ۲۰۲۴»
    _SILENT_HE_SUFFIX: ("ه(?<=[^ ]ه)" + _SILENT_HE_SUFFIX[len("([^ ]ه)"):], "ه\u200c\\1"),  # «خانه ام» → «خانه‌ام»
}


class _StartOrSpace:
    """A compiled hazm pattern ``(^| )REST`` (``(^| )(ن?می) ``): ``sub`` gives what the pattern's own would.

    A pattern that starts with ``^`` or a space is tried at every position of the text; ``^`` (no re.M)
    matches at the start only, so its matches are the one at the start, if any, then those of ``( )REST``
    (a literal first character, found by a fast scan) in the rest of the text (≈7× faster on an article)."""

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self.whole = re.compile(pattern)
        self.spaced = re.compile("( )" + pattern[len("(^| )"):])

    def sub(self, repl: str, text: str) -> str:
        m = self.whole.match(text)
        if m is None:
            return self.spaced.sub(repl, text)
        return m.expand(repl) + self.spaced.sub(repl, text[m.end():])


def _guarded(patterns: list) -> tuple:
    """hazm's ``(pattern, replacement)`` list compiled once, each with the test that it can change a text."""
    out = []
    for pattern, repl in patterns:
        rx = re.compile(_CHARACTER_FIRST.get(pattern, pattern)) if isinstance(pattern, str) else pattern
        if isinstance(pattern, str) and pattern in _RARE_CHARACTER_FIRST:
            rewritten, repl = _RARE_CHARACTER_FIRST[pattern]
            rx = re.compile(rewritten)
        elif isinstance(pattern, str) and pattern.startswith("(^| )") \
                and not any(x in pattern[len("(^| )"):] for x in ("^", "(?<", "\\")):  # no other start, nothing behind
            rx = _StartOrSpace(pattern)  # type: ignore[assignment]
        g = _SPACING_GUARDS.get(pattern if isinstance(pattern, str) else pattern.pattern)
        if isinstance(g, str):
            g = (lambda needle: lambda t: needle in t)(g)
        elif isinstance(g, tuple):
            g = (lambda needles: lambda t: any(x in t for x in needles))(g)
        out.append((rx, repl, g))
    return tuple(out)


_MI_WORD = re.compile(r"\bن?می[آابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی]+")
_MI = re.compile(r"^(ن?می)")


def _named_mi(h: object, words: dict[str, int]):  # noqa: ANN202 - a str -> str step
    """hazm 0.12's ``seperate_mi`` («میگفت» → «می‌گفت» when hazm knows the verb), except for a surname right
    after a given name, or a second-person form after a word hazm does not know (a foreign name): «ویکرام
    میسری» is a man, not «you slide»."""
    verbs = h._verbs  # type: ignore[attr-defined]  # noqa: SLF001
    names = given_names()

    def step(text: str) -> str:
        def replace(m: re.Match) -> str:
            word = m.group(0)
            r = _MI.sub("\\1\u200c", word)
            if not verbs or r not in verbs:
                return word
            before = text[max(0, m.start() - 30): m.start()].split()
            if before and (len(before[-1]) > 2 and squeeze(before[-1]) in names  # (not a particle: «او»)
                           or word.endswith("ی") and before[-1] not in words
                           and before[-1].isalpha()):
                return word
            return r

        return _MI_WORD.sub(replace, text) if "می" in text else text

    return step


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """The lexicon's given names (``lexicon/given_names.tsv``, ``foreign_given_names.tsv``), squeezed."""
    rows: list[str] = []
    for name in ("given_names.tsv", "foreign_given_names.tsv"):
        path = importlib.resources.files("peyvand.ingest") / "lexicon" / name
        rows += [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()]
    return frozenset(squeeze(r) for r in rows if r and not r.startswith("#"))


def _quick_spacing(h: object):  # noqa: ANN202 - a str -> str step
    """hazm 0.12's ``correct_spacing`` (same steps in the same order), with its patterns compiled once
    and each skipped when the text lacks what it needs to match (tests/ingest/test_normalize.py)."""
    from hazm.constants import AFFIX_SPACING_PATTERNS, EXTRA_SPACE_PATTERNS, PUNCTUATION_SPACING_PATTERNS

    extra, affix, punct = (_guarded(p) for p in (EXTRA_SPACE_PATTERNS, AFFIX_SPACING_PATTERNS,
                                                 PUNCTUATION_SPACING_PATTERNS))
    tokenizer = h._tokenizer  # type: ignore[attr-defined]  # noqa: SLF001
    token_spacing = _quick_token_spacing(h)

    def run(patterns: tuple, text: str) -> str:
        for rx, repl, guard in patterns:
            if guard is None or guard(text):
                text = rx.sub(repl, text)
        return text

    def correct_spacing(text: str) -> str:
        text = run(extra, text)
        result = []
        for line in text.split("\n"):
            if line.strip() and tokenizer:
                line = " ".join(token_spacing(tokenizer.tokenize(line)))
            result.append(line)
        text = "\n".join(result)
        text = run(affix, text)
        return run(punct, text)

    return correct_spacing


def _quick_token_spacing(h: object):  # noqa: ANN202 - a list[str] -> list[str] step
    """hazm 0.12's ``token_spacing`` (the same joins). hazm builds ``previous + ZWNJ + token`` and looks it up
    for every token; a pair it joins is a verb or a word with a ZWNJ, so here only a token whose last
    ZWNJ-separated part ends such a word or verb is tried (tests/ingest/test_normalize.py). Built once per
    hazm normaliser (it reads the whole word and verb lists)."""
    spacer = _SPACERS.get(h)
    if spacer is not None:
        return spacer
    from hazm.constants import SUFFIXES

    words, verbs = h._words, h._verbs  # type: ignore[attr-defined]  # noqa: SLF001
    if not words:
        return h.token_spacing  # type: ignore[attr-defined]
    # the last part of every verb and word holding a ZWNJ: a pair «previous‌token» ends with the token's
    lasts = {w.rpartition(ZWNJ)[2] for w in verbs if ZWNJ in w} if verbs else set()
    lasts |= {w.rpartition(ZWNJ)[2] for w in words if ZWNJ in w}
    # a token with no ZWNJ is its own last part: unless it is in this set, neither test below can join it
    joinable = frozenset(lasts | SUFFIXES)

    def token_spacing(tokens: list[str]) -> list[str]:
        result: list[str] = []
        last = len(tokens) - 1
        for t, token in enumerate(tokens):
            if result and (token in joinable or ZWNJ in token):
                if token.rpartition(ZWNJ)[2] in lasts:
                    token_pair = result[-1] + ZWNJ + token
                    if (verbs and token_pair in verbs) or (token_pair in words and words[token_pair][0] > 0):
                        if t < last and verbs and token + "_" + tokens[t + 1] in verbs:
                            result.append(token)  # hazm: joined, then not («token_next» is a verb)
                        else:
                            result[-1] = token_pair
                        continue
                if token in SUFFIXES and result[-1] in words:
                    result[-1] = result[-1] + ZWNJ + token
                    continue
            result.append(token)
        return result

    _SPACERS[h] = token_spacing
    return token_spacing


_SPACERS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # hazm normaliser → its quick token_spacing


def _quick_repeats(h: object):  # noqa: ANN202 - a str -> str step
    """hazm's ``decrease_repeated_chars``, skipped when no letter occurs three times in a row.

    Its pattern (``[letters]*(letter)\\1{2,}[letters]*``) backtracks at every
    position of the text; it can only match where ``more_than_two_repeat_pattern``
    (one letter three times or more) does, so without such a run the text is
    returned as hazm would return it: unchanged.
    """
    step = h.decrease_repeated_chars  # type: ignore[attr-defined]
    triple = h.more_than_two_repeat_pattern.search  # type: ignore[attr-defined]

    def decrease_repeated_chars(text: str) -> str:
        return step(text) if triple(text) else text

    return decrease_repeated_chars


def _split_before_alef_madda(token: str) -> str:
    """«آ» starts a word in Persian: after a joining letter it needs a ZWNJ.

    >>> _split_before_alef_madda("ایرانآنلاین") == "ایران" + ZWNJ + "آنلاین"
    True
    """
    if "آ" not in token[1:]:
        return token
    out = [token[0]]
    for prev, ch in zip(token, token[1:]):
        if ch == "آ" and prev in _JOINING:
            out.append(ZWNJ)
        out.append(ch)
    return "".join(out)


# --- alignment ---------------------------------------------------------------

_SPACING = frozenset(" \n" + ZWNJ)
_DELETABLE = frozenset(" \n\t\r" + ZWNJ + "\u200b\u200d\u200e\u200f\u00a0\ufeffـ\u00ad") | frozenset(
    chr(c) for c in range(0x064B, 0x0656)
) | frozenset("\u0670\u0654\u0655")
_EQUIV = {"ة": "ه", "ۀ": "ه", "أ": "ا", "إ": "ا", "ؤ": "و", "«": '"', "»": '"', "٬": ",", "،": ","}


def _canon(ch: str) -> str:
    ch = ch.translate(_TRANSLATE)
    return _EQUIV.get(ch, ch)


# _canon over a whole text: only the characters it changes are replaced (each by one character)
_CANON = {ch: _canon(ch) for ch in (*_CHAR_MAP, *_EQUIV) if _canon(ch) != ch}
_CANON_RE = re.compile("[" + "".join(re.escape(ch) for ch in sorted(_CANON)) + "]")


def _canon_match(m: re.Match[str]) -> str:
    return _CANON[m.group(0)]


def align(original: str, normalized: str) -> list[int]:
    """Map each index of ``normalized`` (and its end) to an index of ``original``.

    The normaliser only inserts or removes spacing, drops marks and swaps
    single characters, so a greedy walk with a short look-ahead stays in step.

    >>> align("a  b", "a b")
    [0, 1, 3, 4]
    """
    n, m = len(original), len(normalized)
    out = [0] * (m + 1)
    # the texts with every character replaced by _canon(character): same lengths, same offsets
    co, cn = _CANON_RE.sub(_canon_match, original), _CANON_RE.sub(_canon_match, normalized)
    i = j = 0
    while j < m:
        c = normalized[j]
        if i < n and co[i] == cn[j]:
            # a run of equal (or equivalent) characters maps one to one: find its length with slice comparisons
            run = 1
            limit = min(n - i, m - j)
            while run < limit:
                step = min(run, limit - run)
                if co[i + run: i + run + step] != cn[j + run: j + run + step]:
                    break
                run += step
            if run < limit and step > 1:
                lo, hi = run, run + step  # the first difference lies in [run, run + step)
                while hi - lo > 1:
                    mid = (lo + hi) // 2
                    if co[i + lo: i + mid] == cn[j + lo: j + mid]:
                        lo = mid
                    else:
                        hi = mid
                run = lo
            out[j: j + run] = range(i, i + run)
            i += run
            j += run
            continue
        if c in _SPACING:
            if i < n and original[i] in _DELETABLE and original[i] in " \n\t\r\u00a0" + ZWNJ:
                out[j] = i
                i += 1
            else:
                out[j] = i if i < n else n
            j += 1
            continue
        if i < n and original[i] in _DELETABLE:
            i += 1
            continue
        # Look ahead a few characters on both sides to get back in step.
        target = cn[j]
        skip = next((k for k in range(1, 6) if i + k < n and co[i + k] == target), None)
        if skip is not None and all(original[i + t] in _DELETABLE or not original[i + t].isalnum() for t in range(skip)):
            i += skip
            continue
        out[j] = min(i, n)
        i = min(i + 1, n)
        j += 1
    out[m] = n if i >= n or j == m else i
    if m:
        out[m] = max(out[m], out[m - 1] + 1 if out[m - 1] < n else n)
    return out


def to_original(offsets: tuple[int, ...] | list[int], start: int, end: int) -> tuple[int, int]:
    """Original ``[start, end)`` for a normalised span, given :func:`align`'s map."""
    if end <= start:
        return offsets[start], offsets[start]
    return offsets[start], offsets[end - 1] + 1


@lru_cache(maxsize=1)
def get_normalizer() -> Normalizer:
    """The process-wide :class:`Normalizer` (built on first use)."""
    return Normalizer()


@lru_cache(maxsize=200_000)
def squeeze(text: str) -> str:
    """The matching key of a name: no ZWNJ, spaces, hyphens, marks; one letter form.

    >>> squeeze("رئیس\u200cجمهور") == squeeze("رئيس جمهور")
    True
    """
    if _SQUEEZE_OUTSIDE.search(text) is None:
        if len(text) > 32:
            # a long text (a sentence, an article): remove each character squeezed to "" that occurs, then replace
            # each that changes (a few fast scans; translate looks every character up): the line below's string
            for ch in _SQUEEZE_DROPPED:
                if ch in text:
                    text = text.replace(ch, "")
            for ch, to in _SQUEEZE_CHANGED:
                if ch in text:
                    text = text.replace(ch, to)
            return text.lower()
        return text.translate(_SQUEEZE_FULL).lower()  # the same as below (tests/ingest/test_normalize.py)
    return _SQUEEZE_RE.sub("", text.translate(_SQUEEZE_TABLE)).lower()


_SQUEEZE_TABLE = str.maketrans({**_CHAR_MAP, "ة": "ه", "ۀ": "ه", "أ": "ا", "إ": "ا", "ٱ": "ا", "ؤ": "و", "آ": "ا",
                                **{d: chr(0x6F0 + i) for i, d in enumerate("0123456789")}})  # «ام23» is «ام۲۳»
_SQUEEZE_RE = re.compile(r"[\u064b-\u0655\u0670\u0640\u200c\u200d\u200e\u200f\s\-‐_«»\"'()\u0654]")
# str.translate with a sparse dict raises and catches a KeyError inside for every character the table
# lacks (~0.4 µs a character: a sentence took 40 µs). For the characters of news text (Latin, Arabic
# script, general punctuation, presentation forms) _SQUEEZE_FULL holds every character's translation
# with what _SQUEEZE_RE drops already removed (the regex is a one-character class, so dropping after the
# translation of the whole text or after each character's is the same); a text with any other
# character takes the path above.
_SQUEEZE_RANGES = ((0x0000, 0x0800), (0x2000, 0x2070), (0xFB50, 0xFE00), (0xFE70, 0xFF00))
_SQUEEZE_FULL = {code: _SQUEEZE_RE.sub("", chr(code).translate(_SQUEEZE_TABLE))
                 for lo, hi in _SQUEEZE_RANGES for code in range(lo, hi)}
# Within those ranges: the characters squeezed to "", and those squeezed to another character (none of them
# changed in turn, nor squeezed to several characters: checked here), for the long-text path of squeeze
_SQUEEZE_DROPPED = tuple(chr(c) for c, v in sorted(_SQUEEZE_FULL.items()) if not v)
_SQUEEZE_CHANGED = tuple((chr(c), v) for c, v in sorted(_SQUEEZE_FULL.items()) if v and v != chr(c))
assert all(len(v) == 1 for _c, v in _SQUEEZE_CHANGED) and not {c for c, _v in _SQUEEZE_CHANGED} & {v for _c, v in _SQUEEZE_CHANGED}
_SQUEEZE_OUTSIDE = re.compile("[^" + "".join(f"{re.escape(chr(lo))}-{re.escape(chr(hi - 1))}" for lo, hi in _SQUEEZE_RANGES) + "]")

__all__ = ["Normalizer", "Normalized", "align", "get_normalizer", "squeeze", "to_original"]

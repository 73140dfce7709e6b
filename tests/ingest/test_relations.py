"""Relation helpers: shortcuts must answer what the direct computation answers."""

from __future__ import annotations

from pathlib import Path

from peyvand.ingest.normalize import get_normalizer, squeeze
from peyvand.ingest.relations import _ADJ_ABOUT_SQ, _ADJ_SQ, _in_adjunct, _possessive
from peyvand.ingest.text import Document, tokenize

DEVSET = Path(__file__).parents[1] / "data" / "devset" / "articles"


def _in_adjunct_direct(toks, s: int, about: bool = False) -> bool:
    """_in_adjunct without the check on the last word (the definition)."""
    if _possessive(toks[s].text) or any(t.text == "خود" for t in toks[s + 1: s + 4]):
        return False
    for back in range(0, 3):
        end = s - back
        for width in (3, 2, 1):
            if end - width >= 0 and squeeze(" ".join(t.text for t in toks[end - width: end])) in (
                    _ADJ_ABOUT_SQ if about else _ADJ_SQ):
                return True
    return False


def test_in_adjunct_equals_direct_computation() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(DEVSET.glob("*.txt"))]
    texts.append("پس از سفر وزیر و به دلیل خرید سلاح و در پاسخ به حمله و در مورد فروش و علی‌رغم تحریم و با وجود هشدار")
    found = 0
    for text in texts:
        for sent in Document.from_text(get_normalizer().normalize(text)).sentences:
            for s in range(len(sent.tokens)):
                for about in (False, True):
                    got = _in_adjunct(sent.tokens, s, about)
                    assert got == _in_adjunct_direct(sent.tokens, s, about)
                    found += got
    assert found > 10
    toks = tokenize("در پاسخ به ΣΣ حمله")  # a Greek capital sigma: lower() depends on context
    assert [_in_adjunct(toks, s) for s in range(len(toks))] == [_in_adjunct_direct(toks, s) for s in range(len(toks))]

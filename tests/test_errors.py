"""Every error code formats with the fields its message names, and says what to do."""

from __future__ import annotations

import string

import pytest

from peyvand.errors import ERRORS, PeyvandError


@pytest.mark.parametrize("code", sorted(ERRORS))
def test_every_code_formats(code: str) -> None:
    fields = {f for _, f, _, _ in string.Formatter().parse(ERRORS[code]) if f}
    err = PeyvandError(code, **{f: f"<{f}>" for f in fields})
    assert str(err).startswith(f"[{code}] ")
    assert all(f"<{f}>" in str(err) for f in fields)


@pytest.mark.parametrize("code", sorted(ERRORS))
def test_codes_are_well_formed(code: str) -> None:
    assert code[0] == "E" and code[1:].isdigit() and len(code) == 4
    assert ERRORS[code].rstrip().endswith((".", ")")), "a message ends with a full stop"


def test_unknown_code_is_a_bug() -> None:
    with pytest.raises(KeyError):
        PeyvandError("E999")

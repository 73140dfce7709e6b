"""Reading articles: ids from file names, encodings, sidecar metadata, coded errors."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from peyvand.errors import InputError
from peyvand.inputs import iter_articles

TEXT = "وزیر دفاع ژاپن با همتای آمریکایی خود دیدار کرد."


@pytest.mark.parametrize("encoding, data", [
    ("utf-8", TEXT.encode("utf-8")),
    ("utf-8 with BOM", b"\xef\xbb\xbf" + TEXT.encode("utf-8")),
    ("utf-16", TEXT.encode("utf-16")),
    # Windows-1256 has پ and ژ but only the Arabic ي and ك, as old Persian sites wrote them
    ("windows-1256", TEXT.replace("ی", "ي").replace("ک", "ك").encode("cp1256")),
])
def test_encodings(tmp_path: Path, encoding: str, data: bytes) -> None:
    (tmp_path / "a.txt").write_bytes(data)
    (art,) = iter_articles([tmp_path / "a.txt"])
    assert not isinstance(art, InputError), art
    assert art.id == "a" and "دفاع" in art.text


def test_folder_recursive_sorted_with_sidecar(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "sub" / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.json").write_text('{"outlet": "تابناک", "published": "2025-10-29", "title": "عنوان"}', encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    arts = list(iter_articles([tmp_path]))
    assert [a.id for a in arts] == ["b", "a"]
    assert arts[0].outlet == "تابناک" and arts[0].published == dt.date(2025, 10, 29) and arts[0].title == "عنوان"
    (cli,) = iter_articles([tmp_path / "b.txt"], date="2024-01-02", outlet="ایرنا")  # flags win
    assert cli.outlet == "ایرنا" and cli.published == dt.date(2024, 1, 2)


@pytest.mark.parametrize("name, data, code", [
    ("missing.txt", None, "E001"),
    ("empty.txt", " \n\t".encode(), "E004"),  # whitespace only
    ("latin1.txt", b"caf\xe9 cr\xe8me br\xfbl\xe9e", "E002"),  # neither UTF-8 nor Persian in Windows-1256
    ("page.pdf", b"%PDF", "E006"),
])
def test_bad_inputs_are_reported_not_raised(tmp_path: Path, name: str, data: bytes | None, code: str) -> None:
    if data is not None:
        (tmp_path / name).write_bytes(data)
    (item,) = iter_articles([tmp_path / name])
    assert isinstance(item, InputError) and item.code == code


def test_bad_date_stops_before_the_batch(tmp_path: Path) -> None:
    with pytest.raises(InputError) as exc:
        list(iter_articles([tmp_path], date="29/10/2025"))
    assert exc.value.code == "E005"

"""Senders' addresses in their country's postal order (case/postal_address.py), language
and gender cells as offices fill them in (pack/cells.py), and sender files with the
address given in parts."""

from __future__ import annotations

from pathlib import Path

import pytest

from ua_letters.case import Case
from ua_letters.case.model import Gender
from ua_letters.case.postal_address import country_code, postal_lines
from ua_letters.case.sender import load_sender
from ua_letters.errors import CaseFileError
from ua_letters.pack import read_supporters
from ua_letters.pack.cells import gender_of, language_of


@pytest.mark.parametrize(
    ("parts", "language", "lines"),
    [
        ((["1 Piccadilly"], "M1 1AE", "Manchester", "UK"), "en",
         ["1 Piccadilly", "Manchester", "M1 1AE", "UNITED KINGDOM"]),
        ((["12 Main St"], "D02 X285", "Dublin", "Irland"), "de",
         ["12 Main St", "Dublin", "D02 X285", "IRLAND"]),
        ((["Hauptstraße 1"], "10115", "Berlin", "Deutschland"), "de",
         ["Hauptstraße 1", "10115 Berlin", "DEUTSCHLAND"]),
        ((["12 rue de la Paix"], "75002", "Paris", "FR"), "es",
         ["12 rue de la Paix", "75002 Paris", "FRANCIA"]),
        ((["ул. Ленина, 5"], "119019", "Москва", "Россия"), "ru",
         ["ул. Ленина, 5", "Москва", "119019", "РОССИЯ"]),
        ((["Чүй проспекти 100"], "720001", "Бишкек", "KGZ"), "ky",
         ["Чүй проспекти 100", "720001 Бишкек", "КЫРГЫЗСТАН"]),
        ((["1-2-3 Chiyoda"], "100-0001", "Tokyo", "Japan"), "en",  # JP's format has no town
         ["1-2-3 Chiyoda", "100-0001 Tokyo", "JAPAN"]),
        ((["Flat 2", "3 High St"], "", "Leeds", "England"), "en",  # UK order, own word
         ["Flat 2", "3 High St", "Leeds", "ENGLAND"]),
        ((["Hauptstraße 1"], "10115", "Berlin", "DEU"), "ru",  # a code: CLDR's name
         ["Hauptstraße 1", "10115 Berlin", "ГЕРМАНИЯ"]),
        ((["Rue 1"], "1000", "Cité", "Atlantis"), "fr", ["Rue 1", "1000 Cité", "ATLANTIS"]),
        ((["Hauptstr. 1"], "10115", "Berlin", ""), "ru", ["Hauptstr. 1", "10115 Berlin"]),
    ],
)  # fmt: skip
def test_postal_order_by_country(
    parts: tuple[list[str], str, str, str], language: str, lines: list[str]
) -> None:
    assert postal_lines(*parts, language=language) == lines


def test_a_us_state_goes_where_the_us_puts_it() -> None:
    lines = postal_lines(["5th Ave"], "10001", "New York", "USA", "NY", language="en")
    assert lines == ["5th Ave", "New York, NY 10001", "UNITED STATES"]
    assert postal_lines(["5th Ave"], "10001", "New York", "USA", language="en")[1] == (
        "New York 10001"  # no dangling comma when the state is missing
    )


def test_country_names_are_cldr_names_in_any_shipped_language() -> None:
    for written in ("Germany", "Deutschland", "Allemagne", "Alemania", "Германия", "DE", "deu"):
        assert country_code(written) == "DE", written
    assert country_code("Elbonia") is None and country_code("") is None


@pytest.mark.parametrize(
    ("cell", "code"),
    [("RU", "ru"), ("Ru", "ru"), ("ru-RU", "ru"), ("rus", "ru"), ("Russian", "ru"),
     ("русский", "ru"), ("Русский", "ru"), ("Deutsch", "de"), ("GERMAN", "de"),
     ("Kyrgyz", "ky"), ("кыргызча", "ky"), ("киргизский", "ky"), ("français", "fr"),
     ("Spanisch", "es"), ("inglés", "en"), ("Klingon", None), ("xx", None)],
)  # fmt: skip
def test_language_cells(cell: str, code: str | None) -> None:
    assert language_of(cell) == code


@pytest.mark.parametrize(
    ("cell", "gender"),
    [("m", Gender.male), ("M", Gender.male), ("м", Gender.male), ("Herr", Gender.male),
     ("male", Gender.male), ("f", Gender.female), ("w", Gender.female), ("ж", Gender.female),
     ("Ж", Gender.female), ("Frau", Gender.female), ("Mme.", Gender.female),
     ("d", Gender.unknown), ("x", Gender.unknown), ("divers", Gender.unknown),
     ("other", Gender.unknown), ("", Gender.unknown), ("sometimes", Gender.unknown)],
)  # fmt: skip
def test_gender_cells(cell: str, gender: Gender) -> None:
    assert gender_of(cell) == gender


def test_a_sender_file_may_give_the_address_in_parts(tmp_path: Path) -> None:
    file = tmp_path / "me.yaml"
    file.write_text(
        "name: Jane Doe\nstreet: 1 Main Street\npostcode: M1 1AE\ncity: Manchester\n"
        "country: United Kingdom\n",
        encoding="utf-8",
    )
    sender = load_sender(file)
    assert sender.address == ["1 Main Street", "Manchester", "M1 1AE", "UNITED KINGDOM"]
    file.write_text("name: J\naddress: [x]\ncity: Y\n", encoding="utf-8")
    with pytest.raises(CaseFileError, match="either address or street"):
        load_sender(file)


def test_a_language_the_pack_cannot_write_is_named_in_the_reason(
    tmp_path: Path, example_case: Case
) -> None:
    source = tmp_path / "l.csv"
    source.write_text("name,language\nA,Italian\nB,xx\nC,Русский\n", encoding="utf-8")
    listing = read_supporters(source, example_case)
    assert [s.language for s in listing.supporters] == ["ru"]
    first, second = (str(p) for p in listing.skipped)
    assert "l.csv row 2: the letters of this case are not written in Italian (it) yet" in first
    assert "l.csv row 3: the language column holds no language code this case has" in second
    assert "xx" not in second.split(":", 1)[1]  # the cell is never echoed

"""The UA's country from its officials' own numbers, when nothing else names it.

Only numbers the UA wrote in full count, only when no official is abroad, and only when all
agree: a wrong country would put the wrong code before every number written without one.
"""

from __future__ import annotations

from ua_letters.importer import import_bytes
from ua_letters.importer.numbers import region_of
from ua_letters.importer.parse import _country_from_numbers
from ua_letters.importer.result import FoundRecipient


def test_a_number_written_in_full_names_its_country() -> None:
    assert region_of("+202 2577 4716") == "EG"
    assert region_of("+1 334 353 0004") == "US"  # Alabama: the area code decides, not "+1"


def test_a_number_without_its_code_or_invalid_names_none() -> None:
    assert region_of("2577 4716") is None
    assert region_of("+57 1 570 2000") is None  # Bogotá's form before the plan of 2021


def test_officials_whose_numbers_disagree_give_no_country() -> None:
    cairo = FoundRecipient(line=1, fax=["+20 2 2577 4716"])
    berlin = FoundRecipient(line=5, fax=["+49 30 88925176"])
    assert _country_from_numbers([cairo]) == {"EG": 1}
    assert not _country_from_numbers([cairo, berlin])


def test_one_unreadable_number_gives_no_country() -> None:
    official = FoundRecipient(line=1, fax=["+20 2 2577 4716", "+57 1 570 2000"])
    assert not _country_from_numbers([official])


def test_a_prosecutor_with_only_a_fax_gives_the_country_to_check() -> None:
    page = ("Hamada al-Sawi,\nOffice of the Public Prosecutor\nMadinat al-Rehab\n\n"
            "Fax: (00 202) 2577 4716\n\nDear Counsellor,\n\nI ask you to release them.\n")
    ua = import_bytes(page.encode(), "letter.txt")
    assert ua.country == "EG"
    assert "numbers" in ua.checks["ua.country"]


def test_an_ambassador_abroad_keeps_the_numbers_from_counting() -> None:
    page = ("President Example\nOffice of the President\nFax: +20 2 2577 4716\n"
            "Salutation: Dear President\n\nAmbassador Example\nEmbassy of Egypt\n"
            "3521 International Court NW, Washington DC 20008\nFax: +1 202 244 4319\n"
            "Salutation: Dear Ambassador\n")
    ua = import_bytes(page.encode(), "ua.txt")
    assert ua.country == "EG"  # the state the embassy represents, never the +1 of Washington
    assert "embassy" in ua.checks["ua.country"]

"""Numbers as UAs write them; every rewrite carries a note for a person to check."""

from __future__ import annotations

import pytest

from ua_letters.importer.numbers import Number, split_numbers


@pytest.mark.parametrize(
    ("value", "numbers"),
    [
        ("+996 312 68 20 44", ["+996 312 68 20 44"]),
        ("+996 312 68 20 44 -OR- +996 312 66 54 11", ["+996 312 68 20 44", "+996 312 66 54 11"]),
        ("+1 202 555 0101 / +1 202 555 0102", ["+1 202 555 0101", "+1 202 555 0102"]),
        ("+57 601 596 0480, +57 601 596 0481", ["+57 601 596 0480", "+57 601 596 0481"]),
        ("+1 202 555 0101 or +1 202 555 0102", ["+1 202 555 0101", "+1 202 555 0102"]),
        ("+966 11 403 3125 (via the Ministry of the Interior)", ["+966 11 403 3125"]),
        ("+44 (0)20 7413 5500", ["+44 (0)20 7413 5500"]),
    ],
)
def test_numbers_are_copied_as_written(value: str, numbers: list[str]) -> None:
    found, problems = split_numbers(value, "KG")
    assert [n.text for n in found] == numbers
    assert all(n.note is None for n in found) and problems == []


def test_an_alternative_ending_is_expanded_with_a_note() -> None:
    found, _ = split_numbers("+998 71 233 3917/8", None)
    assert [n.text for n in found] == ["+998 71 233 3917", "+998 71 233 3918"]
    assert found[1].note and "3917/8" in found[1].note


def test_international_prefix_and_local_numbers() -> None:
    (double_zero,), _ = split_numbers("00 994 12 492 0625", None)
    assert double_zero == Number("+994 12 492 0625", "written as 00 994 12 492 0625 in the UA")
    (local,), _ = split_numbers("228 841 7400", "MX")
    assert local.text == "+52 228 841 7400" and local.note and "MX" in local.note
    (unknown,), _ = split_numbers("228 841 7400", None)
    assert unknown.text == "228 841 7400" and unknown.note


def test_what_is_not_a_number_is_reported() -> None:
    found, problems = split_numbers("see the ministry's website", "KG")
    assert found == [] and problems == ['"see the ministry\'s website" is not a number']
    found, problems = split_numbers("12 34", "KG")
    assert found == [] and "too short" in problems[0]


def test_a_second_number_written_without_its_prefix_takes_the_first_ones() -> None:
    # the shape of 44-amnesty-org-mexico-amr-41-026-1996.txt ("Faxes: + 52 5 515 1794 or
    # 542 1648"), with Mexico City's present eight-digit numbers
    found, problems = split_numbers("+52 55 5093 4900 or 5093 4901", "MX")
    assert [n.text for n in found] == ["+52 55 5093 4900", "+52 55 5093 4901"]
    assert found[1].note and "prefix +52 55" in found[1].note and problems == []
    # as many digits as the first number's last groups, grouped otherwise ("+ 42 02 2494
    # 6615/961 53358", page 56): the same prefix, marked to check
    found, problems = split_numbers("+52 55 5093 4900 or 50934 901", "MX")
    assert [n.text for n in found] == ["+52 55 5093 4900", "+52 55 50934 901"]
    assert found[1].note and "prefix +52 55" in found[1].note and problems == []
    # fewer digits than any run of the first number's last groups: left out, as before
    found, problems = split_numbers("+52 55 5093 4900 or 509 4901", "MX")
    assert [n.text for n in found] == ["+52 55 5093 4900"] and "left out" in problems[0]
    # no country code and an address in no known country: the prefix of the number
    # before it ("+ 42 02 614 33560 / 614 33552", Prague 2001), never left as written
    found, problems = split_numbers("+ 42 02 614 33560 / 614 33552", None)
    assert [n.text for n in found] == ["+ 42 02 614 33560", "+ 42 02 614 33552"]
    assert found[1].note and "prefix + 42 02" in found[1].note and problems == []
    # no number with its country code before it: nothing to take the prefix from
    found, problems = split_numbers("542 1648", "MX")
    assert found == [] and "left out" in problems[0]


@pytest.mark.parametrize(
    "value",
    [
        "+57 1 570 2000",  # Bogotá before Colombia's plan of 2021 (now +57 601 …)
        "+ 52 5 515 1794",  # Mexico City in 1996 (eight digits since 2002)
        "00 57 1 570 2000",
        "+234 9 523 4567",  # one digit too few for Abuja
    ],
)
def test_a_number_that_reaches_no_one_today_is_left_out_and_says_why(value: str) -> None:
    """validate refuses such a number, and every letter with it; the draft leaves it out
    with the reason, so that the person finds the current one instead."""
    found, problems = split_numbers(value, None)
    assert found == [] and "not a valid number today" in problems[0]


def test_an_expanded_number_must_also_be_valid() -> None:
    found, problems = split_numbers("+ 52 5 515 1794 or 542 1648", "MX")
    assert found == [] and len(problems) == 2

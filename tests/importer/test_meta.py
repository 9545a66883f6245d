"""The UA as a whole: header, update, deadline, languages, people, story."""

from __future__ import annotations

from datetime import date

import pytest

from ua_letters.case.model import Gender
from ua_letters.importer.languages import read_languages, write_line
from ua_letters.importer.lines import classify
from ua_letters.importer.meta import Header, read_meta
from ua_letters.importer.places import country_code, find_date
from ua_letters.importer.story import read_diplomatic, read_people, read_story

HEADER = "Further information on UA: 135/10 Index: EUR 58/011/2010 Kyrgyzstan Date: 05 August 2010"


def meta(text: str) -> Header:
    return read_meta(classify(text))


def test_header_line() -> None:
    ua = meta(f"Title\n\n{HEADER}\n\nThis is the first update of UA 135/10 (EUR 58/003/2010).")
    assert (ua.number, ua.index, ua.issued, ua.country, ua.update) == (
        "135/10",
        "EUR 58/011/2010",
        date(2010, 8, 5),
        "KG",
        1,
    )
    assert ua.lines["ua.index"] == 3 and ua.lines["ua.update"] == 5


@pytest.mark.parametrize(
    ("text", "update"),
    [
        ("UA: 1/10 Index: EUR 58/001/2010 Date: 1 May 2010", 0),
        ("This is the third update of UA 1/10.", 3),
        ("Update 4 of UA 1/10", 4),
        ("Further information on UA: 1/10", None),
    ],
)
def test_update(text: str, update: int | None) -> None:
    assert meta(text).update == update


@pytest.mark.parametrize(
    "line",
    [
        "PLEASE SEND APPEALS BEFORE 16 SEPTEMBER 2010 TO:",
        "This Urgent Action expires on 16 September 2010.",
        "Contact these officials by 16 September 2010:",
        "PLEASE TAKE ACTION AS SOON AS POSSIBLE UNTIL: 16 September 2010",
        "Please check with your section office if sending appeals after 16 September 2010.",
    ],
)
def test_deadline(line: str) -> None:
    assert meta(f"{HEADER}\n{line}").deadline == date(2010, 9, 16)


def test_no_deadline_from_a_date_in_the_story() -> None:
    assert meta(f"{HEADER}\nHe was arrested before 16 June 2010.").deadline is None


def test_missing_header_fields_are_warnings() -> None:
    ua = meta("Nothing here.")
    assert {n.field for n in ua.notices} == {"ua.number", "ua.index", "ua.issued"}


def test_languages() -> None:
    lines = classify("PLEASE WRITE IMMEDIATELY in Russian, Kyrgyz, Martian or your own language:")
    found = read_languages(write_line(lines))
    assert found.requested == ["ru", "ky", "Martian"]
    assert found.shipped == ["ru", "ky"] and found.own
    assert [n.message for n in found.notices] == [
        "the UA asks for Martian, for which ua-letters has no letters"
    ]


def test_people_from_the_title_and_gender_from_the_story() -> None:
    lines = classify(
        "Document - Kyrgyzstan: Journalist detained: Roza Asanova\n\nUA: 1/10\n\n"
        "She was detained. Her lawyer says she is ill and her family is afraid.\n\n"
        "PLEASE WRITE IMMEDIATELY in English:"
    )
    story = read_story(lines, write_line(lines)).text
    ua = read_people(lines, "en", story)
    assert story == "She was detained. Her lawyer says she is ill and her family is afraid."
    assert [(p.name, p.gender) for p in ua.people] == [("Roza Asanova", Gender.female)]
    assert "guessed" in ua.checks["person.gender"]


def test_people_from_a_name_line() -> None:
    ua = read_people(classify("Name: Leyla Mammadova (f), Rauf Aliyev (m)\nGender m/f: both"))
    assert [(p.name, p.gender) for p in ua.people] == [
        ("Leyla Mammadova", Gender.female),
        ("Rauf Aliyev", Gender.male),
    ]


def test_diplomatic_instruction_is_its_own_sentence() -> None:
    lines = classify(
        "Also send copies to diplomatic representatives accredited to your country. "
        "Please check with your section office."
    )
    assert (
        read_diplomatic(lines[0])
        == "Also send copies to diplomatic representatives accredited to your country."
    )


def test_places() -> None:
    assert [
        country_code(c)
        for c in (
            "KYRGYZSTAN",
            "Kyrgyz Republic.",
            "Türkiye",
            "Turkey",
            "Arab Republic of Egypt",
            "Bishkek",
        )
    ] == ["KG", "KG", "TR", "TR", "EG", None]
    assert find_date("Date: 5th August, 2010") == (date(2010, 8, 5), 6)
    assert find_date("on August 5, 2010") == (date(2010, 8, 5), 3)
    assert find_date("31 February 2010") is None

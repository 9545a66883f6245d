"""A ready letter copied from a PDF: its paragraphs wrapped line by line, the group's
heading and the date above the addressee, a French opening ("Monseigneur,").

Page 60 of the corpus (a Strasbourg group's letter to the Ruler of Dubai, 2016) did not
import: the opening was not known, and a wrapped paragraph was not taken for a letter's
body, so the whole letter became the address of "Mohammed al Roken".
"""

from __future__ import annotations

from tests.importer.corpus_score import CORPUS, page_text
from ua_letters.importer import import_bytes
from ua_letters.importer.concerned import _freed
from ua_letters.importer.lines import Kind, classify, classify_line

PAGE = CORPUS / "60-fr-doczz-strasbourg-uae-letter-2016.txt"


def test_the_page_gives_the_ruler_with_his_titles_and_address() -> None:
    ua = import_bytes(page_text(PAGE).encode(), PAGE.name)
    ruler = ua.recipients[0]
    assert ruler.name == "Mohammed Bin Rashid al-Maktoum" and "Sheikh" in ruler.honorifics
    assert ruler.title is not None and ruler.title.startswith("Ruler of Dubai")
    assert ruler.address == ["POB 212000, Dubai", "Émirats Arabes Unis"]
    assert not any("Strasbourg" in line or "nov." in line for line in ruler.address)
    assert ruler.salutation == {"fr": "Monseigneur"}


def test_a_wrapped_paragraph_after_a_french_opening_is_a_letter() -> None:
    lines = classify([
        "Monseigneur,",
        "Mohammed al Roken, ancien professeur de droit constitutionnel, avocat, président de",
        "l’Association des juristes des Émirats arabes unis, était harcelé depuis des années en",
        "raison de son action en faveur des droits humains. Les services de la sûreté de l’État",
    ])
    assert lines[0].kind is Kind.letter and lines[0].body == "opening"


def test_short_address_lines_after_an_opening_are_not_prose() -> None:
    lines = classify(["Monsieur le Ministre,", "Place Beauvau", "75008 Paris", "France"])
    assert lines[0].body != "opening"


def test_a_letters_date_with_a_two_digit_year_is_a_date() -> None:
    assert classify_line(1, "3 nov. 16").kind is Kind.date
    assert classify_line(1, "12 rue 45").kind is not Kind.date


def test_the_person_of_a_wrapped_letter_is_read_from_its_first_paragraph() -> None:
    ua = import_bytes(page_text(PAGE).encode(), PAGE.name)
    assert [p.name for p in ua.people] == ["Mohammed al Roken"]


def test_a_person_whose_release_the_page_reports_is_not_the_case() -> None:
    """Page 63: "Aung San Suu Kyi has been released!" above a letter about others."""
    page = CORPUS / "63-amnesty-au-nsw-burma-rudd-2010.txt"
    assert import_bytes(page_text(page).encode(), page.name).people == []
    rearrested = (
        "Ko Htin was released on 3 May. Ko Htin was re-arrested two days later and is held "
        "incommunicado in Yangon. Ko Htin is at risk of torture and other ill-treatment.\n"
    )
    assert _freed("Aung San Suu Kyi has been released!", "Aung San Suu Kyi")
    assert not _freed(rearrested, "Ko Htin")
    assert not _freed("Ko Htin was released on bail but faces charges.", "Ko Htin")

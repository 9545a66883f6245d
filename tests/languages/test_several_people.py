"""A real UA about three people (UA 85/21, the Viasna defenders), in all six languages.

The letters name all three, each name declined in Russian and Kyrgyz and the names joined
with the language's own "and" (CLDR); everything that refers to them agrees in the plural.
The same UA written as a named group ("the three human rights defenders of Viasna") shows
the group's forms. The letters are kept as golden text, one file per language
(tests/golden/several/<lang>.txt), and read back from the PDF and the DOCX.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from tests.render.readback import docx_paragraphs, in_order, pdf_text, squash
from ua_letters.api import render_document
from ua_letters.case import Case, Sender
from ua_letters.case.loader import load_case, parse_case
from ua_letters.case.model import Gender
from ua_letters.compose import compose_letter
from ua_letters.resources import shipped_languages

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "people" / "ua-85-21-viasna.yaml"
GOLDEN = Path(__file__).resolve().parent.parent / "golden" / "several"
DAY = date(2021, 8, 10)
WRITER = Sender(
    name="Anna Petrova", address=["Hauptstraße 1", "10115 Berlin"], gender=Gender.female
)
GROUP = {
    "name": {
        "en": "the three human rights defenders of Viasna",
        "ru": "трое правозащитников «Весны»",
        "ky": "«Весна» борборунун үч укук коргоочусу",
        "de": "die drei Menschenrechtsverteidiger von Viasna",
        "fr": "les trois défenseurs des droits humains de Viasna",
        "es": "los tres defensores de los derechos humanos de Viasna",
    },
    "count": 3,
    "forms": {
        "ru": {
            "genitive": "троих правозащитников «Весны»",
            "dative": "троим правозащитникам «Весны»",
            "accusative": "троих правозащитников «Весны»",
            "instrumental": "тремя правозащитниками «Весны»",
            "prepositional": "троих правозащитниках «Весны»",
        },
        "de": {"dative": "den drei Menschenrechtsverteidigern von Viasna"},
    },
}
NAMES = {  # each of the three, in the case the subject line needs
    "ru": ["Алеся Беляцкого", "Валентина Стефановича", "Владимира Лабковича"],
    "ky": ["Алесь Беляцкийдин", "Валентин Стефановичтин", "Владимир Лабковичтин"],
    "en": ["Ales Bialiatski", "Valyantsin Stefanovich", "Uladzimir Labkovich"],
}


@pytest.fixture(scope="module")
def viasna() -> Case:
    return load_case(FIXTURE)


def as_group(case: Case) -> Case:
    data = yaml.safe_load(FIXTURE.read_text(encoding="utf-8"))
    del data["people"]
    data["group"] = GROUP
    data["facts"] = {"en": data["facts"]["en"]}  # the others say it in the standard paragraph
    return parse_case(yaml.safe_dump(data, allow_unicode=True), "group.yaml")


def golden_text(case: Case, language: str) -> str:
    parts = []
    for recipient in case.recipients:
        letter = compose_letter(case, recipient, language, WRITER, DAY)
        parts.append(f"==== three people · {recipient.id}\n{letter.text()}")
    group = as_group(case)
    letter = compose_letter(group, group.recipients[0], language, WRITER, DAY)
    parts.append(f"==== a named group · {group.recipients[0].id}\n{letter.text()}")
    return "\n".join(parts)


@pytest.mark.parametrize("language", shipped_languages())
def test_letters_about_three_people_are_golden(
    viasna: Case, language: str, update_goldens: bool
) -> None:
    golden = GOLDEN / f"{language}.txt"
    text = golden_text(viasna, language)
    if update_goldens:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8"), f"differs from {golden}"


@pytest.mark.parametrize("language", shipped_languages())
def test_all_three_are_named_and_the_letter_reads_back(viasna: Case, language: str) -> None:
    letter = compose_letter(viasna, viasna.recipients[0], language, WRITER, DAY)
    for name in NAMES.get(language, NAMES["en"]):
        assert name in letter.subject, (language, letter.subject)
    expected = [squash(b.text) for b in letter.blocks]
    assert in_order(squash(pdf_text(render_document(letter, "pdf"))), expected) == []
    docx = [squash(t) for _, t in docx_paragraphs(render_document(letter, "docx"))]
    assert docx == expected


@pytest.mark.parametrize(
    ("language", "plural"),
    [
        ("ru", "Стефановича и Владимира Лабковича все обвинения, предъявленные им исключительно"),
        ("ky", "Владимир Лабкович камакта кармалып турушат"),
        ("de", "Uladzimir Labkovich befinden sich seit dem 14. Juli 2021 in Haft"),
        ("fr", "Uladzimir Labkovich sont en détention depuis le 14 juillet 2021"),
        ("es", "Uladzimir Labkovich permanecen bajo custodia desde el 14 de julio de 2021"),
        ("en", "They remain in pretrial detention"),
    ],
)
def test_the_facts_agree_in_the_plural(viasna: Case, language: str, plural: str) -> None:
    text = compose_letter(viasna, viasna.recipients[0], language, WRITER, DAY).text()
    assert plural in text


def test_a_group_agrees_in_the_plural_and_takes_its_forms(viasna: Case) -> None:
    group = as_group(viasna)
    russian = compose_letter(group, group.recipients[0], "ru", WRITER, DAY).text()
    assert "О положении троих правозащитников «Весны»" in russian
    assert "С 14 июля 2021\u00a0г. трое правозащитников «Весны» содержатся под стражей" in russian
    assert "снять с троих правозащитников «Весны» все обвинения, предъявленные им" in russian
    kyrgyz = compose_letter(group, group.recipients[0], "ky", WRITER, DAY).text()
    assert "«Весна» борборунун үч укук коргоочусун дароо бошотууну" in kyrgyz
    english = compose_letter(group, group.recipients[0], "en", WRITER, DAY).text()
    assert "Ales Bialiatski, chair of the Human Rights Centre Viasna" in english  # its facts
    german = compose_letter(group, group.recipients[0], "de", WRITER, DAY).text()
    assert "Die drei Menschenrechtsverteidiger von Viasna befinden sich seit dem 14. Juli" in german

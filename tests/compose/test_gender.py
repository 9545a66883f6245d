"""An unknown gender is read from the name where it is certain, and never guessed otherwise.

Russian names of officials of unknown gender used to come out as non-words («Р. Отунбаеве»,
«Е. Ковальскае»), and «Уважаемые дамы и господа!» addressed one named person.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import EXAMPLE
from ua_letters.api import check_languages_and_formats
from ua_letters.case.loader import parse_case
from ua_letters.case.model import Gender
from ua_letters.compose import compose_letter
from ua_letters.compose.gender import inferred_gender
from ua_letters.compose.names import name_forms
from ua_letters.errors import CaseFileError, TranslationError


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        ("Роза Отунбаева", Gender.female),
        ("Елена Ковальская", Gender.female),
        ("Анна Ильина", Gender.female),
        ("Roza Otunbaeva", Gender.female),
        ("Anna Kowalska", Gender.female),
        ("Роза Исаковна Отунбаева", Gender.female),
        ("Айгуль Асан кызы", Gender.female),
        ("Кубатбек Байболов", Gender.male),
        ("Пётр Ильин", Gender.male),
        ("Эдуард Ковальский", Gender.male),
        ("Азамат Бекболот уулу", Gender.male),
        ("Kubatbek Baibolov", Gender.male),
        ("Kim Li", Gender.unknown),
        ("Саша Ли", Gender.unknown),
        ("Нино Гамсахурдия", Gender.unknown),
        ("Marie Martin", Gender.unknown),
        ("Ким", Gender.unknown),
    ],
)
def test_the_name_shows_the_gender_only_where_it_is_certain(name: str, gender: Gender) -> None:
    assert inferred_gender(name) == gender


def _case_with_president(name_cyrl: str, name_latn: str) -> str:
    text = EXAMPLE.read_text(encoding="utf-8")
    text = text.replace(
        "      cyrl: Роза Отунбаева\n      latn: Roza Otunbaeva\n    gender: female\n",
        f"      cyrl: {name_cyrl}\n      latn: {name_latn}\n    gender: unknown\n",
    )
    return text


def test_a_russian_letter_declines_an_official_whose_surname_shows_her_gender() -> None:
    case = parse_case(_case_with_president("Роза Отунбаева", "Roza Otunbaeva"), "case.yaml")
    text = compose_letter(case, case.recipients[2], "ru", None, date(2010, 8, 20)).text()
    assert "to: Р. Отунбаевой\n" in text and "Уважаемая госпожа Президент!" in text
    assert "Отунбаеве" not in text and "дамы и господа" not in text
    copy = compose_letter(case, case.recipients[0], "ru", None, date(2010, 8, 20)).text()
    assert "Президенту Кыргызской Республики Р. Отунбаевой" in copy


def test_a_named_official_of_unknown_gender_is_refused_where_the_language_needs_it() -> None:
    case = parse_case(_case_with_president("Ким Ли", "Kim Li"), "case.yaml")
    with pytest.raises(CaseFileError) as refused:
        check_languages_and_formats(case, ["ru", "en"], ["pdf"])
    messages = [p for p in refused.value.problems if p.field == "recipients[2].gender"]
    assert len(messages) == 1  # Russian needs it; English does not
    assert "the ru letter needs it" in messages[0].message
    assert "`gender: female` or `gender: male`" in messages[0].message
    with pytest.raises(TranslationError, match=r"recipients\[2\]\.gender"):
        compose_letter(case, case.recipients[0], "ru", None, date(2010, 8, 20))
    english = compose_letter(case, case.recipients[2], "en", None, date(2010, 8, 20)).text()
    assert "salutation: Dear President," in english  # English still renders


def test_a_name_whose_declension_needs_an_unknown_gender_is_not_guessed() -> None:
    with pytest.raises(TranslationError, match="depend on a gender that is unknown"):
        name_forms("Ким Ли", Gender.unknown, "ru")
    full, _ = name_forms("Саша Ли", Gender.unknown, "ru")  # the same for either gender
    assert full["genitive"] == "Саши Ли"
    full, _ = name_forms(
        "Ким Ли",
        Gender.unknown,
        "ru",
        dict.fromkeys(
            ("genitive", "dative", "accusative", "instrumental", "prepositional"), "Ким Ли"
        ),
    )
    assert full["dative"] == "Ким Ли"  # the case file's forms settle it

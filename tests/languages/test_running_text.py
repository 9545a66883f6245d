"""Sentences as each language writes them: capitals after the salutation and after any
inserted paragraph, offices in running text, no colon after a preposition, and the pack
README's dates and country names."""

from __future__ import annotations

import itertools
import re
from datetime import date

import pytest

from ua_letters.case import Case, Sender
from ua_letters.case.model import Recipient
from ua_letters.compose import compose_letter
from ua_letters.compose.variants import CHOICES, Variant
from ua_letters.pack.readme import render_readme
from ua_letters.resources import shipped_languages

DAY = date(2010, 8, 20)
EMBASSY = Recipient.model_validate(
    {
        "role": "ambassador",
        "title": {
            "en": "Ambassador of the Kyrgyz Republic",
            "ru": "Посол Кыргызской Республики",
            "ky": "Кыргыз Республикасынын элчиси",
            "de": "Botschafter der Kirgisischen Republik",
            "fr": "Ambassadeur de la République kirghize",
            "es": "Embajador de la República Kirguisa",
        },
        "name": {"latn": "Erines Otorbaev", "cyrl": "Эринес Оторбаев"},
        "gender": "male",
        "address": ["Otto-Suhr-Allee 146", "10585 Berlin", "GERMANY"],
        "copy": True,
        "embassy_copy": True,
    }
)


def with_embassy(case: Case) -> Case:
    return case.model_copy(update={"recipients": [*case.recipients, EMBASSY]})


def letters(case: Case, language: str):  # type: ignore[no-untyped-def]
    case = with_embassy(case)
    sender = Sender(name="Anna Petrova", personal="Ich bin Lehrerin." if language == "de" else None)
    for recipient in case.recipients:
        for parts in itertools.product(range(CHOICES), repeat=3):
            yield compose_letter(case, recipient, language, sender, DAY, None, Variant(*parts))


@pytest.mark.parametrize("language", shipped_languages())
def test_paragraphs_start_as_the_language_writes_them(example_case: Case, language: str) -> None:
    """German starts the first paragraph after «Sehr geehrter …,» in lower case, and every
    later one (after an inserted embassy paragraph, too) with a capital; the others always
    start with a capital."""
    for letter in letters(example_case, language):
        paragraphs = letter.of_kind("p")
        first, rest = paragraphs[0], paragraphs[1:]
        if language == "de":
            assert first[0].islower(), first
        else:
            assert not first[0].islower(), first
        for paragraph in rest:
            assert not paragraph[0].islower(), (language, paragraph)


@pytest.mark.parametrize("language", shipped_languages())
def test_no_colon_after_a_preposition(example_case: Case, language: str) -> None:
    """Running text never reads «dirigida a: …»; only a sentence that introduces the list
    of requests ends in a colon ("I urge you to: • release …")."""
    prepositions = r"\b(a|à|an|to|para|pour|dirigida a|envoyée à|к)\s*:"
    for letter in letters(example_case, language):
        for paragraph in letter.of_kind("p"):
            if paragraph.endswith(":"):
                assert letter.of_kind("item"), paragraph  # it introduces the requests
                continue
            assert not re.search(prepositions, paragraph), paragraph


@pytest.mark.parametrize(
    ("language", "running"),
    [
        (
            "es",
            "al ministro del Interior, Kubatbek Baibolov, y al fiscal general, Baitemir Ibraev,",
        ),
        (
            "fr",
            "au ministre de l’Intérieur, M. Kubatbek Baibolov, "
            "et au procureur général, M. Baitemir Ibraev,",
        ),
        (
            "de",
            "an den Innenminister, Herrn Kubatbek Baibolov, und den Generalstaatsanwalt, "
            "Herrn Baitemir Ibraev, betreffend",
        ),
        (
            "en",
            "the Minister of Internal Affairs, Kubatbek Baibolov, "
            "and the General Prosecutor, Baitemir Ibraev,",
        ),
        (
            "ru",
            "к Министру внутренних дел Кыргызской Республики К. Байболову и Генеральному прокурору",
        ),
        (
            "ky",
            "Ички иштер министри К. Байболовго жана "
            "Кыргыз Республикасынын Башкы прокурору Б. Ибраевге",
        ),
    ],
)
def test_the_embassy_copy_names_the_officials_in_running_text(
    example_case: Case, language: str, running: str
) -> None:
    case = with_embassy(example_case)
    letter = compose_letter(case, EMBASSY, language, None, DAY)
    assert running in letter.of_kind("p")[0].replace("\u00a0", " ")


@pytest.mark.parametrize("language", shipped_languages())
def test_pack_readme_dates_and_country(example_case: Case, language: str) -> None:
    case = example_case.model_copy(
        update={"ua": example_case.ua.model_copy(update={"deadline": date(2010, 9, 16)})}
    )
    text = render_readme(case, {language: 3}, blank=0, docx=True, on_date=DAY)
    assert ".." not in text and "г.." not in text
    assert "Киргизия" not in text
    country = {
        "ru": "Кыргызстан",
        "ky": "Кыргызстан",
        "en": "Kyrgyzstan",
        "de": "Kirgisistan",
        "fr": "Kirghizstan",
        "es": "Kirguistán",
    }[language]
    assert f"({country})" in text
    faxes = [line for line in text.splitlines() if line.startswith("- ") and "+996" in line]
    assert len(faxes) == 3  # one official a line

"""Words that depend on the writer's gender follow the sender; neutral wording otherwise."""

from __future__ import annotations

from datetime import date

import pytest

from ua_letters.case import Case, Sender
from ua_letters.case.model import Gender
from ua_letters.compose import compose_letter
from ua_letters.compose.variants import Variant

GENDERED = {  # language: (male form, female form, neutral wording) in variant 1
    "ru": (
        "потому что глубоко обеспокоен положением",
        "потому что глубоко обеспокоена положением",
        "вызывает у меня глубокое беспокойство",
    ),
    "fr": (
        "Profondément préoccupé par",
        "Profondément préoccupée par",
        "me préoccupe profondément",
    ),
    "es": ("profundamente preocupado por", "profundamente preocupada por", "mi honda inquietud"),
}
CLOSES = {
    "ru": ("буду признателен", "буду признательна", "рассчитываю на сведения"),
    "es": ("Le quedo muy agradecido", "Le quedo muy agradecida", "le doy las gracias"),
}


def _text(case: Case, language: str, sender: Sender | None, on: date) -> str:
    return compose_letter(
        case, case.recipients[0], language, sender, on, None, Variant(1, 1, 1)
    ).text()


@pytest.mark.parametrize("language", sorted(GENDERED))
def test_the_writers_gender_chooses_the_form(
    example_case: Case, letter_date: date, language: str
) -> None:
    male, female, neutral = GENDERED[language]
    close_m, close_f, close_n = CLOSES.get(language, ("", "", ""))  # French closes are neutral
    he = _text(example_case, language, Sender(name="Ivan", gender=Gender.male), letter_date)
    she = _text(example_case, language, Sender(name="Anna", gender=Gender.female), letter_date)
    assert male in he and close_m in he and female not in he
    assert female in she and close_f in she and male not in she
    for sender in (None, Sender(name="Sam")):
        text = _text(example_case, language, sender, letter_date)
        assert neutral in text and close_n in text
        assert male not in text and female not in text


@pytest.mark.parametrize("language", ["ky", "en", "de"])
def test_languages_without_writer_gender_say_the_same(
    example_case: Case, letter_date: date, language: str
) -> None:
    texts = {_text(example_case, language, Sender(name="X", gender=g), letter_date) for g in Gender}
    assert len(texts) == 1

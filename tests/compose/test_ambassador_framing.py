"""An ambassador written to with the appeal itself is asked to urge their government:
an ambassador cannot release anyone. The requests follow unchanged in every language."""

from __future__ import annotations

from datetime import date

import pytest

from ua_letters.case import Case
from ua_letters.case.model import Role
from ua_letters.compose.letter import compose_letter

DAY = date(2010, 8, 20)
FRAMES = {
    "en": "I ask you to urge the authorities of your country to:",
    "ru": "Прошу Вас призвать власти Вашей страны:",
    "ky": "Сизден өлкөңүздүн бийлигинен төмөнкүлөрдү талап кылууну өтүнөм:",
    "de": "Ich bitte Sie, Ihre Regierung aufzufordern,",
    "fr": "Je vous prie de demander aux autorités de votre pays :",
    "es": "Le ruego que inste a las autoridades de su país a:",
}


def _spaces(text: str) -> str:
    return text.replace("\xa0", " ").replace("\u202f", " ")  # French typography's spaces


def _with_ambassador(case: Case, copy: bool) -> Case:
    first, *rest = case.recipients
    ambassador = first.model_copy(update={"role": Role.ambassador, "copy_only": copy})
    return case.model_copy(update={"recipients": [ambassador, *rest]})


@pytest.mark.parametrize("language", sorted(FRAMES))
def test_a_main_ambassador_is_asked_to_urge_the_authorities(
    example_case: Case, language: str
) -> None:
    case = _with_ambassador(example_case, copy=False)
    letter = compose_letter(case, case.recipients[0], language, None, DAY)
    paragraphs = [_spaces(b.text) for b in letter.blocks if b.kind == "p"]
    items = [b.text for b in letter.blocks if b.kind == "item"]
    assert FRAMES[language] in paragraphs
    minister = compose_letter(example_case, example_case.recipients[0], language, None, DAY)
    assert items == [b.text for b in minister.blocks if b.kind == "item"]  # the same requests
    assert FRAMES[language] not in [_spaces(b.text) for b in minister.blocks]


@pytest.mark.parametrize("language", sorted(FRAMES))
def test_an_ambassador_among_the_copies_is_asked_only_to_convey(
    example_case: Case, language: str
) -> None:
    case = _with_ambassador(example_case, copy=True)
    letter = compose_letter(case, case.recipients[0], language, None, DAY)
    assert not [b for b in letter.blocks if b.kind == "item"]
    assert FRAMES[language] not in [_spaces(b.text) for b in letter.blocks]

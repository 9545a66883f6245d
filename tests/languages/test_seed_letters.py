"""The seed case's letters in Russian and Kyrgyz use the right forms everywhere.

The forms are read back from the generated PDF and DOCX, the way a supporter copying the
text out of them would see it: names and titles in the dative in the addressee block and
the copies, the genitive and accusative in the body, gender-right salutations, the formal
date, the standard requests with the name in the case each request needs.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import EXAMPLE
from tests.render.readback import docx_paragraphs, pdf_text, squash
from ua_letters.api import render_document
from ua_letters.case import Case
from ua_letters.case.loader import parse_case
from ua_letters.compose import compose_letter

COMMON = {
    "ru": [
        "20 августа 2010 г.",
        "О положении Азимжана Аскарова",
        "немедленно и безоговорочно освободить узника совести Азимжана Аскарова, лишённого "
        "свободы исключительно за мирное осуществление своих прав;",
        "обеспечить Азимжану Аскарову возможность встречаться со своим адвокатом наедине;",
        "расследование заявлений о применении пыток к Азимжану Аскарову, включая",
        "гарантировать безопасность Азимжана Аскарова под стражей, а также безопасность тех, "
        "кто его посещает;",
        "на невестку и адвоката Азимжана Аскарова на территории изолятора",
    ],
    "ky": [
        "2010-жылдын 20-августу",
        "Азимжан Аскаровдун абалы жөнүндө",
        "камалган абийир туткуну Азимжан Аскаровду дароо жана эч кандай шартсыз бошотууну;",
        "Азимжан Аскаровго өзүнүн адвокаты менен жеке жолугушууга",
        "Азимжан Аскаровду кыйноого алышкан деген арыздар",
        "Азимжан Аскаровдун камактагы коопсуздугун, ошондой эле ага келгендердин "
        "коопсуздугун кепилдөөнү;",
        "Азимжан Аскаровдун келинине жана адвокатына",
    ],
}
PER_RECIPIENT = {
    ("ru", 0): [
        "Министру внутренних дел Кыргызской Республики",
        "К. Байболову",
        "Уважаемый господин министр!",
        "Президенту Кыргызской Республики Р. Отунбаевой",
    ],
    ("ru", 1): [
        "Генеральному прокурору Кыргызской Республики",
        "Б. Ибраеву",
        "Уважаемый господин Генеральный прокурор!",
        "Президенту Кыргызской Республики Р. Отунбаевой",
    ],
    ("ru", 2): [
        "Президенту Кыргызской Республики",
        "Р. Отунбаевой",
        "Уважаемая госпожа Президент!",
    ],
    ("ky", 0): [
        "Кыргыз Республикасынын Ички иштер министри",
        "К. Байболовго",
        "Урматтуу министр мырза!",
        "Кыргыз Республикасынын Президенти Р. Отунбаевага",
    ],
    ("ky", 1): [
        "Кыргыз Республикасынын Башкы прокурору",
        "Б. Ибраевге",
        "Урматтуу Башкы прокурор мырза!",
        "Кыргыз Республикасынын Президенти Р. Отунбаевага",
    ],
    ("ky", 2): ["Кыргыз Республикасынын Президенти", "Р. Отунбаевага", "Урматтуу Президент айым!"],
}
WRONG = {  # forms that must never appear: the nominative where a case is needed, CLDR's date
    "ru": [
        "Министр внутренних дел",
        "К. Байболов\n",
        "освободить узника совести Азимжан ",
        "20 август 2010",
    ],
    "ky": ["2010-ж.", "Аскаровдын", "Аскаровга", "Ибраевга", "айыптоолор", "рахмат"],
}


@pytest.mark.parametrize("language", ["ru", "ky"])
@pytest.mark.parametrize("index", [0, 1, 2])
def test_forms_read_back_from_pdf_and_docx(
    example_case: Case, letter_date: date, language: str, index: int
) -> None:
    letter = compose_letter(
        example_case, example_case.recipients[index], language, None, letter_date
    )
    pdf = squash(pdf_text(render_document(letter, "pdf")))
    docx = squash(" ".join(text for _, text in docx_paragraphs(render_document(letter, "docx"))))
    for expected in COMMON[language] + PER_RECIPIENT[(language, index)]:
        assert squash(expected) in pdf, f"PDF lacks {expected!r}"
        assert squash(expected) in docx, f"DOCX lacks {expected!r}"
    text = letter.text()
    for wrong in WRONG[language]:
        assert wrong not in text, wrong


def test_a_case_file_can_override_a_declined_name(letter_date: date) -> None:
    source = EXAMPLE.read_text(encoding="utf-8").replace(
        "  gender: male\n\nfacts:",
        "  gender: male\n  forms:\n"
        "    ru: {genitive: Азимжона Аскарова, accusative: Азимжона Аскарова}\n\nfacts:",
        1,
    )
    source = source.replace(
        "      latn: Kubatbek Baibolov\n",
        "      latn: Kubatbek Baibolov\n"
        "    forms:\n      ru: {dative: Кубатбеку Байболову-Младшему}\n",
        1,
    )
    case = parse_case(source, "case.yaml")
    text = compose_letter(case, case.recipients[0], "ru", None, letter_date).text()
    assert "О положении Азимжона Аскарова" in text
    assert "освободить узника совести Азимжона Аскарова, лишённого" in text
    assert "to: К. Байболову-Младшему\n" in text
    assert "пыток к Азимжану Аскарову" in text  # the dative is still derived

"""Every shipped language renders the seed case completely, with no English left.

"No English" is checked word by word: the words of the English letters (every variant,
with and without a sender) must not appear in a letter in another language, except the
seed's facts that are the same in every language (names, postal addresses, fax numbers,
place names in the facts) and a short list of words that are also words of that language.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

import pytest

from tests.render.readback import docx_paragraphs, pdf_text, squash
from ua_letters.api import render_document
from ua_letters.case import Case, Sender
from ua_letters.case.model import Gender, resolve
from ua_letters.compose import compose_letter
from ua_letters.compose.letter import Letter
from ua_letters.compose.variants import CHOICES, Variant
from ua_letters.resources import shipped_languages

OTHERS = [lang for lang in shipped_languages() if lang != "en"]
PLACES = {"Bazar", "Korgan", "Jalal", "Abad", "Nurbek", "Toktakunov"}  # names in the facts
COGNATES = {  # English words that are also words of the language, as the letter uses them
    "de": {"August", "Fax", "Minister", "Name", "am", "an", "in"},
    "fr": {"Action", "attention", "centre", "police", "situation", "troubles", "Fax", "a", "me"}
    | {"s"},
    "es": {"General", "Fax", "a", "me"},
}
SENDERS = [
    None,
    *(Sender(name="Anna Petrova", address=["Hauptstraße 1"], gender=g) for g in Gender),
]


def letters(case: Case, language: str, on: date) -> Iterator[Letter]:
    for recipient in case.recipients:
        for part in range(CHOICES):
            for sender in SENDERS:
                yield compose_letter(
                    case, recipient, language, sender, on, None, Variant(part, part, part)
                )


def words(letter: Letter) -> set[str]:
    return {w for b in letter.blocks for w in re.findall(r"[^\W\d_]+", b.text)}


def same_in_every_language(case: Case) -> set[str]:
    facts = set(PLACES) | {"Anna", "Petrova", "Hauptstraße", "UA", "EUR"}
    for recipient in case.recipients:
        for line in resolve(recipient.address, "en") or []:
            facts |= set(re.findall(r"[^\W\d_]+", line))
        facts |= set(str(resolve(recipient.name, "en")).split())
    return facts | set(str(resolve(case.person.name, "en")).split())


@pytest.fixture(scope="module")
def english(example_case: Case) -> set[str]:
    found = set().union(*(words(w) for w in letters(example_case, "en", date(2010, 8, 20))))
    assert {"Dear", "the", "writing", "Yours", "Fax"} <= found  # the check has teeth
    return found - same_in_every_language(example_case)


@pytest.mark.parametrize("language", OTHERS)
def test_no_english_left(example_case: Case, english: set[str], language: str) -> None:
    allowed = COGNATES.get(language, set())
    for letter in letters(example_case, language, date(2010, 8, 20)):
        leftover = (words(letter) & english) - allowed - same_in_every_language(example_case)
        assert not leftover, f"{language} letter {letter.recipient_index}: {sorted(leftover)}"


@pytest.mark.parametrize("language", shipped_languages())
def test_every_letter_is_complete(example_case: Case, language: str) -> None:
    for letter in letters(example_case, language, date(2010, 8, 20)):
        kinds = [b.kind for b in letter.blocks]
        for kind in ("from", "date", "to", "subject", "salutation", "p", "close", "sign"):
            assert kind in kinds, (language, kind)
        assert kinds.count("item") == len(example_case.actions)
        items = letter.of_kind("item")
        assert all(i.rstrip().endswith(";") for i in items[:-1]) and items[-1].endswith(".")
        recipient = example_case.recipients[letter.recipient_index]
        assert ("copy" in kinds) == (not recipient.copy_only)
        assert all(b.text for b in letter.blocks), "an empty block"


@pytest.mark.parametrize("language", [lang for lang in OTHERS if lang not in ("ru", "ky")])
def test_new_languages_read_back_from_pdf_and_docx(
    example_case: Case, letter_date: date, language: str
) -> None:
    sender = Sender(name="Anna Petrova", gender=Gender.female)
    letter = compose_letter(example_case, example_case.recipients[0], language, sender, letter_date)
    pdf = squash(pdf_text(render_document(letter, "pdf")))
    docx = [squash(t) for _, t in docx_paragraphs(render_document(letter, "docx"))]
    for block in letter.blocks:
        assert squash(block.text) in pdf, block
        assert squash(block.text) in docx, block

"""Property tests: any drawable name or address survives PDF and DOCX literally.

Characters the font cannot draw are refused before rendering, naming the character.
"""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.render.readback import docx_paragraphs, pdf_text
from ua_letters.case import Case, Sender
from ua_letters.compose import compose_letter
from ua_letters.compose.typography import one_line
from ua_letters.errors import RenderError
from ua_letters.render.docx import letter_docx
from ua_letters.render.fonts import _coverage
from ua_letters.render.pdf_letter import letter_pdf

LETTER_DATE = date(2010, 8, 20)
_DRAWABLE = sorted(
    chr(c)
    for c in _coverage()
    if unicodedata.category(chr(c))[0] in "LMNPS" and not 0xE000 <= c <= 0xF8FF
)
_LETTERS = [c for c in _DRAWABLE if unicodedata.category(c).startswith("L")]
_MARKS = [c for c in _DRAWABLE if unicodedata.category(c).startswith("M")]

# A word never starts with a combining mark: a mark with no letter to sit on (a street that
# is only U+0301) is drawn, but no PDF reader gives it back as text on its own.
word = st.text(alphabet=st.sampled_from(_DRAWABLE), min_size=1, max_size=24).filter(
    lambda w: not unicodedata.category(w[0]).startswith("M")
)
marked = st.tuples(st.sampled_from(_LETTERS), st.sampled_from(_MARKS or ["\u0301"])).map("".join)
long_word = st.text(alphabet=st.sampled_from(_LETTERS), min_size=90, max_size=160)
names = (
    st.lists(st.one_of(word, marked, long_word), min_size=1, max_size=4)
    .map(" ".join)
    .filter(lambda text: len(text) <= 200)  # the sender's line limit
)
SETTINGS = settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def _bare(text: str) -> str:
    return unicodedata.normalize("NFKC", "".join(text.split()))  # a ligature reads back as fi


@SETTINGS
@given(name=names, street=names)
def test_any_drawable_name_reads_back_from_pdf_and_docx(
    example_case: Case, name: str, street: str
) -> None:
    sender = Sender(name=name, address=[street])
    letter = compose_letter(example_case, example_case.recipients[0], "en", sender, LETTER_DATE)
    expected_name, expected_street = one_line(name), one_line(street)
    pdf = _bare(pdf_text(letter_pdf(letter), min_size=9))  # the sender block, not the return line
    assert _bare(expected_name) in pdf and _bare(expected_street) in pdf
    paragraphs = [text for _, text in docx_paragraphs(letter_docx(letter))]
    assert expected_name in paragraphs and expected_street in paragraphs


_UNDRAWABLE = st.characters(
    blacklist_categories=("Cc", "Cs", "Co", "Cn", "Zs", "Zl", "Zp", "Cf"),
).filter(lambda c: ord(c) not in _coverage())


@SETTINGS
@given(char=_UNDRAWABLE)
def test_undrawable_characters_are_refused_by_name(example_case: Case, char: str) -> None:
    sender = Sender(name=f"Anna {char} Petrova")
    letter = compose_letter(example_case, example_case.recipients[0], "en", sender, LETTER_DATE)
    with pytest.raises(RenderError, match=f"U\\+{ord(char):04X}"):
        letter_pdf(letter)


@pytest.mark.parametrize(
    "text",
    ["שלום עולם", "مرحبا", "\u202eevil\u202c", "e\u0301te\u0301", "x" * 190, "Ω≈ç√∫˜µ≤≥÷"],
)
def test_hard_cases_render_or_name_the_character(example_case: Case, text: str) -> None:
    letter = compose_letter(
        example_case, example_case.recipients[0], "en", Sender(name=text), LETTER_DATE
    )
    try:
        data = letter_pdf(letter)
    except RenderError as error:
        assert "U+" in str(error) and "cannot draw" in str(error)
        return
    assert _bare(one_line(text)) in _bare(pdf_text(data))

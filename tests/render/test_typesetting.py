"""Issue 13 §1–2: pages decided like a typesetter, hyphenation, no-break groups, long words."""

from __future__ import annotations

import io
import itertools
import time
from dataclasses import replace
from datetime import date

import pdfplumber
import pytest

from tests.render.readback import dehyphenate
from ua_letters.case import Case
from ua_letters.case.sender import Sender
from ua_letters.compose.languages.hyphenation import kyrgyz_points
from ua_letters.compose.letter import Block, Letter, compose_letter
from ua_letters.render.breaking import MAX_GAP, wrap
from ua_letters.render.hyphenate import points
from ua_letters.render.layout import LEFT, layout_letter
from ua_letters.render.look import MIN_SIZE, MM
from ua_letters.render.pdf.glyphs import encoding
from ua_letters.render.pdf_letter import letter_pdf

SENDER = Sender(
    name="Hans-Joachim Müller-Lüdenscheidt",
    address=[
        "c/o Amnesty International, Sektion der Bundesrepublik Deutschland e. V.",
        "Zinnowitzer Straße 8, Hinterhaus, 3. Obergeschoss, Aufgang links",
        "10115 Berlin",
        "Deutschland",
    ],
)


def _letter(case: Case, language: str, day: date, extra: int = 0) -> Letter:
    letter = compose_letter(case, case.recipients[0], language, SENDER, day)
    facts = [b for b in letter.blocks if b.kind == "p"][1]
    at = letter.blocks.index(facts) + 1
    more = tuple(Block("p", facts.text) for _ in range(extra))
    return replace(letter, blocks=letter.blocks[:at] + more + letter.blocks[at:])


def _pages(data: bytes) -> list[list[tuple[float, float, str]]]:
    """(size, top, text) per line, per page, the footer left out."""
    out = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            rows: dict[tuple[float, float], list[str]] = {}
            for w in page.extract_words(extra_attrs=["size"]):
                rows.setdefault((round(w["top"], 1), w["size"]), []).append(w["text"])
            lines = [(size, top, " ".join(ws)) for (top, size), ws in sorted(rows.items())]
            out.append([line for line in lines if line[0] > 8.5])
    return out


@pytest.mark.parametrize("language", ["ru", "ky", "en", "de"])
def test_a_long_letter_carries_real_text_to_its_last_page(
    example_case: Case, letter_date: date, language: str
) -> None:
    seen_two = False
    for extra in range(0, 7):
        letter = _letter(example_case, language, letter_date, extra)
        pages = _pages(letter_pdf(letter))
        closing, name = letter.of_kind("close")[0], letter.of_kind("sign")[0]
        last = pages[-1]
        texts = [t for _, _, t in last]
        assert closing in texts and name in texts  # closing and signature together
        copies = [b for b in letter.blocks if b.kind == "copy"]
        assert all(s < 10 for s, _, _ in last[-len(copies) :])  # "copies to" with them
        for number, page in enumerate(pages):
            body = [line for line in page if line[0] >= MIN_SIZE and line[2] not in (closing, name)]
            if number == 0:
                body = [line for line in body if line[1] > 90 * MM]
            assert len(body) >= 4, (extra, number + 1, len(body))
        seen_two = seen_two or len(pages) == 2
    assert seen_two


def test_a_letter_that_fits_is_one_page_and_type_stays_readable(
    example_case: Case, letter_date: date
) -> None:
    for language in ("ru", "ky", "en", "de", "fr", "es"):
        for recipient in example_case.recipients:
            letter = compose_letter(example_case, recipient, language, SENDER, letter_date)
            pages = layout_letter(letter)
            assert len(pages) == 1, (language, recipient.id)
            assert min(run[1] for run in pages[0] if run[1] > 9.5) >= MIN_SIZE  # copies: 9.5


def test_the_return_line_keeps_the_whole_address_and_ends_with_the_country(
    example_case: Case, letter_date: date
) -> None:
    letter = compose_letter(example_case, example_case.recipients[0], "de", SENDER, letter_date)
    with pdfplumber.open(io.BytesIO(letter_pdf(letter))) as pdf:
        zone = pdf.pages[0].crop((20 * MM, 45 * MM, 105 * MM, 62.7 * MM))
        text = " ".join((zone.extract_text() or "").split())
    assert text.endswith("Deutschland")
    for part in [SENDER.name, *SENDER.address]:
        assert " ".join(part.split()) in text.replace(" ·", "").replace("· ", "") or all(
            word in text for word in part.split()
        )


def test_body_and_address_share_one_left_edge(example_case: Case, letter_date: date) -> None:
    letter = compose_letter(example_case, example_case.recipients[0], "ru", SENDER, letter_date)
    with pdfplumber.open(io.BytesIO(letter_pdf(letter))) as pdf:
        words = pdf.pages[0].extract_words(extra_attrs=["size"])
    address = {round(w["x0"], 1) for w in words if 62.7 * MM < w["top"] < 90 * MM}
    body = {round(w["x0"], 1) for w in words if w["top"] > 100 * MM and w["size"] > 10}
    assert min(address) == min(body) == round(LEFT, 1) == round(25 * MM, 1)


@pytest.mark.parametrize("room", range(100, 420, 7))
def test_no_break_inside_dates_numbers_initials_or_ua_numbers(room: int) -> None:
    text = (
        "Министру К. Байболову с 15 июня 2010 г. по делу UA 135/10 и EUR 58/011/2010, "
        "as of 20 August 2010 and 20. August 2010, № 5, to A. B. Smith"
    )
    lines = [line.text for line in wrap(text, "PTSerif", 11, room, "ru", True)]
    for before, after in itertools.pairwise(lines):
        assert not before.endswith(
            ("К.", "UA", "EUR", " 15", "июня", "№", "A.", "B.", "20.", "August")
        )
        assert not after.startswith(("Байболову", "135/10", "58/", "июня", "г.", "August"))


def test_every_language_is_hyphenated_and_kyrgyz_by_its_syllables() -> None:
    words = {
        "ru": "освидетельствование",
        "de": "Menschenrechtsverteidiger",
        "fr": "gouvernementales",
        "es": "inmediatamente",
        "en": "investigation",
        "ky": "Республикасынын",
    }
    for language, word in words.items():
        assert points(word, language), language

    def split(w: str) -> str:
        cuts = kyrgyz_points(w)
        return "-".join(w[a:b] for a, b in zip((0, *cuts), (*cuts, len(w)), strict=True))

    assert split("Республикасынын") == "Рес-пуб-ли-ка-сы-нын"
    assert split("Кыргызстан") == "Кыр-гыз-стан"
    assert split("айткан") == "айт-кан"
    assert points("UA", "en") == points("135/10", "ru") == points("x@y.org", "en") == ()


def test_word_spaces_stay_bounded_and_hyphenated_text_reads_back(
    example_case: Case, letter_date: date
) -> None:
    for language in ("ru", "ky", "de"):
        letter = compose_letter(
            example_case, example_case.recipients[0], language, None, letter_date
        )
        for block in letter.blocks:
            if block.kind != "p":
                continue
            for room in (200.0, 300.0, 451.0):
                lines = wrap(block.text, "PTSerif", 11, room, language, True)
                space = 243 * 11 / 1000
                for line in lines:
                    if line.justify:
                        assert space + (room - line.natural) / line.spaces <= MAX_GAP * space + 1e-6
                joined = dehyphenate("\n".join(line.text for line in lines)).replace("\n", " ")
                assert joined.replace("\xa0", " ") == " ".join(block.text.split()).replace(
                    "\u202f", " "
                ).replace("\xa0", " ")


def test_a_million_character_word_is_set_in_linear_time(
    example_case: Case, letter_date: date
) -> None:
    letter = compose_letter(example_case, example_case.recipients[0], "en", None, letter_date)
    word = "Ж" * 1_000_000
    huge = replace(letter, blocks=(*letter.blocks[:6], Block("p", word), *letter.blocks[6:]))
    started = time.perf_counter()
    pages = layout_letter(huge)
    took = time.perf_counter() - started
    drawn = sum(run[4].count("Ж") for page in pages for run in page)
    assert drawn == 1_000_000
    assert took < 10, f"{took:.1f} s"


def test_special_spaces_are_drawn_with_glyphs_the_font_has(
    example_case: Case, letter_date: date
) -> None:
    letter = compose_letter(example_case, example_case.recipients[0], "fr", None, letter_date)
    odd = Block("p", "Objet\u202f: 20\u2009août 2010, 5\u2007000 personnes")
    pages = layout_letter(replace(letter, blocks=(*letter.blocks[:6], odd, *letter.blocks[6:])))
    codes = encoding("PTSerif").codes
    for page in pages:
        for run in page:
            assert all(c in codes for c in run[4]), run[4]

"""The fax version of a letter: a cover page, then the letter.

A fax machine prints at 200 dpi or less, in black and white. The cover therefore uses
large type and only black text (no greys, no thin rules): the number dialled in 30 pt,
who it is for and from, the number of pages and the UA it is about (the UA's reference
once, on a line of its own only if the subject does not already cite it).
"""

from __future__ import annotations

from collections.abc import Sequence

from ua_letters.case.model import Recipient, resolve
from ua_letters.compose.languages import rules
from ua_letters.compose.letter import Letter
from ua_letters.compose.notes import (
    FAX_DATE,
    FAX_FROM,
    FAX_NUMBER,
    FAX_PAGES,
    FAX_RE,
    FAX_TITLE,
    FAX_TO,
    note,
)
from ua_letters.compose.typography import normalize_spaces
from ua_letters.render.fonts import check_drawable
from ua_letters.render.layout import BOLD, LEFT, RIGHT, TOP, Page, Style, place, wrap
from ua_letters.render.pdf_letter import contents_pdf, page_contents

_TITLE = Style(font=BOLD, size=40, leading=46)
_LABEL = Style(size=14, leading=18)
_NUMBER = Style(font=BOLD, size=30, leading=36)
_VALUE = Style(size=16, leading=20)


def cover_page(letter: Letter, recipient: Recipient, total_pages: int) -> Page:
    """The cover as a page of runs (text only, all black)."""
    language = letter.language
    title = resolve(recipient.title, language) if recipient.title else None
    name = resolve(recipient.name, language) or ""
    sender = letter.of_kind("from")
    rows: list[tuple[str, Style]] = [(note(language, FAX_TITLE), _TITLE), ("", _LABEL)]
    rows += [(note(language, FAX_NUMBER), _LABEL), *((n, _NUMBER) for n in recipient.fax)]
    rows += [("", _LABEL), (note(language, FAX_TO), _LABEL)]
    rows += [(line, _VALUE) for line in (title, name) if line]
    rows += [("", _LABEL), (note(language, FAX_FROM), _LABEL), *((s, _VALUE) for s in sender)]
    rows += [("", _LABEL), (note(language, FAX_DATE), _LABEL)]
    rows += [(day, _VALUE) for day in _dates(letter)]
    rows += [("", _LABEL), (f"{note(language, FAX_PAGES)} {total_pages}", _VALUE)]
    rows += [("", _LABEL), (note(language, FAX_RE), _LABEL), (letter.subject, _VALUE)]
    if not _cites(letter.subject, letter.reference):
        rows += [(letter.reference, _VALUE)]
    runs = []
    y = TOP
    for raw, style in rows:
        text = normalize_spaces(raw)  # bidi marks around a number, as in the letter itself
        check_drawable(text, f"{language} fax cover")
        lines = wrap(text, style.font, style.size, RIGHT - LEFT) if text else ()
        runs += place(lines, style, LEFT, RIGHT, y)
        y -= style.leading * max(len(lines), 1)
    return tuple(runs)


def _dates(letter: Letter) -> list[str]:
    """The date for the cover's Date field: the letter's date line without the words a
    letter puts around the date («Le 20 août 2010» → «20 août 2010»). A date the case
    formats in another locale is not the default one and is shown as the letter has it."""
    plain = rules(letter.language).long_date(letter.dated)
    return [plain if plain in line else line for line in letter.of_kind("date")]


def _cites(subject: str, reference: str) -> bool:
    """Whether the subject already names the UA's number and index, which the cover then
    does not repeat on a line of their own.

    >>> reference = "UA 135/10 · EUR 58/011/2010"
    >>> _cites("A. Askarov (Urgent Action 135/10, EUR 58/011/2010)", reference)
    True
    >>> _cites("A. Askarov (Urgent Action 135/10)", reference)
    False
    """
    return all(part.split()[-1] in subject for part in reference.split(" · ") if part)


def fax_pdf(letter: Letter, recipient: Recipient, enclosed: Sequence[Letter] = ()) -> bytes:
    """The letter for faxing: the cover page first, then the letter's own pages, then the
    pages of the letters it says it encloses (a copy to an embassy), all counted on the cover."""
    from ua_letters.render.layout import layout_letter

    pages = [page for each in (letter, *enclosed) for page in layout_letter(each)]
    cover = cover_page(letter, recipient, len(pages) + 1)
    return contents_pdf(page_contents((cover, *pages)), letter)

"""labels.pdf: address labels, A4 sheets of 3 × 8 (70 × 37 mm), one per letter to post.

The labels come in the order of the letters (language by language, as in the print
files), so the n-th label goes on the n-th envelope. They depend on the plan alone, not
on the letters, so a worker process makes the whole file while the letters are made. The
address is the letter's own addressee block (title and name in the case the language's
letters use, then the postal address) without the fax and e-mail lines. PT Serif, drawn
as text, never parsed as markup.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from functools import cache
from pathlib import Path
from typing import BinaryIO

from ua_letters.archive import Entry
from ua_letters.case.model import Case
from ua_letters.choices import Channel
from ua_letters.compose.letter import compose_letter
from ua_letters.delivery.channels import reachable
from ua_letters.pack.packed import Packed
from ua_letters.render.layout import FONTS, MM, REGULAR, Style, place, wrap
from ua_letters.render.pdf import A4, PdfDocument, Run
from ua_letters.render.pdf_letter import metadata

COLUMNS, ROWS = 3, 8
WIDTH, HEIGHT = A4[0] / COLUMNS, A4[1] / ROWS
PAD_X, PAD_Y = 6 * MM, 4 * MM
SIZES = ((9.0, 11.0), (8.0, 9.5), (7.0, 8.3), (6.0, 7.0))  # tried in turn until the address fits


class Labels:
    def __init__(
        self, case: Case, out: BinaryIO, on_date: date, user_templates: Path | None = None
    ) -> None:
        self._case = case
        self._on_date = on_date
        self._user_templates = user_templates
        self._document = PdfDocument(out, FONTS)
        self._page: list[Run] = []
        self.count = 0

    @cache  # noqa: B019 (one Labels per pack)
    def address(self, recipient: int, language: str) -> tuple[str, ...]:
        """The addressee block of this recipient's letters in `language`."""
        official = self._case.recipients[recipient]
        letter = compose_letter(
            self._case, official, language, None, self._on_date, self._user_templates
        )
        contacts = [*official.fax, *official.phone, *official.email]
        return tuple(text for text in letter.of_kind("to") if not any(c in text for c in contacts))

    @cache  # noqa: B019
    def _runs(self, recipient: int, language: str) -> tuple[Run, ...]:
        """The label's lines, placed as if in the top-left cell."""
        room = WIDTH - 2 * PAD_X
        for size, leading in SIZES:
            lines = tuple(
                line
                for text in self.address(recipient, language)
                for line in wrap(text, REGULAR, size, room)
            )
            if len(lines) * leading <= HEIGHT - 2 * PAD_Y:
                break
        style = Style(size=size, leading=leading)
        # Centre the ink (cap height to descender) of the block in the label.
        top = A4[1] - HEIGHT / 2 + 0.75 * size + (len(lines) - 1) * leading / 2
        return tuple(place(lines, style, PAD_X, WIDTH - PAD_X, top))

    def add(self, recipient: int, language: str) -> None:
        cell = self.count % (COLUMNS * ROWS)
        dx, dy = (cell % COLUMNS) * WIDTH, (cell // COLUMNS) * HEIGHT
        self._page.extend(
            (font, size, round(x + dx, 3), round(y - dy, 3), text, space)
            for font, size, x, y, text, space in self._runs(recipient, language)
        )
        self.count += 1
        if cell == COLUMNS * ROWS - 1:
            self._flush()

    def _flush(self) -> None:
        if self._page:
            self._document.add_page(self._page)
            self._page = []

    def close(self) -> int:
        """Finish the file; return its number of pages."""
        self._flush()
        title = " · ".join(t for t in (self._case.ua.reference, "labels") if t)
        self._document.close(metadata(title, title, self._on_date), self._case.languages[0])
        return self._document.page_count


def write_labels(
    case: Case,
    folder: Path,
    on_date: date,
    user_templates: Path | None,
    signers: Sequence[tuple[str, int]],
) -> tuple[int, Entry]:
    """labels.pdf in `folder` for (language, number of signers) in pack order: a label for
    each letter to post; return its number of pages and its entry in the pack."""
    posted = [i for i, official in enumerate(case.recipients) if reachable(official, Channel.post)]
    packed = Packed("labels.pdf", folder)
    try:
        labels = Labels(case, packed.binary, on_date, user_templates)
        for language, count in signers:
            for _ in range(count):
                for recipient in posted:
                    labels.add(recipient, language)
        return labels.close(), packed.finish()
    finally:
        packed.abandon()

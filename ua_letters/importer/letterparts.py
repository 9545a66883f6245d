"""The parts around a ready letter: its copies below the closing, and a sample letter
that ends right above the heading of the recipients.

sections.py finds the recipients; these two look past the letter itself, which older
action alerts and blogs set between the officials ("Dear Minister, … Yours sincerely,"
then "Send your letter to:"; or the letter, then "Copies of this letter to:").
"""

from __future__ import annotations

import re

from ua_letters.importer.letteractions import CLOSING, LETTER_LINES
from ua_letters.importer.lines import Kind, Line

_STOPS = (Kind.embassy, Kind.end, Kind.write, Kind.letter)  # the parts that end the recipients
_NARRATIVE = 100  # a line this long is a paragraph, not part of an address

_SEPARATOR = re.compile(r"^[\W_]+$")  # "*****************" around a blog's copy of a letter
_SIGNATURE_LINES = 3  # "Yours sincerely," / a name or "[your name]" / "Copies to:"


def copies_after_letter(lines: list[Line], opening: int) -> list[Line]:
    """'Copies of this letter to:' right below a ready letter's closing, and the officials
    listed under it, up to a separator, a paragraph, two blank lines or the next part:
    the letter's copies ("copy to: … Embassy … Washington, DC 20008")."""
    body = lines[opening + 1 : opening + 1 + LETTER_LINES]
    closing = next((i for i, line in enumerate(body) if CLOSING.match(line.text)), None)
    if closing is None:
        return []
    start = opening + 1 + closing + 1
    content = [i for i in range(start, min(len(lines), start + 2 * _SIGNATURE_LINES))
               if lines[i].kind is not Kind.blank][:_SIGNATURE_LINES]
    heading = next((i for i in content if lines[i].kind is Kind.copies), None)
    if heading is None:
        return []
    end, blanks = heading + 1, 0
    while end < len(lines):
        line = lines[end]
        blanks = blanks + 1 if line.kind is Kind.blank else 0
        if blanks >= 2 or line.kind in _STOPS or len(line.text) >= _NARRATIVE or (
                line.kind is not Kind.blank and _SEPARATOR.match(line.text)):
            break
        end += 1
    return lines[heading:end]


def letter_above(lines: list[Line], heading: int) -> Line | None:
    """A sample letter that ends right above the heading of the recipients ("Dear
    Minister, … Yours sincerely," then "Send your letter to:"): its opening, found up from
    its closing, with nothing but the letter between; else None."""
    i = heading
    while i > 0 and (lines[i - 1].kind is Kind.blank or _SEPARATOR.match(lines[i - 1].text)):
        i -= 1
    if i == 0 or not CLOSING.match(lines[i - 1].text):
        return None
    for line in reversed(lines[max(0, i - 1 - LETTER_LINES) : i - 1]):
        if line.body == "opening":
            return line
        if line.kind in (*_STOPS, Kind.appeals_to, Kind.copies, Kind.labelled):
            return None
    return None

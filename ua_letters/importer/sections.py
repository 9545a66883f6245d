"""Step two: find the parts of the UA — the requested actions and the recipients.

A UA reads: story, "PLEASE WRITE … in <languages>:", bullets, the officials (main ones,
then "copies to"), the diplomatic-copies instruction, background. The recipients are the
lines between the end of the bullets (or a "SEND APPEALS … TO:" line) and the embassy
instruction or the background.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ua_letters.importer.letterparts import copies_after_letter, letter_above
from ua_letters.importer.lines import Kind, Line
from ua_letters.importer.names import CONNECTORS

_STOPS = (Kind.embassy, Kind.end, Kind.write, Kind.letter)
_NARRATIVE = 100  # a line this long is story text, not part of an address


@dataclass
class Sections:
    write: Line | None = None
    actions: list[tuple[int, str]] = field(default_factory=list)  # (line, text)
    recipients: list[Line] = field(default_factory=list)
    embassy: Line | None = None
    opening: Line | None = None  # the letter's opening right after the recipients
    letter_above: Line | None = None  # the opening of a sample letter right above them
    subject: Line | None = None  # a ready letter's subject line ("Billy Joe Wardlow")


def find_sections(lines: list[Line]) -> Sections:
    found = Sections()
    write = next((i for i, line in enumerate(lines) if line.kind is Kind.write), None)
    start = 0
    if write is not None:
        found.write = lines[write]
        start = _actions(lines, write + 1, found.actions)
        if not found.actions:
            start = _unmarked_actions(lines, write + 1, found.actions)
    heading = next((i for i, line in enumerate(lines) if line.kind is Kind.appeals_to), None)
    opening = next((i for i, line in enumerate(lines) if line.body == "opening"), None)
    if heading is not None and heading >= start:
        start = heading + 1  # "CONTACT INFORMATION:", "Target addresses:", "Write to:"
    elif write is None and opening is not None and _letter_only(lines, opening):
        start = _above_opening(lines, opening)
    else:
        start = _after_appeals_to(lines, start, write is None)
        if write is None and start == 0:
            start = _before_first_contact(lines)
    end = next((i for i in range(start, len(lines)) if lines[i].kind in _STOPS), len(lines))
    found.recipients = lines[start:end]
    if end < len(lines) and lines[end].body == "opening":
        found.opening = lines[end]
        found.recipients, found.subject = _without_subject(found.recipients)
        found.recipients = found.recipients + copies_after_letter(lines, end)
    found.embassy = next((line for line in lines[start:] if line.kind is Kind.embassy), None)
    if heading is not None and start == heading + 1:
        found.letter_above = letter_above(lines, heading)
    return found


def _actions(lines: list[Line], start: int, actions: list[tuple[int, str]]) -> int:
    """Collect the bullets after the write line; return the index after the last one."""
    i, after = start, start
    previous: Line | None = None
    while i < len(lines):
        line = lines[i]
        if line.kind is Kind.bullet:
            actions.append((line.number, line.body))
            after = i + 1
        elif line.kind is Kind.blank:
            pass
        elif previous is not None and previous.kind is not Kind.blank and actions and (
            not re.search(r"[.;:!?]$", actions[-1][1]) or line.text[:1].islower()
        ):
            number, text = actions[-1]  # a bullet wrapped onto the next line
            actions[-1] = (number, f"{text} {line.text}")
            after = i + 1
        else:
            break
        previous = line
        i += 1
    return after


def _unmarked_actions(lines: list[Line], start: int, actions: list[tuple[int, str]]) -> int:
    """Bullets lost in copying: the lines right after the write line that read as a list
    of requests (a capital first, ';' or '.' last), up to the first blank line."""
    i = start
    while i < len(lines) and lines[i].kind is Kind.blank:
        i += 1
    found: list[tuple[int, str]] = []
    while i < len(lines) and lines[i].kind is Kind.text:
        text = lines[i].text
        if not (text[:1].isupper() and text.endswith((";", "."))):
            return start
        found.append((lines[i].number, text))
        i += 1
    if found and (i == len(lines) or lines[i].kind in (Kind.blank, Kind.appeals_to)):
        actions.extend(found)
        return i
    return start


def _after_appeals_to(lines: list[Line], start: int, anywhere: bool) -> int:
    for i in range(start, len(lines)):
        if lines[i].kind is Kind.appeals_to:
            return i + 1
        if not anywhere and lines[i].kind not in (Kind.blank, Kind.instruction):
            break
    return start


def _without_subject(lines: list[Line]) -> tuple[list[Line], Line | None]:
    """Take out a ready letter's subject line ("Billy Joe Wardlow"): a line standing alone
    between the address block and the opening."""
    content = [i for i, line in enumerate(lines) if line.kind not in (Kind.blank, Kind.date)]
    if len(content) < 2:
        return lines, None
    last = content[-1]
    alone = lines[last].kind is Kind.text and _isolated(lines, last)
    if alone and not _is_country(lines[last].text):
        return lines[:last] + lines[last + 1 :], lines[last]
    return lines, None


def _is_country(text: str) -> bool:
    from ua_letters.importer.places import country_code

    return country_code(text) is not None


def _letter_only(lines: list[Line], opening: int) -> bool:
    """A ready letter: no contact line before its opening other than the addressee's own,
    which sit right above it."""
    return not any(line.kind is Kind.appeals_to for line in lines[:opening])


def _above_opening(lines: list[Line], opening: int) -> int:
    """The addressee of a ready letter: the short lines right above its opening, up to a
    paragraph, a heading or a lone word such as "Brief"."""
    i = opening
    taken = False  # a line of the addressee's block taken yet
    while i > 0:
        above = lines[i - 1]
        if above.kind is Kind.date and taken:
            break  # the letter's date above the addressee ("3 nov. 16"), the sender above it
        if above.kind in (Kind.blank, Kind.date):
            i -= 1
            continue
        text = above.text
        if any(line.text == text for line in lines[i:opening]):
            break  # the page's title repeats the addressee's first line above it
        heading = text.endswith((":", "...", "…", "!")) or (
            len(text.split()) == 1 and _isolated(lines, i - 1)
            and not _isolated(lines, _next_content(lines, i))  # not one field a paragraph
        )
        if len(text) >= 100 or above.kind in (Kind.bullet, *_STOPS, Kind.appeals_to) or heading:
            break
        i -= 1
        taken = True
    while i < opening and (lines[i].kind in (Kind.blank, Kind.date) or _post_title(lines, i)):
        i += 1
    return i


_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z]{3,}\b")  # "couple", "letters": not a name's


def _post_title(lines: list[Line], i: int) -> bool:
    """'A couple of letters with neat links' above the addressee: a blog post's title, a
    line of lower-case words that no name, title or address has, with a blank line below."""
    line = lines[i]
    prose = [w for w in _LOWER_WORD.findall(line.text) if w not in CONNECTORS]
    return (line.kind is Kind.text and len(prose) >= 3 and not any(c.isdigit() for c in line.text)
            and i + 1 < len(lines) and lines[i + 1].kind is Kind.blank)


def _next_content(lines: list[Line], i: int) -> int:
    while i < len(lines) - 1 and lines[i].kind is Kind.blank:
        i += 1
    return i


def _isolated(lines: list[Line], i: int) -> bool:
    """A line with blank lines above and below: a heading, not part of an address."""
    return (i == 0 or lines[i - 1].kind is Kind.blank) and (
        i + 1 >= len(lines) or lines[i + 1].kind is Kind.blank
    )


def _before_first_contact(lines: list[Line]) -> int:
    """Without any heading, the recipients start at the short lines above the first
    contact line."""
    first = next((i for i, line in enumerate(lines) if line.kind is Kind.labelled), None)
    if first is None:
        return _postal_block(lines)
    i = first
    while i > 0 and _head_like(lines[i - 1]) and lines[i - 1].kind not in (
        Kind.bullet, *_STOPS, Kind.appeals_to
    ):
        i -= 1
    return i


def _postal_block(lines: list[Line]) -> int:
    """A post-only addressee with no contact line at all ("Hiroshi Hiraguchi / Minister of
    Justice / … / Tokyo 100-8977 / JAPAN" below a month): the last run of at least three
    short lines that ends with a line naming a country, else nothing."""
    end = len(lines)
    while end > 0 and lines[end - 1].kind is Kind.blank:
        end -= 1
    if end == 0 or lines[end - 1].kind is not Kind.text or not _is_country(lines[end - 1].text):
        return len(lines)
    i = end - 1
    while i > 0 and lines[i - 1].kind is Kind.text and len(lines[i - 1].text) < _NARRATIVE:
        i -= 1
    return i if end - i >= 3 else len(lines)


def _head_like(line: Line) -> bool:
    """Short, or a long run of fields with no sentence end (an AIUSA one-line official)."""
    text = line.text
    return len(text) < _NARRATIVE or (
        len(text) < 300 and line.kind is Kind.text and not text.endswith((".", ":", "?", "!"))
    )

"""Step one of the parser: give every line of the document a kind.

Later steps only look at kinds (a bullet, a contact line, the "copies to" marker…), so
the way a UA spells its headings is decided here, once, line by line. Each `Line` keeps
its 1-based number so that every warning can point at the document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum

from ua_letters.importer.labels import Segment, has_labels, is_hidden_email, split_labels


class Kind(StrEnum):
    blank = "blank"
    write = "write"  # PLEASE WRITE IMMEDIATELY in Russian, … or your own language:
    appeals_to = "appeals_to"  # PLEASE SEND APPEALS BEFORE 16 SEPTEMBER 2010 TO:
    copies = "copies"  # And copies to: / Copies to: / Send copies to
    embassy = "embassy"  # Also send copies to diplomatic representatives …
    end = "end"  # Additional information, How you can help, the footer
    instruction = "instruction"  # "This Urgent Action expires on …" between the parts
    bullet = "bullet"
    connector = "connector"  # a lone "-OR-" between two numbers
    number = "number"  # an unlabelled phone or fax number
    email = "email"  # an unlabelled e-mail address
    note = "note"  # "(Please note: the fax may be switched off at night)"
    labelled = "labelled"  # a line with Fax:, Email:, Salutation: …
    text = "text"


@dataclass(frozen=True)
class Line:
    number: int
    text: str
    kind: Kind
    body: str = ""  # the bullet's text, or what follows "Copies to:"
    segments: tuple[Segment, ...] = field(default=())


_I = re.IGNORECASE
_EMBASSY = re.compile(r"diplomatic (representatives?|missions?)|embass(y|ies) .*your country", _I)
_COPIES = re.compile(
    r"^(?:and\s+|please\s+|also\s+)*(?:send\s+)?cop(?:y|ies)\s+(?:of\s+your\s+appeals?\s+)?"
    r"to\b(?:\s+the\s+following)?\s*:?\s*(?P<body>.*)$",
    _I,
)
_WRITE = re.compile(r"^(?:please\s+)?(?:write|take action)\b.*\b(?:in|languages?)\b", _I)
_PREFERRED = re.compile(r"^preferred language", _I)
_APPEALS_TO = re.compile(
    r"^(?:(?:please\s+)?(?:send\s+)?appeals?\b.*\bto\s*:?|(?:please\s+)?write\s+to\s*:?|"
    r"contact these officials\b.*|send (?:your )?(?:letters|appeals) to\b.*)$",
    _I,
)
_INSTRUCTION = re.compile(
    r"^(?:this urgent action expires\b|"
    r"please (?:check with|take action|send appeals (?:as soon|immediately))\b)",
    _I,
)
_END = re.compile(
    r"^(?:additional information|background(?: information)?|how you can help|"
    r"further information on ua|name\(?s?\)?\s*:|gender m/f|ua\s*:?\s*\d+/\d+\b.*index)",
    _I,
)
_BULLET = re.compile(r"^(?:[•·▪◦‣●○■□➢►✓*–—-]|\(?\d{1,2}[.)]|\(?[a-h]\))\s+(?P<body>\S.*)$")
_CONNECTOR = re.compile(r"^[-–—\s/]*(?:or)?[-–—\s/]*$", _I)
_NUMBER = re.compile(r"[+(0][\d\s().\-/+,;]*")
_OR = re.compile(r"\bor\b", _I)
_EMAIL = re.compile(r"[^@\s,;/]+@[^@\s,;/]+\.[^@\s,;/]+")
_SALUTATION = re.compile(
    r"^[\"“‘'«]?(?:dear|your excellency|your majesty|estimad[oa]s?|excelent[ií]sim[oa])\b", _I
)
LONG = 4000  # longer lines are narrative; no pattern below needs to look at them
SHORT = 200  # numbers, addresses and salutations are short


def classify(text: str) -> list[Line]:
    """Every line of the document, numbered from 1, with its kind."""
    return [classify_line(number, line) for number, line in enumerate(text.split("\n"), 1)]


def classify_line(number: int, text: str) -> Line:
    text = text.strip()
    if not text:
        return Line(number, text, Kind.blank)
    if len(text) > LONG:
        return Line(number, text, Kind.text)
    if _EMBASSY.search(text):
        return Line(number, text, Kind.embassy)
    if match := _COPIES.match(text):
        return Line(number, text, Kind.copies, body=match["body"].strip())
    if _WRITE.match(text) or _PREFERRED.match(text):
        return Line(number, text, Kind.write)
    if _APPEALS_TO.match(text):
        return Line(number, text, Kind.appeals_to)
    if _END.match(text):
        return Line(number, text, Kind.end)
    if _INSTRUCTION.match(text):
        return Line(number, text, Kind.instruction)
    if (_CONNECTOR.match(text) and "-" in text) or text.lower() == "or":
        return Line(number, text, Kind.connector)
    if len(text) < SHORT and _is_number(text):
        return Line(number, text, Kind.number)
    if len(text) < SHORT and _is_email(text):
        return Line(number, text, Kind.email)
    if match := _BULLET.match(text):
        return Line(number, text, Kind.bullet, body=match["body"].strip())
    if (text.startswith("(") and text.endswith(")")) or re.match(r"^(please )?note\b", text, _I):
        return Line(number, text, Kind.note)
    if len(text) < SHORT and _SALUTATION.match(text):
        return Line(number, text, Kind.labelled, segments=(Segment("salutation", text),))
    segments = split_labels(text)
    if has_labels(segments):
        return Line(number, text, Kind.labelled, segments=tuple(segments))
    return Line(number, text, Kind.text)


def _is_number(text: str) -> bool:
    return bool(_NUMBER.fullmatch(_OR.sub(",", text))) and sum(c.isdigit() for c in text) >= 7


def _is_email(text: str) -> bool:
    if is_hidden_email(text):
        return text.lower().strip("[]() ") == "email protected"
    tokens = [t for t in re.split(r"[\s,;/]+", text) if t]
    return bool(tokens) and all(_EMAIL.fullmatch(t) for t in tokens)

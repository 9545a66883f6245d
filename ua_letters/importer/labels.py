"""Find contact labels in a line: "Fax: …", "Tel/Fax", "E-mail", "Phone: … I Fax: …".

A line becomes segments: the text before the first label (a name, an address…), then
one segment per label with its value. A whole recipient on one line ("Minister X,
Street 1, City. Fax: +1 … Email: … Salutation: Dear Minister") and one field per line
come out the same way, so the assembly step never has to care which layout it was.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ua_letters.importer.vocab import HIDDEN_EMAIL, LABELS, NEEDS_COLON, NUMBER_LABELS

_VALUE_STARTS = {
    "number": re.compile(r"[+(\d]"),
    "email": re.compile(r"\S*@|\[email|email protected", re.IGNORECASE),
    "social": re.compile(r"@|https?:|www\.|\w+\.com", re.IGNORECASE),
    "salutation": re.compile(r"[\"“‘'«]?[^\W\d_]"),
}
# Separators left at the end of a value by the next label: "… 44 I Fax:", "… 44 | Fax:".
_SEPARATORS = frozenset("|/;,·•–—-")


@dataclass(frozen=True)
class Segment:
    """A piece of a line: `label` is a canonical label name, or None for plain text."""

    label: str | None
    value: str


@cache
def _pattern() -> re.Pattern[str]:
    spellings = sorted(
        ((spelling, label) for label, names in LABELS.items() for spelling in names),
        key=lambda item: -len(item[0]),
    )
    alternatives = "|".join(re.escape(s).replace(r"\ ", r"\s*") for s, _ in spellings)
    # Not inside a word, an address or a URL; the colon is optional but remembered.
    return re.compile(
        rf"(?<![\w@/.\-])(?P<label>{alternatives})(?![\w@])\s*(?P<colon>:)?\s*",
        re.IGNORECASE,
    )


@cache
def _canonical() -> dict[str, str]:
    return {re.sub(r"\s+", " ", s): label for label, names in LABELS.items() for s in names}


def _kind(label: str) -> str:
    if label in NUMBER_LABELS:
        return "number"
    return label if label in ("email", "salutation") else "social"


def split_labels(text: str) -> list[Segment]:
    """Split a line into segments; a line without labels is one plain segment."""
    found: list[tuple[int, int, str]] = []
    for match in _pattern().finditer(text):
        spelling = re.sub(r"\s+", " ", match["label"].lower())
        label = _canonical()[spelling]
        rest = text[match.end() :]
        alone = match.start() == 0 and not rest.strip()  # "Fax" on a line of its own
        if not match["colon"] and not (alone and spelling not in NEEDS_COLON):
            if spelling in NEEDS_COLON or not _VALUE_STARTS[_kind(label)].match(rest):
                continue
            if match.start() > 0 and label == "salutation":
                continue
        found.append((match.start(), match.end(), label))
    segments: list[Segment] = []
    position = 0
    current: str | None = None
    for start, end, next_label in found:
        _add(segments, current, text[position:start])
        position, current = end, next_label
    _add(segments, current, text[position:])
    return segments


def _add(segments: list[Segment], label: str | None, value: str) -> None:
    value = strip_trailing(value.strip())
    if label is None and not value:
        return
    segments.append(Segment(label, value))


def strip_trailing(value: str) -> str:
    """Drop separators at the end ("… 44 I", "… 44 |", "… 44 -or-"), scanning back once:
    a pattern with nested repeats took time doubling with each " or-" on the line."""
    end = len(value)
    while True:
        while end and value[end - 1].isspace():
            end -= 1
        if end and value[end - 1] in _SEPARATORS:
            end -= 1
        elif _bar_or_or(value, end):
            end -= 2
        else:
            return value[:end]


def _bar_or_or(value: str, end: int) -> bool:
    """The value ends at `end` with " I" (a capital I used as a bar) or " or"/"-or"."""
    if end >= 2 and value[end - 1] == "I" and value[end - 2].isspace():
        return True
    return end >= 3 and value[end - 2 : end].lower() == "or" and (
        value[end - 3].isspace() or value[end - 3] == "-"
    )


def has_labels(segments: list[Segment]) -> bool:
    return any(segment.label for segment in segments)


def is_hidden_email(value: str) -> bool:
    lowered = re.sub(r"\s+", " ", value.lower())
    return any(hidden in lowered for hidden in HIDDEN_EMAIL)

"""Phone and fax numbers as UAs write them: several per line, joined by "-OR-" or "/".

One wrong digit and an appeal never arrives, so numbers are copied as written. They are
only rewritten where the letter needs an international form ("00 996 …" -> "+996 …", a
local number completed with the recipient's country code), and each rewrite carries a
note so that a person checks it against the UA.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers

_CAPITAL_I = re.compile(r"\s+I\s+")  # "Phone: … I Fax: …" uses a capital I as a bar
# No leading "\s*": on a line of spaces it made every position rescan the rest.
_JOINERS = re.compile(r"-+\s*or\s*-+|\bor\b|\band\b|[,;|]|\s-\s", re.IGNORECASE)
_NOT_NUMBER = re.compile(r"[^\d+() .\-]")
_PARENS = re.compile(r"\([^()]*\)")  # one level of parentheses, one repeat: linear
_MIN_DIGITS = 7


def _remark(match: re.Match[str]) -> str:
    """'(via the Ministry)', '(office hours)' go; '(00 202)' stays: it holds no letter."""
    return "" if any(c.isalpha() for c in match[0]) else match[0]


@dataclass(frozen=True)
class Number:
    """A number ready for the case file; `note` says what a person should check."""

    text: str
    note: str | None = None


def split_numbers(value: str, country: str | None) -> tuple[list[Number], list[str]]:
    """The numbers in a label's value, and a message for each piece that is not one."""
    numbers: list[Number] = []
    problems: list[str] = []
    full: str | None = None  # the last number written with its country code
    for chunk in _JOINERS.split(_CAPITAL_I.sub(",", value)):
        previous: str | None = None
        for piece in chunk.split("/"):
            cleaned = _NOT_NUMBER.sub("", _PARENS.sub(_remark, piece)).strip(" .-")
            digits = sum(c.isdigit() for c in cleaned)
            if not digits:
                if piece.strip():
                    problems.append(f"{piece.strip()!r} is not a number")
                continue
            if digits < _MIN_DIGITS and previous is not None and "+" not in cleaned:
                variant = _valid(Number(*_variant(previous, cleaned)), cleaned)
                if isinstance(variant, str):
                    problems.append(variant)
                else:
                    numbers.append(variant)
                continue
            if digits < _MIN_DIGITS:
                problems.append(f"{cleaned!r} is too short to be a phone or fax number")
                continue
            cleaned = re.sub(r"^\((00|\+)\s*(\d{1,4})\)", r"\1\2", cleaned)  # "(00 202) 2577 4716"
            cleaned = re.sub(r"\s+", " ", cleaned)
            number = international(cleaned, country)
            incomplete = isinstance(number, str) or (
                country is None and not number.text.startswith("+"))
            if incomplete and (shared := _shared_prefix(full, cleaned)):
                number = _valid(shared, cleaned)
            if isinstance(number, str):
                problems.append(number)  # left out: written as it stands it would be wrong
                continue
            numbers.append(number)
            previous = number.text
            if cleaned.startswith(("+", "00")):
                full = number.text
    return numbers, problems


def _variant(previous: str, ending: str) -> tuple[str, str]:
    """'+233 302 123456' and '7' -> '+233 302 123457': the UA lists alternative endings."""
    tail = re.sub(r"\D", "", ending)
    chars = list(previous)
    position, replaced = len(chars) - 1, 0
    while position >= 0 and replaced < len(tail):
        if chars[position].isdigit():
            replaced += 1
        position -= 1
    text = "".join(chars[: position + 1]) + tail
    return text, f"written as {previous}/{ending}; check this reading of the UA"


def _shared_prefix(full: str | None, text: str) -> Number | None:
    """'+ 52 5 515 1794 or 542 1648': the second number, incomplete on its own (no area
    code, or no country code where the address names no country), is the first one's last
    groups written anew; it takes the first one's code and area code. Only when its groups
    hold exactly as many digits as the first one's last groups ('+ 42 02 2494 6615/961
    53358': eight), with something left of it for the prefix."""
    if full is None or text.startswith(("+", "0")):
        return None
    before, after = full.split(), text.split()
    if len(after) < 2 or not all(g.isdigit() for g in after):
        return None
    wanted, kept = sum(len(g) for g in after), 0
    cut = len(before)
    while cut > 0 and kept < wanted:
        cut -= 1
        kept += sum(c.isdigit() for c in before[cut])
    if kept != wanted or cut < 1 or not all(g.isdigit() for g in before[cut:]):
        return None
    prefix = " ".join(before[:cut])
    return Number(f"{prefix} {text}", f"written as {text} after {full}; the prefix {prefix} "
                                      "of the number before it was added — check it")


_US_EXIT = re.compile(r"^011[\s.\-]*(?=[1-9])")  # "011-52-722-…": dialled from the US


def _dialled_from_us(text: str, country: str | None) -> Number | None:
    """'011-52-722-276-0046' -> '+52 722 276 0046', but only where the recipient's address
    is in the country the rest of the number belongs to. "011" is also a trunk prefix
    (Buenos Aires: 011 4345 …), so elsewhere the number is not rewritten."""
    match = _US_EXIT.match(text)
    if match is None or country is None:
        return None
    try:
        parsed = phonenumbers.parse("+" + text[match.end():], None)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(parsed) or (
        phonenumbers.region_code_for_number(parsed) != country
    ):
        return None
    formatted = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    return Number(formatted, f"written as {text} (011 is the prefix for calls from the US)")


def international(text: str, country: str | None) -> Number | str:
    """The number in international form, or as written with a note explaining why not;
    a message instead when the number, as written, would be wrong and cannot be completed
    with certainty (it is then left out)."""
    if from_us := _dialled_from_us(text, country):
        return from_us
    if _US_EXIT.match(text) and not _national(text, country):
        return (f"{text!r} starts with 011, the prefix for calls from the US, but no address "
                "confirms the country; left out — copy it from the UA in international form")
    if text.startswith("00"):
        return _valid(Number("+" + text[2:].lstrip(), f"written as {text} in the UA"), text)
    if text.startswith("+"):
        return _valid(Number(text), text)
    if country is None:
        return Number(text, "no country code, and the recipient's country is unknown")
    try:
        parsed = phonenumbers.parse(text, country)
    except phonenumbers.NumberParseException:
        return Number(text, "not a phone number the importer can read")
    if not phonenumbers.is_valid_number(parsed):
        # "542 1648" beside a Mexico City address lacks its area code: with +52 added, or
        # as written, it reaches no one
        return (f"{text!r} is not a complete number in {country} (an area code may be "
                "missing); left out — copy it from the UA in international form")
    formatted = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    return Number(formatted, f"written as {text}; the country code of {country} was added")


def _valid(number: Number, text: str) -> Number | str:
    """The number, if it is one that can be dialled today. "+57 1 570 2000" was Bogotá's
    form until Colombia's plan of 2021: validate refuses it, so the draft leaves it out and
    says why rather than write a value that stops every letter."""
    try:
        valid = phonenumbers.is_valid_number(phonenumbers.parse(number.text, None))
    except phonenumbers.NumberParseException:
        valid = False
    if valid:
        return number
    return (f"{text!r} is not a valid number today (a digit wrong or missing, or the "
            "country's numbering plan changed since the UA was written); left out — "
            "find the current number")


def _national(text: str, country: str | None) -> bool:
    """A valid national number of the recipient's country as written ("011 4345 6789")."""
    if country is None:
        return False
    try:
        return bool(phonenumbers.is_valid_number(phonenumbers.parse(text, country)))
    except phonenumbers.NumberParseException:
        return False


def is_possible(text: str) -> bool:
    try:
        return bool(phonenumbers.is_possible_number(phonenumbers.parse(text, None)))
    except phonenumbers.NumberParseException:
        return False


def region_of(text: str) -> str | None:
    """The country an international number ("+20 2 2577 4716") belongs to, or None when it
    is written without its code or is not a valid number today: only a number the UA itself
    wrote in full can say where its official is."""
    if not text.startswith("+"):
        return None
    try:
        parsed = phonenumbers.parse(text, None)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(parsed):
        return None
    region = phonenumbers.region_code_for_number(parsed)
    return region if region and region != "001" else None  # 001: a non-geographic number

"""The letter form: read, check and turn into a Sender, with messages per field.

Every message is an English msgid of the `web` catalog, translated when the page is
drawn, so an error appears next to its field in the interface language. A preview is
lenient (an empty name gives the blank lines to sign by hand); a download is strict
(name and address are required). Nothing here logs or echoes the input elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from ua_letters.api import (
    MAX_LINE,
    MAX_PERSONAL,
    Gender,
    Sender,
    control_characters,
    missing_characters,
)

FIELDS = ("language", "name", "address", "email", "gender", "personal", "gloss", "format")
MAX_ADDRESS_LINES = 6
MAX_ADDRESS = MAX_ADDRESS_LINES * (MAX_LINE + 1)
GENDERS = {"": Gender.unknown, "female": Gender.female, "male": Gender.male}
ZIP_FORMATS = ("pdf", "docx", "fax", "eml")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def M(message: str) -> str:
    """Mark a msgid for the catalog check (tests/web/test_catalogs.py); it stays English."""
    return message


REQUIRED_NAME = M("Please enter your name.")
REQUIRED_ADDRESS = M("Please enter your address.")
TOO_LONG = M("Please use at most %(limit)d characters.")
TOO_MANY_LINES = M("Please use at most %(limit)d lines.")
ONE_LINE = M("Please write this on one line.")
CONTROL = M("This contains invisible control characters; please retype it.")
NOT_DRAWABLE = M("The letter font cannot print these characters: %(chars)s")
BAD_EMAIL = M("This does not look like an e-mail address.")
BAD_LANGUAGE = M("Please choose one of the languages in the list.")
BAD_CHOICE = M("Please choose one of the options in the list.")
NO_GLOSS = M("Please choose a language for the translation other than the letter's.")


@dataclass(frozen=True)
class FieldError:
    message: str  # a msgid of the web catalog
    params: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class LetterForm:
    """The submitted values, kept as typed so the page can show them again."""

    language: str = ""
    name: str = ""
    address: str = ""
    email: str = ""
    gender: str = ""
    personal: str = ""
    gloss: str = ""  # the language of the side translation, "" for none
    format: str = ""  # the format of the ZIP of all letters; "" for the first one offered

    @classmethod
    def from_fields(cls, fields: Mapping[str, str]) -> LetterForm:
        values = {name: fields[name] for name in FIELDS if name in fields}
        return cls(**values)

    def address_lines(self) -> list[str]:
        return [line.strip() for line in self.address.splitlines() if line.strip()]

    def personal_sentence(self) -> str | None:
        """What the writer typed, on one line (a textarea lets them press Enter)."""
        return " ".join(self.personal.split()) or None

    def sender(self) -> Sender | None:
        """The sender to sign with, or None for blank lines; call after `check`."""
        if not self.name.strip():
            return None
        return Sender(
            name=self.name.strip(),
            address=self.address_lines(),
            email=self.email.strip() or None,
            gender=GENDERS.get(self.gender, Gender.unknown),
            personal=self.personal_sentence(),
        )


def _characters(text: str, *, multiline: bool) -> FieldError | None:
    allowed = {"\n", "\r", "\t"} if multiline else {"\t"}
    if not multiline and ("\n" in text or "\r" in text):
        return FieldError(ONE_LINE)
    if control_characters(text, allowed):
        return FieldError(CONTROL)
    missing = missing_characters(text.replace("\r", "").replace("\t", " "))
    if missing:
        return FieldError(NOT_DRAWABLE, {"chars": " ".join(missing)})
    return None


def _check_name(form: LetterForm, strict: bool) -> FieldError | None:
    name = form.name.strip()
    if not name:
        wanted = strict or form.address.strip() or form.personal.strip()
        return FieldError(REQUIRED_NAME) if wanted else None
    if len(name) > MAX_LINE:
        return FieldError(TOO_LONG, {"limit": MAX_LINE})
    return _characters(name, multiline=False)


def _check_address(form: LetterForm, strict: bool) -> FieldError | None:
    if not form.address.strip():
        return FieldError(REQUIRED_ADDRESS) if strict else None
    if len(form.address) > MAX_ADDRESS:
        return FieldError(TOO_LONG, {"limit": MAX_ADDRESS})
    lines = form.address_lines()
    if len(lines) > MAX_ADDRESS_LINES:
        return FieldError(TOO_MANY_LINES, {"limit": MAX_ADDRESS_LINES})
    if any(len(line) > MAX_LINE for line in lines):
        return FieldError(TOO_LONG, {"limit": MAX_LINE})
    return _characters(form.address, multiline=True)


def _check_email(form: LetterForm) -> FieldError | None:
    email = form.email.strip()
    if not email:
        return None
    if len(email) > MAX_LINE:
        return FieldError(TOO_LONG, {"limit": MAX_LINE})
    if not _EMAIL.match(email):
        return FieldError(BAD_EMAIL)
    return _characters(email, multiline=False)


def _check_personal(form: LetterForm) -> FieldError | None:
    sentence = form.personal_sentence()
    if sentence is None:
        return None
    if len(sentence) > MAX_PERSONAL:
        return FieldError(TOO_LONG, {"limit": MAX_PERSONAL})
    return _characters(form.personal, multiline=True)


def check(
    form: LetterForm,
    languages: tuple[str, ...],
    *,
    strict: bool,
    formats: tuple[str, ...] = ZIP_FORMATS,
) -> dict[str, FieldError]:
    """Every problem of the form at once, keyed by field name (empty when all is well)."""
    found = {
        "language": None if form.language in languages else FieldError(BAD_LANGUAGE),
        "name": _check_name(form, strict),
        "address": _check_address(form, strict),
        "email": _check_email(form),
        "gender": None if form.gender in GENDERS else FieldError(BAD_CHOICE),
        "personal": _check_personal(form),
        "gloss": None if form.gloss in ("", *languages) else FieldError(BAD_LANGUAGE),
        "format": None if form.format in ("", *formats) else FieldError(BAD_CHOICE),
    }
    return {name: error for name, error in found.items() if error is not None}

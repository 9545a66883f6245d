"""What the importer read from a UA: plain data, before it becomes a YAML draft.

Keeping this separate from the YAML lets the tests compare what was read field by field,
and lets the draft writer stay a simple formatter. `checks` name fields a person must
look at; `notices` are warnings that point at a line of the document.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ua_letters.case.model import Gender, Role


@dataclass(frozen=True)
class Notice:
    """A warning: what the importer could not read, or read with doubt."""

    message: str
    line: int | None = None
    field: str | None = None

    def where(self, source: str) -> str:
        place = f"{source}:{self.line}" if self.line else source
        what = f"{self.field}: {self.message}" if self.field else self.message
        return f"{place}: {what}"


@dataclass
class Findings:
    """What one step found besides its values: warnings (each with its line), the fields a
    person must check, and the line each field came from. Every step returns its own;
    parse.py, the one module that composes the steps, adds them to the ImportedUA, so no
    step writes into another's result."""

    notices: list[Notice] = field(default_factory=list)
    checks: dict[str, str] = field(default_factory=dict)
    lines: dict[str, int] = field(default_factory=dict)

    def warn(self, message: str, line: int | None = None, field: str | None = None) -> None:
        self.notices.append(Notice(message, line, field))


@dataclass
class FoundRecipient:
    line: int
    copy: bool = False
    title: str | None = None
    other_title: str | None = None  # "Presidente de la República" below "President of …"
    name: str | None = None
    honorifics: list[str] = field(default_factory=list)
    organisation: str | None = None
    care_of: str | None = None
    address: list[str] = field(default_factory=list)
    country: str | None = None
    fax: list[str] = field(default_factory=list)
    phone: list[str] = field(default_factory=list)
    email: list[str] = field(default_factory=list)
    email_hidden: bool = False
    social: dict[str, list[str]] = field(default_factory=dict)
    salutation: dict[str, str] = field(default_factory=dict)
    role: Role = Role.official
    gender: Gender = Gender.unknown
    notes: list[str] = field(default_factory=list)  # the UA's own remarks, "(fax off at night)"
    checks: dict[str, str] = field(default_factory=dict)


@dataclass
class FoundPerson:
    name: str
    gender: Gender = Gender.unknown
    line: int | None = None


@dataclass
class ImportedUA:
    source: str
    encoding: str = "utf-8"
    language: str = "en"  # the language the UA is written in
    number: str | None = None
    update: int | None = None
    is_update: bool = False  # a further-information UA, even when it does not say which
    index: str | None = None
    issued: date | None = None
    deadline: date | None = None
    country: str | None = None
    languages_requested: list[str] = field(default_factory=list)  # codes, or the UA's word
    languages: list[str] = field(default_factory=list)  # codes that ua-letters ships
    own_language: bool = False  # "… or your own language"
    actions: list[str] = field(default_factory=list)
    people: list[FoundPerson] = field(default_factory=list)
    group: str | None = None  # "14 people sentenced to death", when no one is named
    facts: str | None = None
    recipients: list[FoundRecipient] = field(default_factory=list)
    diplomatic: str | None = None
    notices: list[Notice] = field(default_factory=list)
    checks: dict[str, str] = field(default_factory=dict)
    lines: dict[str, int] = field(default_factory=dict)  # field -> line it came from

    def warn(self, message: str, line: int | None = None, field: str | None = None) -> None:
        self.notices.append(Notice(message, line, field))

    def take(self, found: Findings) -> None:
        """Add what a step found: its warnings after the earlier ones, its checks and lines."""
        self.notices.extend(found.notices)
        self.checks.update(found.checks)
        self.lines.update(found.lines)

"""The case model: one Urgent Action, its person, requests and recipients.

Text that differs by language or script is `Localized`: either one string for every
language, or a mapping whose keys are language codes (`ru`), script codes (`cyrl`,
`latn`) or `default`. Lookup goes language, then the language's script (from CLDR), then
`default`, and never silently to another language.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Annotated, Any, TypeVar

import phonenumbers
from babel import Locale, UnknownLocaleError
from babel.lists import format_list
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Discriminator,
    Field,
    Tag,
    WithJsonSchema,
    field_validator,
    model_validator,
)

from ua_letters.case.emailaddress import address_problem
from ua_letters.case.keys import case_key
from ua_letters.case.plaintext import check_plain
from ua_letters.case.uanumber import normalise_ua_number
from ua_letters.choices import Gender as Gender  # re-exported: the case model's public type
from ua_letters.resources import script_of, shipped_languages

SCRIPTS = ("cyrl", "latn")
GRAMMATICAL_CASES = (
    "nominative",
    "genitive",
    "dative",
    "accusative",
    "instrumental",
    "prepositional",
    "locative",
    "ablative",
)
_NUMBER_PATTERN = r"^\d{1,4}/\d{2}$"
MAX_ID = 40  # a recipient id goes into file names next to the UA number and the language
_PAID = {
    phonenumbers.PhoneNumberType.PREMIUM_RATE: "a premium-rate number",
    phonenumbers.PhoneNumberType.SHARED_COST: "a shared-cost number",
}


class Role(StrEnum):
    """What an official is; it chooses the salutation when the case file gives none."""

    president = "president"
    prime_minister = "prime_minister"
    minister = "minister"
    general_prosecutor = "general_prosecutor"
    prosecutor = "prosecutor"
    ombudsman = "ombudsman"
    ambassador = "ambassador"
    judge = "judge"
    governor = "governor"
    police_chief = "police_chief"
    official = "official"


class Strict(BaseModel):
    """Unknown keys are errors: a misspelt `recipeints:` must never be ignored."""

    # A house number written as 469 is text, not an error.
    model_config = ConfigDict(
        extra="forbid", frozen=True, str_strip_whitespace=True, coerce_numbers_to_str=True
    )


def lookup_keys(language: str) -> tuple[str, ...]:
    return (language, script_of(language), "default")


T = TypeVar("T")


def resolve(value: dict[str, T] | T | None, language: str) -> T | None:
    """The value of a localized field for `language`, or None when it has none (or no field)."""
    if value is None:
        return None
    if not isinstance(value, dict):
        return value
    for key in lookup_keys(language):
        if key in value:
            found: T = value[key]
            return found
    return None


def _check_localized_keys(value: object) -> object:
    if isinstance(value, dict):
        for key in value:
            if key in SCRIPTS or key == "default":
                continue
            try:
                Locale.parse(key)
            except (ValueError, UnknownLocaleError):
                raise ValueError(
                    f"{key!r} is not a language code (ru, ky, en…), a script "
                    f"({', '.join(SCRIPTS)}) or 'default'"
                ) from None
    return value


def _check_forms(value: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
    for language, forms in value.items():
        _check_localized_keys({language: ""})
        for case_name in forms:
            if case_name not in GRAMMATICAL_CASES:
                raise ValueError(
                    f"{case_name!r} is not a grammatical case; use one of "
                    + ", ".join(GRAMMATICAL_CASES)
                )
    return value


_TEXT_CHECKS = (AfterValidator(_check_localized_keys), AfterValidator(check_plain))
Localized = Annotated[str | dict[str, str], *_TEXT_CHECKS]
LocalizedLines = Annotated[list[str] | dict[str, list[str]], *_TEXT_CHECKS]
NameForms = Annotated[dict[str, dict[str, str]], AfterValidator(_check_forms)]


class Person(Strict):
    """A person the UA is about."""

    name: Localized
    gender: Gender
    forms: NameForms = Field(default_factory=dict, description="Overrides of declined names")


class Group(Strict):
    """A named group the UA is about ("14 people sentenced to death").

    Letters treat a group as plural. Languages that decline nouns need the group's forms
    (`forms: {ru: {genitive: …, dative: …}}`), because a phrase cannot be declined reliably
    by rule; `members` may name some of the people in it.
    """

    name: Localized
    count: int | None = Field(None, ge=2, description="How many people, when the UA says")
    forms: NameForms = Field(default_factory=dict, description="Declined forms of the name")
    members: list[Person] = Field(default_factory=list)


class SituationKind(StrEnum):
    detained = "detained"
    imprisoned = "imprisoned"
    sentenced_to_death = "sentenced_to_death"
    disappeared = "disappeared"
    at_risk = "at_risk"
    charged = "charged"
    facing_deportation = "facing_deportation"
    harassed = "harassed"


class Situation(Strict):
    """What has happened to the people concerned, as structured data.

    It lets a letter in a language without a `facts` text say the essentials in a standard
    paragraph (who, what, since when, where).
    """

    kind: SituationKind
    since: date | None = None
    place: Localized | None = None


class ConcernedKind(StrEnum):
    one = "one"
    several = "several"
    group = "group"


@dataclass(frozen=True)
class Concerned:
    """The people a UA is about, whichever of `person`, `people` or `group` gave them."""

    kind: ConcernedKind
    people: tuple[Person, ...]  # the named people (a group's named members)
    group: Group | None = None

    @property
    def plural(self) -> bool:
        return self.kind is not ConcernedKind.one

    def localized_names(self) -> list[tuple[str, Localized]]:
        """(field path, name) of every name a letter prints."""
        if self.group is not None:
            return [("group.name", self.group.name)]
        if self.kind is ConcernedKind.one:
            return [("person.name", self.people[0].name)]
        return [(f"people[{i}].name", p.name) for i, p in enumerate(self.people)]

    def display_name(self, language: str) -> str | None:
        """The names in `language`, joined with its own "and" (CLDR), for headings."""
        if self.group is not None:
            return resolve(self.group.name, language)
        names = [resolve(p.name, language) for p in self.people]
        if any(name is None for name in names):
            return None
        return format_list([n for n in names if n is not None], locale=_list_locale(language))


def _list_locale(language: str) -> str:
    try:
        Locale.parse(language)
    except (ValueError, UnknownLocaleError):
        return "en"
    return language


# A case file may write one number or address as a string, or several as a list
# (`_one_or_many` below makes a list of either); the schema must accept both.
OneOrMany = Annotated[
    list[str],
    WithJsonSchema(
        {"anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]}
    ),
]


class Recipient(Strict):
    """An official to write to, exactly as the UA gives them.

    Real UAs give what they have: many recent ones list only post and e-mail, some only a
    fax. A recipient needs a title or a name, and at least one way to reach it.
    """

    id: Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]*$", max_length=MAX_ID)] | None = None
    role: Role
    title: Localized | None = None
    organisation: Localized | None = Field(None, description="e.g. Embassy of the Kyrgyz Republic")
    care_of: Localized | None = Field(None, description="a 'c/o' line, printed as given")
    name: Localized | None = None
    gender: Gender = Gender.unknown
    address: LocalizedLines | None = None
    fax: OneOrMany = Field(default_factory=list)
    phone: OneOrMany = Field(default_factory=list)
    email: OneOrMany = Field(default_factory=list)
    salutation: Localized | None = None
    copy_only: bool = Field(False, alias="copy", description="True for the 'copies to' list")
    embassy_copy: bool = Field(
        False, description="A copy for the writer's own country's embassy (see --embassy)"
    )
    forms: NameForms = Field(default_factory=dict)

    model_config = ConfigDict(populate_by_name=True)

    @field_validator("fax", "phone", "email", mode="before")
    @classmethod
    def _one_or_many(cls, value: object) -> object:
        return [value] if isinstance(value, str) else value

    @field_validator("fax", "phone")
    @classmethod
    def _international(cls, numbers: list[str]) -> list[str]:
        for number in numbers:
            try:
                parsed = phonenumbers.parse(number, None)
            except phonenumbers.NumberParseException:
                raise ValueError(
                    f"{number!r} is not an international number; write it with the country "
                    "code, as +996 312 68 20 44"
                ) from None
            if not phonenumbers.is_possible_number(parsed):
                raise ValueError(f"{number!r} has the wrong number of digits for its country")
            if not phonenumbers.is_valid_number(parsed):
                raise ValueError(
                    f"{number!r} is not a valid number in its country (a digit missing or "
                    "wrong?); check it against the UA"
                )
            paid = _PAID.get(phonenumbers.number_type(parsed))
            if paid:
                raise ValueError(
                    f"{number!r} is {paid}, not an office line; check it against the UA"
                )
        return numbers

    @field_validator("email")
    @classmethod
    def _email(cls, value: list[str]) -> list[str]:
        for address in value:
            problem = address_problem(address)
            if problem:
                raise ValueError(f"{address!r} {problem}")
        return value

    @field_validator("address")
    @classmethod
    def _address(cls, value: LocalizedLines | None) -> LocalizedLines | None:
        groups = value.values() if isinstance(value, dict) else [value or []]
        if value is not None and any(not lines for lines in groups):
            raise ValueError("an address needs at least one line")
        return value

    @model_validator(mode="after")
    def _reachable(self) -> Recipient:
        if self.name is None and self.title is None:
            raise ValueError("a recipient needs a name or a title")
        if self.address is None and not self.fax and not self.email:
            raise ValueError("a recipient needs a postal address, a fax or an e-mail address")
        return self


class Request(Strict):
    """A standard request from the phrasebook: `- request: release_poc` (options may follow).

    The wording lives in templates/<lang>/requests.txt.j2; `ua-letters languages` lists
    the requests. Unknown ids and options are errors that list the known ones.
    """

    # Which ids and options exist is the phrasebook's business, so compose/requests.py
    # checks them (through the API's case loader): the case model knows no templates.
    model_config = ConfigDict(extra="allow")
    request: str = Field(min_length=1)

    @property
    def options(self) -> dict[str, Any]:
        return dict(self.model_extra or {})


def _action_kind(value: object) -> str:
    if isinstance(value, dict) and "request" in value:
        return "request"
    return "request" if isinstance(value, Request) else "text"


_ACTION_TEXT_SCHEMA = {
    "anyOf": [
        {"type": "string"},
        {"type": "object", "additionalProperties": {"type": "string"}},
    ],
    "not": {"type": "object", "required": ["request"]},
}
# A requested action: free text (per language) or a standard request from the phrasebook.
Action = Annotated[
    Annotated[Localized, WithJsonSchema(_ACTION_TEXT_SCHEMA), Tag("text")]
    | Annotated[Request, Tag("request")],
    Discriminator(_action_kind),
]


class UrgentAction(Strict):
    number: (
        Annotated[
            str,
            Field(
                pattern=_NUMBER_PATTERN,
                description='e.g. 135/10; "UA 153.20", "AU 274/11", "UA-313/2014" are accepted',
            ),
        ]
        | None
    ) = Field(
        None,
        description="empty when the UA gives none (a section's letter page, a campaign "
        "page): letters then cite the AI index, or the Urgent Action alone",
    )
    update: int | None = Field(
        0,
        ge=0,
        description="0 for the original UA, 1 for the first update…; empty for an update "
        "that does not say which (letters cite only the number, so it need not be known)",
    )
    index: Annotated[str, Field(pattern=r"^[A-Z]{3} \d{2}/\d{3,4}/\d{4}$")] | None = None
    issued: date | None = None
    deadline: date | None = None
    country: Annotated[str, Field(pattern=r"^[A-Z]{2}$", description="ISO 3166 code, e.g. KG")]

    @field_validator("number", mode="before")
    @classmethod
    def _normal_number(cls, value: object) -> object:
        if isinstance(value, str | int | float):
            return normalise_ua_number(str(value)) or value
        return value

    @model_validator(mode="after")
    def _deadline_after_issue(self) -> UrgentAction:
        if self.deadline and self.issued and self.deadline < self.issued:
            raise ValueError(f"the deadline {self.deadline} is before the issue date")
        return self

    @property
    def reference(self) -> str:
        """What documents cite: "UA 135/10 · EUR 58/011/2010", "UA 61/20" without an index,
        "EUR 58/011/2010" without a number, and nothing with neither."""
        parts = [f"UA {self.number}" if self.number else None, self.index]
        return " · ".join(p for p in parts if p)


class Case(Strict):
    """One Urgent Action, ready to be turned into letters.

    The people concerned are given as exactly one of `person` (one), `people` (two or more
    named people) or `group` (a named group); `concerned` gives them uniformly.
    """

    ua: UrgentAction
    languages: list[str] = Field(min_length=1, description="Languages the UA asks for")
    person: Person | None = None
    people: list[Person] | None = Field(None, min_length=2)
    group: Group | None = None
    situation: Situation | None = None
    facts: Localized | None = None
    actions: list[Action] = Field(min_length=1)
    locales: dict[str, str] = Field(
        default_factory=dict,
        description="CLDR locale of dates and lists per letter language, e.g. {en: en_US}",
    )
    recipients: list[Recipient] = Field(min_length=1)

    @model_validator(mode="after")
    def _one_concerned(self) -> Case:
        given = [k for k in ("person", "people", "group") if getattr(self, k) is not None]
        if len(given) != 1:
            raise ValueError(
                "give the people concerned as exactly one of 'person' (one person), "
                f"'people' (several) or 'group' (a named group); found {', '.join(given) or 'none'}"
            )
        return self

    @property
    def concerned(self) -> Concerned:
        if self.group is not None:
            return Concerned(ConcernedKind.group, tuple(self.group.members), self.group)
        if self.people is not None:
            return Concerned(ConcernedKind.several, tuple(self.people))
        assert self.person is not None  # the validator above guarantees one of the three
        return Concerned(ConcernedKind.one, (self.person,))

    @field_validator("locales")
    @classmethod
    def _locales(cls, locales: dict[str, str]) -> dict[str, str]:
        for language, name in locales.items():
            try:
                parsed = Locale.parse(name.replace("-", "_"))
            except (ValueError, UnknownLocaleError):
                raise ValueError(f"{name!r} is not a CLDR locale (en_GB, en_US, de_AT…)") from None
            if parsed.language != language:
                raise ValueError(f"the locale {name!r} is not one of {language!r}")
        return {language: name.replace("-", "_") for language, name in locales.items()}

    @field_validator("languages")
    @classmethod
    def _shipped(cls, languages: list[str]) -> list[str]:
        unknown = [lang for lang in languages if lang not in shipped_languages()]
        if unknown:
            raise ValueError(
                f"no letters ship for {', '.join(unknown)}; available: "
                + ", ".join(shipped_languages())
            )
        return languages

    @property
    def key(self) -> str:
        """What names the case in file names and web addresses (see `case.keys`)."""
        names = next(
            (n for lang in ("en", *self.languages) if (n := self.concerned.display_name(lang))),
            "",
        )
        return case_key(self.ua.number, self.ua.index, names)

    @property
    def main_recipients(self) -> list[Recipient]:
        return [r for r in self.recipients if not r.copy_only]

    @property
    def copy_recipients(self) -> list[Recipient]:
        return [r for r in self.recipients if r.copy_only]

    def untranslated(self, language: str) -> list[str]:
        """Field paths that have no text in `language` (checked for every language used)."""
        required: list[tuple[str, object]] = list(self.concerned.localized_names())
        if self.facts is not None and self.situation is None:  # else a standard paragraph
            required.append(("facts", self.facts))
        required += [(f"actions[{i}]", a) for i, a in enumerate(self.actions)]
        for i, rec in enumerate(self.recipients):
            for key in ("name", "title", "organisation", "care_of", "address"):
                if getattr(rec, key) is not None:
                    required.append((f"recipients[{i}].{key}", getattr(rec, key)))
        return [path for path, value in required if resolve(value, language) is None]

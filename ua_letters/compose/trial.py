"""A trial run of a language: every letter of the example case, every standard request.

Checking that files exist is not enough: a template can name a value that does not exist,
or draw a character the font lacks. The trial composes the bundled example case for the
language (with the English text standing in where the case has none in that language),
in every variant, with and without a sender of each gender, renders one PDF, and calls
each request of the phrasebook for a man, a woman, a person of unknown gender, two
people and a named group.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from ua_letters.case.model import SCRIPTS, Case, Gender, Group, Person, Situation, SituationKind
from ua_letters.case.sender import Sender
from ua_letters.compose.languages import rules
from ua_letters.compose.letter import Letter, compose_letter
from ua_letters.compose.people import concerned_context
from ua_letters.compose.requests import known_requests, request_text
from ua_letters.compose.variants import CHOICES, Variant
from ua_letters.errors import Problem, UaLettersError
from ua_letters.resources import example_case, script_of

TRIAL_DATE = date(2010, 8, 1)  # the first of a month: French writes «1er»
_NO_STAND_IN = {"salutation"}  # the catalog's salutation is what the trial must exercise


def _with_stand_ins(value: Any, key: str = "") -> Any:
    """Add the English text as `default` to every localized mapping that has it."""
    if isinstance(value, list):
        return [_with_stand_ins(v) for v in value]
    if not isinstance(value, dict):
        return value
    localized = "en" in value and all(
        len(k) in (2, 3) or k in SCRIPTS or k == "default" for k in value
    )
    if localized:
        return value if key in _NO_STAND_IN else {"default": value["en"], **value}
    return {k: _with_stand_ins(v, k) for k, v in value.items()}


@cache
def trial_case() -> Case:
    data = yaml.safe_load(example_case().read_text(encoding="utf-8"))
    return Case.model_validate(_with_stand_ins(data))


def _senders() -> list[Sender | None]:
    return [None, *(Sender(name="Trial Sender", email=None, gender=g) for g in Gender)]


# Renders one letter and raises UaLettersError when it cannot (a glyph the font lacks).
# The renderer is a layer above composition, so the caller hands it in.
LetterCheck = Callable[[Letter], object]


def trial_letters(
    language: str, root: Path | None = None, render: LetterCheck | None = None
) -> list[Problem]:
    """Problems met while composing (and, given `render`, rendering) the example case."""
    case = trial_case()
    letters: list[Letter] = []
    for recipient in case.recipients:
        for part in range(CHOICES):
            variant = Variant(part, part, part)
            for sender in _senders():
                try:
                    letters.append(
                        compose_letter(case, recipient, language, sender, TRIAL_DATE, root, variant)
                    )
                except UaLettersError as error:
                    return error.problems  # the same mistake would repeat in every letter
    if render is None:
        return []
    try:
        render(letters[1])  # signed, to a main recipient, with copies: every kind of block
    except UaLettersError as error:
        return error.problems
    return []


_SAMPLE_NAMES = {  # by script: a man, a woman, a name that shows no gender
    "cyrl": ("Азамат Бекболот уулу", "Гульнара Маматова", "Саша Ли"),
    "latn": ("Azamat Bekbolot", "Gulnara Mamatova", "Sasha Li"),
}
_SAMPLE_GROUP = {  # a group's name, with the Russian forms a case file must give
    "cyrl": ("сотрудники организации «Воздух»", "сотрудников организации «Воздух»",
             "сотрудникам организации «Воздух»", "сотрудниками организации «Воздух»",
             "сотрудниках организации «Воздух»"),
    "latn": ("the staff of Vozdukh",),
}  # fmt: skip


def sample_people(language: str) -> dict[str, dict[str, Any]]:
    """The people concerned of every kind, as a letter in `language` would receive them:
    a man, a woman, one person of unknown gender, two people and a named group."""
    script = script_of(language) if script_of(language) in _SAMPLE_NAMES else "latn"
    man, woman, anyone = (
        Person(name=name, gender=gender)
        for name, gender in zip(_SAMPLE_NAMES[script], Gender, strict=True)
    )
    group_names = _SAMPLE_GROUP[script]
    cases = ("genitive", "dative", "instrumental", "prepositional")
    forms = dict(zip(cases, group_names[1:], strict=False))
    if "genitive" in forms:
        forms["accusative"] = forms["genitive"]
    else:  # a stand-in for every case a language may decline a group's name in (German)
        forms = {case: group_names[0] for case in ("genitive", "dative", "accusative")}
    language_rules = rules(language)
    needed = {
        case: form
        for case, form in forms.items()
        if case in language_rules.cases
        and language_rules.decline_group(group_names[0], case) is None
    }
    group = Group(name=group_names[0], count=None, forms={language: needed})
    one = {"man": man, "woman": woman, "unknown": anyone}
    people = {key: concerned_context(_about(person=p), language) for key, p in one.items()}
    people["two"] = concerned_context(_about(people=[man, woman]), language)
    people["group"] = concerned_context(_about(group=group), language)
    return people


def _about(**concerned: Any) -> Case:
    """The trial case about other people: the request texts need only `concerned`."""
    base = trial_case()
    return base.model_copy(update={"person": None, **concerned})


def trial_requests(language: str, root: Path | None = None) -> list[Problem]:
    """Problems met while calling every standard request for every kind of people."""
    problems: list[Problem] = []
    try:
        people = sample_people(language)
    except UaLettersError as error:
        return error.problems
    for kind, person in people.items():
        for spec in known_requests().values():
            try:
                text = request_text(spec.id, {}, language, person, root)
            except UaLettersError as error:
                problems += error.problems
                continue
            if not text:
                problems.append(Problem(f"request {spec.id!r} gives no text for {kind}"))
    return problems


def trial_facts(language: str, root: Path | None = None) -> list[Problem]:
    """Problems of the standard facts paragraph: every situation kind must have its own.

    A template that forgets a kind would otherwise fall through to another kind's words.
    """
    case = trial_case()
    said: dict[str, str] = {}
    for kind in SituationKind:
        situation = Situation(kind=kind, since=TRIAL_DATE)
        standard = case.model_copy(update={"facts": None, "situation": situation})
        try:
            letter = compose_letter(standard, case.recipients[0], language, None, TRIAL_DATE, root)
        except UaLettersError as error:
            return error.problems
        paragraphs = letter.of_kind("p")
        text = paragraphs[1] if len(paragraphs) > 1 else ""
        if text in said:
            return [
                Problem(
                    f"the standard facts paragraph says the same for {said[text]!r} and "
                    f"{kind.value!r}: write one sentence for each situation kind",
                    field="letter.txt.j2",
                )
            ]
        said[text] = kind.value
    return []

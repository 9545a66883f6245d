"""A trial run of a language: every letter of the example case, every standard request.

Checking that files exist is not enough: a template can name a value that does not exist,
or draw a character the font lacks. The trial composes the bundled example case for the
language (with the English text standing in where the case has none in that language),
in every variant, with and without a sender of each gender, renders one PDF, and calls
each request of the phrasebook for a man, a woman and a person of unknown gender.
"""

from __future__ import annotations

from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from ua_letters.case.model import SCRIPTS, Case, Gender
from ua_letters.case.sender import Sender
from ua_letters.compose.letter import Letter, compose_letter
from ua_letters.compose.names import name_forms
from ua_letters.compose.requests import known_requests, request_text
from ua_letters.compose.variants import CHOICES, Variant
from ua_letters.errors import Problem, UaLettersError
from ua_letters.resources import example_case

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


def trial_letters(language: str, root: Path | None = None) -> list[Problem]:
    """Problems met while composing and rendering the example case in `language`."""
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
    from ua_letters.render.pdf import letter_pdf

    try:
        letter_pdf(letters[1])  # signed, to a main recipient, with copies: every kind of block
    except UaLettersError as error:
        return error.problems
    return []


def trial_requests(language: str, root: Path | None = None) -> list[Problem]:
    """Problems met while calling every standard request for each gender."""
    name = "Азамат Бекболот уулу" if language in ("ru", "ky") else "Azamat Bekbolot"
    problems: list[Problem] = []
    for gender in Gender:
        full, short = name_forms(name, gender, language)
        person = {"name": full, "short": short, "gender": str(gender)}
        for spec in known_requests().values():
            try:
                text = request_text(spec.id, {}, language, person, root)
            except UaLettersError as error:
                problems += error.problems
                continue
            if not text:
                problems.append(Problem(f"request {spec.id!r} gives no text for {gender}"))
    return problems

"""What a case still lacks for letters in one language, found before any letter is made.

One problem per missing thing, and one message per language for its free-text requests:
a section office then reads "the German letters lack 2 requests: add their de text, or
use standard requests" once, not once per request and per letter. Facts are optional
per language when the case gives a `situation` (the letter then says it in a standard
paragraph). A named official whose gender neither the case nor the name shows cannot be
written to in a language whose salutation or declension needs it.
"""

from __future__ import annotations

from collections.abc import Sequence

from babel import Locale, UnknownLocaleError

from ua_letters.case.model import Case, Request, resolve
from ua_letters.compose.gender import effective_gender
from ua_letters.compose.languages import rules
from ua_letters.errors import Problem, UaLettersError

_NOT_HERE = ("facts", "actions[")  # reported below, in their own terms


def missing_requests(case: Case, language: str) -> list[int]:
    """Indices of the free-text requests that have no text in `language`."""
    return [
        i
        for i, action in enumerate(case.actions)
        if not isinstance(action, Request) and resolve(action, language) is None
    ]


def requests_problem(case: Case, language: str) -> Problem | None:
    """One problem for every free-text request a language lacks, saying how to fix it."""
    missing = missing_requests(case, language)
    if not missing:
        return None
    fields = ", ".join(f"actions[{i}]" for i in missing)
    count = (
        "1 requested action has" if len(missing) == 1 else f"{len(missing)} requested actions have"
    )
    return Problem(
        f"{count} no {language} text ({fields}): add `{language}:` to each, or replace it "
        "with a standard request (`- request: release_poc`; `ua-letters languages` lists them)",
        field="actions",
    )


def uses_standard_facts(case: Case, language: str) -> bool:
    """Whether the letters in `language` say the facts in the standard paragraph."""
    return case.situation is not None and resolve(case.facts, language) is None


def facts_problem(case: Case, language: str) -> Problem | None:
    if resolve(case.facts, language) is not None or case.situation is not None:
        return None
    return Problem(
        f"has no {language} text: add `facts: {{{language}: …}}`, or give `situation` "
        "(kind, since, place) for a standard paragraph",
        field="facts",
    )


def gender_problems(case: Case, language: str) -> list[Problem]:
    """Named officials whose gender a letter in `language` needs but nothing shows."""
    if not rules(language).needs_recipient_gender:
        return []
    problems = []
    for index, recipient in enumerate(case.recipients):
        name = resolve(recipient.name, language)
        if name and effective_gender(recipient.gender, name) == "unknown":
            problems.append(
                Problem(
                    f"the gender of {name} is unknown and the name does not show it; the "
                    f"{language} letter needs it (salutation, title, declension): write "
                    "`gender: female` or `gender: male` for this recipient",
                    field=f"recipients[{index}].gender",
                )
            )
    return problems


def language_problems(case: Case, language: str) -> list[Problem]:
    """Everything that stops the letters in `language`, each with what to write."""
    problems = [
        Problem(f"has no {language} text", field=path)
        for path in case.untranslated(language)
        if not path.startswith(_NOT_HERE)
    ]
    for found in (facts_problem(case, language), requests_problem(case, language)):
        if found is not None:
            problems.append(found)
    return problems + gender_problems(case, language)


def chosen_locales(names: Sequence[str]) -> dict[str, str]:
    """`--locale en_US,de_AT` as {language: locale}; a name CLDR does not know is an error."""
    chosen: dict[str, str] = {}
    for name in names:
        try:
            locale = Locale.parse(name.replace("-", "_"))
        except (ValueError, UnknownLocaleError):
            raise UaLettersError(
                f"{name!r} is not a CLDR locale", hint="write it as en_GB, en_US, de_AT, fr_CA…"
            ) from None
        chosen[locale.language] = str(locale)
    return chosen

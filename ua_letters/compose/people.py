"""The people a letter is about, as one value for templates, whichever form the case gives.

`person` in a template is one mapping for all three kinds:

- `name.<case>` and `short.<case>`: the name(s) in each case the language has
  (`name.start` and `at_start.<case>`: as a sentence starts with them). Several
  people's names are each declined on their own, then joined with the language's own
  "and" (CLDR list patterns): «Азимжана Аскарова, Нурбека Токтакунова и Розы Отунбаевой».
- `gender`: "male", "female" or "unknown" for one person, "plural" otherwise;
  `feminine`: true when every one of them is a woman (Russian «узниц», French «détenues»).
- `plural`, `count` (int or None), `kind` ("one", "several", "group"), `people` (each
  named person as a mapping of their own).

A group's name is a plural noun phrase as the case file writes it. Where a language
declines it and the rule is not reliable (Russian), its forms come from the case file; a
letter that needs a missing one stops with a message that lists every missing form.
"""

from __future__ import annotations

from typing import Any

from ua_letters.case.model import Case, ConcernedKind, Gender, Group, Person, resolve
from ua_letters.compose.gender import effective_gender
from ua_letters.compose.languages import Forms, rules
from ua_letters.compose.names import name_forms
from ua_letters.errors import TranslationError


def localized(value: Any, language: str, field: str) -> Any:
    found = resolve(value, language)
    if found is None:
        raise TranslationError(f"{field} has no {language} text")
    return found


def with_start(forms: Forms) -> Forms:
    """Add `start`: the nominative as a sentence starts with it («The 14 members …»)."""
    nominative = forms["nominative"]
    forms["start"] = nominative[:1].upper() + nominative[1:]
    return forms


def at_start(forms: Forms) -> Forms:
    """Every form as a sentence starts with it («Сотрудникам … предъявлены обвинения»)."""
    return {case: form[:1].upper() + form[1:] for case, form in forms.items() if form}


def person_context(person: Person, language: str, field: str = "person") -> dict[str, Any]:
    """One person: their forms, and their gender (from the name where certain)."""
    name = localized(person.name, language, f"{field}.name")
    gender = effective_gender(person.gender, name)
    full, short = name_forms(name, gender, language, person.forms.get(language))
    with_start(full)
    with_start(short)
    return {
        "name": full,
        "short": short,
        "at_start": at_start(full),
        "gender": str(gender),
        "feminine": gender == Gender.female,
        "plural": False,
        "count": None,
        "kind": "one",
        "people": [],
    }


def joined_forms(people: list[Forms], language: str, locale: str | None = None) -> Forms:
    """Several people's forms, case by case, joined with the language's "and" (CLDR)."""
    language_rules = rules(language)
    forms = {
        case: language_rules.join([p[case] for p in people], locale)
        for case in language_rules.cases
    }
    language_rules.add_forms(forms)  # «qu’Azimzhan Askarov, Nurbek … et Roza …»
    for key in language_rules.repeated_forms:  # «d’Azimzhan Askarov, de Nurbek … et de Roza …»
        forms[key] = language_rules.join([p[key] for p in people], locale)
    return with_start(forms)


class GroupForms(dict[str, str]):
    """A group's forms; asking for one the case file lacks names every missing form."""

    def __init__(self, forms: Forms, missing: list[str], language: str) -> None:
        super().__init__(forms)
        self._missing = missing
        self._language = language

    def at_start(self) -> GroupForms:
        return GroupForms(at_start(self), self._missing, self._language)

    def __missing__(self, case: str) -> str:
        if case not in self._missing:
            raise KeyError(case)
        fields = ", ".join(f"group.forms.{self._language}.{c}" for c in self._missing)
        wanted = ", ".join(f"{c}: …" for c in self._missing)
        raise TranslationError(
            f"{fields}: missing; the {self._language} letter declines the group's name "
            f"(here in the {case}), which cannot be done by rule",
            hint=f"add them to the case file: group: {{forms: {{{self._language}: {{{wanted}}}}}}}",
        )


def group_forms(group: Group, language: str) -> Forms:
    """A group's name in each case: the case file's forms, else the language's rule."""
    name = localized(group.name, language, "group.name")
    given = group.forms.get(language, {})
    language_rules = rules(language)
    forms: Forms = {}
    missing: list[str] = []
    for case in language_rules.cases:
        form = given.get(case) or language_rules.decline_group(name, case)
        if form is None:
            missing.append(case)
        else:
            forms[case] = form
    if not missing:
        language_rules.add_forms(forms)
    return GroupForms(with_start(forms), missing, language)


def concerned_context(case: Case, language: str, locale: str | None = None) -> dict[str, Any]:
    """The people concerned as one value for templates (see the module's docstring)."""
    concerned = case.concerned
    if concerned.kind is ConcernedKind.one:
        one = person_context(concerned.people[0], language)
        one["people"] = [dict(one)]
        return one
    if concerned.group is not None:
        members = [
            person_context(p, language, f"group.members[{i}]")
            for i, p in enumerate(concerned.people)
        ]
        full = group_forms(concerned.group, language)
        return _plural(full, full, "group", concerned.group.count, members, feminine=False)
    people = [person_context(p, language, f"people[{i}]") for i, p in enumerate(concerned.people)]
    full = joined_forms([p["name"] for p in people], language, locale)
    short = joined_forms([p["short"] for p in people], language, locale)
    feminine = all(p["feminine"] for p in people)
    return _plural(full, short, "several", len(people), people, feminine)


def _plural(
    full: Forms,
    short: Forms,
    kind: str,
    count: int | None,
    people: list[dict[str, Any]],
    feminine: bool,
) -> dict[str, Any]:
    return {
        "name": full,
        "short": short,
        "at_start": at_start(full) if not isinstance(full, GroupForms) else full.at_start(),
        "gender": "plural",
        "feminine": feminine,
        "plural": True,
        "count": count,
        "kind": kind,
        "people": people,
    }

"""The cases a server offers, each at a stable address derived from its UA number.

Cases are loaded once at start-up, with every problem of every file reported at once, so
a typo in one case file stops the server before it serves anything wrong.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from ua_letters.api import (
    Case,
    Letter,
    Recipient,
    Sender,
    folder_languages,
    load_case,
    resolve,
    shipped_languages,
    with_embassy,
    writer_letters,
)
from ua_letters.errors import CaseFileError, Problem, UaLettersError


@dataclass(frozen=True)
class Offer:
    """One case on offer: its address on the site and the letter languages it can give.

    `templates` is the section's own languages folder (`serve --templates DIR`, or the
    user languages folder): its wording and its languages, as `render` and `pack` use them.
    """

    slug: str
    case: Case
    languages: tuple[str, ...]
    templates: Path | None = None

    def letters(self, language: str, sender: Sender | None, on_date: date) -> list[Letter]:
        """One letter per recipient, with the section's own wording where it has some."""
        return writer_letters(self.case, language, sender, on_date, self.templates)

    def text(self, value: object, language: str) -> tuple[str, str]:
        """A localized value in `language`, or in the first case language that has it.

        Returns the text and the language it is in (for the HTML `lang` attribute).
        """
        for candidate in (language, *self.case.languages):
            found = resolve(value, candidate)
            if found is not None:
                return str(found), candidate
        return "", language

    def person(self, language: str) -> tuple[str, str]:
        """The people concerned, named in `language` or the first case language that can."""
        concerned = self.case.concerned
        for candidate in (language, *self.case.languages):
            found = concerned.display_name(candidate)
            if found is not None:
                return found, candidate
        return "", language


def _named(case: Case) -> str:
    return f"UA {case.ua.number}" if case.ua.number else (case.ua.index or case.key)


def case_slug(case: Case) -> str:
    """'135/10' -> '135-10'; an update adds its number: '135-10-u1'. A UA without a
    number is served under its index or its people's names ('eur-58-011-2010')."""
    base = case.key
    if case.ua.update is None:
        return f"{base}-u"  # an update that does not say which
    return f"{base}-u{case.ua.update}" if case.ua.update else base


def letter_languages(case: Case, templates: Path | None = None) -> tuple[str, ...]:
    """The case's languages first, then every shipped language (and every language of the
    section's own folder) the case has text for."""
    own = folder_languages(templates) if templates is not None else []
    extra = [
        lang
        for lang in dict.fromkeys([*shipped_languages(), *own])
        if lang not in case.languages and not case.untranslated(lang)
    ]
    return (*case.languages, *extra)


def make_offers(
    cases: Sequence[tuple[str, Case]],
    embassy: Recipient | None = None,
    templates: Path | None = None,
) -> tuple[Offer, ...]:
    """Offers from (source name, case) pairs; two cases at one address are an error.

    With `embassy` (the section's own, from `serve --embassy`), every case gets the copy
    to it as its last letter; a letter language the embassy has no text for is not offered.
    """
    seen: dict[str, str] = {}
    problems: list[Problem] = []
    offers = []
    for source, case in cases:
        if embassy is not None:
            try:
                case = with_embassy(case, embassy, list(case.languages))
            except UaLettersError as error:  # the embassy lacks a language this case asks for
                problems += [replace(p, file=p.file or source) for p in error.problems]
                continue
        slug = case_slug(case)
        if slug in seen:
            problems.append(
                Problem(
                    f"{_named(case)} is already served from {seen[slug]}",
                    file=source,
                )
            )
            continue
        seen[slug] = source
        offers.append(Offer(slug, case, letter_languages(case, templates), templates))
    if problems:
        raise CaseFileError(problems, hint="serve each UA (and update) once")
    return tuple(offers)


def load_offers(
    paths: Sequence[Path], embassy: Recipient | None = None, templates: Path | None = None
) -> tuple[Offer, ...]:
    """Load every case file, collecting the problems of all of them before failing."""
    loaded: list[tuple[str, Case]] = []
    problems: list[Problem] = []
    for path in paths:
        try:
            loaded.append((str(path), load_case(path)))
        except UaLettersError as error:
            problems += error.problems
    if problems:
        raise CaseFileError(problems)
    return make_offers(loaded, embassy, templates)

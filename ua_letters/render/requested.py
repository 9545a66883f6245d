"""Whether the letters asked for can be made: known languages, texts present, known formats.

Checked before any letter is composed, by `render`, `validate` and `pack` alike, so that a
typo in `--lang` or `--format` is one clear message and never some files written and
others not.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ua_letters.case.model import Case
from ua_letters.compose.checks import language_problems
from ua_letters.errors import CaseFileError, Problem
from ua_letters.render import FORMATS
from ua_letters.resources import shipped_languages


def available_languages(user_templates: Path | None = None) -> list[str]:
    """Shipped languages, plus those a section office's template folder adds."""
    own = []
    if user_templates is not None and user_templates.is_dir():
        own = [p.name for p in user_templates.iterdir() if (p / "letter.txt.j2").is_file()]
    return sorted({*shipped_languages(), *own})


def check_languages_and_formats(
    case: Case,
    languages: Sequence[str],
    formats: Sequence[str],
    user_templates: Path | None = None,
) -> None:
    """Raise CaseFileError listing every language or format that cannot be made."""
    problems: list[Problem] = []
    for language in languages:
        if language not in available_languages(user_templates):
            available = ", ".join(available_languages(user_templates))
            problems.append(
                Problem(f"no letters ship for {language!r}; available: {available}", field="--lang")
            )
            continue
        problems += language_problems(case, language)  # one message for its missing requests
    problems += [
        Problem(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}", field="--format")
        for fmt in formats
        if fmt not in FORMATS
    ]
    if problems:
        raise CaseFileError(problems)

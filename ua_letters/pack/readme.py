"""README.txt: what a section office does with the pack, in each of the pack's languages.

The wording lives in `templates/<lang>/pack-readme.txt.j2`, written natively per language
(never translated here); Python prepares the values: dates from CLDR, the country's name
in the language, fax numbers, counts. Case text is passed as values, never as template
source, so Jinja never evaluates it. The file is UTF-8 with a BOM, for old Notepads.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import jinja2

from ua_letters.case.model import Case, resolve
from ua_letters.compose.dates import long_date
from ua_letters.compose.environment import render_text, search_path, template_environment
from ua_letters.compose.languages import rules
from ua_letters.delivery.deadline import Channel, advise
from ua_letters.errors import TranslationError, UaLettersError
from ua_letters.pack.merge import print_name
from ua_letters.pack.plan import LETTERS
from ua_letters.resources import templates_dir

TEMPLATE = "pack-readme.txt.j2"
_RULE = "\n" + "—" * 40 + "\n\n"


@cache
def _environment(user_dir: Path | None) -> jinja2.Environment:
    return template_environment(search_path(user_dir))


def check_templates(languages: Sequence[str], user_dir: Path | None = None) -> None:
    """Fail before any letter is made if a language has no README template."""
    missing = [lang for lang in languages if _template_path(lang, user_dir) is None]
    if missing:
        raise TranslationError(
            "no pack README template for " + ", ".join(missing) + f" (templates/<lang>/{TEMPLATE})",
            hint="copy templates/en/" + TEMPLATE + " and write it in that language",
        )


def _template_path(language: str, user_dir: Path | None) -> Path | None:
    for folder in [*([user_dir] if user_dir else []), templates_dir()]:
        if (folder / language / TEMPLATE).is_file():
            return folder / language / TEMPLATE
    return None


def context(
    case: Case, language: str, letters: int, blank: int, docx: bool, on_date: date
) -> dict[str, Any]:
    def recipient(index: int) -> dict[str, Any]:
        official = case.recipients[index]
        name = resolve(official.name, language) if official.name is not None else None
        title = resolve(official.title, language) if official.title is not None else None
        return {
            "name": ", ".join(part for part in (title, name) if part),
            "fax": list(official.fax),
            "is_copy": official.copy_only,
            "no_post": official.address is None,  # not in the print file or the labels
        }

    return {
        "ua": {
            "number": case.ua.number,
            "index": case.ua.index,
            "deadline": long_date(case.ua.deadline, language) if case.ua.deadline else None,
        },
        "person": case.concerned.display_name(language),
        "country": rules(language).country(case.ua.country),  # as the letters write it
        "print_file": print_name(language),
        "folder": f"{LETTERS}/{language}/",
        "letters": letters,
        "blank": blank,
        "docx": docx,
        "recipients": [recipient(i) for i in range(len(case.recipients))],
        # post with a week or more before the deadline (or none), else fax or e-mail
        "by_post": Channel.post in advise(case, on_date).recommended,
    }


def render_readme(
    case: Case,
    letters: dict[str, int],
    blank: int,
    docx: bool,
    on_date: date,
    user_dir: Path | None = None,
) -> str:
    """One section per language of the pack (`letters`: language -> number of letters)."""
    sections = []
    for language, count in letters.items():
        name = f"{language}/{TEMPLATE}"
        try:
            template = _environment(user_dir).get_template(name)
            text = render_text(template, context(case, language, count, blank, docx, on_date))
        except jinja2.TemplateNotFound:
            raise TranslationError(f"there is no pack README template {name}") from None
        except jinja2.TemplateError as exc:
            raise UaLettersError(f"{name}: template error: {exc.message}") from None
        sections.append(text.strip() + "\n")
    return _RULE.join(sections)

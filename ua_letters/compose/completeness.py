"""How complete a language is: templates, catalog, phrasebook, and a trial run.

English is the reference. A language is complete when it has every template file that
templates/en/ has, a catalog translating every message of locales/messages.pot (none
fuzzy, Babel's checkers clean), a phrasebook defining every standard request with the
same options, locale data in CLDR, and when the example case composes and renders in
it. The same check runs on the shipped languages and on a section office's own folder
(DIR/<lang>/*.j2 and DIR/<lang>/LC_MESSAGES/messages.po), which `--templates DIR` uses.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import jinja2
from babel import Locale, UnknownLocaleError

from ua_letters.compose.catalogs import DOMAIN, catalog_path, read_catalog, read_template
from ua_letters.compose.catalogs import untranslated as missing_messages
from ua_letters.compose.environment import environment
from ua_letters.compose.requests import PHRASEBOOK, REFERENCE, known_requests, parse_phrasebook
from ua_letters.compose.trial import LetterCheck, trial_facts, trial_letters, trial_requests
from ua_letters.errors import Problem, UaLettersError
from ua_letters.resources import locales_dir, templates_dir


@dataclass
class Report:
    """The completeness of one language; `problems` says what is still missing."""

    language: str
    name: str
    templates: tuple[int, int] = (0, 0)
    catalog: tuple[int, int] = (0, 0)
    phrasebook: tuple[int, int] = (0, 0)
    problems: list[Problem] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return not self.problems


def reference_templates() -> list[str]:
    """The template files every language needs: those of templates/en/."""
    return sorted(p.name for p in (templates_dir() / REFERENCE).glob("*.j2"))


def language_name(language: str) -> str | None:
    try:
        locale = Locale.parse(language)
    except (ValueError, UnknownLocaleError):
        return None
    native = locale.get_display_name() or language
    english = locale.get_display_name("en") or language
    return native if native == english else f"{native} ({english})"


def _templates(report: Report, folder: Path) -> None:
    names = reference_templates()
    good = 0
    for name in names:
        path = folder / name
        if not path.is_file():
            report.problems.append(Problem(f"missing (copy templates/en/{name})", str(path)))
            continue
        try:
            environment().parse(path.read_text(encoding="utf-8"), filename=str(path))
        except jinja2.TemplateSyntaxError as exc:
            report.problems.append(Problem(f"template error: {exc.message}", str(path), exc.lineno))
            continue
        good += 1
    report.templates = (good, len(names))


def _catalog(report: Report, path: Path) -> None:
    template = read_template(DOMAIN)
    total = len([m for m in template if m.id]) if template is not None else 0
    if not path.is_file():
        report.problems.append(Problem("missing (copy locales/messages.pot here)", str(path)))
        report.catalog = (0, total)
        return
    catalog = read_catalog(path, report.language)
    missing = missing_messages(catalog, template) if template is not None else []
    report.catalog = (total - len(missing), total)
    for context, msgid in missing:
        report.problems.append(Problem(f"no translation of {msgid!r}", str(path), field=context))
    for message, errors in catalog.check():
        for error in errors:
            report.problems.append(Problem(f"{message.id!r}: {error}", str(path), message.lineno))


def _phrasebook(report: Report, path: Path) -> None:
    reference = known_requests()
    report.phrasebook = (0, len(reference))
    if not path.is_file():
        return  # already reported as a missing template
    try:
        specs = parse_phrasebook(path.read_text(encoding="utf-8"), str(path))
    except UaLettersError as error:
        report.problems += error.problems
        return
    good = 0
    for request_id, spec in reference.items():
        found = specs.get(request_id)
        if found is None:
            report.problems.append(Problem(f"no request {request_id!r}", str(path)))
        elif sorted(found.options) != sorted(spec.options):
            expected = ", ".join(spec.options) or "none"
            report.problems.append(
                Problem(
                    f"request {request_id!r} needs the options: {expected}", str(path), found.line
                )
            )
        else:
            good += 1
    for extra in sorted(set(specs) - set(reference)):
        report.problems.append(
            Problem(
                f"request {extra!r} is not in the English phrasebook; no case can use it",
                str(path),
                specs[extra].line,
            )
        )
    report.phrasebook = (good, len(reference))


def check_language(
    language: str, root: Path | None = None, render: LetterCheck | None = None
) -> Report:
    """Check one language, shipped (root None) or in a section office's folder.

    `render` renders a trial letter (the API passes the PDF writer); without it the
    trial stops at composing.
    """
    name = language_name(language)
    report = Report(language, name or language)
    if name is None:
        report.problems.append(
            Problem(f"{language!r} is not a language code CLDR knows (use ISO 639: de, uk, kk…)")
        )
        return report
    folder = (root or templates_dir()) / language
    _templates(report, folder)
    _catalog(report, catalog_path(language, root or locales_dir()))
    _phrasebook(report, folder / PHRASEBOOK)
    if report.complete:  # a trial run only makes sense once every piece is there
        report.problems += (
            trial_requests(language, root)
            or trial_letters(language, root, render)
            or trial_facts(language, root)
        )
    return report


def folder_languages(root: Path) -> list[str]:
    """The language folders of a section office's folder."""
    if not root.is_dir():
        raise UaLettersError(f"{root} is not a folder", hint="give the folder that holds <lang>/")
    return sorted(
        p.name
        for p in root.iterdir()
        if p.is_dir() and (any(p.glob("*.j2")) or (p / "LC_MESSAGES").is_dir())
    )

"""What the command line and the web page need besides letters: import, packs, senders,
the language report. Each is the library's one way to do it, so the shells stay thin.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ua_letters.case import plausibility, review
from ua_letters.case.loader import validate_source
from ua_letters.case.model import Case
from ua_letters.case.postal_address import country_code
from ua_letters.case.sender import Sender, load_sender, sender_from_options
from ua_letters.case.yamlsource import read_yaml
from ua_letters.choices import Gender
from ua_letters.compose import completeness
from ua_letters.compose.catalogs import catalog_path, messages
from ua_letters.compose.completeness import Report, folder_languages
from ua_letters.compose.environment import template_environment
from ua_letters.compose.requests import RequestSpec, known_requests, request_problems
from ua_letters.delivery.deadline import advise, enforce
from ua_letters.delivery.embassy import load_embassy, with_embassy
from ua_letters.errors import CaseFileError, Problem, UaLettersError
from ua_letters.importer import ImportedUA, draft_yaml, import_file
from ua_letters.pack import PackSummary, SupporterList, build_pack, read_supporters
from ua_letters.pack.build import Progress
from ua_letters.pack.report import summary_lines
from ua_letters.render.output import write_atomic
from ua_letters.resources import example_case, locales_dir, shipped_languages, user_languages_dir

__all__ = [
    "CaseReview",
    "Gender",
    "ImportedUA",
    "PackResult",
    "Report",
    "RequestSpec",
    "Sender",
    "catalog_path",
    "check_language",
    "choose_sender",
    "draft_yaml",
    "example_case",
    "folder_languages",
    "import_file",
    "known_requests",
    "languages_folder",
    "load_sender",
    "locales_dir",
    "make_pack",
    "messages",
    "review_case_file",
    "shipped_languages",
    "summary_lines",
    "template_environment",
    "user_languages_dir",
    "write_atomic",
]


@dataclass(frozen=True)
class CaseReview:
    """A case file checked: what a person must still do, and the case or its problems."""

    todo: dict[str, list[str]]  # genders, titles, translations still to see to
    result: Case | CaseFileError


def review_case_file(file: Path) -> CaseReview:
    """`load_case`, what still needs a human, and content that cannot be right (a street as
    a title, a heading as a name, a fax with a trunk prefix), each problem with its line.

    The file is read once. An unreadable file or broken YAML raises CaseFileError at once.
    """
    source = read_yaml(file)
    todo = review.needs_human(source.text, source.data)
    implausible = [
        Problem(i.message, str(file), source.line_of(i.path), i.field)
        for i in plausibility.check(source.data)
    ]
    try:
        case = validate_source(source, checks=(request_problems,))
    except CaseFileError as error:
        return CaseReview(todo, CaseFileError([*implausible, *error.problems]))
    if implausible:
        return CaseReview(todo, CaseFileError(implausible))
    return CaseReview(todo, case)


def check_language(language: str, root: Path | None = None) -> Report:
    """How complete a language is, a trial PDF included (see compose/completeness.py)."""
    from ua_letters.render.pdf_letter import letter_pdf  # lazy: the PDF writer is heavy

    return completeness.check_language(language, root, render=letter_pdf)


def languages_folder(given: Path | None = None) -> Path | None:
    """The folder of one's own languages that commands search first: `--templates DIR`
    when given, else the user languages folder when it holds a language, else None."""
    if given is not None:
        return given
    own = user_languages_dir()
    if own.is_dir() and any((p / "letter.txt.j2").is_file() for p in own.iterdir()):
        return own
    return None


def choose_sender(
    sender_file: Path | None,
    name: str | None,
    address: list[str] | None,
    email: str | None,
    gender: Gender | None,
    personal: str | None = None,
) -> Sender | None:
    """The writer, from a sender file or from options; None leaves blank lines to fill."""
    if sender_file is not None:
        sender = load_sender(sender_file)
        return sender.model_copy(update={"personal": personal}) if personal else sender
    return sender_from_options(name, address or [], email, gender, personal)


@dataclass(frozen=True)
class PackResult:
    summary: PackSummary
    warning: str | None  # past the deadline, when not refused
    unused_columns: list[str]  # header titles of the supporter list that nothing used


def make_pack(
    case: Case,
    supporters: Path | None,
    target: Path,
    *,
    folder: bool,
    formats: tuple[str, ...],
    on_date: date,
    blank: int = 0,
    workers: int | None = None,
    user_templates: Path | None = None,
    progress: Progress | None = None,
    duplex: bool = False,
    embassy: Path | None = None,
    strict: bool = False,
    country: str = "",
) -> PackResult:
    """Everything `ua-letters pack` does: deadline, embassy copy, supporter list, pack.

    `country` is the supporters' country where their row gives none.
    """
    if country and country_code(country) is None:
        raise UaLettersError(
            f"the supporters' country {country!r} is not recognised: give an ISO code (KG, DE) "
            "or the country's name (Kyrgyzstan, Deutschland, Кыргызстан)"
        )
    warning = enforce(advise(case, on_date), strict)
    if embassy is not None:
        case = with_embassy(case, load_embassy(embassy), case.languages)
    people = read_supporters(supporters, case, country) if supporters else SupporterList("--blank")
    summary = build_pack(
        case,
        people,
        target,
        folder=folder,
        formats=formats,
        on_date=on_date,
        blank=blank,
        workers=workers,
        user_templates=user_templates,
        progress=progress,
        duplex=duplex,
    )
    return PackResult(summary, warning, people.unused)

"""The library API: what the CLI, the web page and the tests call.

`plan_letters` composes every letter of a case (no files touched); `render_letters`
turns them into document bytes; `write_letters` puts them on disk atomically. Each step
fails before the next starts, so bad input never leaves some letters written and others
not.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ua_letters.case.model import Case, Recipient
from ua_letters.case.sender import Sender
from ua_letters.compose.checks import chosen_locales, language_problems, uses_standard_facts
from ua_letters.compose.letter import Letter, compose_letter
from ua_letters.delivery.channels import channel_documents, reachable, unreachable
from ua_letters.delivery.deadline import Channel, DeadlineAdvice, advise, enforce
from ua_letters.delivery.embassy import with_embassy
from ua_letters.errors import CaseFileError, Interrupted, OutputError, Problem, UaLettersError
from ua_letters.render import FORMATS
from ua_letters.render.documents import (
    Document,
    file_name,
    recipient_slug,
    render_document,
    render_letters,
)
from ua_letters.render.output import prepare_folder, write_atomic
from ua_letters.resources import shipped_languages

__all__ = [
    "Document",
    "RenderResult",
    "available_languages",
    "check_request",
    "file_name",
    "plan_letters",
    "recipient_slug",
    "render_case",
    "render_document",
    "render_letters",
    "write_letters",
]


def available_languages(user_templates: Path | None = None) -> list[str]:
    """Shipped languages, plus those a section office's template folder adds."""
    own = []
    if user_templates is not None and user_templates.is_dir():
        own = [p.name for p in user_templates.iterdir() if (p / "letter.txt.j2").is_file()]
    return sorted({*shipped_languages(), *own})


def check_request(
    case: Case,
    languages: Sequence[str],
    formats: Sequence[str],
    user_templates: Path | None = None,
) -> None:
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


def plan_letters(
    case: Case,
    languages: Sequence[str],
    sender: Sender | None,
    on_date: date,
    user_templates: Path | None = None,
    channel: Channel | None = None,
) -> list[Letter]:
    """Compose one letter per recipient and language, main recipients first as listed.

    With a `channel`, only the recipients it can reach get a letter.
    """
    return [
        compose_letter(case, recipient, language, sender, on_date, user_templates)
        for recipient in case.recipients
        if channel is None or reachable(recipient, channel)
        for language in languages
    ]


def write_letters(documents: Sequence[Document], folder: Path) -> list[Path]:
    """Write every document atomically; on failure say how many were written.

    Each file is complete or absent, so running the same command again completes the set.
    """
    prepare_folder(folder)
    written: list[Path] = []
    try:
        for document in documents:
            path = folder / document.filename
            write_atomic(path, document.data)
            written.append(path)
    except OSError as exc:
        raise OutputError(
            f"cannot write {folder / document.filename}: {exc.strerror or exc}; "
            f"{len(written)} of {len(documents)} files were written completely, none partly",
            hint="free some space or choose another --out folder, then run the command again",
        ) from None
    except KeyboardInterrupt:
        raise Interrupted(
            f"interrupted: {len(written)} of {len(documents)} files were written completely, "
            "none partly; run the command again to write the rest"
        ) from None
    return written


@dataclass(frozen=True)
class RenderResult:
    paths: list[Path]
    advice: DeadlineAdvice
    warning: str | None  # set after the appeal deadline
    skipped: list[str]  # recipients the channel cannot reach, with the reason
    # languages whose letters say the facts in the standard paragraph from `situation`
    standard_facts: list[str] = field(default_factory=list)


def render_case(
    case: Case,
    folder: Path,
    *,
    languages: Sequence[str] | None = None,
    formats: Sequence[str] = FORMATS,
    sender: Sender | None = None,
    on_date: date,
    user_templates: Path | None = None,
    embassy: Recipient | None = None,
    strict: bool = False,
    channel: Channel = Channel.post,
    gloss: str | None = None,
    locales: Sequence[str] = (),
) -> RenderResult:
    """Everything `ua-letters render` does: check the deadline, compose, render, write.

    The deadline is judged against the letter date (`on_date`), the day it is sent.
    `locales` ("en_US") choose the CLDR locale of dates and lists over the case's.
    """
    if locales:
        case = case.model_copy(update={"locales": {**case.locales, **chosen_locales(locales)}})
    chosen = list(languages or case.languages)
    check_request(case, [*chosen, *([gloss] if gloss else [])], formats, user_templates)
    advice = advise(case, on_date)
    warning = enforce(advice, strict)
    if embassy is not None:
        case = with_embassy(case, embassy, chosen)
    skipped = unreachable(case, channel)
    try:
        letters = plan_letters(case, chosen, sender, on_date, user_templates, channel)
        if not letters:
            raise UaLettersError(
                f"no recipient can be reached by {channel}: " + "; ".join(skipped),
                hint="choose another --channel",
            )
        glosses = [
            compose_letter(
                case, case.recipients[letter.recipient_index], gloss, sender, on_date,
                user_templates, letter.variant,
            )
            if gloss and gloss != letter.language
            else None
            for letter in letters
        ]  # fmt: skip
        documents = channel_documents(case, letters, channel, formats, sender, glosses)
    except KeyboardInterrupt:
        raise Interrupted("interrupted before any file was written") from None
    standard = [language for language in chosen if uses_standard_facts(case, language)]
    return RenderResult(write_letters(documents, folder), advice, warning, skipped, standard)

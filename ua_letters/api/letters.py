"""The letter pipeline of the library API (see ua_letters/api/__init__.py).

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

from ua_letters.archive import zip_bytes
from ua_letters.case import loader
from ua_letters.case.keys import reference_tag
from ua_letters.case.model import Case, Gender, Recipient, resolve
from ua_letters.case.sender import MAX_LINE, MAX_PERSONAL, Sender
from ua_letters.compose.checks import chosen_locales, uses_standard_facts
from ua_letters.compose.context import action_texts, conveys_only
from ua_letters.compose.dates import long_date
from ua_letters.compose.letter import Block, Letter, compose_letter
from ua_letters.compose.requests import request_problems
from ua_letters.compose.typography import normalize_spaces
from ua_letters.compose.variants import variant_for, writer_key
from ua_letters.delivery.channels import (
    channel_documents,
    enclosed_letters,
    enclosures,
    mailto_for,
    reachable,
    unreachable,
)
from ua_letters.delivery.deadline import Channel, DeadlineAdvice, advise, enforce
from ua_letters.delivery.embassy import load_embassy, with_embassy
from ua_letters.errors import Interrupted, OutputError, Problem, UaLettersError
from ua_letters.render import FORMATS
from ua_letters.render.documents import (
    Document,
    case_stem,
    file_name,
    recipient_slug,
    render_document,
    render_letters,
)
from ua_letters.render.output import prepare_folder, write_atomic
from ua_letters.render.requested import available_languages, check_languages_and_formats
from ua_letters.stopping import deferred, stop_signals
from ua_letters.textsafety import control_characters, visible_only

__all__ = [
    "INTERRUPTED",
    "MAX_LINE",
    "MAX_PERSONAL",
    "Block",
    "Case",
    "Channel",
    "DeadlineAdvice",
    "Document",
    "Gender",
    "Letter",
    "Recipient",
    "RenderResult",
    "Sender",
    "action_texts",
    "advise",
    "available_languages",
    "blank_letters_pdf",
    "case_stem",
    "check_languages_and_formats",
    "control_characters",
    "display_text",
    "email_draft",
    "fax_document",
    "file_name",
    "font_folder",
    "gloss_alone_pdf",
    "load_case",
    "load_embassy",
    "long_date",
    "mailto_link",
    "missing_characters",
    "parse_case",
    "plan_letters",
    "reachable",
    "recipient_slug",
    "reference_tag",
    "render_case",
    "render_document",
    "render_letters",
    "resolve",
    "stop_signals",
    "visible_only",
    "with_embassy",
    "write_letters",
    "writer_letters",
    "zip_bytes",
]


def load_case(file: Path) -> Case:
    """Read and validate a case file, standard request ids included; every problem at once."""
    return loader.load_case(file, checks=(request_problems,))


def parse_case(text: str, name: str = "<case>") -> Case:
    """Validate the text of a case file, as `load_case` does."""
    return loader.parse_case(text, name, checks=(request_problems,))


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


def write_letters(
    documents: Sequence[Document], folder: Path, *, force: bool = False
) -> list[Path]:
    """Write every document atomically; on failure say how many were written.

    Each file is complete or absent, so running the same command again completes the set.
    A file already there with other content (another writer's letter, another date) is
    never replaced silently: without `force` nothing is written and the clashes are named.
    """
    if not force:
        refuse_clashes(documents, folder)
    prepare_folder(folder)
    written: list[Path] = []
    try:
        for document in documents:
            path = folder / document.filename
            with deferred():  # the count below always matches the files in place
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


def refuse_clashes(documents: Sequence[Document], folder: Path) -> None:
    """Raise, naming them, when files of these names exist in `folder` with other bytes."""
    clashes = []
    for document in documents:
        path = folder / document.filename
        if not path.exists():  # nothing there (or no folder yet: prepare_folder says why)
            continue
        try:
            same = path.read_bytes() == document.data
        except OSError:
            same = False  # a folder or an unreadable file of that name: not ours to replace
        if not same:
            clashes.append(Problem(f"{path} exists with other content (another writer or date?)"))
    if clashes:
        raise OutputError(
            clashes,
            hint="choose another --out folder for this writer, or add --force to replace them",
        )


@dataclass(frozen=True)
class RenderResult:
    paths: list[Path]
    advice: DeadlineAdvice
    warning: str | None  # set after the appeal deadline
    skipped: list[str]  # recipients the channel cannot reach, with the reason
    # languages whose letters say the facts in the standard paragraph from `situation`
    standard_facts: list[str] = field(default_factory=list)


INTERRUPTED = "interrupted: no file is left half-written; run the command again to complete the set"


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
    force: bool = False,
) -> RenderResult:
    """Everything `ua-letters render` does: check the deadline, compose, render, write.

    The deadline is judged against the letter date (`on_date`), the day it is sent.
    `locales` ("en_US") choose the CLDR locale of dates and lists over the case's.
    Files already in `folder` with other content are refused unless `force`.
    Ctrl-C or SIGTERM at any moment ends in `Interrupted`, never in a partial file.
    """
    try:  # around the `with`: a stop as the handlers are put back is caught too
        with stop_signals():
            return _render_case(
                case, folder, languages, formats, sender, on_date, user_templates, embassy,
                strict, channel, gloss, locales, force,
            )  # fmt: skip
    except KeyboardInterrupt:
        raise Interrupted(INTERRUPTED) from None


def _render_case(
    case: Case,
    folder: Path,
    languages: Sequence[str] | None,
    formats: Sequence[str],
    sender: Sender | None,
    on_date: date,
    user_templates: Path | None,
    embassy: Recipient | None,
    strict: bool,
    channel: Channel,
    gloss: str | None,
    locales: Sequence[str],
    force: bool = False,
) -> RenderResult:
    if locales:
        case = case.model_copy(update={"locales": {**case.locales, **chosen_locales(locales)}})
    chosen = list(languages or case.languages)
    asked = [*chosen, *([gloss] if gloss else [])]
    check_languages_and_formats(case, asked, formats, user_templates)
    advice = advise(case, on_date)
    warning = enforce(advice, strict)
    if embassy is not None:
        case = with_embassy(case, embassy, chosen)
    skipped = unreachable(case, channel)
    try:
        # the letters a copy encloses are needed even where the channel cannot reach
        encloses = any(conveys_only(r) for r in case.recipients if reachable(r, channel))
        every = plan_letters(
            case, chosen, sender, on_date, user_templates, None if encloses else channel
        )
        letters = [x for x in every if reachable(case.recipients[x.recipient_index], channel)]
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
        documents = channel_documents(case, letters, channel, formats, sender, glosses, every)
    except KeyboardInterrupt:
        raise Interrupted("interrupted before any file was written") from None
    standard = [language for language in chosen if uses_standard_facts(case, language)]
    written = write_letters(documents, folder, force=force)
    return RenderResult(written, advice, warning, skipped, standard)


# One writer, one letter at a time: what the web page (and any caller that hands out
# single files rather than folders) needs.


def writer_letters(
    case: Case,
    language: str,
    sender: Sender | None,
    on_date: date,
    user_templates: Path | None = None,
) -> list[Letter]:
    """One letter per recipient, as listed; a writer's wording variant follows from
    their name, so the same person always gets the same letter."""
    variant = variant_for(writer_key(sender.name, sender.email)) if sender else None
    return [
        compose_letter(case, recipient, language, sender, on_date, user_templates, variant)
        for recipient in case.recipients
    ]


def fax_document(case: Case, letter: Letter, letters: Sequence[Letter]) -> bytes:
    """The letter for faxing: a cover page with the recipient's number, then the letter,
    then the letters it encloses (`letters`: the writer's letters in this language)."""
    from ua_letters.render.fax_cover import fax_pdf

    recipient = case.recipients[letter.recipient_index]
    return fax_pdf(letter, recipient, enclosed_letters(case, letter, letters))


def email_draft(
    case: Case, letter: Letter, sender: Sender | None, letters: Sequence[Letter]
) -> bytes | None:
    """An .eml draft to the recipient, or None when the UA gives them no e-mail address.

    A copy that says it encloses the letters to the officials attaches them as PDFs
    (`letters`: the writer's letters in this language).
    """
    from ua_letters.delivery.email import eml

    addresses = case.recipients[letter.recipient_index].email
    if not addresses:
        return None
    return eml(letter, ", ".join(addresses), sender, enclosures(case, letter, letters))


def mailto_link(case: Case, letter: Letter) -> str | None:
    """A mailto: link carrying the whole letter, or None (see `delivery.channels.mailto_for`)."""
    return mailto_for(case, letter)


def gloss_alone_pdf(gloss: Letter) -> bytes:
    """The side translation on its own, every page marked as not to be sent."""
    from ua_letters.render.gloss import marked
    from ua_letters.render.pdf_letter import letter_pdf

    return letter_pdf(marked(gloss))


def blank_letters_pdf(letters: Sequence[Letter]) -> bytes:
    """Several letters (blank ones, for an event) in one PDF, each from a new page."""
    from ua_letters.render.layout import layout_letter
    from ua_letters.render.pdf_letter import contents_pdf, page_contents

    pages = tuple(page for letter in letters for page in layout_letter(letter))
    return contents_pdf(page_contents(pages), letters[0])


def display_text(text: str) -> str:
    """Text as the letters print it: bidi and other invisible marks dropped, special
    spaces mapped. A screen shows what the paper will show."""
    return normalize_spaces(text)


def missing_characters(text: str) -> list[str]:
    """The characters of `text` that the letter font cannot draw."""
    from ua_letters.render.fonts import missing_characters as missing

    return missing(text)


def font_folder() -> Path:
    """Where the letter font's files are (the web page serves them for its preview)."""
    from ua_letters.render.fonts import font_file

    return font_file("PTSerif").parent

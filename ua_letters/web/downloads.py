"""Letters as files to download: one letter (PDF, DOCX, fax PDF, e-mail draft, its side
translation), the blank letters for an event, or all letters in one format as a ZIP.

A download is named twice in its Content-Disposition: a readable name with the office it
goes to, in the interface language ("UA 135-10 Minister of Internal Affairs ky.pdf";
`filename*`, RFC 5987/6266, UTF-8 percent-encoded), and the portable ASCII name the
command line writes (`filename`) for clients that know no better. The ZIP follows
the one archive rule (`ua_letters.archive`): fixed order, time and permissions.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Sequence
from urllib.parse import quote

from ua_letters.api import (
    Case,
    Channel,
    Letter,
    Sender,
    blank_letters_pdf,
    case_stem,
    email_draft,
    fax_document,
    file_name,
    gloss_alone_pdf,
    reachable,
    reference_tag,
    render_document,
    visible_only,
    zip_bytes,
)

MEDIA_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "fax": "application/pdf",
    "gloss": "application/pdf",
    "eml": "message/rfc822",
    "zip": "application/zip",
}
EXTENSIONS = {"pdf": "pdf", "docx": "docx", "fax": "fax.pdf", "eml": "eml", "zip": "zip"}
_UNSAFE = re.compile(r'[\\/:*?"<>|;]+')
# Rendering is pure Python and CPU-bound, so threads would not run it in parallel anyway;
# one document at a time keeps the renderers' shared caches out of any race.
_RENDER_LOCK = threading.Lock()


def readable_name(text: str, extension: str) -> str:
    """A file name for people: their script kept, separators and controls removed.

    >>> readable_name('UA 135-10 «Байболов»: ky', "pdf"), readable_name("../../etc", "zip")
    ('UA 135-10 «Байболов» ky.pdf', 'etc.zip')
    """
    text = visible_only(text)
    text = re.sub(r"\s+", " ", _UNSAFE.sub(" ", text)).strip(" .")[:120]
    return f"{text or 'letter'}.{extension}"


def content_disposition(readable: str, fallback: str) -> str:
    """`attachment` with an ASCII fallback and, for anything else, an RFC 5987 name."""
    ascii_name = fallback.encode("ascii", "ignore").decode("ascii").replace('"', "")
    value = f'attachment; filename="{ascii_name}"'
    if readable != ascii_name:
        value += f"; filename*=UTF-8''{quote(readable, safe='')}"
    return value


def ua_tag(case: Case) -> str:
    return reference_tag(case.ua.number, case.ua.index)


def letter_names(case: Case, letter: Letter, office: str, kind: str) -> tuple[str, str]:
    """(readable name, ASCII fallback) for one letter; `kind` is pdf, docx, fax or eml."""
    text = f"{ua_tag(case)} {office} {letter.language}" + (" fax" if kind == "fax" else "")
    readable = readable_name(text, "pdf" if kind == "fax" else kind)
    return readable, file_name(case, letter, EXTENSIONS[kind])


def gloss_names(case: Case, letter: Letter, office: str, gloss: str) -> tuple[str, str]:
    """The side translation: 'UA 135-10 Minister of Internal Affairs ru → de.pdf'."""
    readable = readable_name(f"{ua_tag(case)} {office} {letter.language} → {gloss}", "pdf")
    return readable, file_name(case, letter, f"gloss-{gloss}.pdf")


def blank_names(case: Case, person: str, language: str) -> tuple[str, str]:
    readable = readable_name(f"{ua_tag(case)} {person} {language} blank", "pdf")
    return readable, f"{case_stem(case)}_blank_{language}.pdf"


def zip_names(case: Case, person: str, language: str, kind: str) -> tuple[str, str]:
    readable = readable_name(f"{ua_tag(case)} {person} {language} {kind}", "zip")
    return readable, f"{case_stem(case)}_{language}_{kind}.zip"


def locked(render: Callable[[], bytes]) -> bytes:
    with _RENDER_LOCK:
        return render()


def render(case: Case, letter: Letter, kind: str, letters: Sequence[Letter]) -> bytes:
    """One letter as pdf, docx or fax (a cover page first; an embassy copy's fax then
    carries the writer's `letters` to the officials, which it says it encloses)."""
    if kind == "fax":
        return locked(lambda: fax_document(case, letter, letters))
    return locked(lambda: render_document(letter, kind))


def gloss(translation: Letter) -> bytes:
    return locked(lambda: gloss_alone_pdf(translation))


def blank(letters: Sequence[Letter]) -> bytes:
    return locked(lambda: blank_letters_pdf(letters))


def letters_zip(
    case: Case, letters: Sequence[Letter], kind: str, channel: Channel, sender: Sender | None
) -> bytes:
    """Every letter in one format (pdf, docx, fax or eml), in the order of the case's
    recipients, for the recipients that this format's channel can reach."""
    files = [
        (
            file_name(case, letter, EXTENSIONS[kind]),
            _letter_file(case, letter, kind, sender, letters),
        )
        for letter in letters
        if reachable(case.recipients[letter.recipient_index], channel)
    ]
    return zip_bytes(files)


def _letter_file(
    case: Case, letter: Letter, kind: str, sender: Sender | None, letters: Sequence[Letter]
) -> bytes:
    draft = email_draft(case, letter, sender, letters) if kind == "eml" else None
    return draft or render(case, letter, kind, letters)

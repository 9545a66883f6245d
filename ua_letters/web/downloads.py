"""Letters as files to download: one PDF or DOCX, or all of them in a ZIP.

A download is named twice in its Content-Disposition: a readable name in the letter's
own script (`filename*`, RFC 5987/6266, UTF-8 percent-encoded) and the portable ASCII
name the command line writes (`filename`) for clients that know no better. The ZIP is
deterministic: fixed order, fixed timestamps (the letter date) and permissions.
"""

from __future__ import annotations

import io
import re
import threading
import unicodedata
import zipfile
from collections.abc import Sequence
from urllib.parse import quote

from ua_letters.api import file_name, render_document
from ua_letters.case.model import Case, resolve
from ua_letters.compose.letter import Letter

MEDIA_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "zip": "application/zip",
}
_UNSAFE = re.compile(r'[\\/:*?"<>|;]+')
# reportlab keeps some module-level state while it builds a document; one at a time.
_RENDER_LOCK = threading.Lock()


def readable_name(text: str, extension: str) -> str:
    """A file name for people: their script kept, separators and controls removed.

    >>> readable_name('UA 135-10 «Байболов»: ky', "pdf"), readable_name("../../etc", "zip")
    ('UA 135-10 «Байболов» ky.pdf', 'etc.zip')
    """
    text = "".join(c for c in text if unicodedata.category(c)[0] != "C")
    text = re.sub(r"\s+", " ", _UNSAFE.sub(" ", text)).strip(" .")[:120]
    return f"{text or 'letter'}.{extension}"


def content_disposition(readable: str, fallback: str) -> str:
    """`attachment` with an ASCII fallback and, for anything else, an RFC 5987 name."""
    ascii_name = fallback.encode("ascii", "ignore").decode("ascii").replace('"', "")
    value = f'attachment; filename="{ascii_name}"'
    if readable != ascii_name:
        value += f"; filename*=UTF-8''{quote(readable, safe='')}"
    return value


def letter_names(case: Case, letter: Letter, fmt: str) -> tuple[str, str]:
    """(readable name, ASCII fallback) for one letter."""
    recipient = case.recipients[letter.recipient_index]
    who = resolve(recipient.name or recipient.title or "", letter.language) or ""
    number = case.ua.number.replace("/", "-")
    readable = readable_name(f"UA {number} {who} {letter.language}", fmt)
    return readable, file_name(case, letter, fmt)


def zip_names(case: Case, language: str) -> tuple[str, str]:
    person = case.concerned.display_name(language) or ""
    number = case.ua.number.replace("/", "-")
    readable = readable_name(f"UA {number} {person} {language}", "zip")
    return readable, f"ua{number}_{language}.zip"


def render(letter: Letter, fmt: str) -> bytes:
    with _RENDER_LOCK:
        return render_document(letter, fmt)


def letters_zip(case: Case, letters: Sequence[Letter], formats: Sequence[str]) -> bytes:
    """Every letter in every format, in the order of the case's recipients."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
        for letter in letters:
            day = letter.dated
            stamp = (max(day.year, 1980), day.month, day.day, 0, 0, 0)
            for fmt in formats:
                info = zipfile.ZipInfo(file_name(case, letter, fmt), stamp)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.create_system = 3
                info.external_attr = 0o644 << 16
                zf.writestr(info, render(letter, fmt))
    return buffer.getvalue()

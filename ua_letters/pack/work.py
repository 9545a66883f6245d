"""What a worker process does: make a run of letters and write them as a finished piece.

Each worker composes a letter, lays it out, encodes its pages once and renders it to
every requested format. A run of letters (a chunk) becomes one piece of the pack's ZIP:
the members' local headers and data, each with its CRC, exactly as they will stand in
the archive, written to a scratch file. The main process copies that file into the pack
as it is and only writes the central directory; the letter's bytes never pass through it.
Back through the pipe go only the entries, the digests and, for letters to post, the
encoded pages for the print file (a few kB).
"""

from __future__ import annotations

import hashlib
import io
import os
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ua_letters.archive import Entry, Member, piece
from ua_letters.case.model import Case
from ua_letters.choices import Channel
from ua_letters.compose.context import conveys_only
from ua_letters.compose.letter import compose_letter
from ua_letters.delivery.channels import reachable
from ua_letters.pack.plan import Job
from ua_letters.render.layout import layout_letter
from ua_letters.render.pdf import PageContent

CHUNK = 16  # letters per task: few enough to keep memory low, enough to hide the IPC cost


@dataclass(frozen=True)
class Settings:
    case: Case
    formats: tuple[str, ...]
    on_date: date
    user_templates: Path | None = None


@dataclass(frozen=True)
class Made:
    """One letter of a chunk, as the main process needs it for the manifest and print file."""

    files: tuple[tuple[str, str], ...]  # (format, sha256), in the order of the piece
    pages: int
    prints: tuple[PageContent, ...]  # the pages for the print file; none if not posted


@dataclass(frozen=True)
class Chunk:
    letters: tuple[Made, ...]
    entries: tuple[Entry, ...]
    piece: bytes | str  # the piece itself, or the scratch file a worker wrote it to


def render_job(settings: Settings, job: Job) -> tuple[list[tuple[str, bytes]], Made]:
    """Make one letter in every format: (format, bytes) for each file, and what it was."""
    from ua_letters.render.docx import write_docx
    from ua_letters.render.fax_cover import cover_page
    from ua_letters.render.pdf_letter import page_contents, write_letter

    case = settings.case
    official = case.recipients[job.recipient]
    letter = compose_letter(
        case, official, job.language, job.sender, settings.on_date, settings.user_templates,
        variant=job.variant,
    )  # fmt: skip
    pages = page_contents(layout_letter(letter))
    files = []
    for fmt in settings.formats:
        if fmt == "fax" and not official.fax:
            continue  # a fax cover for an official without a fax number sends nothing
        out = io.BytesIO()
        if fmt == "pdf":
            write_letter(out, pages, letter)
        elif fmt == "fax":
            sent = pages + _enclosed_pages(settings, job) if conveys_only(official) else pages
            cover = cover_page(letter, official, len(sent) + 1)
            write_letter(out, page_contents((cover,)) + sent, letter)
        else:
            write_docx(out, letter)
        files.append((fmt, out.getvalue()))
    digests = tuple((fmt, hashlib.sha256(data).hexdigest()) for fmt, data in files)
    posted = reachable(official, Channel.post)
    return files, Made(digests, len(pages), pages if posted else ())


def _enclosed_pages(settings: Settings, job: Job) -> tuple[PageContent, ...]:
    """The pages of the writer's letters to the officials, which a copy to an embassy says
    it encloses: its fax carries them after its own (by post the writer puts them in)."""
    from ua_letters.render.pdf_letter import page_contents

    case = settings.case
    when = settings.on_date
    letters = [
        compose_letter(case, other, job.language, job.sender, when, settings.user_templates,
                       variant=job.variant)
        for other in case.recipients
        if not other.copy_only
    ]  # fmt: skip
    return tuple(page for each in letters for page in page_contents(layout_letter(each)))


def make_chunk(settings: Settings, jobs: Sequence[Job], scratch: Path | None) -> Chunk:
    """The letters of `jobs` as one piece: in memory, or written to a file in `scratch`."""
    members: list[Member] = []
    letters = []
    for job in jobs:
        files, made = render_job(settings, job)
        letters.append(made)
        for fmt, data in files:  # letters are PDF and DOCX: stored, as the ZIP rule says
            name = job.path(fmt).encode("utf-8")
            members.append(Member(name, zlib.crc32(data), len(data), data, method=0))
    data, entries = piece(members)
    if scratch is None:
        return Chunk(tuple(letters), tuple(entries), data)
    path = scratch / f"piece-{jobs[0].number}"
    with path.open("wb") as handle:
        handle.write(data)
    return Chunk(tuple(letters), tuple(entries), os.fspath(path))

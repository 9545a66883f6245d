"""Making the letters of a pack, in worker processes, results in pack order.

Each worker composes a letter, lays it out once, and renders it to every requested
format; the layout also goes back to the main process, which writes the print files
(their fonts span all letters, so only one process can write them). At most a few chunks
are in flight at any time, so memory stays flat however long the pack is, and results are
taken in submission order, so the output does not depend on which worker was faster.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import multiprocessing.pool
import os
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from itertools import islice
from pathlib import Path

from ua_letters.case.model import Case
from ua_letters.compose.letter import compose_letter
from ua_letters.pack.plan import Job
from ua_letters.render.layout import Page, layout_letter

CHUNK = 16  # letters per task: few enough to keep memory low, enough to hide the IPC cost


@dataclass(frozen=True)
class Settings:
    case: Case
    formats: tuple[str, ...]
    on_date: date
    user_templates: Path | None = None


@dataclass(frozen=True)
class Rendered:
    files: tuple[tuple[str, bytes, str], ...]  # (format, bytes, sha256) per requested format
    pages: tuple[Page, ...]


def render_job(settings: Settings, job: Job) -> Rendered:
    from ua_letters.render.docx import letter_docx
    from ua_letters.render.pdf import pages_pdf

    case = settings.case
    letter = compose_letter(
        case,
        case.recipients[job.recipient],
        job.language,
        job.sender,
        settings.on_date,
        settings.user_templates,
        variant=job.variant,
    )
    pages = layout_letter(letter)
    files = []
    for fmt in settings.formats:
        data = pages_pdf(pages, letter) if fmt == "pdf" else letter_docx(letter)
        files.append((fmt, data, hashlib.sha256(data).hexdigest()))
    return Rendered(tuple(files), pages)


_settings: Settings | None = None


def _start_worker(settings: Settings) -> None:
    global _settings
    _settings = settings


def _render_chunk(jobs: list[Job]) -> list[Rendered]:
    assert _settings is not None, "worker started without settings"
    return [render_job(_settings, job) for job in jobs]


def default_workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def start_pool(settings: Settings, workers: int) -> multiprocessing.pool.Pool | None:
    """Worker processes (None for one worker: the letters are made in this process).

    Started before any progress display, so that forking never copies a running thread.
    """
    if workers <= 1:
        return None
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    return context.Pool(workers, initializer=_start_worker, initargs=(settings,))


def render_all(
    settings: Settings, jobs: Iterable[Job], pool: multiprocessing.pool.Pool | None
) -> Iterator[tuple[Job, Rendered]]:
    """(job, rendered letter) for every job, in the order of `jobs`."""
    if pool is None:
        for job in jobs:
            yield job, render_job(settings, job)
        return
    source = iter(jobs)
    window: deque[tuple[list[Job], multiprocessing.pool.AsyncResult[list[Rendered]]]] = deque()
    limit = 4 * getattr(pool, "_processes", 2)
    while True:
        while len(window) < limit:
            chunk = list(islice(source, CHUNK))
            if not chunk:
                break
            window.append((chunk, pool.apply_async(_render_chunk, (chunk,))))
        if not window:
            return
        chunk, pending = window.popleft()
        yield from zip(chunk, pending.get(), strict=True)

"""Making the letters of a pack, in worker processes, results in pack order.

Each worker composes a letter, lays it out, encodes its pages once and renders it to
every requested format; the encoded pages also go back to the main process, which adds
them to the language's print file. At most a few chunks are in flight at any time, so
memory stays flat however long the pack is, and results are taken in submission order,
so the output does not depend on which worker was faster.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import multiprocessing
import os
import signal
import sys
from collections import deque
from collections.abc import Hashable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from datetime import date
from itertools import islice
from pathlib import Path

from ua_letters.case.model import Case
from ua_letters.compose.letter import compose_letter
from ua_letters.compose.variants import Variant
from ua_letters.errors import UaLettersError
from ua_letters.pack.plan import Job
from ua_letters.pack.transfer import Segments, Shared
from ua_letters.render.layout import layout_letter
from ua_letters.render.pdf import PageContent
from ua_letters.stopping import default_stop_signals, deferred

CHUNK = 16  # letters per task: few enough to keep memory low, enough to hide the IPC cost


@dataclass(frozen=True)
class Settings:
    case: Case
    formats: tuple[str, ...]
    on_date: date
    user_templates: Path | None = None


@dataclass(frozen=True)
class Rendered:
    files: tuple[tuple[str, tuple[bytes | Shared, ...], str], ...]  # (format, parts, sha256)
    pages: tuple[PageContent, ...]  # for the print file


def render_job(settings: Settings, job: Job, sent: set[Hashable]) -> Rendered:
    """Make one letter; shared pieces already in `sent` go as keys only (see transfer)."""
    from ua_letters.render.docx import write_docx
    from ua_letters.render.fax_cover import cover_page
    from ua_letters.render.pdf_letter import page_contents, write_letter

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
    pages = page_contents(layout_letter(letter))
    files = []
    official = case.recipients[job.recipient]
    for fmt in settings.formats:
        if fmt == "fax" and not official.fax:
            continue  # a fax cover for an official without a fax number sends nothing
        out = Segments(sent)
        if fmt == "pdf":
            write_letter(out, pages, letter)
        elif fmt == "fax":
            cover = cover_page(letter, official, len(pages) + 1)
            write_letter(out, page_contents((cover,)) + pages, letter)
        else:
            write_docx(out, letter)
        files.append((fmt, out.parts(), out.sha256()))
    return Rendered(tuple(files), pages)


_settings: Settings | None = None
_sent: set[Hashable] = set()  # what this worker process has sent of the shared pieces


def _die_with(parent: int) -> None:
    """End this worker when the main process ends, even if it was killed (SIGKILL).

    On Linux the kernel sends SIGKILL to the worker when its parent dies; elsewhere, and
    if the parent died before this line, the worker notices its new parent and exits.
    """
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:
        os._exit(1)


_PR_SET_PDEATHSIG = 1


def _start_worker(settings: Settings, parent: int) -> None:
    global _settings
    _die_with(parent)
    # Ctrl-C goes to the whole process group; the main process alone handles it.
    default_stop_signals()
    _settings = settings
    _sent.clear()


def _render_chunk(jobs: list[Job]) -> list[Rendered]:
    assert _settings is not None, "worker started without settings"
    return [render_job(_settings, job, _sent) for job in jobs]


def default_workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


@dataclass
class Workers:
    """The processes that make letters: this one, and `size - 1` others in a pool.

    A process pool from concurrent.futures, because it notices a worker that dies (killed,
    out of memory) and fails the pending letters instead of waiting for them forever.
    """

    size: int
    pool: ProcessPoolExecutor | None

    def stop(self) -> None:
        """End the workers now: pending letters are dropped, nothing waits for them."""
        if self.pool is None:
            return
        with deferred():  # a second Ctrl-C must not cut the cleanup short
            # Taken before shutdown(), which drops the pool's references to them.
            processes = list(getattr(self.pool, "_processes", {}).values())
            results = getattr(self.pool, "_result_queue", None)
            manager = getattr(self.pool, "_executor_manager_thread", None)
            self.pool.shutdown(wait=False, cancel_futures=True)
            for process in processes:
                if process.is_alive():
                    process.kill()
            for process in processes:
                process.join(timeout=5)
            # A worker killed while sending leaves half a message in the result pipe, which
            # the pool's thread would wait for forever, and the interpreter joins that thread
            # at exit: closing our end of the pipe gives it an end of file. Joined here, not
            # at exit, where a late signal would print a traceback.
            with contextlib.suppress(Exception):
                results._writer.close()  # type: ignore[union-attr]
            if manager is not None:
                manager.join(timeout=5)


def start_workers(settings: Settings, size: int, languages: Sequence[str]) -> Workers:
    """Start `size - 1` worker processes; this process is the last worker.

    The main process also writes the pack, so `size` processes in all keep `size` cores
    busy without more runnable processes than cores (which only adds switching). Before
    forking, one blank letter per language is made here, so every worker starts with the
    templates compiled, the fonts loaded and the case's paragraphs already broken into
    lines. Started before any progress display: forking never copies a running thread.
    """
    if size <= 1:
        return Workers(1, None)
    for language in languages:
        render_job(settings, _warm_up_job(language), set())
    gc.freeze()  # the workers then share these objects' pages instead of copying them
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    pool = ProcessPoolExecutor(
        size - 1, mp_context=context, initializer=_start_worker, initargs=(settings, os.getpid())
    )
    return Workers(size, pool)


def _warm_up_job(language: str) -> Job:
    return Job(0, language, 0, None, None, Variant(), "warm-up", "warm-up")


Entry = tuple[list[Job], "Future[list[Rendered]] | list[Rendered]"]


def render_all(
    settings: Settings, jobs: Iterable[Job], workers: Workers
) -> Iterator[tuple[Job, Rendered]]:
    """(job, rendered letter) for every job, in the order of `jobs`.

    Chunks go to the worker processes; while the oldest is not back yet, this process
    makes the next chunk itself. A bounded window of chunks keeps memory flat.
    """
    own_sent: set[Hashable] = set()
    if workers.pool is None:
        for job in jobs:
            yield job, render_job(settings, job, own_sent)
        return
    try:
        yield from _render_pooled(settings, iter(jobs), workers.pool, workers.size, own_sent)
    except BrokenProcessPool:
        raise UaLettersError(
            "a worker process stopped unexpectedly (killed, or out of memory); no pack was written",
            hint="run the command again; with --workers 1 everything runs in one process",
        ) from None


def _render_pooled(
    settings: Settings,
    source: Iterator[Job],
    pool: ProcessPoolExecutor,
    size: int,
    own_sent: set[Hashable],
) -> Iterator[tuple[Job, Rendered]]:
    window: deque[Entry] = deque()
    limit = 3 * (size - 1)
    while True:
        queued = sum(not isinstance(entry, list) for _, entry in window)
        for _ in range(limit - queued):
            chunk = list(islice(source, CHUNK))
            if chunk:
                window.append((chunk, pool.submit(_render_chunk, chunk)))
        if not window:
            return
        chunk, entry = window[0]
        if not isinstance(entry, list) and not entry.done() and len(window) < 2 * limit:
            own = list(islice(source, CHUNK))
            if own:
                window.append((own, [render_job(settings, job, own_sent) for job in own]))
                continue
        window.popleft()
        done = entry if isinstance(entry, list) else _result(entry, pool)
        yield from zip(chunk, done, strict=True)


def _result(future: Future[list[Rendered]], pool: ProcessPoolExecutor) -> list[Rendered]:
    """The chunk's letters; a dead worker is noticed even when the pool does not notice.

    A worker killed while sending its letters leaves half a message in the result pipe;
    the pool's thread then waits for the rest and never marks the pool broken.
    """
    while True:
        try:
            return future.result(timeout=0.5)
        except TimeoutError:
            processes = getattr(pool, "_processes", None) or {}
            if any(not process.is_alive() for process in processes.values()):
                raise BrokenProcessPool("a worker process died") from None

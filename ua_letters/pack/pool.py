"""The worker processes of a pack, and chunks of letters streamed back in pack order.

At most a few chunks are in flight at any time, so memory stays flat however long the
pack is, and results are taken in submission order, so the output does not depend on
which worker was faster. While the oldest chunk is not back yet, the main process makes
the next one itself.
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
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any, TypeVar

from ua_letters.compose.variants import Variant
from ua_letters.errors import UaLettersError
from ua_letters.pack.plan import Job
from ua_letters.pack.work import CHUNK, Chunk, Settings, make_chunk, render_job
from ua_letters.stopping import default_stop_signals, deferred

T = TypeVar("T")
_settings: Settings | None = None
_scratch: Path | None = None
_PR_SET_PDEATHSIG = 1


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


def _start_worker(
    settings: Settings, scratch: Path, parent: int, languages: tuple[str, ...]
) -> None:
    global _settings, _scratch
    _die_with(parent)
    # Ctrl-C goes to the whole process group; the main process alone handles it.
    default_stop_signals()
    _settings, _scratch = settings, scratch
    # Only to be ready sooner: a letter that cannot be made fails in its own task, whose
    # error the main process reports (a failing initializer would look like a dead worker).
    with contextlib.suppress(Exception):
        warm_up(settings, languages)


def _render_chunk(jobs: list[Job]) -> Chunk:
    assert _settings is not None, "worker started without settings"
    return make_chunk(_settings, jobs, _scratch)


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
            self.pool = None  # ended: a second stop() has nothing to do


def start_workers(
    settings: Settings, size: int, languages: Sequence[str], scratch: Path
) -> Workers:
    """Start `size - 1` worker processes, writing their pieces into `scratch`; this process
    is the last worker.

    The main process also writes the pack, so `size` processes in all keep `size` cores
    busy without more runnable processes than cores (which only adds switching). The
    workers are forked first and then warm up (one blank letter per language: templates
    compiled, fonts loaded, the case's paragraphs broken into lines) each on its own,
    while this process hands out the first letters and warms up on its first chunk: a
    warm-up here before forking would be half a second in which only one core works
    (issue 16: it cost a 2-worker pack of 10,000 letters about 4 % of its time). Forked
    before any progress display: forking never copies a running thread.
    """
    if size <= 1:
        return Workers(1, None)
    gc.freeze()  # the workers share these objects' pages (the case, the modules) for good
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    pool = ProcessPoolExecutor(
        size - 1,
        mp_context=context,
        initializer=_start_worker,
        initargs=(settings, scratch, os.getpid(), tuple(languages)),
    )
    return Workers(size, pool)


def warm_up(settings: Settings, languages: Iterable[str]) -> None:
    """Make one blank letter per language and drop it: what every later letter reuses
    (compiled templates, loaded fonts, broken paragraphs) is then ready."""
    for language in languages:
        render_job(settings, Job(0, language, 0, None, None, Variant(), "warm-up", "warm-up"))


Entry = tuple[list[Job], "Future[Chunk] | Chunk"]


@contextlib.contextmanager
def _noticed() -> Iterator[None]:
    try:
        yield
    except BrokenProcessPool:
        raise UaLettersError(
            "a worker process stopped unexpectedly (killed, or out of memory); no pack was written",
            hint="run the command again; with --workers 1 everything runs in one process",
        ) from None


def aside(workers: Workers, task: Callable[..., T], *args: Any) -> Callable[[], T]:
    """Run `task(*args)` in a worker while the letters are made (in this process if there
    is no other); the function returned waits for its result."""
    pool = workers.pool
    if pool is None:
        return lambda: task(*args)
    future = pool.submit(task, *args)

    def result() -> T:
        with _noticed():
            return _result(future, pool)

    return result


def render_all(
    settings: Settings, jobs: Iterable[Job], workers: Workers
) -> Iterator[tuple[list[Job], Chunk]]:
    """(jobs, their chunk) for every chunk of `jobs`, in order."""
    source = iter(jobs)
    if workers.pool is None:
        while chunk := list(islice(source, CHUNK)):
            yield chunk, make_chunk(settings, chunk, None)
        return
    with _noticed():
        yield from _render_pooled(settings, source, workers.pool, workers.size)


def _render_pooled(
    settings: Settings, source: Iterator[Job], pool: ProcessPoolExecutor, size: int
) -> Iterator[tuple[list[Job], Chunk]]:
    window: deque[Entry] = deque()
    limit = 3 * (size - 1)
    while True:
        queued = sum(not isinstance(entry, Chunk) for _, entry in window)
        for _ in range(limit - queued):
            chunk = list(islice(source, CHUNK))
            if chunk:
                window.append((chunk, pool.submit(_render_chunk, chunk)))
        if not window:
            return
        chunk, entry = window[0]
        # Up to two own chunks per queued one (about 1 MB each): enough to keep this
        # process busy while the workers warm up, at the start.
        if not isinstance(entry, Chunk) and not entry.done() and len(window) < 3 * limit:
            own = list(islice(source, CHUNK))
            if own:
                window.append((own, make_chunk(settings, own, None)))
                continue
        window.popleft()
        yield chunk, entry if isinstance(entry, Chunk) else _result(entry, pool)


def _result(future: Future[T], pool: ProcessPoolExecutor) -> T:
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

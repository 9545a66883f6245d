"""Ctrl-C and SIGTERM stop a run the same way, at a moment that leaves nothing half-done.

`stop_signals()` makes both signals raise KeyboardInterrupt in the main thread for the
length of a run, whatever the process inherited: a shell starts background jobs with
Ctrl-C ignored, and `kill`/`timeout` send SIGTERM, which would otherwise end the process
on the spot and leave its temporary files behind. `deferred()` holds both signals back
while a file is being put in place, so a stop lands between two files, never inside one.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any

STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


def _stop(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def _main_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


def catch_stops() -> None:
    """For the rest of the process: SIGINT and SIGTERM raise KeyboardInterrupt.

    The command line calls this first, so that no moment of a run, its start and its end
    included, is left to the default action (which ends the process on the spot).
    """
    if _main_thread():
        for number in STOP_SIGNALS:
            signal.signal(number, _stop)


def ignore_stops() -> None:
    """The work is over: a signal arriving while the process exits has nothing to stop."""
    if _main_thread():
        for number in STOP_SIGNALS:
            signal.signal(number, signal.SIG_IGN)


@contextmanager
def stop_signals() -> Iterator[None]:
    """Within: SIGINT and SIGTERM raise KeyboardInterrupt; the old handlers come back after."""
    if not _main_thread():
        yield
        return
    previous = {number: signal.getsignal(number) for number in STOP_SIGNALS}
    for number in STOP_SIGNALS:
        signal.signal(number, _stop)
    try:
        yield
    finally:
        try:
            _restore(previous)
        except KeyboardInterrupt:  # a stop as the work ended: nothing is left to stop
            _restore(previous)


_Handler = Callable[[int, FrameType | None], Any] | int | None


def _restore(previous: dict[signal.Signals, _Handler]) -> None:
    """The old handlers back, with both signals held while they change hands: a stop that
    lands in that moment is dropped, not handed to the old handler (which may end the
    process), since the work it would stop is over."""
    blocking = hasattr(signal, "pthread_sigmask")
    old = signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS) if blocking else None
    try:
        for number, handler in previous.items():
            signal.signal(number, handler if handler is not None else signal.SIG_DFL)
        while blocking and signal.sigtimedwait(STOP_SIGNALS, 0) is not None:
            pass  # taken off the pending set unhandled
    finally:
        if old is not None:
            signal.pthread_sigmask(signal.SIG_SETMASK, old)


@contextmanager
def deferred() -> Iterator[None]:
    """Within: SIGINT and SIGTERM wait; they are acted on as soon as the block ends."""
    if not _main_thread() or not hasattr(signal, "pthread_sigmask"):
        yield
        return
    old = signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


def default_stop_signals() -> None:
    """In a worker process: both signals end it at once (the main process cleans up)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # a terminal's Ctrl-C goes to the group
    signal.signal(signal.SIGTERM, signal.SIG_DFL)

"""Stopping `render` at any moment: Ctrl-C or SIGTERM, inherited dispositions, killed runs.

Each stop ends in `Interrupted` (exit 130), never in a partial file or a traceback, and
what a run killed outright left behind is swept by the next run in that folder.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import EXAMPLE, LETTER_DATE
from ua_letters import api
from ua_letters.case import Case
from ua_letters.errors import Interrupted


def _partials(folder: Path) -> list[str]:
    if not folder.exists():
        return []
    return [p.name for p in folder.iterdir() if p.name.startswith(".") or p.suffix == ".part"]


@pytest.fixture
def sigint_ignored() -> Iterator[None]:
    """As a shell starts a background job: Ctrl-C ignored from the start."""
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    yield
    signal.signal(signal.SIGINT, previous)


def test_ctrl_c_is_handled_even_when_the_process_started_with_it_ignored(
    example_case: Case, tmp_path: Path, sigint_ignored: None
) -> None:
    signal.setitimer(signal.ITIMER_REAL, 0)
    previous = signal.signal(signal.SIGALRM, lambda *_: signal.raise_signal(signal.SIGINT))
    try:
        signal.setitimer(signal.ITIMER_REAL, 0.3, 0.05)  # again and again, until a run hears it
        with pytest.raises(Interrupted, match="interrupted"):
            for _ in range(50):  # one run is often shorter than the timer
                api.render_case(example_case, tmp_path, on_date=LETTER_DATE)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    assert _partials(tmp_path) == []
    assert signal.getsignal(signal.SIGINT) == signal.SIG_IGN  # the old handler is back


@pytest.mark.parametrize("which", [signal.SIGINT, signal.SIGTERM])
def test_a_stop_at_any_moment_leaves_complete_files_only(
    example_case: Case, tmp_path: Path, which: signal.Signals
) -> None:
    """Twenty stops spread over a run: each ends in Interrupted or a finished run."""
    started = time.perf_counter()
    api.render_case(example_case, tmp_path / "timing", on_date=LETTER_DATE, formats=["pdf"])
    length = time.perf_counter() - started
    previous = signal.signal(signal.SIGALRM, lambda *_: _stop_if_listening(which))
    try:
        for step in range(20):
            out = tmp_path / f"run{step}"
            signal.setitimer(signal.ITIMER_REAL, length * (step + 0.5) / 20)
            try:
                api.render_case(example_case, out, on_date=LETTER_DATE, formats=["pdf"])
            except Interrupted as stop:
                assert "interrupted" in str(stop)
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
            assert _partials(out) == []
            for pdf in out.glob("*.pdf") if out.exists() else []:
                assert pdf.read_bytes().rstrip().endswith(b"%%EOF"), pdf
    finally:
        signal.signal(signal.SIGALRM, previous)


def _stop_if_listening(which: signal.Signals) -> None:
    """Send the stop only while a run has its handler installed: a timer that fires after
    the run has finished must not reach pytest itself (SIGTERM would end the whole test run)."""
    if signal.getsignal(which) not in (signal.default_int_handler, signal.SIG_DFL, signal.SIG_IGN):
        signal.raise_signal(which)


def test_sigterm_to_the_real_process_is_handled_like_ctrl_c(tmp_path: Path) -> None:
    out = tmp_path / "out"
    process = subprocess.Popen(
        [sys.executable, "-m", "ua_letters", "render", str(EXAMPLE), "--out", str(out),
         "--date", "2010-08-20"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while not (out.exists() and any(out.iterdir())) and time.monotonic() < deadline:
        time.sleep(0.01)
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=60)
    if process.returncode == 0:
        pytest.skip("the run finished before the signal arrived")
    assert process.returncode == 130, err
    assert "interrupted" in err and "Traceback" not in err
    assert _partials(out) == []


def test_a_killed_runs_temporary_file_is_swept_by_the_next_run(
    example_case: Case, tmp_path: Path
) -> None:
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    dead = int(gone.stdout)
    stale = tmp_path / f".ua-letters-tmp.{dead}.part.abcd1234.part"
    stale.write_bytes(b"%PDF-1.4 half")
    other = tmp_path / ".notes.part"  # not ours: never touched
    other.write_text("mine", encoding="utf-8")
    api.render_case(example_case, tmp_path, on_date=LETTER_DATE, formats=["pdf"])
    assert not stale.exists() and other.read_text(encoding="utf-8") == "mine"

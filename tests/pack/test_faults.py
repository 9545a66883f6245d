"""Faults during a pack: a full disk, a killed worker, Ctrl-C. Each stops cleanly, says so,
leaves no pack and no temporary file, and running again completes the pack."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import EXAMPLE
from ua_letters.archive import Entry
from ua_letters.case import Case
from ua_letters.errors import OutputError
from ua_letters.pack import build_pack, read_supporters
from ua_letters.pack.zipout import PackOutput


def _supporters(folder: Path, count: int) -> Path:
    path = folder / "supporters.csv"
    rows = [f"Supporter {i},{['ru', 'ky', 'en'][i % 3]}" for i in range(count)]
    path.write_text("name,language\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def _left_behind(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_full_disk_leaves_nothing_and_a_rerun_completes(
    example_case: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    people = read_supporters(_supporters(tmp_path, 12), example_case)
    out = tmp_path / "pack.zip"
    real_add, calls = PackOutput.add_piece, []

    def add_until_full(self: PackOutput, entries: Sequence[Entry], piece: bytes | Path) -> None:
        calls.append(entries)
        if len(calls) > 1:
            raise OSError(28, "No space left on device")
        real_add(self, entries, piece)

    monkeypatch.setattr(PackOutput, "add_piece", add_until_full)
    with pytest.raises(OutputError, match="No space left on device; no pack was written"):
        build_pack(example_case, people, out, on_date=date(2010, 8, 20), workers=1)
    assert not out.exists() and _left_behind(tmp_path) == []
    monkeypatch.setattr(PackOutput, "add_piece", real_add)
    summary = build_pack(example_case, people, out, on_date=date(2010, 8, 20), workers=1)
    assert out.is_file() and summary.letters == 36


def _start_pack(tmp_path: Path, count: int, workers: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "ua_letters", "pack", str(EXAMPLE),
         "--supporters", str(_supporters(tmp_path, count)), "--out", str(tmp_path / "pack.zip"),
         "--date", "2010-08-20", "--workers", str(workers), "--quiet"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
    )  # fmt: skip


def _children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text(encoding="ascii")
    except OSError:
        return []
    return [int(child) for child in text.split()]


def _pack_under_way(tmp_path: Path) -> subprocess.Popen[str]:
    """A 9,000-letter pack with one worker process, a second after the worker started."""
    process = _start_pack(tmp_path, 3000, workers=2)
    deadline = time.monotonic() + 60
    while not _children(process.pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(1.0)  # letters are being made
    return process


@pytest.mark.slow
def test_a_killed_worker_stops_the_pack_cleanly(tmp_path: Path) -> None:
    process = _pack_under_way(tmp_path)
    (worker, *_) = _children(process.pid)
    os.kill(worker, signal.SIGKILL)
    _, err = process.communicate(timeout=120)
    if process.returncode == 0:
        pytest.skip("the pack finished before the worker was killed")
    assert process.returncode == 1, err
    assert "a worker process stopped unexpectedly" in err and "Traceback" not in err
    assert not (tmp_path / "pack.zip").exists() and _left_behind(tmp_path) == []
    again = _start_pack(tmp_path, 30, workers=2)
    assert again.wait(timeout=120) == 0 and (tmp_path / "pack.zip").is_file()


@pytest.mark.slow
def test_ctrl_c_stops_the_pack_cleanly(tmp_path: Path) -> None:
    process = _pack_under_way(tmp_path)
    os.killpg(process.pid, signal.SIGINT)  # as a terminal's Ctrl-C: the whole group
    _, err = process.communicate(timeout=120)
    if process.returncode == 0:
        pytest.skip("the pack finished before Ctrl-C")
    assert process.returncode == 130, err
    assert "interrupted: no pack was written" in err and "Traceback" not in err
    assert not (tmp_path / "pack.zip").exists() and _left_behind(tmp_path) == []

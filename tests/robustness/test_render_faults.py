"""Faults while writing letters: a full disk, an unusable folder, Ctrl-C.

Each run stops cleanly, says what was written, leaves no partial file, and running it again
completes the set.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

from tests.conftest import EXAMPLE, LETTER_DATE
from ua_letters import api
from ua_letters.errors import Interrupted, OutputError
from ua_letters.render import output


def _render(case: object, out: Path) -> list[Path]:
    return api.render_case(case, out, on_date=LETTER_DATE).paths  # type: ignore[arg-type]


def _no_partials(folder: Path) -> None:
    assert not [p for p in folder.iterdir() if p.name.startswith(".") or p.suffix == ".part"]


def test_disk_full_midway_then_rerun_completes(
    example_case: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_fsync, calls = os.fsync, []

    def fsync_until_full(fd: int) -> None:
        calls.append(fd)
        if len(calls) > 5:
            raise OSError(28, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(output.os, "fsync", fsync_until_full)
    with pytest.raises(OutputError, match=r"No space left on device; 5 of 18 files were written"):
        _render(example_case, tmp_path)
    assert len(list(tmp_path.iterdir())) == 5
    _no_partials(tmp_path)
    monkeypatch.setattr(output.os, "fsync", real_fsync)
    assert len(_render(example_case, tmp_path)) == 18
    _no_partials(tmp_path)


def test_output_folder_that_cannot_be_made(example_case: object, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(Exception, match="cannot create the output folder") as caught:
        _render(example_case, blocker / "letters")
    assert caught.value.__class__.__name__ == "UaLettersError"


def test_ctrl_c_while_writing(
    example_case: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_replace, calls = os.replace, []

    def interrupted_replace(src: str, dst: str) -> None:
        calls.append(dst)
        if len(calls) == 3:
            os.kill(os.getpid(), signal.SIGINT)  # a real signal, raised in this thread
        real_replace(src, dst)

    monkeypatch.setattr(output.os, "replace", interrupted_replace)
    with pytest.raises(Interrupted, match=r"\d+ of 18 files were written completely, none partly"):
        _render(example_case, tmp_path)
    _no_partials(tmp_path)


def _big_case(tmp_path: Path) -> Path:
    data = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    data["recipients"] = [
        {**recipient, "id": f"r{n}-{recipient['id']}"}
        for n in range(40)
        for recipient in data["recipients"]
    ]
    case = tmp_path / "big.yaml"
    dumper = type("NoAliases", (yaml.SafeDumper,), {"ignore_aliases": lambda self, data: True})
    case.write_text(yaml.dump(data, Dumper=dumper, allow_unicode=True), encoding="utf-8")
    return case


def test_ctrl_c_to_the_real_process_exits_130_and_leaves_no_partial_file(tmp_path: Path) -> None:
    out = tmp_path / "out"
    process = subprocess.Popen(
        [sys.executable, "-m", "ua_letters", "render", str(_big_case(tmp_path)), "--out", str(out)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(1.5)  # mid-way through composing and rendering 720 letters
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=60)
    if process.returncode == 0:
        pytest.skip("the run finished before the signal arrived")
    assert process.returncode == 130, err
    assert "interrupted" in err and "Traceback" not in err
    if out.exists():
        _no_partials(out)

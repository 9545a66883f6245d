"""A pack never deletes or changes what it did not write, and stops cleanly however stopped."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import EXAMPLE
from ua_letters.case import Case
from ua_letters.errors import OutputError, UaLettersError
from ua_letters.pack import build_pack
from ua_letters.pack.supporters import SupporterList
from ua_letters.pack.zipout import MARK, PackOutput

DAY = date(2010, 8, 20)


def _blank_pack(case: Case, out: Path, folder: bool = True) -> None:
    build_pack(case, SupporterList("--blank"), out, folder=folder, on_date=DAY, blank=1,
               workers=1)  # fmt: skip


def test_a_folder_with_a_manifest_csv_is_not_replaced(example_case: Case, tmp_path: Path) -> None:
    target = tmp_path / "d"
    target.mkdir(mode=0o755)
    (target / "manifest.csv").write_text("", encoding="utf-8")
    (target / "thesis.txt").write_text("x\n", encoding="utf-8")
    with pytest.raises(UaLettersError, match="holds no earlier pack; nothing was changed"):
        _blank_pack(example_case, target)
    assert (target / "thesis.txt").read_text(encoding="utf-8") == "x\n"
    assert target.stat().st_mode & 0o777 == 0o755
    assert [p.name for p in tmp_path.iterdir()] == ["d"]


def test_an_earlier_pack_is_replaced_keeping_the_folder_mode(
    example_case: Case, tmp_path: Path
) -> None:
    target = tmp_path / "d"
    _blank_pack(example_case, target)
    assert (target / MARK).is_file() and (target / "manifest.csv").is_file()
    os.chmod(target, 0o750)
    _blank_pack(example_case, target)
    assert target.stat().st_mode & 0o777 == 0o750
    (target / "my-notes.txt").write_text("sent on Monday", encoding="utf-8")
    with pytest.raises(UaLettersError, match=r"did not write \(my-notes.txt\)"):
        _blank_pack(example_case, target)
    assert (target / "my-notes.txt").read_text(encoding="utf-8") == "sent on Monday"


def test_a_new_folder_pack_gets_the_usual_mode_not_0700(example_case: Case, tmp_path: Path) -> None:
    target = tmp_path / "fresh"
    _blank_pack(example_case, target)
    mask = os.umask(0)
    os.umask(mask)
    assert target.stat().st_mode & 0o777 == 0o777 & ~mask


def test_blank_is_bounded_like_the_supporter_list(example_case: Case, tmp_path: Path) -> None:
    started = time.monotonic()
    with pytest.raises(UaLettersError, match=r"--blank 100000000: at most 100,000"):
        build_pack(example_case, SupporterList("--blank"), tmp_path / "p.zip", on_date=DAY,
                   blank=100_000_000, workers=1)  # fmt: skip
    assert time.monotonic() - started < 5 and list(tmp_path.iterdir()) == []


def test_no_two_entries_of_a_pack_share_a_name(tmp_path: Path) -> None:
    output = PackOutput(tmp_path / "p.zip", folder=False)
    output.add("letters/a.pdf", b"one")
    with pytest.raises(UaLettersError, match="two files of the pack would both be called"):
        output.add("letters/a.pdf", b"two")
    output.abort()
    assert list(tmp_path.iterdir()) == []


def test_cleanup_works_on_a_full_disk(
    example_case: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(PackOutput, "add_file", full)
    monkeypatch.setattr("zipfile.ZipFile._write_end_record", full)  # close() needs space too
    with pytest.raises(OutputError, match="No space left on device; no pack was written"):
        _blank_pack(example_case, tmp_path / "p.zip", folder=False)
    assert list(tmp_path.iterdir()) == []


def test_two_packs_into_one_folder_at_once(tmp_path: Path) -> None:
    out = tmp_path / "shared"
    command = [sys.executable, "-m", "ua_letters", "pack", str(EXAMPLE), "--blank", "2",
               "--out", f"{out}/", "--date", "2010-08-20", "--workers", "1", "--quiet"]  # fmt: skip
    runs = [subprocess.Popen(command, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    errors = [run.communicate(timeout=180)[1] for run in runs]
    assert all("Traceback" not in err for err in errors), errors
    assert [run.returncode for run in runs].count(0) >= 1, errors
    assert (out / MARK).is_file() and (out / "manifest.csv").is_file()
    assert [p.name for p in tmp_path.iterdir()] == ["shared"]


def _supporters(folder: Path, count: int) -> Path:
    path = folder / "supporters.csv"
    rows = [f"Supporter {i},{['ru', 'ky', 'en'][i % 3]}" for i in range(count)]
    path.write_text("name,language\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def _big_pack(tmp_path: Path) -> tuple[subprocess.Popen[str], int]:
    process = subprocess.Popen(
        [sys.executable, "-m", "ua_letters", "pack", str(EXAMPLE),
         "--supporters", str(_supporters(tmp_path, 3000)), "--out", str(tmp_path / "pack.zip"),
         "--date", "2010-08-20", "--workers", "2", "--quiet"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    children: list[int] = []
    while not children and time.monotonic() < deadline:
        time.sleep(0.05)
        try:
            text = Path(f"/proc/{process.pid}/task/{process.pid}/children").read_text("ascii")
        except OSError:
            continue
        children = [int(child) for child in text.split()]
    time.sleep(1.0)
    return process, children[0]


def _gone(pid: int, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            state = Path(f"/proc/{pid}/stat").read_text("ascii").split(")")[-1].split()[0]
        except OSError:
            return True
        if state == "Z":
            return True
        time.sleep(0.05)
    return False


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_sigterm_is_handled_like_ctrl_c_and_sigkill_leaves_no_worker(tmp_path: Path) -> None:
    process, worker = _big_pack(tmp_path)
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=120)
    if process.returncode == 0:
        pytest.skip("the pack finished before the signal")
    assert process.returncode == 130, err
    assert "interrupted: no pack was written" in err and "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["supporters.csv"]
    assert _gone(worker, 10)
    process, worker = _big_pack(tmp_path)
    process.kill()
    process.communicate(timeout=60)
    assert _gone(worker, 10), "a worker outlived its killed main process"
    again = subprocess.run(
        [sys.executable, "-m", "ua_letters", "pack", str(EXAMPLE), "--blank", "1",
         "--out", str(tmp_path / "pack.zip"), "--date", "2010-08-20", "--quiet"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert again.returncode == 0, again.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pack.zip", "supporters.csv"]

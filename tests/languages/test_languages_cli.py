"""`ua-letters languages` and `--check DIR`, run as a user runs them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.languages.test_completeness import new_language
from ua_letters.resources import shipped_languages


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ua_letters", "languages", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        timeout=120,
    )


def test_lists_every_language_with_its_completeness() -> None:
    result = run()
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["language", "name", "templates", "catalog", "requests", "status"]
    rows = {line.split()[0]: line for line in lines[1 : 1 + len(shipped_languages())]}
    assert set(rows) == set(shipped_languages()) >= {"ru", "ky", "en", "de", "fr", "es"}
    assert all(row.rstrip().endswith("complete") and "31/31" in row for row in rows.values())
    assert "Deutsch (German)" in rows["de"] and "кыргызча (Kyrgyz)" in rows["ky"]
    assert "standard requests: release_poc, release (unless_charged), release_unconditionally," in (
        result.stdout
    )


def test_check_lists_what_is_missing_and_exits_1(tmp_path: Path) -> None:
    folder = new_language(tmp_path)
    (folder / "requests.txt.j2").unlink()
    result = run("--check", str(tmp_path))
    assert result.returncode == 1
    assert "incomplete" in result.stdout.splitlines()[1]
    assert f"{folder / 'requests.txt.j2'}: missing (copy templates/en/requests.txt.j2)" in (
        result.stderr
    )
    assert "hint: fill in what is missing; see docs/adding-a-language.md" in result.stderr
    assert "Traceback" not in result.stderr


def test_check_passes_a_complete_folder(tmp_path: Path) -> None:
    new_language(tmp_path)
    result = run("--check", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[1].split()[0] == "it"


def test_check_of_an_empty_folder_says_so(tmp_path: Path) -> None:
    result = run("--check", str(tmp_path))
    assert result.returncode == 1
    assert "holds no language folder" in result.stderr

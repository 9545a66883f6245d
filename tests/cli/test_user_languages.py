"""A language of one's own, in the user languages folder, is found by every command
without --templates (docs/adding-a-language.md, step 6)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT, run_cli
from tests.render.readback import pdf_text, squash


def _italian(folder: Path) -> Path:
    """A stand-in "it" language: the English folder copied as the guide's step 1 says."""
    language = folder / "it"
    (language / "LC_MESSAGES").mkdir(parents=True)
    for template in (ROOT / "templates" / "en").glob("*.j2"):
        shutil.copy(template, language)
    po = (ROOT / "locales" / "en" / "LC_MESSAGES" / "messages.po").read_text(encoding="utf-8")
    (language / "LC_MESSAGES" / "messages.po").write_text(
        po.replace('"Language: en\\n"', '"Language: it\\n"'), encoding="utf-8"
    )
    return language


def _cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ua_letters", *args],
        capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL,
        env={**os.environ, "PYTHONIOENCODING": "utf-8", "COLUMNS": "200", **env},
    )  # fmt: skip


def test_the_default_folder_is_the_platform_user_data_folder(tmp_path: Path) -> None:
    env = {"XDG_DATA_HOME": str(tmp_path / "data"), "UA_LETTERS_LANGUAGES": ""}
    result = _cli("languages", "--folder", env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(tmp_path / "data" / "ua-letters" / "languages")
    _italian(tmp_path / "data" / "ua-letters" / "languages")
    listed = _cli("languages", env=env)
    assert listed.returncode == 0, listed.stderr
    rows = listed.stdout.splitlines()
    assert any(row.split()[:1] == ["it"] and row.endswith("complete") for row in rows)
    assert "your languages folder" in listed.stdout


def test_languages_and_render_find_the_folder_named_by_the_variable(tmp_path: Path) -> None:
    _italian(tmp_path / "mine")
    env = {"UA_LETTERS_LANGUAGES": str(tmp_path / "mine")}
    assert _cli("languages", "--folder", env=env).stdout.strip() == str(tmp_path / "mine")
    # A case whose texts are given for every language (`default:`), so Italian has them,
    # and whose officials' genders are set (a letter outside English needs them).
    case = tmp_path / "case.yaml"
    text = (ROOT / "examples" / "zhen-jianghua.yaml").read_text(encoding="utf-8")
    for old, new in (("{en: ", "{default: "), ("en: >-", "default: >-"),
                     ("    role: ", "    gender: male\n    role: ")):  # fmt: skip
        text = text.replace(old, new)
    case.write_text(text, encoding="utf-8")
    out = tmp_path / "letters"
    result = _cli("render", str(case), "--lang", "it", "--format", "pdf", "--date",
                  "2018-10-01", "--out", str(out), env=env)  # fmt: skip
    assert result.returncode == 0, result.stderr
    letter = out / "ua235-17_01-procurator_it.pdf"
    assert "inciting subversion of state power" in squash(pdf_text(letter.read_bytes()))
    # Without the folder, Italian is not there: the folder is what made it work.
    refused = run_cli("render", str(case), "--lang", "it", "--out", str(tmp_path / "no"))
    assert refused.returncode == 1 and "no letters ship for 'it'" in refused.stderr

"""The README's usage block, run exactly as written, as a new user would run it.

The README's two set-up commands are (1) make the virtualenv, `pip install .`, and render the
bundled example into letters/, and (2) `bash scripts/test.sh`. Here the virtualenv is the one
running these tests (linked as `.venv` into a fresh copy of the checkout, so `.venv/bin/...`
and `. .venv/bin/activate` work as written), the render part of (1) runs as written, and (2)
is left out: it installs the test tools and runs this very suite, and changes nothing the
usage block reads. Then the "Using it" block runs in bash with `set -e`, verbatim.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.render.readback import pdf_text, squash

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _blocks(section: str) -> list[str]:
    start = README.index(section)
    end = README.find("\n## ", start + len(section))
    text = README[start : end if end != -1 else None]
    return re.findall(r"```sh\n(.*?)```", text, flags=re.S)


def _checkout(tmp_path: Path) -> Path:
    """A copy of what a clone holds (tracked files), with this venv as its .venv."""
    listed = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True
    ).stdout.decode()
    repo = tmp_path / "ua-letters"
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if name.startswith(("examples/", "templates/", "locales/", "docs/")) and source.is_file():
            (repo / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, repo / name)
    (repo / ".venv").symlink_to(Path(sys.prefix))
    return repo


def _bash(script: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "VIRTUAL_ENV"}
    env.update({"PYTHONIOENCODING": "utf-8", "COLUMNS": "200"})
    env["PATH"] = os.pathsep.join(
        p for p in env.get("PATH", "").split(os.pathsep) if not p.startswith(sys.prefix)
    )  # ua-letters is found only once the venv is activated, as for a new user
    return subprocess.run(
        ["bash", "-e", "-c", script], cwd=cwd, env=env, capture_output=True, text=True,
        timeout=600, stdin=subprocess.DEVNULL,
    )  # fmt: skip


@pytest.mark.slow
def test_usage_section_runs_as_written(tmp_path: Path) -> None:
    if shutil.which("ua-letters", path=str(Path(sys.prefix) / "bin")) is None:
        pytest.skip("ua-letters is not installed in this environment")
    repo = _checkout(tmp_path)
    setup = _blocks("**Write all letters for the bundled example case**")[0].strip()
    assert setup.startswith("python3 -m venv .venv && .venv/bin/pip install . && ")
    first = _bash(setup.split(" && ", 2)[2], repo)  # the render, after the install
    assert first.returncode == 0, first.stderr
    assert len(list((repo / "letters").iterdir())) == 18  # as the README says

    usage = _blocks("## Using it")[0]  # the later blocks name CASE, a placeholder
    # Without activation the usage block fails, as the README warns.
    bare = _bash(usage, repo)
    assert bare.returncode != 0 and "ua-letters" in bare.stderr
    result = _bash(". .venv/bin/activate\n" + usage, repo)
    assert result.returncode == 0, result.stderr

    ky = repo / "letters-ky" / "ua135-10_03-president_ky.pdf"
    assert "Айгүл Асанова" in squash(pdf_text(ky.read_bytes()))
    anna = repo / "letters-anna" / "ua135-10_03-president_en.pdf"
    assert "Hauptstraße 1" in squash(pdf_text(anna.read_bytes()))
    # The blank letters of the first command are still the blank ones.
    assert "Anna Petrova" not in pdf_text((repo / "letters" / anna.name).read_bytes())
    assert (repo / "my-cases" / "zhen-jianghua.yaml").is_file()
    sent = sorted(p.name for p in (repo / "letters-email").iterdir())
    assert sent == [
        "ua235-17_03-minister-of-public-security_en.eml",
        "ua235-17_03-minister-of-public-security_en.mailto.txt",
    ]
    assert "send by e-mail" in result.stderr
    assert "Usage: ua-letters" in result.stdout

"""`ua-letters import` as a user runs it: summary on stderr, YAML on stdout or in a file,
and bad input as one clear message with exit code 1 — never a traceback or a hang."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

from tests.conftest import SEED
from tests.importer.helpers import CORPUS
from ua_letters.cli import app as cli


def run(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "argv", ["ua-letters", "import", *args])
    with pytest.raises(SystemExit) as exited:
        cli.main()
    out, err = capsys.readouterr()
    code = exited.value.code
    return (code if isinstance(code, int) else 0), out, err


def test_seed_to_stdout_in_a_real_process() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ua_letters", "import", str(SEED)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    assert result.returncode == 0, result.stderr
    data = yaml.safe_load(result.stdout)
    assert [r["fax"] for r in data["recipients"]] == [
        ["+996 312 68 20 44"],
        ["+996 312 66 54 11"],
        ["+996 312 62 50 12"],
    ]
    assert result.stderr.splitlines()[0] == (
        "UA 135/10 (EUR 58/011/2010): 3 recipients (2 main, 1 in copy), 5 actions, "
        "languages ru, ky, en"
    )
    assert "  copy: President Roza Otunbaeva — fax +996 312 62 50 12" in result.stderr


def test_standard_input_in_a_real_process() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ua_letters", "import", "-", "--quiet"],
        input=(CORPUS / "04-kazakhstan-cp1251.txt").read_bytes(),
        capture_output=True,
        timeout=60,
    )
    assert result.returncode == 0 and result.stderr == b""
    assert "Жакип Асанов" in result.stdout.decode("utf-8")


def test_output_file_is_written_and_not_overwritten_by_accident(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "case.yaml"
    code, out, err = run(monkeypatch, capsys, str(SEED), "-o", str(target))
    assert (code, out) == (0, "")
    assert f"values marked CHECK in {target}" in err
    assert yaml.safe_load(target.read_text(encoding="utf-8"))["ua"]["number"] == "135/10"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["case.yaml"]  # no temporary left
    code, _, err = run(monkeypatch, capsys, str(SEED), "-o", str(target))
    assert code == 1 and "already exists" in err and "--force" in err
    code, _, _ = run(monkeypatch, capsys, str(SEED), "-o", str(target), "--force")
    assert code == 0


def test_warnings_name_the_document_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    document = CORPUS / "13-guatemala-cp1252.txt"
    code, _, err = run(monkeypatch, capsys, str(document))
    assert code == 0
    assert f"  {document}:15: recipients[2].salutation: no salutation in the UA" in err


def test_stdin_is_read_with_the_same_limits(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"\x00\x01binary")))
    code, out, err = run(monkeypatch, capsys, "-")
    assert (code, out) == (1, "")
    assert err == "error: <stdin> is a binary file (it contains NUL bytes), not a text\n"


def _bad(tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"", "is empty"),
        ("binary.bin", bytes(range(256)) * 64, "binary file"),
        ("ua.pdf", b"%PDF-1.4\n%\xe2\xe3", "is a PDF file"),
        (
            "story.txt",
            b"Document - Kyrgyzstan: A story\n\nSomeone was detained.\n\n"
            b"PLEASE WRITE IMMEDIATELY in English:\n- Calling for release.\n",
            "no recipients found",
        ),
        ("prose.txt", "Просто письмо без адресатов.\n".encode("cp1251"), "no recipients found"),
    ],
)
def test_bad_input_is_one_clear_message(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    name: str,
    data: bytes,
    message: str,
) -> None:
    code, out, err = run(monkeypatch, capsys, _bad(tmp_path, name, data))
    assert (code, out) == (1, "")
    assert err.startswith("error: ") and message in err and "Traceback" not in err


def test_a_ten_megabyte_file_is_refused_quickly(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"Fax: +996 312 68 20 44\n" * (10 * 1024 * 1024 // 23))
    start = time.perf_counter()
    code, _, err = run(monkeypatch, capsys, str(big))
    assert code == 1 and "the limit is 2,000,000" in err
    assert time.perf_counter() - start < 2


def test_a_large_but_allowed_file_does_not_hang(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Just under the limit, with long lines and many labels: linear work only."""
    line = "Minister, Street 1, Fax: +1 202 555 0101 I Email: a@b.org " * 30
    path = _bad(tmp_path, "long.txt", ((line + "\n") * 1000).encode()[:1_900_000])
    start = time.perf_counter()
    code, _, _ = run(monkeypatch, capsys, path, "-q")
    assert code in (0, 1)
    assert time.perf_counter() - start < 30


def test_missing_file_and_output_folder(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = run(monkeypatch, capsys, str(tmp_path / "nope.txt"))
    assert code == 1 and "cannot read" in err
    code, _, err = run(monkeypatch, capsys, str(SEED), "-o", str(tmp_path / "no" / "case.yaml"))
    assert code == 1 and "does not exist" in err


@pytest.mark.parametrize(
    "line",
    [
        "Date: " * 200_000,
        "appeals before " * 100_000,
        "a" * 1_900_000,
        "1 " * 900_000,
        "embassy " * 200_000,
        "Fax: " * 300_000,
    ],
    ids=["dates", "deadlines", "one-word", "digits", "embassy", "labels"],
)
def test_pathological_lines_do_not_hang(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    line: str,
) -> None:
    path = _bad(tmp_path, "odd.txt", line.encode())
    start = time.perf_counter()
    code, _, err = run(monkeypatch, capsys, path)
    assert code == 1 and err.startswith("error: ")
    assert time.perf_counter() - start < 10


@pytest.mark.slow
def test_eighty_thousand_faxes_do_not_hang(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Just under the size limit; work that grew with the square of it took 40 s here."""
    lines = ["Minister of Justice"]
    lines += [f"Fax: +1 202 {i // 10000:03d} {i % 10000:04d}" for i in range(80_000)]
    path = _bad(tmp_path, "faxes.txt", "\n".join(lines).encode())
    start = time.perf_counter()
    code, _, _ = run(monkeypatch, capsys, path, "-q")
    assert code == 0
    assert time.perf_counter() - start < 30

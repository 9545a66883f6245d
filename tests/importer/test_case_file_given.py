"""A case file, or a draft made by `import`, given to `import` is named for what it is."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.conftest import EXAMPLE
from ua_letters.cli import app as cli
from ua_letters.importer import draft_yaml, import_bytes
from ua_letters.importer.formats import DocumentError

SEED = Path(__file__).parents[1] / "fixtures" / "ua-135-10-askarov.txt"


@pytest.mark.parametrize("kind", ["case file", "draft"])
def test_import_refuses_a_case_file_and_says_what_to_run(
    kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    if kind == "draft":
        text = draft_yaml(import_bytes(SEED.read_bytes(), SEED.name))
    else:
        text = EXAMPLE.read_text(encoding="utf-8")
    given = tmp_path / "case.yaml"
    given.write_text(text, encoding="utf-8")
    target = tmp_path / "out.yaml"
    monkeypatch.setattr(sys, "argv", ["ua-letters", "import", str(given), "-o", str(target)])
    with pytest.raises(SystemExit) as stopped:
        cli.main()
    assert stopped.value.code == 1 and not target.exists()
    err = capsys.readouterr().err
    assert "is already a case file" in err and f"ua-letters render {given}" in err
    assert "Traceback" not in err


def test_a_ua_that_quotes_such_words_is_still_read() -> None:
    """Only a file whose own lines start with the keys is refused."""
    text = SEED.read_text(encoding="utf-8") + "\nNote: ua: and recipients: are our terms.\n"
    assert import_bytes(text.encode(), "ua.txt").recipients
    with pytest.raises(DocumentError):
        import_bytes(b"ua:\n  number: 1/10\nrecipients:\n  - name: X\n", "x.yaml")

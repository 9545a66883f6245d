"""Unreadable documents through `ua-letters import`: one clear message, exit 1.

Each message names the file and says what to do; none is a traceback. The bad files are
made here, with the same libraries a sender would have used.
"""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

import pytest

from ua_letters.cli import app as cli

FORMS = Path(__file__).resolve().parent.parent / "fixtures" / "import" / "formats"


def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        path: Path) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "argv", ["ua-letters", "import", str(path)])
    with pytest.raises(SystemExit) as exited:
        cli.main()
    out, err = capsys.readouterr()
    code = exited.value.code
    return (code if isinstance(code, int) else 0), out, err


def _pdf(password: str | None = None, text: bool = True) -> bytes:
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    encrypt = StandardEncryption(password, ownerPassword="owner") if password else None
    page = canvas.Canvas(out, encrypt=encrypt, invariant=1)
    if text:
        page.drawString(72, 720, "Minister of Internal Affairs")
    else:  # what a scan looks like to a text reader: marks on the page, no text
        for y in range(100, 700, 14):
            page.rect(72, y, 400, 8, fill=1)
    page.showPage()
    page.save()
    return out.getvalue()


def _zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def _mail(content_type: str, body: bytes) -> bytes:
    return (
        b"From: Amnesty <ua@amnesty.org>\nTo: office@example.org\nSubject: UA\n"
        b"MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b\"\n\n"
        b"--b\nContent-Type: " + content_type.encode() + b"\n"
        b"Content-Transfer-Encoding: base64\n\n" + body + b"\n--b--\n"
    )


SEED_DOCX = (FORMS / "seed.docx").read_bytes()
NEWS = (b"<!DOCTYPE html><html><body><nav>Home</nav><h1>News</h1><p>Amnesty welcomes the "
        b"release of a journalist today.</p></body></html>")
CASES = {
    "encrypted.pdf": (_pdf(password="secret"), "protected by a password"),
    "scan.pdf": (_pdf(text=False), "no text in it — probably a scan"),
    "damaged.pdf": (b"%PDF-1.7\n1 0 obj <<\nthis is not a PDF\n", "cannot be opened"),
    "cut.docx": (SEED_DOCX[: len(SEED_DOCX) // 2], "is damaged"),
    "bad-xml.docx": (
        _zip({"[Content_Types].xml": b"<Types", "word/document.xml": b"<w:document"}),
        "is damaged",
    ),
    "empty.docx": (_zip({"word/document.xml": b""}), "is damaged"),
    "archive.zip": (_zip({"ua.txt": b"Minister"}), "a zip file, not a Word (.docx)"),
    "old.doc": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500), "an old Word (.doc) file"),
    "scripts.html": (b"<html><head><script>var a = 1;</script></head><body><nav>Home</nav>"
                     b"<script>track()</script></body></html>", "a web page with no text"),
    "news.html": (NEWS, "no recipients found"),
    "picture.eml": (_mail("image/png", b"iVBORw0KGgo="), "no text or HTML part"),
    "damaged-attachment.eml": (
        _mail("application/pdf", b"JVBERi0xLjQK"),
        "(attachment application/pdf) is a PDF file that cannot be opened",
    ),
    "empty-text.eml": (_mail("text/plain; charset=utf-8", b"ICAK"), "whose text is empty"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_unreadable_input_is_one_clear_message(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path,
    name: str,
) -> None:
    data, message = CASES[name]
    path = tmp_path / name
    path.write_bytes(data)
    code, out, err = run(monkeypatch, capsys, path)
    assert (code, out) == (1, "")
    assert err.startswith(f"error: {path}") or err.startswith(f"error: {path}:")
    assert message in err and "Traceback" not in err
    assert len(err.strip().split("\n")) <= 2  # the message, and at most one hint


def test_a_pdf_with_only_an_owner_password_is_read(tmp_path: Path) -> None:
    """Permissions-only encryption (no password to open) is common and harmless."""
    from reportlab.lib.pdfencrypt import StandardEncryption

    from ua_letters.importer.formats import read_form

    out = io.BytesIO()
    from reportlab.pdfgen import canvas

    page = canvas.Canvas(out, encrypt=StandardEncryption("", ownerPassword="owner"), invariant=1)
    page.drawString(72, 720, "Minister of Internal Affairs")
    page.save()
    assert read_form(out.getvalue(), "ua.pdf").text == "Minister of Internal Affairs"


def test_a_pdf_over_the_text_limit_is_read_when_its_text_is_not(tmp_path: Path) -> None:
    """PDF and Word files carry photos and fonts: up to 20 MB, with the text limit kept."""
    from ua_letters.importer.reader import MAX_BYTES, read_document

    raw = (FORMS / "seed.pdf").read_bytes()
    start = raw.index(b"\n") + 1
    padded = raw[:start] + (b"%" + b"x" * 99 + b"\n") * 25_000 + raw[start:]  # comments
    assert len(padded) > MAX_BYTES
    path = tmp_path / "big.pdf"
    path.write_bytes(padded)
    assert read_document(str(path)).text.startswith("Document - Kyrgyzstan:")


def test_a_pdf_over_twenty_megabytes_is_refused_before_it_is_read(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "huge.pdf"
    with path.open("wb") as handle:
        handle.write(b"%PDF-1.4\n")
        handle.truncate(25_000_000)
    code, _, err = run(monkeypatch, capsys, path)
    assert code == 1 and "is 25,000,000 bytes; the limit is 20,000,000" in err

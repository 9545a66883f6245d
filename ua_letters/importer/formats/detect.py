"""Which form a document is in, from its bytes alone — never from its file name.

A saved web page may be called ua.txt, an e-mail ua.html, and standard input has no name
at all; the first bytes say what the file is.
"""

from __future__ import annotations

import io
import re
import zipfile
from typing import Literal

Form = Literal["pdf", "docx", "zip", "doc", "rtf", "eml", "html", "text"]

_HEADER = re.compile(rb"([A-Za-z][A-Za-z0-9-]*):[ \t]*\S")
_MAIL_NAMES = {
    b"from", b"to", b"subject", b"date", b"mime-version", b"content-type", b"received",
    b"return-path", b"message-id", b"cc", b"reply-to", b"delivered-to", b"x-mailer",
}
_KEY_NAMES = {b"from", b"mime-version", b"content-type", b"received", b"return-path",
              b"message-id"}
_HTML_START = re.compile(rb"\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body|meta|title)\b",
                         re.IGNORECASE | re.DOTALL)
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


def detect(raw: bytes) -> Form:
    """The form of a document: PDF, Word, other zip, old Word, RTF, e-mail, HTML or text."""
    if b"%PDF-" in raw[:1024]:  # the PDF standard allows junk before the signature
        return "pdf"
    if raw.startswith(b"PK\x03\x04"):
        return "docx" if _is_word(raw) else "zip"
    if raw.startswith(b"\xd0\xcf\x11\xe0"):
        return "doc"
    if raw.lstrip().startswith(b"{\\rtf"):
        return "rtf"
    head = _ascii_head(raw)
    if _is_mail(head):
        return "eml"
    if _HTML_START.match(head):
        return "html"
    return "text"


def _ascii_head(raw: bytes) -> bytes:
    """The first 4 KB as ASCII-compatible bytes (UTF-16 files are narrowed)."""
    head = raw[:8192]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        codec = "utf-16"
        return head.decode(codec, errors="ignore").encode("utf-8", errors="ignore")[:4096]
    for bom in _BOMS:
        if head.startswith(bom):
            head = head[len(bom):]
    return head[:4096]


def _is_mail(head: bytes) -> bool:
    """RFC 5322 headers from the first line to a blank line, with mail's own names.

    A UA pasted as text may well start with "Date: 5 August 2010"; an e-mail has at least
    two header fields, one of them a field only a mail has (From, Received, MIME-Version).
    """
    lines = head.replace(b"\r\n", b"\n").split(b"\n")
    if lines and lines[0].startswith(b"From "):  # mbox separator line
        lines = lines[1:]
    names: list[bytes] = []
    for line in lines:
        if not line.strip():
            break
        if line[:1] in (b" ", b"\t") and names:
            continue  # a folded header continues
        match = _HEADER.match(line)
        if not match:
            return False
        names.append(match.group(1).lower())
    else:
        return False  # no blank line between headers and body within the first 4 KB
    known = sum(name in _MAIL_NAMES for name in names)
    return known >= 2 and any(name in _KEY_NAMES for name in names)


def _is_word(raw: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            return "word/document.xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return True  # a damaged zip named like Word: let the Word reader say what is wrong

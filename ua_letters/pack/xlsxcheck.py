"""Look inside an .xlsx before openpyxl does: refuse what no spreadsheet program writes.

An .xlsx is a ZIP of XML files, and a hostile one can hurt the reader: a 1.2 MB file whose
one cell expands to 1.2 GB, a compression method zipfile cannot undo, or an XML DTD whose
entities expand a billion times or point at local files. Excel and LibreOffice write none
of these. So the archive is checked first, from its directory and a streaming pass over
each XML part (memory stays at one chunk): its members' sizes against MAX_UNPACKED, their
compression methods, and no `<!DOCTYPE` or `<!ENTITY` in any part. zipfile never inflates
a member beyond the size its directory declares, so a lying directory ends in a CRC error.
"""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path

from ua_letters.errors import UaLettersError

MAX_UNPACKED = 200_000_000  # bytes of XML in all; a 100,000-row list is about 30 MB
_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
_DTD = tuple(
    word.encode(codec)
    for word in ("<!DOCTYPE", "<!ENTITY")
    for codec in ("utf-8", "utf-16-le", "utf-16-be")
)
_CHUNK = 1 << 16
_AGAIN = "open it in Excel or LibreOffice and save it again as .xlsx or CSV"


def check_workbook(path: Path) -> None:
    """Raise UaLettersError naming what is wrong with the archive; return when it is sound."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            unpacked = sum(member.file_size for member in members)
            if unpacked > MAX_UNPACKED:
                raise UaLettersError(
                    f"{path}: the workbook unpacks to {unpacked:,} bytes, more than the "
                    f"{MAX_UNPACKED:,} a supporter list may take",
                    hint="is this really a list of supporters? split it, or save it as CSV",
                )
            for member in members:
                if member.compress_type not in _METHODS:
                    raise UaLettersError(
                        f"{path}: part {member.filename!r} uses a compression method "
                        f"({member.compress_type}) that spreadsheet programs do not write",
                        hint=_AGAIN,
                    )
            for member in members:
                if member.filename.endswith((".xml", ".rels")):
                    _no_dtd(path, archive, member)
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, OSError):
        raise UaLettersError(
            f"{path}: cannot be read as an Excel workbook (.xlsx): it is damaged or cut short",
            hint=_AGAIN,
        ) from None


def _no_dtd(path: Path, archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> None:
    tail = b""
    with archive.open(member) as stream:
        while chunk := stream.read(_CHUNK):
            window = tail + chunk
            if any(word in window for word in _DTD):
                raise UaLettersError(
                    f"{path}: part {member.filename!r} holds an XML document type (DTD), "
                    "which spreadsheet programs never write and which can expand without end",
                    hint=_AGAIN,
                )
            tail = window[-32:]

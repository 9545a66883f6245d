"""The pack's streaming ZIP writer: pieces copied in as workers wrote them, large files
compressed on the way; read back with the standard zipfile."""

from __future__ import annotations

import io
import tempfile
import zipfile
from pathlib import Path

import pytest

from ua_letters.archive import ENTRY_TIME, Member, assemble, member, piece
from ua_letters.pack.zipstream import ZipStream

FILES = [
    ("letters/01-президент.pdf", b"%PDF-1.4 " + bytes(range(256)) * 40),
    ("README.txt", "Читайте меня\n".encode() * 200),
]


def _streamed(members: list[Member], pieces: int = 1) -> bytes:
    """An archive written by ZipStream, its members in `pieces` runs (as a pack's workers
    write them), one of them through a file as a worker's scratch file is copied."""
    out = io.BytesIO()
    with tempfile.TemporaryFile() as target, tempfile.TemporaryFile() as directory:
        stream = ZipStream(target, directory)  # type: ignore[arg-type]
        size = -(-len(members) // pieces)
        for start in range(0, len(members), size):
            data, entries = piece(members[start : start + size])
            if start:
                with tempfile.TemporaryFile() as scratch:
                    scratch.write(data)
                    scratch.flush()
                    stream.add_piece(entries, scratch)
            else:
                stream.add_piece(entries, data)
        stream.close()
        target.seek(0)
        out.write(target.read())
    return out.getvalue()


def test_a_streamed_archive_is_the_same_in_one_piece_or_many() -> None:
    members = [member(name, content) for name, content in FILES] + [
        member(f"letters/{i}.pdf", b"%PDF " + bytes([i]) * i) for i in range(40)
    ]
    whole = _streamed(members)
    assert _streamed(members, pieces=7) == whole
    with zipfile.ZipFile(io.BytesIO(whole)) as archive:
        assert archive.testzip() is None
        infos = archive.infolist()
        assert [i.filename.encode() for i in infos] == [m.name for m in members]
        assert {(i.date_time, i.external_attr >> 16) for i in infos} == {(ENTRY_TIME, 0o100644)}
        assert archive.read(FILES[1][0]) == FILES[1][1]
    assert whole.endswith(assemble(members)[-22 + 12 :])  # the same end as a small archive


def test_pieces_are_copied_the_plain_way_without_copy_file_range(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    members = [member(f"letters/{i}.pdf", b"%PDF " + bytes([i]) * 3000) for i in range(9)]
    fast = _streamed(members, pieces=3)
    monkeypatch.delattr("os.copy_file_range", raising=False)  # macOS, or an old kernel
    assert _streamed(members, pieces=3) == fast


def test_a_large_file_is_streamed_in_with_its_header_completed(tmp_path: Path) -> None:
    big = tmp_path / "manifest.csv"
    big.write_bytes("Минск;".encode() * 400_000)  # over a megabyte: several blocks
    with (tmp_path / "a.zip").open("wb", buffering=0) as out, tempfile.TemporaryFile() as d:
        stream = ZipStream(out, d)
        stream.add(member("README.txt", b"read me"))
        with big.open("rb") as source:
            stream.add_file("manifest.csv", source)
        with big.open("rb") as source:
            stream.add_file("copy.pdf", source)  # stored, by its name
        stream.close()
    with zipfile.ZipFile(tmp_path / "a.zip") as archive:
        assert archive.testzip() is None
        assert archive.read("manifest.csv") == big.read_bytes() == archive.read("copy.pdf")
        methods = [i.compress_type for i in archive.infolist()]
    assert methods == [zipfile.ZIP_DEFLATED, zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED]

"""The one ZIP rule, read back with the standard zipfile."""

from __future__ import annotations

import io
import struct
import tempfile
import zipfile
from pathlib import Path

import pytest

from ua_letters.archive import ENTRY_TIME, Member, ZipStream, assemble, member, piece, zip_bytes

FILES = [
    ("letters/01-президент.pdf", b"%PDF-1.4 " + bytes(range(256)) * 40),
    ("README.txt", "Читайте меня\n".encode() * 200),
]


def test_zip_bytes_reads_back_with_fixed_times_modes_and_methods() -> None:
    data = zip_bytes(FILES)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.testzip() is None
        infos = archive.infolist()
        assert [i.filename for i in infos] == [name for name, _ in FILES]
        assert [archive.read(i) for i in infos] == [content for _, content in FILES]
        assert {i.date_time for i in infos} == {ENTRY_TIME}
        assert {i.external_attr >> 16 for i in infos} == {0o100644}
        methods = {i.filename: i.compress_type for i in infos}
    assert methods == {FILES[0][0]: zipfile.ZIP_STORED, "README.txt": zipfile.ZIP_DEFLATED}
    assert zip_bytes(FILES) == data  # same input, same bytes


def test_a_name_used_twice_is_refused() -> None:
    with pytest.raises(ValueError, match="share a name"):
        zip_bytes([("a.txt", b"1"), ("a.txt", b"2")])


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


@pytest.mark.slow
def test_more_members_than_a_classic_zip_holds_get_zip64_records() -> None:
    members = [member(f"{i}.txt", b"") for i in range(70_000)]
    with zipfile.ZipFile(io.BytesIO(assemble(members))) as archive:
        assert len(archive.infolist()) == 70_000
        assert archive.read("69999.txt") == b""


def test_an_offset_past_4_gb_goes_in_a_zip64_field() -> None:
    entry = member("x.pdf", b"data").entry
    record = entry.central(5 << 30)
    assert struct.unpack("<L", record[42:46]) == (0xFFFFFFFF,)
    assert record.endswith(b"x.pdf" + struct.pack("<2HQ", 1, 8, 5 << 30))
    assert struct.unpack("<H", record[30:32]) == (12,)  # the extra field's length

"""The one ZIP rule, read back with the standard zipfile."""

from __future__ import annotations

import io
import struct
import zipfile

import pytest

from ua_letters.archive import ENTRY_TIME, assemble, member, zip_bytes

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

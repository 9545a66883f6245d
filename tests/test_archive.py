"""The one ZIP rule, read back with the standard zipfile."""

from __future__ import annotations

import io
import zipfile

import pytest

from ua_letters.archive import ENTRY_TIME, entry, zip_bytes

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


def test_zipfile_entries_follow_the_same_rule() -> None:
    """A pack streams through zipfile; its entries match what zip_bytes writes."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in FILES:
            archive.writestr(entry(name, len(content)), content)
    with zipfile.ZipFile(buffer) as archive, zipfile.ZipFile(io.BytesIO(zip_bytes(FILES))) as ours:
        streamed = [(i.date_time, i.external_attr, i.compress_type) for i in archive.infolist()]
        built = [(i.date_time, i.external_attr, i.compress_type) for i in ours.infolist()]
    assert streamed == built

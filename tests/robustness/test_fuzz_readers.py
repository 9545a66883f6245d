"""Issue 14: random bytes and random structure fed to the case loader and the supporter-list
reader end in success or one clean UaLettersError, each within a time bound.

2,000 examples for each feed: the case loader's random bytes and random structure (damaged
copies of the example case, YAML fragments, random data dumped as YAML), the CSV reader's
random bytes and random rows, and damaged copies of a real XLSX workbook.
"""

from __future__ import annotations

import io
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from tests.conftest import EXAMPLE
from ua_letters.case.loader import validate_source
from ua_letters.case.yamlsource import parse_yaml
from ua_letters.errors import UaLettersError
from ua_letters.pack.sources import read_rows

BOUND = 2.0  # seconds per example
EXAMPLE_LINES = EXAMPLE.read_text(encoding="utf-8").splitlines(keepends=True)
_SETTINGS = settings(
    max_examples=2000,
    deadline=int(BOUND * 1000),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=True,
)
_YAML_BITS = [
    "ua:", "  number: '135/10'", "  country: KG", "languages: [ru, en]", "recipients:",
    "  - role: minister", "    fax: +996 312 68 20 44", "    email: a@b.kg", "person:",
    "  name: X", "  gender: male", "actions: [x]", "&a", "*a", "<<: ", "!!python/object:os",
    "!x ", "[", "]", "{", "}", "- ", ": ", "'", '"', "\\ud800", "\\x00", "\t", "\n", "  ",
    "#", "?", "|", ">", "---", "...", "%YAML 1.1", "2010-02-30", "~", "null", "1e999",
]  # fmt: skip
_CSV_BITS = [
    "name", "Name", "Vorname;Name", "language", "Sprache", "email", "address", "ru", "ky",
    "xx", "Anna", "a@b.c", ",", ";", "\t", '"', '""', "\n", "\r\n", "\r", "=cmd|' /C calc'!A0",
    "+1", "\x00", "\ufeff", "é", "Ё", "\u2028", " ",
]  # fmt: skip


def _case(raw: bytes) -> None:
    start = time.perf_counter()
    try:
        validate_source(parse_yaml(raw, "fuzz.yaml"))
    except UaLettersError as error:
        assert str(error)
    assert time.perf_counter() - start < BOUND


@pytest.mark.slow
@_SETTINGS
@given(st.binary(max_size=3000))
def test_case_loader_random_bytes(raw: bytes) -> None:
    _case(raw)


@st.composite
def _mutated_case(draw: st.DrawFn) -> str:
    lines = list(EXAMPLE_LINES)
    for _ in range(draw(st.integers(0, 6))):
        where = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["drop", "copy", "insert", "cut"]))
        if action == "drop":
            del lines[where]
        elif action == "copy":
            lines.insert(where, lines[where])
        elif action == "insert":
            bit = draw(st.sampled_from(_YAML_BITS) | st.text(max_size=12))
            lines[where] = (
                lines[where][: len(lines[where]) // 2]
                + bit
                + lines[where][len(lines[where]) // 2 :]
            )
        else:
            lines[where] = lines[where][: draw(st.integers(0, len(lines[where])))] + "\n"
    return "".join(lines)


@pytest.mark.slow
@_SETTINGS
@given(
    _mutated_case()
    | st.lists(st.sampled_from(_YAML_BITS) | st.text(max_size=10), max_size=60).map("".join)
    | st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=10),
        lambda inner: (
            st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
        ),
        max_leaves=30,
    ).map(lambda data: yaml.safe_dump(data, allow_unicode=True))
)
def test_case_loader_random_structure(text: str) -> None:
    _case(text.encode("utf-8", "surrogatepass"))


_FOLDER = Path(tempfile.mkdtemp(prefix="ua-fuzz-"))


def _rows(data: bytes, suffix: str) -> Iterator[tuple[int, dict[str, str]]]:
    path = _FOLDER / f"list{suffix}"
    path.write_bytes(data)
    return read_rows(path, [])


def _list(data: bytes, suffix: str = ".csv") -> None:
    start = time.perf_counter()
    try:
        for number, record in _rows(data, suffix):
            assert number >= 2 and set(record) >= {"name", "language"}
    except UaLettersError as error:
        assert str(error)
    assert time.perf_counter() - start < BOUND


@pytest.mark.slow
@_SETTINGS
@given(st.binary(max_size=3000))
def test_supporter_list_random_bytes(raw: bytes) -> None:
    _list(raw)


@pytest.mark.slow
@_SETTINGS
@given(st.lists(st.sampled_from(_CSV_BITS) | st.text(max_size=8), max_size=80))
def test_supporter_list_random_structure(parts: list[str]) -> None:
    text = "name,language,address\n" + "".join(parts)
    _list(text.encode("utf-8", "surrogatepass"))


def _sound_workbook() -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Name", "Language", "Address"])
    for i in range(20):
        sheet.append([f"Person {i}", "ru", f"Street {i}"])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


WORKBOOK = _sound_workbook()


@pytest.mark.slow
@_SETTINGS
@given(
    st.lists(
        st.tuples(st.integers(0, len(WORKBOOK) - 1), st.integers(0, 255)), min_size=1, max_size=8
    ),
    st.integers(len(WORKBOOK) // 4, len(WORKBOOK)),
)
def test_supporter_workbook_damaged(changes: list[tuple[int, int]], keep: int) -> None:
    data = bytearray(WORKBOOK)
    for where, value in changes:
        data[where] = value
    _list(bytes(data[:keep]), ".xlsx")

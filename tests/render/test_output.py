"""Atomic writes and safe names: a failure leaves nothing half-written behind."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from ua_letters.render.naming import slug
from ua_letters.render.output import write_atomic


def test_write_atomic_replaces_whole_file(tmp_path: Path) -> None:
    target = tmp_path / "letter.pdf"
    write_atomic(target, b"first")
    write_atomic(target, b"second")
    assert target.read_bytes() == b"second"
    assert [p.name for p in tmp_path.iterdir()] == ["letter.pdf"]


def test_failed_write_leaves_no_partial_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "letter.pdf"
    write_atomic(target, b"old")

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(OSError, match="No space"):
        write_atomic(target, b"new letter")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["letter.pdf"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Кубатбек Байболов", "kubatbek-baibolov"),
        ("Роза Отунбаева", "roza-otunbaeva"),
        ("Өмүрбек Текебаев", "omurbek-tekebaev"),
        ("../../etc/passwd", "etc-passwd"),
        ("/absolute/path", "absolute-path"),
        ("nul\x00byte", "nul-byte"),
        ("\u202eevil\u202c", "evil"),
        ("José Müller", "jose-muller"),
        ("", "letter"),
    ],
)
def test_slugs_are_readable_and_safe(text: str, expected: str) -> None:
    assert slug(text) == expected
    assert len(slug("x" * 500)) <= 60

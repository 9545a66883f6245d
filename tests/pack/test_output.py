"""Where a pack goes: safe names, folders, and nothing left behind when a build fails."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import pytest

from ua_letters.case import Case
from ua_letters.errors import UaLettersError
from ua_letters.pack import SupporterList, build_pack
from ua_letters.pack.zipout import PackOutput, safe_name


@pytest.mark.parametrize(
    "name", ["../x.pdf", "/etc/passwd", "a/../b", "a\\b", "a//b", "", ".hidden", "a/b..c"]
)
def test_unsafe_names_are_refused(name: str) -> None:
    with pytest.raises(ValueError, match="unsafe"):
        safe_name(name)


def test_plain_names_pass() -> None:
    assert safe_name("letters/ru/0002-anna/01-x.pdf") == "letters/ru/0002-anna/01-x.pdf"


def blank_pack(case: Case, out: Path, folder: bool = False) -> Path:
    summary = build_pack(
        case,
        SupporterList("--blank"),
        out,
        folder=folder,
        blank=1,
        on_date=date(2010, 8, 20),
        workers=1,
    )
    return summary.path


def test_a_folder_pack_replaces_an_earlier_pack_only(tmp_path: Path, example_case: Case) -> None:
    target = tmp_path / "pack"
    blank_pack(example_case, target, folder=True)
    assert (target / "manifest.csv").is_file() and (target / "print-ky.pdf").is_file()
    letters = sorted(p.relative_to(target).as_posix() for p in target.rglob("*.pdf"))
    assert "letters/ru/blank-001/01-minister-of-internal-affairs.pdf" in letters
    (target / "stale.txt").write_text("added by hand", encoding="utf-8")
    with pytest.raises(UaLettersError, match=r"did not write \(stale.txt\)"):
        blank_pack(example_case, target, folder=True)  # issue 14: never delete it
    assert (target / "stale.txt").exists()
    (target / "stale.txt").unlink()
    blank_pack(example_case, target, folder=True)
    other = tmp_path / "photos"
    other.mkdir()
    (other / "cat.jpg").write_bytes(b"\xff\xd8")
    with pytest.raises(UaLettersError, match="not empty"):
        blank_pack(example_case, other, folder=True)
    assert (other / "cat.jpg").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pack", "photos"]


def test_blank_letters_have_lines_to_fill_in(tmp_path: Path, example_case: Case) -> None:
    with zipfile.ZipFile(blank_pack(example_case, tmp_path / "blank.zip")) as pack:
        names = pack.namelist()
        readme = pack.read("README.txt").decode("utf-8-sig")
    assert len([n for n in names if n.startswith("letters/")]) == 3 * 3  # 3 languages × 3
    assert "от руки" in readme and "by hand" in readme


class Boom(RuntimeError):
    pass


class FailHalfway:
    def __init__(self) -> None:
        self.seen = 0

    def start(self, total: int) -> None:
        pass

    def advance(self, count: int) -> None:
        self.seen += count
        if self.seen == 4:
            raise Boom


def test_a_failed_build_leaves_nothing(tmp_path: Path, example_case: Case) -> None:
    with pytest.raises(Boom):
        build_pack(
            example_case,
            SupporterList("x"),
            tmp_path / "p.zip",
            blank=2,
            on_date=date(2010, 8, 20),
            workers=1,
            progress=FailHalfway(),
        )
    assert list(tmp_path.iterdir()) == []


def test_an_unwritable_target(tmp_path: Path) -> None:
    with pytest.raises(UaLettersError, match="no such folder"):
        PackOutput(tmp_path / "missing" / "p.zip", folder=False)
    (tmp_path / "d").mkdir()
    with pytest.raises(UaLettersError, match="is a folder"):
        PackOutput(tmp_path / "d", folder=False)


def test_hostile_names_stay_inside_the_pack(tmp_path: Path, example_case: Case) -> None:
    from ua_letters.pack import read_supporters

    names = ["../../etc/passwd", "/root/x", "C:\\Windows\\evil", "CON", "…", "=cmd|' /C calc'!A0"]
    source = tmp_path / "s.csv"
    source.write_text("name\n" + "\n".join(f'"{n}"' for n in names) + "\n", encoding="utf-8")
    out = tmp_path / "p.zip"
    build_pack(
        example_case,
        read_supporters(source, example_case),
        out,
        on_date=date(2010, 8, 20),
        workers=1,
    )
    with zipfile.ZipFile(out) as pack:
        folders = sorted({n.split("/")[2] for n in pack.namelist() if n.startswith("letters/")})
        manifest = pack.read("manifest.csv").decode("utf-8-sig")
    assert folders == [
        "0002-etc-passwd",
        "0003-root-x",
        "0004-c-windows-evil",
        "0005-con-",
        "0006-supporter",
        "0007-cmd-c-calc-a0",
    ]
    assert "'=cmd|' /C calc'!A0" in manifest  # shown literally, never run as a formula

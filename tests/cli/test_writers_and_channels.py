"""`render` as two writers and over three channels: no silent overwrite, advice that
matches the channel, mailto: links only with the whole letter, help that says what happens."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote

from tests.conftest import EXAMPLE, ROOT, run_cli
from tests.render.readback import pdf_text, squash

ZHEN = ROOT / "examples" / "zhen-jianghua.yaml"
BASE = ("render", str(EXAMPLE), "--lang", "en", "--format", "pdf", "--date", "2010-08-20")


def test_a_second_writer_never_overwrites_the_first_silently(tmp_path: Path) -> None:
    out = tmp_path / "letters"
    first = run_cli(*BASE, "--name", "Anna Petrova", "--out", str(out))
    assert first.returncode == 0, first.stderr
    letter = out / "ua135-10_03-president_en.pdf"
    assert "Anna Petrova" in pdf_text(letter.read_bytes())
    again = run_cli(*BASE, "--name", "Anna Petrova", "--out", str(out))
    assert again.returncode == 0, again.stderr  # the same letters: a rerun completes the set
    second = run_cli(*BASE, "--name", "Boris Ivanov", "--out", str(out))
    assert second.returncode == 1
    assert "ua135-10_03-president_en.pdf exists with other content" in second.stderr
    assert "--force" in second.stderr and "Traceback" not in second.stderr
    assert "Anna Petrova" in pdf_text(letter.read_bytes())  # nothing was replaced
    forced = run_cli(*BASE, "--name", "Boris Ivanov", "--out", str(out), "--force")
    assert forced.returncode == 0, forced.stderr
    assert "Boris Ivanov" in pdf_text(letter.read_bytes())


def test_advice_names_the_channel_chosen(tmp_path: Path) -> None:
    # 17 days before the deadline of UA 235/17: post has time, so only post is recommended.
    common = ("render", str(ZHEN), "--date", "2018-10-01", "--name", "Anna Petrova")
    post = run_cli(*common, "--out", str(tmp_path / "post"))
    assert "Appeal deadline 2018-10-18 (17 days left): send by post." in post.stderr
    fax = run_cli(*common, "--channel", "email", "--out", str(tmp_path / "email"))
    assert fax.returncode == 0, fax.stderr
    assert "send by e-mail." in fax.stderr and "by post" not in fax.stderr
    # 3 days before: a posted letter is too slow, and the line says so.
    late = run_cli(*common[:3], "2018-10-15", *common[4:], "--out", str(tmp_path / "late"))
    assert "a posted letter may arrive too late; send by fax or by e-mail" in late.stderr
    # The Askarov case has no deadline and no e-mail, but fax numbers.
    nofax = run_cli(*BASE, "--channel", "fax", "--out", str(tmp_path / "fax"))
    assert nofax.returncode == 0, nofax.stderr
    assert "as soon as you can, by fax." in nofax.stderr and "by post" not in nofax.stderr


def test_mailto_carries_the_whole_letter(tmp_path: Path) -> None:
    result = run_cli(
        "render", str(ZHEN), "--date", "2018-10-15", "--channel", "email",
        "--name", "Anna Petrova", "--email", "anna@example.org", "--out", str(tmp_path),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    stem = "ua235-17_03-minister-of-public-security_en"
    link = (tmp_path / f"{stem}.mailto.txt").read_text(encoding="utf-8").strip()
    assert link.startswith("mailto:gabzfwz@mps.gov.cn?subject=") and len(link) < 2000
    body = squash(unquote(link.split("&body=", 1)[1]))
    for request in ("drop all charges", "effective access to lawyers of his choice"):
        assert request in body
    assert "Anna Petrova" in body and "attached" not in body
    assert (tmp_path / f"{stem}.eml").is_file()


def test_a_letter_too_long_for_a_link_gets_the_eml_only(tmp_path: Path) -> None:
    case = tmp_path / "case.yaml"
    text = ZHEN.read_text(encoding="utf-8")
    long_facts = "He has been held for many months without trial. " * 30
    case.write_text(
        text.replace("    defender is at risk of torture and unfair trial.", "    " + long_facts),
        encoding="utf-8",
    )
    result = run_cli(
        "render", str(case), "--date", "2018-10-15", "--channel", "email", "--out",
        str(tmp_path / "out"),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == ["ua235-17_03-minister-of-public-security_en.eml"]
    assert "no mailto: link" in result.stderr and "too long" in result.stderr


def test_help_says_where_the_gloss_goes_and_lists_every_column() -> None:
    render = squash(run_cli("render", "--help").stdout)
    assert "in the same file, on pages after the letter" in render
    assert "--force" in render
    pack = squash(run_cli("pack", "--help").stdout)
    for column in ("name", "address", "postcode", "city", "country", "email", "language",
                   "gender", "personal"):  # fmt: skip
        assert column in pack

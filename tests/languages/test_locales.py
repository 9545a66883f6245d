"""English letters use British dates unless the case (`locales`) or the command (`--locale`)
chooses another CLDR locale; a locale CLDR does not know is refused with what to write."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.conftest import EXAMPLE, run_cli
from tests.render.readback import pdf_text
from ua_letters.case.loader import parse_case
from ua_letters.compose import compose_letter
from ua_letters.errors import CaseFileError

DAY = date(2010, 8, 20)


def test_british_dates_by_default_and_the_case_can_choose() -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    case = parse_case(text, "case.yaml")
    assert compose_letter(case, case.recipients[0], "en", None, DAY).of_kind("date") == [
        "20 August 2010"
    ]
    american = parse_case(
        text.replace("languages: [ru, ky, en]", "languages: [ru, ky, en]\nlocales: {en: en_US}"),
        "case.yaml",
    )
    assert compose_letter(american, american.recipients[0], "en", None, DAY).of_kind("date") == [
        "August 20, 2010"
    ]
    assert compose_letter(american, american.recipients[0], "ru", None, DAY).of_kind("date") == [
        "20 августа 2010\u00a0г."
    ]


@pytest.mark.parametrize(
    ("locales", "message"),
    [("{en: xx_YY}", "is not a CLDR locale"), ("{en: de_AT}", "is not one of 'en'")],
)
def test_a_wrong_case_locale_is_named(locales: str, message: str) -> None:
    text = EXAMPLE.read_text(encoding="utf-8").replace(
        "languages: [ru, ky, en]", f"languages: [ru, ky, en]\nlocales: {locales}"
    )
    with pytest.raises(CaseFileError, match=message):
        parse_case(text, "case.yaml")


def test_the_command_chooses_the_locale(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run_cli(
        "render",
        str(EXAMPLE),
        "--lang",
        "en",
        "--format",
        "pdf",
        "--date",
        "2010-08-20",
        "--locale",
        "en_US",
        "--out",
        str(out),
        "--quiet",
    )
    assert result.returncode == 0, result.stderr
    letter = out / "ua135-10_01-minister-of-internal-affairs_en.pdf"
    assert "August 20, 2010" in pdf_text(letter.read_bytes())
    bad = run_cli("render", str(EXAMPLE), "--locale", "en_XX_YY", "--out", str(out))
    assert bad.returncode == 1 and "is not a CLDR locale" in bad.stderr
    assert "Traceback" not in bad.stderr

"""The case loader: strict, every problem at once, each with file, line and field."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import EXAMPLE
from ua_letters.case import load_case, parse_case
from ua_letters.errors import CaseFileError

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "bad"


def _example() -> str:
    return EXAMPLE.read_text(encoding="utf-8")


def _problems(text: str) -> list[str]:
    with pytest.raises(CaseFileError) as caught:
        parse_case(text, "case.yaml")
    return [str(p) for p in caught.value.problems]


def test_example_loads(example_case: object) -> None:
    assert example_case is not None


def _line(text: str, start: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if line.startswith(start))


def test_a_recipient_without_a_fax_is_fine() -> None:
    case = parse_case(_example().replace("    fax: +996 312 66 54 11\n", ""), "case.yaml")
    assert case.recipients[1].fax == []


def test_an_unreachable_recipient_names_the_field() -> None:
    text = (
        _example()
        .replace("    fax: +996 312 66 54 11\n", "")
        .replace(
            "    address:\n      - 72, Orozbekova Street\n      - Bishkek 720040, KYRGYZSTAN\n", ""
        )
    )
    line = _line(text, "  - id: general-prosecutor")
    assert _problems(text) == [
        f"case.yaml:{line} recipients[1]: a recipient needs a postal address, a fax or an "
        "e-mail address"
    ]


def test_unknown_key_names_it_and_suggests() -> None:
    text = _example().replace(
        "    fax: +996 312 68 20 44\n", "    fax: +996 312 68 20 44\n    emial: a@b.kg\n"
    )
    (problem,) = _problems(text)
    assert re.fullmatch(
        r"case\.yaml:\d+ recipients\[0\]\.emial: unknown key 'emial'; did you mean 'email'\?",
        problem,
    )


def test_an_empty_required_value_says_what_to_fill_in() -> None:
    """A draft from `import` leaves `country: null` where the page gave none."""
    text = _example().replace("country: KG", "country: null")
    (problem,) = _problems(text)
    line = _line(text, "  country:")
    assert problem == (
        f"case.yaml:{line} ua.country: is empty; fill it in (an ISO 3166 code such as KG)"
    )


def test_impossible_date() -> None:
    text = _example().replace("issued: 2010-08-05", "issued: 2010-02-30")
    (problem,) = _problems(text)
    line = _line(text, "  issued:")
    assert (
        problem
        == f"case.yaml:{line} ua.issued: '2010-02-30' is not a real date; write it as YYYY-MM-DD"
    )


def test_unknown_language() -> None:
    text = _example().replace("languages: [ru, ky, en]", "languages: [ru, xx]")
    (problem,) = _problems(text)
    line = _line(text, "languages:")
    assert problem.startswith(f"case.yaml:{line} languages: no letters ship for xx; available: ")


def test_broken_yaml_gives_the_line() -> None:
    (problem,) = _problems(_example().replace("  index: EUR 58/011/2010", "  index: [EUR"))
    assert problem.startswith("case.yaml:") and "broken YAML" in problem


def test_fax_must_be_international() -> None:
    (problem,) = _problems(_example().replace("fax: +996 312 68 20 44", "fax: 312 68 20 44"))
    assert "recipients[0].fax" in problem and "country code" in problem


def test_missing_translation_names_language_and_field() -> None:
    text = _example().replace("      ky: Кыргыз Республикасынын Ички иштер министри\n", "")
    (problem,) = _problems(text)
    assert problem.startswith("case.yaml:") and "recipients[0].title: has no ky text" in problem


def test_aliases_are_refused_so_yaml_bombs_cannot_expand() -> None:
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
    bomb += "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
    problems = _problems(bomb)
    assert any("anchors and aliases" in p for p in problems)


def test_duplicate_keys_are_errors() -> None:
    text = _example().replace("  update: 1\n", "  update: 1\n  update: 2\n")
    line = _line(text, "  update: 2")
    assert _problems(text) == [f"case.yaml:{line}: the key 'update' appears twice"]


def test_all_problems_at_once_golden() -> None:
    """A file with many mistakes lists them all, in one go (a golden pair)."""
    case = FIXTURES / "many-problems.yaml"
    expected = (FIXTURES / "many-problems.expected.txt").read_text(encoding="utf-8")
    with pytest.raises(CaseFileError) as caught:
        load_case(case)
    got = "\n".join(str(p).replace(str(case), "many-problems.yaml") for p in caught.value.problems)
    got = re.sub(r"available: [a-z, ]+", "available: …", got)  # grows as languages ship
    assert got + "\n" == expected


def test_unreadable_file(tmp_path: Path) -> None:
    with pytest.raises(CaseFileError, match="cannot read the case file"):
        load_case(tmp_path / "missing.yaml")


def test_not_utf8(tmp_path: Path) -> None:
    bad = tmp_path / "cp1251.yaml"
    bad.write_bytes("ua: Кыргызстан".encode("cp1251"))
    with pytest.raises(CaseFileError, match="not UTF-8"):
        load_case(bad)

"""validate flags content that cannot be right, naming the field; and lists what needs a human."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.conftest import EXAMPLE, SEED, run_cli
from ua_letters.case.plausibility import check, title_problems, trunk_prefix
from ua_letters.case.review import needs_human
from ua_letters.compose.offices import countries, english_title, offices, titles


def _case_with(**recipient: object) -> dict[str, object]:
    data = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    data["recipients"][0].update(recipient)
    return data


def _fields(data: dict[str, object]) -> list[str]:
    return [i.field for i in check(data)]


def test_the_example_is_plausible() -> None:
    assert check(yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))) == []


def test_a_title_holding_a_street_or_a_name() -> None:
    assert _fields(_case_with(title={"en": "72, Orozbekova Street"})) == ["recipients[0].title.en"]
    assert _fields(_case_with(title={"en": "Kubatbek Baibolov"})) == ["recipients[0].title.en"]
    assert _fields(_case_with(title={"en": "Minister of Internal Affairs"})) == []


def test_a_name_that_looks_like_a_heading() -> None:
    assert _fields(_case_with(name={"latn": "Contact information:"})) == ["recipients[0].name.latn"]
    assert _fields(_case_with(name={"latn": "TAKE ACTION"})) == ["recipients[0].name.latn"]


def test_an_address_line_that_is_a_sentence() -> None:
    line = "Please note that due to COVID-19 the office is closed."
    found = _fields(_case_with(address=["Frunze Street, 469", line, "Bishkek 720040, KYRGYZSTAN"]))
    assert found == ["recipients[0].address[1]"]


@pytest.mark.parametrize(
    ("number", "prefix"),
    [("+7 (8) 495 123 45 67", "8"), ("+7 8 495 123 45 67", "8"), ("+44 (0)20 7946 0018", "0"),
     ("+996 0312 68 20 44", "0"), ("+7 812 123 45 67", None), ("+39 06 6982 1234", None),
     ("+996 312 68 20 44", None)],
)
def test_a_trunk_prefix_after_the_country_code(number: str, prefix: str | None) -> None:
    assert trunk_prefix(number) == prefix


def test_a_number_of_another_country_than_the_address() -> None:
    data = _case_with(address=["3505 International Place NW", "Washington DC 20008, USA"],
                      fax=["+86 10 6532 3831"])
    found = check(data)
    assert [i.field for i in found] == ["recipients[0].fax[0]"]
    assert "CN" in found[0].message and "US" in found[0].message


def test_the_seed_draft_lists_what_needs_a_human(tmp_path: Path) -> None:
    draft = tmp_path / "case.yaml"
    assert run_cli("import", str(SEED), "-o", str(draft)).returncode == 0
    text = draft.read_text(encoding="utf-8")
    todo = needs_human(text, yaml.safe_load(text))
    assert len(todo["titles to check"]) == 3
    assert [item.split(":")[0] for item in todo["free text to translate"]] == [
        "actions[1]", "actions[4]"
    ]
    assert "genders unknown" not in todo  # every gender was stated or guessed (CHECK)
    result = run_cli("validate", str(draft))
    assert result.returncode == 1
    assert "what still needs a human" in result.stderr
    assert "free text to translate (2)" in result.stderr


def test_validate_names_the_implausible_field(tmp_path: Path) -> None:
    data = _case_with(fax=["+7 (8) 495 123 45 67"])
    path = tmp_path / "case.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    result = run_cli("validate", str(path))
    assert result.returncode == 1
    assert "recipients[0].fax[0]" in result.stderr and "trunk prefix 8" in result.stderr
    assert "Traceback" not in result.stderr


def test_validate_lists_latin_names_kept_and_the_cyrillic_forms_still_missing(
    tmp_path: Path,
) -> None:
    corpus = Path(__file__).parents[1] / "fixtures" / "import" / "corpus"
    page = corpus / "03-aiusa-egypt-90-23.txt"
    draft = tmp_path / "case.yaml"
    assert run_cli("import", str(page), "-o", str(draft)).returncode == 0
    text = draft.read_text(encoding="utf-8")
    todo = needs_human(text, yaml.safe_load(text))
    kept = todo["names to check (Cyrillic offered, or Latin kept)"]
    assert any("keep a foreign name in Latin letters" in item for item in kept)
    assert len(kept) == 3  # the person's name line (its comment starts "line …; CHECK") too
    assert "names still to write in another script" not in todo  # ru and ky keep Latin
    # a Belarusian name whose Russian form no rule recovers (Basik: an "a" may be an akanye o)
    belarus = tmp_path / "by.yaml"
    assert run_cli("import", str(corpus / "24-aiusa-belarus-147-20.txt"), "-o",
                   str(belarus)).returncode == 0
    text = belarus.read_text(encoding="utf-8")
    missing = needs_human(text, yaml.safe_load(text))["names still to write in another script"]
    assert missing[0].startswith("recipients[1].name (Dmitry Basik): no ky, ru form")


def test_no_offered_title_is_taken_for_a_name() -> None:
    """Every title the office vocabulary offers, in every language, for every state it
    names, passes validate's "a title that holds a person's name" check: the importer's own
    «Колумбиянын Акыйкатчысы» was refused by it."""
    refused = set()
    for office in offices().values():
        for country in [*countries(), None]:
            for gender in ("male", "female"):
                offered = titles(office, country, gender) | {"en": english_title(office)}
                refused |= {(office.key, key, offered[key] if key else "")
                            for key, _ in title_problems(offered, None)}
    assert refused == set()

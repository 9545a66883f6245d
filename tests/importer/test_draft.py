"""The draft: a case file with comments, that `validate` accepts once translated."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.conftest import SEED
from tests.importer.helpers import CORPUS, DOCUMENTS, expected_for, fill_translations
from ua_letters.case.loader import parse_case
from ua_letters.case.yamlsource import parse_yaml
from ua_letters.errors import CaseFileError
from ua_letters.importer import draft_yaml, import_file


def draft(document: Path) -> str:
    return draft_yaml(import_file(str(document)))


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda p: p.stem)
def test_draft_validates_once_translated(document: Path) -> None:
    text = draft(document)
    parse_yaml(text, document.name)  # the project's own reader: no aliases, lines known
    filled = yaml.safe_dump(fill_translations(yaml.safe_load(text)), allow_unicode=True)
    expected = expected_for(document).get("validate", [])
    try:
        parse_case(filled, document.name)
        problems: list[str | None] = []
    except CaseFileError as error:
        problems = [problem.field for problem in error.problems]
    assert problems == expected


def test_untranslated_draft_fails_only_for_missing_translations() -> None:
    with pytest.raises(CaseFileError) as error:
        parse_case(draft(SEED), "seed.yaml")
    assert error.value.problems
    assert all("has no" in p.message and p.line for p in error.value.problems)
    assert {p.message.split()[2] for p in error.value.problems} == {"ru", "ky"}


def test_the_seed_draft_marks_what_to_check() -> None:
    text = draft(SEED)
    assert text.startswith("# Draft case file made by `ua-letters import` from ")
    assert "Diplomatic copies (line 68): Also send copies to diplomatic representatives" in text
    assert "  gender: male  # CHECK: guessed from the story" in text
    assert (
        "    title:  # CHECK: the UA gives no title; taken from the salutation 'Dear President'"
        in text
    )
    assert text.count("role: ") == 3 and text.count("# CHECK: from the title") == 3
    assert "2. Add the ru, ky text" in text


def test_what_the_model_has_no_key_for_is_kept_in_comments() -> None:
    myanmar = draft(CORPUS / "05-myanmar-honorifics.txt")
    assert "# honorific in the UA: Lt.-Gen." in myanmar
    assert "# email: present in the UA but hidden in this copy" in myanmar
    assert "# facebook: facebook.com/myanmarhomeaffairs" in myanmar
    assert "# twitter: @MyanmarPresOffice" in myanmar
    assert "phone:\n      - +95 67 412 079" in myanmar
    egypt = draft(CORPUS / "07-egypt-two-people.txt")
    data = yaml.safe_load(egypt)
    assert "info@presidency.example.eg" in data["recipients"][0]["email"]  # every e-mail
    assert [p["gender"] for p in data["people"]] == ["male", "female"]  # two people: `people`


def test_missing_values_stay_empty_and_are_marked() -> None:
    text = draft(CORPUS / "13-guatemala-cp1252.txt")
    guatemala = yaml.safe_load(text)
    assert "fax" not in guatemala["recipients"][1]  # no fax is needed: post and e-mail suffice
    assert "index" in guatemala["ua"]
    assert "(read as cp1252)" in text
    belarus = yaml.safe_load(draft(CORPUS / "06-belarus-crlf-nbsp-quotes.txt"))
    assert belarus["ua"]["update"] is None


def test_localized_keys_follow_language_and_script() -> None:
    data = yaml.safe_load(draft(CORPUS / "04-kazakhstan-cp1251.txt"))
    first = data["recipients"][0]
    assert first["name"] == {"cyrl": "Жакип Асанов"}
    assert first["title"]["en"] == "Prosecutor General"  # others: offered by enrich
    assert first["salutation"] == {
        "en": "Dear Prosecutor General",
        "ru": "Уважаемый господин Генеральный прокурор",
    }
    assert data["person"]["name"]["latn"] == "Yerlan Kuanyshev"


def test_the_draft_is_deterministic() -> None:
    assert draft(SEED) == draft(SEED)

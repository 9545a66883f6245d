"""Which cases a server offers, at which address, in which letter languages."""

from __future__ import annotations

from pathlib import Path

import pytest

from ua_letters.case import load_case
from ua_letters.errors import CaseFileError
from ua_letters.resources import example_case, shipped_languages
from ua_letters.web.cases import case_slug, letter_languages, load_offers, make_offers


def test_the_example_is_offered_at_its_ua_number_and_update() -> None:
    (offer,) = load_offers([example_case()])
    assert offer.slug == "135-10-u1"
    original = offer.case.ua.model_copy(update={"update": 0})
    assert case_slug(offer.case.model_copy(update={"ua": original})) == "135-10"


def test_case_languages_come_first_then_every_complete_shipped_language() -> None:
    case = load_case(example_case())
    languages = letter_languages(case)
    assert languages[: len(case.languages)] == tuple(case.languages)
    assert len(set(languages)) == len(languages)
    for language in languages:
        assert language in shipped_languages()
        assert case.untranslated(language) == []


def test_the_same_ua_twice_is_an_error_naming_both_files() -> None:
    case = load_case(example_case())
    with pytest.raises(CaseFileError) as error:
        make_offers([("a.yaml", case), ("b.yaml", case)])
    assert str(error.value) == "b.yaml: UA 135/10 is already served from a.yaml"


def test_problems_of_every_case_file_are_reported_together(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("ua: {number: 1}\n", encoding="utf-8")
    missing = tmp_path / "missing.yaml"
    with pytest.raises(CaseFileError) as error:
        load_offers([broken, example_case(), missing])
    assert {problem.file for problem in error.value.problems} == {str(broken), str(missing)}

"""Catalogs are strict: a missing or incomplete one is an error, never English instead."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ua_letters.compose.catalogs import catalog_path, messages
from ua_letters.errors import TranslationError


def test_a_language_without_a_catalog_is_an_error() -> None:
    with pytest.raises(TranslationError, match="no 'messages' message catalog for 'it'"):
        messages("it")


def _copy_catalog(tmp_path: Path, language: str, edit: tuple[str, str] | None = None) -> Path:
    target = catalog_path(language, tmp_path)
    target.parent.mkdir(parents=True)
    shutil.copy(catalog_path("de"), target)
    if edit:
        text = target.read_text(encoding="utf-8")
        assert edit[0] in text
        target.write_text(text.replace(edit[0], edit[1], 1), encoding="utf-8")
    return target


def test_a_folder_of_ones_own_is_searched_first(tmp_path: Path) -> None:
    _copy_catalog(
        tmp_path, "de", ('msgstr "Sehr geehrter Herr Minister"', 'msgstr "Exzellenz Minister"')
    )
    found = messages("de", root=tmp_path)
    assert found.get("Dear Minister", context="salutation:minister:male") == "Exzellenz Minister"
    assert messages("de").get("Dear Minister", context="salutation:minister:male") == (
        "Sehr geehrter Herr Minister"
    )


@pytest.mark.parametrize(
    "edit",
    [
        ('msgstr "Sehr geehrter Herr Minister"', 'msgstr ""'),
        (
            'msgctxt "salutation:minister:male"',
            '#, fuzzy\nmsgctxt "salutation:minister:male"',
        ),
    ],
    ids=["empty", "fuzzy"],
)
def test_an_incomplete_catalog_is_refused_as_a_whole(tmp_path: Path, edit: tuple[str, str]) -> None:
    path = _copy_catalog(tmp_path, "it", (edit[0], edit[1]))
    with pytest.raises(TranslationError) as caught:
        messages("it", root=tmp_path)
    (problem,) = caught.value.problems
    assert problem.file == str(path) and problem.field == "salutation:minister:male"
    assert "no translation of 'Dear Minister'" in problem.message

"""Every shipped language is complete; a section office's folder says what it still lacks."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ua_letters.api import check_language
from ua_letters.compose.catalogs import catalog_path
from ua_letters.compose.completeness import (
    folder_languages,
    reference_templates,
)
from ua_letters.resources import shipped_languages, templates_dir


def test_the_reference_is_the_english_folder() -> None:
    assert {"letter.txt.j2", "requests.txt.j2"} <= set(reference_templates())


@pytest.mark.parametrize("language", shipped_languages())
def test_every_shipped_language_is_complete(language: str) -> None:
    report = check_language(language)
    assert report.problems == []
    assert report.templates[0] == report.templates[1] == len(reference_templates())
    assert report.catalog[0] == report.catalog[1] > 20
    assert report.phrasebook[0] == report.phrasebook[1] == 31


def new_language(root: Path, code: str = "it", like: str = "en") -> Path:
    """A section office's folder made by copying a shipped language.

    English is the one to copy: its templates use only the forms every language has
    (another language's templates use its own, such as the Spanish `name.a` «al …»).
    """
    folder = root / code
    shutil.copytree(templates_dir() / like, folder)
    (folder / "LC_MESSAGES").mkdir()
    shutil.copy(catalog_path(like), catalog_path(code, root))
    return folder


def test_a_copied_complete_folder_passes(tmp_path: Path) -> None:
    new_language(tmp_path)
    assert folder_languages(tmp_path) == ["it"]
    report = check_language("it", tmp_path)
    assert report.problems == [] and report.complete
    assert report.name.startswith("italiano")


def test_what_is_missing_is_listed(tmp_path: Path) -> None:
    folder = new_language(tmp_path)
    (folder / "pack-readme.txt.j2").unlink(missing_ok=True)
    po = catalog_path("it", tmp_path)
    po.write_text(
        po.read_text(encoding="utf-8").replace('msgstr "Dear Judge"', 'msgstr ""', 1),
        encoding="utf-8",
    )
    phrasebook = folder / "requests.txt.j2"
    source = phrasebook.read_text(encoding="utf-8")
    phrasebook.write_text(
        source.replace("macro medical_care(person)", "macro medical_cure(person)").replace(
            "macro access(person, family=true)", "macro access(person)"
        ),
        encoding="utf-8",
    )
    report = check_language("it", tmp_path)
    messages = [p.message for p in report.problems]
    assert "no translation of 'Dear Judge'" in messages
    assert "no request 'medical_care'" in messages
    assert "request 'access' needs the options: family" in messages
    assert any("'medical_cure' is not in the English phrasebook" in m for m in messages)
    if "pack-readme.txt.j2" in reference_templates():
        assert "missing (copy templates/en/pack-readme.txt.j2)" in messages
    assert report.catalog[0] == report.catalog[1] - 1
    assert report.phrasebook == (29, 31)


def test_a_template_error_is_found_by_the_trial(tmp_path: Path) -> None:
    folder = new_language(tmp_path)
    letter = folder / "letter.txt.j2"
    letter.write_text(
        letter.read_text(encoding="utf-8").replace("{{ date }}", "{{ dated }}"), encoding="utf-8"
    )
    (problem,) = check_language("it", tmp_path).problems
    assert "letter.txt.j2" in str(problem) and "'dated' is undefined" in str(problem)


def test_a_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    folder = new_language(tmp_path)
    (folder / "letter.txt.j2").write_text("from: x\n{% if %}\n", encoding="utf-8")
    problems = check_language("it", tmp_path).problems
    assert any(p.line == 2 and p.file and p.file.endswith("letter.txt.j2") for p in problems)


def test_an_unknown_language_code_is_named(tmp_path: Path) -> None:
    new_language(tmp_path, code="qq")
    (problem,) = check_language("qq", tmp_path).problems
    assert "'qq' is not a language code CLDR knows" in problem.message


def test_a_missing_situation_sentence_fails_loudly(tmp_path: Path) -> None:
    folder = new_language(tmp_path)
    letter = folder / "letter.txt.j2"
    source = letter.read_text(encoding="utf-8")
    letter.write_text(
        source.replace('situation.kind == "imprisoned"', 'situation.kind == "x"'), encoding="utf-8"
    )
    (problem,) = check_language("it", tmp_path).problems
    assert "says the same for 'imprisoned' and 'harassed'" in str(problem)


def test_a_copied_folder_that_uses_another_languages_forms_fails_loudly(tmp_path: Path) -> None:
    """Spanish templates use «al …» forms (`name.a`) that only Spanish rules make."""
    new_language(tmp_path, like="es")
    problems = check_language("it", tmp_path).problems
    assert problems and "has no attribute 'a'" in str(problems[0])

"""The seed, imported with no edits, taken to letters in every language (real PDFs read back).

With no edit, the draft has standard requests, titles, Cyrillic names, genders and a
situation; the two bullets particular to the case stay free English text, which no
program may translate, so those five languages stop with one message each naming the two
actions. Once those two are given in a language (here: dropped, as a section office may
decide), all six languages render.
"""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest
import yaml

from tests.conftest import SEED, run_cli

LANGS = "ru,ky,de,fr,es,en"


@pytest.fixture(scope="module")
def draft(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("seed") / "case.yaml"
    result = run_cli("import", str(SEED), "-o", str(path))
    assert result.returncode == 0, result.stderr
    return path


def test_the_draft_has_the_standard_requests_titles_and_names(draft: Path) -> None:
    case = yaml.safe_load(draft.read_text(encoding="utf-8"))
    actions = case["actions"]
    assert [a.get("request") for a in actions] == [
        "release_poc", None, "investigate_torture", "guarantee_safety", None
    ]
    assert set(actions[1]) == {"en"} and set(actions[4]) == {"en"}
    assert case["person"]["name"]["cyrl"] == "Азимжан Аскаров"
    president = case["recipients"][2]
    assert president["title"]["ru"] == "Президент Кыргызской Республики"
    assert president["title"]["ky"] == "Кыргыз Республикасынын Президенти"
    assert president["name"]["cyrl"] == "Роза Отунбаева"
    assert president["gender"] == "female"
    assert case["situation"]["kind"] == "detained"
    text = draft.read_text(encoding="utf-8")
    assert "TRANSLATE: free text" in text and "CHECK: ru, ky, de, fr, es offered" in text


@pytest.mark.slow
def test_with_no_edit_only_the_two_free_texts_stop_the_other_languages(
    draft: Path, tmp_path: Path
) -> None:
    result = run_cli("render", str(draft), "--lang", LANGS, "--format", "pdf",
                     "--date", "2010-08-20", "--out", str(tmp_path / "all"))
    assert result.returncode == 1
    problems = [line for line in result.stderr.splitlines() if "has no" in line]
    assert problems and all("actions[1]" in p or "actions[4]" in p for p in problems)


@pytest.mark.slow
def test_once_the_free_texts_are_settled_all_six_languages_render(
    draft: Path, tmp_path: Path
) -> None:
    case = yaml.safe_load(draft.read_text(encoding="utf-8"))
    case["actions"] = [a for a in case["actions"] if "request" in a]
    edited = tmp_path / "case.yaml"
    edited.write_text(yaml.safe_dump(case, allow_unicode=True), encoding="utf-8")
    out = tmp_path / "letters"
    result = run_cli("render", str(edited), "--lang", LANGS, "--format", "pdf",
                     "--date", "2010-08-20", "--out", str(out))
    assert result.returncode == 0, result.stderr
    pdfs = sorted(out.glob("*.pdf"))
    assert len(pdfs) == 18
    with pdfplumber.open(next(p for p in pdfs if p.name.endswith("otunbaeva_ru.pdf"))) as pdf:
        text = pdf.pages[0].extract_text()
    assert "Президенту Кыргызской Республики" in text
    assert "Уважаемая госпожа Президент" in text
    assert "узника совести Азимжана Аскарова" in text
    with pdfplumber.open(next(p for p in pdfs if p.name.endswith("baibolov_de.pdf"))) as pdf:
        german = pdf.pages[0].extract_text()
    assert "Innenminister" in german and "Minister of" not in german

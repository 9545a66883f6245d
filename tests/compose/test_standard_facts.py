"""Facts are optional per language; a missing free-text request stops only its language.

Without a facts text in a letter's language, the letter says the essentials in a standard
paragraph built from `situation` (who, what, since when, where), written natively in each
language; `render` names the letters that use it. A free-text request without a text in
a language stops that language with one message that says how to fix it.
"""

from __future__ import annotations

import itertools
from datetime import date
from pathlib import Path

import pytest
import yaml

from tests.conftest import EXAMPLE, run_cli
from ua_letters.api import check_languages_and_formats
from ua_letters.case.loader import parse_case
from ua_letters.case.model import Case, SituationKind
from ua_letters.compose import compose_letter
from ua_letters.errors import CaseFileError, TranslationError
from ua_letters.resources import shipped_languages

DAY = date(2010, 8, 20)
SITUATION = {
    "kind": "detained",
    "since": "2010-06-15",
    "place": {
        "en": "Bazar Korgan",
        "ru": "Базар-Коргон",
        "ky": "Базар-Коргон",
        "default": "Bazar Korgan",
    },
}


def example(**changes: object) -> dict[str, object]:
    data: dict[str, object] = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    data.update(changes)
    return data


def case_of(data: dict[str, object]) -> Case:
    return parse_case(yaml.safe_dump(data, allow_unicode=True), "case.yaml")


def english_facts_only() -> dict[str, object]:
    data = example(situation=SITUATION)
    data["facts"] = {"en": data["facts"]["en"]}  # type: ignore[index]
    return data


def test_a_language_without_facts_uses_the_standard_paragraph() -> None:
    case = case_of(english_facts_only())
    check_languages_and_formats(case, list(shipped_languages()), ["pdf"])  # nothing is missing
    expected = {
        "ru": "С 15 июня 2010\u00a0г. Азимжан Аскаров содержится под стражей (Базар-Коргон).",
        "ky": "2010-жылдын 15-июнунан бери Азимжан Аскаров камакта кармалып турат (Базар-Коргон).",
        "de": "Azimzhan Askarov befindet sich seit dem 15. Juni 2010 in Haft (Bazar Korgan).",
        "fr": "Azimzhan Askarov est en détention depuis le 15 juin 2010 (Bazar Korgan).",
        "es": "Azimzhan Askarov permanece bajo custodia desde el 15 de junio de 2010 "
        "(Bazar Korgan).",
    }
    for language, paragraph in expected.items():
        letter = compose_letter(case, case.recipients[0], language, None, DAY)
        assert paragraph in letter.of_kind("p"), (language, letter.of_kind("p"))
    english = compose_letter(case, case.recipients[0], "en", None, DAY)
    assert any(
        "has been held in police detention in Bazar Korgan" in p for p in english.of_kind("p")
    )


@pytest.mark.parametrize("language", shipped_languages())
def test_every_situation_has_its_own_paragraph(language: str) -> None:
    """Eight kinds, each with and without a date and a place: sixteen different sentences
    per kind pair, none empty, none of them another kind's words."""
    seen: dict[str, str] = {}
    for kind, since, place in itertools.product(SituationKind, (None, "2010-06-01"), (None, "X")):
        situation = {
            "kind": kind.value,
            **({"since": since} if since else {}),
            **({"place": place} if place else {}),
        }
        data = example(situation=situation, facts=None)
        letter = compose_letter(case_of(data), case_of(data).recipients[0], language, None, DAY)
        paragraph = letter.of_kind("p")[1]
        assert paragraph.endswith(".") and ".." not in paragraph
        assert ("(X)" in paragraph) == bool(place)
        assert paragraph not in seen, (kind, seen.get(paragraph))
        seen[paragraph] = kind.value
    assert len(seen) == len(SituationKind) * 4


def test_without_facts_or_situation_the_language_is_refused_with_what_to_do() -> None:
    data = example(languages=["en"])
    data["facts"] = {"en": data["facts"]["en"]}  # type: ignore[index]
    case = case_of(data)
    with pytest.raises(CaseFileError) as refused:
        check_languages_and_formats(case, ["en", "de"], ["pdf"])
    (problem,) = refused.value.problems
    assert problem.field == "facts" and "de" in problem.message and "situation" in problem.message


def test_missing_free_text_requests_give_one_message_per_language() -> None:
    data = example()
    for action in data["actions"]:  # type: ignore[attr-defined]
        if "request" not in action:
            del action["de"], action["fr"]
    with pytest.raises(CaseFileError) as refused:
        check_languages_and_formats(case_of(data), ["en", "de", "fr"], ["pdf"])
    problems = refused.value.problems
    assert len(problems) == 2, problems  # one for German, one for French
    for problem, language in zip(problems, ("de", "fr"), strict=True):
        assert problem.field == "actions"
        assert (
            f"2 requested actions have no {language} text (actions[1], actions[4])"
            in problem.message
        )
        assert "or replace it with a standard request" in problem.message
    with pytest.raises(TranslationError):
        compose_letter(case_of(data), case_of(data).recipients[0], "de", None, DAY)


def test_render_names_the_letters_that_use_the_standard_paragraph(tmp_path: Path) -> None:
    case_file = tmp_path / "case.yaml"
    case_file.write_text(yaml.safe_dump(english_facts_only(), allow_unicode=True), encoding="utf-8")
    result = run_cli(
        "render",
        str(case_file),
        "--lang",
        "en,de,fr",
        "--format",
        "pdf",
        "--date",
        "2010-08-20",
        "--out",
        str(tmp_path / "out"),
    )
    assert result.returncode == 0, result.stderr
    assert "note: the de, fr letters give the facts in the standard paragraph" in result.stderr

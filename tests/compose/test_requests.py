"""The phrasebook of standard requests: every request in every language, for each gender."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import EXAMPLE, SEED
from ua_letters.case.loader import parse_case
from ua_letters.case.model import Gender
from ua_letters.compose.names import name_forms
from ua_letters.compose.requests import (
    known_requests,
    parse_phrasebook,
    phrasebook,
    request_text,
)
from ua_letters.errors import CaseFileError, TranslationError, UaLettersError
from ua_letters.resources import shipped_languages

BRIEF = {  # the recurring requests the phrasebook must offer
    "release_poc",
    "access",
    "investigate_torture",
    "guarantee_safety",
    "investigate_attacks",
    "fair_trial",
    "medical_care",
    "disclose_whereabouts",
    "commute_death_sentence",
    "drop_charges",
}


def person(name: str, gender: Gender, language: str) -> dict[str, object]:
    full, short = name_forms(name, gender, language)
    return {"name": full, "short": short, "gender": str(gender)}


def test_the_reference_phrasebook_has_the_standard_requests() -> None:
    assert set(known_requests()) == BRIEF
    assert known_requests()["access"].options == {"family": True}


@pytest.mark.parametrize("language", shipped_languages())
def test_every_language_defines_every_request_with_the_same_options(language: str) -> None:
    specs = phrasebook(language)
    assert {k: v.options for k, v in specs.items()} == {
        k: v.options for k, v in known_requests().items()
    }


@pytest.mark.parametrize("language", shipped_languages())
@pytest.mark.parametrize("gender", list(Gender))
def test_every_request_renders_with_the_name(language: str, gender: Gender) -> None:
    name = "Азимжан Аскаров" if language in ("ru", "ky") else "Azimzhan Askarov"
    for request_id in known_requests():
        text = request_text(request_id, {}, language, person(name, gender, language))
        assert "Аскаров" in text or "Askarov" in text, (request_id, text)
        assert "\n" not in text and text == text.strip() and not text.endswith((";", "."))


@pytest.mark.parametrize(
    ("language", "gender", "request_id", "expected"),
    [
        ("ru", Gender.male, "release_poc", "освободить узника совести Азимжана Аскарова"),
        ("ru", Gender.female, "release_poc", "освободить узницу совести Розу Отунбаеву"),
        ("ru", Gender.male, "investigate_torture", "пыток к Азимжану Аскарову"),
        ("ru", Gender.female, "guarantee_safety", "безопасность Розы Отунбаевой под стражей"),
        ("ru", Gender.female, "guarantee_safety", "кто её посещает"),
        (
            "ru",
            Gender.male,
            "drop_charges",
            "снять с Азимжана Аскарова все обвинения, предъявленные ему",
        ),
        ("ky", Gender.male, "release_poc", "абийир туткуну Азимжан Аскаровду дароо"),
        ("ky", Gender.female, "guarantee_safety", "Роза Отунбаеванын камактагы"),
        ("ky", Gender.male, "medical_care", "Азимжан Аскаровго зарыл"),
        ("en", Gender.female, "guarantee_safety", "and that of those visiting her"),
        ("en", Gender.unknown, "drop_charges", "solely for their peaceful activities"),
        ("de", Gender.female, "release_poc", "die gewaltlose politische Gefangene Roza Otunbaeva"),
        (
            "de",
            Gender.male,
            "release_poc",
            "den gewaltlosen politischen Gefangenen Azimzhan Askarov",
        ),
        ("fr", Gender.female, "release_poc", "la prisonnière d’opinion Roza Otunbaeva"),
        ("fr", Gender.male, "guarantee_safety", "la sécurité d’Azimzhan Askarov"),
        ("fr", Gender.female, "investigate_torture", "Roza Otunbaeva a été torturée"),
        ("es", Gender.female, "release_poc", "a la presa de conciencia Roza Otunbaeva"),
        ("es", Gender.male, "guarantee_safety", "las personas que lo visitan"),
    ],
)
def test_case_and_gender_agreement(
    language: str, gender: Gender, request_id: str, expected: str
) -> None:
    cyrillic = language in ("ru", "ky")
    name = {
        (True, Gender.female): "Роза Отунбаева",
        (False, Gender.female): "Roza Otunbaeva",
    }.get((cyrillic, gender), "Азимжан Аскаров" if cyrillic else "Azimzhan Askarov")
    assert expected in request_text(request_id, {}, language, person(name, gender, language))


@pytest.mark.parametrize("language", shipped_languages())
def test_the_family_option_drops_the_family(language: str) -> None:
    who = person("Азимжан Аскаров", Gender.male, language)
    with_family = request_text("access", {}, language, who)
    without = request_text("access", {"family": False}, language, who)
    assert with_family != without and len(without) < len(with_family)


def test_the_english_phrasebook_speaks_the_seed_wording() -> None:
    who = person("Azimzhan Askarov", Gender.male, "en")
    seed = SEED.read_text(encoding="utf-8")
    for request_id in ("release_poc", "investigate_torture", "guarantee_safety"):
        assert f"• {request_text(request_id, {}, 'en', who)};" in seed


def _case_with(action: str) -> str:
    text = EXAMPLE.read_text(encoding="utf-8")
    return text.replace("  - request: release_poc\n", f"  - {action}\n", 1)


@pytest.mark.parametrize(
    ("action", "message"),
    [
        (
            "request: release_pox",
            "'release_pox' is not a standard request; known requests: access,",
        ),
        (
            "{request: access, famly: false}",
            "request 'access' has no option 'famly'; its options: family",
        ),
        (
            "{request: access, family: maybe}",
            "option 'family' of request 'access' is true or false",
        ),
        ("{request: release_poc, family: false}", "its options: none"),
    ],
)
def test_a_bad_request_names_its_line_and_the_known_ones(action: str, message: str) -> None:
    with pytest.raises(CaseFileError) as caught:
        parse_case(_case_with(action), "case.yaml")
    (problem,) = caught.value.problems
    assert problem.field == "actions[0].request" and problem.file == "case.yaml"
    assert problem.line is not None and message in problem.message


def test_a_request_with_options_validates() -> None:
    case = parse_case(_case_with("{request: access, family: false}"), "case.yaml")
    assert case.actions[0].options == {"family": False}  # type: ignore[union-attr]


def test_a_phrasebook_without_a_request_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "de").mkdir()
    (tmp_path / "de" / "requests.txt.j2").write_text(
        "{% macro release_poc(person) %}x{% endmacro %}", encoding="utf-8"
    )
    who = person("Azimzhan Askarov", Gender.male, "de")
    with pytest.raises(TranslationError, match="no request 'access'"):
        request_text("access", {}, "de", who, tmp_path)


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("{% macro release_poc() %}x{% endmacro %}", "must take `person` first"),
        ("{% macro access(person, family) %}x{% endmacro %}", "must take `person` first"),
        ("{% macro access(person, family=[1]) %}x{% endmacro %}", "needs a plain default"),
        ("{% macro access(person %}", "template error"),
    ],
)
def test_malformed_phrasebooks_are_named(source: str, message: str) -> None:
    with pytest.raises(UaLettersError, match=r"requests\.txt\.j2") as caught:
        parse_phrasebook(source)
    assert message in str(caught.value)


def test_helpers_are_not_requests() -> None:
    specs = parse_phrasebook(
        "{% macro _his(person) %}his{% endmacro %}{% macro x(person, a=1) %}{% endmacro %}"
    )
    assert list(specs) == ["x"] and specs["x"].options == {"a": 1}

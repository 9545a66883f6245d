"""The phrasebook of standard requests: every request in every language, for every kind of
people concerned (a man, a woman, one person of unknown gender, two people, a group).

The whole phrasebook is kept as golden text, one file per language
(tests/golden/requests/<lang>.txt); `pytest --update-goldens` rewrites it for review.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import EXAMPLE, SEED
from ua_letters.api import parse_case
from ua_letters.case.model import Case, Group, Person
from ua_letters.compose.people import concerned_context
from ua_letters.compose.requests import (
    known_requests,
    parse_phrasebook,
    phrasebook,
    request_text,
)
from ua_letters.errors import CaseFileError, TranslationError, UaLettersError
from ua_letters.resources import shipped_languages

PEOPLE = Path(__file__).resolve().parent.parent / "fixtures" / "people" / "sample-people.yaml"
GOLDEN = Path(__file__).resolve().parent.parent / "golden" / "requests"
BRIEF = {  # the standard requests of the team brief, by id (import maps UA bullets onto them)
    "release_poc", "release", "release_unconditionally", "drop_charges", "quash_conviction",
    "fair_trial", "access",
    "lawyer_access", "family_access", "medical_care", "end_incommunicado", "consular_access",
    "protect_from_torture", "investigate_torture", "medical_examination", "guarantee_safety",
    "disclose_whereabouts", "halt_execution", "commute_death_sentence", "moratorium",
    "grant_clemency", "protect_defender", "defenders_without_reprisals", "stop_harassment",
    "investigate_attacks",
    "investigate_threats", "investigate_killing", "no_forcible_return", "asylum_access",
    "peaceful_expression", "disclose_charges",
}  # fmt: skip
KINDS = ("man", "woman", "unknown", "two", "group")


def _case(**concerned: Any) -> Case:
    base = parse_case(EXAMPLE.read_text(encoding="utf-8"), "case.yaml")
    return base.model_copy(update={"person": None, **concerned})


def people(language: str) -> dict[str, dict[str, Any]]:
    """The sample people of tests/fixtures/people/ as `language`'s templates get them."""
    data = yaml.safe_load(PEOPLE.read_text(encoding="utf-8"))
    one = {k: _case(person=Person.model_validate(data[k])) for k in ("man", "woman", "unknown")}
    cases = {
        **one,
        "two": _case(people=[Person.model_validate(p) for p in data["two"]]),
        "group": _case(group=Group.model_validate(data["group"])),
    }
    return {kind: concerned_context(case, language) for kind, case in cases.items()}


def test_the_reference_phrasebook_has_every_standard_request_of_the_brief() -> None:
    assert set(known_requests()) == BRIEF and len(BRIEF) >= 25
    assert known_requests()["access"].options == {"family": True}
    assert known_requests()["release"].options == {"unless_charged": False}


@pytest.mark.parametrize("language", shipped_languages())
def test_every_language_defines_every_request_with_the_same_options(language: str) -> None:
    specs = phrasebook(language)
    assert {k: v.options for k, v in specs.items()} == {
        k: v.options for k, v in known_requests().items()
    }


def _variants(request_id: str) -> list[dict[str, Any]]:
    """The request with its defaults, and with each option flipped."""
    options = known_requests()[request_id].options
    return [{}, *({name: not value} for name, value in options.items())]


def golden_text(language: str) -> str:
    who = people(language)
    lines = []
    for request_id in known_requests():
        for options in _variants(request_id):
            label = request_id + "".join(f" [{k}={str(v).lower()}]" for k, v in options.items())
            lines.append(f"## {label}")
            for kind in KINDS:
                lines.append(f"{kind}: {request_text(request_id, options, language, who[kind])}")
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("language", shipped_languages())
def test_every_request_for_every_kind_of_people_is_golden(
    language: str, update_goldens: bool
) -> None:
    """A man, a woman, a person of unknown gender, two people and a group, in every language:
    the text a reviewer read, kept so that any change to it is seen."""
    golden = GOLDEN / f"{language}.txt"
    text = golden_text(language)
    if update_goldens:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8"), f"differs from {golden}"


@pytest.mark.parametrize("language", shipped_languages())
def test_every_request_names_everyone_on_one_line_without_final_punctuation(language: str) -> None:
    surnames = ("Аскаров", "Маматов", "Ли", "Askarov", "Mamatova", "Li", "Воздух", "Vozdukh")
    for kind, person in people(language).items():
        for request_id in known_requests():
            if request_id == "moratorium":
                continue  # asks for a change in law, about no one
            text = request_text(request_id, {}, language, person)
            assert any(s in text for s in surnames), (kind, request_id, text)
            assert "\n" not in text and text == text.strip() and not text.endswith((";", "."))
            if kind == "two":
                assert all(s in text for s in ("Askarov", "Mamatova")) or all(
                    s in text for s in ("Аскаров", "Маматов")
                ), text


@pytest.mark.parametrize(
    ("language", "kind", "request_id", "expected"),
    [
        # Russian: the case each verb governs, and agreement in gender and number
        ("ru", "man", "release_poc", "освободить узника совести Азимжана Аскарова, лишённого"),
        ("ru", "woman", "release_poc", "освободить узницу совести Гульнару Маматову, лишённую"),
        ("ru", "two", "release_poc", "узников совести Азимжана Аскарова и Гульнару Маматову, "
         "лишённых"),
        ("ru", "group", "release_poc", "освободить сотрудников правозащитной "
         "организации «Воздух» — узников"),
        ("ru", "man", "investigate_torture", "пыток к Азимжану Аскарову"),
        ("ru", "two", "investigate_torture", "пыток к Азимжану Аскарову и Гульнаре Маматовой"),
        ("ru", "woman", "guarantee_safety", "безопасность Гульнары Маматовой под стражей"),
        ("ru", "woman", "guarantee_safety", "кто её посещает"),
        ("ru", "group", "guarantee_safety", "кто их посещает"),
        ("ru", "man", "access", "обеспечить Азимжану Аскарову незамедлительный"),
        ("ru", "two", "access", "к адвокатам по их выбору, с возможностью встречаться с ними"),
        ("ru", "man", "drop_charges", "снять с Азимжана Аскарова все обвинения, предъявленные ему"),
        ("ru", "two", "commute_death_sentence", "заменить смертные приговоры, вынесенные"),
        ("ru", "woman", "protect_defender", "Гульнару Маматову, которой грозит опасность"),
        ("ru", "unknown", "medical_care", "обеспечить Саше Ли всю необходимую"),
        # Kyrgyz: case suffixes by vowel harmony, plural pronouns and nouns
        ("ky", "man", "release_poc", "абийир туткуну Азимжан Аскаровду дароо"),
        ("ky", "two", "release_poc", "абийир туткундары Азимжан Аскаровду жана "
         "Гульнара Маматованы"),
        ("ky", "woman", "guarantee_safety", "Гульнара Маматованын камактагы"),
        ("ky", "two", "guarantee_safety", "аларга келгендердин"),
        ("ky", "man", "medical_care", "Азимжан Аскаровго зарыл"),
        ("ky", "group", "medical_care", "уюмунун кызматкерлерине зарыл"),
        ("ky", "man", "investigate_torture", "кыйноого алышкан деген арыздар"),
        # English: pronouns and number
        ("en", "woman", "guarantee_safety", "and that of those visiting her"),
        ("en", "unknown", "drop_charges", "solely for their peaceful activities"),
        ("en", "two", "investigate_torture", "Azimzhan Askarov and Gulnara Mamatova "
         "have been tortured"),
        ("en", "man", "release_poc", "as he is a prisoner of conscience"),
        ("en", "two", "release_poc", "as they are prisoners of conscience"),
        # German, French, Spanish: articles, participles and verbs agree
        ("de", "woman", "release_poc", "die gewaltlose politische Gefangene Gulnara Mamatova, die"),
        ("de", "man", "release_poc", "den gewaltlosen politischen Gefangenen "
         "Azimzhan Askarov, der"),
        ("de", "two", "medical_care", "Azimzhan Askarov und Gulnara Mamatova "
         "unverzüglich jede benötigte medizinische Versorgung erhalten"),
        ("de", "group", "disclose_whereabouts", "von den Mitarbeiterinnen und Mitarbeitern"),
        ("fr", "woman", "release_poc", "la prisonnière d’opinion Gulnara Mamatova, détenue"),
        ("fr", "two", "release_poc", "les prisonniers d’opinion Azimzhan Askarov "
         "et Gulnara Mamatova, détenus"),
        ("fr", "man", "guarantee_safety", "la sécurité d’Azimzhan Askarov"),
        ("fr", "two", "guarantee_safety", "la sécurité d’Azimzhan Askarov et de Gulnara Mamatova"),
        ("fr", "group", "lawyer_access", "de garantir aux membres de l’organisation"),
        ("es", "woman", "release_poc", "a la presa de conciencia Gulnara Mamatova, recluida"),
        ("es", "man", "guarantee_safety", "las personas que lo visitan"),
        ("es", "two", "medical_care", "reciban sin demora toda la atención médica que necesiten"),
    ],
)  # fmt: skip
def test_case_and_agreement(language: str, kind: str, request_id: str, expected: str) -> None:
    assert expected in request_text(request_id, {}, language, people(language)[kind])


@pytest.mark.parametrize("language", shipped_languages())
def test_the_options_change_the_request(language: str) -> None:
    who = people(language)["man"]
    with_family = request_text("access", {}, language, who)
    without = request_text("access", {"family": False}, language, who)
    assert with_family != without and len(without) < len(with_family)
    plain = request_text("release", {}, language, who)
    unless = request_text("release", {"unless_charged": True}, language, who)
    assert len(unless) > len(plain) + 40


WRONG_VOICE = {  # the UA's instructions to activists, never the writer's own ask
    "en": ("Calling", "Urging", "authorities"),
    "ru": ("власт", "Призываем"),
    "de": ("Behörden",),
    "fr": ("autorités",),
    "es": ("autoridades",),
    "ky": ("бийлик",),
}


@pytest.mark.parametrize("language", shipped_languages())
def test_requests_are_the_writers_own_asks(language: str) -> None:
    for person in people(language).values():
        for request_id in known_requests():
            text = request_text(request_id, {}, language, person)
            assert not any(w in text for w in WRONG_VOICE[language]), text


def test_the_seed_bullets_come_out_right_in_english() -> None:
    """The seed's three standard bullets, worded as the writer's own asks for Askarov."""
    who = people("en")["man"]
    seed = SEED.read_text(encoding="utf-8")
    kept = {
        "release_poc": ["immediately and unconditionally", "prisoner of conscience"],
        "investigate_torture": [
            "prompt, thorough and impartial investigation into allegations that Azimzhan "
            "Askarov has been tortured, including an independent medical examination"
        ],
        "guarantee_safety": [
            "guarantee the safety of Azimzhan Askarov in detention, and that of those visiting him"
        ],
    }
    for request_id, phrases in kept.items():
        text = request_text(request_id, {}, "en", who)
        for phrase in phrases:
            assert phrase in text, (request_id, text)
            in_seed = phrase.replace(
                "immediately and unconditionally", "immediate and unconditional"
            )
            assert in_seed in seed


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
    who = people("de")["man"]
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

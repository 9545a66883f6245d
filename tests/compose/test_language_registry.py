"""One registry of per-language rules: shared composition code never tests a language code.

Adding a language means adding its module to `ua_letters/compose/languages/` (and its
templates and catalog); this test keeps `if language == "ru"` branches out of the rest of
`compose/`.
"""

from __future__ import annotations

import ast
from datetime import date
from pathlib import Path

import pytest

import ua_letters.compose
from ua_letters.case.model import Gender
from ua_letters.compose.languages import REGISTRY, LanguageRules, rules
from ua_letters.resources import shipped_languages

COMPOSE = Path(ua_letters.compose.__file__).parent
LANGUAGE_NAMES = {"language", "lang", "code"}


def _is_language(node: ast.AST) -> bool:
    if isinstance(node, ast.Name):
        return node.id in LANGUAGE_NAMES
    return isinstance(node, ast.Attribute) and node.attr in LANGUAGE_NAMES


def _is_code(node: ast.AST) -> bool:
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and len(node.value) in (2, 3)
    if isinstance(node, ast.Tuple | ast.List | ast.Set):
        return any(_is_code(e) for e in node.elts)
    return False


def language_branches(source: str) -> list[int]:
    """Lines that compare a language with a language code."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Compare):
            sides = [node.left, *node.comparators]
            if any(_is_language(s) for s in sides) and any(_is_code(s) for s in sides):
                found.append(node.lineno)
    return found


def test_the_check_finds_a_branch() -> None:
    assert language_branches('if language == "ru":\n    pass\n') == [1]
    assert language_branches('x = lang in ("ru", "ky")\n') == [1]
    assert language_branches('if kind == "one":\n    pass\n') == []


def test_no_module_of_compose_branches_on_a_language() -> None:
    offenders = {
        str(path.relative_to(COMPOSE)): lines
        for path in sorted(COMPOSE.rglob("*.py"))
        if "languages" not in path.parts
        and (lines := language_branches(path.read_text(encoding="utf-8")))
    }
    assert offenders == {}


def test_every_shipped_language_has_its_module() -> None:
    assert set(REGISTRY) == set(shipped_languages())
    assert all(rules(code).code == code for code in shipped_languages())


def test_a_language_without_a_module_gets_the_shared_rules() -> None:
    italian = rules("it")
    assert type(italian) is LanguageRules and italian.code == "it"
    assert italian.decline("Azimzhan Askarov", Gender.male, "dative") == "Azimzhan Askarov"
    assert italian.long_date(date(2010, 8, 20)) == "20 agosto 2010"
    assert italian.join(["A", "B", "C"]) == "A, B e C"


@pytest.mark.parametrize(
    ("language", "expected"),
    [("ru", "Кыргызстан"), ("ky", "Кыргызстан"), ("en", "Kyrgyzstan"), ("de", "Kirgisistan")],
)
def test_country_names_as_the_letters_write_them(language: str, expected: str) -> None:
    assert rules(language).country("KG") == expected


@pytest.mark.parametrize(
    ("language", "locale", "expected"),
    [
        ("en", None, "20 August 2010"),
        ("en", "en_US", "August 20, 2010"),
        ("de", "de_AT", "20. August 2010"),
    ],
)
def test_the_date_locale_is_chosen(language: str, locale: str | None, expected: str) -> None:
    assert rules(language).long_date(date(2010, 8, 20), locale) == expected


def test_lists_use_the_languages_own_and() -> None:
    assert rules("ru").join(["Аскарову", "Токтакунову", "Отунбаевой"]) == (
        "Аскарову, Токтакунову и Отунбаевой"
    )
    assert rules("ky").join(["A", "B"]) == "A жана B"
    assert rules("en").join(["A", "B", "C"]) == "A, B and C"  # en_GB: no serial comma
    assert rules("en").join(["A", "B", "C"], "en_US") == "A, B, and C"


def test_subjects_lose_their_label_where_a_form_adds_its_own() -> None:
    assert rules("fr").bare_subject("Objet\u00a0: situation d’A") == "Situation d’A"
    assert rules("es").bare_subject("Asunto: Situación de A") == "Situación de A"
    assert (
        rules("en").bare_subject("Azimzhan Askarov (UA 135/10)") == "Azimzhan Askarov (UA 135/10)"
    )

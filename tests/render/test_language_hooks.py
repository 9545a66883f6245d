"""The renderer asks each language's rules how to hyphenate and never tests a language code
(issue 16): a language's rules live in compose/languages/, one module per language."""

from __future__ import annotations

from pathlib import Path

import ua_letters.render
from tests.compose.test_language_registry import language_branches
from ua_letters.compose.languages import rules
from ua_letters.render.hyphenate import points

RENDER = Path(ua_letters.render.__file__).parent


def test_no_module_of_render_branches_on_a_language() -> None:
    offenders = {
        str(path.relative_to(RENDER)): lines
        for path in sorted(RENDER.rglob("*.py"))
        if (lines := language_branches(path.read_text(encoding="utf-8")))
    }
    assert offenders == {}


def test_hyphenation_points_come_from_the_language_rules() -> None:
    assert points("Республикасынын", "ky") == tuple(
        rules("ky").hyphenation_points("Республикасынын")
    )
    assert points("«investigation»,", "en") == tuple(
        p + 1 for p in rules("en").hyphenation_points("investigation")
    )
    # a language without a module (and so without patterns) breaks lines between words only
    assert rules("it").hyphenation_points("investigazione") == []
    assert points("investigazione", "it") == ()

"""The examples in the docstrings of the language helpers are run as tests."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    "ua_letters.compose.dates",
    "ua_letters.compose.typography",
    "ua_letters.compose.variants",
    "ua_letters.compose.grammar.fr",
    "ua_letters.compose.grammar.ky",
    "ua_letters.compose.grammar.ru",
    "ua_letters.compose.grammar.ru_titles",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name))
    assert result.attempted > 0 and result.failed == 0

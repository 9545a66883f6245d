"""Shared helpers for the importer tests: the corpus, and filling in translations.

A draft holds the UA's own language only; `fill_translations` stands in for the person
who adds the other languages, so that tests can check that `validate` then accepts it.
"""

from __future__ import annotations

from copy import deepcopy
from pathlib import Path
from typing import Any

import yaml

from ua_letters.case.model import resolve
from ua_letters.resources import script_of

CORPUS = Path(__file__).resolve().parent.parent / "fixtures" / "import"
DOCUMENTS = sorted(CORPUS.glob("*.txt"))


def expected_for(document: Path) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(
        document.with_name(document.stem + ".expected.yaml").read_text(encoding="utf-8")
    )
    return data


def _fill(value: Any, language: str, key: str) -> Any:
    if value is None or not isinstance(value, dict) or resolve(value, language) is not None:
        return value
    source = next(iter(value.values()))
    copy = (
        [f"{line} ({language})" for line in source]
        if isinstance(source, list)
        else (f"{source} ({language})")
    )
    return {**value, key: copy}


def fill_translations(data: dict[str, Any]) -> dict[str, Any]:
    """The draft with a stand-in text for every language (names: every script) it lacks."""
    filled = deepcopy(data)
    for language in filled.get("languages") or []:
        script = script_of(language)
        concerned = [filled["person"]] if "person" in filled else filled.get("people") or []
        if "group" in filled:
            concerned = [filled["group"]]
        for person in concerned:
            person["name"] = _fill(person["name"], language, script)
        filled["facts"] = _fill(filled["facts"], language, language)
        filled["actions"] = [
            a if "request" in a else _fill(a, language, language) for a in filled["actions"]
        ]
        for recipient in filled["recipients"]:
            recipient["name"] = _fill(recipient.get("name"), language, script)
            if "title" in recipient:
                recipient["title"] = _fill(recipient["title"], language, language)
    return filled

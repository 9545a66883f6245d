"""The corpus: UA-style documents we wrote, each with its expected result, compared field
by field. The accuracy over every field is printed, and every field must match.

A document's expected file lists only what it holds; a recipient field it leaves out is
expected to be empty (or `unknown` for gender). Warnings are compared as "line field".
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tests.importer.helpers import DOCUMENTS, expected_for
from ua_letters.importer import ImportedUA, import_file
from ua_letters.resources import shipped_languages

RECIPIENT_DEFAULTS: dict[str, Any] = {
    "copy": False,
    "title": None,
    "name": None,
    "honorifics": [],
    "organisation": None,
    "care_of": None,
    "address": [],
    "country": None,
    "fax": [],
    "phone": [],
    "email": [],
    "email_hidden": False,
    "social": {},
    "salutation": {},
    "role": None,
    "gender": "unknown",
}
Field = tuple[str, Any, Any]  # (name, expected, found)


def _header(ua: ImportedUA, expected: dict[str, Any]) -> list[Field]:
    head = expected["ua"]
    found = {
        "number": ua.number,
        "update": ua.update,
        "index": ua.index,
        "issued": ua.issued,
        "deadline": ua.deadline,
        "country": ua.country,
    }
    fields = [(f"ua.{key}", head.get(key), found[key]) for key in found]
    requested = expected["languages_requested"]
    shipped = [code for code in requested if code in shipped_languages()]
    return [
        *fields,
        ("encoding", expected.get("encoding", "utf-8"), ua.encoding),
        ("languages_requested", requested, ua.languages_requested),
        ("languages", shipped, ua.languages),
        ("own_language", expected["own_language"], ua.own_language),
        (
            "people",
            expected["people"],
            [{"name": p.name, "gender": str(p.gender)} for p in ua.people],
        ),
        ("facts", True, bool(ua.facts and ua.facts.startswith(expected["facts_start"]))),
        ("diplomatic", expected["diplomatic"], ua.diplomatic is not None),
        ("actions.count", len(expected["actions"]), len(ua.actions)),
        *(
            (f"actions[{i}]", a, b)
            for i, (a, b) in enumerate(zip(expected["actions"], ua.actions, strict=False))
        ),
    ]


def _recipients(ua: ImportedUA, expected: dict[str, Any]) -> list[Field]:
    fields: list[Field] = [("recipients.count", len(expected["recipients"]), len(ua.recipients))]
    for i, (want, got) in enumerate(zip(expected["recipients"], ua.recipients, strict=False)):
        for key, default in RECIPIENT_DEFAULTS.items():
            value = getattr(got, key)
            value = str(value) if key in ("role", "gender") else value
            fields.append((f"recipients[{i}].{key}", want.get(key, default), value))
    return fields


def _warnings(ua: ImportedUA, expected: dict[str, Any]) -> list[Field]:
    """Each expected warning is a field; so is 'no unexpected warning'. Warnings about
    languages that ua-letters does not ship depend on the installation and are derived."""
    wanted = set(expected["warnings"])
    line = ua.lines.get("languages")
    for code in expected["languages_requested"]:
        if code not in shipped_languages():
            wanted.add(f"{line} languages")
    found = {f"{n.line or '-'} {n.field or '-'}" for n in ua.notices}
    fields = [(f"warning {w}", True, w in found) for w in sorted(wanted)]
    return [*fields, ("unexpected warnings", [], sorted(found - wanted))]


def compare(document: Path) -> list[Field]:
    ua = import_file(str(document))
    expected = expected_for(document)
    for key in ("issued", "deadline"):
        assert expected["ua"].get(key) is None or isinstance(expected["ua"][key], date)
    return _header(ua, expected) + _recipients(ua, expected) + _warnings(ua, expected)


def test_the_corpus_covers_at_least_twelve_documents() -> None:
    assert len(DOCUMENTS) >= 12


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda p: p.stem)
def test_document_imports_as_expected(document: Path) -> None:
    wrong = [
        f"{name}: expected {want!r}, found {got!r}"
        for name, want, got in compare(document)
        if want != got
    ]
    assert not wrong, "\n".join(wrong)


def test_field_accuracy(capsys: pytest.CaptureFixture[str]) -> None:
    rows, right, total = [], 0, 0
    for document in DOCUMENTS:
        fields = compare(document)
        good = sum(1 for _, want, got in fields if want == got)
        rows.append(f"  {document.stem:<42} {good:>4}/{len(fields):<4} {good / len(fields):7.1%}")
        right, total = right + good, total + len(fields)
    with capsys.disabled():
        print("\nimport corpus, field accuracy:")
        print("\n".join(rows))
        print(f"  {'all documents':<42} {right:>4}/{total:<4} {right / total:7.1%}")
    assert right == total

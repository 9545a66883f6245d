"""The importer's shape (issue 11 §7): steps return values and Findings; one module
composes them. A step that took the ImportedUA could write into any part of it again."""

from __future__ import annotations

import ast
from pathlib import Path

import ua_letters.importer as importer
from ua_letters.importer import import_bytes

PACKAGE = Path(importer.__file__).parent
# parse.py composes; result.py defines; draft.py formats the result; drafting.py enriches
# the finished draft (issue 12's column); __init__.py is the door.
READERS_OF_THE_RESULT = {"parse.py", "result.py", "draft.py", "drafting.py", "__init__.py"}


def _names(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)} | {
        alias.name for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
        for alias in node.names
    }


def test_no_step_takes_the_imported_ua() -> None:
    steps = [
        p
        for p in sorted(PACKAGE.rglob("*.py"))
        if p.name not in READERS_OF_THE_RESULT and p.parent.name != "enrich"  # drafting's parts
    ]
    assert len(steps) > 20
    takers = [p.relative_to(PACKAGE).as_posix() for p in steps if "ImportedUA" in _names(p)]
    assert takers == []


def test_the_composer_keeps_every_steps_findings() -> None:
    # each step's warnings reach the result: header, languages, story, people, actions and
    # the recipient built from the one official
    text = (b"Minister of Justice Ivan Petrov\nFax: +7 495 987 58 41\n")
    ua = import_bytes(text, "ua.txt")
    fields = {notice.field for notice in ua.notices}
    assert {"ua.number", "ua.index", "ua.issued", "languages", "facts", "person.name",
            "actions", "recipients[0].salutation"} <= fields
    assert ua.recipients[0].fax == ["+7 495 987 58 41"]

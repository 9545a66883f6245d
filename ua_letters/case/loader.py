"""Load a case file: YAML in, a validated `Case` out, or every problem at once."""

from __future__ import annotations

import difflib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from ua_letters.case.model import Case, Group, Person, Recipient, Situation, UrgentAction
from ua_letters.case.yamlsource import PathKey, YamlSource, parse_yaml, read_yaml
from ua_letters.errors import CaseFileError, Problem

_EXAMPLES = {
    "number": "135/10",
    "index": "EUR 58/011/2010",
    "country": "an ISO 3166 code such as KG",
    "id": "lower-case letters, digits and dashes, as general-prosecutor",
}
_MODELS: tuple[type[BaseModel], ...] = (Case, UrgentAction, Person, Group, Situation, Recipient)
_KNOWN_KEYS = sorted({name for m in _MODELS for name in m.model_fields} | {"copy"})

# A check that a higher layer adds to loading (the phrasebook's request ids, for one):
# it returns (field path, message) pairs, and the loader gives each its file and line.
CaseCheck = Callable[[Case], list[tuple[str, str]]]


def load_case(file: Path, checks: Sequence[CaseCheck] = ()) -> Case:
    """Read and validate a case file; raise CaseFileError listing every problem."""
    return validate_source(read_yaml(file), checks)


def parse_case(text: str, name: str = "<case>", checks: Sequence[CaseCheck] = ()) -> Case:
    return validate_source(parse_yaml(text, name), checks)


def validate_source(source: YamlSource, checks: Sequence[CaseCheck] = ()) -> Case:
    if not isinstance(source.data, dict):
        raise CaseFileError([Problem("a case file must be a mapping of keys", source.name, 1)])
    try:
        case = Case.model_validate(source.data)
    except ValidationError as exc:
        raise CaseFileError(problems_of(exc, source)) from None
    problems = [
        Problem(
            f"has no {language} text (give it under '{language}', a script key or 'default')",
            source.name,
            source.line_of(_split(path)),
            path,
        )
        for language in case.languages
        for path in case.untranslated(language)
    ]
    problems += [
        Problem(message, source.name, source.line_of(_split(path)), path)
        for check in (distinct_ids, *checks)
        for path, message in check(case)
    ]
    if problems:
        raise CaseFileError(problems)
    return case


def distinct_ids(case: Case) -> list[tuple[str, str]]:
    """Two recipients with one id would write one file over the other."""
    seen: dict[str, int] = {}
    found: list[tuple[str, str]] = []
    for i, recipient in enumerate(case.recipients):
        if recipient.id is None:
            continue
        if recipient.id in seen:
            found.append(
                (
                    f"recipients[{i}].id",
                    f"{recipient.id!r} is also the id of recipients[{seen[recipient.id]}]; "
                    "give each recipient its own id (file names are made from it)",
                )
            )
        seen.setdefault(recipient.id, i)
    return found


def _split(dotted: str) -> PathKey:
    parts: list[str | int] = []
    for part in dotted.replace("]", "").split("."):
        name, _, index = part.partition("[")
        parts.append(name)
        if index:
            parts.append(int(index))
    return tuple(parts)


def problems_of(exc: ValidationError, source: YamlSource) -> list[Problem]:
    """One problem per field, with a plain message; union alternatives are merged."""
    by_path: dict[PathKey, Problem] = {}
    for error in exc.errors(include_url=False):
        path = _data_path(error["loc"], source.data, error["type"])
        if path in by_path and error["type"] != "extra_forbidden":
            continue  # a union reports each alternative; the first says enough
        by_path[path] = Problem(
            _message(error, path),
            source.name,
            source.line_of(path),
            _dotted(path) or None,
        )
    return list(by_path.values())


def _data_path(loc: tuple[int | str, ...], data: Any, kind: str) -> PathKey:
    """Keep the parts of pydantic's location that exist in the data (drop union tags)."""
    path: list[str | int] = []
    for i, part in enumerate(loc):
        in_dict = isinstance(data, dict) and part in data
        in_list = isinstance(data, list) and isinstance(part, int) and part < len(data)
        if in_dict or in_list:
            data = data[part]
        elif kind == "missing" and i == len(loc) - 1:
            pass
        else:
            continue
        path.append(part)
    return tuple(path)


def _dotted(path: PathKey) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


def _message(error: Any, path: PathKey) -> str:
    kind: str = error["type"]
    value = error.get("input")
    last = next((p for p in reversed(path) if isinstance(p, str)), "")
    if kind == "extra_forbidden":
        close = difflib.get_close_matches(str(last), _KNOWN_KEYS, n=1)
        hint = f"; did you mean {close[0]!r}?" if close else "; remove it"
        return f"unknown key {last!r}{hint}"
    if kind == "missing":
        return "is required but missing"
    if kind.startswith("date"):
        return f"{value!r} is not a real date; write it as YYYY-MM-DD"
    if kind == "string_pattern_mismatch":
        return f"{value!r} does not fit; expected {_EXAMPLES.get(str(last), 'another form')}"
    if kind == "enum":
        return f"{value!r} is not one of: {error['ctx']['expected']}"
    if kind == "value_error":
        return str(error["ctx"]["error"])
    if kind in ("string_type", "dict_type", "list_type") and value is None:
        return "is empty; fill it in" + (f" ({_EXAMPLES[str(last)]})" if last in _EXAMPLES else "")
    if kind in ("string_type", "dict_type", "list_type"):
        return f"{value!r} has the wrong type: expected text, a list or a mapping as documented"
    if kind == "too_short":
        return "must not be empty"
    if kind == "string_too_long":
        return f"is longer than {error['ctx']['max_length']} characters; shorten it"
    return str(error["msg"])

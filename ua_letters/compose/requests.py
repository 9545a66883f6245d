"""The phrasebook of standard requests: `templates/<lang>/requests.txt.j2`.

The same requests recur across Urgent Actions (release a prisoner of conscience, access to
a lawyer, investigate torture…). Each is written once per language, natively, as a Jinja
macro named by its id: `{% macro release_poc(person) %}…{% endmacro %}`. A case file then
says `- request: release_poc` and every language gets its own wording, with the person's
name in the case that language needs and agreement with their gender.

The English phrasebook is the reference: its macros define which requests exist and their
options (keyword arguments with a default, e.g. `access(person, family=true)`); every
other language must define the same macros with the same options. Macros whose name starts
with "_" are helpers, not requests. The wording stays language data; this module only
finds it, checks it and calls it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import jinja2
from jinja2 import nodes

from ua_letters.case.model import Case, Request
from ua_letters.compose.environment import call_macro, environment, load_template
from ua_letters.errors import TranslationError, UaLettersError
from ua_letters.resources import templates_dir

PHRASEBOOK = "requests.txt.j2"
REFERENCE = "en"


@dataclass(frozen=True)
class RequestSpec:
    """One request of a phrasebook: its id and its options with their defaults."""

    id: str
    options: dict[str, Any] = field(default_factory=dict)
    line: int = 0


def parse_phrasebook(source: str, name: str = PHRASEBOOK) -> dict[str, RequestSpec]:
    """The requests a phrasebook defines; a malformed one raises UaLettersError."""
    try:
        tree = environment().parse(source, filename=name)
    except jinja2.TemplateSyntaxError as exc:
        raise UaLettersError(f"{name}:{exc.lineno}: template error: {exc.message}") from None
    specs: dict[str, RequestSpec] = {}
    for macro in tree.find_all(nodes.Macro):
        if macro.name.startswith("_"):
            continue
        names = [arg.name for arg in macro.args]
        if not names or names[0] != "person" or len(macro.defaults) != len(names) - 1:
            raise UaLettersError(
                f"{name}:{macro.lineno}: request {macro.name!r} must take `person` first, "
                "then options with a default, e.g. (person, family=true)"
            )
        options: dict[str, Any] = {}
        for arg, default in zip(names[1:], macro.defaults, strict=True):
            if not isinstance(default, nodes.Const):
                raise UaLettersError(
                    f"{name}:{macro.lineno}: option {arg!r} of {macro.name!r} needs a plain "
                    "default (true, false, a number or a text)"
                )
            options[arg] = default.value
        specs[macro.name] = RequestSpec(macro.name, options, macro.lineno)
    return specs


def phrasebook_path(language: str, root: Path | None = None) -> Path:
    return (root or templates_dir()) / language / PHRASEBOOK


@cache
def phrasebook(language: str, root: Path | None = None) -> dict[str, RequestSpec]:
    """The requests of `language`'s phrasebook (in `root`, else the shipped one)."""
    path = phrasebook_path(language, root)
    if not path.is_file():
        raise TranslationError(f"there is no phrasebook for {language!r}", hint=f"expected {path}")
    return parse_phrasebook(path.read_text(encoding="utf-8"), str(path))


def known_requests() -> dict[str, RequestSpec]:
    """The requests a case file may use: those of the reference (English) phrasebook."""
    return phrasebook(REFERENCE)


def request_problems(case: Case) -> list[tuple[str, str]]:
    """(field, message) for every standard request of the case the phrasebook lacks.

    The API's case loader runs this, so that an unknown id is reported with its line.
    """
    found = []
    for index, action in enumerate(case.actions):
        if isinstance(action, Request):
            try:
                check_request(action.request, action.options)
            except ValueError as exc:
                found.append((f"actions[{index}].request", str(exc)))
    return found


def check_request(request_id: str, options: dict[str, Any]) -> None:
    """Raise ValueError when a request id or one of its options is not known."""
    known = known_requests()
    if request_id not in known:
        raise ValueError(
            f"{request_id!r} is not a standard request; known requests: {', '.join(sorted(known))}"
        )
    spec = known[request_id]
    for name, value in options.items():
        if name not in spec.options:
            takes = ", ".join(spec.options) if spec.options else "none"
            raise ValueError(f"request {request_id!r} has no option {name!r}; its options: {takes}")
        default = spec.options[name]
        if type(value) is not type(default):
            kind = "true or false" if isinstance(default, bool) else type(default).__name__
            raise ValueError(f"option {name!r} of request {request_id!r} is {kind}, not {value!r}")


def request_text(
    request_id: str,
    options: dict[str, Any],
    language: str,
    person: dict[str, Any],
    user_dir: Path | None = None,
) -> str:
    """The words of one request in `language`, without final punctuation."""
    spec = known_requests().get(request_id)
    if spec is None:
        check_request(request_id, options)  # raises with the list of known requests
        raise AssertionError("unreachable")
    root = user_dir if user_dir and phrasebook_path(language, user_dir).is_file() else None
    if request_id not in phrasebook(language, root):
        raise TranslationError(
            f"the {language} phrasebook has no request {request_id!r}",
            hint=f"add a macro {request_id}(person…) to {phrasebook_path(language, root)}",
        )
    template = load_template(language, PHRASEBOOK, user_dir)
    return call_macro(template, request_id, person, **{**spec.options, **options})

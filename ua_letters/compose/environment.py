"""The one Jinja environment: strict, sandboxed, and unable to be steered by user text.

- StrictUndefined: a missing value fails loudly instead of printing as nothing.
- A sandbox: a section office's own templates cannot reach Python internals.
- Values never become structure: `finalize` swaps every printed value for a private-use
  placeholder; the letter structure is parsed from the template's own text, then the
  values are put back. A name such as "item: x" or "{{ 7*7 }}" stays literal text.
"""

from __future__ import annotations

import traceback
from contextvars import ContextVar
from functools import cache
from pathlib import Path
from typing import Any

import jinja2
from jinja2.sandbox import ImmutableSandboxedEnvironment

from ua_letters.compose.typography import one_line
from ua_letters.errors import TranslationError, UaLettersError
from ua_letters.resources import templates_dir

PLACEHOLDER_START, PLACEHOLDER_END = "\ue000", "\ue001"
TEMPLATE_NAME = "letter.txt.j2"
_VALUES: ContextVar[list[str]] = ContextVar("ua_letters_template_values")


def _finalize(value: object) -> str:
    values = _VALUES.get()
    values.append(one_line(str(value)))
    return f"{PLACEHOLDER_START}{len(values) - 1}{PLACEHOLDER_END}"


def lcfirst(text: str) -> str:
    return text[:1].lower() + text[1:]


@cache
def environment(user_dir: Path | None = None) -> jinja2.Environment:
    search = [str(user_dir)] if user_dir else []
    env = ImmutableSandboxedEnvironment(
        loader=jinja2.FileSystemLoader([*search, str(templates_dir())]),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
        finalize=_finalize,
    )
    env.filters["lcfirst"] = lcfirst
    return env


def render_template(
    language: str, context: dict[str, Any], user_dir: Path | None = None
) -> tuple[str, list[str]]:
    """Render `<language>/letter.txt.j2`; return the text with placeholders and the values."""
    env = environment(user_dir)
    name = f"{language}/{TEMPLATE_NAME}"
    values: list[str] = []
    try:
        template = env.get_template(name)
    except jinja2.TemplateNotFound:
        raise TranslationError(f"there is no letter template for {language!r} ({name})") from None
    except jinja2.TemplateSyntaxError as exc:
        raise UaLettersError(
            f"{exc.filename}:{exc.lineno}: template error: {exc.message}"
        ) from None
    token = _VALUES.set(values)
    try:
        text = template.render(context)
    except jinja2.TemplateError as exc:  # includes the sandbox's SecurityError
        message = exc.message or str(exc)
        raise UaLettersError(f"{_where(template, exc)}: template error: {message}") from None
    finally:
        _VALUES.reset(token)
    return text, values


def _where(template: jinja2.Template, exc: BaseException) -> str:
    """'file:line' of the template line that failed (Jinja maps its frames to it)."""
    name = template.filename or template.name or "<template>"
    lines = [f.lineno for f in traceback.extract_tb(exc.__traceback__) if f.filename == name]
    return f"{name}:{lines[-1]}" if lines else name

"""The one Jinja environment: strict, sandboxed, and unable to be steered by user text.

- StrictUndefined: a missing value fails loudly instead of printing as nothing.
- A sandbox: a section office's own templates cannot reach Python internals.
- Values never become structure: `finalize` swaps every printed value for a private-use
  placeholder; the letter structure is parsed from the template's own text, then the
  values are put back. A name such as "item: x" or "{{ 7*7 }}" stays literal text.
"""

from __future__ import annotations

import re
import traceback
from collections.abc import Callable
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
_PLACEHOLDER = re.compile(f"{PLACEHOLDER_START}(\\d+){PLACEHOLDER_END}")
TEMPLATE_NAME = "letter.txt.j2"
_VALUES: ContextVar[list[str]] = ContextVar("ua_letters_template_values")


def _finalize(value: object) -> str:
    values = _VALUES.get()
    # A macro's output printed again carries placeholders of values already stored.
    values.append(one_line(fill(str(value), values)))
    return f"{PLACEHOLDER_START}{len(values) - 1}{PLACEHOLDER_END}"


def lcfirst(text: str) -> str:
    return text[:1].lower() + text[1:]


def template_environment(
    folders: list[Path],
    *,
    html: bool = False,
    finalize: Callable[[Any], Any] | None = None,
) -> jinja2.Environment:
    """The one way this program makes a Jinja environment (letters, pack READMEs, web pages).

    Sandboxed and immutable, because a section office's own templates run here too; strict
    about undefined names, so a missing value is an error and never an empty string; the
    same whitespace rules everywhere. `html` turns on autoescaping for the web page.
    """
    return ImmutableSandboxedEnvironment(
        loader=jinja2.FileSystemLoader([str(folder) for folder in folders]),
        undefined=jinja2.StrictUndefined,
        autoescape=html,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=not html,
        auto_reload=False,
        finalize=finalize,
    )


def search_path(user_dir: Path | None) -> list[Path]:
    """A section office's template folder first, then the shipped templates."""
    return [*([user_dir] if user_dir else []), templates_dir()]


@cache
def environment(user_dir: Path | None = None) -> jinja2.Environment:
    env = template_environment(search_path(user_dir), finalize=_finalize)
    env.filters["lcfirst"] = lcfirst
    return env


def load_template(language: str, file: str, user_dir: Path | None = None) -> jinja2.Template:
    """`<language>/<file>` from the user's folder or the shipped templates, or a clean error."""
    name = f"{language}/{file}"
    try:
        return environment(user_dir).get_template(name)
    except jinja2.TemplateNotFound:
        raise TranslationError(f"there is no {file} template for {language!r} ({name})") from None
    except jinja2.TemplateSyntaxError as exc:
        raise UaLettersError(
            f"{exc.filename}:{exc.lineno}: template error: {exc.message}"
        ) from None


def render_template(
    language: str, context: dict[str, Any], user_dir: Path | None = None
) -> tuple[str, list[str]]:
    """Render `<language>/letter.txt.j2`; return the text with placeholders and the values."""
    template = load_template(language, TEMPLATE_NAME, user_dir)
    values: list[str] = []
    token = _VALUES.set(values)
    try:
        text = template.render(context)
    except jinja2.TemplateError as exc:  # includes the sandbox's SecurityError
        message = exc.message or str(exc)
        raise UaLettersError(f"{_where(template, exc)}: template error: {message}") from None
    finally:
        _VALUES.reset(token)
    return text, values


def fill(text: str, values: list[str]) -> str:
    """Put the printed values back in place of their placeholders."""
    return _PLACEHOLDER.sub(lambda m: values[int(m.group(1))], text)


def call_macro(template: jinja2.Template, name: str, *args: Any, **kwargs: Any) -> str:
    """Call macro `name` of a template; its output as one line, values filled in.

    Used for the phrasebook (requests.txt.j2): each request is a macro that takes the
    person and the request's options.
    """
    values: list[str] = []
    token = _VALUES.set(values)
    try:
        macro = getattr(template.module, name)
        text = str(macro(*args, **kwargs))
    except jinja2.TemplateError as exc:
        message = exc.message or str(exc)
        raise UaLettersError(f"{_where(template, exc)}: template error: {message}") from None
    finally:
        _VALUES.reset(token)
    return one_line(fill(text, values))


def _where(template: jinja2.Template, exc: BaseException) -> str:
    """'file:line' of the template line that failed (Jinja maps its frames to it)."""
    name = template.filename or template.name or "<template>"
    lines = [f.lineno for f in traceback.extract_tb(exc.__traceback__) if f.filename == name]
    return f"{name}:{lines[-1]}" if lines else name

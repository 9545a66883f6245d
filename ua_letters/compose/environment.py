"""The one Jinja environment: strict, sandboxed, and unable to be steered by user text.

- StrictUndefined: a missing value fails loudly instead of printing as nothing.
- A sandbox: a section office's own templates cannot reach Python internals.
- Values never become structure: `finalize` stores every printed value aside and prints
  a placeholder in its stead; the letter structure is parsed from the template's own text,
  then the values are put back. A name such as "item: x" or "{{ 7*7 }}" stays literal.
  A placeholder carries a random key drawn for each render and never shown, so no text a
  user can type (not even the private-use marks U+E000/U+E001) is read as one: only the
  values this render stored are put back, and a forged mark stays as typed.
- Bounded work (compose/sandbox.py): loops, repetition, powers and output have limits,
  and a template calling itself ends in a template error, not a RecursionError.
"""

from __future__ import annotations

import re
import secrets
import traceback
from collections.abc import Callable
from contextvars import ContextVar
from functools import cache
from pathlib import Path
from typing import Any

import jinja2

from ua_letters.compose.sandbox import BoundedSandboxEnvironment, ConfinedLoader, budget, printed
from ua_letters.compose.typography import one_line
from ua_letters.errors import TranslationError, UaLettersError
from ua_letters.resources import templates_dir

PLACEHOLDER_START, PLACEHOLDER_END = "\ue000", "\ue001"
TEMPLATE_NAME = "letter.txt.j2"
# Any render's placeholder; `fill` replaces only those carrying its own key. Compiled once:
# a pattern per render cost more than the rest of composing a letter.
_PLACEHOLDER = re.compile(f"{PLACEHOLDER_START}([0-9a-f]{{16}}):(\\d+){PLACEHOLDER_END}")
# What a template can do wrong at run time beyond Jinja's own errors: call itself without
# end, make a number or text too big for memory, convert what does not convert.
_RUNAWAY = (RecursionError, MemoryError, ArithmeticError, ValueError)


class Printed(list[str]):
    """The values one render printed, and the private key of its placeholders."""

    def __init__(self) -> None:
        super().__init__()
        self._key = secrets.token_hex(8)
        self._mark = f"{PLACEHOLDER_START}{self._key}:"

    def placeholder(self, value: str) -> str:
        self.append(value)
        return f"{self._mark}{len(self) - 1}{PLACEHOLDER_END}"

    def fill(self, text: str) -> str:
        """Put this render's values back in place of their placeholders (and only those)."""
        if PLACEHOLDER_START not in text:
            return text
        return _PLACEHOLDER.sub(
            lambda m: self[int(m.group(2))] if m.group(1) == self._key else m.group(0), text
        )


_VALUES: ContextVar[Printed] = ContextVar("ua_letters_template_values")


def _finalize(value: object) -> str:
    values = _VALUES.get()
    # A macro's output printed again carries placeholders of values already stored.
    return values.placeholder(one_line(values.fill(printed(str(value)))))


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
    return BoundedSandboxEnvironment(
        loader=ConfinedLoader([str(folder) for folder in folders]),
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
) -> tuple[str, Printed]:
    """Render `<language>/letter.txt.j2`; return the text with placeholders and the values."""
    template = load_template(language, TEMPLATE_NAME, user_dir)
    values = Printed()
    token = _VALUES.set(values)
    try:
        with budget():
            text = template.render(context)
    except jinja2.TemplateError as exc:  # includes the sandbox's SecurityError
        raise UaLettersError(f"{_where(template, exc)}: template error: {_said(exc)}") from None
    except _RUNAWAY as exc:
        raise UaLettersError(f"{_where(template, exc)}: template error: {_said(exc)}") from None
    finally:
        _VALUES.reset(token)
    return text, values


def _said(exc: BaseException) -> str:
    if isinstance(exc, RecursionError):
        return "a macro or include calls itself without end"
    if isinstance(exc, MemoryError):
        return "the template needs more memory than any letter"
    if isinstance(exc, jinja2.TemplateError):
        return exc.message or str(exc)
    return f"{type(exc).__name__}: {str(exc)[:200]}"


def call_macro(template: jinja2.Template, name: str, *args: Any, **kwargs: Any) -> str:
    """Call macro `name` of a template; its output as one line, values filled in.

    Used for the phrasebook (requests.txt.j2): each request is a macro that takes the
    person and the request's options.
    """
    values = Printed()
    token = _VALUES.set(values)
    try:
        with budget():
            macro = getattr(template.module, name)
            text = str(macro(*args, **kwargs))
    except jinja2.TemplateError as exc:
        raise UaLettersError(f"{_where(template, exc)}: template error: {_said(exc)}") from None
    except _RUNAWAY as exc:
        raise UaLettersError(f"{_where(template, exc)}: template error: {_said(exc)}") from None
    finally:
        _VALUES.reset(token)
    return one_line(values.fill(text))


def _where(template: jinja2.Template, exc: BaseException) -> str:
    """'file:line' of the template line that failed (Jinja maps its frames to it)."""
    name = template.filename or template.name or "<template>"
    lines = [f.lineno for f in traceback.extract_tb(exc.__traceback__) if f.filename == name]
    return f"{name}:{lines[-1]}" if lines else name

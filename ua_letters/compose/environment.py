"""The one Jinja environment: strict, sandboxed, and unable to be steered by user text.

- StrictUndefined: a missing value fails loudly instead of printing as nothing.
- A sandbox: a section office's own templates cannot reach Python internals.
- Values never become structure: a letter template's output is a list of segments, its
  own text and the values it printed (compose/values.py); the block structure is read from
  the text alone and each value goes into its block as data. No mark stands for a value
  in the text, so there is nothing a user could type to forge one: a name such as
  "item: x", "{{ 7*7 }}" or any private-use character stays literal by construction.
- Bounded work (compose/sandbox.py): loops, repetition, powers and output have limits,
  and a template calling itself ends in a template error, not a RecursionError.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import jinja2
import jinja2.meta

from ua_letters.compose.sandbox import BoundedSandboxEnvironment, ConfinedLoader, budget
from ua_letters.compose.typography import one_line
from ua_letters.compose.values import LetterEnvironment, Segment, segments
from ua_letters.errors import TranslationError, UaLettersError
from ua_letters.resources import templates_dir

TEMPLATE_NAME = "letter.txt.j2"
# What a template can do wrong at run time beyond Jinja's own errors: call itself without
# end, make a number or text too big for memory, convert what does not convert, use a
# value of the wrong type (`1 + 'a'`, a `{% call %}` of a macro without `caller()`).
_RUNAWAY = (RecursionError, MemoryError, ArithmeticError, ValueError, TypeError, LookupError)


def lcfirst(text: str) -> str:
    return text[:1].lower() + text[1:]


def template_environment(
    folders: list[Path],
    *,
    html: bool = False,
    finalize: Callable[[Any], Any] | None = None,
    values_as_data: bool = False,
) -> jinja2.Environment:
    """The one way this program makes a Jinja environment (letters, pack READMEs, web pages).

    Sandboxed and immutable, because a section office's own templates run here too; strict
    about undefined names, so a missing value is an error and never an empty string; the
    same whitespace rules everywhere. `html` turns on autoescaping for the web page;
    `values_as_data` prints values as `Value` segments (letters, compose/values.py).
    """
    loader = ConfinedLoader([str(folder) for folder in folders])
    options: dict[str, Any] = {
        "undefined": jinja2.StrictUndefined,
        "autoescape": html,
        "trim_blocks": True,
        "lstrip_blocks": True,
        "keep_trailing_newline": not html,
        "auto_reload": False,
        "finalize": finalize,
    }
    if values_as_data:
        return LetterEnvironment(loader=loader, **options)
    return BoundedSandboxEnvironment(loader=loader, **options)


def search_path(user_dir: Path | None) -> list[Path]:
    """A section office's template folder first, then the shipped templates."""
    return [*([user_dir] if user_dir else []), templates_dir()]


@cache
def environment(user_dir: Path | None = None) -> jinja2.Environment:
    env = template_environment(search_path(user_dir), values_as_data=True)
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


def template_files(template: jinja2.Template) -> list[str]:
    """The file of `template` and of every template it includes, imports or extends.

    What an error about the template's *output* needs: a line such as `ps: …` may come
    from an included file, and the message should name that file. Only names written
    as constants can be followed; a name computed at run time is not.
    """
    env, seen, files = template.environment, set(), []
    waiting: list[str] = [template.name] if template.name else []
    while waiting:
        name = waiting.pop(0)
        if name in seen:
            continue
        seen.add(name)
        try:
            source, filename, _ = env.loader.get_source(env, name)  # type: ignore[union-attr]
            referenced = jinja2.meta.find_referenced_templates(env.parse(source))
        except jinja2.TemplateError:
            continue
        files.append(str(filename))
        waiting += [found for found in referenced if found]
    return files


class _Rendering:
    """A render under the template budget; its failures become 'FILE:LINE: template error'."""

    def __init__(self, template: jinja2.Template) -> None:
        self._template, self._budget = template, budget()

    def __enter__(self) -> None:
        self._budget.__enter__()

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: Any
    ) -> None:
        self._budget.__exit__(kind, exc, tb)
        # jinja2.TemplateError includes the sandbox's SecurityError and the budgets' errors
        if isinstance(exc, (jinja2.TemplateError, *_RUNAWAY)):
            where = _where(self._template, exc)
            raise UaLettersError(f"{where}: template error: {_said(exc)}") from None


def render_template(
    language: str, context: dict[str, Any], user_dir: Path | None = None
) -> list[Segment]:
    """Render `<language>/letter.txt.j2` into segments: its own text, and `Value`s."""
    template = load_template(language, TEMPLATE_NAME, user_dir)
    with _Rendering(template):
        return segments(template, context)


def render_text(template: jinja2.Template, context: dict[str, Any]) -> str:
    """Render a plain-text template (a pack README) with the budget and errors of letters."""
    with _Rendering(template):
        return template.render(context)


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
    with _Rendering(template):
        return one_line(str(getattr(template.module, name)(*args, **kwargs)))


def _where(template: jinja2.Template, exc: BaseException) -> str:
    """'file:line' of the template line that failed (Jinja maps its frames to it)."""
    name = template.filename or template.name or "<template>"
    lines = [f.lineno for f in traceback.extract_tb(exc.__traceback__) if f.filename == name]
    return f"{name}:{lines[-1]}" if lines else name

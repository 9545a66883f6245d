"""HTML pages from Jinja templates in ua_letters/web/html/, always autoescaped.

Supporter and case text reach the HTML only as escaped values, and every value passes
through `display_text` first: bidi controls around a fax number (pasted from a word
processor with the UA) are dropped here as they are in the letters. A letter preview is
drawn from the same `Block`s the PDF and DOCX renderers use, grouped the way they lay
them out (address lines together, requests as one list).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup
from starlette.responses import HTMLResponse

from ua_letters.api import Letter, display_text, template_environment
from ua_letters.web.i18n import QUERY, language_name, translator, ui_languages

HTML = Path(__file__).resolve().parent / "html"
_GROUPED = {"from", "to", "item", "copy"}


@dataclass(frozen=True)
class Group:
    """Consecutive blocks of one kind, drawn as one element."""

    kind: str
    lines: tuple[str, ...]


def group_blocks(letter: Letter) -> list[Group]:
    groups: list[Group] = []
    for block in letter.blocks:
        if groups and block.kind in _GROUPED and groups[-1].kind == block.kind:
            groups[-1] = Group(block.kind, (*groups[-1].lines, block.text))
        else:
            groups.append(Group(block.kind, (block.text,)))
    return groups


def shown(value: object) -> object:
    """What `{{ value }}` prints: text as the letters print it; markup and numbers as is."""
    if isinstance(value, str) and not isinstance(value, Markup):
        return display_text(value)
    return value


@cache
def environment() -> jinja2.Environment:
    env = template_environment([HTML], html=True, finalize=shown)
    env.globals["language_name"] = language_name
    env.globals["group_blocks"] = group_blocks
    return env


def render(template: str, ui: str, status: int = 200, **context: Any) -> HTMLResponse:
    """A page in interface language `ui`; `_` in templates is the strict web catalog."""
    html = render_fragment(template, ui, **context)
    return HTMLResponse(html, status_code=status)


def render_fragment(template: str, ui: str, **context: Any) -> str:
    return (
        environment()
        .get_template(template)
        .render(
            _=translator(ui),
            ui=ui,
            ui_languages=ui_languages(),
            ui_query=QUERY,
            **context,
        )
    )

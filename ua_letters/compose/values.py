"""A letter template's output as segments: its own text, and the values it printed.

The block mini-language (`kind: text`, compose/letter.py) is read from the template's own
text only. A value the template prints (a name, the facts, an address) must never take part
in that reading, whatever it holds: "ps: x" as a name, the template's own syntax, any
character at all. An earlier design put an in-band mark in the text for each value, which
text can in principle contain. Here nothing is marked: the compiled template yields its own
text as `str` and each printed value as a `Value`, so the output is a list of segments and
a value is one segment. The type, never the content, tells structure from data.

- `{{ x }}` yields `Value(one_line(x))` and is never folded into the text at compile time
  (a constant such as `{{ "ps: x" }}` is a value too).
- Macros, `{% set %}` blocks and `super()` join their output through `concat`, which keeps
  the segments (`Rendered`, a `str` of the joined text). Anything that uses that text as
  text (a filter, `~`, printing it with `{{ }}`) gets plain text: printed, it is one value,
  so a macro's output prints as one line.
- `{% call %}` at the top level keeps the macro's segments: its text stays structure, its
  values stay data. A `{% filter %}` block's result is one value: a filter rewrites text,
  so which part was a value can no longer be told.
- `{% include %}` and `{% block %}` pass on the other template's segments as they are:
  an included file's text is structure, as if it were written in the including one.
- Values are printed as they are, in every `{% autoescape %}` mode: a letter is plain text.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import jinja2
from jinja2 import nodes
from jinja2.compiler import Frame

from ua_letters.compose.limits import refuse_over, text_size
from ua_letters.compose.sandbox import BoundedSandboxEnvironment, Generator, printed
from ua_letters.compose.typography import one_line

Segment = str  # a `Value` is a printed value; any other `str` is the template's own text


class Value(str):
    """A value a template printed: data for a block, never read as structure."""

    __slots__ = ()


class Rendered(str):
    """The text a macro or block made, with its segments kept (see the module docstring)."""

    parts: tuple[str, ...]

    def __new__(cls, parts: Iterable[str]) -> Rendered:
        items = tuple(parts)
        self = super().__new__(cls, "".join(items))
        self.parts = items
        return self


def print_value(value: object) -> Value:
    """What `{{ value }}` prints in a letter: one line, counted against the output budget."""
    if not isinstance(value, str):
        refuse_over(text_size(value), "printing this value")  # before str() makes it
    return Value(one_line(printed(str(value))))


def print_block(output: object) -> str:
    """What a `{% call %}` or `{% filter %}` block prints: its segments, or one value."""
    return output if type(output) is Rendered else print_value(output)


class _LetterGenerator(Generator):
    """Compiles printed values to `Value` objects instead of text."""

    def _make_finalize(self) -> Generator._FinalizeInfo:
        # No compile-time finalize: a constant printed with {{ }} stays a value.
        return self._FinalizeInfo(None, None)

    def _output_child_pre(
        self, node: nodes.Expr, frame: Frame, finalize: Generator._FinalizeInfo
    ) -> None:
        self.write("environment.print_value(")

    def _output_child_post(
        self, node: nodes.Expr, frame: Frame, finalize: Generator._FinalizeInfo
    ) -> None:
        self.write(")")

    _relaying = False  # writing the events of an included template or a block

    def start_write(self, frame: Frame, node: nodes.Node | None = None) -> None:
        # call blocks, filter blocks and recursive loops write through print_block
        super().start_write(frame, node)
        if not self._relaying:
            self.write("environment.print_block(")

    def end_write(self, frame: Frame) -> None:
        if not self._relaying:
            self.write(")")
        super().end_write(frame)

    def visit_Include(self, node: nodes.Include, frame: Frame) -> None:
        # An included template's events are already segments (its text, its values):
        # passed on as they are, its text stays structure, as if written here.
        self._relaying = True
        try:
            super().visit_Include(node, frame)
        finally:
            self._relaying = False

    def visit_Block(self, node: nodes.Block, frame: Frame) -> None:
        self._relaying = True
        try:
            super().visit_Block(node, frame)
        finally:
            self._relaying = False


class LetterEnvironment(BoundedSandboxEnvironment):
    """The bounded sandbox whose templates print values as data (see the module docstring)."""

    code_generator_class = _LetterGenerator
    concat = staticmethod(Rendered)
    print_value = staticmethod(print_value)
    print_block = staticmethod(print_block)


def segments(template: jinja2.Template, context: dict[str, Any]) -> list[Segment]:
    """Render `template` into segments: plain `str` for its text, `Value` for each value."""
    out: list[Segment] = []
    pending: list[Iterator[str]] = [iter(template.generate(context))]
    while pending:
        for item in pending[-1]:
            if type(item) is Rendered:
                pending.append(iter(item.parts))
                break
            out.append(item if type(item) in (str, Value) else print_value(item))
        else:
            pending.pop()
    return out

"""A Jinja sandbox whose templates cannot run away: bounded work, output and file access.

A section office's own templates (`--templates DIR`) run in the same environment as ours.
Jinja's sandbox keeps them out of Python internals but not out of trouble: three nested
loops over `range(100000)`, `'x' * 300000000`, `10 ** (10 ** 7)` or a macro that calls
itself hang or exhaust memory. Here each render has a budget (`budget()`), checked where
a template can spend it:

- every loop step (a check is put at the top of each `{% for %}` body when it is compiled):
  at most MAX_STEPS steps and MAX_SECONDS seconds per render;
- `*`, `**`, `%` and `+` on text, lists and numbers: no result over MAX_OUTPUT characters or
  items, no power over MAX_POWER_BITS bits;
- `~` joins: no result over MAX_OUTPUT characters;
- everything printed in one render: at most MAX_OUTPUT characters together.

A template that goes over ends in `BudgetExceeded`, a Jinja TemplateError, which callers
turn into "FILE:LINE: template error: …". Files are read only from inside the template
folders: a link that points outside is refused, so an `include` cannot print another file.
"""

from __future__ import annotations

import os
import time
import types
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

import jinja2
from jinja2 import nodes
from jinja2.compiler import CodeGenerator, Frame
from jinja2.sandbox import ImmutableSandboxedEnvironment

from ua_letters.compose.bounded import (
    bounded_format,
    check_call,
    guard_filters,
    lipsum,
    printf_size,
)
from ua_letters.compose.limits import (
    MAX_OUTPUT,
    MAX_POWER_BITS,
    BudgetExceeded,
    check_output,
    refuse_over,
    text_size,
)

MAX_SECONDS = 5.0
MAX_STEPS = 1_000_000
_TICK = "_ua_budget_tick"


@dataclass
class _Budget:
    deadline: float
    steps: int = 0
    printed: int = 0


_BUDGET: ContextVar[_Budget | None] = ContextVar("ua_letters_template_budget", default=None)


@contextmanager
def budget(seconds: float = MAX_SECONDS) -> Iterator[None]:
    """Run the renders inside under one budget (nested calls keep the outer one)."""
    if _BUDGET.get() is not None:
        yield
        return
    token = _BUDGET.set(_Budget(time.monotonic() + seconds))
    try:
        yield
    finally:
        _BUDGET.reset(token)


def _tick() -> str:
    current = _BUDGET.get()
    if current is not None:
        current.steps += 1
        if current.steps > MAX_STEPS:
            raise BudgetExceeded(f"the loops take more than {MAX_STEPS:,} steps")
        if current.steps % 1000 == 0 and time.monotonic() > current.deadline:
            raise BudgetExceeded(f"the template runs longer than {MAX_SECONDS:g} seconds")
    return ""


def _size(value: object) -> int:
    return len(value) if isinstance(value, str | list | tuple) else 0


def printed(text: str) -> str:
    """Count text a render prints: all of it together stays under MAX_OUTPUT characters."""
    check_output(text)
    current = _BUDGET.get()
    if current is not None:
        current.printed += len(text)
        if current.printed > MAX_OUTPUT:
            raise BudgetExceeded(f"the template prints more than {MAX_OUTPUT:,} characters")
    return text


class Generator(CodeGenerator):
    """Compiles `a ~ b` through the environment's bounded join, and budget ticks directly."""

    def visit_Call(self, node: nodes.Call, frame: Frame, forward_caller: bool = False) -> None:
        if isinstance(node.node, nodes.Name) and node.node.name == _TICK and not node.args:
            self.write("environment.tick()")  # each loop step: no sandboxed call
            return
        super().visit_Call(node, frame, forward_caller=forward_caller)

    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:
        self.write("environment.bounded_join((")
        for arg in node.nodes:
            self.visit(arg, frame)
            self.write(", ")
        self.write("))")


def _sized(value: Any) -> Any:
    """Printing a value: refused before its text is made when that text would be too long."""
    if not isinstance(value, str):
        refuse_over(text_size(value), "printing this value")
    return value


class ConfinedLoader(jinja2.FileSystemLoader):
    """A FileSystemLoader that reads no file whose real path is outside its folders."""

    def get_source(self, environment: jinja2.Environment, template: str) -> Any:
        source, filename, uptodate = super().get_source(environment, template)
        real = os.path.realpath(filename)
        roots = [os.path.realpath(folder) for folder in self.searchpath]
        if not any(real.startswith(root + os.sep) for root in roots):
            raise jinja2.TemplateNotFound(
                f"{template} (a link out of the template folder; copy the file in instead)"
            )
        return source, filename, uptodate


class BoundedSandboxEnvironment(ImmutableSandboxedEnvironment):
    """The sandbox with the budget above."""

    code_generator_class = Generator
    intercepted_binops = frozenset({"*", "**", "%", "+"})

    def __init__(self, **options: Any) -> None:
        if options.get("finalize") is None:
            options["finalize"] = _sized
        super().__init__(**options)
        self.globals[_TICK] = _tick
        self.globals["lipsum"] = lipsum
        self.filters = guard_filters(self.filters)

    def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        tree = super()._parse(source, name, filename)
        for loop in tree.find_all(nodes.For):
            tick = nodes.ExprStmt(nodes.Call(nodes.Name(_TICK, "load"), [], [], None, None))
            loop.body.insert(0, tick.set_lineno(loop.lineno))
        return tree

    def bounded_join(self, parts: tuple[Any, ...]) -> str:
        refuse_over(sum(text_size(part) for part in parts), "joining with ~")
        return check_output("".join(str(part) for part in parts))

    def call(self, context: Any, obj: Any, /, *args: Any, **kwargs: Any) -> Any:
        if type(obj) is not types.BuiltinMethodType:  # macros, our helpers: no text method
            return super().call(context, obj, *args, **kwargs)
        result = super().call(context, obj, *check_call(obj, args), **kwargs)
        if isinstance(result, str | bytes):
            refuse_over(len(result), obj.__name__)
        return result

    def tick(self) -> None:
        _tick()

    def wrap_str_format(self, value: Any) -> Any:
        return bounded_format(self, value)

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "**" and isinstance(left, int) and isinstance(right, int):
            bits = right * abs(left).bit_length()
            if right > 0 and abs(left) > 1 and bits > MAX_POWER_BITS:
                raise BudgetExceeded(f"the power {left} ** {right} is too large")
        if operator == "%" and isinstance(left, str | bytes):
            refuse_over(printf_size(left, right), "this % format")
        if operator == "*":
            count = right if isinstance(right, int) else left if isinstance(left, int) else 0
            if count > 0 and max(_size(left), _size(right)) * count > MAX_OUTPUT:
                raise BudgetExceeded(f"repeating a text or list makes more than {MAX_OUTPUT:,}")
        result = super().call_binop(context, operator, left, right)
        if _size(result) > MAX_OUTPUT:
            raise BudgetExceeded(f"the template makes more than {MAX_OUTPUT:,} characters")
        return result

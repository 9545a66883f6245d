"""Filters and text methods whose cost is checked before they run, not after.

The sandbox's budgets (compose/sandbox.py) bound loops and check what a template prints.
A single call can still do the harm before any check sees its result: `'x'|center(10**10)`,
`|indent(10**8)`, `'%100000000s'|format`, `'{:>100000000}'.format`, `'x'.ljust(10**10)`,
`|join` of a list that holds one long text many times, `|replace('', …)`, `|sum` of
lists, `|batch`/`|slice` padding to a huge count, `|wordwrap(1)` of a long word
(quadratic). Here each of them is estimated from its arguments first (limits.text_size) and
refused with a template error when it would make more than MAX_OUTPUT characters or take
more than MAX_WORK character copies. Every filter also refuses an input whose text form
would already be over MAX_OUTPUT, and any text it returns is checked.
"""

from __future__ import annotations

import functools
import re
import types
from collections.abc import Callable, Mapping, Sequence
from string import Formatter
from typing import Any

import jinja2
from jinja2.sandbox import SandboxedFormatter
from jinja2.utils import _PassArg
from markupsafe import EscapeFormatter, Markup

from ua_letters.compose.limits import MAX_OUTPUT, MAX_WORK, BudgetExceeded, refuse_over, text_size

_PRINTF = re.compile(r"%(?:\([^)]*\))?[#0\- +]*(\*|\d+)?(?:\.(\*|\d+))?")
_NUMBER = re.compile(r"\d+")


def _count(value: object) -> int:
    """An int argument as a count (a width, a number of items); 0 for anything else."""
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _numbers(text: str) -> list[int]:
    # a run of more than 7 digits is over any limit; int() of 5,000 digits would fail
    return [MAX_OUTPUT + 1 if len(n) > 7 else int(n) for n in _NUMBER.findall(text)]


def printf_size(template: str | bytes, args: object) -> int:
    """An estimate of len(template % args): the text, the values and every width asked."""
    text = template.decode("latin-1") if isinstance(template, bytes) else template
    values = args if isinstance(args, tuple) else (args,)
    total = len(text) + text_size(args)
    for match in _PRINTF.finditer(text):
        if "*" in match.groups():
            total += sum(abs(_count(v)) for v in values)
        total += sum(_numbers(match.group(0)))
    return total


def _replaced(text: object, old: object, new: object, count: object = None) -> int:
    s, o, n = str(text), str(old), str(new)
    found = len(s) + 1 if not o else s.count(o)
    if isinstance(count, int) and count >= 0:
        found = min(found, count)
    return len(s) + found * (len(n) - len(o))


def _joined(iterable: Any, separator: object, what: str) -> list[Any]:
    """The items to join, taken one by one and refused as soon as their text is too long."""
    items: list[Any] = []
    total, extra = 0, len(str(separator))
    for item in iterable:
        total += text_size(item) + (extra if items else 0)
        refuse_over(total, what)
        items.append(item)
    return items


def _wrapped(text: object, width: object = 79, *_: object, wrapstring: object = None) -> None:
    s = str(text)
    columns = max(_count(width), 1)
    longest = max(map(len, s.split()), default=0)
    if len(s) * (longest // columns + 1) > MAX_WORK:
        raise BudgetExceeded(f"wordwrap({width}) of this text takes too long")
    lines = len(s) // columns + s.count(" ") + 1
    refuse_over(len(s) + lines * len(str(wrapstring or "\n")), f"wordwrap({width})")


def _summed(items: list[Any], start: object) -> None:
    if all(isinstance(i, int | float) for i in (*items, start)):
        return
    total = sum(len(i) if isinstance(i, Sequence) else 1 for i in (*items, start))
    refuse_over(total, "sum")
    if len(items) * total > MAX_WORK:
        raise BudgetExceeded("this sum takes too long")


def _pre(name: str, args: list[Any], kwargs: dict[str, Any]) -> None:
    """Refuse a filter call whose result would be too large; make generators into lists."""

    def get(index: int, key: str, default: object = None) -> Any:
        return args[index] if len(args) > index else kwargs.get(key, default)

    if name == "center":
        refuse_over(_count(get(1, "width", 80)), "center")
    elif name == "indent":
        width = get(1, "width", 4)
        pad = _count(width) if isinstance(width, int) else len(str(width))
        refuse_over(len(str(args[0])) + (str(args[0]).count("\n") + 1) * pad, "indent")
    elif name == "wordwrap":
        _wrapped(args[0], get(1, "width", 79), wrapstring=get(3, "wrapstring"))
    elif name == "format":
        refuse_over(printf_size(str(args[0]), tuple(args[1:]) or kwargs), "format")
    elif name == "replace":
        refuse_over(_replaced(args[0], get(1, "old"), get(2, "new"), get(3, "count")), "replace")
    elif name == "join":
        args[0] = _joined(args[0], get(1, "d", ""), "join")
    elif name == "batch" and get(2, "fill_with") is not None:
        refuse_over(_count(get(1, "linecount")), "batch")  # the last batch is padded to it
    elif name == "slice":
        refuse_over(_count(get(1, "slices")), "slice")
    elif name == "sum":
        args[0] = _joined(args[0], "", "sum")
        _summed(args[0], get(2, "start", 0))
    elif name == "tojson":
        refuse_over(text_size(args[0]) * (1 + _count(get(1, "indent", 0))), "tojson")


def _guarded(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    skip = 0 if _PassArg.from_obj(function) is None else 1

    @functools.wraps(function)  # keeps Jinja's pass_context/pass_environment mark
    def guarded(*given: Any, **kwargs: Any) -> Any:
        args = list(given[skip:])
        for value in (*args, *kwargs.values()):
            refuse_over(text_size(value), f"the value given to |{name}")
        _pre(name, args, kwargs)
        result = function(*given[:skip], *args, **kwargs)
        if isinstance(result, str):
            refuse_over(len(result), f"|{name}")
        return result

    return guarded


def guard_filters(filters: Mapping[str, Callable[..., Any]]) -> dict[str, Callable[..., Any]]:
    """Every filter with its input, cost and output checked (see the module docstring)."""
    return {name: _guarded(name, function) for name, function in filters.items()}


def lipsum(n: int = 5, html: bool = True, min: int = 20, max: int = 100) -> str:
    refuse_over(_count(n) * _count(max) * 12, "lipsum")
    return jinja2.utils.generate_lorem_ipsum(n, html, min, max)  # Markup when html


def check_call(function: Any, args: tuple[Any, ...]) -> tuple[Any, ...]:
    """Refuse a text method call (`'x'.ljust(10**10)`) whose result would be too large."""
    owner = getattr(function, "__self__", None)
    if not isinstance(owner, str | bytes) or not isinstance(function, types.BuiltinMethodType):
        return args
    name, first = function.__name__, args[0] if args else None
    if name in ("center", "ljust", "rjust", "zfill"):
        refuse_over(_count(first), name)
    elif name == "expandtabs":
        tab = "\t" if isinstance(owner, str) else b"\t"
        refuse_over(len(owner) + owner.count(tab) * _count(8 if first is None else first), name)  # type: ignore[arg-type]
    elif name == "replace" and len(args) >= 2:
        refuse_over(_replaced(owner, args[0], args[1], args[2] if len(args) > 2 else None), name)
    elif name == "join" and args:
        return (_joined(args[0], owner, name), *args[1:])
    elif name == "translate" and isinstance(first, dict):
        longest = max((len(v) for v in first.values() if isinstance(v, str)), default=1)
        refuse_over(len(owner) * longest, name)
    return args


class _Formatter(SandboxedFormatter):
    """str.format with every field's width and the total made counted."""

    def __init__(self, env: jinja2.Environment, **kwargs: Any) -> None:
        super().__init__(env, **kwargs)
        self.made = 0

    def convert_field(self, value: Any, conversion: str | None) -> Any:
        refuse_over(text_size(value), "format()")
        return super().convert_field(value, conversion)

    def format_field(self, value: Any, format_spec: str) -> Any:
        refuse_over(max(_numbers(format_spec), default=0), f"the format {{:{format_spec[:20]}}}")
        refuse_over(text_size(value), "format()")
        result = super().format_field(value, format_spec)
        self.made += len(result)
        refuse_over(self.made, "format()")
        return result


class _EscapeFormatter(_Formatter, EscapeFormatter):
    pass


def bounded_format(env: jinja2.Environment, method: Any) -> Callable[..., str] | None:
    """`str.format`/`format_map` through a bounded formatter (jinja2's wrap_str_format)."""
    if not isinstance(method, types.MethodType | types.BuiltinMethodType) or (
        method.__name__ not in ("format", "format_map") or not isinstance(method.__self__, str)
    ):
        return None
    text: str = method.__self__
    mapping = method.__name__ == "format_map"

    def wrapper(*args: Any, **kwargs: Any) -> str:
        formatter: Formatter = (
            _EscapeFormatter(env, escape=text.escape)
            if isinstance(text, Markup)
            else _Formatter(env)
        )
        if mapping:
            if kwargs or len(args) != 1:
                raise TypeError("format_map() takes exactly one argument")
            return type(text)(formatter.vformat(text, (), args[0]))
        return type(text)(formatter.vformat(text, args, kwargs))

    return functools.update_wrapper(wrapper, method)

"""Read YAML into plain data while remembering the line of every value.

PyYAML's own loader forgets where values came from, expands anchors (a "billion laughs"
file exhausts memory) and lets a repeated key silently win. Case files are edited by
hand, so we build the data ourselves from the node tree: every error can name its line,
aliases are refused outright and duplicate keys are errors.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ua_letters.errors import CaseFileError, Problem

MAX_BYTES = 2_000_000
PathKey = tuple[str | int, ...]


class _NoDates(yaml.SafeLoader):
    """Dates stay strings here, so that the model reports 2010-02-30 with its field path."""


_NoDates.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass
class YamlSource:
    """Data read from a YAML file, with the line (1-based) of each path."""

    name: str
    data: Any
    lines: dict[PathKey, int] = field(default_factory=dict)
    text: str = ""  # the file as read, for what lives in its comments (CHECK marks)

    def line_of(self, path: PathKey) -> int | None:
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return self.lines.get(())


def read_yaml(file: Path, what: str = "case file") -> YamlSource:
    """Read a YAML file or raise CaseFileError naming the file and line."""
    name = str(file)
    try:
        raw = file.read_bytes()
    except OSError as exc:
        raise CaseFileError([Problem(f"cannot read the {what}: {exc.strerror}", name)]) from None
    return parse_yaml(raw, name, what)


def parse_yaml(raw: bytes | str, name: str, what: str = "case file") -> YamlSource:
    if len(raw) > MAX_BYTES:
        raise CaseFileError(
            [Problem(f"the {what} is {len(raw):,} bytes; the limit is {MAX_BYTES:,}", name)]
        )
    if isinstance(raw, bytes):
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise CaseFileError(
                [Problem(f"not UTF-8 text (byte {exc.start}); save the {what} as UTF-8", name)]
            ) from None
    else:
        text = raw
    try:
        node = yaml.compose(text, Loader=_NoDates)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        line = mark.line + 1 if mark is not None else None
        raise CaseFileError(
            [Problem(f"broken YAML: {exc.problem}", name, line)],
            hint="check the indentation and the quotes around values that contain ':'",
        ) from None
    except yaml.YAMLError as exc:
        raise CaseFileError([Problem(f"broken YAML: {exc}", name)]) from None
    source = YamlSource(name, None, text=text)
    if node is None:
        raise CaseFileError([Problem(f"the {what} is empty", name)])
    problems: list[Problem] = []
    source.data = _build(node, (), source, problems, set())
    if problems:
        raise CaseFileError(problems)
    return source


def _build(
    node: yaml.Node, path: PathKey, src: YamlSource, problems: list[Problem], seen: set[int]
) -> Any:
    line = node.start_mark.line + 1
    src.lines.setdefault(path, line)
    if not isinstance(node, yaml.ScalarNode):
        # The composer hands back the same node object for every alias of an anchor.
        if id(node) in seen:
            problems.append(Problem("anchors and aliases (&, *) are not allowed", src.name, line))
            return None
        seen.add(id(node))
    if isinstance(node, yaml.MappingNode):
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            line = key_node.start_mark.line + 1
            if not isinstance(key_node, yaml.ScalarNode):
                problems.append(Problem("a key must be plain text", src.name, line))
                continue
            key = str(_scalar(key_node))
            if key in result:
                problems.append(Problem(f"the key {key!r} appears twice", src.name, line))
                continue
            src.lines[(*path, key)] = line
            result[key] = _build(value_node, (*path, key), src, problems, seen)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_build(item, (*path, i), src, problems, seen) for i, item in enumerate(node.value)]
    return _scalar(node)


_CONSTRUCTOR = _NoDates("")


def _scalar(node: yaml.Node) -> Any:
    return _CONSTRUCTOR.construct_object(node, deep=True)

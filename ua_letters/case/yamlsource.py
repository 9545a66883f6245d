"""Read YAML into plain data while remembering the line of every value.

PyYAML's own loader forgets where values came from, expands anchors (a "billion laughs"
file exhausts memory) and lets a repeated key silently win. Case files are edited by
hand, so we build the data ourselves from the node tree: every error can name its line,
aliases are refused outright and duplicate keys are errors.

A case file is plain data, so everything YAML offers beyond that is refused while the file
is composed, before any of it is built: tags (`!x`, `!!python/name:…`, `!!binary`),
anchors and aliases, merge keys (`<<:`) and nesting deeper than MAX_DEPTH (the composer
recurses, so 50,000 brackets would otherwise end in a RecursionError). The size limit is
applied while reading: `/dev/zero` stops after MAX_BYTES, it is never read whole.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ua_letters.errors import CaseFileError, Problem

MAX_BYTES = 2_000_000
MAX_DEPTH = 40  # a case file nests 5 deep; 40 leaves room and keeps the composer's stack small
_MERGE = "tag:yaml.org,2002:merge"
PathKey = tuple[str | int, ...]


_UNBUILT = ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:value")


class _NoDates(yaml.SafeLoader):
    """Dates stay strings here, so that the model reports 2010-02-30 with its field path."""


_NoDates.yaml_implicit_resolvers = {
    # "=" would resolve to YAML 1.1's value tag, which no safe constructor builds.
    first: [(tag, rx) for tag, rx in resolvers if tag not in _UNBUILT]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class _Refused(Exception):
    """Something a case file must not hold, found while composing (message, line)."""

    def __init__(self, message: str, line: int) -> None:
        super().__init__(message)
        self.message, self.line = message, line


class _PlainData(_NoDates):
    """Composes plain data only: no tags, anchors, aliases or deep nesting."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._depth = 0

    def compose_node(self, parent: yaml.Node | None, index: int) -> yaml.Node | None:
        event = self.peek_event()  # type: ignore[no-untyped-call]
        line = event.start_mark.line + 1
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise _Refused("anchors and aliases (&, *) are not allowed; write the value out", line)
        tag = getattr(event, "tag", None)
        if tag not in (None, "!"):
            shown = str(tag).replace("tag:yaml.org,2002:", "!!")
            raise _Refused(f"YAML tags ({shown}) are not allowed; remove the tag", line)
        self._depth += 1
        if self._depth > MAX_DEPTH:
            raise _Refused(f"nested more than {MAX_DEPTH} levels deep; a case file needs 5", line)
        try:
            node: yaml.Node | None = super().compose_node(parent, index)
        finally:
            self._depth -= 1
        return node


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
        with file.open("rb") as stream:
            raw = stream.read(MAX_BYTES + 1)  # never more: /dev/zero or a huge file stops here
    except OSError as exc:
        raise CaseFileError([Problem(f"cannot read the {what}: {exc.strerror}", name)]) from None
    return parse_yaml(raw, name, what)


def parse_yaml(raw: bytes | str, name: str, what: str = "case file") -> YamlSource:
    if len(raw) > MAX_BYTES:
        raise CaseFileError(
            [Problem(f"the {what} is larger than {MAX_BYTES:,} bytes, the limit", name)],
            hint="a case file is a few kilobytes; is this the right file?",
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
        node = _compose(text)
    except _Refused as exc:
        raise CaseFileError([Problem(exc.message, name, exc.line)]) from None
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


def _compose(text: str) -> yaml.Node | None:
    loader = _PlainData(text)
    try:
        node: yaml.Node | None = loader.get_single_node()
    finally:
        loader.dispose()
    return node


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
            if key_node.tag == _MERGE:
                problems.append(
                    Problem("merge keys (<<:) are not allowed; write the keys out", src.name, line)
                )
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
    if node.tag == _MERGE:  # "<<" as a value, not a key: plain text
        return node.value
    try:
        value = _scalar(node)
    except yaml.YAMLError:
        problems.append(Problem("this value cannot be read; quote it", src.name, line))
        return None
    if isinstance(value, str):
        surrogate = next((c for c in value if "\ud800" <= c <= "\udfff"), None)
        if surrogate is not None:
            problems.append(
                Problem(
                    f"holds U+{ord(surrogate):04X}, half of a character pair (a lone surrogate, "
                    "left by a broken copy or a \\u escape); retype the text",
                    src.name,
                    line,
                    ".".join(str(part) for part in path) or None,
                )
            )
            return None
    return value


_CONSTRUCTOR = _NoDates("")


def _scalar(node: yaml.Node) -> Any:
    return _CONSTRUCTOR.construct_object(node, deep=True)

"""The pipeline's layers, and every import in the package that points against them.

Run `python -m tests.architecture.layers` to list the offending imports.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "ua_letters"

# Lower numbers are lower layers. A module may import its own package and lower layers.
LAYERS = {
    "ua_letters": 0,  # __version__
    "errors": 0,
    "resources": 0,
    "choices": 0,
    "decoding": 0,
    "scratch": 0,  # temporary names a later run can sweep
    "archive": 0,  # the one way a ZIP is written
    "textsafety": 0,  # which characters are refused, dropped or mapped
    "stopping": 0,  # signals: Ctrl-C and SIGTERM end cleanly wherever they land
    "case": 1,
    "compose": 2,
    "render": 3,
    "delivery": 4,
    "importer": 4,
    "pack": 5,
    "api": 6,
    "cli": 7,
    "__main__": 7,  # python -m ua_letters: runs the CLI
    "web": 7,
}
# The shells see the library only through its front door.
SHELLS = {"cli", "web", "__main__"}
# (and `stopping`: how the process answers Ctrl-C and SIGTERM is the shell's to set)
SHELL_MAY_USE = {"ua_letters", "errors", "choices", "stopping", "api"}
# `ua-letters serve` starts the web shell: the one edge between the two shells.
ALLOWED = {("cli", "web"), ("__main__", "cli")}


@dataclass(frozen=True)
class Violation:
    path: str
    line: int
    source: str
    target: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.source} imports {self.target}"


def unit_of(module: str) -> str:
    """'ua_letters.case.model' -> 'case'; 'ua_letters' -> 'ua_letters'."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else parts[0]


def module_name(path: Path, package: Path = PACKAGE) -> str:
    rel = path.relative_to(package.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports_of(path: Path, root: Path = PACKAGE) -> list[tuple[int, str]]:
    """Every ua_letters module the file imports, at any depth (lazy imports included)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = module_name(path, root).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = ".".join(package[: len(package) - node.level + 1])
                target = f"{base}.{node.module}" if node.module else base
            else:
                target = node.module or ""
            found.append((node.lineno, target))
    return [(line, t) for line, t in found if t == "ua_letters" or t.startswith("ua_letters.")]


def violations(root: Path = PACKAGE) -> list[Violation]:
    """Every import under `root` (the ua_letters folder) that points against the layers."""
    found = []
    for path in sorted(root.rglob("*.py")):
        source = unit_of(module_name(path, root))
        for line, target_module in imports_of(path, root):
            target = unit_of(target_module)
            if target == source or (source, target) in ALLOWED:
                continue
            if source in SHELLS:
                bad = target not in SHELL_MAY_USE
            else:
                # Layer 0 is the foundation: its modules may use each other.
                bad = LAYERS[target] > LAYERS[source] or (LAYERS[target] == LAYERS[source] > 0)
            if bad:
                rel = str(path.relative_to(root.parent))
                found.append(Violation(rel, line, source, target_module))
    return found


if __name__ == "__main__":
    for violation in violations():
        print(violation)

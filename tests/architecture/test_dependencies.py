"""Every runtime dependency is one the package imports, and every import has a dependency.

Issue 16 found `pypdf` installed for every user while nothing imported it. A dependency the
code does not use costs every installation its download and its risk; an import with no
declared dependency works on the developer's machine and breaks on a fresh one.
"""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "ua_letters"


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def declared() -> set[str]:
    """The runtime dependencies in pyproject.toml, as normalised distribution names."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    specs = project["dependencies"]
    return {_normal(re.split(r"[<>=!~;\[ ]", spec, maxsplit=1)[0]) for spec in specs}


def imported_modules() -> dict[str, str]:
    """Top-level modules imported anywhere in the package (lazy imports too), with one place."""
    found: dict[str, str] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            for name in names:
                top = name.split(".")[0]
                found.setdefault(top, f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def _third_party(imports: dict[str, str]) -> dict[str, str]:
    return {
        module: where
        for module, where in imports.items()
        # _typeshed: the standard library's type stubs, imported only for type checking
        if module not in ("ua_letters", "_typeshed") and module not in sys.stdlib_module_names
    }


def test_every_runtime_dependency_is_imported_by_the_package() -> None:
    dists = packages_distributions()
    used = {_normal(d) for module in imported_modules() for d in dists.get(module, ())}
    unused = sorted(declared() - used)
    assert not unused, f"declared in pyproject.toml but never imported by ua_letters: {unused}"


def test_every_third_party_import_is_a_declared_dependency() -> None:
    dists = packages_distributions()
    wanted = declared()
    missing = {
        module: where
        for module, where in _third_party(imported_modules()).items()
        if not {_normal(d) for d in dists.get(module, ())} & wanted
    }
    assert not missing, f"imported but not a runtime dependency: {missing}"

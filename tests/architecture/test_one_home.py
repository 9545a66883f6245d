"""Each rule of the kinds issue 16 names lives in one module; a second copy fails here.

The scan reads the source: a ZIP opened for writing, an entry time or mode set by hand, a
character-category test for controls, or a table of special spaces anywhere but in the
rule's home is a second home for that rule.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "ua_letters"

# (what the rule is, a pattern that only a copy of it would contain, its homes)
RULES = [
    ("a ZIP written", re.compile(r"ZipFile\([^)]*[\"']w[\"']|PK\\x01\\x02"), {"archive.py"}),
    (
        "a ZIP entry's time or mode",
        re.compile(r"date_time\s*=|external_attr\s*=|0o100644"),
        {"archive.py"},
    ),
    ("a control-character rule", re.compile(r"[\"']Cc[\"']|\\x0e-\\x1f"), {"textsafety.py"}),
    ("a table of special spaces", re.compile(r"\\u202f[\"']\s*:"), {"textsafety.py"}),
    ("invisible bidi marks", re.compile(r"0x202A|\\u202a", re.IGNORECASE), {"textsafety.py"}),
    ("a Jinja environment", re.compile(r"Environment\(\s*(loader|\n)"), {"compose/environment.py"}),
]


def _sources() -> list[tuple[str, str]]:
    return [
        (path.relative_to(PACKAGE).as_posix(), path.read_text(encoding="utf-8"))
        for path in sorted(PACKAGE.rglob("*.py"))
    ]


@pytest.mark.parametrize(("rule", "pattern", "homes"), RULES, ids=[r[0] for r in RULES])
def test_rule_has_one_home(rule: str, pattern: re.Pattern[str], homes: set[str]) -> None:
    found = {name for name, text in _sources() if pattern.search(text)}
    assert found - homes == set(), f"{rule} is also written in {sorted(found - homes)}"
    assert found, f"the scan for {rule} no longer finds its home {sorted(homes)}"


def test_the_scan_finds_a_copy() -> None:
    """The patterns match the copies this change removed (so the test can fail)."""
    copies = {
        "a ZIP written": 'zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED)',
        "a ZIP entry's time or mode": "info.external_attr = 0o644 << 16",
        "a control-character rule": 'unicodedata.category(c) in ("Cc", "Cs")',
        "a table of special spaces": '_SPACES = {"\\u202f": "\\xa0"}',
        "invisible bidi marks": "range(0x202A, 0x202F)",
        "a Jinja environment": "jinja2.Environment(loader=loader)",
    }
    for rule, pattern, _homes in RULES:
        assert pattern.search(copies[rule]), rule

"""`ua-letters --help` must be instant, so it may not load what only the work needs.

Time itself is measured in benchmarks/bench_startup.py, not here: a timed test fails on a
busy machine and passes on a fast one. What this test pins is the cause of slowness,
which does not depend on the machine: the modules the help screens import.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

# Each costs 10–150 ms to import, or pulls in something that does.
HEAVY = (
    "reportlab", "docx", "pydantic", "phonenumbers", "babel", "jinja2", "openpyxl",
    "starlette", "uvicorn", "pytrovich", "yaml", "rich",
    "ua_letters.case", "ua_letters.compose", "ua_letters.render", "ua_letters.delivery",
    "ua_letters.importer", "ua_letters.pack", "ua_letters.web", "ua_letters.api",
)  # fmt: skip

PROBE = """
import sys
sys.argv = ["ua-letters", *sys.argv[1:]]
from ua_letters.cli.app import main
try:
    main()
except SystemExit:
    pass
print(" ".join(m for m in {heavy!r} if m in sys.modules), file=sys.stderr)
"""


def _commands() -> list[str]:
    from ua_letters.cli.app import app

    return sorted(str(c.name) for c in app.registered_commands)


@pytest.mark.parametrize("command", ["", *_commands()])
def test_help_imports_nothing_heavy(command: str) -> None:
    args = [*command.split(), "--help"]
    result = subprocess.run(
        [sys.executable, "-c", PROBE.format(heavy=HEAVY), *args],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert "Usage:" in result.stdout
    assert result.stderr.strip().splitlines()[-1:] in ([], [""]), result.stderr

"""The README's promises section quotes the limits the code enforces, not stale figures."""

from __future__ import annotations

import pytest

from tests.conftest import ROOT
from ua_letters.case import emailaddress, model, yamlsource
from ua_letters.compose import limits, sandbox
from ua_letters.importer import lines, reader
from ua_letters.pack import sources, xlsxcheck
from ua_letters.web import formdata

LIMITS = {
    "case file bytes": yamlsource.MAX_BYTES,
    "case file nesting": yamlsource.MAX_DEPTH,
    "recipient id": model.MAX_ID,
    "e-mail address": emailaddress.MAX_ADDRESS,
    "UA text bytes": reader.MAX_BYTES,
    "UA packed bytes": reader.MAX_PACKED_BYTES,
    "narrative line": lines.LONG,
    "supporter rows": sources.MAX_ROWS,
    "CSV line": sources.MAX_LINE,
    "quoted cell lines": sources.MAX_CELL_LINES,
    "XLSX unpacked": xlsxcheck.MAX_UNPACKED,
    "template steps": sandbox.MAX_STEPS,
    "template seconds": int(sandbox.MAX_SECONDS),
    "template output": limits.MAX_OUTPUT,
    "template power bits": limits.MAX_POWER_BITS,
    "template filter work": limits.MAX_WORK,
    "form body": formdata.MAX_BODY,
    "form fields": formdata.MAX_FIELDS,
}


@pytest.mark.parametrize(("what", "limit"), LIMITS.items(), ids=LIMITS.keys())
def test_the_promises_section_quotes_the_limit(what: str, limit: int) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Promises: what is bounded, and how", 1)[1].split("\n## ", 1)[0]
    assert f"{limit:,}" in section, f"{what}: README promises {limit:,}?"

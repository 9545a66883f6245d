"""The bundled examples: valid against the published JSON schema, and copied out whole."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml

from tests.conftest import ROOT, run_cli
from ua_letters.api import example_cases, load_case

SCHEMA = json.loads((ROOT / "docs" / "case.schema.json").read_text(encoding="utf-8"))
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))


def test_every_example_is_bundled() -> None:
    assert [p.name for p in example_cases()] == [p.name for p in EXAMPLES]
    assert len(EXAMPLES) >= 2


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.name)
def test_example_matches_the_json_schema(example: Path) -> None:
    data = yaml.safe_load(example.read_text(encoding="utf-8"))
    # YAML reads 2018-10-18 as a date; JSON (and the schema) know it as a string.
    jsonschema.validate(json.loads(json.dumps(data, default=str)), SCHEMA)


def test_schema_accepts_one_fax_or_several_and_rejects_a_number() -> None:
    data = yaml.safe_load(EXAMPLES[0].read_text(encoding="utf-8"))
    doc = json.loads(json.dumps(data, default=str))
    recipient = doc["recipients"][0]
    recipient["fax"] = ["+996 312 68 20 44", "+996 312 68 20 45"]
    jsonschema.validate(doc, SCHEMA)
    recipient["fax"] = 996312682044
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(doc, SCHEMA)


def test_second_example_has_a_deadline_and_an_email_address() -> None:
    case = load_case(ROOT / "examples" / "zhen-jianghua.yaml")
    assert case.ua.deadline is not None
    assert any(r.email for r in case.recipients)
    assert "amnesty.org.uk/resources/urgent-action-update-chinese" in (
        ROOT / "examples" / "zhen-jianghua.yaml"
    ).read_text(encoding="utf-8")


def test_example_command_copies_and_never_replaces_a_different_file(tmp_path: Path) -> None:
    first = run_cli("example", str(tmp_path / "cases"))
    assert first.returncode == 0, first.stderr
    for source in EXAMPLES:
        assert (tmp_path / "cases" / source.name).read_bytes() == source.read_bytes()
    again = run_cli("example", str(tmp_path / "cases"))
    assert again.returncode == 0 and "already there" in again.stderr
    edited = tmp_path / "cases" / "askarov.yaml"
    edited.write_text("# my edits\n", encoding="utf-8")
    refused = run_cli("example", str(tmp_path / "cases"))
    assert refused.returncode == 1
    assert "askarov.yaml exists and differs" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert edited.read_text(encoding="utf-8") == "# my edits\n"

"""The committed JSON schema (docs/case.schema.json) matches the model."""

from __future__ import annotations

import json

import yaml

from tests.conftest import EXAMPLE, ROOT
from ua_letters.compose.schema import case_schema_json


def test_schema_is_up_to_date() -> None:
    committed = (ROOT / "docs" / "case.schema.json").read_text(encoding="utf-8")
    assert committed == case_schema_json(), (
        "regenerate: python -m ua_letters.compose.schema > docs/case.schema.json"
    )


def test_schema_names_every_top_level_key_of_the_example() -> None:
    schema = json.loads(case_schema_json())
    example = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    assert set(example) <= set(schema["properties"])
    assert schema["additionalProperties"] is False

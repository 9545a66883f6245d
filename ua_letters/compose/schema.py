"""The case file's JSON schema, generated from the model, for editors' completion and checks.

`python -m ua_letters.compose.schema > docs/case.schema.json` regenerates it; a test keeps
the committed copy up to date. It lives in compose, not beside the model, because the list
of standard request ids it offers comes from the phrasebook.
"""

from __future__ import annotations

import json

from ua_letters.case.model import Case
from ua_letters.compose.requests import known_requests


def case_schema_json() -> str:
    schema = Case.model_json_schema(by_alias=True)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "ua-letters case file"
    request = schema["$defs"]["Request"]["properties"]["request"]
    request.pop("minLength", None)
    request["enum"] = sorted(known_requests())
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


if __name__ == "__main__":
    print(case_schema_json(), end="")

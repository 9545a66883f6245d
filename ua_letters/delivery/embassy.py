"""The embassy copy: the diplomatic representative a section office writes to at home.

UAs ask supporters to "send copies to diplomatic representatives accredited to your
country". A section office states its embassy once, in a small YAML file with the same
fields as a case recipient (title, name, address, fax, email, salutation); every writer
then also gets a copy letter to it, in the same language, marked as a copy.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from ua_letters.case.loader import problems_of
from ua_letters.case.model import Case, Recipient
from ua_letters.case.yamlsource import read_yaml
from ua_letters.errors import CaseFileError, Problem

EMBASSY_ID = "embassy"


def load_embassy(file: Path) -> Recipient:
    """Read an embassy file; role defaults to ambassador, and it is always a copy."""
    source = read_yaml(file, what="embassy file")
    if not isinstance(source.data, dict):
        raise CaseFileError([Problem("an embassy file must be a mapping of keys", source.name, 1)])
    data = {"role": "ambassador", "id": EMBASSY_ID, **source.data, "copy": True}
    data["embassy_copy"] = True
    try:
        return Recipient.model_validate(data)
    except ValidationError as exc:
        raise CaseFileError(problems_of(exc, source)) from None


def with_embassy(case: Case, embassy: Recipient, languages: list[str]) -> Case:
    """The case with the embassy added as the last copy recipient, checked for `languages`."""
    extended = case.model_copy(update={"recipients": [*case.recipients, embassy]})
    index = len(case.recipients)
    missing = [
        Problem(f"has no {language} text", field=path.replace(f"recipients[{index}]", "embassy"))
        for language in languages
        for path in extended.untranslated(language)
        if path.startswith(f"recipients[{index}]")
    ]
    if missing:
        raise CaseFileError(missing, hint="give the embassy's text per language or as 'default'")
    return extended

"""`ua-letters validate`: check a case file and say what letters it would give."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def validate(
    case_file: Annotated[Path, typer.Argument(metavar="CASE", help="The case file (YAML).")],
) -> None:
    """Check a case file; list every problem at once, with file, line and field.

    It also lists what still needs a person (unknown genders, titles to check, free text
    to translate) and flags content that cannot be right (a street as a title, a heading
    as a name, a sentence as an address line, a fax with a trunk prefix or another
    country's code).

    Example: ua-letters validate examples/askarov.yaml
    """
    from ua_letters.api import check_request
    from ua_letters.case.loader import validate_source
    from ua_letters.case.model import resolve
    from ua_letters.case.plausibility import check
    from ua_letters.case.review import needs_human
    from ua_letters.case.yamlsource import read_yaml
    from ua_letters.errors import CaseFileError, Problem

    source = read_yaml(case_file)
    text = case_file.read_text(encoding="utf-8", errors="replace")
    todo = needs_human(text, source.data)
    if todo:
        typer.echo(f"{case_file}: what still needs a human:", err=True)
        for heading, items in todo.items():
            typer.echo(f"  {heading} ({len(items)}):", err=True)
            for item in items:
                typer.echo(f"    {item}", err=True)
    implausible = [
        Problem(i.message, str(case_file), source.line_of(i.path), i.field)
        for i in check(source.data)
    ]
    try:
        case = validate_source(source)
    except CaseFileError as error:
        raise CaseFileError([*implausible, *error.problems]) from None
    if implausible:
        raise CaseFileError(implausible)
    check_request(case, case.languages, formats=())  # what each language's letters still lack
    typer.echo(
        f"{case_file}: OK — UA {case.ua.number} ({case.ua.index}), "
        f"{len(case.main_recipients)} main and {len(case.copy_recipients)} copy recipients, "
        f"languages {', '.join(case.languages)}"
    )
    for recipient in case.recipients:
        kind = "copy" if recipient.copy_only else "main"
        typer.echo(f"  {kind}: {resolve(recipient.name, 'en')} — fax {', '.join(recipient.fax)}")

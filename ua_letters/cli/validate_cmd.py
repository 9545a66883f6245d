"""`ua-letters validate`: check a case file and say what letters it would give."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def validate(
    case_file: Annotated[Path, typer.Argument(metavar="CASE", help="The case file (YAML).")],
) -> None:
    """Check a case file; list every problem at once, with file, line and field.

    Example: ua-letters validate examples/askarov.yaml
    """
    from ua_letters.api import check_request
    from ua_letters.case.loader import load_case
    from ua_letters.case.model import resolve

    case = load_case(case_file)
    check_request(case, case.languages, formats=())  # what each language's letters still lack
    typer.echo(
        f"{case_file}: OK — UA {case.ua.number} ({case.ua.index}), "
        f"{len(case.main_recipients)} main and {len(case.copy_recipients)} copy recipients, "
        f"languages {', '.join(case.languages)}"
    )
    for recipient in case.recipients:
        kind = "copy" if recipient.copy_only else "main"
        typer.echo(f"  {kind}: {resolve(recipient.name, 'en')} — fax {', '.join(recipient.fax)}")

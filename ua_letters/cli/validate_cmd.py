"""`ua-letters validate`: check a case file and say what letters it would give."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from ua_letters.api import Recipient


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
    from ua_letters.api import check_languages_and_formats, resolve, review_case_file
    from ua_letters.errors import UaLettersError

    checked = review_case_file(case_file)
    if checked.todo:
        typer.echo(f"{case_file}: what still needs a human:", err=True)
        for heading, items in checked.todo.items():
            typer.echo(f"  {heading} ({len(items)}):", err=True)
            for item in items:
                typer.echo(f"    {item}", err=True)
    if isinstance(checked.result, UaLettersError):
        raise checked.result
    case = checked.result
    # what each language's letters still lack
    check_languages_and_formats(case, case.languages, formats=())
    typer.echo(
        f"{case_file}: OK — {case.ua.reference or 'a UA without number or index'}, "
        f"{len(case.main_recipients)} main and {len(case.copy_recipients)} copy recipients, "
        f"languages {', '.join(case.languages)}"
    )
    for recipient in case.recipients:
        kind = "copy" if recipient.copy_only else "main"
        who = resolve(recipient.name, "en") or resolve(recipient.title, "en")
        typer.echo(f"  {kind}: {who} — {_routes(recipient)}")


def _routes(recipient: Recipient) -> str:
    """How the official can be reached: post, fax and e-mail, as the case gives them."""
    routes = ["post"] if recipient.address else []
    routes += [f"fax {n}" for n in recipient.fax] + [f"e-mail {a}" for a in recipient.email]
    return ", ".join(routes)

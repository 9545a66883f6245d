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

    Example: ua-letters validate examples/askarov.yaml
    """
    from ua_letters.api import check_languages_and_formats, load_case, resolve

    case = load_case(case_file)
    # what each language's letters still lack
    check_languages_and_formats(case, case.languages, formats=())
    typer.echo(
        f"{case_file}: OK — {case.ua.reference}, "
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

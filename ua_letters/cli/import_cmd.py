"""`ua-letters import`: read a UA (text, PDF, Word, web page, e-mail) and write a draft.

The draft goes to standard output (or -o FILE, written atomically); the summary — who
was found, and every warning with its line — goes to standard error, so that
`ua-letters import UA.txt > case.yaml` leaves a clean YAML file.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from ua_letters.api import ImportedUA


def import_ua(
    document: Annotated[
        str,
        typer.Argument(
            metavar="UA",
            help="The UA: a text, PDF, Word (.docx), web page (.html) or e-mail (.eml) "
            "file, found from its content; or - for standard input.",
        ),
    ],
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write the draft to this file (default: stdout)."),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Replace an existing output file.")
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print no summary.")] = False,
) -> None:
    """Turn the text of a UA into a draft case file, marking what a person must check.

    Example: ua-letters import UA-135-10.txt -o askarov.yaml
    """
    from ua_letters.api import draft_yaml, import_file, write_atomic
    from ua_letters.errors import UaLettersError

    if output is not None:
        _check_output(output, force)
    ua = import_file(document)
    text = draft_yaml(ua)
    if output is None:
        typer.echo(text, nl=False)
    else:
        try:
            write_atomic(output, text.encode("utf-8"))
        except OSError as exc:
            raise UaLettersError(f"cannot write {output}: {exc.strerror or exc}") from None
    if not quiet:
        typer.echo(_summary(ua, output), err=True)


def _check_output(output: Path, force: bool) -> None:
    from ua_letters.errors import UaLettersError

    if output.is_dir():
        raise UaLettersError(f"{output} is a folder; give a file name such as case.yaml")
    if output.exists() and not force:
        raise UaLettersError(
            f"{output} already exists", hint="use --force to replace it, or choose another name"
        )
    if not output.parent.is_dir():
        raise UaLettersError(f"the folder {output.parent} does not exist")


def _summary(ua: ImportedUA, output: Path | None) -> str:
    """Who was found, and every warning with the document's line, for stderr."""
    main = [r for r in ua.recipients if not r.copy]
    lines = [
        f"UA {ua.number or '?'} ({ua.index or 'no index'}): {len(ua.recipients)} recipients "
        f"({len(main)} main, {len(ua.recipients) - len(main)} in copy), "
        f"{len(ua.actions)} actions, languages {', '.join(ua.languages) or 'none'}"
    ]
    for r in ua.recipients:
        who = " ".join(filter(None, [r.title, r.name])) or "(no name)"
        fax = ", ".join(r.fax) or "no fax"
        lines.append(f"  {'copy' if r.copy else 'main'}: {who} — fax {fax}")
    if ua.notices:
        lines.append(f"{len(ua.notices)} warnings:")
        lines += [f"  {notice.where(ua.source)}" for notice in ua.notices]
    checks = sum(1 for r in ua.recipients for _ in r.checks) + len(ua.checks)
    where = str(output) if output else "the draft"
    lines.append(f"{checks} values marked CHECK in {where}; then run: ua-letters validate")
    return "\n".join(lines)

"""`ua-letters languages`: every language with its completeness, or check your own folder."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from ua_letters.api import Report

GUIDE = "docs/adding-a-language.md"


def languages(
    check: Annotated[
        Path | None,
        typer.Option(
            "--check",
            metavar="DIR",
            help="Check a section office's folder of languages (DIR/<lang>/…) instead.",
        ),
    ] = None,
    folder: Annotated[
        bool,
        typer.Option(
            "--folder",
            help="Print your own languages folder (where a language you add goes) and stop.",
        ),
    ] = False,
) -> None:
    """List the letter languages: templates, catalog entries and standard requests done.

    The shipped languages come first, then those in your own languages folder
    ($UA_LETTERS_LANGUAGES, or the user data folder that --folder prints), which every
    command searches before the shipped ones. With --check DIR, check the languages in
    DIR instead and list what is still missing (exit code 1 while anything is). See
    docs/adding-a-language.md.

    Example: ua-letters languages --check my-languages
    """
    from ua_letters.api import (
        check_language,
        folder_languages,
        known_requests,
        languages_folder,
        shipped_languages,
        user_languages_dir,
    )
    from ua_letters.errors import UaLettersError

    if folder:
        typer.echo(str(user_languages_dir()))
        return
    if check:
        codes = folder_languages(check)
        if not codes:
            raise UaLettersError(
                f"{check} holds no language folder (DIR/<lang>/letter.txt.j2)",
                hint=f"see {GUIDE}",
            )
        reports = [check_language(code, check) for code in codes]
    else:
        own = languages_folder()
        mine = folder_languages(own) if own else []
        reports = [check_language(code) for code in shipped_languages() if code not in mine]
        reports += [check_language(code, own) for code in mine]
    typer.echo(_table(reports))
    if not check:
        if own:
            typer.echo(f"\nyour languages folder ({own}): {', '.join(mine)}")
        requests = ", ".join(
            f"{r.id} ({', '.join(r.options)})" if r.options else r.id
            for r in known_requests().values()
        )
        typer.echo(f"\nstandard requests: {requests}")
    problems = [p for r in reports for p in r.problems]
    if problems:
        raise UaLettersError(problems, hint=f"fill in what is missing; see {GUIDE}")


def _table(reports: list[Report]) -> str:
    rows = [("language", "name", "templates", "catalog", "requests", "status")]
    for r in reports:
        rows.append(
            (
                r.language,
                r.name,
                _fraction(r.templates),
                _fraction(r.catalog),
                _fraction(r.phrasebook),
                "complete" if r.complete else f"incomplete ({len(r.problems)} problems)",
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        for row in rows
    )


def _fraction(part: tuple[int, int]) -> str:
    return f"{part[0]}/{part[1]}"

"""Option parsing shared by commands: comma lists, dates, the sender."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ua_letters.choices import Gender

if TYPE_CHECKING:
    from ua_letters.api import Sender


def comma_list(value: str | None) -> list[str] | None:
    if value is None:
        return None
    items = [item.strip() for item in value.split(",") if item.strip()]
    if not items:
        raise typer.BadParameter("give at least one value, e.g. ru,ky,en")
    return items


def parse_day(value: str | None) -> date:
    if value is None:
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date; write it as YYYY-MM-DD") from None


def choose_sender(
    sender_file: Path | None,
    name: str | None,
    address: list[str] | None,
    email: str | None,
    gender: Gender | None,
    personal: str | None = None,
) -> Sender | None:
    from ua_letters import api

    if sender_file is not None and (name or address or email):
        raise typer.BadParameter("use either --sender FILE or --name/--address/--email")
    return api.choose_sender(sender_file, name, address, email, gender, personal)


def templates_folder(given: Path | None) -> Path | None:
    """`--templates DIR`, or the user's own languages folder when it holds a language."""
    from ua_letters.api import languages_folder

    return languages_folder(given)


# Options that several commands share, declared once.
DayOption = Annotated[
    str | None,
    typer.Option("--date", metavar="YYYY-MM-DD", help="Letter date (default: today)."),
]
TemplatesOption = Annotated[
    Path | None,
    typer.Option(
        "--templates",
        help="A folder of your own languages or wording (DIR/<lang>/…), searched first "
        "(default: your languages folder, see `ua-letters languages --folder`).",
    ),
]
EmbassyOption = Annotated[
    Path | None,
    typer.Option("--embassy", help="Your country's embassy (YAML); every writer copies it."),
]
StrictOption = Annotated[
    bool, typer.Option("--strict", help="Refuse to write letters after the appeal deadline.")
]

"""`ua-letters render`: every letter of a case, one file per recipient × language × format."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from ua_letters.choices import Channel, Gender
from ua_letters.cli.options import (
    DayOption,
    EmbassyOption,
    StrictOption,
    TemplatesOption,
    choose_sender,
    comma_list,
    parse_day,
    templates_folder,
)


def render(
    case_file: Annotated[Path, typer.Argument(metavar="CASE", help="The case file (YAML).")],
    lang: Annotated[
        str | None,
        typer.Option(
            "--lang", help="Languages, comma-separated (default: those the case asks for)."
        ),
    ] = None,
    fmt: Annotated[str, typer.Option("--format", help="pdf, docx or both.")] = "pdf,docx",
    sender_file: Annotated[
        Path | None, typer.Option("--sender", help="A YAML file with name, address, email.")
    ] = None,
    name: Annotated[str | None, typer.Option("--name", help="Your name.")] = None,
    address: Annotated[
        list[str] | None,
        typer.Option("--address", help="An address line (repeat it, or use line breaks)."),
    ] = None,
    email: Annotated[str | None, typer.Option("--email", help="Your e-mail address.")] = None,
    gender: Annotated[
        Gender | None, typer.Option("--gender", help="Your gender, for gendered grammar.")
    ] = None,
    personal: Annotated[
        str | None,
        typer.Option("--personal", help="Your own sentence for the opening, e.g. who you are."),
    ] = None,
    day: DayOption = None,
    out: Annotated[Path, typer.Option("--out", help="Folder for the letters.")] = Path("letters"),
    templates: TemplatesOption = None,
    embassy: EmbassyOption = None,
    channel: Annotated[
        Channel,
        typer.Option(
            "--channel",
            help="post: letters to sign; fax: PDFs with a cover page; email: .eml drafts.",
        ),
    ] = Channel.post,
    gloss: Annotated[
        str | None,
        typer.Option(
            "--gloss",
            metavar="LANG",
            help="Add a translation of each letter into LANG for you to read, marked 'do not "
            "send'. Posted letters carry it in the same file, on pages after the letter (send "
            "only the letter's pages); with --channel fax or email it is a file of its own "
            "(…_ky.gloss-LANG.pdf), so it is never sent.",
        ),
    ] = None,
    strict: StrictOption = False,
    locale: Annotated[
        str | None,
        typer.Option(
            "--locale",
            help="CLDR locales for dates and lists, comma-separated (default en_GB for English).",
        ),
    ] = None,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Print only the file names.")
    ] = False,
    force: Annotated[
        bool,
        typer.Option(
            "--force",
            help="Replace letters already in --out that differ (by default they are refused,"
            " so one writer's letters never overwrite another's).",
        ),
    ] = False,
) -> None:
    """Write the letters of a case: one per recipient, language and format.

    Without --name or --sender the letters carry blank lines for a handwritten name and
    address.

    Example: ua-letters render examples/askarov.yaml --lang ru --name "Anna Petrova"
    --address "Hauptstr. 1" --address "10115 Berlin" --date 2010-08-20 --out letters
    """
    from ua_letters.api import INTERRUPTED, stop_signals
    from ua_letters.errors import Interrupted

    try:  # Ctrl-C and SIGTERM, at any moment: a message, exit 130
        with stop_signals():
            _render(
                case_file, lang, fmt, sender_file, name, address, email, gender, personal,
                day, out, templates, embassy, channel, gloss, strict, locale, quiet, force,
            )  # fmt: skip
    except KeyboardInterrupt:
        raise Interrupted(INTERRUPTED) from None


def _render(
    case_file: Path,
    lang: str | None,
    fmt: str,
    sender_file: Path | None,
    name: str | None,
    address: list[str] | None,
    email: str | None,
    gender: Gender | None,
    personal: str | None,
    day: str | None,
    out: Path,
    templates: Path | None,
    embassy: Path | None,
    channel: Channel,
    gloss: str | None,
    strict: bool,
    locale: str | None,
    quiet: bool,
    force: bool = False,
) -> None:
    """The command itself; `render` above only makes every stop a clean one."""
    from ua_letters.api import load_case, load_embassy, render_case

    languages = comma_list(lang)
    formats = comma_list(fmt) or []
    on_date = parse_day(day)
    sender = choose_sender(sender_file, name, address, email, gender, personal)
    case = load_case(case_file)
    result = render_case(
        case,
        out,
        languages=languages,
        formats=formats,
        sender=sender,
        on_date=on_date,
        user_templates=templates_folder(templates),
        embassy=load_embassy(embassy) if embassy else None,
        strict=strict,
        channel=channel,
        gloss=gloss,
        locales=comma_list(locale) or (),
        force=force,
    )
    for path in result.paths:
        typer.echo(str(path))
    if result.warning:
        sys.stderr.write(f"warning: {result.warning}\n")
    for line in result.skipped:
        sys.stderr.write(f"note: skipped {line}\n")
    drafts = [p for p in result.paths if p.suffix == ".eml"]
    links = {p.name.removesuffix(".mailto.txt") for p in result.paths}
    for draft in drafts:
        if draft.name.removesuffix(".eml") not in links:
            sys.stderr.write(
                f"note: no mailto: link for {draft.name}: the letter is too long for one; "
                "open the .eml draft and send it\n"
            )
    if result.standard_facts:
        which = ", ".join(result.standard_facts)
        sys.stderr.write(
            f"note: the {which} letters give the facts in the standard paragraph built from "
            f"`situation` (the case has no {which} facts text)\n"
        )
    if not quiet:
        sys.stderr.write(f"wrote {len(result.paths)} files to {out}\n")
        if not result.warning:
            sys.stderr.write(result.advice.summary(channel) + "\n")

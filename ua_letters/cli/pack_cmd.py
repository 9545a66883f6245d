"""`ua-letters pack`: letters for a whole list of supporters, in one ZIP (or a folder).

A progress bar and the final summary go to stderr; the pack's path goes to stdout. Bad
supporter rows are listed and skipped, the pack is still made, and the exit code is 1.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from ua_letters.cli.options import (
    DayOption,
    EmbassyOption,
    StrictOption,
    TemplatesOption,
    comma_list,
    parse_day,
    templates_folder,
)


class _Bar:
    """A rich progress bar on stderr, started once the worker processes are up."""

    def __init__(self, quiet: bool) -> None:
        self._quiet = quiet
        self._progress: Any = None
        self._task: Any = None

    def start(self, total: int) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

        self._progress = Progress(
            "letters",
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            transient=True,
            disable=self._quiet,
        )
        self._progress.start()
        self._task = self._progress.add_task("letters", total=total)

    def advance(self, count: int) -> None:
        self._progress.advance(self._task, count)

    def stop(self) -> None:
        if self._progress is not None:
            self._progress.stop()


def pack(
    case_file: Annotated[Path, typer.Argument(metavar="CASE", help="The case file (YAML).")],
    supporters: Annotated[
        Path | None,
        typer.Option(
            "--supporters",
            metavar="FILE",
            help="CSV or XLSX with a header: name (or first and last name), address, city, "
            "postcode, region (state, province, область), country, email, language, gender, "
            "personal; in English, German, French, "
            "Spanish, Russian or Kyrgyz (Vorname, Nachname, Straße, PLZ, Ort, фамилия …).",
        ),
    ] = None,
    country: Annotated[
        str,
        typer.Option(
            "--country",
            metavar="COUNTRY",
            help="The supporters' country where a row gives none (KG, Deutschland, Россия): "
            "their return addresses are then laid out by its post's rules.",
        ),
    ] = "",
    out: Annotated[
        str,
        typer.Option("--out", metavar="PACK.zip|DIR/", help="The ZIP to write; DIR/ for a folder."),
    ] = "pack.zip",
    fmt: Annotated[
        str,
        typer.Option("--format", help="pdf, docx, fax (PDF with a cover page), comma-separated."),
    ] = "pdf",
    workers: Annotated[
        int, typer.Option("--workers", min=0, help="Processes to use (0: every core).")
    ] = 0,
    day: DayOption = None,
    blank: Annotated[
        int,
        typer.Option(
            "--blank",
            min=0,
            metavar="N",
            help="Also N letters per recipient and language to sign by hand.",
        ),
    ] = 0,
    templates: TemplatesOption = None,
    embassy: EmbassyOption = None,
    strict: StrictOption = False,
    duplex: Annotated[
        bool,
        typer.Option(
            "--duplex", help="Print files for two-sided printing: every letter on a front page."
        ),
    ] = False,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")
    ] = False,
) -> None:
    """Make a letter pack: one letter per supporter and official, print files, labels.

    The pack holds letters/<lang>/<row>-<name>/, one print-<lang>.pdf per language (every
    letter on a new page), labels.pdf (A4, 3 × 8), manifest.csv and README.txt.

    Example: ua-letters pack examples/askarov.yaml --supporters supporters.csv
    --date 2010-08-20 --blank 5 --out askarov-pack.zip
    """
    from ua_letters.api import load_case, make_pack, summary_lines

    formats = tuple(comma_list(fmt) or [])
    on_date = parse_day(day)
    if supporters is None and not blank:
        raise typer.BadParameter(
            "give --supporters FILE, --blank N, or both", param_hint="--supporters"
        )
    folder = out.endswith(("/", "\\")) or Path(out).is_dir()
    target = Path(out.rstrip("/\\") or ".").absolute()
    case = load_case(case_file)
    bar = _Bar(quiet)
    try:
        result = make_pack(
            case,
            supporters,
            target,
            folder=folder,
            formats=formats,
            on_date=on_date,
            blank=blank,
            workers=workers or None,
            user_templates=templates_folder(templates),
            progress=bar,
            duplex=duplex,
            embassy=embassy,
            strict=strict,
            country=country,
        )
    finally:
        bar.stop()
    summary, warning = result.summary, result.warning
    typer.echo(str(summary.path))
    if warning:
        sys.stderr.write(f"warning: {warning}\n")
    if result.unused_columns:
        sys.stderr.write(
            f"note: columns not used: {', '.join(result.unused_columns)} "
            "(see `ua-letters pack --help` for the names each column may have)\n"
        )
    for line in summary_lines(summary, quiet):
        sys.stderr.write(line + "\n")
    if summary.skipped:
        raise typer.Exit(1)  # the pack is written; the rows it lacks are listed above

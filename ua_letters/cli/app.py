"""The `ua-letters` command: commands registered explicitly, errors shown in one place.

Exit codes: 0 success; 1 bad input or a fixable problem (a message on stderr, no
traceback); 2 a usage error (Typer/Click). Anything else is a bug and keeps its traceback.
"""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from ua_letters import __version__
from ua_letters.cli import (
    example_cmd,
    import_cmd,
    languages_cmd,
    pack_cmd,
    render_cmd,
    serve_cmd,
    validate_cmd,
)
from ua_letters.errors import UaLettersError
from ua_letters.stopping import catch_stops, ignore_stops

app = typer.Typer(
    name="ua-letters",
    help="Turn an Urgent Action into ready-to-send appeal letters (PDF, DOCX).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,  # locals hold case and supporter data
    rich_markup_mode=None,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"ua-letters {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
) -> None:
    """Turn an Urgent Action into ready-to-send appeal letters (PDF, DOCX).

    Example: ua-letters render examples/askarov.yaml --name "Anna Petrova" --out letters
    """


app.command("render")(render_cmd.render)
app.command("validate")(validate_cmd.validate)
app.command("languages")(languages_cmd.languages)
app.command("pack")(pack_cmd.pack)
app.command("serve")(serve_cmd.serve)
app.command("import")(import_cmd.import_ua)
app.command("example")(example_cmd.example)


MAX_SHOWN = 25


def report(error: UaLettersError) -> None:
    """Print a user error on stderr: each problem on its own line, then the hint."""
    lines = [str(p) for p in error.problems]
    head = "error: " if len(lines) == 1 else f"error: {len(lines)} problems:\n  "
    if len(lines) > MAX_SHOWN:
        lines = [*lines[:MAX_SHOWN], f"… and {len(lines) - MAX_SHOWN} more"]
    sys.stderr.write(head + "\n  ".join(lines) + "\n")
    if error.hint:
        sys.stderr.write(f"hint: {error.hint}\n")


def main() -> None:
    catch_stops()
    try:
        app(standalone_mode=True)
    except UaLettersError as error:
        report(error)
        sys.exit(error.exit_code)
    finally:
        ignore_stops()

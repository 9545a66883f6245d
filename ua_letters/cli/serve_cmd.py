"""`ua-letters serve`: the supporters' web page for one or more cases, through uvicorn."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from ua_letters.cli.options import EmbassyOption, TemplatesOption, templates_folder


def serve(
    case_files: Annotated[
        list[Path] | None,
        typer.Argument(metavar="CASE", help="Case files (YAML); default: the bundled example."),
    ] = None,
    host: Annotated[
        str, typer.Option("--host", help="Address to listen on (loopback by default).")
    ] = "127.0.0.1",
    port: Annotated[
        int, typer.Option("--port", min=1, max=65535, help="Port to listen on.")
    ] = 8000,
    embassy: EmbassyOption = None,
    templates: TemplatesOption = None,
) -> None:
    """Serve a web page where supporters pick a language, add their name and download
    their letters. Nothing they type is stored or logged; the log shows only the method,
    the path (never the query string), the status and the time taken.

    With --embassy, each supporter also gets the copy letter to your section's embassy.

    Example: ua-letters serve examples/askarov.yaml --embassy embassy.yaml --port 8000
    """
    import uvicorn

    from ua_letters.api import example_case, load_embassy
    from ua_letters.web.accesslog import log_config
    from ua_letters.web.app import create_app
    from ua_letters.web.cases import load_offers

    offers = load_offers(
        case_files or [example_case()],
        load_embassy(embassy) if embassy else None,
        templates_folder(templates),
    )
    app = create_app(offers)
    shown = f"[{host}]" if ":" in host else host
    sys.stderr.write(
        f"serving {len(offers)} case(s) on http://{shown}:{port}/ (press Ctrl+C to stop)\n"
    )
    uvicorn.run(
        app,
        host=host,
        port=port,
        access_log=False,  # uvicorn's would log client addresses and query strings
        log_config=log_config(),
        server_header=False,
        proxy_headers=False,
        http="h11",  # the protocol the framing checks and the tests are made against
    )

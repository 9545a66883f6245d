"""The Starlette application: routes, static files, middleware, and a warm start.

`create_app` takes the cases already loaded, so tests and `ua-letters serve` build the
same app. At start-up one letter is drawn as PDF and DOCX, so that loading fonts and
renderers is not paid for by the first supporter. The PT Serif files the PDFs embed are
served too, so that the preview looks like the letter.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Callable, Sequence
from datetime import date
from pathlib import Path

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from ua_letters.api import font_folder
from ua_letters.web import views
from ua_letters.web.accesslog import AccessLog
from ua_letters.web.cases import Offer
from ua_letters.web.csrf import CsrfGuard
from ua_letters.web.framing import RequestFraming
from ua_letters.web.security import SecurityHeaders
from ua_letters.web.shield import BugShield
from ua_letters.web.site import PageError, Site

STATIC = Path(__file__).resolve().parent / "static"


def warm_up(offers: Sequence[Offer], today: date) -> None:
    from ua_letters.api import missing_characters
    from ua_letters.web.downloads import render

    missing_characters("")
    for offer in offers[:1]:
        letter = offer.letters(offer.languages[0], None, today)[0]
        render(offer.case, letter, "pdf")
        render(offer.case, letter, "docx")


def create_app(
    offers: Sequence[Offer],
    *,
    today: Callable[[], date] = date.today,
    secret: bytes | None = None,
    warm: bool = True,
) -> Starlette:
    """The web app for `offers`; `today` gives the letter date (tests freeze it)."""

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        if warm:
            warm_up(offers, today())
        yield

    app = Starlette(
        routes=[
            Route("/", views.index, methods=["GET"]),
            Route("/case/{slug}", views.case_page, methods=["GET"]),
            Route("/case/{slug}", views.case_preview, methods=["POST"]),
            Route("/case/{slug}/preview", views.preview, methods=["POST"]),
            Route("/case/{slug}/download/{file}", views.download, methods=["POST"]),
            Mount("/static", app=StaticFiles(directory=STATIC), name="static"),
            Mount("/fonts", app=StaticFiles(directory=font_folder()), name="fonts"),
        ],
        middleware=[
            Middleware(AccessLog),
            Middleware(RequestFraming),
            Middleware(SecurityHeaders),
            Middleware(BugShield),
        ],
        exception_handlers={PageError: views.page_error, HTTPException: views.page_error},
        lifespan=lifespan,
    )
    app.state.site = Site(tuple(offers), CsrfGuard(secret), today)
    return app

"""The request handlers. Anything carrying supporter data is a POST, so it never
appears in a URL, a log line or the browser history.

GET  /                          the cases on offer
GET  /case/{slug}               one case: the UA in brief, its recipients, the form
POST /case/{slug}               the same page with a preview (forms work without JS)
POST /case/{slug}/preview       the preview as JSON, for the page's own script
POST /case/{slug}/download/{n}.pdf|docx, /download/all.zip   the letters
"""

from __future__ import annotations

import re

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from ua_letters.web import downloads
from ua_letters.web.casepage import case_context, compose_all, default_language, summary
from ua_letters.web.cases import Offer
from ua_letters.web.formdata import read_form
from ua_letters.web.forms import FieldError, LetterForm, check
from ua_letters.web.i18n import translator
from ua_letters.web.pages import render, render_fragment
from ua_letters.web.site import (
    BAD_FORMAT,
    NO_LETTER,
    NOT_ALLOWED,
    NOT_FOUND,
    PageError,
    check_csrf,
    csrf_token,
    finish,
    site_of,
    ui_of,
)

_TARGET = re.compile(r"^(?P<which>all|\d{1,3})\.(?P<fmt>[a-z0-9]{1,8})$")
ZIP_FORMATS = ("pdf", "docx")


async def index(request: Request) -> Response:
    site, ui = site_of(request), ui_of(request)
    today = site.today()
    rows = [summary(offer, ui, today) for offer in site.offers]
    return finish(request, render("index.html", ui, offers=rows, here="/"))


def case_response(
    request: Request, offer: Offer, form: LetterForm, errors: dict[str, FieldError]
) -> Response:
    ui = ui_of(request)
    context = case_context(offer, ui, site_of(request).today(), form, errors, translator(ui))
    page = render(
        "case.html",
        ui,
        status=422 if errors else 200,
        csrf=csrf_token(request),
        here=f"/case/{offer.slug}",
        **context,
    )
    return finish(request, page)


async def case_page(request: Request) -> Response:
    offer = site_of(request).offer(request.path_params["slug"])
    form = LetterForm(language=default_language(offer, ui_of(request)))
    return case_response(request, offer, form, {})


async def posted(request: Request) -> tuple[Offer, LetterForm]:
    """The case and the form of a POST, after the size and CSRF checks."""
    offer = site_of(request).offer(request.path_params["slug"])
    fields = await read_form(request)
    check_csrf(request, fields)
    return offer, LetterForm.from_fields(fields)


async def case_preview(request: Request) -> Response:
    offer, form = await posted(request)
    return case_response(request, offer, form, check(form, offer.languages, strict=False))


async def preview(request: Request) -> Response:
    offer, form = await posted(request)
    ui = ui_of(request)
    errors = check(form, offer.languages, strict=False)
    context = case_context(offer, ui, site_of(request).today(), form, errors, translator(ui))
    html = render_fragment("_letters.html", ui, **context)
    return JSONResponse(
        {"html": html, "errors": context["errors"], "language": context["language"]},
        status_code=422 if errors else 200,
    )


def _target(offer: Offer, name: str) -> tuple[int | None, str]:
    """'2.pdf' -> (1, 'pdf'); 'all.zip' -> (None, 'zip'); anything else is an error."""
    match = _TARGET.match(name)
    if not match:
        raise PageError(404, NO_LETTER)
    which, fmt = match["which"], match["fmt"]
    if which == "all":
        if fmt != "zip":
            raise PageError(400, BAD_FORMAT)
        return None, fmt
    if fmt not in ("pdf", "docx"):
        raise PageError(400, BAD_FORMAT)
    index = int(which) - 1
    if not 0 <= index < len(offer.case.recipients):
        raise PageError(404, NO_LETTER)
    return index, fmt


async def download(request: Request) -> Response:
    offer, form = await posted(request)
    index, fmt = _target(offer, request.path_params["file"])
    errors = check(form, offer.languages, strict=True)
    if errors:
        return case_response(request, offer, form, errors)
    letters = compose_all(offer, form.language, form.sender(), site_of(request).today())
    if index is None:
        data = await run_in_threadpool(downloads.letters_zip, offer.case, letters, ZIP_FORMATS)
        readable, fallback = downloads.zip_names(offer.case, form.language)
    else:
        letter = letters[index]
        data = await run_in_threadpool(downloads.render, letter, fmt)
        readable, fallback = downloads.letter_names(offer.case, letter, fmt)
    disposition = downloads.content_disposition(readable, fallback)
    return Response(
        data,
        media_type=downloads.MEDIA_TYPES[fmt],
        headers={"content-disposition": disposition},
    )


async def page_error(request: Request, exc: Exception) -> Response:
    if isinstance(exc, PageError):
        status, title, detail = exc.status, exc.title, exc.detail
    elif isinstance(exc, HTTPException) and exc.status_code == 405:
        status, (title, detail) = 405, NOT_ALLOWED
    else:
        status, (title, detail) = 404, NOT_FOUND
    page = render("error.html", ui_of(request), status=status, title=title, detail=detail, here="/")
    if isinstance(exc, HTTPException) and exc.headers:
        page.headers.update(exc.headers)  # e.g. Allow on a 405
    return page

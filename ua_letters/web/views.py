"""The request handlers. Anything carrying supporter data is a POST, so it never
appears in a URL, a log line or the browser history.

GET  /                          the cases on offer
GET  /case/{slug}               one case: the UA in brief, the form, the letters
POST /case/{slug}               the same page with a preview (forms work without JS)
POST /case/{slug}/preview       the preview as JSON, for the page's own script
POST /case/{slug}/download/…    N.pdf, N.docx, N.fax.pdf (cover page first), N.eml (an
                                e-mail draft), N.gloss.pdf (the side translation),
                                blank.pdf (every letter, to sign by hand), all.zip
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from ua_letters.api import Channel, email_draft, reachable
from ua_letters.errors import UaLettersError
from ua_letters.web import downloads
from ua_letters.web.casepage import (
    case_context,
    default_form,
    recipient_view,
    summary,
    zip_formats,
)
from ua_letters.web.cases import Offer
from ua_letters.web.formdata import read_form
from ua_letters.web.forms import NO_GLOSS, FieldError, LetterForm, check
from ua_letters.web.i18n import translator
from ua_letters.web.pages import render, render_fragment
from ua_letters.web.site import (
    BAD_FORMAT,
    CANNOT_MAKE,
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

_TARGET = re.compile(r"^(?P<which>all|blank|\d{1,3})\.(?P<ext>[a-z0-9.]{1,12})$")
log = logging.getLogger("ua_letters.web.error")
_KINDS = {"pdf": "pdf", "docx": "docx", "fax.pdf": "fax", "eml": "eml", "gloss.pdf": "gloss"}
_SETS = {("all", "zip"): "zip", ("blank", "pdf"): "blank"}
CHANNELS = {"pdf": Channel.post, "docx": Channel.post, "fax": Channel.fax, "eml": Channel.email}


async def index(request: Request) -> Response:
    site, ui = site_of(request), ui_of(request)
    today = site.today()
    rows = [summary(offer, ui, today) for offer in site.offers]
    return finish(request, render("index.html", ui, offers=rows, here="/"))


def case_response(
    request: Request,
    offer: Offer,
    form: LetterForm,
    errors: dict[str, FieldError],
    posted: bool = True,
) -> Response:
    ui = ui_of(request)
    context = case_context(offer, ui, site_of(request).today(), form, errors, translator(ui))
    page = render(
        "case.html",
        ui,
        status=422 if errors else 200,
        csrf=csrf_token(request),
        here=f"/case/{offer.slug}",
        posted=posted,
        **context,
    )
    return finish(request, page)


async def case_page(request: Request) -> Response:
    offer = site_of(request).offer(request.path_params["slug"])
    return case_response(request, offer, default_form(offer, ui_of(request)), {}, posted=False)


async def posted(request: Request) -> tuple[Offer, LetterForm]:
    """The case and the form of a POST, after the size and CSRF checks."""
    offer = site_of(request).offer(request.path_params["slug"])
    fields = await read_form(request)
    check_csrf(request, fields)
    form = LetterForm.from_fields(fields)
    return offer, replace(form, format=form.format or zip_formats(offer)[0])


def checked(offer: Offer, form: LetterForm, strict: bool) -> dict[str, FieldError]:
    return check(form, offer.languages, strict=strict, formats=zip_formats(offer))


async def case_preview(request: Request) -> Response:
    offer, form = await posted(request)
    return case_response(request, offer, form, checked(offer, form, strict=False))


async def preview(request: Request) -> Response:
    offer, form = await posted(request)
    ui = ui_of(request)
    errors = checked(offer, form, strict=False)
    context = case_context(offer, ui, site_of(request).today(), form, errors, translator(ui))
    html = render_fragment("_letters.html", ui, csrf=csrf_token(request), **context)
    return JSONResponse(
        {"html": html, "errors": context["errors"], "language": context["language"]},
        status_code=422 if errors else 200,
    )


@dataclass(frozen=True)
class Target:
    """What a download address asks for: one letter (index, kind) or a whole set."""

    index: int | None  # None for blank.pdf and all.zip
    kind: str  # pdf, docx, fax, eml, gloss, blank or zip


def target(offer: Offer, name: str) -> Target:
    """'2.pdf' -> (1, 'pdf'); 'all.zip' -> (None, 'zip'); anything else is an error."""
    match = _TARGET.match(name)
    if not match:
        raise PageError(404, NO_LETTER)
    which, ext = match["which"], match["ext"]
    if which in ("all", "blank"):
        if (which, ext) not in _SETS:
            raise PageError(400, BAD_FORMAT)
        return Target(None, _SETS[which, ext])
    if ext not in _KINDS:
        raise PageError(400, BAD_FORMAT)
    index = int(which) - 1
    if not 0 <= index < len(offer.case.recipients):
        raise PageError(404, NO_LETTER)
    kind = _KINDS[ext]
    if kind != "gloss" and not reachable(offer.case.recipients[index], CHANNELS[kind]):
        raise PageError(404, NO_LETTER)  # the UA gives this official no such channel
    return Target(index, kind)


async def download(request: Request) -> Response:
    offer, form = await posted(request)
    wanted = target(offer, request.path_params["file"])
    # A blank letter or a translation to read needs no name; a letter to send does.
    strict = wanted.kind not in ("blank", "gloss")
    errors = checked(offer, form, strict=strict)
    if wanted.kind == "gloss" and not errors and form.gloss in ("", form.language):
        errors = {"gloss": FieldError(NO_GLOSS)}
    if errors:
        return case_response(request, offer, form, errors)
    try:
        data, (readable, fallback) = await run_in_threadpool(
            make_file, request, offer, form, wanted
        )
    except UaLettersError as error:  # the case's own text cannot be drawn (a font gap, say)
        log.warning("letter not made: %s in %s", type(error).__name__, offer.slug)
        raise PageError(422, CANNOT_MAKE) from None
    return Response(
        data,
        media_type=downloads.MEDIA_TYPES[wanted.kind if wanted.kind != "blank" else "pdf"],
        headers={"content-disposition": downloads.content_disposition(readable, fallback)},
    )


def make_file(
    request: Request, offer: Offer, form: LetterForm, wanted: Target
) -> tuple[bytes, tuple[str, str]]:
    """The bytes and the two names of a checked download (run in a worker thread)."""
    case, ui, today = offer.case, ui_of(request), site_of(request).today()
    sender = None if wanted.kind == "blank" else form.sender()
    letters = offer.letters(form.language, sender, today)
    person = offer.person(form.language)[0]
    if wanted.kind == "blank":
        postal = [x for x in letters if reachable(case.recipients[x.recipient_index], Channel.post)]
        return downloads.blank(postal), downloads.blank_names(case, person, form.language)
    if wanted.kind == "zip":
        data = downloads.letters_zip(case, letters, form.format, CHANNELS[form.format], sender)
        return data, downloads.zip_names(case, person, form.language, form.format)
    assert wanted.index is not None
    letter = letters[wanted.index]
    office = recipient_view(offer, wanted.index + 1, case.recipients[wanted.index], ui).office[0]
    if wanted.kind == "gloss":
        translation = offer.letters(form.gloss, sender, today)[wanted.index]
        return downloads.gloss(translation), downloads.gloss_names(case, letter, office, form.gloss)
    if wanted.kind == "eml":
        draft = email_draft(case, letter, sender)
        assert draft is not None  # `target` refused recipients without an address
        return draft, downloads.letter_names(case, letter, office, "eml")
    data = downloads.render(case, letter, wanted.kind)
    return data, downloads.letter_names(case, letter, office, wanted.kind)


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

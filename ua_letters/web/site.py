"""What every request needs: the cases on offer, the CSRF guard, today's date, the
interface language, and one way to answer with an error page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from starlette.requests import Request
from starlette.responses import Response

from ua_letters.web import csrf, i18n
from ua_letters.web.cases import Offer
from ua_letters.web.forms import M

COOKIE_YEAR = 365 * 24 * 3600

NOT_FOUND = (M("Page not found"), M("There is no page at this address."))
NO_CASE = (M("Appeal not found"), M("This server offers no appeal at this address."))
NO_LETTER = (M("Letter not found"), M("This appeal has no letter with that number."))
BAD_FORMAT = (M("Unknown format"), M("Letters can be downloaded as PDF or DOCX, or all as ZIP."))
EXPIRED = (
    M("The form has expired"),
    M("Please reload the page and try again. Nothing you typed was stored."),
)
TOO_LARGE = (M("Too much text"), M("The form was larger than this page accepts."))
BAD_FORM = (M("Unreadable form"), M("The form could not be read. Please use the page's form."))
NOT_ALLOWED = (M("Not allowed"), M("This address does not accept that kind of request."))
CANNOT_MAKE = (
    M("This letter cannot be made"),
    M(
        "The appeal's own text has a problem that the people running this page must fix. "
        "Please try another format, or ask your section office."
    ),
)


class PageError(Exception):
    """Answer with an error page: status, then a title and explanation (web msgids)."""

    def __init__(self, status: int, text: tuple[str, str]) -> None:
        super().__init__(text[0])
        self.status = status
        self.title, self.detail = text


@dataclass(frozen=True)
class Site:
    offers: tuple[Offer, ...]
    guard: csrf.CsrfGuard
    today: Callable[[], date]

    def offer(self, slug: str) -> Offer:
        for offer in self.offers:
            if offer.slug == slug:
                return offer
        raise PageError(404, NO_CASE)


def site_of(request: Request) -> Site:
    site: Site = request.app.state.site
    return site


def ui_of(request: Request) -> str:
    return i18n.choose_language(
        request.query_params.get(i18n.QUERY),
        request.cookies.get(i18n.COOKIE),
        request.headers.get("accept-language"),
    )


def csrf_token(request: Request) -> str:
    """The request's valid token, or a new one (set as a cookie by `finish`)."""
    token = request.cookies.get(csrf.COOKIE)
    if site_of(request).guard.is_signed(token):
        assert token is not None
        return token
    fresh = getattr(request.state, "new_csrf", None)
    if fresh is None:
        fresh = site_of(request).guard.new_token()
        request.state.new_csrf = fresh
    return str(fresh)


def check_csrf(request: Request, fields: dict[str, str]) -> None:
    if not site_of(request).guard.accepts(request.cookies.get(csrf.COOKIE), fields.get(csrf.FIELD)):
        raise PageError(403, EXPIRED)


def finish(request: Request, response: Response) -> Response:
    """Set the cookies a page relies on: a new CSRF token, a chosen interface language."""
    secure = request.url.scheme == "https"
    fresh = getattr(request.state, "new_csrf", None)
    if fresh:
        response.set_cookie(
            csrf.COOKIE, fresh, httponly=True, samesite="strict", secure=secure, path="/"
        )
    chosen = request.query_params.get(i18n.QUERY)
    if chosen in i18n.ui_languages():
        response.set_cookie(
            i18n.COOKIE, chosen, max_age=COOKIE_YEAR, samesite="lax", secure=secure, path="/"
        )
    return response

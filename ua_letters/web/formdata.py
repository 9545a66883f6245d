"""Reading a posted form: URL-encoded only, bounded in size and field count, UTF-8.

The letter form has five short fields, so a body past a few kilobytes is not a letter
form. The body is read in chunks and refused as soon as it grows too large, whatever
Content-Length claimed. Only the first value of each field counts.
"""

from __future__ import annotations

from urllib.parse import parse_qsl

from starlette.requests import Request

from ua_letters.web.site import BAD_FORM, TOO_LARGE, PageError

MAX_BODY = 16 * 1024
MAX_FIELDS = 20
FORM_TYPE = "application/x-www-form-urlencoded"


async def read_form(request: Request) -> dict[str, str]:
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media_type != FORM_TYPE:
        raise PageError(415, BAD_FORM)
    declared = request.headers.get("content-length", "0")
    if not declared.isdigit() or int(declared) > MAX_BODY:
        raise PageError(413, TOO_LARGE)
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_BODY:
            raise PageError(413, TOO_LARGE)
    try:
        pairs = parse_qsl(
            body.decode("ascii"),
            keep_blank_values=True,
            strict_parsing=False,
            encoding="utf-8",
            errors="strict",
            max_num_fields=MAX_FIELDS,
        )
    except ValueError:  # not ASCII, bad UTF-8 escapes, or too many fields
        raise PageError(400, BAD_FORM) from None
    fields: dict[str, str] = {}
    for name, value in pairs:
        fields.setdefault(name, value)
    return fields

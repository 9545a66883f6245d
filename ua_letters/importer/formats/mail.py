"""An e-mail file (.eml) as text lines, through the stdlib `email` package.

The package undoes quoted-printable and base64 and decodes with the charset the headers
declare, which is more reliable than guessing. The plain-text part is preferred, as the
sender wrote it; a mail with only HTML goes through the web-page reader. A forward's
quoting and hard wrapping are then undone like those of a pasted text. A UA attached as
a PDF, Word file or web page is read from the attachment.
"""

from __future__ import annotations

from email import policy
from email.message import EmailMessage, MIMEPart
from email.parser import BytesParser

from ua_letters.importer.formats.base import DocumentError, FormLines
from ua_letters.importer.formats.detect import detect
from ua_letters.importer.formats.plain import repair
from ua_letters.importer.formats.webpage import read_html_text

_SHORT_BODY = 1000  # characters; the shortest real UA is several times longer


def read_mail(raw: bytes, name: str) -> FormLines:
    """The body of an e-mail: text/plain if there is one, else its HTML part.

    A UA sent as an attachment ("Please find the UA attached") is read from the attachment
    when it is the only PDF, Word or web-page file and the body is too short to be a UA.
    """
    message = BytesParser(policy=policy.default).parsebytes(raw)
    assert isinstance(message, EmailMessage)  # policy.default makes EmailMessage objects
    body = message.get_body(preferencelist=("plain", "html"))
    attached = _attached_document(message)
    if attached and (body is None or len(_content(body, name).strip()) < _SHORT_BODY):
        from ua_letters.importer.formats import read_form

        filename, data = attached
        inner = read_form(data, f"{name} (attachment {filename})")
        return FormLines(inner.lines, f"e-mail attachment {filename}, {inner.how}")
    if body is None:
        kinds = sorted({part.get_content_type() for part in message.walk()})
        raise DocumentError(
            f"{name} is an e-mail with no text or HTML part (it holds {', '.join(kinds)})",
            hint="if the UA is attached, save the attachment and import that file",
        )
    text = _content(body, name)
    encoding = body.get("Content-Transfer-Encoding", "7bit").strip().lower()
    how = f"e-mail, {encoding}, {body.get_content_charset() or 'us-ascii'}"
    if body.get_content_type() == "text/html":
        return read_html_text(text, name, f"{how}, HTML part")
    if not text.strip():
        raise DocumentError(f"{name} is an e-mail whose text is empty",
                            hint="if the UA is attached, save the attachment and import that")
    return repair(text, how)


def _attached_document(message: EmailMessage) -> tuple[str, bytes] | None:
    """The one attached PDF, Word file or web page, or None if there is none or several."""
    found: list[tuple[str, bytes]] = []
    for part in message.iter_attachments():
        try:
            data = part.get_payload(decode=True)
        except (LookupError, ValueError):
            continue
        if isinstance(data, bytes) and detect(data) in ("pdf", "docx", "html"):
            found.append((part.get_filename() or part.get_content_type(), data))
    return found[0] if len(found) == 1 else None


def _content(part: MIMEPart, name: str) -> str:
    try:
        content = part.get_content()
    except (LookupError, UnicodeError, ValueError) as exc:
        raise DocumentError(f"{name}: the e-mail's text cannot be decoded ({exc})",
                            hint="save the UA's text as a .txt file and import that") from None
    if isinstance(content, bytes):  # an unknown text/* subtype
        return content.decode("utf-8", errors="replace")
    return str(content)

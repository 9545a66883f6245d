"""One small reader per form a UA arrives in, each turning bytes into the text's lines.

The form is found from the content (`detect`), never from the file name. Heavy libraries
(python-docx, pypdfium2) are imported by their reader only when such a file comes in,
so `ua-letters --help` stays instant. ua_letters.importer.reader adds the size limit and
normalises each line that comes out.
"""

from __future__ import annotations

from ua_letters.importer.formats.base import DocumentError, FormLines
from ua_letters.importer.formats.detect import Form, detect

_REFUSED = {
    "zip": "a zip file, not a Word (.docx) document; unpack it and import the UA inside",
    "doc": "an old Word (.doc) file; save it as .docx or as plain text (.txt) in Word",
    "rtf": "an RTF file; save it as .docx or as plain text (.txt)",
}


def read_form(raw: bytes, name: str) -> FormLines:
    """The lines of a document in any supported form; DocumentError if it has none."""
    form = detect(raw)
    if form in _REFUSED:
        raise DocumentError(f"{name} is {_REFUSED[form]}")
    if form == "pdf":
        from ua_letters.importer.formats.pdf import read_pdf

        return read_pdf(raw, name)
    if form == "docx":
        from ua_letters.importer.formats.word import read_word

        return read_word(raw, name)
    if form == "eml":
        from ua_letters.importer.formats.mail import read_mail

        return read_mail(raw, name)
    from ua_letters.importer.formats.plain import decode_text, read_plain

    if form == "html":
        from ua_letters.importer.formats.webpage import read_html_text

        decoded = decode_text(raw, name)
        return read_html_text(decoded.text, name, f"HTML, {decoded.how}")
    return read_plain(raw, name)


__all__ = ["DocumentError", "Form", "FormLines", "detect", "read_form"]

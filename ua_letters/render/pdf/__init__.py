"""The PDF writer, fenced: pages of positioned text runs in, PDF bytes out.

This package knows nothing of letters. Its whole interface is here:

- `register_face(name, path)`: a TrueType file to draw with, under a name;
- `Run`: one line of text (font name, size, x, y of the baseline, text, extra width of
  each space for justified lines), on an A4 page (`A4`, in points);
- `page_content(runs, fonts)`: a page encoded and compressed once (a `PageContent`), which
  any number of documents may reuse (a letter's own PDF and a print file);
- `PdfDocument(out, fonts)`: pages streamed to a binary output, fonts embedded on
  `close(metadata, language)` with only the glyphs drawn (fontTools' subsetter);
- `pdf_bytes(pages, fonts, metadata, language)`: the whole thing for a few pages.

Text is drawn as glyph codes, never parsed as markup, and the same pages give the same
bytes. It depends on fontTools and zlib only.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Mapping, Sequence

from ua_letters.render.pdf.document import A4, PageContent, PdfDocument, Run, page_content
from ua_letters.render.pdf.glyphs import register_face

__all__ = ["A4", "PageContent", "PdfDocument", "Run", "page_content", "pdf_bytes", "register_face"]


def pdf_bytes(
    pages: Iterable[Iterable[Run]],
    fonts: Sequence[str],
    metadata: Mapping[str, str],
    language: str,
) -> bytes:
    """A whole PDF of `pages` in memory."""
    buffer = io.BytesIO()
    document = PdfDocument(buffer, fonts)
    for page in pages:
        document.add_page(page)
    document.close(dict(metadata), language)
    return buffer.getvalue()

"""A saved web page as text, through a real HTML parser (stdlib html.parser).

What a browser shows as a new line becomes one: block elements end a line, <br> breaks
one, paragraphs are separated by a blank line and list items get a bullet, so the
importer sees the lines a reader would. Scripts, styles, navigation and forms' controls
are not the UA and are dropped whole — a phone number in a tracking script must never
become an official's fax.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from ua_letters.importer.formats.base import DocumentError, FormLines, lines_of

_SKIP = {"script", "style", "nav", "noscript", "template", "svg", "head", "button", "select",
         "textarea", "iframe", "object"}
_VOID = {"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed", "source",
         "track", "wbr", "param"}
_PARAGRAPH = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "table", "blockquote",
              "pre", "address", "figure", "hr", "section", "article", "header", "footer", "main",
              "aside", "form", "fieldset"}
_LINE = {"div", "li", "tr", "dt", "dd", "caption", "figcaption", "br", "center", "td", "th"}
_SPACE = re.compile(r"[ \t\r\n\f]+")


class _Text(HTMLParser):
    """Collects visible text, ending lines where the page's blocks end."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = [""]
        self.skipping: list[str] = []
        self.pre = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.skipping:
            if tag == "body":  # a page that never closes its <head>
                self.skipping.clear()
            elif tag == self.skipping[-1] and tag not in _VOID:
                self.skipping.append(tag)
                return
            else:
                return
        if tag in _SKIP:
            self.skipping.append(tag)
        elif tag in _PARAGRAPH:
            self._blank()
        elif tag in _LINE:
            self._break()
        if tag == "li":
            self.lines[-1] = "• "
        if tag == "pre":
            self.pre += 1

    def handle_endtag(self, tag: str) -> None:
        if self.skipping:
            if tag == self.skipping[-1]:
                self.skipping.pop()
            return
        if tag == "pre":
            self.pre = max(0, self.pre - 1)
        if tag in _PARAGRAPH:
            self._blank()
        elif tag in _LINE:
            self._break()

    def handle_data(self, data: str) -> None:
        if self.skipping:
            return
        if self.pre:
            first, *rest = data.replace("\r\n", "\n").split("\n")
            self.lines[-1] += first
            self.lines += rest
            return
        text = _SPACE.sub(" ", data)
        if not self.lines[-1].strip():
            text = text.lstrip()
        self.lines[-1] += text

    def _break(self) -> None:
        self.lines[-1] = self.lines[-1].rstrip()
        if self.lines[-1] and self.lines[-1] != "•":
            self.lines.append("")

    def _blank(self) -> None:
        self._break()
        if len(self.lines) > 1 and self.lines[-2]:
            self.lines.append("")


def html_lines(text: str) -> tuple[str, ...]:
    """The visible text of an HTML document, one block per line, blank lines between."""
    parser = _Text()
    parser.feed(text)
    parser.close()
    lines = [line.rstrip() for line in parser.lines if line.strip() != "•"]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    while out and not out[-1]:
        out.pop()
    return lines_of(out)  # a <pre> may hold a lone CR: cut only once blocks are settled


def html_text(text: str) -> str:
    """The visible text of an HTML document as one string (for tests and messages)."""
    return "\n".join(html_lines(text))


def read_html_text(text: str, name: str, how: str) -> FormLines:
    """The lines of a page already decoded; refuse a page that shows no text at all."""
    shown = FormLines(html_lines(text), how)
    if not shown.has_text():
        raise DocumentError(
            f"{name} is a web page with no text in it (only scripts, styles or navigation)",
            hint="open the UA's page in a browser, then save it again or copy its text",
        )
    return shown

"""mailto: links that carry the whole letter, or none at all.

A mailto: link cannot attach anything, and browsers and mail clients cut links past
about 2,000 characters. A link that carried half a letter (and promised an attachment
it cannot carry) would send a cut appeal, so a letter that does not fit gets no link:
the .eml draft is the full route.
"""

from __future__ import annotations

from urllib.parse import quote

from ua_letters.compose.letter import Letter
from ua_letters.delivery.email import header_address, plain_body

# Browsers and mail clients cut longer links.
MAILTO_LIMIT = 2000


def whole_mailto(letter: Letter, to_address: str) -> str | None:
    """The link with the whole letter (line breaks as %0D%0A), or None when it is too long.

    `to_address` may hold several addresses separated by commas; each is checked, and an
    IDN domain is written in punycode, as in the .eml's `To:`.
    """
    parts = [header_address(part.strip()).addr_spec for part in to_address.split(",")]
    link = (
        f"mailto:{','.join(quote(part, safe='@') for part in parts)}"
        f"?subject={_enc(letter.subject)}&body={_enc(plain_body(letter))}"
    )
    return link if len(link) < MAILTO_LIMIT else None


def _enc(text: str) -> str:
    return quote(text.replace("\r\n", "\n").replace("\n", "\r\n"), safe="")

"""One e-mail address, checked strictly enough to be put into a `To:` or `From:` header.

A header is a line: an address with a comma, a semicolon, angle brackets or a line break
would add recipients or headers of its own ("a@b.c\\r\\nBcc: …"). Such text is refused
here, at input, with the reason, rather than mangled later. Domains may be written in
their own script (`пример.рф`); `ascii_domain` gives the IDNA (punycode) form that mail
headers carry. A local part (before the @) outside ASCII needs SMTPUTF8 (RFC 6532), which
many official mail servers refuse, so a recipient's is refused with that reason (a writer's
own is kept, and left out of the draft's `From:`, which their mail client then fills in).
"""

from __future__ import annotations

import re

MAX_ADDRESS = 254  # RFC 5321: the longest path a mail server must accept
_FORBIDDEN = re.compile(r"[\s,;<>()\[\]\\\"]")
_LOCAL = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}$")
_LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")


def ascii_domain(domain: str) -> str | None:
    """The domain as mail headers carry it (punycode for IDN), or None when it is not one."""
    try:
        encoded = domain.encode("idna").decode("ascii").lower()
    except UnicodeError:
        return None
    labels = encoded.split(".")
    if len(labels) < 2 or len(encoded) > 253 or not all(_LABEL.match(lb) for lb in labels):
        return None
    return encoded


def address_problem(address: str, ascii_local: bool = True) -> str | None:
    """Why `address` cannot go into a mail header, or None when it can.

    `ascii_local=False` accepts a local part outside ASCII (a writer's own address: they
    know their server takes it). The reason never repeats the address: for a supporter it
    is personal data.
    """
    if "\r" in address or "\n" in address:
        return "holds a line break; give one address on one line"
    if "," in address or ";" in address:
        return "holds a comma or semicolon; give one address, not a list"
    if _FORBIDDEN.search(address):
        return "holds a space, a bracket or a quote; give the bare address, as name@example.org"
    if len(address) > MAX_ADDRESS:
        return f"is longer than {MAX_ADDRESS} characters"
    local, at, domain = address.rpartition("@")
    if not at or not local or not domain:
        return "is not an e-mail address (name@example.org)"
    if not local.isascii() and ascii_local:
        return (
            "has letters outside ASCII before the @, which many mail servers refuse "
            "(RFC 6532); ask for an ASCII address"
        )
    unusual = local.isascii() and not _LOCAL.match(local)
    if unusual or local.startswith(".") or local.endswith(".") or ".." in local:
        return "has a part before the @ that mail servers do not accept"
    if ascii_domain(domain) is None:
        return "has no valid domain after the @ (as example.org)"
    return None

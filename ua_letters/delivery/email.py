"""E-mail drafts: an RFC 5322 .eml file that mail clients open as a draft to send.

Only recipients with an e-mail address get one. The .eml is UTF-8 with correct headers
and `X-Unsent: 1`. (A mailto: link is made only when it can carry the whole letter:
delivery/mailto.py.)

Headers are built from `Address` objects, never pasted text: addresses were checked at
input (case/emailaddress.py), a name's line breaks become spaces (a header is one line),
and an IDN domain goes into `To:` in its punycode form, which every mail server reads.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from datetime import UTC, datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

from ua_letters.case.emailaddress import address_problem, ascii_domain
from ua_letters.case.sender import Sender
from ua_letters.compose.letter import Letter
from ua_letters.errors import UaLettersError

_BODY_KINDS = ("salutation", "p", "item", "close", "sign")


def plain_body(letter: Letter) -> str:
    """The letter as e-mail text: the body blocks, items as bullets, CRLF-free."""
    lines: list[str] = []
    previous = ""
    for block in letter.blocks:
        if block.kind not in _BODY_KINDS:
            continue
        if block.kind != "item" or previous != "item":
            lines.append("")
        lines.append(f"• {block.text}" if block.kind == "item" else block.text)
        previous = block.kind
    return "\n".join(lines).strip() + "\n"


def header_address(address: str, display_name: str = "") -> Address:
    """One checked address for a header: punycode domain, the name on one line.

    Raises UaLettersError (without repeating the address) for one that was never checked.
    """
    problem = address_problem(address)
    local, _, domain = address.rpartition("@")
    ascii_name = ascii_domain(domain) if problem is None else None
    if ascii_name is None:
        raise UaLettersError(f"an e-mail address {problem or 'has no valid domain'}")
    return Address(display_name=one_line(display_name), username=local, domain=ascii_name)


def one_line(text: str) -> str:
    """Header text on one line: line breaks and other spacing become single spaces."""
    return re.sub(r"\s+", " ", text).strip()


def eml(letter: Letter, to_address: str | Sequence[str], sender: Sender | None) -> bytes:
    """An .eml draft. Deterministic: the Date is the letter date, the Message-ID a hash."""
    addresses = to_address.split(",") if isinstance(to_address, str) else list(to_address)
    recipients = [header_address(a.strip()) for a in addresses]
    to_address = ", ".join(str(a) for a in recipients)
    message = EmailMessage(policy=SMTP)
    message["To"] = recipients
    if sender is not None and sender.email and sender.email.isascii():
        # a local part outside ASCII needs SMTPUTF8: the writer's mail client fills From in
        message["From"] = header_address(sender.email, sender.name)
    message["Subject"] = one_line(letter.subject)
    message["Date"] = format_datetime(
        datetime(letter.dated.year, letter.dated.month, letter.dated.day, 9, 0, tzinfo=UTC)
    )
    body = plain_body(letter)
    digest = hashlib.sha256(f"{to_address}\n{letter.subject}\n{body}".encode()).hexdigest()[:24]
    message["Message-ID"] = f"<{digest}@ua-letters.invalid>"
    message["X-Unsent"] = "1"
    message.set_content(body, subtype="plain", charset="utf-8", cte="quoted-printable")
    message["Content-Language"] = letter.language  # after set_content, which drops Content-*
    return message.as_bytes()

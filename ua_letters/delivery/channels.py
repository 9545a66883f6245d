"""One letter, three ways to send it: the documents each channel needs.

- post: the letters in the formats asked for (PDF, DOCX), to sign and post;
- fax: one PDF per letter with a cover page first (`…_ru.fax.pdf`);
- email: an .eml draft (`…_ru.eml`), only for recipients who have an e-mail address, and a
  mailto: link (`…_ru.mailto.txt`) only when the whole letter fits in one.

A copy that says it encloses the letters to the officials (an embassy's) carries them: the
fax their pages after its own, the e-mail as attached PDFs.
"""

from __future__ import annotations

from collections.abc import Sequence

from ua_letters.case.model import Case, Recipient, resolve
from ua_letters.case.sender import Sender
from ua_letters.compose.context import conveys_only
from ua_letters.compose.letter import Letter
from ua_letters.delivery.deadline import Channel
from ua_letters.delivery.email import eml
from ua_letters.delivery.mailto import whole_mailto
from ua_letters.errors import UaLettersError
from ua_letters.render.documents import Document, file_name, render_document, render_letters
from ua_letters.render.gloss import gloss_docx, gloss_pdf


def enclosed_letters(case: Case, letter: Letter, letters: Sequence[Letter]) -> list[Letter]:
    """The letters `letter` says it encloses («Please find enclosed a copy of my letter to
    …»): for a copy that only asks its recipient to pass the appeal on (an embassy), the
    writer's letters in its language to the main officials, among `letters`; else none.
    By post the writer puts them in the envelope; a fax carries their pages, an e-mail
    attaches them."""
    if not conveys_only(case.recipients[letter.recipient_index]):
        return []
    return [
        each
        for each in letters
        if each.language == letter.language and not case.recipients[each.recipient_index].copy_only
    ]


def reachable(recipient: Recipient, channel: Channel) -> bool:
    """Whether a recipient can be sent a letter by `channel`: post needs an address."""
    if channel is Channel.fax:
        return bool(recipient.fax)
    if channel is Channel.email:
        return bool(recipient.email)
    return recipient.address is not None


_LACKS = {
    Channel.post: "no postal address",
    Channel.fax: "no fax number",
    Channel.email: "no e-mail address",
}


def unreachable(case: Case, channel: Channel) -> list[str]:
    """A line for each recipient the channel cannot reach, naming them and why."""
    lines = []
    for index, recipient in enumerate(case.recipients):
        if not reachable(recipient, channel):
            who = resolve(recipient.title or recipient.name, "en") or f"recipient {index + 1}"
            lines.append(f"recipients[{index}] ({who}): {_LACKS[channel]}, so no {channel} letter")
    return lines


def channel_documents(
    case: Case,
    letters: Sequence[Letter],
    channel: Channel,
    formats: Sequence[str],
    sender: Sender | None,
    glosses: Sequence[Letter | None] = (),
    every: Sequence[Letter] | None = None,
) -> list[Document]:
    """The documents of every letter; a gloss joins a posted letter, or stands alone
    beside a fax or e-mail (so that it is never sent). `every` is all the writer's letters,
    the ones the channel cannot reach too, for the letters a copy encloses (default:
    `letters`)."""
    pairs = list(zip(letters, glosses or [None] * len(letters), strict=True))
    if channel is Channel.post:
        documents: list[Document] = []
        for letter, gloss in pairs:
            if gloss is None:
                documents += render_letters(case, [letter], formats)
            else:
                documents += [gloss_document(case, letter, gloss, fmt) for fmt in formats]
        return documents
    apart = [
        Document(file_name(case, letter, f"gloss-{gloss.language}.pdf"),
                 gloss_pdf(letter, gloss), letter, "pdf")
        for letter, gloss in pairs
        if gloss is not None
    ]  # fmt: skip
    return _sent(case, letters, channel, sender, letters if every is None else every) + apart


def gloss_document(case: Case, letter: Letter, gloss: Letter, fmt: str) -> Document:
    data = gloss_pdf(letter, gloss) if fmt == "pdf" else gloss_docx(letter, gloss)
    return Document(file_name(case, letter, fmt), data, letter, fmt)


def _sent(
    case: Case,
    letters: Sequence[Letter],
    channel: Channel,
    sender: Sender | None,
    every: Sequence[Letter],
) -> list[Document]:
    if channel is Channel.fax:
        from ua_letters.render.fax_cover import fax_pdf

        return [
            Document(
                file_name(case, letter, "fax.pdf"),
                fax_pdf(
                    letter,
                    case.recipients[letter.recipient_index],
                    enclosed_letters(case, letter, every),
                ),
                letter,
                "pdf",
            )
            for letter in letters
        ]
    return email_documents(case, letters, sender, every)


def mailto_for(case: Case, letter: Letter) -> str | None:
    """A mailto: link carrying the whole letter, or None: when the recipient has no address,
    when the letter does not fit in a link (never a cut letter: the .eml is the route), or
    when it says it encloses the letters to the officials, which a link cannot carry."""
    recipient = case.recipients[letter.recipient_index]
    if not recipient.email or conveys_only(recipient):
        return None
    return whole_mailto(letter, ", ".join(recipient.email))


def enclosures(case: Case, letter: Letter, letters: Sequence[Letter]) -> list[tuple[str, bytes]]:
    """The PDFs an e-mail of `letter` attaches: the letters it says it encloses."""
    return [
        (file_name(case, each, "pdf"), render_document(each, "pdf"))
        for each in enclosed_letters(case, letter, letters)
    ]


def email_documents(
    case: Case,
    letters: Sequence[Letter],
    sender: Sender | None,
    every: Sequence[Letter] | None = None,
) -> list[Document]:
    """An .eml (and a mailto: link where the whole letter fits) for each letter whose
    recipient has an e-mail address; `every` holds the letters a copy may enclose."""
    documents: list[Document] = []
    for letter in letters:
        addresses = case.recipients[letter.recipient_index].email
        if not addresses:
            continue  # never offer e-mail to a recipient without an address
        address = ", ".join(addresses)
        attached = enclosures(case, letter, letters if every is None else every)
        draft = eml(letter, address, sender, attached)
        documents.append(Document(file_name(case, letter, "eml"), draft, letter, "eml"))
        link = mailto_for(case, letter)
        if link is not None:  # never a cut letter: the .eml is the full route
            name = file_name(case, letter, "mailto.txt")
            documents.append(Document(name, f"{link}\n".encode(), letter, "mailto"))
    if not documents:
        raise UaLettersError(
            "no recipient of this case has an e-mail address",
            hint="send by post or fax: --channel post or --channel fax",
        )
    return documents

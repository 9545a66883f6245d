"""What an official receives by fax and by e-mail, per language, kept as golden text.

tests/golden/matrix/ holds every post letter (each writer × every variant combination).
The same letters also go out by fax and by e-mail, and what those channels add is read
here, from the real documents, in every language:

- fax/<lang>.txt: the cover page of each fax, as read back from the fax PDF, to each
  official of the seed case and to the embassy: every variant combination to the first
  official, the first combination to the others (the variants change only the letter,
  not the cover). Covers that read the same are written once, with the combinations
  that give them. The pages after the cover must read back as the post letter itself,
  which is golden.
- email/<lang>.txt: each e-mail draft as a mail client shows it (To, From, Subject,
  Content-Language, and the plain-text body decoded from the .eml), to an official with
  an e-mail address and to the embassy, whose copy has no variants.

A reviewer reads them as the official would (no label twice, no "Re:", every sentence
right; the test also checks that no subject starts with a label and that the cover says
its label once); `pytest --update-goldens` rewrites them, and the diff shows what changed.
"""

from __future__ import annotations

import email
import email.policy
import io
import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.languages.test_matrix_golden import DAY, EMBASSY, WRITERS
from tests.render.readback import dehyphenate, in_order, squash
from ua_letters.case import Case, Sender
from ua_letters.case.model import Recipient
from ua_letters.compose import compose_letter
from ua_letters.compose.languages import rules
from ua_letters.compose.notes import FAX_RE, note
from ua_letters.compose.variants import CHOICES, Variant
from ua_letters.delivery.email import eml
from ua_letters.render.fax_cover import fax_pdf
from ua_letters.render.layout import layout_letter
from ua_letters.resources import shipped_languages

GOLDEN = Path(__file__).resolve().parent.parent / "golden"
VARIANTS = [Variant(*c) for c in itertools.product(range(CHOICES), repeat=3)]
# Writers with an e-mail address, so that the drafts have a From line.
MAILERS = {
    key: writer.model_copy(update={"email": f"{key}.writer@example.org"})
    for key, writer in WRITERS.items()
}
OFFICIAL_EMAIL = "minister@example.org"  # the seed's officials have none: one is added
# An example fax number for the embassy (the matrix's embassy has none), not its own.
EMBASSY_FAX = "+49 30 3478 1362"


def _grouped(title: str, renderings: Iterator[tuple[str, str]]) -> list[str]:
    """One section per distinct text, naming the variant combinations that give it."""
    groups: dict[str, list[str]] = {}
    for code, text in renderings:
        groups.setdefault(text, []).append(code)
    sections = []
    for text, codes in groups.items():
        which = f"all {len(codes)} variants" if len(codes) == len(VARIANTS) else " ".join(codes)
        sections.append(f"==== {title} · {which}\n{text.rstrip()}\n")
    return sections


def _fax_cover(case: Case, recipient: Recipient, language: str, writer: Sender) -> Iterator[
    tuple[str, str]
]:  # fmt: skip
    """(variant, cover text) of each fax; each fax's letter pages read as the letter."""
    variants = VARIANTS if recipient is case.recipients[0] else VARIANTS[:1]
    for variant in variants:
        letter = compose_letter(case, recipient, language, writer, DAY, None, variant)
        pages = PdfReader(io.BytesIO(fax_pdf(letter, recipient))).pages
        assert len(pages) == 1 + len(layout_letter(letter))
        rest = squash(dehyphenate("\n".join(page.extract_text() for page in pages[1:])))
        assert in_order(rest, [squash(b.text) for b in letter.blocks]) == [], variant.code
        cover = pages[0].extract_text()
        _no_label_on(letter.subject, language)
        label, plain, subject = (
            squash(t) for t in (note(language, FAX_RE), cover, letter.subject)
        )  # the label once, then the subject
        assert plain.count(label) == 1 and f"{label} {subject[:20]}" in plain
        yield variant.code, cover


def _email(case: Case, recipient: Recipient, language: str, writer: Sender, to: str) -> Iterator[
    tuple[str, str]
]:  # fmt: skip
    for variant in VARIANTS:
        letter = compose_letter(case, recipient, language, writer, DAY, None, variant)
        message = email.message_from_bytes(eml(letter, to, writer), policy=email.policy.default)
        head = "\n".join(
            f"{name}: {message[name]}" for name in ("To", "From", "Subject", "Content-Language")
        )
        assert message["Subject"] == letter.subject
        _no_label_on(message["Subject"], language)
        body = message.get_body()
        assert body is not None
        yield variant.code, f"{head}\n\n{body.get_content().replace(chr(13), '')}"


def _no_label_on(subject: str, language: str) -> None:
    """A fax cover's or an e-mail's subject starts with neither a subject label nor "Re:"."""
    labels = {note(code, FAX_RE) for code in shipped_languages()}
    labels |= {rules(code).subject_label for code in shipped_languages()} - {""}
    labels |= {"Re:", "RE:", "Fwd:", "AW:", "Betreff:", "Тема:", "Objet", "Asunto:"}
    assert not subject.startswith(tuple(labels)), (language, subject)


def channels(case: Case, language: str) -> tuple[str, str]:
    """The fax and the e-mail golden text of one language."""
    embassy = Recipient.model_validate({**EMBASSY, "fax": [EMBASSY_FAX]})
    faxed = case.model_copy(update={"recipients": [*case.recipients, embassy]})
    fax = [f"# {language}: the fax covers of UA 135/10, to each official and the embassy\n"]
    for recipient, (key, writer) in itertools.product(faxed.recipients, WRITERS.items()):
        title = f"fax cover · {recipient.id or 'embassy'} · writer {key}"
        fax += _grouped(title, _fax_cover(faxed, recipient, language, writer))
    main = case.recipients[0].model_copy(update={"email": [OFFICIAL_EMAIL]})
    mailed = case.model_copy(update={"recipients": [main, *case.recipients[1:], embassy]})
    mail = [f"# {language}: the e-mail drafts of UA 135/10, to an official and the embassy\n"]
    for (who, recipient, to), (key, writer) in itertools.product(
        [
            (main.id, mailed.recipients[0], OFFICIAL_EMAIL),
            ("embassy", mailed.recipients[-1], str(EMBASSY["email"])),
        ],
        MAILERS.items(),
    ):
        mail += _grouped(
            f"e-mail · {who} · writer {key}", _email(mailed, recipient, language, writer, to)
        )
    return "\n".join(fax), "\n".join(mail)


@pytest.mark.slow
@pytest.mark.parametrize("language", shipped_languages())
def test_fax_and_email_are_golden(example_case: Case, language: str, update_goldens: bool) -> None:
    texts = dict(zip(("fax", "email"), channels(example_case, language), strict=True))
    for channel, text in texts.items():
        golden = GOLDEN / channel / f"{language}.txt"
        if update_goldens:
            golden.parent.mkdir(parents=True, exist_ok=True)
            golden.write_text(text, encoding="utf-8")
        assert text == golden.read_text(encoding="utf-8"), f"differs from {golden}; review it"

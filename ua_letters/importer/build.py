"""Step four: turn one block of lines into a recipient, with what a person must check.

Every value is the UA's own text. Where the importer had to decide something (the role,
a title taken from the salutation, a rewritten number), the reason goes into `checks`;
where it found nothing, a notice names the line.
"""

from __future__ import annotations

from ua_letters.case.model import Gender
from ua_letters.importer.blocks import Block
from ua_letters.importer.contacts import read_emails, read_handles, read_salutation
from ua_letters.importer.heads import interpret
from ua_letters.importer.names import split_pinyin_title, title_language
from ua_letters.importer.numbers import is_possible, split_numbers
from ua_letters.importer.result import Findings, FoundRecipient
from ua_letters.importer.roles import choose_gender, choose_role, title_from_salutation
from ua_letters.importer.vocab import SOCIAL_LABELS


def build_recipient(
    block: Block, index: int, language: str, country: str | None
) -> tuple[FoundRecipient, Findings]:
    """The recipient, and the warnings about it. `language` is the UA's; `country` the
    UA's, whose code goes on the numbers only of a recipient without any address."""
    where = f"recipients[{index}]"
    report = Findings()
    found = FoundRecipient(line=block.first_line, copy=block.copy)
    head = interpret([text for _, text in block.head])
    found.title, found.name, found.organisation = head.title, head.name, head.organisation
    if found.name:
        found.name, pinyin = split_pinyin_title(found.name)
        if pinyin and found.title:
            found.checks["name"] = (f"{pinyin!r} after the name is the title in pinyin, as a "
                                    "Chinese address writes it; left out of the name")
        elif pinyin:
            found.title = pinyin
            found.checks["title"] = (f"{pinyin!r} after the name is the title in pinyin, as a "
                                     "Chinese address writes it")
    if head.other_title and head.title and title_language(head.other_title, language) == (
        title_language(head.title, language)
    ):  # two titles in one language: the first is kept, the second shown to a person
        found.checks["title"] = f"the UA also gives the title as {head.other_title!r}"
    else:
        found.other_title = head.other_title
    found.care_of = head.care_of
    found.honorifics, found.address, found.country = head.honorifics, head.address, head.country
    found.checks.update(head.checks)
    if head.postnominals:
        said = f"the UA writes {' '.join(head.postnominals)} after the name"
        found.checks["name"] = "; ".join(filter(None, [found.checks.get("name"), said]))
    found.notes = [text for _, text in block.notes]
    _contacts(block, found, report, country, where)
    if block.salutation:
        number, text = block.salutation
        found.salutation, problem = read_salutation(text, language)
        if problem:
            report.warn(problem, number, f"{where}.salutation")
    main_salutation = found.salutation.get(language)
    if found.title is None and (title := title_from_salutation(main_salutation)):
        found.title = title
        found.checks["title"] = (
            f"the UA gives no title; taken from the salutation {main_salutation!r}"
        )
    found.role, reason = choose_role(
        found.title, main_salutation, found.honorifics, found.organisation
    )
    found.checks["role"] = reason
    every_salutation = " / ".join(found.salutation.values()) or None
    found.gender, gender_reason = choose_gender(found.honorifics, every_salutation)
    if found.gender is Gender.unknown:
        found.checks["gender"] = "the UA does not say; write male or female if you know"
    else:
        found.checks["gender"] = str(gender_reason)
    _complain(block, found, report, where)
    return found, report


def _contacts(
    block: Block, found: FoundRecipient, report: Findings, ua_country: str | None, where: str
) -> None:
    seen: dict[str, set[str]] = {"fax": set(), "phone": set(), "email": set()}
    unlabelled = set(block.unlabelled)
    for number, segment in block.contacts:
        label, value = segment.label or "", segment.value
        if not value:
            continue
        if label in ("fax", "phone", "phone_fax"):
            # The code comes from the recipient's own address; the UA's country only when
            # the recipient has no address at all (an embassy abroad must never get it).
            country = found.country or (None if found.address else ua_country)
            numbers, problems = split_numbers(value, country)
            for problem in problems:
                report.warn(problem, number, f"{where}.{'phone' if label == 'phone' else 'fax'}")
            for item in numbers:
                targets = ["fax", "phone"] if label == "phone_fax" else [label]
                for target in targets:
                    if item.text not in seen[target]:
                        seen[target].add(item.text)
                        getattr(found, target).append(item.text)
                if item.note:
                    found.checks[f"{targets[0]}:{item.text}"] = item.note
                    report.warn(f"{item.text}: {item.note}", number, f"{where}.{targets[0]}")
                elif not is_possible(item.text):
                    report.warn(f"{item.text} has the wrong number of digits for its country; "
                            "check it against the UA", number, f"{where}.{targets[0]}")
            if number in unlabelled:
                report.warn("a number without a label, read as a fax number", number,
                            f"{where}.fax")
        elif label == "email":
            emails, hidden, spelled = read_emails(value)
            for email in emails:
                if email not in seen["email"]:
                    seen["email"].add(email)
                    found.email.append(email)
            if hidden:
                found.email_hidden = True
                report.warn(
                    f"the e-mail address is hidden in this copy ({value!r}); copy it from "
                    "the original UA page",
                    number,
                    f"{where}.email",
                )
            elif spelled:
                found.checks["email"] = f"rebuilt from {value!r}"
            elif not emails:
                report.warn(f"{value!r} is not an e-mail address", number, f"{where}.email")
        elif label in SOCIAL_LABELS:
            found.social.setdefault(label, []).extend(read_handles(value))


def _complain(block: Block, found: FoundRecipient, report: Findings, where: str) -> None:
    line = found.line
    if not found.name:
        report.warn("no name found for this official", line, f"{where}.name")
    if not (found.address or found.fax or found.email):
        report.warn("no address, fax or e-mail for this official; add one way to reach them",
                line, f"{where}.address")
    if not block.salutation:
        report.warn(
            "no salutation in the UA; the letters will use the usual one for the role",
            line,
            f"{where}.salutation",
        )
    if found.honorifics:
        said = f"the UA writes {' '.join(found.honorifics)} before the name"
        found.checks["name"] = "; ".join(filter(None, [found.checks.get("name"), said]))

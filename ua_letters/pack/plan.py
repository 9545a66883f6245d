"""What a pack holds: one letter per supporter × recipient, in a stable order and folders.

Order: language by language (the case's order first), within a language the supporters
as listed and then the blank letters, and for each of them the recipients as the case
lists them. The print files and the labels follow the same order, so the n-th label
belongs to the n-th letter. Folder and file names come from `slug` and row numbers only:
nothing a supporter typed can leave the pack's folder. A supporter's name is transliterated
to ASCII with anyascii first (Weiß -> weiss, Петрова -> petrova, 王 -> wang), so every
script gives a readable folder name, the same on every run.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from ua_letters.case.model import Case
from ua_letters.case.sender import Sender
from ua_letters.compose.variants import Variant, variant_for
from ua_letters.pack.supporters import Supporter
from ua_letters.render.documents import recipient_slug
from ua_letters.render.naming import slug

LETTERS = "letters"


@dataclass(frozen=True)
class Job:
    """One letter to make."""

    number: int  # 1, 2, … in pack order
    language: str
    recipient: int  # index into case.recipients
    sender: Sender | None  # None: blank lines for a handwritten name and address
    row: int | None  # the supporter's row in their list; None for a blank letter
    variant: Variant
    folder: str  # "letters/ru/0005-anna-petrova"
    stem: str  # "01-minister-of-internal-affairs"

    def path(self, fmt: str) -> str:
        """The file in the pack; the fax version (a cover page first) is `….fax.pdf`."""
        return f"{self.folder}/{self.stem}.{'fax.pdf' if fmt == 'fax' else fmt}"


def folder_name(name: str) -> str:
    """'Jürgen Weiß' -> 'jurgen-weiss'; 'Анна Петрова' -> 'anna-petrova'.

    >>> folder_name("Jürgen Weiß"), folder_name("Петрова"), folder_name("../../x")
    ('jurgen-weiss', 'petrova', 'x')
    """
    from anyascii import anyascii

    return slug(anyascii(name), "supporter")


def pack_languages(case: Case, supporters: Sequence[Supporter], blank: int) -> list[str]:
    """The languages that get letters, the case's own order first."""
    used = {s.language for s in supporters} | (set(case.languages) if blank else set())
    order = {lang: i for i, lang in enumerate(case.languages)}
    return sorted(used, key=lambda lang: (order.get(lang, len(order)), lang))


def letter_count(case: Case, supporters: Sequence[Supporter], blank: int) -> int:
    return (len(supporters) + blank * len(case.languages)) * len(case.recipients)


def signer_counts(case: Case, supporters: Sequence[Supporter], blank: int) -> list[tuple[str, int]]:
    """(language, letters per recipient) in pack order: what the labels need of the plan."""
    return [
        (
            lang,
            sum(s.language == lang for s in supporters) + (blank if lang in case.languages else 0),
        )
        for lang in pack_languages(case, supporters, blank)
    ]


def plan_jobs(case: Case, supporters: Sequence[Supporter], blank: int) -> Iterator[Job]:
    """Every letter of the pack, numbered, in pack order."""
    width = max(4, len(str(max((s.row for s in supporters), default=0))))
    stems = [recipient_slug(case, recipient) for recipient in case.recipients]
    number = 0
    for language in pack_languages(case, supporters, blank):
        signers: list[tuple[Sender | None, int | None, str, str]] = [
            (s.sender, s.row, f"{s.row:0{width}d}-{folder_name(s.sender.name)}", s.key)
            for s in supporters
            if s.language == language
        ]
        signers += [
            (None, None, f"blank-{i:03d}", f"blank:{language}:{i}")
            for i in range(1, blank + 1)
            if language in case.languages
        ]
        for sender, row, folder, key in signers:
            variant = variant_for(key)
            for index, stem in enumerate(stems):
                number += 1
                yield Job(
                    number,
                    language,
                    index,
                    sender,
                    row,
                    variant,
                    f"{LETTERS}/{language}/{folder}",
                    stem,
                )

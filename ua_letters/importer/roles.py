"""What an official is (the model's Role) and their gender, read from the UA's words.

The role chooses the salutation in languages the UA does not give one for, so it comes
from the title, else the salutation ("Dear President"), else an honorific ("Ambassador").
Gender is only taken from words that state it (Mr, Ms, Señora, "Dear Madam"); otherwise
it stays unknown for a person to fill in.
"""

from __future__ import annotations

import re

from ua_letters.case.model import Gender, Role
from ua_letters.importer.contacts import gender_of_salutation
from ua_letters.importer.names import words
from ua_letters.importer.vocab import HONORIFICS, TITLE_WORDS

_ROLES: tuple[tuple[re.Pattern[str], Role], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), role)
    for pattern, role in (
        (r"\bprime minister\b|\bpremier\b", Role.prime_minister),
        (r"\bminister\b|^(?:cabinet\s+)?secretary\s+(?:of|for)\b(?!\s+the\s+commission)",
         Role.minister),
        (r"\b(?:attorney[- ]general|general prosecutor|prosecutor[- ]general|"
         r"procurator[- ]general|fiscal general)\b", Role.general_prosecutor),
        (r"\b(?:prosecutor|procurator|fiscal)\b", Role.prosecutor),
        (r"\b(?:ombudsman|ombudsperson|public defender|people's advocate|defensor del pueblo|"
         r"human rights commissioner|commissioner for human rights|commission on human rights|"
         r"human rights commission)\b|\bhuman rights\b.*\b(?:institution|commission|council)\b",
         Role.ombudsman),
        (r"\bambassador\b|\bembassy\b", Role.ambassador),
        (r"\bgovernor\b", Role.governor),
        (r"\b(?:chief|head|commissioner|director|inspector|commander)\b.*\bpolice\b|"
         r"\bpolice (?:chief|commissioner|director)\b", Role.police_chief),
        (r"\bjudge\b|\bchief justice\b|\bcourt\b", Role.judge),
        (r"(?<!vice )(?<!vice-)\bpresident\b", Role.president),
    )
)


def role_of(text: str | None) -> Role | None:
    if not text:
        return None
    for pattern, role in _ROLES:
        if pattern.search(text):
            return role
    return None


def choose_role(
    title: str | None, salutation: str | None, honorifics: list[str], organisation: str | None
) -> tuple[Role, str]:
    """The role and where it came from, for the draft's CHECK comment."""
    for source, text in (
        ("title", title),
        ("salutation", salutation),
        ("honorific", " ".join(honorifics)),
        ("organisation", organisation),
    ):
        if role := role_of(text):
            return role, f"from the {source} {text!r}"
    return Role.official, "the UA names no office the importer knows"


def choose_gender(honorifics: list[str], salutation: str | None) -> tuple[Gender, str | None]:
    """The gender stated by an honorific or the salutation, else unknown (and None)."""
    for honorific in honorifics:
        if gender := HONORIFICS.get(honorific.lower()):
            return Gender(gender), f"from {honorific!r}"
    if salutation and (gender := gender_of_salutation(salutation)):
        return Gender(gender), f"from the salutation {salutation!r}"
    return Gender.unknown, None


# Salutations that name a diplomatic rank, not the office the letter must write.
_RANKS = frozenset({"ambassador"})


def title_from_salutation(salutation: str | None) -> str | None:
    """'Dear President' -> 'President': the office a salutation names, when the UA gives
    no title line. 'Dear Sir or Madam' names none, and neither does 'Dear Ambassador': it
    addresses a rank, which a permanent representative to the UN (pages 07 and 08:
    Iran's, whose office is "Permanent Representative", «Постоянный представитель»), an
    ambassador-at-large or a former ambassador holds too (the role still follows it)."""
    if not salutation:
        return None
    match = re.match(r"dear\s+(?:(?:mr|mrs|ms|madam|madame|sir)\.?\s+)?(.+)$", salutation, re.I)
    if not match:
        return None
    rest = match[1].strip(" ,!:;")
    if rest.casefold() in _RANKS:
        return None
    if rest and all(w in TITLE_WORDS for w in words(rest)) and role_of(rest):
        return rest
    return None

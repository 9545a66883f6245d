"""Salutations: from the case file when it gives one, else from role, gender and language.

The English wording below is the message id; each language's catalog holds its own form
(«Уважаемая госпожа Президент», «Урматтуу Президент айым», «Madame la Présidente»).
Punctuation is the template's business: Russian and Kyrgyz close a salutation with «!»,
English, German and French with ",", Spanish with ":".
"""

from __future__ import annotations

from pathlib import Path

from ua_letters.case.model import Gender, Recipient, Role, resolve
from ua_letters.compose.catalogs import N_, messages
from ua_letters.compose.languages import rules
from ua_letters.compose.offices import plain
from ua_letters.compose.typography import one_line

_WITH_NAME = "%(family)s"

SALUTATIONS: dict[tuple[Role, Gender], tuple[str, str]] = {
    (Role.president, Gender.male): N_("salutation:president:male", "Dear President"),
    (Role.president, Gender.female): N_("salutation:president:female", "Dear President"),
    (Role.prime_minister, Gender.male): N_("salutation:prime_minister:male", "Dear Prime Minister"),
    (Role.prime_minister, Gender.female): N_(
        "salutation:prime_minister:female", "Dear Prime Minister"
    ),
    (Role.minister, Gender.male): N_("salutation:minister:male", "Dear Minister"),
    (Role.minister, Gender.female): N_("salutation:minister:female", "Dear Minister"),
    (Role.general_prosecutor, Gender.male): N_(
        "salutation:general_prosecutor:male", "Dear General Prosecutor"
    ),
    (Role.general_prosecutor, Gender.female): N_(
        "salutation:general_prosecutor:female", "Dear General Prosecutor"
    ),
    (Role.prosecutor, Gender.male): N_("salutation:prosecutor:male", "Dear Prosecutor"),
    (Role.prosecutor, Gender.female): N_("salutation:prosecutor:female", "Dear Prosecutor"),
    (Role.ombudsman, Gender.male): N_("salutation:ombudsman:male", "Dear Ombudsman"),
    (Role.ombudsman, Gender.female): N_("salutation:ombudsman:female", "Dear Ombudsman"),
    (Role.ambassador, Gender.male): N_("salutation:ambassador:male", "Your Excellency"),
    (Role.ambassador, Gender.female): N_("salutation:ambassador:female", "Your Excellency"),
    (Role.judge, Gender.male): N_("salutation:judge:male", "Dear Judge"),
    (Role.judge, Gender.female): N_("salutation:judge:female", "Dear Judge"),
    (Role.governor, Gender.male): N_("salutation:governor:male", "Dear Governor"),
    (Role.governor, Gender.female): N_("salutation:governor:female", "Dear Governor"),
    (Role.police_chief, Gender.male): N_("salutation:police_chief:male", "Dear Chief of Police"),
    (Role.police_chief, Gender.female): N_(
        "salutation:police_chief:female", "Dear Chief of Police"
    ),
    (Role.official, Gender.male): N_("salutation:official:male", "Dear Mr %(family)s"),
    (Role.official, Gender.female): N_("salutation:official:female", "Dear Ms %(family)s"),
}
UNKNOWN_GENDER = N_("salutation:any:unknown", "Dear Sir or Madam")
# An office whose English title comes in several wordings: the Kyrgyz UAs' "General
# Prosecutor" (the default), the "Prosecutor General" of most countries' English (and of
# Amnesty's sample letters, "Dear Prosecutor General"), the "Attorney General" of the
# common-law and Latin American states. The English salutation follows the recipient's
# own English title; the other languages write the office their own way, whatever it is.
TITLE_WORDING: dict[tuple[Role, Gender], tuple[tuple[str, tuple[str, str]], ...]] = {
    (Role.general_prosecutor, Gender.male): (
        ("prosecutor general", N_("salutation:general_prosecutor:male:prosecutor_general",
                                  "Dear Prosecutor General")),
        ("attorney general", N_("salutation:general_prosecutor:male:attorney_general",
                                "Dear Attorney General")),
    ),
    (Role.general_prosecutor, Gender.female): (
        ("prosecutor general", N_("salutation:general_prosecutor:female:prosecutor_general",
                                  "Dear Prosecutor General")),
        ("attorney general", N_("salutation:general_prosecutor:female:attorney_general",
                                "Dear Attorney General")),
    ),
}


def _english_title_begins(recipient: Recipient, words: str) -> bool:
    """Whether the recipient's English title begins with these words ("Prosecutor-General
    of Ukraine", "H.E. the Prosecutor General")."""
    title = resolve(recipient.title, "en")
    if not isinstance(title, str):
        return False
    text = plain(title).replace("-", " ")
    return text == words or text.startswith(f"{words} ") or text.startswith(f"{words},")


def salutation_entry(
    recipient: Recipient, language: str, family_name: str | None, gender: Gender | str | None
) -> tuple[str, str] | None:
    """The catalog entry (context, message) of the salutation; None when the case gives one.

    A language whose role salutations do not depend on gender ("Dear Minister") uses them
    for an official of unknown gender too; the others address an office without a named
    person as «Уважаемые дамы и господа» (a named one of unknown gender is refused earlier).
    """
    if resolve(recipient.salutation, language):
        return None
    given = Gender(gender) if gender is not None else recipient.gender
    known = given
    if given == Gender.unknown and not rules(language).needs_recipient_gender:
        known = Gender.male  # the same words for either gender in this language
    entry = SALUTATIONS.get((recipient.role, known), UNKNOWN_GENDER)
    for words, worded in TITLE_WORDING.get((recipient.role, known), ()):
        if _english_title_begins(recipient, words):
            entry = worded
    if _WITH_NAME in entry[1] and (family_name is None or given == Gender.unknown):
        entry = UNKNOWN_GENDER  # "Dear Mr …" needs a name and a gender
    return entry


def is_impersonal(
    recipient: Recipient, language: str, family_name: str | None, gender: Gender | str | None
) -> bool:
    """Whether the salutation addresses an office, not a person ("Dear Sir or Madam")."""
    return salutation_entry(recipient, language, family_name, gender) == UNKNOWN_GENDER


def salutation(
    recipient: Recipient,
    language: str,
    family_name: str | None,
    root: Path | None = None,
    gender: Gender | str | None = None,
) -> str:
    """The salutation without closing punctuation, e.g. «Уважаемая госпожа Президент».

    `root` is a section office's folder whose catalogs are searched first; `gender` is the
    official's gender as the letter uses it (the case's, or the one the name shows).
    """
    entry = salutation_entry(recipient, language, family_name, gender)
    if entry is None:
        return one_line(str(resolve(recipient.salutation, language))).rstrip("!,.:; ")
    context, message = entry
    params = {"family": family_name} if _WITH_NAME in message else {}
    return messages(language, root=root).get(message, context=context, **params)

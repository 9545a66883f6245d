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


def salutation(
    recipient: Recipient, language: str, family_name: str | None, root: Path | None = None
) -> str:
    """The salutation without closing punctuation, e.g. «Уважаемая госпожа Президент».

    `root` is a section office's folder whose catalogs are searched first.
    """
    given = resolve(recipient.salutation, language) if recipient.salutation else None
    if given:
        return one_line(given).rstrip("!,.:; ")
    key = (recipient.role, recipient.gender)
    context, message = SALUTATIONS.get(key, UNKNOWN_GENDER)
    if _WITH_NAME in message and family_name is None:
        context, message = UNKNOWN_GENDER  # "Dear Mr …" needs a name the UA does not give
    params = {"family": family_name} if _WITH_NAME in message else {}
    return messages(language, root=root).get(message, context=context, **params)

"""The people's situation as structured data, when the UA's story states it plainly.

With a `situation`, a letter in a language without a facts text says the essentials in
the standard paragraph (compose). It is read only from unambiguous phrases — "sentenced
to death", "due to be executed", "has not been seen since", "received death threats",
"detained on 15 June", "charged with", "at risk of being deported" — and only when exactly
one kind is stated (a charge gives way to the detention or sentence it led to); the date
takes its year from the issue date. The draft marks it CHECK.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from babel.dates import get_month_names

_KINDS = {
    "sentenced_to_death": re.compile(r"(?<!being )(?<!be )\bsentenced to death\b|\bon death row\b|"
                                     r"\bunder (?:the )?sentence of death\b|"
                                     r"\bupheld (?:his|her|their) death sentences?\b|"
                                     r"\b(?:is|are) (?:due|scheduled|set) to be executed\b|"
                                     r"\b(?:at )?imminent risk of execution\b|"
                                     r"\bat risk of imminent execution\b",
                                     re.I),
    # present states only: "forcibly disappeared him for two weeks" is a past event
    "disappeared": re.compile(r"\b(?:(?:is|are|remains?) (?:still )?(?:forcibly )?disappeared|"
                              r"(?:has|have) been (?:forcibly )?disappeared since|"
                              r"whereabouts (?:are|remain) unknown|"
                              r"(?:has|have) not been seen since)\b", re.I),
    "at_risk": re.compile(r"\b(?:(?:has|have) )?received (?:a )?death threats?\b|"
                          r"\bfears? for (?:his|her|their) (?:life|lives|safety)\b|"
                          r"\b(?:was|were) shot at\b|\b(?:he|she|they) would be killed\b", re.I),
    "detained": re.compile(r"\b(?:remains? in (?:police |pre-?trial |incommunicado )?detention|"
                           r"remains? in (?:an? |the )?(?:[\w-]+ )?detention (?:centre|center)|"
                           r"(?:is|are) (?:being )?"
                           r"(?:held|detained) (?:in|at|incommunicado|without charge)|"
                           r"(?:has|have) (?:now )?been (?:arbitrarily |arbitrary )?"
                           r"(?:held|detained) (?:for|since|in|at)|"
                           r"(?:have|has) (?:arbitrarily )?detained (?:him|her|them) "
                           r"(?:without charge )?since|"
                           r"(?:was|were) (?:arrested|detained) on \d|"
                           r"(?:was|were|has been|have been) remanded in (?:pre-?trial )?custody|"
                           # a demand for release of the person says they are held now
                           # (not "all peaceful protesters must be released")
                           r"(?:he|she|they|[\w-]+ (?:is|are) (?:a )?prisoners? of conscience "
                           r"and) (?:(?:is|are) (?:a )?prisoners? of conscience and )?"
                           r"(?:must|should) be (?:(?:immediately|unconditionally|urgently|"
                           r"and) )*released)\b", re.I),
    "imprisoned": re.compile(r"\b(?:has|have) been jailed for\b|"
                             r"\b(?:was|were) (?:convicted and )?sentenced to [\w-]+ "
                             r"(?:years?|months?) (?:in prison|of imprisonment|imprisonment|"
                             r"in a penal colony)\b", re.I),
    "charged": re.compile(r"\b(?:has|have) been (?:formally )?charged with\b|"
                          r"\b(?:was|were) (?:formally )?charged with\b|"
                          r"\bbrought (?:[\w-]+ )?charges against\b|"
                          r"\bstood trial (?:on|over|for) (?:the )?charges?\b|"
                          r"\b(?:faces?|facing) (?:[\w-]+ )?charges? of\b", re.I),
    "facing_deportation": re.compile(r"\bat (?:imminent |serious )?risk of (?:being )?"
                                     r"(?:forcibly )?(?:returned|deported|extradited)\b|"
                                     r"\b(?:is|are) (?:due|scheduled|set) to be "
                                     r"(?:deported|extradited|forcibly returned)\b|"
                                     r"\b(?:faces?|facing) (?:imminent )?(?:deportation|"
                                     r"extradition|forcible return)\b", re.I),
}
# A story that says the charges went away: "charged" is then no present state.
_CHARGES_ENDED = re.compile(r"\bcharges? (?:against (?:him|her|them) )?(?:were|was|have been|"
                            r"has been) (?:dropped|withdrawn|dismissed)\b|\bacquitted\b", re.I)
# States a charge leads to: a story that states one of them tells where the case stands now
# ("charged with treason ... sentenced to 25 years"), so "charged" gives way to it.
_AFTER_CHARGE = {"detained", "imprisoned", "sentenced_to_death"}


@cache
def _months() -> dict[str, int]:
    names = get_month_names("wide", locale="en")
    return {str(name).casefold(): number for number, name in names.items()}


def _since(text: str, issued: date | None) -> date | None:
    """The one day the story gives for the arrest: "detained on 15 June", "arrested on
    August 30", "since July 14, 2020"; a year the story leaves out comes from the issue
    date. Two different days, or none, give none."""
    months = "|".join(_months())
    verb = r"\b(?:detained|arrested|detention|arrest)\s+(?:(?:by [\w ]+?|\w+ \w+)\s+)??"
    patterns = (
        rf"{verb}(?:on|since)\s+(?P<d>\d{{1,2}})\s+(?P<m>{months})\b(?:,?\s+(?P<y>\d{{4}}))?",
        rf"{verb}(?:on|since)\s+(?P<m>{months})\s+(?P<d>\d{{1,2}})\b(?:,\s+(?P<y>\d{{4}}))?",
    )
    found = {(int(m["d"]), _months()[m["m"].casefold()], int(m["y"]) if m["y"] else None)
             for pattern in patterns for m in re.finditer(pattern, text, re.I)}
    if len({(d, m) for d, m, _ in found}) != 1:
        return None
    day, month, year = max(found, key=lambda f: f[2] or 0)
    if year is None:
        if issued is None:
            return None
        year = issued.year if (month, day) <= (issued.month, issued.day) else issued.year - 1
    try:
        return date(year, month, day)
    except ValueError:
        return None


def read_situation(story: str | None, issued: date | None) -> dict[str, object] | None:
    """{kind, since?} when the story states one situation plainly, else None."""
    if not story:
        return None
    kinds = [kind for kind, pattern in _KINDS.items() if pattern.search(story)]
    if "charged" in kinds and (_CHARGES_ENDED.search(story) or _AFTER_CHARGE & set(kinds)):
        kinds.remove("charged")
    if kinds == ["detained", "imprisoned"]:
        kinds = ["imprisoned"]  # held, and serving a sentence: the narrower one
    if len(kinds) != 1:
        return None
    situation: dict[str, object] = {"kind": kinds[0]}
    since = _since(story, issued) if kinds[0] == "detained" else None
    if since is not None:
        situation["since"] = since
    return situation

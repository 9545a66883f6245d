"""The people's situation as structured data, when the UA's story states it plainly.

With a `situation`, a letter in a language without a facts text says the essentials in
the standard paragraph (compose). It is read only from unambiguous phrases — "sentenced
to death", "due to be executed", "has not been seen since", "received death threats",
"detained on 15 June" — and only when exactly one kind is stated; the date takes its year
from the issue date. The draft marks it CHECK.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from babel.dates import get_month_names

_KINDS = {
    "sentenced_to_death": re.compile(r"\bsentenced to death\b|\bon death row\b|"
                                     r"\b(?:is|are) (?:due|scheduled|set) to be executed\b",
                                     re.I),
    "disappeared": re.compile(r"\b(?:forcibly disappeared|enforced disappearance|"
                              r"whereabouts (?:are|remain) unknown|"
                              r"(?:has|have) not been seen since)\b", re.I),
    "at_risk": re.compile(r"\b(?:(?:has|have) )?received (?:a )?death threats?\b|"
                          r"\bfears? for (?:his|her|their) (?:life|lives|safety)\b|"
                          r"\b(?:was|were) shot at\b|\b(?:he|she|they) would be killed\b", re.I),
    "detained": re.compile(r"\b(?:remains? in (?:police )?detention|"
                           r"remains? in (?:an? |the )?(?:[\w-]+ )?detention (?:centre|center)|"
                           r"(?:is|are) (?:being )?"
                           r"(?:held|detained) (?:in|at|incommunicado|without charge)|"
                           r"(?:has|have) (?:now )?been (?:held|detained) (?:for|since|in|at)|"
                           r"(?:was|were) (?:arrested|detained) on \d)", re.I),
    "imprisoned": re.compile(r"\b(?:was|were) (?:convicted and )?sentenced to [\w-]+ "
                             r"(?:years?|months?) (?:in prison|of imprisonment|imprisonment|"
                             r"in a penal colony)\b", re.I),
}


@cache
def _months() -> dict[str, int]:
    names = get_month_names("wide", locale="en")
    return {str(name).casefold(): number for number, name in names.items()}


def _since(text: str, issued: date | None) -> date | None:
    months = "|".join(_months())
    pattern = (
        r"\b(?:detained|arrested|detention|arrest)\s+(?:by [\w ]+?\s+)?on\s+(\d{1,2})\s+"
        rf"({months})\b"
    )
    found = {(int(d), _months()[m.casefold()]) for d, m in re.findall(pattern, text, re.I)}
    if len(found) != 1 or issued is None:
        return None
    day, month = found.pop()
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
    if len(kinds) != 1:
        return None
    situation: dict[str, object] = {"kind": kinds[0]}
    since = _since(story, issued) if kinds[0] == "detained" else None
    if since is not None:
        situation["since"] = since
    return situation

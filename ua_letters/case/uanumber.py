"""UA numbers in the forms sections write them, stored in one normal form: "135/10".

Sections write "135/10", "UA 135/10", "UA 153.20", "Urgent Action 61.20", "AU 274/11"
(French, Spanish), "UA-313/2014" or "135/2010". Letters and file names need one form, so
every spelling is reduced to the number and the two-digit year.

>>> [normalise_ua_number(t) for t in ("UA 153.20", "Urgent Action 61.20", "UA-313/2014")]
['153/20', '61/20', '313/14']
>>> normalise_ua_number("AU 274/11"), normalise_ua_number("135/10"), normalise_ua_number("n/a")
('274/11', '135/10', None)
"""

from __future__ import annotations

import re

# The prefix words are those UAs print in en, de, fr, es, ru; all optional.
_WORDS = r"UA|AU|Urgent\s+Action|Eilaktion|Action\s+urgente|Acci[oó]n\s+urgente|Срочная\s+акция"
_PREFIX = rf"(?:(?:{_WORDS})\b)?"
_NUMBER = re.compile(
    rf"^\s*{_PREFIX}[\s:#№-]{{0,3}}(?P<n>\d{{1,4}})\s?[./]\s?(?P<y>\d{{4}}|\d{{2}})\s*$",
    re.IGNORECASE,
)


def normalise_ua_number(text: str) -> str | None:
    """The number as "N/YY", or None when `text` is not a UA number."""
    match = _NUMBER.match(text)
    if match is None:
        return None
    year = match["y"]
    if len(year) == 4:
        if not year.startswith(("19", "20")):
            return None
        year = year[2:]
    return f"{int(match['n'])}/{year}"

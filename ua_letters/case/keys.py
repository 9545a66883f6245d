"""What names a case in file names and web addresses.

The UA number is what sections and supporters quote, so it names the case wherever the UA
gives one: "135-10". Many real UAs give none (a section's letter page, a campaign page, an
older International Secretariat document): the AI index then names the case
("eur-58-011-2010"), and without an index the names of the people concerned
("azimzhan-askarov"). The key is never empty and holds only [a-z0-9-], so it is safe in a
file name and an address on every system.

>>> case_key("135/10", "EUR 58/011/2010", "Azimzhan Askarov")
'135-10'
>>> case_key(None, "EUR 58/011/2010", "Azimzhan Askarov")
'eur-58-011-2010'
>>> case_key(None, None, "Азимжан Аскаров"), case_key(None, None, "")
('azimzhan-askarov', 'case')
"""

from __future__ import annotations

import re

from anyascii import anyascii

MAX_KEY = 40


def case_key(number: str | None, index: str | None, names: str) -> str:
    """The key from the first of the UA number, the AI index and the names that is given."""
    if number:
        return number.replace("/", "-")
    source = index or anyascii(names)
    key = re.sub(r"[^a-z0-9]+", "-", source.lower()).strip("-")[:MAX_KEY].strip("-")
    return key or "case"


def reference_tag(number: str | None, index: str | None) -> str:
    """The case as a readable file name starts: "UA 135-10", "EUR 58-011-2010" or ""."""
    if number:
        return "UA " + number.replace("/", "-")
    return (index or "").replace("/", "-")

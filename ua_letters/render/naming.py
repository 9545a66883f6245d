"""Readable, safe file names from names in any script.

A file name built from user data must stay inside the output folder and be portable:
no path separators, no `..`, no reserved Windows names, no control characters, bounded
length. Cyrillic is transliterated so the names read well on every system.
"""

from __future__ import annotations

import re
import unicodedata

# Transliteration for file names only (a readable slug; not a linguistic standard).
_LATIN = "a b v g d e yo zh z i i k l m n o p r s t u f kh ts ch sh shch - y - e yu ya ng o u h"
_CYRILLIC = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяңөүһ", _LATIN.split(), strict=True))
_RESERVED = {"con", "prn", "aux", "nul"} | {f"{p}{i}" for p in ("com", "lpt") for i in range(10)}
MAX_SLUG = 60


def slug(text: str, fallback: str = "letter") -> str:
    """A lower-case ASCII slug: 'Кубатбек Байболов' -> 'kubatbek-baibolov'.

    >>> slug("Кубатбек Байболов"), slug("../../etc/passwd"), slug("CON")
    ('kubatbek-baibolov', 'etc-passwd', 'con-')
    """
    out = []
    for char in unicodedata.normalize("NFKC", text).lower():
        if char in _CYRILLIC:
            mapped = _CYRILLIC[char]
            out.append("" if mapped == "-" else mapped)
        else:
            decomposed = unicodedata.normalize("NFKD", char)
            out.append("".join(c for c in decomposed if c.isascii() and c.isalnum()) or "-")
    result = re.sub(r"-+", "-", "".join(out)).strip("-")[:MAX_SLUG].strip("-")
    if not result:
        return fallback
    if result in _RESERVED:
        result += "-"
    return result

"""Reviewed alternative phrasings, so that letters in a pack are not all identical.

Authorities discard form letters. Each template offers `CHOICES` phrasings for the
opening, for the sentence that frames the requests and for the close; the meaning of a
request never changes. A supporter always gets the same variant (it derives from a
stable key such as their name), so a pack regenerates byte for byte.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

CHOICES = 3


@dataclass(frozen=True)
class Variant:
    opening: int = 0
    framing: int = 0
    close: int = 0

    def __post_init__(self) -> None:
        for part in (self.opening, self.framing, self.close):
            if not 0 <= part < CHOICES:
                raise ValueError(f"a variant part is 0 to {CHOICES - 1}, not {part}")

    @property
    def code(self) -> str:
        """A short label for manifests: 'o1-f0-c2'."""
        return f"o{self.opening}-f{self.framing}-c{self.close}"


def variant_for(key: str) -> Variant:
    """A deterministic variant from a stable key (never Python's salted hash()).

    >>> variant_for("Anna Petrova") == variant_for("Anna Petrova")
    True
    """
    digest = hashlib.sha256(key.encode("utf-8")).digest()
    return Variant(digest[0] % CHOICES, digest[1] % CHOICES, digest[2] % CHOICES)


def writer_key(name: str, email: str | None = None) -> str:
    """The one key a writer's variant derives from, on the web page and in packs alike.

    Case and spacing do not count, so "Anna  Petrova" on the page and "anna petrova" in an
    office's list get the same letter.

    >>> writer_key("Anna  Petrova", "A@x.org") == writer_key("anna petrova", "a@x.org ")
    True
    """
    return f"{' '.join(name.casefold().split())}\n{(email or '').casefold().strip()}"

"""Bytes of a text file in, text out: one reader for UA documents and supporter lists.

A legacy Windows-1251 file read as Latin-1 turns every Cyrillic name into garbage without
any error, and what Russian Excel writes by default is exactly such a file. So both the
importer and the supporter-list reader decode through here, and say which encoding they
used, instead of each guessing in its own way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ua_letters.errors import UaLettersError

_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z]")
_WORD = re.compile(r"\w+")


class DecodingError(UaLettersError):
    """The bytes are not text in any encoding we read."""


@dataclass(frozen=True)
class Decoded:
    """Decoded text and the name of the encoding it was read in."""

    text: str
    encoding: str


def decode(raw: bytes, name: str) -> Decoded:
    """Decode a text file's bytes: BOM, UTF-8, then Windows-1251 or -1252.

    `name` is the file's name for messages. NUL bytes outside UTF-16 mean a binary file.
    """
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            try:
                return Decoded(raw.decode(codec), codec.replace("-sig", ""))
            except UnicodeDecodeError:
                raise DecodingError(f"{name} starts like {codec} but is not valid") from None
    if b"\x00" in raw:
        raise DecodingError(f"{name} is a binary file (it contains NUL bytes), not a text")
    try:
        return Decoded(raw.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    return _legacy(raw)


def _legacy(raw: bytes) -> Decoded:
    """Windows-1251 (Cyrillic) or Windows-1252 (Western), whichever reads as real words.

    Read as cp1251, a Western text gets Cyrillic letters inside Latin words ("Seсora");
    a Cyrillic text gets whole Cyrillic words. Counting both tells them apart.
    """
    cyrillic = raw.decode("cp1251", errors="replace")
    mixed = sum(
        1
        for word in _WORD.findall(cyrillic)
        if _LATIN.search(word) and _CYRILLIC.search(word)
    )
    if len(_CYRILLIC.findall(cyrillic)) > 3 * mixed:
        return Decoded(cyrillic, "cp1251")
    try:
        return Decoded(raw.decode("cp1252"), "cp1252")
    except UnicodeDecodeError:
        return Decoded(raw.decode("latin-1"), "latin-1")

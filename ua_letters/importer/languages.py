"""The languages of a UA: the one it is written in, and the ones it asks letters in.

"PLEASE WRITE IMMEDIATELY in Russian, Kyrgyz, English or your own language:" names the
languages with CLDR's English names; those ua-letters ships become the case's languages,
the others are kept as the UA's word and reported. The UA's own language is the one most
of its common words belong to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from babel import Locale

from ua_letters.importer.lines import Kind, Line
from ua_letters.importer.result import Findings
from ua_letters.resources import shipped_languages

_I = re.IGNORECASE
_LANGUAGES = re.compile(r"\bin\s+(.+?)(?::|$)|preferred language[^:]*:\s*(.+)$", _I)
_OWN = re.compile(r"\byour own language\b", _I)


@dataclass
class Languages(Findings):
    """The languages a UA asks for: codes or the UA's own word (`requested`), those that
    ua-letters ships (`shipped`), and whether "your own language" is welcome."""

    requested: list[str] = field(default_factory=list)
    shipped: list[str] = field(default_factory=list)
    own: bool = False


def read_languages(write: Line | None) -> Languages:
    """'PLEASE WRITE IMMEDIATELY in Russian, Kyrgyz, English or your own language:'."""
    ua = Languages()
    if write is None:
        ua.warn("no 'PLEASE WRITE … in <languages>' line found", None, "languages")
        return ua
    ua.lines["languages"] = write.number
    match = _LANGUAGES.search(write.text)
    names = _language_names()
    ua.own = bool(_OWN.search(write.text))
    listed = _OWN.split(match[1] or match[2] or "")[0] if match else ""
    pieces = [w.strip(" .:") for w in re.split(r"\s*(?:,|\bor\b|\band\b|/)\s*", listed, flags=_I)]
    pieces = [w for w in pieces if w]
    if pieces and all(w[:1].isupper() and len(w.split()) == 1 for w in pieces):
        words = pieces  # a clean list: "in Russian, Kyrgyz, Martian or your own language"
    else:  # a sentence: "… or using the template letter in English or Russian to:"
        words = [w for w in re.findall(r"\b[A-Z][a-z]{2,}\b", write.text) if w.lower() in names]
    for word in words:
        code = names.get(word.lower())
        if (code or word) in ua.requested:
            continue
        ua.requested.append(code or word)
        if code in shipped_languages():
            ua.shipped.append(code)
        else:
            ua.warn(f"the UA asks for {word}, for which ua-letters has no letters",
                    write.number, "languages")
    if not ua.shipped:
        ua.warn("none of the requested languages ships with ua-letters; add the languages "
                "you will write in", write.number, "languages")
    return ua


def _language_names() -> dict[str, str]:
    return {name.lower(): code for code, name in Locale("en").languages.items()}


def write_line(lines: list[Line]) -> Line | None:
    return next((line for line in lines if line.kind is Kind.write), None)


# Short words that only one of the UA languages uses often; counted to tell which the
# document is written in (dates, salutations and labels then read in that language).
_MARKERS: dict[str, frozenset[str]] = {
    language: frozenset(text.split())
    for language, text in {
        "de": "der die das und nicht sich ich sie ist wurde werden mit für auf den dem",
        "fr": "le la les et des est une dans pour qui sur pas être été avec",
        "es": "el los las del que por una para con está fue sus como",
        "it": "il gli che della per una sono è stato nel alla",
        "ru": "и в не на что он она его её был была для это",
        "en": "the and of to is was has have for that with his her",
    }.items()
}


def guess_language(text: str) -> str:
    """The language most of the document's common words belong to; English by default."""
    counts = dict.fromkeys(_MARKERS, 0)
    for word in re.findall(r"[^\W\d_]+", text[:20000].lower()):
        for language, markers in _MARKERS.items():
            if word in markers:
                counts[language] += 1
    best = max(counts, key=lambda language: counts[language])
    return best if counts[best] > counts["en"] else "en"

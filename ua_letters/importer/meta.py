"""The facts about the UA as a whole: number, update, index, dates, country, languages.

Each reader looks for one thing in the lines and records the line it came from. The
header ("Further information on UA: 135/10 Index: EUR 58/011/2010 Kyrgyzstan Date: 05
August 2010") comes first in a UA, so the first match wins; later mentions (a previous
UA's index in "(EUR 58/003/2010)") are ignored.
"""

from __future__ import annotations

import re

from babel import Locale

from ua_letters.importer.lines import Kind, Line
from ua_letters.importer.places import country_code, find_date
from ua_letters.importer.result import ImportedUA
from ua_letters.importer.vocab import ORDINALS
from ua_letters.resources import shipped_languages

_I = re.IGNORECASE
_NUMBER = re.compile(r"\b(?:UA|Urgent Action)\s*:?\s*(\d{1,4}/\d{2})\b", _I)
_INDEX = re.compile(
    r"\b(?:AI\s+)?Index\s*(?:Number|No\.?)?\s*:?\s*([A-Z]{3})\s*(\d{2})/(\d{3,4})/(\d{4})"
)
_LOOSE_INDEX = re.compile(r"\b([A-Z]{3})\s?(\d{2})/(\d{3,4})/(\d{4})\b")
_DATE = re.compile(r"\b(?:issue\s+)?date\s*:?\s*", _I)
_DOCUMENT = re.compile(r"^Document\s*[-–—]\s*([^:]+):", _I)
_UPDATE_WORD = re.compile(r"\b(" + "|".join(ORDINALS) + r"|\d+(?:st|nd|rd|th))\s+update\b", _I)
_UPDATE_NUMBER = re.compile(r"\bupdate\s*(?:no\.?\s*)?(\d+)\b", _I)
_FURTHER = re.compile(r"\bfurther information\b", _I)
_DEADLINE = re.compile(
    r"(?:appeals?\s+(?:before|by|until|no later than)|expires?\s+on|officials\s+by|"
    r"action\s+(?:before|by|until)|\buntil\s*:|sending appeals after)\s*:?\s*",
    _I,
)
_LANGUAGES = re.compile(r"\bin\s+(.+?)(?::|$)|preferred language[^:]*:\s*(.+)$", _I)
_OWN = re.compile(r"\byour own language\b", _I)


def read_meta(lines: list[Line], ua: ImportedUA) -> None:
    _number_and_index(lines, ua)
    _issued(lines, ua)
    _update(lines, ua)
    _deadline(lines, ua)
    _country(lines, ua)


def _first(lines: list[Line], pattern: re.Pattern[str]) -> tuple[Line, re.Match[str]] | None:
    for line in lines:
        if match := pattern.search(line.text):
            return line, match
    return None


def _number_and_index(lines: list[Line], ua: ImportedUA) -> None:
    if found := _first(lines, _NUMBER):
        ua.number, ua.lines["ua.number"] = found[1][1], found[0].number
    else:
        ua.warn("no UA number (as 'UA: 135/10') found", None, "ua.number")
    found = _first(lines, _INDEX) or _first(lines, _LOOSE_INDEX)
    if found:
        line, match = found
        ua.index, ua.lines["ua.index"] = f"{match[1]} {match[2]}/{match[3]}/{match[4]}", line.number
    else:
        ua.warn("no AI index (as 'Index: EUR 58/011/2010') found", None, "ua.index")


def _issued(lines: list[Line], ua: ImportedUA) -> None:
    for line in lines:
        for match in _DATE.finditer(line.text):
            found = find_date(_window(line.text, match.end()), ua.language)
            if found and found[1] == 0:
                ua.issued, ua.lines["ua.issued"] = found[0], line.number
                return
    ua.warn("no issue date (as 'Date: 05 August 2010') found", None, "ua.issued")


def _update(lines: list[Line], ua: ImportedUA) -> None:
    if found := _first(lines, _UPDATE_WORD):
        word = found[1][1].lower()
        ua.update = ORDINALS.get(word) or int(re.sub(r"\D", "", word))
        ua.lines["ua.update"] = found[0].number
    elif found := _first(lines, _UPDATE_NUMBER):
        ua.update, ua.lines["ua.update"] = int(found[1][1]), found[0].number
    elif found := _first(lines, _FURTHER):
        ua.warn("a further-information UA that does not say which update it is",
                found[0].number, "ua.update")
    else:
        ua.update = 0


def _window(text: str, start: int) -> str:
    """The few characters after a label, where its date must begin: looking further, for
    every label of a long line, would make the work grow with the square of its length."""
    return text[start : start + 40]


def _deadline(lines: list[Line], ua: ImportedUA) -> None:
    for line in lines:
        for match in _DEADLINE.finditer(line.text):
            found = find_date(_window(line.text, match.end()), ua.language)
            if found and found[1] == 0:
                ua.deadline, ua.lines["ua.deadline"] = found[0], line.number
                return


def _country(lines: list[Line], ua: ImportedUA) -> None:
    """The country named in the header line (after the index), else in the title."""
    if (line_number := ua.lines.get("ua.index")) is not None:
        text = lines[line_number - 1].text
        after = _INDEX.search(text) or _LOOSE_INDEX.search(text)
        if after:
            rest = _DATE.split(text[after.end() :])[0]
            if code := country_code(rest):
                ua.country, ua.lines["ua.country"] = code, line_number
                return
    found = _first(lines[:5], _DOCUMENT)
    if found and (code := country_code(found[1][1])):
        ua.country, ua.lines["ua.country"] = code, found[0].number


def read_languages(write: Line | None, ua: ImportedUA) -> None:
    """'PLEASE WRITE IMMEDIATELY in Russian, Kyrgyz, English or your own language:'."""
    if write is None:
        ua.warn("no 'PLEASE WRITE … in <languages>' line found", None, "languages")
        return
    ua.lines["languages"] = write.number
    match = _LANGUAGES.search(write.text)
    if not match:
        ua.warn("the languages to write in could not be read", write.number, "languages")
        return
    names = _language_names()
    ua.own_language = bool(_OWN.search(write.text))
    listed = _OWN.split(match[1] or match[2] or "")[0]  # "…or your own language, calling…"
    for word in re.split(r"\s*(?:,|\bor\b|\band\b|/)\s*", listed, flags=_I):
        word = word.strip(" .:")
        if not word or not word[:1].isupper() or len(word.split()) > 2:
            continue  # not a language name: "calling on the authorities to"
        code = names.get(word.lower())
        ua.languages_requested.append(code or word)
        if code in shipped_languages():
            ua.languages.append(code)
        else:
            ua.warn(f"the UA asks for {word}, for which ua-letters has no letters",
                    write.number, "languages")
    if not ua.languages:
        ua.warn("none of the requested languages ships with ua-letters; add the languages "
                "you will write in", write.number, "languages")


def _language_names() -> dict[str, str]:
    return {name.lower(): code for code, name in Locale("en").languages.items()}


def write_line(lines: list[Line]) -> Line | None:
    return next((line for line in lines if line.kind is Kind.write), None)

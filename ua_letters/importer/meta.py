"""The facts about the UA as a whole: number, update, index, dates, country.

Each reader looks for one thing in the lines and records the line it came from. The
header ("Further information on UA: 135/10 Index: EUR 58/011/2010 Kyrgyzstan Date: 05
August 2010") comes first in a UA, so the first match wins; later mentions (a previous
UA's index in "(EUR 58/003/2010)") are ignored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ua_letters.importer.lines import Line
from ua_letters.importer.places import country_code, find_date
from ua_letters.importer.result import Findings
from ua_letters.importer.vocab import ORDINALS

_I = re.IGNORECASE
# "UA 135/10", "UA: 61.20", "Urgent Action 112.19", "AU 274/11", "FI 103/22-4", "UA-313/2014",
# "(UA: Russian Federation: 40.23)": a prefix, at most a short country name, the number.
_NUMBER = re.compile(
    r"\b(?:UA|AU|FI|Urgent Action|Eilaktion|Action urgente|Acci[oó]n urgente)\b[\s:#№-]{0,3}"
    r"(?:[A-Z][A-Za-z]{1,20}(?: [A-Z][A-Za-z]{1,20}){0,2}:\s?)?"
    r"(\d{1,4})\s?[./]\s?(\d{4}|\d{2})(?!\d|\.\d)",
    _I,
)
_INDEX = re.compile(
    r"\b(?:AI\s+)?Index\s*(?:Number|No\.?)?\s*:?\s*([A-Z]{3})\s*(\d{2})/(\d{3,4})/(\d{4})"
)
_LOOSE_INDEX = re.compile(r"\b([A-Z]{3})\s?(\d{2})/(\d{3,4})/(\d{4})\b")
_DATE = re.compile(r"\b(?:issue\s+)?date\s*:?\s*|\baktiv seit\s+", _I)  # "Aktiv seit 23. Mai 2023"
_SOURCE = re.compile(r"\s+source:.*$", _I)  # "24.06.2010    source: www.amnesty.org"
_DOCUMENT = re.compile(r"^Document\s*[-–—]\s*([^:]+):", _I)
# AIUSA titles end with the country and the number: "… (Russian Federation: UA 82.20)",
# "(UA: Russian Federation: 40.23)".
_TITLE_COUNTRY = re.compile(
    r"\((?:(?:UA|AU|Urgent Action)\s*:\s*)?([^():]{2,40}):\s*(?:(?:UA|AU|Urgent Action)\s*)?"
    r"\d{1,4}\s?[./]\s?\d{2,4}\)", _I
)
# Amnesty Germany's headings end with the country: "UA-313/2014 Verschwindenlassen -
# Syrien. Appelle bis 27. Januar 2015".
_SECTION_COUNTRY = re.compile(r"^UA-\d{1,4}(?:-\d{1,2})?/\d{4}\s.{2,80}?\s[-–—]\s+([^.\d]{2,40})\.")
_UPDATE_WORD = re.compile(r"\b(" + "|".join(ORDINALS) + r"|\d+(?:st|nd|rd|th))\s+update\b", _I)
_UPDATE_NUMBER = re.compile(r"\bupdate\s*(?:no\.?\s*)?(\d+)\b", _I)
_FURTHER = re.compile(
    r"\bfurther information\b|\burgent action update\b|\bfollow-?up\b|\bupdate (?:to|of) UA\b|"
    r"\bFI \d{1,4}/\d{2}\b|\bactualización\b|\bcomplément d'information\b|"
    r"\bweitere informationen\b",
    _I,
)
_FI = re.compile(r"\bFI \d{1,4}/\d{2}-(\d{1,2})\b")
_HEAD_LINES = 40  # the header is at the top; the standalone issue date is looked for there
_DEADLINE = re.compile(
    r"(?:appeals?\s+(?:before|by|until|no later than)|expires?\s+on|officials?\s+by|"
    r"action\s+(?:before|by|until)|\buntil\s*:|sending appeals after|délai d'envoi|"
    r"appels avant le|llamamientos antes del|appelle bis|bis (?:zum|spätestens))\s*:?\s*",
    _I,
)
_URGENT = re.compile(
    r"\burgent action\b|\baction urgente\b|\bacci[oó]n urgente\b|\beilaktion\b", _I
)
_WEEKDAY = re.compile(r"^[^\W\d_]{3,12},\s*")  # "Tuesday, " before the date
# A line that is only a date: "26 May 2020", "May 26, 2020", "24.06.2010", "2020-12-01".
_ALONE = re.compile(
    r"\d{1,2}(?:st|nd|rd|th)?\.?\s[^\W\d_]{3,12}\.?,?\s\d{4}|[^\W\d_]{3,12}\.?\s\d{1,2}"
    r"(?:st|nd|rd|th)?,?\s\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{4}"
)


@dataclass
class Header(Findings):
    """The UA as a whole, as its header states it, with what reading it found."""

    number: str | None = None
    update: int | None = None
    is_update: bool = False
    index: str | None = None
    issued: date | None = None
    deadline: date | None = None
    country: str | None = None


def read_meta(lines: list[Line], language: str = "en") -> Header:
    """Number, index, dates, update and country of a UA written in `language`."""
    ua = Header()
    _number_and_index(lines, ua)
    _issued(lines, ua, language)
    _update(lines, ua)
    _deadline(lines, ua, language)
    _country(lines, ua, language)
    return ua


def _first(lines: list[Line], pattern: re.Pattern[str]) -> tuple[Line, re.Match[str]] | None:
    for line in lines:
        if match := pattern.search(line.text):
            return line, match
    return None


# "(for example, see UA 159/95, …; UA 37/96, …)": earlier UAs a background cites.
_CITING = re.compile(r"\((?:[^()]{0,40}\b(?:see|e\.g\.|for example|cf\.))[^()]*$", _I)
_SEE = re.compile(r"\b(?:see|cf\.|also)\s*$", _I)


def _own_number(lines: list[Line]) -> tuple[Line, re.Match[str]] | None:
    """The first UA number that is not a citation of another UA: not right after "see",
    and not inside a parenthesis that opened with "see" or "for example", which may run
    over several lines."""
    citing = False
    for line in lines:
        text = line.text
        for match in _NUMBER.finditer(text):
            before = text[: match.start()]
            inside = _CITING.search(before) or (citing and ")" not in before)
            if not inside and not _SEE.search(before):
                return line, match
        if _CITING.search(text):
            citing = True
        elif citing and ")" in text:
            citing = False
    return None


def _number_and_index(lines: list[Line], ua: Header) -> None:
    if found := _own_number(lines):
        year = found[1][2][-2:]
        ua.number, ua.lines["ua.number"] = f"{int(found[1][1])}/{year}", found[0].number
    else:
        ua.warn("no UA number (as 'UA: 135/10') found", None, "ua.number")
    found = _first(lines, _INDEX) or _first(lines, _LOOSE_INDEX)
    if found:
        line, match = found
        ua.index, ua.lines["ua.index"] = f"{match[1]} {match[2]}/{match[3]}/{match[4]}", line.number
    else:
        ua.warn("no AI index (as 'Index: EUR 58/011/2010') found", None, "ua.index")


def _issued(lines: list[Line], ua: Header, language: str) -> None:
    for line in lines:
        for match in _DATE.finditer(line.text):
            window = _window(line.text, match.end())
            found = find_date(window, language)
            if found is None and match[0].lower().startswith("aktiv"):
                found = find_date(window, "de")  # a German page's cue on an English UA
            if found and found[1] == 0:
                ua.issued, ua.lines["ua.issued"] = found[0], line.number
                return
    if ua.number is not None or any(_URGENT.search(line.text) for line in lines[:_HEAD_LINES]):
        for line in lines[:_HEAD_LINES]:
            text = _SOURCE.sub("", _WEEKDAY.sub("", line.text))
            found = find_date(text, language) if len(text) < 40 else None
            if found and found[1] == 0 and _ALONE.fullmatch(text):
                ua.issued, ua.lines["ua.issued"] = found[0], line.number
                ua.checks["ua.issued"] = "a date on its own line at the top, read as the issue date"
                return
    ua.warn("no issue date (as 'Date: 05 August 2010') found", None, "ua.issued")


def _update(lines: list[Line], ua: Header) -> None:
    ua.is_update = _first(lines[:_HEAD_LINES], _FURTHER) is not None
    if found := _first(lines, _FI):
        ua.update, ua.lines["ua.update"] = int(found[1][1]), found[0].number
    elif found := _first(lines, _UPDATE_WORD):
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
    ua.is_update = ua.is_update or bool(ua.update)


def _window(text: str, start: int) -> str:
    """The few characters after a label, where its date must begin: looking further, for
    every label of a long line, would make the work grow with the square of its length."""
    return text[start : start + 40]


def _deadline(lines: list[Line], ua: Header, language: str) -> None:
    for line in lines:
        for match in _DEADLINE.finditer(line.text):
            window = _window(line.text, match.end())
            found = find_date(window, language) or find_date(window)
            if found and found[1] == 0:
                ua.deadline, ua.lines["ua.deadline"] = found[0], line.number
                return


def _country(lines: list[Line], ua: Header, language: str) -> None:
    """The country named in the header line (after the index), else in the title."""
    if (line_number := ua.lines.get("ua.index")) is not None:
        text = lines[line_number - 1].text
        after = _INDEX.search(text) or _LOOSE_INDEX.search(text)
        if after:
            rest = _DATE.split(text[after.end() :])[0]
            if code := country_code(rest):
                ua.country, ua.lines["ua.country"] = code, line_number
                return
    found = (_first(lines[:5], _DOCUMENT) or _first(lines[:_HEAD_LINES], _TITLE_COUNTRY)
             or _first(lines[:_HEAD_LINES], _SECTION_COUNTRY))
    if found and (code := country_code(found[1][1], language) or country_code(found[1][1])):
        ua.country, ua.lines["ua.country"] = code, found[0].number

"""The people concerned, the story (facts) and the diplomatic-copies instruction.

The person's name comes from a "Name:" line when the UA has one, else from the end of
the title ("…: Prisoner of conscience at risk in Kyrgyzstan: Azimzhan Askarov"). Gender
comes from "(m)"/"(f)" or "Gender m/f:", and only then from the pronouns of the story,
or from the honorifics and pronouns of the sentences about each person (enrich/pronouns.py)
— a reading a person must confirm.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ua_letters.case.model import Gender
from ua_letters.importer.concerned import people_in_story
from ua_letters.importer.enrich.pronouns import page_paragraphs, person_gender
from ua_letters.importer.lines import Kind, Line
from ua_letters.importer.names import is_name
from ua_letters.importer.places import country_code
from ua_letters.importer.result import Findings, FoundPerson

_I = re.IGNORECASE
_NAME_LINE = re.compile(r"^names?\s*(?:\(s\))?\s*:\s*(.+?)(?:\s+gender\b.*)?$", _I)
_GENDER_LINE = re.compile(r"\bgender\s*(?:m/f)?\s*:\s*(m|f|male|female)\b", _I)
_MARK = re.compile(r"\s*\((m|f|male|female)\)\s*$", _I)
_SPLIT = re.compile(r",|;|\band\b|&")  # parts are stripped; no "\s*" around it
_HE = re.compile(r"\b(?:he|him|his|himself)\b", _I)
_SHE = re.compile(r"\b(?:she|her|hers|herself)\b", _I)
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


@dataclass
class People(Findings):
    """The people concerned, or the group when the UA names no one."""

    people: list[FoundPerson] = field(default_factory=list)
    group: str | None = None


def read_people(
    lines: list[Line], language: str = "en", story: str | None = None,
    subject: Line | None = None,
) -> People:
    """Who the UA is about: a "Name:" line, marked names, the title, a ready letter's
    subject, then the story (concerned.py); the gender as the UA says it, or guessed."""
    ua = People()
    for line in lines:
        if match := _NAME_LINE.match(line.text):
            _add_people(match[1], line.number, ua)
            if gender := _GENDER_LINE.search(line.text):
                _set_gender(ua, gender[1])
            break
    else:
        title = next((line for line in lines if line.kind is not Kind.blank), None)
        if marked := _marked_people(lines):
            for at, who, sex in marked:
                ua.people.append(FoundPerson(who, sex, at))
        elif title and ":" in title.text:
            candidate = title.text.rsplit(":", 1)[1].strip()
            if all(is_name(_MARK.sub("", p.strip())) for p in _SPLIT.split(candidate) if p.strip()):
                _add_people(candidate, title.number, ua)
        if not ua.people and subject is not None and (names := _subject_names(subject, lines)):
            for name in names:
                ua.people.append(FoundPerson(name, Gender.unknown, subject.number))
            ua.checks["person.name"] = "no Name: line; read from the letter's subject line"
        if not ua.people:
            concerned = people_in_story(lines, language)
            for name in concerned.names:
                ua.people.append(FoundPerson(name, Gender.unknown, concerned.line))
            if concerned.names:
                ua.checks["person.name"] = "no Name: line; read from the first paragraph"
            ua.group = concerned.group
            for note in concerned.notes:
                ua.warn(note, concerned.line, "person.name")
    if not ua.people:
        ua.warn("the person concerned could not be found; fill in person.name", None, "person.name")
        return ua
    ua.lines["person.name"] = ua.people[0].line or 0
    if found := next((g for line in lines if (g := _GENDER_LINE.search(line.text))), None):
        _set_gender(ua, found[1])
    person = ua.people[0]
    if person.gender is Gender.unknown and len(ua.people) == 1 and story:
        he, she = len(_HE.findall(story)), len(_SHE.findall(story))
        if _clear(he, she) or _clear(she, he):
            person.gender = Gender.male if he > she else Gender.female
            ua.checks["person.gender"] = f"guessed from the story ('he' {he}×, 'she' {she}×)"
    _read_genders(lines, ua, language)
    if person.gender is Gender.unknown:
        ua.checks["person.gender"] = "the UA does not say; write male or female"
    if len(ua.people) > 1:
        ua.warn(f"the UA concerns {len(ua.people)} people, listed under `people:`; check that "
                "each is one the UA is about", person.line, "person.name")
    return ua


def _read_genders(lines: list[Line], ua: People, language: str) -> None:
    """Each person's gender still unknown, from the honorifics and pronouns the page uses
    about them (enrich/pronouns.py), marked CHECK."""
    paragraphs = page_paragraphs([line.text for line in lines])
    for index, found in enumerate(ua.people):
        if found.gender is not Gender.unknown:
            continue
        others = [p.name for p in ua.people if p is not found]
        if said := person_gender(paragraphs, found.name, others, language):
            found.gender = Gender(said.gender)
            ua.checks["person.gender" if index == 0 else f"people[{index}].gender"] = said.reason


def _clear(one: int, other: int) -> bool:
    """One set of pronouns clearly dominates: three times the other, or two against none."""
    return (one >= 3 and one >= 3 * other) or (one >= 2 and other == 0)


# "Abdul Husain Haribi (m)", "Yazdan (m) (surname not known)", "CHINA Zhao Lianhai (m)":
# the header's list of the people, one per line, each marked with the gender.
_MARKED = re.compile(r"^(?P<name>[^\W\d_][^()]{0,60}?)\s*\((?P<g>m|f)\)(?:\s.*)?$")
_HEAD_LINES = 40


def _marked_people(lines: list[Line]) -> list[tuple[int, str, Gender]]:
    """The first run of marked lines near the top; a blank line or any other line ends
    it. A lone given name counts here: the "(m)" says it is a person."""
    found: list[tuple[int, str, Gender]] = []
    for line in lines[:_HEAD_LINES]:
        match = _MARKED.match(line.text)
        if match is None:
            if found:
                break
            continue
        tokens = match["name"].split()
        if len(tokens) > 1 and country_code(tokens[0]):
            tokens = tokens[1:]  # "CHINA Zhao Lianhai (m)": the country heads the line
        name = " ".join(tokens)
        if not (is_name(name) or (len(tokens) == 1 and name[:1].isupper() and name.isalpha())):
            return []
        gender = Gender.male if match["g"] == "m" else Gender.female
        found.append((line.number, name, gender))
    return found


_SUBJECT_SPLIT = re.compile(r",\s*|\s+(?:and|und|et|y|и)\s+")


def _subject_names(subject: Line, lines: list[Line]) -> list[str]:
    """'Solafa Magdy, Hossam el-Sayed and Mohamed Salah' above 'Dear Counsellor,': the
    people, when every part reads as a name whose family or given name the letter uses
    again; otherwise none (a subject such as 'Death penalty' names no one)."""
    parts = [p.strip(" .") for p in _SUBJECT_SPLIT.split(subject.text) if p.strip(" .")]
    rest = " ".join(line.text for line in lines if line.number != subject.number)
    if not parts or not all(is_name(part) for part in parts):
        return []
    if not all(any(re.search(rf"\b{re.escape(w)}\b", rest) for w in (p.split()[0], p.split()[-1]))
               for p in parts):
        return []
    return parts


def _add_people(text: str, line: int, ua: People) -> None:
    for part in _SPLIT.split(text.strip(" .")):
        part = part.strip()
        if not part:
            continue
        mark = _MARK.search(part)
        gender = Gender.unknown
        if mark:
            gender = Gender.male if mark[1].lower().startswith("m") else Gender.female
        ua.people.append(FoundPerson(_MARK.sub("", part).strip(), gender, line))


def _set_gender(ua: People, value: str) -> None:
    if len(ua.people) == 1 and ua.people[0].gender is Gender.unknown:
        ua.people[0].gender = Gender.male if value.lower().startswith("m") else Gender.female


@dataclass
class Story(Findings):
    text: str | None = None


def read_story(lines: list[Line], write: Line | None, header: int = 0) -> Story:
    """The UA's own paragraphs between the header (its last line, `header`, or the top)
    and the PLEASE WRITE line."""
    ua = Story()
    if write is None:
        return _story_without_write(lines, header)
    if header >= write.number:
        header = 0
    paragraphs: list[list[str]] = [[]]
    for line in lines[header : write.number - 1]:
        if line.kind is Kind.blank:
            paragraphs.append([])
        elif not _heading(line) and line.kind is not Kind.date:
            paragraphs[-1].append(line.text)
    kept = [" ".join(p) for p in paragraphs if p]
    kept = [p for p in kept if not _HEADER_PARAGRAPH.search(p)]
    text = _TAKE_ACTION.sub("", "\n\n".join(kept)).strip()
    if not text:
        ua.warn("the UA tells no story before its PLEASE WRITE line; fill in facts",
                write.number, "facts")
        return ua
    ua.lines["facts"] = header + 1
    ua.text = text
    return ua


# The UA's own header lines left above its story, which a letter must not print: "Further
# information on UA 305/01 (EUR 71/004/2001, …) - fear of forcible deportation" and the
# people's line "CZECH REPUBLIC/UZBEKISTAN Muhammad Salih (m), aged 52" (page 56).
_HEADER_PARAGRAPH = re.compile(
    r"^(?:further information on\b|follow-up on\b|urgent action\b|ua\s*\d+[./]\d+)"
    r"|^.{0,160}\((?:m|f|m/f)\)(?:,\s*aged\s+\d+)?\s*$",
    _I,
)

# What ends the story on a page without a PLEASE WRITE line (AIUSA's "Take Action:" list,
# a contact heading, a sample letter, the first contact line).
_STORY_ENDS = (Kind.bullet, Kind.appeals_to, Kind.letter, Kind.write, Kind.labelled,
               Kind.embassy, Kind.copies, Kind.instruction, Kind.end)
_PROSE = 100  # a paragraph of the story is a line this long at least, with a sentence end
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*(?=\s|$)")
_TAKE_ACTION = re.compile(r"\s*\btake action[.!:]?$", _I)  # the page's call, not the story
_URGENT_TITLE = re.compile(r"^[•*\s]*urgent action\b", _I)


def _story_without_write(lines: list[Line], header: int) -> Story:
    """AIUSA's layout: the title, the date, the story, then "Take Action:" and its list.
    The story is the run of prose paragraphs right after the header (the number's line,
    the issue date or an "Urgent Action" title, whichever is last); anything else first (a
    site's menu, an address, a ready letter's subject) means there is no story to take. A
    stored copy cut mid-sentence keeps its last whole sentence."""
    ua = Story()
    anchors = [line.number for line in lines[:40] if line.kind is Kind.date
               or _URGENT_TITLE.match(line.text) or line.number == header]
    end = next((line.number for line in lines if anchors and line.number > min(anchors)
                and line.kind in _STORY_ENDS and not _URGENT_TITLE.match(line.text)),
               len(lines) + 1)
    anchors = [number for number in anchors if number < end]
    if not anchors:
        ua.warn("no story before a PLEASE WRITE line; fill in facts", None, "facts")
        return ua
    paragraphs: list[list[str]] = [[]]
    first = None
    for line in lines[max(anchors) : end - 1]:
        if line.kind is Kind.blank:
            paragraphs.append([])
        elif first is None and (line.kind is Kind.date or _heading(line)
                                or _URGENT_TITLE.match(line.text)):
            continue
        elif len(line.text) >= _PROSE and _SENTENCE_END.search(line.text):
            first = first or line.number
            paragraphs[-1].append(line.text.strip())
        else:
            break
    text = "\n\n".join(_whole_sentences(" ".join(p)) for p in paragraphs if p).strip()
    if not text or first is None:
        ua.warn("no story before a PLEASE WRITE line; fill in facts", None, "facts")
        return ua
    ua.lines["facts"] = first
    ua.text = text
    return ua


def _whole_sentences(paragraph: str) -> str:
    """The paragraph up to its last sentence end: a stored excerpt cut mid-word ("… before
    he appeared i") loses the broken sentence, never a whole one."""
    ends = list(_SENTENCE_END.finditer(paragraph))
    return paragraph[: ends[-1].end()] if ends else ""


def _heading(line: Line) -> bool:
    """The title line, or a short line in capitals ("URGENT ACTION", "MAN DETAINED")."""
    if line.number == 1 and line.text.lower().startswith(("document", "urgent action")):
        return True
    return len(line.text) < 100 and line.text.upper() == line.text


def read_diplomatic(line: Line | None) -> str | None:
    """The sentence of the embassy line that asks for copies to diplomats."""
    if line is None:
        return None
    sentence = next(
        (s for s in _SENTENCE.split(line.text) if re.search(r"diplomatic|embass", s, _I)),
        line.text,
    )
    return sentence.strip()

"""The people a UA is about, when it has no "Name:" line: from its first paragraph.

AIUSA pages open with the story ("Azimjan Askarov has been jailed…"); ready letters name
the person in a set phrase ("In diesem Fall handelt es sich um Waleed Abu al-Khair").
A run of two to four capitalised words is a candidate; it is kept only when it reads as a
personal name and the page names it again elsewhere (in the title, the sample letter, the
story; its given name alone counts), or the story marks it as a person ("Mr Pu Zhiqiang",
"Zmitser Dashkevich and Others"). A name said once in passing ("Nina Labkovich … was
released") is left out, and so are names beside a group they are not all of ("At least
seven individuals … executed Majid Kazemi, …"): a person a reader must add is better than
a wrong one. What each language's stories say is data, in storywords.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ua_letters.importer.lines import WRAPPED_LINE, Kind, Line
from ua_letters.importer.marks import (
    headed_cases,
    honoured,
    introduced,
    listed_in_letter,
    with_others,
)
from ua_letters.importer.namecandidates import candidates, story_paragraph
from ua_letters.importer.names import strip_honorifics
from ua_letters.importer.storywords import every, story_words

_TOP = 60  # the first paragraph is near the top
_PHRASES = re.compile(r"(?:" + "|".join(every("case_phrases")) + r")\s+", re.IGNORECASE)


@dataclass(frozen=True)
class Concerned:
    """Who the story says the UA is about, the line it says so on, and what a person
    should know about the reading (`notes`: names seen but not taken)."""

    names: list[str] = field(default_factory=list)
    line: int | None = None
    group: str | None = None
    notes: tuple[str, ...] = ()


def people_in_story(lines: list[Line], language: str = "en") -> Concerned:
    """The named people of a ready letter's set phrase, of a name "and others", or of the
    first paragraph; else the group the first paragraph opens with."""
    for line in lines:
        if match := _PHRASES.search(line.text):
            # "Fall der Journalistin Maria Schmidt" skips "Journalistin"; "Fall von Steven
            # Donziger" must not skip "Steven": without a name after the skipped word, retry
            names = candidates(line.text[match.end():])[:1] or candidates(
                line.text[match.start():].split(None, 2)[-1])[:1]
            if names:
                return Concerned(names, line.number)
    if marked := with_others(lines):
        return Concerned(*marked)
    if headed := headed_cases(lines):
        names, at = headed
        several = (f"the page heads {len(names)} cases, each with its person; it may hold "
                   "several UAs — keep only the people of the one you import",)
        return Concerned(names, at, notes=several if len(names) > 1 else ())
    if not story_words(language).names_from_capitals:
        return Concerned()  # every noun is capitalised: only the set phrases count
    tried = False
    whole = "\n".join(line.text for line in lines)
    for line in _unwrapped(lines[:_TOP]):
        text = line.text
        if not story_paragraph(line):
            continue  # a title ("… (Russian Federation: UA 112.19)") is not the story
        seen = [n for n in candidates(text) if not _freed(whole, n)]
        names = [n for n in seen if _named_again(whole, n)]
        if names:  # the others the paragraph introduces the same way belong to the list
            names = [n for n in seen if n in names or introduced(text, n)]
        else:  # "Mr Pu Zhiqiang …, and Ms Liu Di": running text's honorifics mark people
            names = [n for n in seen if honoured(text, n)]
        names = [strip_honorifics(n)[0] for n in names]
        group = _GROUP.match(text)
        if group and names and (size := _size(group[0])) is not None and len(names) != size:
            # "At least seven individuals … executed Majid Kazemi, Saeed Yaghoubi and Saleh
            # Mirhashemi": names that are not the whole group are not its people
            note = (f"the story names {', '.join(names)} beside {group[0]!r}; add them as "
                    "people concerned if the UA is about them")
            return Concerned([], line.number, group[0], (note,))
        if names or group:
            return Concerned(names[:6], line.number, group[0] if group and not names else None)
        if tried:
            break
        tried = True  # a site's banner above the story ("The Tribunal for Putin …"): one more
    listed = listed_in_letter(lines)
    return Concerned(*listed) if listed else Concerned()


def _unwrapped(lines: list[Line]) -> list[Line]:
    """The lines, with each paragraph that a PDF wrapped line by line joined into one (a
    ready letter's body: "Mohammed al Roken, ancien professeur …, président de" / "l’Association
    …"), numbered as its first line; no other line changes."""
    out: list[Line] = []
    run: list[Line] = []
    for line in [*lines, Line(0, "", Kind.blank)]:
        if line.kind is Kind.text and len(line.text) >= WRAPPED_LINE:
            run.append(line)
            continue
        if len(run) >= 2:
            out.append(Line(run[0].number, " ".join(r.text for r in run), Kind.text))
        else:
            out += run
        run = []
        if line.number:
            out.append(line)
    return out


def _freed(whole: str, name: str) -> bool:
    """The page reports the person's release and never a new arrest: "Aung San Suu Kyi has
    been released!" above a letter about other prisoners is news, not the case (page 63)."""
    said = re.search(rf"{re.escape(name)}\b[^.!?\n]{{0,60}}?\b(?:has|have|was|were)\s+"
                     r"(?:been\s+)?(?:released|freed|set free)\b(?![^.!?\n]{0,40}\bbail)",
                     whole, re.IGNORECASE)
    again = re.search(r"\b(?:re-?arrested|detained again|arrested again|still (?:held|detained))\b",
                      whole, re.IGNORECASE)
    return said is not None and again is None


def _named_again(whole: str, name: str) -> bool:
    """The page names the person again: the whole name, or the given name standing alone
    inside a sentence ("Signez la lettre en faveur de Shagufta et Shafqat") — not at its
    start, where any word has a capital ("New evidence …" does not repeat "New York"). A
    family name alone is not enough: "Nina Labkovich" shares it with "Uladzimir
    Labkovich"."""
    if whole.count(name) >= 2:
        return True
    given = re.escape(name.split()[0])
    alone = rf"(?<=[^\W\d_,;:] |[,;:] ){given}(?![\w-])(?!\s+[^\W\d_a-zà-ÿа-яё])"
    return re.search(alone, whole) is not None


def _size(group: str) -> int | None:
    """How many people a group phrase counts ("At least seven individuals" -> 7)."""
    for word in group.lower().split():
        if word.isdigit():
            return int(word)
        if word in _NUMBERS:
            return _NUMBERS[word]
    return None


_NUMBERS = {word: n for n, word in enumerate(
    ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
     "eleven", "twelve"))}


_GROUP = re.compile(
    r"^(?:at least |more than |some |over )?(?:\d{1,5}|two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|twelve|dozens of|hundreds of)\s+(?:[A-Z][\w-]{1,20}\s+){0,3}"
    r"(?:people|individuals|men|women|protesters|defenders|activists|students|members|"
    r"journalists|prisoners|workers|refugees)\b",
    re.IGNORECASE,
)

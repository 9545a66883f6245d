"""Ways a page marks a name as a person the UA is about, besides naming it twice.

"Zmitser Dashkevich and Others"; a case heading above its story ("Ammar al Baluchi -
USA"); a ready letter's list of names ("Maria Alekhina, Ekaterina Samutsevich e Nadezhda
Tolokonnikova"); an honorific in running text ("Mr Hu Shigen"); what the person does
("activist Alaa Abdel Fattah"). Each finder gives the names and their line, or None.
"""

from __future__ import annotations

import re

from ua_letters.importer.lines import Kind, Line
from ua_letters.importer.namecandidates import (
    HEADER,
    PARTICLES,
    STOP,
    candidates,
    story_paragraph,
)
from ua_letters.importer.names import is_name, strip_honorifics
from ua_letters.importer.places import country_code
from ua_letters.importer.storywords import every

Found = tuple[list[str], int]
_TOP = 60  # a page's story is near its top
_OTHERS = re.compile(r"\s+(?:" + "|".join(every("others")) + r")\b", re.IGNORECASE)
_HONORIFICS = "|".join(every("honorifics"))
_PLURAL_HONORIFICS = "|".join(every("plural_honorifics"))


def with_others(lines: list[Line]) -> Found | None:
    """'Zmitser Dashkevich and Others', 'the assault of Bárbara Italia Méndez and other
    women': a person named as the first of a group is a person concerned."""
    for line in lines[:_TOP]:
        for match in _OTHERS.finditer(line.text):
            tokens: list[str] = []
            for raw in reversed(line.text[: match.start()].split()):
                if raw[-1:] in ",;:." or not (raw[:1].isupper() or raw.lower() in PARTICLES):
                    break
                tokens.insert(0, raw)
            while tokens and (tokens[0].lower() in STOP or tokens[0].lower() in PARTICLES):
                tokens.pop(0)
            name = " ".join(tokens)
            if 2 <= len(tokens) <= 4 and is_name(name) and not country_code(name):
                return [name], line.number
    return None


def headed_cases(lines: list[Line]) -> Found | None:
    """'Viktar Serhil:' / 'Baradine Targuio' / 'Ammar al Baluchi - USA' standing alone above
    a story that names the person again ("Viktar Serhil is at imminent risk…", "…, Baradine
    Berdei Targuio, was arrested"): a page of cases headed by their people. The story's
    fuller form wins."""
    names: list[str] = []
    first: int | None = None
    for i, line in enumerate(lines[:-2]):
        heading = _without_country(line.text.rstrip(":").strip())
        if not (line.kind is Kind.text and _alone(lines, i) and 2 <= len(heading.split()) <= 4
                and is_name(heading) and not HEADER.search(heading)):
            continue
        story = next((n for n in lines[i + 1 :] if n.kind is not Kind.blank), None)
        if story is None or not story_paragraph(story):
            continue
        given, family = heading.split()[0], heading.split()[-1]
        full = [n for n in candidates(story.text)
                if n.split()[0] == given and n.split()[-1] == family]
        if full or heading in story.text:
            names.append(full[0] if full else heading)
            first = line.number if first is None else first
    return (names[:6], first) if names and first is not None else None


def _without_country(heading: str) -> str:
    """'Ammar al Baluchi - USA', 'Saudi-Arabien: Waleed Abu al-Khair' -> the person: a case
    heading may name the country before or after the person."""
    for separator in (" - ", " – ", ": "):
        if separator in heading:
            first, _, last = heading.partition(separator)
            if country_code(last.strip()):
                return first.strip()
            if country_code(first.strip()):
                return last.strip()
    return heading


def _alone(lines: list[Line], i: int) -> bool:
    return (i == 0 or lines[i - 1].kind is Kind.blank) and lines[i + 1].kind is Kind.blank


_LIST_JOIN = re.compile(r"\s*(?:,|,?\s+(?:and|e|y|et|und|и))\s+")
_LIST_TAIL = re.compile(r"(?:,|\s(?:and|e|y|et|und|и))\s*$")
_LETTER_LINES = 8  # the letter's first paragraphs name the people


def listed_in_letter(lines: list[Line]) -> Found | None:
    """'la situazione di Maria Alekhina, Ekaterina Samutsevich e Nadezhda Tolokonnikova':
    a ready letter whose story names no one in its first paragraphs may list the people
    there; two or more names joined as a list, each said once, are taken."""
    start = next((i for i, line in enumerate(lines) if line.body == "opening"), None)
    if start is None:
        return None
    body = [line for line in lines[start + 1 :] if line.kind is not Kind.blank]
    for line in body[:_LETTER_LINES]:
        names = _list_of_names(line.text)
        if len(names) >= 2:
            return names[:6], line.number
    return None


def _list_of_names(text: str) -> list[str]:
    """The longest run of candidate names that the text joins with commas and "and", from
    the start of the enumeration: in "in Novi Sad, Nova Gorica and Banja Luka" the
    place after "in" is no candidate, and the names after it are not a list of their own."""
    best: list[str] = []
    run: list[str] = []
    end = 0
    for name in candidates(text):
        at = text.find(name, end)
        if at < 0:
            continue
        if run and not _LIST_JOIN.fullmatch(text[end:at]):
            run = []
        if not run and _LIST_TAIL.search(text[:at]):
            end = at + len(name)
            continue  # the enumeration began before this name
        run.append(name)
        end = at + len(name)
        best = max(best, run, key=len)
    return list(best)


def honoured(text: str, name: str) -> bool:
    """'Mr Hu Shigen', 'Ms Liu Di', 'Messrs Xu Youyu and Hao Jian' in running text."""
    bare = re.escape(strip_honorifics(name)[0])
    if re.search(rf"\b(?:{_HONORIFICS}|{_PLURAL_HONORIFICS})\.?\s+{bare}\b", text, re.I):
        return True
    pair = rf"\b(?i:{_PLURAL_HONORIFICS})\.?\s+(?:[A-Z][\w-]+\s+){{1,3}}and\s+{bare}\b"
    return re.search(pair, text) is not None


def introduced(text: str, name: str) -> bool:
    """'prominent activist Alaa Abdel Fattah', 'Human rights lawyer Mohamed el-Baqer’s':
    beside a person the page names again, a name the story introduces with what the person
    does is concerned too, even when the (cut) page says it once."""
    words = "|".join(re.escape(w) for w in every("introducers"))
    return re.search(rf"\b(?:{words}),?\s+{re.escape(name)}\b", text, re.IGNORECASE) is not None

"""Candidate names in running text: runs of capitalised words that read as a person's.

concerned.py and marks.py decide which candidates are the people a UA is about; this
module only finds them. A run right after "of", "in", "at"… is a place, sentence openers
and honorifics ("On", "Mr") are not part of a name, nationalities are not names.
"""

from __future__ import annotations

import re

from ua_letters.importer.lines import Kind, Line
from ua_letters.importer.names import is_name
from ua_letters.importer.places import country_code
from ua_letters.importer.storywords import every

PARAGRAPH = 80  # a story line is at least this long
HEADER = re.compile(r"\burgent action\b|\bUA \d", re.IGNORECASE)

STOP = frozenset(
    re.findall(
        r"\S+",
        "in on at by the a an since after before during when while this that his her "
        "their amnesty international urgent action update write click please take dear "
        "sample im am der die das den dem des ein eine und le la les un une et el los las ",
    )
)
_POSSESSIVE = re.compile(r"['’]s$")
_TITLES = frozenset(every("honorifics") + every("plural_honorifics"))
PARTICLES = frozenset({"al", "el", "bin", "ibn", "de", "van", "von", "abu", "del", "da"})

_PLACE_WORDS = frozenset(
    re.findall(
        r"\S+",
        "of in at from to into near community village town city en à au aux dans im bei "
        "nach в во из ",
    )
)


def runs(text: str) -> list[str]:
    """Runs of capitalised words (particles such as al-, bin, de inside); a run right
    after "of", "in", "at"… names a place ("the community of Otodo Gbame") and is left out."""
    runs: list[str] = []
    current: list[str] = []
    previous = ""
    place = False
    for raw in text.split():
        token = raw.strip(".,;:()\"“”«»!?")
        ends = (raw != token and raw[-1:] in ".,;:)\"”»!?") or _POSSESSIVE.search(token)
        token = _POSSESSIVE.sub("", token)
        particle = token.lower() in ("al", "el", "bin", "ibn", "de", "van", "von", "abu") or (
            re.match(r"^(?:al|el|ad|ash|bin|abu)-", token) is not None
        )
        if token[:1].isupper() or (current and particle):
            if not current:
                place = previous in _PLACE_WORDS
            current.append(token)
        else:
            if current and not place:
                runs.append(" ".join(current))
            current = []
        if ends and current:
            if not place:
                runs.append(" ".join(current))
            current = []
        previous = token.lower()
    if current and not place:
        runs.append(" ".join(current))
    return runs


def candidates(text: str) -> list[str]:
    """The runs of two to four words that read as a personal name, in order."""
    names: list[str] = []
    for run in runs(text):
        tokens = run.split()
        while tokens and (tokens[0].lower() in STOP or tokens[0].lower().rstrip(".") in _TITLES):
            tokens.pop(0)  # "On", "Iranian youth", "Mr"… are not part of the name
        if not 2 <= len(tokens) <= 4:
            continue
        name = " ".join(tokens)
        if country_code(name[:-1]) or country_code(name[:-2]):
            continue  # "Saudi Arabian": a nationality, not a name
        if is_name(name) and name not in names:
            names.append(name)
    return names


def story_paragraph(line: Line) -> bool:
    """A line of the story: long, with a sentence end, not the UA's header."""
    text = line.text
    return (line.kind is Kind.text and len(text) >= PARAGRAPH and ". " in text + " "
            and not HEADER.search(text))

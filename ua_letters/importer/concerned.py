"""The people a UA is about, when it has no "Name:" line: from its first paragraph.

AIUSA pages open with the story ("Azimjan Askarov has been jailed…"); ready letters name
the person in a set phrase ("In diesem Fall handelt es sich um Waleed Abu al-Khair").
A run of two to four capitalised words is a candidate; it is kept only when it reads as a
personal name and the page names it again elsewhere (in the title, the sample letter, the
story) — a name said once in passing ("Nina Labkovich … was released") is left out, and a
person a reader must add is better than a wrong one.
"""

from __future__ import annotations

import re

from ua_letters.importer.lines import Kind, Line
from ua_letters.importer.names import is_name
from ua_letters.importer.places import country_code

_PARAGRAPH = 80  # a story line is at least this long
_TOP = 60  # the first paragraph is near the top
_STOP = frozenset(
    re.findall(
        r"\S+",
        "in on at by the a an since after before during when while this that his her "
        "their amnesty international urgent action update write click please take dear "
        "sample im am der die das den dem des ein eine und le la les un une et el los las ",
    )
)
_PHRASES = re.compile(
    r"(?:handelt es sich um(?: den Fall (?:der|des|von)(?: \w+)?)?|Fall (?:von|der|des)"
    r"(?: \w+)?|the case of|le cas de|el caso de)\s+", re.IGNORECASE
)
_HEADER = re.compile(r"\burgent action\b|\bUA \d", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s$")


_PLACE_WORDS = frozenset(
    re.findall(
        r"\S+",
        "of in at from to into near community village town city en à au aux dans im bei "
        "nach в во из ",
    )
)


def _runs(text: str) -> list[str]:
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


def _candidates(text: str) -> list[str]:
    names: list[str] = []
    for run in _runs(text):
        tokens = run.split()
        while tokens and tokens[0].lower() in _STOP:
            tokens.pop(0)  # "On", "Iranian youth"… are not part of the name
        if not 2 <= len(tokens) <= 4:
            continue
        name = " ".join(tokens)
        if country_code(name[:-1]) or country_code(name[:-2]):
            continue  # "Saudi Arabian": a nationality, not a name
        if is_name(name) and name not in names:
            names.append(name)
    return names


def people_in_story(lines: list[Line], language: str = "en") -> tuple[list[str], int | None]:
    """The named people of the first paragraph (or a ready letter's set phrase), and the
    line they come from."""
    whole = "\n".join(line.text for line in lines)
    for line in lines:
        if match := _PHRASES.search(line.text):
            # "Fall der Journalistin Maria Schmidt" skips "Journalistin"; "Fall von Steven
            # Donziger" must not skip "Steven": without a name after the skipped word, retry
            names = _candidates(line.text[match.end():])[:1] or _candidates(
                line.text[match.start():].split(None, 2)[-1])[:1]
            if names:
                return names, line.number
    if language == "de":
        return [], None  # every German noun is capitalised: only the set phrases count
    tried = False
    for line in lines[:_TOP]:
        text = line.text
        if line.kind is not Kind.text or len(text) < _PARAGRAPH or ". " not in text + " ":
            continue  # a title ("… (Russian Federation: UA 112.19)") is not the story
        if _HEADER.search(text):
            continue
        candidates = _candidates(text)
        names = [n for n in candidates if whole.count(n) >= 2]
        if names:  # the others the paragraph introduces the same way belong to the list
            names = [n for n in candidates if n in names or _introduced(text, n)]
        if names or _GROUP.match(text) or tried:
            return names[:6], line.number
        tried = True  # a site's banner above the story ("The Tribunal for Putin …"): one more
    return [], None


# "prominent activist Alaa Abdel Fattah", "Human rights lawyer Mohamed el-Baqer’s": beside a
# person the page names again, a name the story introduces with what the person does is
# concerned too, even when the (cut) page says it once.
_INTRODUCERS = (
    "activist", "activists", "lawyer", "defender", "journalist", "blogger", "student", "poet",
    "writer", "artist", "researcher", "prisoner of conscience", "trade unionist",
)


def _introduced(text: str, name: str) -> bool:
    words = "|".join(re.escape(w) for w in _INTRODUCERS)
    return re.search(rf"\b(?:{words}),?\s+{re.escape(name)}\b", text, re.IGNORECASE) is not None


_GROUP = re.compile(
    r"^(?:at least |more than |some |over )?(?:\d{1,5}|two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|twelve|dozens of|hundreds of)\s+(?:[A-Z][\w-]{1,20}\s+){0,3}"
    r"(?:people|individuals|men|women|protesters|defenders|activists|students|members|"
    r"journalists|prisoners|workers|refugees)\b",
    re.IGNORECASE,
)


def group_in_story(lines: list[Line]) -> str | None:
    """'At least 14 individuals', 'Ten Egyptian men': a group the first paragraph opens
    with, when it names no one."""
    for line in lines[:_TOP]:
        if line.kind is Kind.text and len(line.text) >= _PARAGRAPH and ". " in line.text + " ":
            if _HEADER.search(line.text):
                continue
            match = _GROUP.match(line.text)
            return match[0] if match else None
    return None

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

from ua_letters.importer.lines import Kind, Line
from ua_letters.importer.names import is_name, strip_honorifics
from ua_letters.importer.places import country_code
from ua_letters.importer.storywords import every, story_words

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
_PHRASES = re.compile(r"(?:" + "|".join(every("case_phrases")) + r")\s+", re.IGNORECASE)
_OTHERS = re.compile(r"\s+(?:" + "|".join(every("others")) + r")\b", re.IGNORECASE)
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
        while tokens and (tokens[0].lower() in _STOP or tokens[0].lower().rstrip(".") in _TITLES):
            tokens.pop(0)  # "On", "Iranian youth", "Mr"… are not part of the name
        if not 2 <= len(tokens) <= 4:
            continue
        name = " ".join(tokens)
        if country_code(name[:-1]) or country_code(name[:-2]):
            continue  # "Saudi Arabian": a nationality, not a name
        if is_name(name) and name not in names:
            names.append(name)
    return names


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
            names = _candidates(line.text[match.end():])[:1] or _candidates(
                line.text[match.start():].split(None, 2)[-1])[:1]
            if names:
                return Concerned(names, line.number)
    if found := _with_others(lines) or _headed_cases(lines):
        return found
    if not story_words(language).names_from_capitals:
        return Concerned()  # every noun is capitalised: only the set phrases count
    tried = False
    whole = "\n".join(line.text for line in lines)
    for line in lines[:_TOP]:
        text = line.text
        if not _paragraph(line):
            continue  # a title ("… (Russian Federation: UA 112.19)") is not the story
        candidates = _candidates(text)
        names = [n for n in candidates if _named_again(whole, n)]
        if names:  # the others the paragraph introduces the same way belong to the list
            names = [n for n in candidates if n in names or _introduced(text, n)]
        else:  # "Mr Pu Zhiqiang …, and Ms Liu Di": running text's honorifics mark people
            names = [n for n in candidates if _honoured(text, n)]
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
    return _listed_in_letter(lines) or Concerned()


_LIST_JOIN = re.compile(r"\s*(?:,|,?\s+(?:and|e|y|et|und|и))\s+")
_LIST_TAIL = re.compile(r"(?:,|\s(?:and|e|y|et|und|и))\s*$")
_LETTER_LINES = 8  # the letter's first paragraphs name the people


def _listed_in_letter(lines: list[Line]) -> Concerned | None:
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
            return Concerned(names[:6], line.number)
    return None


def _list_of_names(text: str) -> list[str]:
    """The longest run of candidate names that the text joins with commas and "and", from
    the start of the enumeration: in "in Novi Sad, Nova Gorica and Banja Luka" the
    place after "in" is no candidate, and the names after it are not a list of their own."""
    best: list[str] = []
    run: list[str] = []
    end = 0
    for name in _candidates(text):
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


def _headed_cases(lines: list[Line]) -> Concerned | None:
    """'Viktar Serhil:' / 'Baradine Targuio' / 'Ammar al Baluchi - USA' standing alone above
    a story that names the person again ("Viktar Serhil is at imminent risk…", "…, Baradine
    Berdei Targuio, was arrested"): a page of cases headed by their people. The story's
    fuller form wins."""
    names: list[str] = []
    first: int | None = None
    for i, line in enumerate(lines[:-2]):
        heading = _without_country(line.text.rstrip(":").strip())
        if not (line.kind is Kind.text and _alone(lines, i) and 2 <= len(heading.split()) <= 4
                and is_name(heading) and not _HEADER.search(heading)):
            continue
        story = next((n for n in lines[i + 1 :] if n.kind is not Kind.blank), None)
        if story is None or not _paragraph(story):
            continue
        given, family = heading.split()[0], heading.split()[-1]
        full = [n for n in _candidates(story.text)
                if n.split()[0] == given and n.split()[-1] == family]
        if full or heading in story.text:
            names.append(full[0] if full else heading)
            first = line.number if first is None else first
    return Concerned(names[:6], first) if names else None


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


def _paragraph(line: Line) -> bool:
    text = line.text
    return (line.kind is Kind.text and len(text) >= _PARAGRAPH and ". " in text + " "
            and not _HEADER.search(text))


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


def _with_others(lines: list[Line]) -> Concerned | None:
    """'Zmitser Dashkevich and Others', 'the assault of Bárbara Italia Méndez and other
    women': a person named as the first of a group is a person concerned."""
    for line in lines[:_TOP]:
        for match in _OTHERS.finditer(line.text):
            tokens: list[str] = []
            for raw in reversed(line.text[: match.start()].split()):
                if raw[-1:] in ",;:." or not (raw[:1].isupper() or raw.lower() in _PARTICLES):
                    break
                tokens.insert(0, raw)
            while tokens and (tokens[0].lower() in _STOP or tokens[0].lower() in _PARTICLES):
                tokens.pop(0)
            name = " ".join(tokens)
            if 2 <= len(tokens) <= 4 and is_name(name) and not country_code(name):
                return Concerned([name], line.number)
    return None


_PARTICLES = frozenset({"al", "el", "bin", "ibn", "de", "van", "von", "abu", "del", "da"})


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
_HONORIFICS = "|".join(every("honorifics"))
_TITLES = frozenset(every("honorifics") + every("plural_honorifics"))
_PLURAL_HONORIFICS = "|".join(every("plural_honorifics"))


def _honoured(text: str, name: str) -> bool:
    """'Mr Hu Shigen', 'Ms Liu Di', 'Messrs Xu Youyu and Hao Jian' in running text."""
    bare = re.escape(strip_honorifics(name)[0])
    if re.search(rf"\b(?:{_HONORIFICS}|{_PLURAL_HONORIFICS})\.?\s+{bare}\b", text, re.I):
        return True
    pair = rf"\b(?i:{_PLURAL_HONORIFICS})\.?\s+(?:[A-Z][\w-]+\s+){{1,3}}and\s+{bare}\b"
    return re.search(pair, text) is not None


def _introduced(text: str, name: str) -> bool:
    """'prominent activist Alaa Abdel Fattah', 'Human rights lawyer Mohamed el-Baqer’s':
    beside a person the page names again, a name the story introduces with what the person
    does is concerned too, even when the (cut) page says it once."""
    words = "|".join(re.escape(w) for w in every("introducers"))
    return re.search(rf"\b(?:{words}),?\s+{re.escape(name)}\b", text, re.IGNORECASE) is not None


_GROUP = re.compile(
    r"^(?:at least |more than |some |over )?(?:\d{1,5}|two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|twelve|dozens of|hundreds of)\s+(?:[A-Z][\w-]{1,20}\s+){0,3}"
    r"(?:people|individuals|men|women|protesters|defenders|activists|students|members|"
    r"journalists|prisoners|workers|refugees)\b",
    re.IGNORECASE,
)

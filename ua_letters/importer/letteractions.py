"""The requested actions from a UA's sample letter, when the UA lost its bullets.

Many pages keep only the sample letter ("SAMPLE LETTER Dear Prosecutor General, … I urge
you to release …"). Its requests are the sentences in which the writer asks the official
for something: "I therefore ask you to …", "I call on you to …", "I am writing to urge you
to …". Only those sentences are taken, each from its verb on ("Immediately and
unconditionally release …"); narrative, concern and thanks are never actions. Precision
first: a letter without such a sentence gives no actions, and what is taken is marked for
a person to check.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ua_letters.importer.lines import Kind, Line
from ua_letters.importer.result import Findings

_I = re.IGNORECASE
# "SAMPLE LETTER Dear Prosecutor General, I am writing to urge you …" on one line.
_INLINE = re.compile(
    r"^(?:sample letter|model letter|modelo de carta|carta modelo)\s*:?\s*(?P<body>.+)$", _I
)
_REQUEST = re.compile(
    r"^(?:I|We)\s+(?:am|are)?\s*(?:writing\s+to\s+)?"
    r"(?:(?:therefore|also|respectfully|strongly|further|urgently)\s+)*"
    r"(?:urge|call\s+on|call\s+upon|ask|request|implore)\s+(?:you|the authorities)\s+"
    r"(?:(?:therefore|also|to\s+also)\s+)?(?:to\s+)?(?P<action>\S.+)$",
    _I,
)
# The same requests as other languages' letters make them: "Le insto a que …", "Je vous
# demande de …", "Ich fordere Sie auf, …", "Прошу Вас …", "La invito a …".
_OTHER_REQUESTS = re.compile(
    r"^(?:(?:por (?:lo )?tanto|por ello|asimismo|además),?\s+)?"
    r"(?:le|les)\s+(?:pido|insto|solicito|ruego|exhorto|urjo)\s+(?:a\s+)?(?:que\s+)?"
    r"(?P<es>\S.+)$|"
    r"^(?:(?:par conséquent|c'est pourquoi|j'ai l'honneur de),?\s+)?je vous\s+"
    r"(?:demande|prie|exhorte|appelle)\s+(?:instamment\s+)?(?:de|d'|à)\s*(?P<fr>\S.+)$|"
    r"^ich\s+(?:fordere|bitte|ersuche)\s+sie\s+(?:(?:daher|eindringlich|höflich)\s+)*"
    r"(?:auf\s*)?,?\s*(?P<de>\S.+)$|"
    r"^bitte\s+(?P<de_imperative>[a-zäöü]+\s+sie\b.+)$|"  # "Bitte gewähren Sie ihm …"
    r"^(?:я\s+)?(?:прошу|призываю)\s+вас\s+(?P<ru>\S.+)$|"
    r"^(?:(?:pertanto|quindi|per questo),?\s+)?(?:le|la|vi)\s+"
    r"(?:chiedo|invito|esorto|sollecito)\s+(?:di\s+|a\s+|ad\s+)?(?:che\s+)?(?P<it>\S.+)$",
    _I,
)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[A-Z“\"])")
CLOSING = re.compile(
    r"^(?:yours\s+(?:sincerely|faithfully|truly|respectfully)|sincerely|respectfully|kind regards|"
    r"mit freundlichen grüßen|atentamente|cordialement|veuillez agréer|с уважением|"
    r"cordiali saluti|distinti saluti)\b",
    _I,
)
_STOPS = (Kind.end, Kind.embassy, Kind.appeals_to, Kind.copies, Kind.write)
LETTER_LINES = 40  # a sample letter is a page at most


@dataclass
class Actions(Findings):
    actions: list[str] = field(default_factory=list)


def read_actions(
    bullets: list[tuple[int, str]], write: Line | None, lines: list[Line],
    story: str | None = None, story_line: int | None = None,
) -> Actions:
    """The requested actions: the bullets after the write line, else the sample letter's
    requests, else the demands the story states (both marked to check), else none and a
    warning."""
    found = Actions()
    if bullets:
        found.actions = [text for _, text in bullets]
        found.lines["actions"] = bullets[0][0]
    elif write is None and (listed := actions_under_lead(lines)):
        found.actions = [text for _, text in listed]
        found.lines["actions"] = listed[0][0]
        found.checks["actions"] = (f"no PLEASE WRITE line; read from the bullets under the "
                                   f"page's request (line {listed[0][0] - 1}) — check them")
    elif from_letter := actions_from_letter(lines):
        found.actions = [text for _, text in from_letter]
        found.lines["actions"] = from_letter[0][0]
        found.checks["actions"] = (f"no bullets; read from the sample letter's requests (line "
                                   f"{from_letter[0][0]}) — check them")
    elif story and (demands := actions_from_story(story)):
        found.actions = demands
        if story_line:
            found.lines["actions"] = story_line
        found.checks["actions"] = ("no bullets and no sample letter's requests; read from "
                                   "the demands the story states — check them")
    else:
        found.warn("no requested actions (bullets after PLEASE WRITE) found; fill in actions",
                   write.number if write else None, "actions")
    return found


def actions_from_letter(lines: list[Line]) -> list[tuple[int, str]]:
    """(line, action) for each request sentence of the first sample letter, else []."""
    start = _letter_start(lines)
    if start is None:
        return []
    found: list[tuple[int, str]] = []
    index, text = start
    listed = _listed_requests(lines, index)
    if listed:
        return listed
    for number, body in [(lines[index].number, text), *_body(lines, index)]:
        for sentence in _SENTENCE_END.split(body):
            if match := _REQUEST.match(sentence.strip()):
                action = match["action"].strip()
            elif other := _OTHER_REQUESTS.match(sentence.strip()):
                action = next(v for v in other.groupdict().values() if v).strip()
            else:
                continue
            found.append((number, action[:1].upper() + action[1:]))
    return found


# A story's demand, the whole sentence: "He must be immediately and unconditionally
# released", "Maryia Kalesnikava is a prisoner of conscience and must be released …". Its
# subject is a pronoun or a name (capitalised words), never a clause ("His life is at
# serious risk, …, and he must be released" is no demand of its own).
_DEMAND = re.compile(
    r"^(?:He|She|They|(?:[A-Z][\w'’.-]*\s+){1,4}?)"
    r"(?:(?:is|are)\s+(?:a\s+)?prisoners?\s+of\s+conscience\s+and\s+)?"
    r"(?:must|should)\s+be\s+(?:(?:immediately|unconditionally|urgently|and)\s+)*released\b",
)
# "Amnesty International urges Saudi Arabian authorities to release all the men
# immediately": what follows "to" is the request, when the authorities are asked.
_URGES = re.compile(
    r"^(?:Amnesty International|We)\s+(?:urges?|calls?\s+(?:on|upon)|is\s+calling\s+on)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,3}authorities\s+to\s+(?!not\b)(?P<action>[a-z]\S.+)$",
)


def actions_from_story(story: str) -> list[str]:
    """The story's own demands, each whole sentence as the page gives it; [] when the
    story states none plainly."""
    found: list[str] = []
    for paragraph in story.split("\n\n"):
        for sentence in _SENTENCE_END.split(paragraph):
            sentence = sentence.strip()
            if _DEMAND.match(sentence):
                found.append(sentence)
            elif match := _URGES.match(sentence):
                action = match["action"]
                found.append(action[:1].upper() + action[1:])
    return found


# "In these letters we are calling on the Australian Government to:" above the bullets of
# an action that has no PLEASE WRITE line: the bullets are what the letters ask.
_PAGE_LEAD = re.compile(
    r"^.{0,60}\b(?:we|I)\s+(?:are\s+|also\s+)?(?:calling|call|urging|urge|asking|ask)\s+"
    r"(?:on\s+|upon\s+)?.{0,80}\bto\s*:$", _I
)


def actions_under_lead(lines: list[Line]) -> list[tuple[int, str]]:
    """(line, action) for the bullets right under the page's first "we are calling on …
    to:" line, else []."""
    for i, line in enumerate(lines):
        if line.kind is Kind.text and _PAGE_LEAD.match(line.text):
            found: list[tuple[int, str]] = []
            for below in lines[i + 1 :]:
                if below.kind is not Kind.bullet:
                    break
                found.append((below.number, below.body[:1].upper() + below.body[1:]))
            return found
    return []


def _letter_start(lines: list[Line]) -> tuple[int, str] | None:
    """(index, text after the salutation) of the letter's opening line."""
    for i, line in enumerate(lines):
        if line.body == "opening":
            return i, ""
        if line.kind is Kind.letter and (match := _INLINE.match(line.text)):
            body = match["body"]
            comma = body.find(",")
            return i, body[comma + 1 :] if 0 < comma < 60 else ""
    return None


# "I therefore urge your government, as a member of the UN Security Council, to:" above
# the letter's bullets: the bullets are what it asks.
_LEAD = re.compile(
    r"^(?:I|We)\b.{0,120}\b(?:urge|call\s+on|call\s+upon|ask|request)\b.{0,120}\bto\s*:$", _I
)


def _listed_requests(lines: list[Line], opening: int) -> list[tuple[int, str]]:
    """(line, action) for the bullets right under a letter's request that ends in "to:",
    else []."""
    found: list[tuple[int, str]] = []
    lead = False
    for line in lines[opening + 1 : opening + 1 + LETTER_LINES]:
        if line.kind in _STOPS or CLOSING.match(line.text) or (found and line.kind not in (
                Kind.bullet, Kind.blank)):
            break
        if lead and line.kind is Kind.bullet:
            found.append((line.number, line.body[:1].upper() + line.body[1:]))
        elif line.kind is not Kind.blank:
            lead = bool(_LEAD.match(line.text))
    return found


def _body(lines: list[Line], opening: int) -> list[tuple[int, str]]:
    body: list[tuple[int, str]] = []
    for line in lines[opening + 1 : opening + 1 + LETTER_LINES]:
        if line.kind in _STOPS or CLOSING.match(line.text):
            break
        if line.kind is not Kind.blank:
            body.append((line.number, line.text))
    return body

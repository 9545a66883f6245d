"""Step one of the parser: give every line of the document a kind.

Later steps only look at kinds (a bullet, a contact line, the "copies to" marker…), so
the way a UA spells its headings is decided here, once, line by line. Each `Line` keeps
its 1-based number so that every warning can point at the document.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from ua_letters.importer.labels import Segment, has_labels, is_hidden_email, split_labels
from ua_letters.importer.names import starts_title
from ua_letters.importer.places import month_names, weekday_names


class Kind(StrEnum):
    blank = "blank"
    write = "write"  # PLEASE WRITE IMMEDIATELY in Russian, … or your own language:
    appeals_to = "appeals_to"  # PLEASE SEND APPEALS BEFORE 16 SEPTEMBER 2010 TO:
    copies = "copies"  # And copies to: / Copies to: / Send copies to
    embassy = "embassy"  # Also send copies to diplomatic representatives …
    end = "end"  # Additional information, How you can help, the footer
    instruction = "instruction"  # "This Urgent Action expires on …" between the parts
    letter = "letter"  # "SAMPLE LETTER", "Letter:", a letter's opening followed by prose
    date = "date"  # "Im Juni 2021", "19 August 2013": a letter's date line
    bullet = "bullet"
    connector = "connector"  # a lone "-OR-" between two numbers
    number = "number"  # an unlabelled phone or fax number
    email = "email"  # an unlabelled e-mail address
    note = "note"  # "(Please note: the fax may be switched off at night)"
    labelled = "labelled"  # a line with Fax:, Email:, Salutation: …
    text = "text"


@dataclass(frozen=True)
class Line:
    number: int
    text: str
    kind: Kind
    body: str = ""  # the bullet's text, or what follows "Copies to:"
    segments: tuple[Segment, ...] = field(default=())


_I = re.IGNORECASE
_EMBASSY = re.compile(r"diplomatic (representatives?|missions?)|embass(y|ies) .*your country", _I)
_COPIES = re.compile(
    r"^(?:(?:and\s+|please\s+|also\s+)*(?:send\s+)?cop(?:y|ies)\s+"
    r"(?:of\s+(?:your\s+appeals?|(?:this|the|your)\s+letters?)\s+)?"
    r"to\b(?:\s+the\s+following)?|copies?\s+à|kopien?\s+an|copias?\s+a|копии)\s*:?\s*"
    r"(?P<body>.*)$",
    _I,
)
_WRITE = re.compile(r"^(?:please\s+)?(?:write|take action)\b.*\b(?:in|languages?)\b", _I)
_PREFERRED = re.compile(r"^preferred language", _I)
# The languages on their own line, the write line wrapped above it: "letters in Spanish or
# your own language:" below "RECOMMENDED ACTION: Please send telegrams/…/airmail".
_OWN_LANGUAGE = re.compile(
    r"^.{0,120}\bin\s+[A-Z][a-z]+(?:(?:,\s*|\s+or\s+|\s+and\s+)[A-Z][a-z]+){0,5},?\s+"
    r"or\s+(?:in\s+)?your own language\s*:?$"
)
_APPEALS_TO = re.compile(
    r"^(?:(?:please\s+)?(?:send\s+)?appeals?\b.*\bto\s*:?|(?:please\s+)?write\s+to\s*:?|"
    r"contact (?:these|the following|below) (?:\w+ )?officials?\b.*|"
    r"(?:or\s+)?send (?:your )?(?:letters?|appeals?) to\b.*|contact information\s*:?|"
    r".{0,80}\bsend (?:it |them |your (?:letters?|appeals?) )?to (?:this|the following) "
    r"address(?:es)?\s*:|"
    r"target ad+res+es\s*:?|please write to the following officials?\b.*|"
    r"(?:signez|envoyez|écrivez|adressez)\b.*\bà\s*:|destinataires?\s*:?|"
    r"escriba (?:a|al|a la)\b.*:|env[ií](?:a|ad|e|en)\s+(?:\w+\s+){0,2}llamamientos?\s+a\s*:|"
    r"schreiben sie\b.*\ban\s*:|adressen\s*:?|напишите\b.*:|"
    r"act[uú]a\s*:.*\b(?:llamamiento|carta)\b.*)$",
    _I,
)
_LETTER = re.compile(
    r"^(?:sample letter|model letter|letter|lettre|modèle de lettre|brief|briefvorschlag|"
    r"musterbrief|carta modelo|modelo de carta|образец письма|письмо)\b\s*:?(?:\s|$)",
    _I,
)
_MONTH_YEAR = re.compile(
    r"^(?:im|in|le|en|am|on)?\s*(?:\d{1,2}\.?\s+)?([^\W\d_]{3,12})\.?\s+(?:\d{1,2},?\s+)?\d{4}$", _I
)


_WEEKDAY = re.compile(r"^([^\W\d_]{2,12})\.?,?\s+")  # "Thursday, " before a blog's date
# "3 nov. 16": a ready letter's date with a two-digit year, the day always given.
_DAY_MONTH_SHORT_YEAR = re.compile(r"^\d{1,2}\.?\s+([^\W\d_]{3,12})\.?\s+\d{2}$")


def _is_date_line(text: str) -> bool:
    """'Im Juni 2021', 'Juni 2021', '19 August 2013', 'Thursday, November 1, 2007': a month
    name (from CLDR, in any UA language) and a year, nothing else but a weekday before."""
    match = _MONTH_YEAR.match(text) or _DAY_MONTH_SHORT_YEAR.match(text)
    if match is None and (day := _WEEKDAY.match(text)) and day[1].lower() in weekday_names():
        match = _MONTH_YEAR.match(text[day.end():])  # "Mar 2021" stays March, not Tuesday
    return match is not None and match[1].lower() in month_names()


# "Date:" with nothing after it: a ready letter's date, for the writer to fill in.
_BLANK_DATE = re.compile(r"(?:date|datum|fecha|дата)\s*:?\s*[_.]*", _I)
_COVID = re.compile(r"^(?:due to postal|.{0,40}\bcovid|port\s*:|please keep trying)", _I)
_FORM_NOTE = re.compile(r"\s+complaint form online$", _I)  # AIUSA's note after an address
_HANDLES = re.compile(r"(?:@\w{1,50}[\s,;]*){1,10}")
_SPELLED_EMAIL = re.compile(r"[\w.+-]{1,64}\((?:a|at)\)[\w-]{1,63}(?:\.[\w-]{1,63}){1,5}")
_INSTRUCTION = re.compile(
    r"^(?:this urgent action expires\b|"
    r"please (?:check with|take action|send appeals (?:as soon|immediately))\b)",
    _I,
)
# A ready letter's form fields for the writer to fill in: "ABSENDER (INKL. EIGENER
# ANSCHRIFT)", "DATUM", "UNTERSCHRIFT", "Nom :", "Signature :". Never an address line; what
# stands above them is the page's heading, and the addressee comes below.
FORM_FIELD = re.compile(
    r"^(?:absender(?:in)?\b.{0,40}|datum|unterschrift|ihr name|nom\s*:|adresse\s*:|"
    r"signature\s*:?|your (?:name|address|signature)\s*:?|remitente\s*:|firma\s*:)$", _I
)
_END = re.compile(
    r"^(?:additional information|background(?: information)?|how you can help|"
    r"further information on ua|name\(?s?\)?\s*:|gender m/f|ua\s*:?\s*\d+/\d+\b.*index)",
    _I,
)
# \uf0b7 and \uf0a7 are Word's Symbol and Wingdings bullets, copied as private-use
# characters ("\uf0b7 Appeal to those involved in the hostilities …", page 63).
_BULLET = re.compile(
    r"^(?:[•·▪◦‣●○■□◼◾▶❖➤➢►✓*–—\uf0b7\uf0a7-]|\(?\d{1,2}[.)]|\(?[a-h]\))\s+(?P<body>\S.*)$"
)
_CONNECTOR = re.compile(r"^[-–—\s/]*(?:or)?[-–—\s/]*$", _I)
_NUMBER = re.compile(r"[+(0][\d\s().\-/+,;]*")
_OR = re.compile(r"\bor\b", _I)
_EMAIL = re.compile(r"[^@\s,;/]+@[^@\s,;/]+\.[^@\s,;/]+")
_SALUTATION = re.compile(
    r"^[\"“‘'«]?(?:dear|your excellency|your majesty|your royal highness|your highness|"
    r"estimad[oa]s?|excelent[ií]sim[oa]|señor[a]?\s.*[:,]$|sehr geehrter?|exzellenz|majestät|"
    r"monsieur|madame|excellence|monseigneur|votre (?:altesse|majesté|excellence)|egregi[oa]|"
    r"gentile|уважаем[а-я]+|урматтуу)", _I
)
LONG = 4000  # longer lines are narrative; no pattern below needs to look at them
SHORT = 200  # numbers, addresses and salutations are short


def classify(document: str | Sequence[str]) -> list[Line]:
    """Every line of the document (its lines, or a text), numbered from 1, with its kind.

    A salutation followed by prose is a letter's opening ("Dear Counselor," then the
    sample letter), marked as a letter so that it never becomes an official."""
    texts = document.split("\n") if isinstance(document, str) else document
    lines = [classify_line(number, line) for number, line in enumerate(texts, 1)]
    for i, line in enumerate(lines):
        salutation = line.kind is Kind.labelled and line.segments and line.segments[0].label == (
            "salutation"
        ) and len(line.segments) == 1 and not line.text.lower().startswith(
            ("salutation", "greeting")
        )
        if (salutation or _is_title_opening(line)) and _prose_follows(lines, i + 1):
            lines[i] = Line(line.number, line.text, Kind.letter, body="opening")
    return lines


def _is_title_opening(line: Line) -> bool:
    """'Fiscal General de México:' above the letter: Spanish letters open with the
    addressee's title and a colon."""
    text = line.text
    return (line.kind is Kind.text and text.endswith(":") and len(text) <= 60
            and starts_title(text[:-1]))


WRAPPED_LINE = 70  # characters: a line of a paragraph wrapped by a PDF, never an address line


def _prose_follows(lines: list[Line], start: int) -> bool:
    """Within the next three non-blank lines, a long sentence: a letter's body; or three
    lines of a paragraph that a PDF wrapped, each 70 characters or more."""
    following = [line for line in lines[start : start + 3] if line.kind is Kind.text]
    if len(following) == 3 and all(len(line.text) >= WRAPPED_LINE for line in following):
        return True
    seen = 0
    for line in lines[start:]:
        if line.kind is Kind.blank:
            continue
        if len(line.text) >= 100 and line.kind in (Kind.text, Kind.letter):
            return True
        seen += 1
        if seen >= 3 or line.kind is Kind.labelled:
            return False
    return False


def classify_line(number: int, text: str) -> Line:
    text = text.strip()
    if not text:
        return Line(number, text, Kind.blank)
    if len(text) > LONG:
        return Line(number, text, Kind.text)
    text = _FORM_NOTE.sub("", text)
    if _HANDLES.fullmatch(text):
        return Line(number, text, Kind.note)  # "@ImranKhanPTI" below a "Twitter:" line
    if _SPELLED_EMAIL.fullmatch(text):
        return Line(number, text, Kind.email)  # "mdu(a)pmo.gov.pk" below an "E-mail:" line
    if _EMBASSY.search(text):
        return Line(number, text, Kind.embassy)
    if match := _COPIES.match(text):
        return Line(number, text, Kind.copies, body=match["body"].strip())
    if _WRITE.match(text) or _PREFERRED.match(text) or _OWN_LANGUAGE.match(text):
        return Line(number, text, Kind.write)
    if FORM_FIELD.match(text):
        return Line(number, text, Kind.instruction)
    if _APPEALS_TO.match(text):
        return Line(number, text, Kind.appeals_to)
    if _END.match(text):
        return Line(number, text, Kind.end)
    if _LETTER.match(text):
        return Line(number, text, Kind.letter)
    if len(text) < 40 and (_is_date_line(text) or _BLANK_DATE.fullmatch(text)):
        return Line(number, text, Kind.date)
    if len(text) < SHORT and _COVID.search(text):
        return Line(number, text, Kind.note)
    if _INSTRUCTION.match(text):
        return Line(number, text, Kind.instruction)
    if (_CONNECTOR.match(text) and "-" in text) or text.lower() == "or":
        return Line(number, text, Kind.connector)
    if len(text) < SHORT and _is_number(text):
        return Line(number, text, Kind.number)
    if len(text) < SHORT and _is_email(text):
        return Line(number, text, Kind.email)
    if match := _BULLET.match(text):
        return Line(number, text, Kind.bullet, body=match["body"].strip())
    if (text.startswith("(") and text.endswith(")")) or re.match(r"^(please )?note\b", text, _I):
        return Line(number, text, Kind.note)
    if len(text) < SHORT and _SALUTATION.match(text):
        return Line(number, text, Kind.labelled, segments=(Segment("salutation", text),))
    if _SALUTATION.match(text):
        return Line(number, text, Kind.letter)  # "Dear Chairman, I am writing to you …"
    segments = split_labels(text)
    if has_labels(segments):
        return Line(number, text, Kind.labelled, segments=tuple(segments))
    return Line(number, text, Kind.text)


def _is_number(text: str) -> bool:
    return bool(_NUMBER.fullmatch(_OR.sub(",", text))) and sum(c.isdigit() for c in text) >= 7


def _is_email(text: str) -> bool:
    if is_hidden_email(text):
        return text.lower().strip("[]() ") == "email protected"
    tokens = [t for t in re.split(r"[\s,;/]+", text) if t]
    return bool(tokens) and all(_EMAIL.fullmatch(t) for t in tokens)

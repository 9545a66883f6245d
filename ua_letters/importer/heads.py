"""The head of a recipient — everything before the fax line — as title, name,
organisation and address.

The head arrives as lines (one field per line) or as one line of comma-separated pieces
(a whole recipient on one line). Both become a list of pieces, each piece gets a kind
(names.kind_of), and the pieces are then placed in order: once the address has begun,
everything after it is address.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ua_letters.importer.names import (
    CONNECTORS,
    kind_of,
    split_title_name,
    strip_honorifics,
    strip_postnominals,
    words,
)
from ua_letters.importer.places import city_country, country_code, find_date
from ua_letters.importer.roles import role_of
from ua_letters.importer.runs import split_run
from ua_letters.importer.vocab import HONORIFICS

_HOUSE = re.compile(r"^(?:No\.?\s*|д\.\s*)?\d+[\w/-]{0,4}\.?$", re.IGNORECASE)


@dataclass
class Head:
    title: str | None = None
    other_title: str | None = None  # the title again, in another language
    name: str | None = None
    honorifics: list[str] = field(default_factory=list)
    postnominals: list[str] = field(default_factory=list)  # "MP" after "Jack Straw"
    organisation: str | None = None
    care_of: str | None = None
    address: list[str] = field(default_factory=list)
    country: str | None = None
    checks: dict[str, str] = field(default_factory=dict)  # field -> what to check


def split_pieces(text: str) -> list[str]:
    """Split on commas that are not inside parentheses."""
    pieces, depth, current = [], 0, ""
    for char in text:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "," and depth <= 0:
            pieces.append(current)
            current = ""
        else:
            current += char
    pieces.append(current)
    return [p.strip() for p in pieces if p.strip()]


def pieces_of(lines: list[str]) -> list[str]:
    """One piece per field. A line is split at commas only where it holds a title or an
    organisation; an address line such as "Frunze Street, 469" stays whole, except on a
    one-line recipient, where every comma separates a line of the address."""
    one_line = len(lines) == 1
    result: list[str] = []
    for line in lines:
        text = _drop_date(line)
        pieces = [run for piece in _join_house_numbers(split_pieces(text))
                  for run in split_run(piece)]
        if not one_line and not {kind_of(p) for p in pieces} & {"title", "org"}:
            # an address line stays as the UA wrote it: "Ankara Adliyesi, Dikmen Caddesi",
            # "Lerdo Poniente No. 300, 1er piso" (re-joined pieces would add commas)
            pieces = [text.strip().rstrip(",;").rstrip()] if pieces else []
        if pieces:
            pieces[-1] = _drop_final_stop(pieces[-1])
        previous = None
        while pieces and (one_line or kind_of(pieces[0]) != "address"):
            kind = kind_of(pieces[0])
            if not one_line and kind == previous == "title":
                # "Minister-Counselor, Chargé d'Affaires Ad Interim": one office's two
                # titles on one line, never a title and the same title in another language
                result[-1] = f"{result[-1]}, {pieces.pop(0)}"
                continue
            result.append(pieces.pop(0))
            previous = kind
        if pieces:
            result.append(", ".join(pieces))
    return result


def _drop_date(line: str) -> str:
    """'President Alyaksandr Lukashenka 19 August 2013' -> the name: a letter's date that
    the page set on the same line as the address."""
    found = find_date(line)
    if found and found[1] > 0 and len(line) - found[1] <= 20:
        return line[: found[1]].rstrip(" ,")
    return line


def _join_house_numbers(pieces: list[str]) -> list[str]:
    """'vul. Internatsyanalnaya', '22' -> 'vul. Internatsyanalnaya, 22': a bare house
    number belongs to the street before it."""
    joined: list[str] = []
    for piece in pieces:
        if joined and _HOUSE.match(piece):
            joined[-1] = f"{joined[-1]}, {piece}"
        else:
            joined.append(piece)
    return joined


def _drop_final_stop(piece: str) -> str:
    """'…, Colombia.' -> 'Colombia'; 'Main St.' keeps its abbreviation dot."""
    if piece.endswith(".") and (country_code(piece) or len(piece.split()[-1]) > 4):
        return piece[:-1].rstrip()
    return piece


_PERSON = re.compile(r"^(?:herrn?|frau|mr\.?|ms\.?|mrs\.?|m\.|mme|sr\.?|sra\.?)\s", re.IGNORECASE)
_CONTINUES = re.compile(r"^(?:of|for|du|de|des|de la|del|of the)\s", re.IGNORECASE)


def _care_of_lines(lines: list[str]) -> tuple[list[str], str | None]:
    """Take the "c/o" line, and a person line right below it ("Herrn …, Botschaftsrat"),
    out of the head: they are who passes the letter on."""
    for i, line in enumerate(lines):
        line = re.sub(r"^\((c/o|care of)\)\s*", r"\1 ", line, flags=re.IGNORECASE)  # "(care of) X"
        low = line.lower()
        if low.startswith(("c/o ", "care of ")):
            care_of = line.split(" ", 2 if low.startswith("care") else 1)[-1].strip()
            rest = lines[:i] + lines[i + 1 :]
            if i + 1 < len(lines) and _PERSON.match(lines[i + 1]):
                care_of = f"{care_of}, {lines[i + 1]}"
                rest = lines[:i] + lines[i + 2 :]
            return rest, care_of
    return lines, None


def interpret(lines: list[str]) -> Head:
    head = Head()
    if len(lines) > 1:
        lines, head.care_of = _care_of_lines(lines)
    in_address = False
    last: str | None = None
    for piece in pieces_of(lines):
        if piece.lower().startswith(("c/o ", "care of ")) and head.care_of is None:
            head.care_of = piece.split(" ", 2 if piece.lower().startswith("care") else 1)[-1]
            continue
        if piece.lower().strip(" .") in HONORIFICS or piece.lower() in HONORIFICS:
            head.honorifics.append(piece)  # "His Majesty" cut from "His Majesty King Salman"
            continue
        kind = "address" if in_address else kind_of(piece)
        wraps = kind != "address" and (piece[:1].islower() or bool(_CONTINUES.match(piece)))
        if kind != "name" and not in_address and (
            _continues_title(head, piece) or (last == "title" and wraps)
        ):
            head.title = f"{head.title} {piece}"  # "Prime Minister" / "of the Islamic Republic…"
        elif last == "org" and wraps and not in_address and head.organisation:
            head.organisation = f"{head.organisation} {piece}"  # "… République" / "islamique du …"
        elif head.title is None and (kind == "title" or (kind == "other" and role_of(piece))):
            _take_title(head, piece)
            last = "title"
            continue
        elif kind == "title" and head.name is not None and not in_address:
            # "1) President of the Republic" / "Lic. Ernesto Zedillo" / "Presidente de la
            # República": the title again in the official's language, never an address line
            if head.other_title is None:
                head.other_title = piece
            else:
                head.checks["title"] = f"the UA also gives the title as {piece!r}"
            last = "title"
            continue
        elif kind == "name" and head.name is None:
            _take_name(head, piece)
        elif kind == "org" and head.organisation is None:
            head.organisation = piece
        elif kind == "other" and head.name is None and not in_address:
            _take_name(head, piece)
            head.checks["name"] = f"read {piece!r} as the name; it does not look like one"
        else:
            in_address = True
            head.address.append(piece)
        last = kind if kind in ("title", "org") and not in_address else (
            last if kind != "name" else "name")
    head.country = _country(head.address)
    return head


def _take_title(head: Head, piece: str) -> None:
    if head.name is not None:  # below the name, the whole line is the title
        head.title = piece
        return
    title, name = split_title_name(piece)
    head.title = title
    if name and head.name is None:
        _take_name(head, name)
        head.checks["name"] = f"title and name were split from one piece: {piece!r}"


def _take_name(head: Head, piece: str) -> None:
    """The name without the honorifics before it and the letters after it ("Rt Hon Jack
    Straw MP"); both are kept beside it for the letter's address."""
    name, honorifics = strip_honorifics(piece)
    head.name, head.postnominals = strip_postnominals(name)
    head.honorifics.extend(honorifics)


def _continues_title(head: Head, piece: str) -> bool:
    if head.title is None or head.name is not None:
        return False
    last = words(head.title)[-1] if head.title.split() else ""
    return last in CONNECTORS or piece[:1].islower() or words(piece)[0] in CONNECTORS


def _country(address: list[str]) -> str | None:
    for line in reversed(address):
        if code := city_country(line):
            return code
        for piece in reversed(split_pieces(line)):
            if code := country_code(piece):
                return code
            if code := country_code(re.sub(r"[\d-]+", "", piece)):  # "720040 KYRGYZSTAN"
                return code
    return None


"""Step three: group the recipient lines into one block per official.

Blank lines cannot be trusted (the seed puts one between every field; other UAs put none
between two officials), so a block ends on content instead: a text line after contact
lines or a salutation starts the next official. A blank line only separates two blocks
when the first already ends with its country ("Bishkek 720040, KYRGYZSTAN").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ua_letters.importer.heads import split_pieces
from ua_letters.importer.labels import Segment
from ua_letters.importer.lines import FORM_FIELD, Kind, Line, classify_line
from ua_letters.importer.places import country_code
from ua_letters.importer.vocab import NUMBER_LABELS


@dataclass
class Block:
    copy: bool
    head: list[tuple[int, str]] = field(default_factory=list)
    contacts: list[tuple[int, Segment]] = field(default_factory=list)
    salutation: tuple[int, str] | None = None
    notes: list[tuple[int, str]] = field(default_factory=list)
    unlabelled: list[int] = field(default_factory=list)  # lines of numbers without a label
    prose: bool = False  # opened by a sentence after a blank line: never an official

    @property
    def empty(self) -> bool:
        return not (self.head or self.contacts or self.salutation)

    @property
    def first_line(self) -> int:
        lines = [n for n, _ in self.head] + [n for n, _ in self.contacts]
        return min(lines) if lines else self.salutation[0] if self.salutation else 0


class _Assembler:
    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.current = Block(copy=False)
        self.gap = False
        self.number_label: str | None = None
        self.awaiting_salutation = False

    def finish(self, copy: bool | None = None) -> None:
        if not self.current.empty:
            self.blocks.append(self.current)
        self.current = Block(copy=self.current.copy if copy is None else copy)
        self.number_label = None
        self.awaiting_salutation = False

    def feed(self, line: Line) -> None:
        kind = line.kind
        if kind is Kind.blank:
            self.gap = True
            return
        if kind is Kind.appeals_to:
            self.finish()  # "Or send your letter to:": the next official, another choice
        elif kind is Kind.copies:
            self.finish(copy=True)
            if line.body:
                self.feed(classify_line(line.number, line.body))
        elif kind is Kind.bullet:
            self.feed(classify_line(line.number, line.body))
        elif kind is Kind.instruction and FORM_FIELD.match(line.text):
            self.finish()  # a ready letter's "ABSENDER", "DATUM": the addressee comes below
        elif kind is Kind.note:
            self.current.notes.append((line.number, line.text))
        elif kind is Kind.number:
            if self.number_label is None:
                self.current.unlabelled.append(line.number)
            self.contact(line.number, Segment(self.number_label or "fax", line.text))
        elif kind is Kind.email:
            self.contact(line.number, Segment("email", line.text))
        elif kind is Kind.labelled:
            for segment in line.segments:
                if segment.label is None:
                    self.text(line.number, segment.value)
                else:
                    self.labelled(line.number, segment)
        elif kind not in (Kind.connector, Kind.instruction, Kind.write, Kind.date,
                          Kind.letter):
            self.text(line.number, line.text)
        self.gap = False

    def text(self, number: int, text: str) -> None:
        block = self.current
        if self.awaiting_salutation:
            block.salutation = (number, text)
            self.awaiting_salutation = False
            return
        if (block.contacts or block.salutation) and text[:1].islower():
            block.notes.append((number, text))  # "via website: …" after the contacts
            return
        one_line = len(block.head) == 1 and len(text.split()) >= 5 and len(
            block.head[0][1].split()) >= 5  # two whole officials on consecutive lines
        if block.contacts or block.salutation or (
            (self.gap or one_line) and _ends_with_country(block)
        ) or (self.gap and block.head and _is_sentence(text)):
            self.finish()
        if self.gap and not self.current.head and _is_sentence(text):
            self.current.prose = True  # the page's prose, and what hangs below it
        self.current.head.append((number, text))

    def labelled(self, number: int, segment: Segment) -> None:
        self.awaiting_salutation = False
        if segment.label == "salutation":
            if self.current.salutation is not None:
                self.finish()  # a second salutation: an official without a head
            if segment.value:
                self.current.salutation = (number, segment.value)
            else:
                self.awaiting_salutation = True  # "Salutation:" with the text below
            return
        self.contact(number, segment)

    def contact(self, number: int, segment: Segment) -> None:
        if segment.label in NUMBER_LABELS:
            self.number_label = segment.label
        self.current.contacts.append((number, segment))


_SENTENCE_WORDS = 12  # no address line, title or name has this many words and no digit
_SENTENCE_LOWER = 0.75  # nor three words in four in lower case


def _is_sentence(text: str) -> bool:
    """A sentence after a blank line ("To use a pre-written letter and read more on the
    action please visit …" below "Canberra ACT 2600"): the page's prose, never the
    official's next address line. An official on one line is a list of commas instead."""
    words = text.split()
    lower = sum(word[:1].islower() for word in words)
    return (len(words) >= _SENTENCE_WORDS and not any(c.isdigit() for c in text)
            and text.count(",") <= 1  # "U Go Kyin Paung, Warden of Kale Prison, …": one line
            and lower >= _SENTENCE_LOWER * len(words))  # a title's words are capitalised


def _ends_with_country(block: Block) -> bool:
    if not block.head:
        return False
    pieces = split_pieces(block.head[-1][1])
    return bool(pieces) and country_code(pieces[-1]) is not None


def assemble(lines: list[Line]) -> list[Block]:
    """The recipient blocks, in the order of the UA, main ones before copies."""
    assembler = _Assembler()
    for line in lines:
        assembler.feed(line)
    assembler.finish()
    return assembler.blocks

"""The importer's pipeline: classify lines, find sections, assemble and build recipients.

Each step lives in its own module and returns what it read with its Findings (warnings,
checks, lines); this module is the only one that writes the ImportedUA. It runs the steps
in order, adds their results, and decides when a document holds too little to be a UA.
"""

from __future__ import annotations

import re
from collections import Counter

from ua_letters.importer.blocks import Block, assemble
from ua_letters.importer.build import build_recipient
from ua_letters.importer.heads import interpret
from ua_letters.importer.languages import guess_language, read_languages
from ua_letters.importer.letteractions import read_actions
from ua_letters.importer.lines import Kind, Line, classify
from ua_letters.importer.meta import read_meta
from ua_letters.importer.numbers import region_of
from ua_letters.importer.places import countries_named, country_name, title_country
from ua_letters.importer.reader import Document, DocumentError
from ua_letters.importer.result import FoundRecipient, ImportedUA
from ua_letters.importer.sections import Sections, find_sections
from ua_letters.importer.story import read_diplomatic, read_people, read_story

_URGENT_HEADING = re.compile(
    r"^[•*\s]*(?:urgent action|action urgente|acci[oó]n urgente|eilaktion|срочная акция|"
    r"briefe gegen das vergessen)\s*:?$",  # Amnesty Germany's letter of the month
    re.IGNORECASE,
)
_TOP = 40  # the heading is in the page's header (below a site's menu)
_LEGACY = {"cp1251": "Windows-1251 (Cyrillic)", "cp1252": "Windows-1252", "latin-1": "Latin-1"}


def import_document(document: Document) -> ImportedUA:
    """Read a UA; raise DocumentError when it names no recipient at all."""
    lines = classify(document.lines)
    ua = ImportedUA(source=document.name, encoding=document.encoding)
    ua.language = guess_language(document.text)
    if document.encoding in _LEGACY:
        ua.warn(f"not UTF-8; read as {_LEGACY[document.encoding]} — check the accented and "
                "Cyrillic letters")
    header = read_meta(lines, ua.language)
    ua.number, ua.update, ua.is_update = header.number, header.update, header.is_update
    ua.index, ua.issued, ua.deadline = header.index, header.issued, header.deadline
    ua.country = header.country
    ua.take(header)
    sections = find_sections(lines)
    story = read_story(lines, sections.write, ua.lines.get("ua.index") or ua.lines.get(
        "ua.number") or 0)
    actions = read_actions(sections.actions, sections.write, lines, story.text,
                           story.lines.get("facts"))
    ua.actions = actions.actions
    ua.take(actions)
    languages = read_languages(sections.write)
    ua.languages_requested, ua.languages = languages.requested, languages.shipped
    ua.own_language = languages.own
    ua.take(languages)
    ua.facts = story.text
    ua.take(story)
    people = read_people(lines, ua.language, ua.facts, sections.subject)
    ua.people, ua.group = people.people, people.group
    ua.take(people)
    if sections.embassy is not None:
        ua.diplomatic = read_diplomatic(sections.embassy)
        ua.lines["diplomatic"] = sections.embassy.number
    noted = _noted_addressees(lines, sections)
    candidates = assemble(sections.recipients) + [b for head in noted for b in assemble(head)]
    if noted:  # each official above his own note: its opening is his salutation (and
        # what makes an addressee without an address an official)
        for block in candidates:
            if block.salutation is None and (opening := _opening_below(lines, block)):
                block.salutation = (opening.number, opening.text.rstrip(" ,:"))
    blocks = [b for b in candidates if _is_official(b, ua)]
    if not noted:
        _letter_salutations(blocks, lines, sections)
    if not blocks and not _looks_like_ua(ua, lines):
        raise DocumentError(
            f"{document.name}: no recipients found — no official with a fax, e-mail or "
            "salutation after the requested actions",
            hint="give the full text of the UA, including the list of officials to write to",
        )
    if not blocks:
        ua.warn("no recipients found: the draft has everything else the UA says; add the "
                "officials to write to (name, title, address, fax or e-mail)", None, "recipients")
    for i, block in enumerate(blocks):
        recipient, found = build_recipient(block, i, ua.language, ua.country)
        ua.recipients.append(recipient)
        ua.take(found)
    if ua.country is None:
        listed = {line.number for line in sections.recipients}
        prose = "\n".join(line.text for line in lines if line.number not in listed)
        _country_from_recipients(ua, countries_named(prose, ua.language))
    return ua


_MISSION = re.compile(
    r"\b(?:embass(?:y|ies)|mission|consulate|botschaft|konsulat|vertretung|ambassade|"
    r"consulat|embajada|consulado|посольство|постоянное представительство)\b", re.IGNORECASE)


def _abroad(recipient: FoundRecipient) -> bool:
    """An ambassador, or an official written to care of an embassy or mission: the address is
    in the writer's country, not the UA's (AIUSA lists the embassy in Washington next to the
    officials at home; Amnesty Germany sends the king's letter c/o the embassy in Berlin)."""
    places = [recipient.organisation or "", recipient.care_of or "", *recipient.address[:1]]
    return recipient.role == "ambassador" or any(_MISSION.search(p) for p in places)


_ELSEWHERE = 3  # times the page names another country, and never the officials'


def _country_from_recipients(ua: ImportedUA, named: Counter[str]) -> None:
    """The UA's country from its officials' addresses, else from the country their titles
    name ("Prime Minister of the People's Republic of China"), else from the state an embassy
    represents; an embassy's address and an ambassador's title never count (both abroad),
    and neither does a copy's. Officials of a country the page's own text never names, while
    it names another again and again, are the writer's own government ("Send your letter
    to: Secretary of State, Washington" on an action about Sudan): no country then."""
    officials = [r for r in ua.recipients if not r.copy]
    at_home = [r for r in officials if not _abroad(r)]
    countries = Counter(r.country for r in at_home if r.country)
    source = "the addresses"
    if not countries:
        countries = Counter(code for r in at_home if r.title and (code := title_country(r.title)))
        source = "the officials' titles"
    if not countries and len(at_home) == len(officials):
        countries = _country_from_numbers(at_home)
        source = "the officials' international phone and fax numbers"
    if not countries:  # "Permanent Mission of the Islamic Republic of Iran", abroad
        countries = Counter(code for r in officials if r.organisation
                            and (code := title_country(r.organisation)))
        source = "the state the embassy represents"
    spoken = named.most_common(1)
    if countries and spoken and spoken[0][1] >= _ELSEWHERE and not any(
            named[code] for code in countries):
        code, place = countries.most_common(1)[0][0], spoken[0][0]
        ua.warn(f"the officials' addresses are in {country_name(code)} ({code}), but the "
                f"page speaks of {country_name(place)} ({place}): the writer's own government? "
                "fill in ua.country", None, "ua.country")
    elif countries:
        ua.country = countries.most_common(1)[0][0]
        ua.checks["ua.country"] = f"the UA does not name it; taken from {source}"
        ua.lines["ua.country"] = ua.recipients[0].line
    else:
        ua.warn("the country could not be found; fill in ua.country", None, "ua.country")


def _country_from_numbers(officials: list[FoundRecipient]) -> Counter[str]:
    """The one country every official's international numbers belong to ("Fax: (00 202)
    2577 4716" beside a prosecutor's office with no country line: +20, Egypt). Only when no
    official is abroad, every number written in full is valid, and they all agree: one
    number of another country, or one the importer cannot place, and nothing is taken."""
    regions: Counter[str] = Counter()
    for recipient in officials:
        for number in recipient.fax + recipient.phone:
            if not number.startswith("+"):
                continue
            region = region_of(number)
            if region is None:
                return Counter()
            regions[region] += 1
    return regions if len(regions) == 1 else Counter()


_HEAD_KINDS = (Kind.text, Kind.labelled, Kind.number, Kind.email, Kind.note)
_HEAD_LONGEST = 100  # characters: an address line, never a sentence of the note


def _noted_addressees(lines: list[Line], sections: Sections) -> list[list[Line]]:
    """Officials each above a note of their own ("Your Excellency: I am writing …" under
    each): the recipients end at the first note's opening, so the short lines right above
    each later opening (up to a blank line) are the addressee of that note."""
    if sections.opening is None:
        return []
    found: list[list[Line]] = []
    openings = [i for i, line in enumerate(lines)
                if line.body == "opening" and line.number > sections.opening.number]
    for i in openings:
        end = i
        while end > 0 and lines[end - 1].kind in (Kind.blank, Kind.date):
            end -= 1  # "Friday, November 2, 2007" between the addressee and the opening
        start = end
        while start > 0 and lines[start - 1].kind in _HEAD_KINDS and (
                len(lines[start - 1].text) <= _HEAD_LONGEST):
            start -= 1
        if end - start >= 2 and start > 0 and lines[start - 1].kind is Kind.blank:
            found.append(lines[start:end])
    return found


def _letter_salutations(blocks: list[Block], lines: list[Line], sections: Sections) -> None:
    """A ready letter to one official (below it, or right above "Send your letter to:"),
    its copies aside: its opening is that official's salutation. A letter to several
    gives each the part of its opening that names his title."""
    main = [b for b in blocks if not b.copy]
    if len(main) == 1 and main[0].salutation is None and (
            opening := sections.opening or sections.letter_above):
        main[0].salutation = (opening.number, opening.text.rstrip(" ,:"))
    elif len(blocks) > 1 and (opening := sections.opening or _sample_opening(lines, sections)
                              or sections.letter_above):
        _openings_by_title(blocks, opening)


def _opening_below(lines: list[Line], block: Block) -> Line | None:
    """The letter opening right below a block (after blank lines and the letter's date),
    if there is one."""
    last = max((n for n, _ in block.head + block.contacts), default=block.first_line)
    for line in lines[last:]:
        if line.kind not in (Kind.blank, Kind.date):
            return line if line.body == "opening" else None
    return None


def _sample_opening(lines: list[Line], sections: Sections) -> Line | None:
    """The opening of the sample letter that follows the recipients ("sample letter:")."""
    if not sections.recipients:
        return None
    last = sections.recipients[-1].number
    return next((line for line in lines if line.number > last and line.body == "opening"), None)


def _openings_by_title(blocks: list[Block], opening: Line) -> None:
    """'Dear Attorney General of Mexico / Your Excellency,' opening a sample letter to two
    officials: a part that names one official's title exactly is that official's
    salutation; a part that names no title ('Your Excellency') is left to the person."""
    parts = [p.strip(" ,") for p in opening.text.split("/") if p.strip(" ,")]
    for part in parts:
        named = re.sub(r"^dear\s+", "", part, flags=re.IGNORECASE).casefold()
        matches = [b for b in blocks if b.salutation is None and (
            (title := interpret([text for _, text in b.head]).title)
            and title.casefold() == named)]
        if len(matches) == 1:
            matches[0].salutation = (opening.number, part)


def _is_official(block: Block, ua: ImportedUA) -> bool:
    """An official has a name, title or organisation and a way to be reached: contacts, a
    salutation, or a postal address (a head of at least two lines, ending in a place).
    Anything else is stray text: a lone e-mail address, a heading, a sentence."""
    if block.prose:
        ua.warn(f"ignored line {block.first_line} among the recipients: a sentence of the "
                "page, not an official", block.first_line)
        return False
    head = interpret([text for _, text in block.head])
    who = head.name or head.title or head.organisation
    postal = bool(head.address) and (len(block.head) >= 2 or (
        head.country is not None and len(head.address) >= 2))  # a one-line postal address
    if who and (block.contacts or block.salutation or postal):
        return True
    lines = [n for n, _ in block.head] + [n for n, _ in block.contacts]
    first, last = (min(lines), max(lines)) if lines else (block.first_line, block.first_line)
    span = f"lines {first}–{last}" if last != first else f"line {first}"
    why = "no name, title or organisation" if not who else "no address, fax, e-mail or salutation"
    ua.warn(f"ignored {span} among the recipients: {why}", first or None)
    return False


def _looks_like_ua(ua: ImportedUA, lines: list[Line]) -> bool:
    """A UA number, or something more (people, actions, a story) beside an issue date or
    an "Urgent Action" heading: worth a draft without officials (main's robustness test:
    "Urgent Action 1/10" and one line still gives a draft)."""
    more = bool(ua.people or ua.group or ua.actions or ua.facts)
    headed = any(_URGENT_HEADING.match(line.text) for line in lines[:_TOP])
    return ua.number is not None or (more and (ua.issued is not None or headed))

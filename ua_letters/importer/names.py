"""Is this piece of a recipient a title, a name, an organisation or an address line?

UAs write "Minister of Internal Affairs / Kubatbek Baibolov", "Kubatbek Baibolov,
Minister…", "President Roza Otunbaeva" or "H.E. Mr Juan Pérez". These helpers look at one
piece of text at a time; heads.py decides what the pieces of a recipient are.
"""

from __future__ import annotations

import re
from functools import cache

from ua_letters.importer.places import country_code, is_city
from ua_letters.importer.vocab import (
    ADDRESS_WORDS,
    CYRILLIC_LANGUAGES,
    HONORIFICS,
    NAME_PARTICLES,
    ORG_WORDS,
    POSTNOMINALS,
    TITLE_LANGUAGE_WORDS,
    TITLE_START,
    TITLE_WORDS,
)

CONNECTORS = frozenset({"of", "for", "the", "and", "&", "on", "in", "to"})
# Honorifics that may sit inside a title line ("Minister of Justice H.E. Juan Pérez");
# "General" or "Judge" there would be part of the title instead.
_INLINE = frozenset(h for h in HONORIFICS if "." in h or h in {
    "mr", "mrs", "ms", "miss", "dr", "his excellency", "her excellency", "señor", "señora",
    "sir", "dame", "monsieur", "madame",
})


_PARTICLE_NAME = re.compile(r"(?:al|el|ad|as|ash|at|az|bin|ibn|abu|ben|de|di|van|von)-[A-Z]")


_STREETS = frozenset({"street", "st", "road", "rd", "avenue", "ave", "lane", "boulevard",
                      "blvd"})
_BUILDINGS = frozenset({"the white house", "white house", "alabama state capitol", "the kremlin"})


def words(text: str) -> list[str]:
    return [w.strip(".,;:()\"'’“”").lower() for w in text.split()]


_INITIAL = re.compile(r"^[A-ZА-ЯЁ]\.$")  # "Корниенко Г. А.": initials, not "г." (город)


def _without_initials(text: str) -> list[str]:
    return [w for w, token in zip(words(text), text.split(), strict=True)
            if not _INITIAL.match(token)]


@cache
def _honorific_pattern(inline: bool) -> re.Pattern[str]:
    names = sorted(_INLINE if inline else HONORIFICS, key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(re.escape(n) for n in names) + r")(?=\s|$)", re.I)


def strip_honorifics(text: str) -> tuple[str, list[str]]:
    """'H.E. Mr Juan Pérez' -> ('Juan Pérez', ['H.E.', 'Mr'])."""
    found: list[str] = []
    rest = text.strip()
    while match := _honorific_pattern(False).match(rest):
        remainder = rest[match.end() :].strip()
        if not remainder or (starts_title(remainder) and match[0].lower() in ("general", "judge")):
            break
        found.append(match[0])
        rest = remainder
    return rest, found


def strip_postnominals(name: str) -> tuple[str, list[str]]:
    """'Jack Straw MP' -> ('Jack Straw', ['MP']): capital letters after a name of at least
    two words are a post-nominal, never a part of the name ("Rt Hon Jack Straw MP")."""
    tokens = name.split()
    after: list[str] = []
    while len(tokens) > 2 and tokens[-1].strip(",") in POSTNOMINALS:
        after.insert(0, tokens.pop().strip(","))
    return (" ".join(tokens).rstrip(","), after) if after else (name, [])


def starts_title(text: str) -> bool:
    low = re.sub(r"^the\s+", "", text.lower().strip())
    return any(re.match(rf"{re.escape(start)}\b(?!')", low) for start in TITLE_START)


def is_name(text: str) -> bool:
    """A personal name: two to six capitalised words (one after an honorific), no digits,
    no words of titles, organisations or addresses, and not a country."""
    rest, honorifics = strip_honorifics(text)
    tokens = rest.replace(",", " ").split()
    if not tokens or len(tokens) > 6 or any(c.isdigit() for c in rest) or country_code(rest):
        return False
    capitalised = 0
    for token, low in zip(tokens, words(rest), strict=True):
        if low in NAME_PARTICLES and not token[:1].isupper():
            continue  # "bin", "de"; a capitalised one ("Liu Di") is a part of the name
        if _INITIAL.match(token):
            capitalised += 1
            continue
        if low in TITLE_WORDS or low in ORG_WORDS or low in ADDRESS_WORDS:
            return False
        if not token.lstrip("\"'“‘(")[:1].isupper() and not _PARTICLE_NAME.match(token):
            return False
        capitalised += 1
    return capitalised >= (1 if honorifics else 2)


def kind_of(part: str) -> str:
    """'address', 'title', 'org', 'name' or 'other' for one piece of a recipient."""
    low = part.lower().strip()
    tokens = set(_without_initials(part))
    if low.startswith(("c/o", "care of")):
        return "address"
    ends_org = bool(tokens) and words(part)[-1] in ORG_WORDS
    if bool(tokens) and words(part)[-1] in _STREETS and len(tokens) > 1:
        return "address"  # "King Charles Street", "President Kennedy Avenue": named streets
    if starts_title(part) and not (ends_org and " of " not in low):  # "President Office"
        return "title"
    if _headed_by_title(low):
        return "title"  # "Government Commissioner for Human Rights"
    if _region(part) or is_city(part):
        return "address"  # "Sagaing Division", "Osh Province"; "Paris" after an embassy
    digits = any(c.isdigit() for c in part)
    if ends_org and not digits and not country_code(part) and len(tokens) > 1:
        return "org"  # "Zhuhai City People's Procuratorate", "Regional Prosecutor's Office"
    if low in _BUILDINGS:
        return "org"
    if country_code(part) or digits or tokens & ADDRESS_WORDS:
        return "address"
    if tokens & ORG_WORDS:
        return "org"
    if is_name(part):
        return "name"
    return "other"


_AREAS = frozenset({"division", "region", "province", "oblast", "governorate", "prefecture",
                    "state", "county", "district"})


def _region(part: str) -> bool:
    """'Sagaing Division', 'Osh Province': a place's own name and the kind of area it is,
    never a word of an office ('Police Division', 'Criminal Division')."""
    tokens = part.split()
    if len(tokens) != 2 or not tokens[0][:1].isupper():
        return False
    first, area = words(part)
    return area in _AREAS and first not in TITLE_WORDS | ORG_WORDS | ADDRESS_WORDS


_OF_FOR = re.compile(r"\s+(?:of|for)\s+")
_OFFICES = frozenset(t for t in TITLE_START if " " not in t) - {"vice"}


def _headed_by_title(low: str) -> bool:
    """'Government Commissioner for Human Rights', 'Federal Ombudsman': an office whose
    last word before "of"/"for" is an official ('commissioner'), after a word that only
    qualifies it; a title, though it begins with an organisation's word."""
    head = _OF_FOR.split(low, maxsplit=1)[0].split()
    return len(head) >= 2 and head[-1] in _OFFICES and not any(c.isdigit() for c in low)


def split_title_name(part: str) -> tuple[str, str | None]:
    """'Minister of Internal Affairs Kubatbek Baibolov' -> (title, name); the name is None
    when the part holds no name ('Governor of Osh Province')."""
    for match in _honorific_pattern(True).finditer(part):
        if match.start() > 0 and part[match.start() - 1] == " ":
            return part[: match.start()].strip(" ,"), part[match.start() :].strip()
    tokens = part.split()
    cut = len(tokens)
    while cut > 1:
        token = tokens[cut - 1]
        low = words(token)[0]
        particle = low in NAME_PARTICLES and cut < len(tokens)  # "Salman bin Abdul Aziz"
        if low in TITLE_WORDS or low in ORG_WORDS or low in ADDRESS_WORDS or country_code(token):
            break
        if not (token[:1].isupper() or particle or _PARTICLE_NAME.match(token)):
            break
        cut -= 1
    taken = len(tokens) - cut
    if taken == 0 or cut == 0 or words(tokens[cut - 1])[0] in CONNECTORS:
        return part, None
    if taken == 1 and words(tokens[cut - 1])[0] not in TITLE_WORDS:
        return part, None
    if words(tokens[cut])[0] in NAME_PARTICLES:
        return part, None  # "Fiscal Regional de Valparaíso": a place, not a name
    return " ".join(tokens[:cut]), " ".join(tokens[cut:])


def title_language(title: str, document_language: str) -> str:
    """The language a title is written in: Cyrillic is Russian (or the UA's Kyrgyz), a
    first word only Spanish, French or German uses names that language, anything else is
    taken to be in the UA's own language."""
    if re.search(r"[А-Яа-яЁё]", title):
        return document_language if document_language in CYRILLIC_LANGUAGES else "ru"
    first = words(title)[0] if title.split() else ""
    for language, known in TITLE_LANGUAGE_WORDS.items():
        if first in known:
            return language
    return document_language


# The offices a Chinese postal address writes after the name, in pinyin ("Wen Jiabao
# Guojia Zongli", "Zhao Kezhi Buzhang"): the title as the post office in China reads it,
# not a part of the name. A closed list of office words, each optionally after "guojia"
# (state), "fu" (deputy) or a place level (sheng, shi, xian), so that a name that merely
# ends in a syllable such as "Shi" is never cut.
_PINYIN_OFFICES = frozenset({
    "zongli", "fuzongli", "zhuxi", "fuzhuxi", "buzhang", "fubuzhang", "yuanzhang",
    "jianchazhang", "tingzhang", "juzhang", "shengzhang", "shizhang", "xianzhang", "shuji",
    "suozhang", "weiyuanzhang",
})
_PINYIN_MODIFIERS = frozenset({"guojia", "fu", "sheng", "shi", "xian"})


def split_pinyin_title(name: str) -> tuple[str, str | None]:
    """'Wen Jiabao Guojia Zongli' -> ('Wen Jiabao', 'Guojia Zongli'); else (name, None).

    At least two words of the name remain (a Chinese name has a family and a given name).
    """
    tokens = name.split()
    if len(tokens) < 3 or tokens[-1].lower().strip(",.") not in _PINYIN_OFFICES:
        return name, None
    cut = len(tokens) - 1
    while cut > 2 and tokens[cut - 1].lower() in _PINYIN_MODIFIERS:
        cut -= 1
    return " ".join(tokens[:cut]), " ".join(tokens[cut:]).strip(",.")

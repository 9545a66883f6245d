"""Recognise a UA's action bullet as one of the phrasebook's standard requests.

A wrong mapping changes what a letter asks for, so a bullet is mapped only when what is
left after its lead-in ("Calling on the authorities to …") matches, from start to end, a
phrasing listed in requests.yaml for exactly one request, with the people concerned (all
of them, or a pronoun that agrees with them) where the request names them. Everything
else — two requests in one bullet, a reason or detail particular to the case, another
person — stays free text. The phrasings are data, so that a maintainer who reads a new
UA adds a line there, not code here.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from ua_letters.importer.phrasebook_match import phrasebook_pattern, phrasebook_texts

_DATA = Path(__file__).with_name("requests.yaml")
_SLOTS = ("P", "POSS", "SUBJ")  # pronoun slots; each maps m / f / p (plural) to a regex


@dataclass(frozen=True)
class Grammar:
    """What the reader knows of one UA language (requests.yaml, `languages:`)."""

    lead_ins: tuple[str, ...]
    conjunction: str  # "and": «и», «y|e»
    prisoner_of_conscience: str
    pronouns: dict[str, dict[str, str]]  # slot -> referent (m, f, p) -> regex
    name_endings: int = 0  # a declined name: its stem, then up to this many letters
    to_name: str = "a"  # the phrasebook's person.name.a: «à Jean», «a Juan»
    repeated_preposition: str = ""  # French: «à A et à B»
    noun_lead_ins: tuple[str, ...] = ()  # "seek the immediate release of …"
    descriptor: str = ""  # "journalist, " before a name
    group_article: str = ""  # "all the " before a group's noun: "all the men"

    @classmethod
    def of(cls, spec: dict[str, Any]) -> Grammar:
        pronouns = {slot: dict(spec["pronouns"][slot]) for slot in _SLOTS}
        return cls(
            lead_ins=tuple(spec["lead_ins"]),
            conjunction=spec["and"],
            prisoner_of_conscience=spec["prisoner_of_conscience"],
            pronouns=pronouns,
            name_endings=int(spec.get("name_endings", 0)),
            to_name=spec.get("to_name", "a"),
            repeated_preposition=spec.get("repeated_preposition", ""),
            noun_lead_ins=tuple(spec.get("noun_lead_ins") or ()),
            descriptor=spec.get("descriptor", ""),
            group_article=spec.get("group_article", ""),
        )


@dataclass(frozen=True)
class Concerned:
    """Who a bullet may name: the people of the case, and their gender ('m', 'f', ''),
    or a named group (`group`: its name in the UA's language; `names` is then empty)."""

    names: tuple[str, ...] = ()
    genders: tuple[str, ...] = ()
    group: str = ""

    @property
    def known(self) -> bool:
        """Whether there is anyone to fill in: a request is mapped only then."""
        return bool(self.names or self.group)

    @property
    def referents(self) -> tuple[str, ...]:
        """Which pronouns may stand for them: plural for several or a group, else by gender."""
        if len(self.names) > 1 or self.group:
            return ("p",)
        gender = self.genders[0] if self.genders else ""
        return (gender,) if gender in ("m", "f") else ("m", "f", "p")


@dataclass(frozen=True)
class Recognised:
    request: str
    options: dict[str, Any] = field(default_factory=dict)

    def entry(self) -> dict[str, Any]:
        return {"request": self.request, **self.options}


@dataclass(frozen=True)
class _Phrasing:
    request: str
    options: tuple[tuple[str, Any], ...]
    pattern: str
    justified: bool = False  # counts only with the request's own reason (compound.py)


@cache
def _data() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(_DATA.read_text(encoding="utf-8"))
    return loaded


def languages() -> tuple[str, ...]:
    """The UA languages whose bullets can be recognised."""
    return tuple(sorted(_data()["languages"]))


@cache
def grammar(language: str) -> Grammar | None:
    """The reader's data for `language`, or None for a language it cannot read."""
    spec = _data()["languages"].get(language)
    return Grammar.of(spec) if spec else None


@cache
def _phrasings(language: str) -> tuple[_Phrasing, ...]:
    found = []
    for key, spec in _data()["requests"].items():
        options = tuple(sorted((spec.get("options") or {}).items()))
        justified = bool(spec.get("justified"))
        for pattern in spec.get(language, []):
            found.append(_Phrasing(spec.get("id", key), options, pattern, justified))
    return tuple(found)


def section(name: str, language: str) -> Any:
    """Another part of requests.yaml for `language` (`reasons:`, `compound:`), or None."""
    return (_data().get(name) or {}).get(language)


def normalise(text: str) -> str:
    """One spelling of quotes, dashes and spaces, lower case, no final punctuation."""
    text = unicodedata.normalize("NFC", text)
    text = re.sub(r"[’‘`´]", "'", text)
    text = re.sub(r"[«»“”„]", '"', text)
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"^[•\-–—*·\d.)\s]+", "", text)
    return re.sub(r"[\s.;:,!]+$", "", text).casefold()


def strip_lead_in(text: str, rules: Grammar) -> str:
    for lead in rules.lead_ins:
        match = re.match(lead, text, re.IGNORECASE)
        if match:
            text = text[match.end():]
            break
    for lead in rules.noun_lead_ins:  # "seek the immediate release of …": the noun phrasing
        match = re.match(lead + r"(?=(?:the|his|her|their)\s)", text, re.IGNORECASE)
        if match:
            return text[match.end():]
    return text


def _name_pattern(name: str, rules: Grammar) -> str:
    """A name, its possessive and (a declined name) its case forms; the surname alone too."""
    words = normalise(name).split()

    def word(w: str) -> str:
        if rules.name_endings and len(w) > 3:
            return re.escape(w[:-1]) + rf"\w{{0,{rules.name_endings}}}"
        return re.escape(w)

    full = r"\s+".join(word(w) for w in words)
    # the surname alone, or the given name alone ("release Solafa, Hossam and Mohamed")
    forms = [full] + ([word(words[-1]), word(words[0])] if len(words) > 1 else [])
    return "(?:" + "|".join(forms) + ")(?:'s|')?"


def _group_pattern(name: str, rules: Grammar) -> str:
    """A group's name, and (where the language has it) its noun with the article: "all the
    men", "the ten Egyptian men" for "Ten Egyptian men" — the words of its own name only,
    so "the women" or "the other men" never stand for it."""
    words = [re.escape(w) for w in normalise(name).split()]
    forms = [r"\s+".join(words)]
    if rules.group_article and words:
        optional = "".join(f"(?:{w}\\s+)?" for w in words[:-1])
        forms.append(rules.group_article + optional + words[-1])
    return "(?:" + "|".join(forms) + ")"


def expand(pattern: str, rules: Grammar, who: Concerned) -> str:
    def pronouns(slot: str) -> str:
        table = rules.pronouns[slot]
        return "|".join(table[r] for r in who.referents)

    names = [_name_pattern(n, rules) for n in who.names]
    if who.group:
        names = [_group_pattern(who.group, rules)]
    joiner = r"(?:,\s*|\s+(?:" + rules.conjunction + r")\s+)" + rules.repeated_preposition
    joined = joiner.join(names)
    if joined and rules.descriptor:  # "journalist, Vladimir Kara-Murza"
        joined = f"{rules.descriptor}?(?:{joined})"
    people = "|".join(p for p in (joined, pronouns("P")) if p)
    return (
        pattern.replace("{P}", f"(?:{people})")
        .replace("{POSS}", f"(?:{pronouns('POSS')})")
        .replace("{SUBJ}", f"(?:{pronouns('SUBJ')})")
        .replace("{POC}", rules.prisoner_of_conscience)
    )


def recognise(bullet: str, language: str, who: Concerned) -> Recognised | None:
    """The one standard request the whole bullet asks for, or None (keep it free text)."""
    rules = grammar(language)
    if rules is None:
        return None
    return only(requests_in(strip_lead_in(normalise(bullet), rules), language, who))


def only(hits: set[tuple[str, Any]]) -> Recognised | None:
    """The one request of `hits`; None for none, or for several (a person decides)."""
    if len(hits) != 1:
        return None
    request, options = next(iter(hits))
    return Recognised(request, dict(options))


def requests_in(
    core: str, language: str, who: Concerned, justified: bool = False
) -> set[tuple[str, Any]]:
    """Every (request, options) one of whose phrasings is the whole of `core` (normalised,
    without its lead-in). `justified`: the bullet also gives the reason a request carries
    ("… as he is a prisoner of conscience"), and only the phrasings that count with it —
    `justified: true` in requests.yaml — are tried."""
    rules = grammar(language)
    if rules is None:
        return set()
    hits = {
        (p.request, p.options)
        for p in _phrasings(language)
        if p.justified == justified
        and re.fullmatch(expand(p.pattern, rules, who), core, re.IGNORECASE)
    }
    if not justified:
        hits |= _phrasebook_hits(core, language, rules, who)
    return hits


def _phrasebook_hits(
    core: str, language: str, rules: Grammar, who: Concerned
) -> set[tuple[str, Any]]:
    """The requests whose phrasebook wording, for these people, is the whole bullet."""
    if not who.known:
        return set()
    genders = {"m": "male", "f": "female"}
    gender = genders.get(who.genders[0], "unknown") if len(who.genders) == 1 else "unknown"
    feminine = bool(who.genders) and all(g == "f" for g in who.genders)
    count = 2 if who.group else len(who.names)
    texts = phrasebook_texts(language, count, gender, feminine, bool(who.group))
    return {
        (request, options)
        for request, options, text in texts
        if re.fullmatch(expand(phrasebook_pattern(text, "{P}"), rules, who), core,
                        re.IGNORECASE)
    }

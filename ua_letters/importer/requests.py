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
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from ua_letters.importer.phrasebook_match import phrasebook_pattern, phrasebook_texts

_DATA = Path(__file__).with_name("requests.yaml")
_AND = {"en": "and", "de": "und", "fr": "et", "es": "y|e", "ru": "и"}
_POC = {
    "en": r"(?:a\s+)?prisoners?\s+of\s+conscience",
    "de": r"(?:ein(?:e)?\s+)?gewaltlose[rn]?\s+politische[rn]?\s+gefangene[rn]?",
    "fr": r"(?:un\s+|une\s+)?prisonni(?:er|ère|ers|ères)\s+d'opinion",
    "es": r"(?:un\s+|una\s+)?pres[oa]s?\s+de\s+conciencia",
    "ru": r"(?:узник|узница|узники|узником|узницей|узниками)\s+совести",
}
# Pronouns by (language, slot) and by who they may refer to: m, f, or plural (p).
_PRONOUNS: dict[tuple[str, str], dict[str, str]] = {
    ("en", "P"): {"m": "him|he", "f": "her|she", "p": "them|they"},
    ("en", "POSS"): {"m": "his", "f": "her", "p": "their"},
    ("en", "SUBJ"): {"m": "he", "f": "she", "p": "they"},
    ("de", "P"): {"m": "ihn|ihm", "f": "sie|ihr", "p": "sie|ihnen"},
    ("de", "POSS"): {"m": r"sein(?:e[nmrs]?)?", "f": r"ihr(?:e[nmrs]?)?", "p": r"ihr(?:e[nmrs]?)?"},
    ("de", "SUBJ"): {"m": "er", "f": "sie", "p": "sie"},
    ("fr", "P"): {"m": "(?!)", "f": "(?!)", "p": "(?!)"},
    ("fr", "POSS"): {"m": "son|sa|ses", "f": "son|sa|ses", "p": "leurs?"},
    ("fr", "SUBJ"): {"m": "il", "f": "elle", "p": "ils|elles"},
    ("es", "P"): {"m": "(?!)", "f": "(?!)", "p": "(?!)"},
    ("es", "POSS"): {"m": "su|sus", "f": "su|sus", "p": "su|sus"},
    ("es", "SUBJ"): {"m": "él", "f": "ella", "p": "ellos|ellas"},
    ("ru", "P"): {"m": "его|ему|ним|нем|нём", "f": "её|ее|ей|ней", "p": "их|им|ними|них"},
    ("ru", "POSS"): {"m": "его|своего|своей|своим", "f": "её|ее|своего|своей|своим",
                     "p": "их|своего|своей|своим"},
    ("ru", "SUBJ"): {"m": "он", "f": "она", "p": "они"},
}


@dataclass(frozen=True)
class Concerned:
    """Who a bullet may name: the people of the case, and their gender ('m', 'f', '')."""

    names: tuple[str, ...] = ()
    genders: tuple[str, ...] = ()

    @property
    def referents(self) -> tuple[str, ...]:
        """Which pronouns may stand for them: plural for several, else by gender."""
        if len(self.names) > 1:
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


@cache
def _data() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(_DATA.read_text(encoding="utf-8"))
    return loaded


def languages() -> tuple[str, ...]:
    """The UA languages whose bullets can be recognised."""
    return tuple(sorted(_data()["lead_ins"]))


@cache
def _phrasings(language: str) -> tuple[_Phrasing, ...]:
    found = []
    for key, spec in _data()["requests"].items():
        options = tuple(sorted((spec.get("options") or {}).items()))
        for pattern in spec.get(language, []):
            found.append(_Phrasing(spec.get("id", key), options, pattern))
    return tuple(found)


def normalise(text: str) -> str:
    """One spelling of quotes, dashes and spaces, lower case, no final punctuation."""
    text = unicodedata.normalize("NFC", text)
    text = re.sub(r"[’‘`´]", "'", text)
    text = re.sub(r"[«»“”„]", '"', text)
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"^[•\-–—*·\d.)\s]+", "", text)
    return re.sub(r"[\s.;:,!]+$", "", text).casefold()


def _strip_lead_in(text: str, language: str) -> str:
    for lead in _data()["lead_ins"].get(language, []):
        match = re.match(lead, text, re.IGNORECASE)
        if match:
            return text[match.end():]
    return text


def _name_pattern(name: str, language: str) -> str:
    """A name, its possessive and (Russian) its declined forms; the surname alone too."""
    words = normalise(name).split()

    def word(w: str) -> str:
        if language == "ru" and len(w) > 3:
            return re.escape(w[:-1]) + r"\w{0,3}"
        return re.escape(w)

    full = r"\s+".join(word(w) for w in words)
    forms = [full] + ([word(words[-1])] if len(words) > 1 else [])
    return "(?:" + "|".join(forms) + ")(?:'s|')?"


def _expand(pattern: str, language: str, who: Concerned) -> str:
    def pronouns(slot: str) -> str:
        table = _PRONOUNS[(language, slot)]
        return "|".join(table[r] for r in who.referents)

    names = [_name_pattern(n, language) for n in who.names]
    joiner = r"(?:,\s*|\s+(?:" + _AND[language] + r")\s+)"
    if language == "fr":  # «à A et à B», «d'A et de B»: French repeats the preposition
        joiner += r"(?:(?:à|de)\s+|d')?"
    joined = joiner.join(names)
    people = "|".join(p for p in (joined, pronouns("P")) if p)
    return (
        pattern.replace("{P}", f"(?:{people})")
        .replace("{POSS}", f"(?:{pronouns('POSS')})")
        .replace("{SUBJ}", f"(?:{pronouns('SUBJ')})")
        .replace("{POC}", _POC[language])
    )


def recognise(bullet: str, language: str, who: Concerned) -> Recognised | None:
    """The one standard request the whole bullet asks for, or None (keep it free text)."""
    if language not in _data()["lead_ins"]:
        return None
    core = _strip_lead_in(normalise(bullet), language)
    hits = {
        (p.request, p.options)
        for p in _phrasings(language)
        if re.fullmatch(_expand(p.pattern, language, who), core, re.IGNORECASE)
    }
    hits |= _phrasebook_hits(core, language, who)
    if len(hits) != 1:  # none, or ambiguous: a person decides
        return None
    request, options = hits.pop()
    return Recognised(request, dict(options))


def _phrasebook_hits(core: str, language: str, who: Concerned) -> set[tuple[str, Any]]:
    """The requests whose phrasebook wording, for these people, is the whole bullet."""
    if not who.names:
        return set()
    genders = {"m": "male", "f": "female"}
    gender = genders.get(who.genders[0], "unknown") if len(who.genders) == 1 else "unknown"
    feminine = bool(who.genders) and all(g == "f" for g in who.genders)
    return {
        (request, options)
        for request, options, text in phrasebook_texts(language, len(who.names), gender, feminine)
        if re.fullmatch(_expand(phrasebook_pattern(text, "{P}"), language, who), core,
                        re.IGNORECASE)
    }


def recognise_all(
    bullets: Sequence[str], language: str, who: Concerned
) -> list[Recognised | None]:
    return [recognise(b, language, who) for b in bullets]

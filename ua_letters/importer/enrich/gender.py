"""An official's gender, from what the UA says, else a marked guess, else unknown.

Order of evidence: the salutation ("Dear Mr President", "Sehr geehrte Frau Ministerin",
«Уважаемая»), an honorific (Mr/Ms, Herr/Frau, M./Mme, Sr./Sra., г-н/г-жа), a gendered
title (Präsidentin, Ministra, Madam President). These are what the UA states. Only then
a guess: for names from the former Soviet Union a patronymic (Viktorovich, Ivanovna — in
any position, since UAs also write "Krasnov Igor Viktorovich") or a Russian-style surname
ending (-ova/-ov, -skaya/-sky), a Belarusian romanised given name (Alyaksandr, Sviatlana:
spellings no other language uses, so wherever the page was read), or gender-guesser's
dictionary of given names read for the official's country (enrich/given_names.py: only a
firm answer, and none where countries disagree). A guess is always marked CHECK.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ua_letters.compose.gender import inferred_gender
from ua_letters.importer.enrich.given_names import given_name_gender

_FEMALE = re.compile(
    r"\b(?:madam|madame|mrs|ms|miss|frau|mme|sra|señora|srta|г-жа|госпожа|уважаемая|her excellency|"
    r"sehr geehrte(?!r)|estimada|chère|präsidentin|ministerin|botschafterin|staatsanwältin|"
    r"presidenta|ministra|fiscala|embajadora|gobernadora|présidente|ministre\s+déléguée|"
    r"ambassadrice|procureure|gouverneure|lady|dame)\b\.?",
    re.IGNORECASE,
)
_MALE = re.compile(
    r"\b(?:mr|sir|herr|monsieur|m\.|sr|señor|г-н|господин|уважаемый|his excellency|"
    r"sehr geehrter|estimado|cher|lord|ayatollah)(?:\b|\.|\s)",
    re.IGNORECASE,
)
# Surname endings that compose.gender does not count as certain, but that for a name from
# the former Soviet Union make a fair guess (Latin -in/-ina: Kalinin, Kalinina).
_LOOSE_F = re.compile(r"(?:ina|yna|skaia)$", re.IGNORECASE)
_LOOSE_M = re.compile(r"(?:in|yn|skii)$", re.IGNORECASE)
# Central Asian given names built on "-bek" (Tursunbek, Almazbek) are men's, on "-gul"
# (Aigul, Nurgul) women's; gender-guesser knows few of them.
_GIVEN_M = re.compile(r"^\w{3,}bek$", re.IGNORECASE)
_GIVEN_F = re.compile(r"^\w{2,}g[uü]l$", re.IGNORECASE)
# Belarusian romanisations of common given names, which gender-guesser does not know.
_BELARUSIAN_M = frozenset(["aliaksandr", "alyaksandr", "aliaksei", "mikalai", "uladzimir",
                           "siarhei", "ales", "valyantsin", "yauhen", "zmitser", "raman"])
_BELARUSIAN_F = frozenset(["maryia", "sviatlana", "volha", "tatsiana", "palina", "katsiaryna"])
# Russian patronymics: a man's ends in -ovich/-evich/-ich, a woman's in -ovna/-evna/-ichna.
_PATRONYMIC_M = re.compile(r"^\w{2,}(?:ovich|evich|yevich|ich)$", re.IGNORECASE)
_PATRONYMIC_F = re.compile(r"^\w{2,}(?:ovna|evna|yevna|ichna|inichna)$", re.IGNORECASE)


@dataclass(frozen=True)
class GenderEvidence:
    gender: str  # male, female or unknown
    reason: str | None
    guessed: bool = False


def _stated(texts: Iterable[str]) -> GenderEvidence | None:
    female = male = None
    for text in texts:
        if female is None and _FEMALE.search(text):
            female = text
        if male is None and _MALE.search(text):
            male = text
    if female and not male:
        return GenderEvidence("female", f"from {female!r} in the UA")
    if male and not female:
        return GenderEvidence("male", f"from {male!r} in the UA")
    return None  # nothing, or both: not for the program to decide


def _guess(name: str, soviet: bool, country: str | None) -> GenderEvidence | None:
    words = name.split()
    found = _patronymic(words, soviet)
    if found is not None:
        return found
    if soviet and len(words) >= 2:
        surname = words[-1]
        gender = inferred_gender(name).value  # the endings the letters themselves trust
        if gender == "unknown" and _LOOSE_F.search(surname):
            gender = "female"
        elif gender == "unknown" and _LOOSE_M.search(surname):
            gender = "male"
        if gender != "unknown":
            return GenderEvidence(gender, f"guessed from the surname {surname}", True)
        given = ("male" if _GIVEN_M.match(words[0])
                 else "female" if _GIVEN_F.match(words[0]) else "")
        if given:
            return GenderEvidence(given, f"guessed from the given name {words[0]}", True)
    if words:
        lower = words[0].casefold()
        answer = ("male" if lower in _BELARUSIAN_M else "female" if lower in _BELARUSIAN_F
                  else given_name_gender(words[0], country))
        if answer is not None:
            return GenderEvidence(answer, f"guessed from the given name {words[0]}", True)
    return None if soviet else _patronymic(words, True, middle_only=True)


def _patronymic(words: list[str], soviet: bool, middle_only: bool = False) -> GenderEvidence | None:
    """A Russian patronymic among three or more words, in either order ("Krasnov Igor
    Viktorovich"). Outside the former Soviet Union it is trusted only in the middle, and
    only after the given name said nothing ("Bolot Isakovich Otunbaev"): -ovich also ends
    Serbian surnames, and a woman may bear one ("Ana Petrovich Jones")."""
    if len(words) < 3 or not soviet:
        return None
    for word in words[1:-1] if middle_only else words:
        gender = ("male" if _PATRONYMIC_M.match(word)
                  else "female" if _PATRONYMIC_F.match(word) else "")
        if gender:
            return GenderEvidence(gender, f"guessed from the patronymic {word}", True)
    return None


def official_gender(
    stated: Iterable[str], name: str | None, soviet: bool, country: str | None = None
) -> GenderEvidence:
    """What the UA says (salutation, honorifics, title), else a guess from the name (read
    for `country`, the bearer's, where known)."""
    found = _stated(stated)
    if found is None and name:
        found = _guess(name, soviet, country)
    return found or GenderEvidence("unknown", None)

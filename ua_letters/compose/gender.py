"""An official's or a person's gender from the name, where the name leaves no doubt.

Every letter language but English needs the gender of a named official (salutation,
title, declension). When the case file says `unknown`, East Slavic and Central Asian
names often still say it for certain: a Russian-type surname agrees with its bearer
(Отунбаева, Ковальская / Байболов, Ковальский), and so do a patronymic (Исаковна /
Исакович) and a Turkic patronymic word (кызы / уулу, оглы). Only these forms are read;
any other name stays unknown, and the letters that need the gender say so.
"""

from __future__ import annotations

import re

from ua_letters.case.model import Gender

_FEMALE_SURNAME = re.compile(r"(?:ова|ева|ёва|ина|ына|ская|цкая|ova|eva|skaya|tskaya|ska|cka)$")
_MALE_SURNAME = re.compile(r"(?:ов|ев|ёв|ин|ын|ский|цкий|ской|ov|ev|skiy|sky|tskiy|ski|cki)$")
_FEMALE_PATRONYMIC = re.compile(r"(?:овна|евна|ична|ovna|evna|ichna)$")
_MALE_PATRONYMIC = re.compile(r"(?:ович|евич|ьич|ovich|evich)$")
_FEMALE_WORDS = {"кызы", "гызы", "kyzy", "qizi", "gyzy"}
_MALE_WORDS = {"уулу", "оглы", "улы", "uulu", "ogly", "oglu", "uly"}


def inferred_gender(name: str) -> Gender:
    """The gender the name shows for certain, else `unknown`.

    >>> [inferred_gender(n).value for n in ("Роза Отунбаева", "Roza Otunbaeva", "Kim Lee")]
    ['female', 'female', 'unknown']
    >>> inferred_gender("Азамат Бекболот уулу").value, inferred_gender("Е. Ковальская").value
    ('male', 'female')
    """
    words = [w.strip(".,").lower() for w in name.split()]
    if len(words) >= 2 and words[-1] in _FEMALE_WORDS | _MALE_WORDS:
        return Gender.female if words[-1] in _FEMALE_WORDS else Gender.male
    if len(words) >= 3 and _FEMALE_PATRONYMIC.search(words[1]):
        return Gender.female
    if len(words) >= 3 and _MALE_PATRONYMIC.search(words[1]):
        return Gender.male
    surname = words[-1] if words else ""
    if len(surname) > 4 and _FEMALE_SURNAME.search(surname):
        return Gender.female
    if len(surname) > 3 and _MALE_SURNAME.search(surname):
        return Gender.male
    return Gender.unknown


def effective_gender(given: Gender, name: str | None) -> Gender:
    """The gender the case file gives, or the one its name shows for certain."""
    if given != Gender.unknown or not name:
        return given
    return inferred_gender(name)

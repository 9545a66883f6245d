"""Russian titles in every case: «Генеральный прокурор» → «Генеральному прокурору».

A title declines its head: the leading adjectives (and participles) and the first noun.
What follows the head is already a genitive or a prepositional phrase and stays as it is
(«Министру внутренних дел Кыргызской Республики»). The rules cover the shapes official
titles take:

- adjectives joined by «и» («Чрезвычайному и Полномочному Послу»);
- an adverb before a participle («Временно исполняющему обязанности»);
- a substantivised adjective as the head («Уполномоченному по правам человека»);
- a fleeting vowel («Посол» → «Послу»), hyphenated heads («Премьер-министру»);
- an abbreviated head («И. о. Генерального прокурора») stays unchanged.

Titles name people, so the masculine accusative is the animate one (= genitive).
"""

from __future__ import annotations

import re

CASES = ("nominative", "genitive", "dative", "accusative", "instrumental", "prepositional")
_ORDER = CASES[1:]

_ADJECTIVE = re.compile(r"(ый|ий|ой|ая|яя|ое|ее)$")
_VELAR = "гкх"
_SIBILANT = "жшчщ"
# endings for genitive, dative, accusative, instrumental, prepositional
_ADJ = {
    "hard": ("ого", "ому", "ого", "ым", "ом"),  # Генеральный, Главный
    "velar": ("ого", "ому", "ого", "им", "ом"),  # Высокий, Другой
    "soft": ("его", "ему", "его", "им", "ем"),  # Верхний, Исполняющий
    "fem-hard": ("ой", "ой", "ую", "ой", "ой"),  # Генеральная
    "fem-soft": ("ей", "ей", "ую", "ей", "ей"),  # Исполняющая
    "fem-yaya": ("ей", "ей", "юю", "ей", "ей"),  # Верхняя
    "neut-hard": ("ого", "ому", "ое", "ым", "ом"),
    "neut-soft": ("его", "ему", "ее", "им", "ем"),
}
# noun endings replacing the nominative ending (the key)
_NOUN = {
    "ия": ("ии", "ии", "ию", "ией", "ии"),
    "а": ("ы", "е", "у", "ой", "е"),
    "я": ("и", "е", "ю", "ей", "е"),
    "ий": ("ия", "ию", "ия", "ием", "ии"),
    "й": ("я", "ю", "я", "ем", "е"),
    "ь": ("я", "ю", "я", "ем", "е"),
    "": ("а", "у", "а", "ом", "е"),
}
_FLEETING = {"посол"}  # the last vowel drops before an ending: Посол → Послу
_INDECLINABLE_END = "еёиоуыэю"
_PREPOSITIONS = {"по", "при", "в", "во", "на", "с", "со", "для", "от", "из", "у", "за", "к", "о"}
_ABBREVIATED = re.compile(r"^[А-ЯЁа-яё]{1,3}\.")


def decline_title(title: str, case: str) -> str:
    """Decline the head of a title.

    >>> decline_title("Генеральный прокурор Кыргызской Республики", "dative")
    'Генеральному прокурору Кыргызской Республики'
    >>> decline_title("Чрезвычайный и Полномочный Посол", "dative")
    'Чрезвычайному и Полномочному Послу'
    >>> decline_title("Уполномоченный по правам человека", "genitive")
    'Уполномоченного по правам человека'
    """
    if case not in CASES:
        raise ValueError(f"Russian has no {case} case; use one of {', '.join(CASES)}")
    words = title.split(" ")
    if case == "nominative" or not title.strip() or _ABBREVIATED.match(words[0]):
        return title
    i, adjectives = 0, 0
    while i < len(words) - 1:
        word, following = words[i].lower(), words[i + 1]
        if _ADJECTIVE.search(word):
            words[i] = _adjective(words[i], case)
            adjectives += 1
        elif word == "и" and adjectives:
            pass  # «Чрезвычайный и Полномочный»
        elif word.endswith("о") and _ADJECTIVE.search(following.lower()):
            pass  # «Временно исполняющий»
        else:
            break
        i += 1
    head = words[i]
    if adjectives and head.lower() in _PREPOSITIONS:
        return " ".join(words)  # the adjective was the head: «Уполномоченный по …»
    if i == len(words) - 1 and _ADJECTIVE.search(head.lower()):
        words[i] = _adjective(head, case)  # a lone adjective is the head: «Уполномоченный»
    else:
        pieces = head.split("-")
        words[i] = "-".join([*pieces[:-1], _noun(pieces[-1], case)])
    return " ".join(words)


def _adjective_class(word: str) -> str:
    lower = word.lower()
    ending, before = lower[-2:], lower[-3:-2]
    if ending in ("ый", "ой"):
        return "velar" if before in _VELAR or (ending == "ой" and before in _SIBILANT) else "hard"
    if ending == "ий":
        return "velar" if before in _VELAR else "soft"
    if ending == "ая":
        return "fem-soft" if before in _SIBILANT else "fem-hard"
    if ending == "яя":
        return "fem-yaya"
    return "neut-soft" if ending == "ее" else "neut-hard"


def _adjective(word: str, case: str) -> str:
    new = _ADJ[_adjective_class(word)][_ORDER.index(case)]
    return word[:-2] + _match_case(new, word)


def _noun(word: str, case: str) -> str:
    lower = word.lower()
    if not lower[-1:].isalpha() or lower[-1:] in _INDECLINABLE_END:
        return word  # an abbreviation, or indeclinable (атташе, Акыйкатчы)
    index = _ORDER.index(case)
    if lower in _FLEETING:
        return word[:-2] + word[-1] + _match_case(_NOUN[""][index], word)
    for ending, forms in _NOUN.items():
        if ending and lower.endswith(ending):
            new = forms[index]
            if ending == "а" and lower[-2:-1] in _VELAR + _SIBILANT and new == "ы":
                new = "и"  # after г к х ж ш ч щ the genitive is -и: Владыки
            return word[: -len(ending)] + _match_case(new, word)
    new = _NOUN[""][index]
    if lower[-1] in _SIBILANT + "ц" and new == "ом":
        new = "ем"  # unstressed after a sibilant: Товарищем
    return word + _match_case(new, word)


def _match_case(new: str, word: str) -> str:
    """An ending in capitals for a title written in capitals (МИНИСТРУ)."""
    return new.upper() if len(word) > 1 and word.isupper() else new

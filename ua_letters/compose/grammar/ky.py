"""Kyrgyz case suffixes: vowel harmony and consonant assimilation.

A suffix takes its vowel from the last vowel of the word and its first consonant from the
last sound. The rules below follow the Kyrgyz grammars and Apertium's two-level rules for
Kyrgyz (apertium-kir):

- Low suffix vowel (dative, locative, ablative): а after а ы я у ю, е after е э и, о after
  о ё, ө after ө ү. A final у gives а, not о: Токтогулга, колуна; only о gives о: Ошко.
- High suffix vowel (genitive, accusative, possessive): ы after а ы я, и after е э и,
  у after о ё у ю, ү after ө ү.
- First consonant: к/т after a voiceless consonant (к п с т ф х ц ч ш щ); after a vowel the
  genitive and accusative take н; otherwise г/д.
- A soft or hard sign is dropped before a suffix: июль → июлда, Игорь → Игорго.
- After the third-person possessive (Президенти, прокурору, Бекболот уулу) the case
  suffixes take the pronominal н: -на, -н, -нда, -нан; the genitive stays -нын.
"""

from __future__ import annotations

import re

_VOWELS = "аеёиоуыэюяөү"
# last vowel -> (low suffix vowel, high suffix vowel)
_HARMONY = {
    "а": ("а", "ы"),
    "я": ("а", "ы"),
    "ы": ("а", "ы"),
    "о": ("о", "у"),
    "ё": ("о", "у"),
    "у": ("а", "у"),
    "ю": ("а", "у"),
    "е": ("е", "и"),
    "э": ("е", "и"),
    "и": ("е", "и"),
    "ө": ("ө", "ү"),
    "ү": ("ө", "ү"),
}
_VOICELESS = "пфктсшщчхц"
_SIGNS = "ьъЬЪ"
CASES = ("nominative", "genitive", "dative", "accusative", "locative", "ablative")
# Words that are themselves a third-person possessive: «Бекболот уулу» (son of Бекболот).
_POSSESSED_WORDS = ("уулу", "кызы")
_AGENT = re.compile(r"(чы|чи|чу|чү)$")  # катчы (secretary) is not a possessive form


def _stem(word: str) -> str:
    """The word as a suffix attaches to it: without a final soft or hard sign."""
    return word.rstrip(_SIGNS)


def _last_vowel(word: str) -> str:
    for char in reversed(word.lower()):
        if char in _VOWELS:
            return char
    return "ы"  # no vowel (an abbreviation read by letters): back harmony


def _last_sound(word: str) -> str:
    letters = [c for c in word.lower() if c.isalpha() and c not in "ьъ"]
    if not letters:
        return "vowel"
    last = letters[-1]
    if last in _VOWELS:
        return "vowel"
    return "voiceless" if last in _VOICELESS else "voiced"


def suffix(word: str, case: str) -> str:
    """The case suffix for `word`.

    >>> [suffix("Байболов", c) for c in ("dative", "genitive", "accusative")]
    ['го', 'дун', 'ду']
    >>> suffix("Отунбаева", "dative"), suffix("Бишкек", "dative"), suffix("Ибраев", "dative")
    ('га', 'ке', 'ге')
    """
    low, high = _HARMONY[_last_vowel(word)]
    sound = _last_sound(word)
    if case == "nominative":
        return ""
    if case == "dative":
        return ("к" if sound == "voiceless" else "г") + low
    if case == "genitive":
        return {"vowel": "н", "voiced": "д", "voiceless": "т"}[sound] + high + "н"
    if case == "accusative":
        return {"vowel": "н", "voiced": "д", "voiceless": "т"}[sound] + high
    if case == "locative":
        return ("т" if sound == "voiceless" else "д") + low
    if case == "ablative":
        return ("т" if sound == "voiceless" else "д") + low + "н"
    raise ValueError(f"no Kyrgyz suffix for the {case} case")


def possessed_suffix(word: str, case: str) -> str:
    """The case suffix after a third-person possessive: Президенти → Президентине.

    >>> [possessed_suffix("министри", c) for c in ("dative", "genitive", "accusative")]
    ['не', 'нин', 'н']
    """
    low, high = _HARMONY[_last_vowel(word)]
    endings = {
        "nominative": "",
        "genitive": f"н{high}н",
        "dative": f"н{low}",
        "accusative": "н",
        "locative": f"нд{low}",
        "ablative": f"н{low}н",
    }
    if case not in endings:
        raise ValueError(f"no Kyrgyz suffix for the {case} case")
    return endings[case]


def possessive(word: str) -> str:
    """The third-person possessive: август → августу, сентябрь → сентябры, бала → баласы.

    A voiceless к or п between vowels becomes voiced, as Kyrgyz writes it: китеп → китеби.
    """
    stem = _stem(word)
    high = _HARMONY[_last_vowel(stem)][1]
    if _last_sound(stem) == "vowel":
        return f"{stem}с{high}"
    if len(stem) >= 2 and stem[-2].lower() in _VOWELS and stem[-1] in "кп":
        stem = stem[:-1] + {"к": "г", "п": "б"}[stem[-1]]
    return stem + high


def inflect(phrase: str, case: str, possessed: bool = False) -> str:
    """Attach the suffix to the last word of a phrase: 'Азимжан Аскаров' -> '…Аскаровдун'.

    `possessed` says that the last word is a third-person possessive form; names ending
    in уулу or кызы are treated so without being told.
    """
    if case == "nominative":
        return phrase
    last = phrase.rsplit(" ", 1)[-1]
    if possessed or last.lower() in _POSSESSED_WORDS:
        return phrase + possessed_suffix(last, case)
    stem = phrase[: len(phrase) - len(last)] + _stem(last)
    return stem + suffix(_stem(last), case)


def is_possessed_title(title: str) -> bool:
    """Whether a title ends in a possessive noun («Кыргыз Республикасынын Президенти»).

    Official titles are izafet phrases: «Ички иштер министри», «Башкы прокурору». A title
    of more than one word whose last word ends in ы, и, у or ү is read so, unless that
    word is an agent noun in -чы («Мамлекеттик катчы»).
    """
    words = title.split()
    if len(words) < 2:
        return False
    last = words[-1].lower()
    if last[-1:] not in ("ы", "и", "у", "ү"):
        return False
    return last.endswith(("сы", "си", "су", "сү")) or not _AGENT.search(last)


def inflect_title(title: str, case: str) -> str:
    """A title in a case: «Кыргыз Республикасынын Президенти» → «…Президентине»."""
    return inflect(title, case, possessed=is_possessed_title(title))


def family(words: list[str]) -> list[str]:
    """The words that make up the family name: the last, or «Бекболот уулу» as a pair."""
    if len(words) >= 3 and words[-1].lower() in _POSSESSED_WORDS:
        return words[-2:]
    return words[-1:]


def short_name(full_name: str, case: str) -> str:
    """Initial and family name with the case suffix: 'К. Байболовго'.

    >>> short_name("Кубатбек Байболов", "dative")
    'К. Байболовго'
    >>> short_name("Азамат Бекболот уулу", "dative")
    'А. Бекболот уулуна'
    """
    words = full_name.split()
    kept = family(words)
    initials = " ".join(f"{w[0]}." for w in words[: len(words) - len(kept)])
    surname = inflect(" ".join(kept), case)
    return f"{initials} {surname}" if initials else surname

"""Names from the former Soviet Union, written in Latin letters, back in Cyrillic.

UAs spell such names in English romanisation (BGN/PCGN-like: zh, kh, ts, ya, yu, y).
No maintained library reverses that reliably: cyrtranslit and transliterate reverse their
own schemes (cyrtranslit gives «Баиболов» for Baibolov, «Кходорковски» for
Khodorkovsky), and iuliia only goes from Cyrillic to Latin. So this is a small reverse
table, tested on real names (tests/drafting/test_cyrillic.py), plus the few names whose
usual Russian form is not a transliteration (Lukashenka → Лукашенко, Igor → Игорь, with
its soft sign). Names from Central Asia write ж as j (Jeenbekov → Жээнбеков, with the
Kyrgyz long vowel ээ). A name written surname first with a patronymic ("Krasnov Igor Viktorovich",
as Russian documents write it) is offered given name first («Игорь Викторович Краснов»),
the order in which the letters decline a name and make its short form («И. В. Краснову»).
The result is an offer: the draft marks it CHECK.

Belarusian names are romanised from Belarusian (Kalesnikava, Bialiatski, Tsikhanouskaya),
and the Russian letter writes their Russian form (Колесникова, Беляцкий, Тихановская),
which no rule recovers. Worse, Belarusian writes an unstressed o as a (Raman Pratasevich
for Роман Протасевич), so any "a" may stand for an "o". A Belarusian name therefore gets
an offer only when each of its words is in the table of known names or has no "a" (the
feminine ending -ova aside): Andrey Shved → Андрей Швед, Raman Pratasevich → Роман
Протасевич (both words in the table), but Maksim Znak nothing. The table's Belarusian
spellings (`_BELARUSIAN_KNOWN`: Lukashenka, Kalesnikava, Zmitser) are written by no other
romanisation, so a name made only of known words, one of them such a spelling, is a
Belarusian name even where the page's country was not read (`named_country`). A Czech- or
Slovak-style spelling (Šved, Lukašenka, Čapajev) has the letters š, č, ž, read as sh, ch,
zh. A wrong name is worse than a missing one.
"""

from __future__ import annotations

import re

# Countries whose officials and people are usually written in Cyrillic in ru/ky letters,
# or whose names Russian writes by the same rules.
FORMER_USSR = frozenset(["AM", "AZ", "BY", "GE", "KG", "KZ", "MD", "RU", "TJ", "TM", "UA", "UZ"])
_KNOWN = {
    "ales": "Алесь",
    "mikhail": "Михаил",
    "igor": "Игорь",
    "alexander": "Александр",
    "aleksandr": "Александр",
    "alexandr": "Александр",
    "alexei": "Алексей",
    "aleksei": "Алексей",
    "alexey": "Алексей",
    "aleksey": "Алексей",
    "dmitry": "Дмитрий",
    "dmitri": "Дмитрий",
    "dmitriy": "Дмитрий",
    "andrey": "Андрей",
    "andrei": "Андрей",
    "sergey": "Сергей",
    "sergei": "Сергей",
    "yuri": "Юрий",
    "yury": "Юрий",
    "olga": "Ольга",
    # an initial E that Russian writes Е, not Э (Elena, not Elvira)
    "ekaterina": "Екатерина",
    "elena": "Елена",
    "evgeny": "Евгений",
    "evgeniy": "Евгений",
    "evgenia": "Евгения",
    "egor": "Егор",
    # Belarusian surnames whose Russian spelling is not the romanisation's (the same in both)
    "dashkevich": "Дашкевич",
    "labkovich": "Лабкович",
    "stefanovich": "Стефанович",
    "sapega": "Сапега",
}
# Romanisations from Belarusian that no other scheme writes, with the Russian form a
# Russian letter uses (as Russian-language media write these people's names).
_BELARUSIAN_KNOWN = {
    "lukashenka": "Лукашенко",
    "aliaksandr": "Александр",
    "alyaksandr": "Александр",
    "aliaksei": "Алексей",
    "mikalai": "Николай",
    "uladzimir": "Владимир",
    "siarhei": "Сергей",
    "valyantsin": "Валентин",
    "viktar": "Виктор",
    "ihar": "Игорь",
    "yauhen": "Евгений",
    "zmitser": "Змитер",
    "raman": "Роман",
    "maryia": "Мария",
    "sviatlana": "Светлана",
    "tatsiana": "Татьяна",
    "volha": "Ольга",
    "katsiaryna": "Екатерина",
    "kalesnikava": "Колесникова",
    "bialiatski": "Беляцкий",
    "tsikhanouskaya": "Тихановская",
    "tsikhanouski": "Тихановский",
    "pratasevich": "Протасевич",
    "babaryka": "Бабарико",
}
_KNOWN.update(_BELARUSIAN_KNOWN)
_CARONS = str.maketrans({"š": "sh", "Š": "Sh", "č": "ch", "Č": "Ch", "ž": "zh", "Ž": "Zh"})
# Spellings of the Belarusian romanisation that the Russian form does not follow:
# Kalesnikava (-ava for -ova), Bialiatski (ia, -ski), Tsikhanouskaya (ou for ў).
_BELARUSIAN = re.compile(r"ava$|ski$|[^aeiouy][iy][aeu]|ou[^aeiouy]", re.IGNORECASE)
_PATRONYMIC = re.compile(r"(?:ovich|evich|ovna|evna|ichna)$", re.IGNORECASE)
_ANY_A = re.compile(r"a(?!$)", re.IGNORECASE)  # an "a" that may be an akanye o
_VOWELS = "aeiouy"
# Central Asian romanisations write ж as j (Jeenbekov, Azimjan); elsewhere j is дж
# (Jafarov, Jalal-Abad as an English text spells the Russian name).
_J_IS_ZH = frozenset(["KG", "KZ", "UZ", "TJ", "TM"])
_GROUPS = [
    ("shch", "щ"), ("kh", "х"), ("zh", "ж"), ("ts", "ц"), ("ch", "ч"), ("sh", "ш"),
    ("iye", "ие"), ("iya", "ия"), ("iyu", "ию"), ("yu", "ю"), ("ya", "я"), ("yo", "ё"),
    ("ye", "е"), ("iy", "ий"), ("yy", "ый"), ("gh", "г"),
]
_SINGLE = {
    "a": "а", "b": "б", "v": "в", "g": "г", "d": "д", "e": "е", "z": "з", "i": "и",
    "k": "к", "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "r": "р", "s": "с",
    "t": "т", "u": "у", "f": "ф", "h": "х", "c": "к", "q": "к", "w": "в", "j": "дж",
    "x": "кс", "'": "ь",
}
_LATIN_NAME = re.compile(r"^[A-Za-z' -]+$")


def is_latin(name: str) -> bool:
    return bool(_LATIN_NAME.match(name))


def _word(word: str, country: str | None = None) -> str:
    lower = word.casefold()
    if country in _J_IS_ZH:  # Jeenbekov → Жээнбеков, Azimjan → Азимжан
        lower = lower.replace("j", "zh")
        if country == "KG":
            lower = lower.replace("ee", "\u044d\u044d")  # the Kyrgyz long vowel: ээ
    if lower in _KNOWN:
        return _KNOWN[lower]
    if lower.endswith("ia") and len(lower) > 3:
        lower = lower[:-2] + "iya"  # Maria → Мария
    if lower.endswith("ii") and len(lower) > 3:
        lower = lower[:-2] + "iy"  # Yurii (Library of Congress romanisation) → Юрий
    out: list[str] = []
    i = 0
    while i < len(lower):
        prev = lower[i - 1] if i else ""
        for latin, cyrillic in _GROUPS:
            if lower.startswith(latin, i):
                if latin in ("ye", "ya", "yu", "yo") and prev and prev not in _VOWELS:
                    cyrillic = "ь" + cyrillic  # Natalya, Ilyas
                out.append(cyrillic)
                i += len(latin)
                break
        else:
            ch = lower[i]
            end = i == len(lower) - 1
            if ch == "e" and not prev:
                out.append("э")
            elif ch == "i" and prev and prev in "aeou":
                out.append("й")
            elif ch == "y":
                if prev and prev in _VOWELS:
                    out.append("й")
                elif end and prev:
                    out.append("ий")  # Khodorkovsky, Vasily
                else:
                    out.append("ы")
            else:
                out.append(_SINGLE.get(ch, ch))
            i += 1
    text = "".join(out)
    return text[:1].upper() + text[1:] if word[:1].isupper() else text


def _russian_in_belarus(word: str) -> bool:
    """Whether a Belarusian name's word gives its Russian form by the table."""
    lower = word.casefold()
    stem = lower[:-3] if lower.endswith(("ova", "eva")) else lower
    return lower in _KNOWN or not (_BELARUSIAN.search(lower) or _ANY_A.search(stem))


def named_country(name: str) -> str | None:
    """"BY" for a name made only of known words, one of them a Belarusian spelling
    (Alyaksandr Lukashenka, Zmitser Dashkevich); else None: the name does not say."""
    words = [w.casefold() for w in re.split(r"[\s-]+", name.translate(_CARONS)) if w]
    if words and all(w in _KNOWN for w in words) and any(w in _BELARUSIAN_KNOWN for w in words):
        return "BY"
    return None


def to_cyrillic(name: str, country: str | None = None) -> str | None:
    """The Cyrillic spelling of a Latin-letter name, or None when it is not one (or, for a
    Belarusian name, when its romanisation hides the Russian form)."""
    name = name.translate(_CARONS)
    if not is_latin(name):
        return None
    if country == "BY" and not all(_russian_in_belarus(w) for w in re.split(r"[\s-]+", name)):
        return None
    words = (given_name_first(name) or name).split()
    return " ".join("-".join(_word(p, country) for p in w.split("-")) for w in words)


def given_name_first(name: str) -> str | None:
    """"Igor Viktorovich Krasnov" for a name written surname first with a patronymic, as
    Russian documents write it ("Krasnov Igor Viktorovich"); None for any other name."""
    words = name.split()
    if len(words) == 3 and _PATRONYMIC.search(words[2]) and not _PATRONYMIC.search(words[0]):
        return " ".join((words[1], words[2], words[0]))
    return None

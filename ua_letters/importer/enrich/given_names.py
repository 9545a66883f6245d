"""A gender from a given name: gender-guesser's dictionary, read for the official's country.

gender-guesser (the maintained dataset of Jörg Michael's name list) counts each name per
country. Its answer over all countries can be wrong where one country uses a name for the
other sex: "Kay" is "male" overall (Germany, Scandinavia) but "mostly_female" in the US,
so Governor Kay Ivey of Alabama was guessed a man. So the name is first read in the
official's country, where the list has that country: a firm "male"/"female" there is the
answer; any less firm answer there ("mostly_female", "andy") means the name does not say,
even when the overall answer is firm. Only a country whose column has no count for the
name at all falls back to the overall answer, and only a firm one. gender-guesser has no
API for "no count in this country" (it answers "andy" both for an even count and for
none), so `_counted_in` reads its table: fenced here, with gender-guesser pinned.

The list lacks some common Arabic and Persian given names that only men bear; they are
kept in `_MEN` below, each checked, and an answer from it is a guess (CHECK) like any.
"""

from __future__ import annotations

from functools import cache
from typing import Any

# ISO 3166 codes → gender-guesser's country columns (its own names for them)
_COLUMNS = {
    "GB": "great_britain", "IE": "ireland", "US": "usa", "IT": "italy", "MT": "malta",
    "PT": "portugal", "ES": "spain", "FR": "france", "BE": "belgium", "LU": "luxembourg",
    "NL": "the_netherlands", "DE": "germany", "AT": "austria", "CH": "swiss",
    "IS": "iceland", "DK": "denmark", "NO": "norway", "SE": "sweden", "FI": "finland",
    "EE": "estonia", "LV": "latvia", "LT": "lithuania", "PL": "poland",
    "CZ": "czech_republic", "SK": "slovakia", "HU": "hungary", "RO": "romania",
    "BG": "bulgaria", "BA": "bosniaand", "HR": "croatia", "XK": "kosovo",
    "MK": "macedonia", "ME": "montenegro", "RS": "serbia", "SI": "slovenia",
    "AL": "albania", "GR": "greece", "RU": "russia", "BY": "belarus", "MD": "moldova",
    "UA": "ukraine", "AM": "armenia", "AZ": "azerbaijan", "GE": "georgia",
    "KZ": "the_stans", "KG": "the_stans", "TJ": "the_stans", "TM": "the_stans",
    "UZ": "the_stans", "TR": "turkey", "IL": "israel", "CN": "china", "IN": "india",
    "JP": "japan", "KR": "korea", "VN": "vietnam",
    **dict.fromkeys(["SA", "EG", "AE", "BH", "QA", "KW", "OM", "YE", "JO", "LB", "SY",
                     "IQ", "PS", "LY", "TN", "DZ", "MA"], "arabia"),
}
# Given names only men bear that gender-guesser does not list (checked one by one):
# Hamada (Egyptian, from Ahmad/Muhammad), Motaz/Moataz (Arabic Mu'tazz), and the Persian
# compounds on Gholam- ("servant of": Gholamhossein, Gholamreza), men's names only.
_MEN = frozenset(["hamada", "motaz", "moataz", "moetaz", "mutaz"])
_MEN_PREFIXES = ("gholam",)


@cache
def _detector() -> Any:
    import gender_guesser.detector as detector  # type: ignore[import-untyped]  # lazy: big

    return detector.Detector(case_sensitive=False)


def _counts(name: str, column: str | None = None) -> set[str]:
    """The answers ("male", "mostly_female", …) the list counts for the name, in one
    country's column or in any."""
    detector = _detector()
    index = detector.COUNTRIES.index(column) if column else None
    entries: dict[str, str] = detector.names.get(name.lower(), {})
    return {answer for answer, values in entries.items()
            if (values.strip() if index is None
                else len(values) > index and values[index] != " ")}


def given_name_gender(given: str, country: str | None) -> str | None:
    """"male" or "female" when the name leaves no doubt (in the country), else None."""
    lower = given.casefold()
    if lower in _MEN or (lower.startswith(_MEN_PREFIXES) and len(lower) > 7):
        return "male"
    detector = _detector()
    column = _COLUMNS.get(country or "")
    if column is not None and _counts(given, column):
        answer = detector.get_gender(given, column)
        return str(answer) if answer in ("male", "female") else None
    answer = detector.get_gender(given)
    if answer not in ("male", "female"):
        return None
    other = {"female", "mostly_female", "andy"} if answer == "male" else {
        "male", "mostly_male", "andy"}
    return None if _counts(given) & other else str(answer)

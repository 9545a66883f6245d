"""What every language needs from composition, with the behaviour most languages share.

A language is one module in this package that creates a `LanguageRules` (or a subclass
that overrides what differs) and its data: templates/<lang>/ and locales/<lang>/. Shared
code (names, dates, the people concerned, typesetting) asks the language's rules and never
tests a language code. A language without a module here (one a section office adds with
`--templates DIR`) gets these defaults: names that do not decline, CLDR's long date, lists
joined by CLDR, no typesetting of its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from babel import Locale
from babel.dates import format_date
from babel.lists import format_list

from ua_letters.case.model import GRAMMATICAL_CASES, Gender
from ua_letters.compose.languages.hyphenation import pyphen_points
from ua_letters.compose.typography import normalize_spaces

Forms = dict[str, str]


class UncertainForm(Exception):
    """A form that depends on a gender nobody knows; the case file must give it."""


@dataclass(frozen=True)
class LanguageRules:
    """The rules of one letter language. Subclasses override the methods that differ."""

    code: str
    # The grammatical cases its templates may ask for; a language without case endings
    # answers every case with the nominative.
    cases: tuple[str, ...] = GRAMMATICAL_CASES
    # Cases in which a group's name (a plural noun phrase, as the case file writes it) is
    # the same as its nominative; every other case must come from the group's `forms`.
    group_same_as_nominative: tuple[str, ...] = GRAMMATICAL_CASES
    # The CLDR locale of dates and lists when neither the case nor the command chooses.
    default_locale: str = ""
    # The label a letter puts before its subject («Objet :», then a space); a fax cover
    # or an e-mail subject uses the subject without it.
    subject_label: str = ""
    # Whether a salutation, a title or a declension needs an official's gender: a named
    # official of unknown gender then cannot be written to in this language.
    needs_recipient_gender: bool = True
    # Forms of `add_forms` that a list repeats before every name (French «de A et de B»).
    repeated_forms: tuple[str, ...] = ()
    # Country names as the letters write them where CLDR's differ (by ISO code).
    country_names: dict[str, str] = field(default_factory=dict)
    # pyphen's dictionary for hyphenating the language's words ("" for none).
    hyphenation_dictionary: str = ""

    @property
    def locale(self) -> str:
        return self.default_locale or self.code

    # -- names ---------------------------------------------------------------------
    def decline(self, name: str, gender: Gender, case: str) -> str:
        """A personal name in `case` (languages without case endings: unchanged)."""
        return name

    def short(self, name: str, gender: Gender, case: str) -> str:
        """Initials and family name in `case`: «К. Байболову», "K. Baibolov"."""
        words = name.split()
        kept = self.family(words)
        initials = " ".join(f"{w[0]}." for w in words[: len(words) - len(kept)])
        surname = self.decline(" ".join(kept), gender, case) if kept else name
        return f"{initials} {surname}" if initials else surname

    def family(self, words: list[str]) -> list[str]:
        """The words that make up the family name: the last, or «Бекболот уулу» as a pair."""
        if len(words) >= 3 and words[-1].lower() in ("уулу", "кызы", "оглы", "улы", "гызы"):
            return words[-2:]
        return words[-1:]

    def decline_title(self, title: str, case: str) -> str:
        return title

    def decline_group(self, name: str, case: str) -> str | None:
        """A group's name in `case` by rule, or None when the case file must give it."""
        return name if case in self.group_same_as_nominative else None

    def add_forms(self, forms: Forms) -> None:
        """Add forms of a language's own (French «d’Azimzhan», Spanish «del grupo»)."""

    def add_title_forms(self, forms: Forms, gender: Gender) -> None:
        """Add a title's forms for running text: `running` («ministre de l’Intérieur»),
        and with an article where the language needs one (`au`, `del`…)."""
        forms["running"] = forms["nominative"]

    # -- dates, lists, countries ---------------------------------------------------
    def long_date(self, day: date, locale: str | None = None) -> str:
        """The date as a letter writes it, with drawable spaces only."""
        return normalize_spaces(format_date(day, format="long", locale=locale or self.locale))

    def date_forms(self, day: date, locale: str | None = None) -> Forms:
        """The date in each case a template may need («с 15 июня», «15-июнунан бери»)."""
        return dict.fromkeys(self.cases, self.long_date(day, locale))

    def list_words(self, locale: str | None = None) -> dict[str, str]:
        """CLDR's separators of a list: `pair` (A и B), `middle` (A, B …), `last` (… и C).

        >>> rules_en = LanguageRules("en", default_locale="en_GB")
        >>> rules_en.list_words(), rules_en.list_words("en_US")["last"]
        ({'pair': 'and', 'middle': ',', 'last': 'and'}, ', and')
        """
        two = self.join(["\x00", "\x01"], locale)
        three = self.join(["\x00", "\x01", "\x02"], locale)
        return {  # without the spaces around them, which templates write themselves
            "pair": two.split("\x00", 1)[1].split("\x01", 1)[0].strip(),
            "middle": three.split("\x00", 1)[1].split("\x01", 1)[0].strip(),
            "last": three.split("\x01", 1)[1].split("\x02", 1)[0].strip(),
        }

    def join(self, items: list[str], locale: str | None = None) -> str:
        """«A, B и C»: a list joined with the language's own "and", from CLDR."""
        return normalize_spaces(format_list(items, locale=locale or self.locale))

    def country(self, code: str) -> str:
        """A country's name as the letters write it: CLDR's, unless the letters differ."""
        if code in self.country_names:
            return self.country_names[code]
        return str(Locale.parse(self.code).territories.get(code, code))

    def bare_subject(self, subject: str) -> str:
        """A letter's subject without its label, as a fax cover or an e-mail shows it."""
        for label in (self.subject_label, self.typeset(self.subject_label)):
            if label and subject.startswith(label):
                rest = subject[len(label) :].lstrip(" \u00a0")
                return rest[:1].upper() + rest[1:]
        return subject

    # -- typesetting ---------------------------------------------------------------
    def typeset(self, text: str) -> str:
        """The spacing conventions of the language applied to one block of a letter."""
        return text

    def hyphenation_points(self, word: str) -> list[int]:
        """Where a hyphen may break `word` (letters only): the language's pyphen patterns,
        or nowhere for a language without them (its lines then break between words)."""
        if not self.hyphenation_dictionary:
            return []
        return pyphen_points(self.hyphenation_dictionary, word)


def lower_head(title: str, stops: set[str]) -> str:
    """A title's words before its first preposition in lower case (not acronyms).

    >>> lower_head("Ministro del Interior", {"del"}), lower_head("Fiscal General", {"de"})
    ('ministro del Interior', 'fiscal general')
    """
    words = title.split(" ")
    for i, word in enumerate(words):
        if word.lower() in stops or "’" in word or "'" in word:
            break
        if not word.isupper() or len(word) == 1:
            words[i] = word[:1].lower() + word[1:]
    return " ".join(words)

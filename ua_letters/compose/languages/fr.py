"""French: elision and contraction before a name, «1er» for the first, «Objet : », spacing.

Templates receive ready forms: `name.de` («d’Azimzhan Askarov», «des 14 militants»),
`name.que` («qu’Azimzhan»), `name.a` («à Azimzhan», «aux 14 militants»). Titles in running
text keep a capital only where French writes one: «au ministre de l’Intérieur».
"""

from __future__ import annotations

from datetime import date

from ua_letters.case.model import Gender
from ua_letters.compose.grammar import fr
from ua_letters.compose.languages.base import Forms, LanguageRules
from ua_letters.compose.typography import french_spacing


class French(LanguageRules):
    def add_forms(self, forms: Forms) -> None:
        for word, key in fr.WORDS.items():
            forms[key] = fr.elide(word, forms["nominative"])

    def add_title_forms(self, forms: Forms, gender: Gender) -> None:
        running = fr.running_title(forms["nominative"])
        forms["running"] = running
        forms.update(fr.with_articles(running, gender == Gender.female))

    def long_date(self, day: date, locale: str | None = None) -> str:
        text = super().long_date(day, locale)
        return "1er" + text[1:] if day.day == 1 and text.startswith("1 ") else text

    def typeset(self, text: str) -> str:
        return french_spacing(text)


RULES = French(
    code="fr", subject_label="Objet :", repeated_forms=("de", "a"), hyphenation_dictionary="fr"
)

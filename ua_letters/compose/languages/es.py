"""Spanish: «del» and «al» before a group's name with «el», «Asunto: » before the subject.

Titles in running text are written as Spanish writes offices there, in lower case, with
the article the official's gender takes: «al ministro del Interior», «a la presidenta».
"""

from __future__ import annotations

from ua_letters.case.model import Gender
from ua_letters.compose.languages.base import Forms, LanguageRules, lower_head

_PREPOSITIONS = {"de", "del", "para", "en", "ante", "contra", "y"}


class Spanish(LanguageRules):
    def add_forms(self, forms: Forms) -> None:
        name = forms["nominative"]
        contracted = name[3:] if name.startswith("el ") else None
        forms["de"] = f"del {contracted}" if contracted else f"de {name}"
        forms["a"] = f"al {contracted}" if contracted else f"a {name}"

    def add_title_forms(self, forms: Forms, gender: Gender) -> None:
        running = lower_head(forms["nominative"], _PREPOSITIONS)
        female = gender == Gender.female
        forms["running"] = running
        forms["el"] = f"{'la' if female else 'el'} {running}"
        forms["al"] = f"{'a la' if female else 'al'} {running}"
        forms["del"] = f"{'de la' if female else 'del'} {running}"


RULES = Spanish(code="es", subject_label="Asunto:", hyphenation_dictionary="es")

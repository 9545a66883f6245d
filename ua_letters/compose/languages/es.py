"""Spanish: «del» and «al» before a group's name with «el», «Asunto: » before the subject."""

from __future__ import annotations

from ua_letters.compose.languages.base import Forms, LanguageRules


class Spanish(LanguageRules):
    def add_forms(self, forms: Forms) -> None:
        name = forms["nominative"]
        contracted = name[3:] if name.startswith("el ") else None
        forms["de"] = f"del {contracted}" if contracted else f"de {name}"
        forms["a"] = f"al {contracted}" if contracted else f"a {name}"


RULES = Spanish(code="es", subject_label="Asunto: ")

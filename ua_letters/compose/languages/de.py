"""German: names do not decline; a group's plural name is the same in the accusative.

A subject line in German letters (DIN 5008) carries no label.
"""

from __future__ import annotations

from ua_letters.compose.languages.base import LanguageRules

RULES = LanguageRules(code="de", group_same_as_nominative=("nominative", "accusative"))

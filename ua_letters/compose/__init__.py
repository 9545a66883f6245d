"""Composition: from a case, a recipient and a language to the words of one letter.

Python prepares everything that needs grammar or locale data (dates from CLDR, names in
the right case, salutations from the catalogs, standard requests from the phrasebook); the
per-language Jinja template then only arranges prepared text. The result is a `Letter`,
which the renderers lay out.
"""

from ua_letters.compose.context import action_texts
from ua_letters.compose.letter import Block, Letter, compose_letter

__all__ = ["Block", "Letter", "action_texts", "compose_letter"]

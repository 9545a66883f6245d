"""English: British dates («20 August 2010») unless the case or the command asks otherwise.

Role salutations ("Dear Minister") and titles do not depend on the official's gender, so
an English letter can be written to an official whose gender is unknown.
"""

from __future__ import annotations

from ua_letters.compose.languages.base import LanguageRules

RULES = LanguageRules(
    code="en",
    default_locale="en_GB",
    needs_recipient_gender=False,
    # en_US: the en_GB patterns break "invest-ig-a-tion"; line breaks are not spelling.
    hyphenation_dictionary="en_US",
)

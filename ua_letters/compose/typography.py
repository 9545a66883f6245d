"""Characters that locale data produces but fonts and readers handle badly.

CLDR uses U+202F NARROW NO-BREAK SPACE («20 августа 2010 г.») and similar spaces. Many
fonts, PT Serif among them, have no glyph for them, and a PDF would draw an empty box.
We map each to the no-break or plain space, which every font has and which keeps the
meaning (no line break inside a date).
"""

from __future__ import annotations

import re

from ua_letters.textsafety import printable

_WHITESPACE = re.compile(r"[ \t\r\n\f\v\u2028\u2029\u0085]+")


def normalize_spaces(text: str) -> str:
    """Map the special spaces of CLDR output to spaces every font can draw."""
    return printable(text)


def one_line(text: str) -> str:
    """Collapse line breaks and runs of white space: a value never spans lines."""
    return _WHITESPACE.sub(" ", normalize_spaces(text)).strip()


# French puts a no-break space before ; : ! ? » and after «, so that a line never starts with
# the punctuation. CLDR and typographers ask for a narrow one (U+202F); PT Serif lacks it, so
# the ordinary no-break space stands in. Only a space already there is replaced (text is
# never rewritten), and only before punctuation that ends a word: «10:30», «https:» stay.
_FRENCH_BEFORE = re.compile(r"[ \u202f\u00a0]+([;:!?»])(?=[\s»).,;:!?]|$)")
_FRENCH_AFTER = re.compile(r"«[ \u202f\u00a0]+")


def french_spacing(text: str) -> str:
    """«Objet : …», «de traduire … ;», « citation » with no-break spaces, as French sets them.

    >>> french_spacing("Objet : « vite » ; merci ! https://x.org 10:30 a;b")
    'Objet\\xa0: «\\xa0vite\\xa0»\\xa0; merci\\xa0! https://x.org 10:30 a;b'
    """
    spaced = _FRENCH_BEFORE.sub("\u00a0\\1", text)
    return _FRENCH_AFTER.sub("«\u00a0", spaced)


def typeset(text: str, language: str) -> str:
    """The spacing conventions of `language` applied to one block of a letter."""
    from ua_letters.compose.languages import rules  # the rules use french_spacing above

    return rules(language).typeset(text)

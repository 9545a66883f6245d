"""French elision before a name: «d’Azimzhan Askarov», «qu’Azimzhan», «de Roza Otunbaeva».

French names do not decline, but «de» and «que» lose their vowel before a name that
starts with a vowel or a mute h. Templates receive the ready forms (`person.name.de`,
`person.name.que`) so that they never need to know the rule.
"""

from __future__ import annotations

_ELIDING = "aàâäeéèêëiîïoôöuùûüyœæh"
WORDS = ("de", "que")


def elide(word: str, following: str) -> str:
    """`word` joined to `following`, elided when French requires it.

    >>> elide("de", "Azimzhan Askarov"), elide("de", "Roza Otunbaeva")
    ('d’Azimzhan Askarov', 'de Roza Otunbaeva')
    """
    if following[:1].lower() in _ELIDING:
        return f"{word[:-1]}’{following}"
    return f"{word} {following}"

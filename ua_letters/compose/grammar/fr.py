"""French elision and contraction before a name: «d’Azimzhan», «qu’Azimzhan», «des 14 …».

French names do not decline, but «de» and «que» lose their vowel before a name that
starts with a vowel or a mute h, and «de» and «à» merge with a group name's article
(«de les» → «des», «à le» → «au»; «l’» and «la» stay apart). Templates receive the ready
forms (`person.name.de`, `person.name.que`, `person.name.a`) so they never need the rule.
"""

from __future__ import annotations

_ELIDING = "aàâäeéèêëiîïoôöuùûüyœæh"
WORDS = {"de": "de", "que": "que", "à": "a"}  # the word -> the key of its form
_CONTRACTIONS = {("de", "les"): "des", ("de", "le"): "du", ("à", "les"): "aux", ("à", "le"): "au"}


def elide(word: str, following: str) -> str:
    """`word` joined to `following`, elided or contracted when French requires it.

    >>> elide("de", "Azimzhan Askarov"), elide("de", "Roza Otunbaeva")
    ('d’Azimzhan Askarov', 'de Roza Otunbaeva')
    >>> elide("de", "les 14 militants"), elide("à", "le collectif X"), elide("à", "Azimzhan")
    ('des 14 militants', 'au collectif X', 'à Azimzhan')
    """
    article, _, rest = following.partition(" ")
    contracted = _CONTRACTIONS.get((word, article.lower()))
    if contracted and rest:
        return f"{contracted} {rest}"
    if word != "à" and following[:1].lower() in _ELIDING:
        return f"{word[:-1]}’{following}"
    return f"{word} {following}"

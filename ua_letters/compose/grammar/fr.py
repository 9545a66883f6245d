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


_PREPOSITIONS = {"de", "du", "des", "à", "au", "aux", "pour", "chargé", "chargée", "auprès"}
_KEEP = {"premier", "première"}  # «le Premier ministre» keeps its capital in French


def running_title(title: str) -> str:
    """A title as French running text writes it: «ministre de l’Intérieur».

    >>> running_title("Ministre de l’Intérieur"), running_title("Procureur général")
    ('ministre de l’Intérieur', 'procureur général')
    >>> running_title("Premier ministre")
    'Premier ministre'
    """
    words = title.split(" ")
    for i, word in enumerate(words):
        if word.lower() in _PREPOSITIONS or word.lower().startswith(("d’", "l’", "d'", "l'")):
            break
        if word.lower() not in _KEEP and not (word.isupper() and len(word) > 1):
            words[i] = word[:1].lower() + word[1:]
    return " ".join(words)


def with_articles(running: str, female: bool) -> dict[str, str]:
    """`le`, `au`, `du` forms of a running title: «l’ambassadeur», «à la présidente».

    >>> with_articles("ministre de l’Intérieur", False)["au"]
    'au ministre de l’Intérieur'
    >>> with_articles("présidente", True)["au"], with_articles("ambassadrice", True)["du"]
    ('à la présidente', 'de l’ambassadrice')
    """
    if running[:1].lower() in _ELIDING:
        return {"le": f"l’{running}", "au": f"à l’{running}", "du": f"de l’{running}"}
    if female:
        return {"le": f"la {running}", "au": f"à la {running}", "du": f"de la {running}"}
    return {"le": f"le {running}", "au": f"au {running}", "du": f"du {running}"}

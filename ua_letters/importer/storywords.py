"""How the story of a UA names the people it is about, per language: data, one entry each.

concerned.py looks for the person concerned in the first paragraph. What it looks for
depends on the language: the set phrase a ready letter names the person with ("the case
of", "handelt es sich um"), the words that introduce a person ("activist"), the "and
others" after a person who stands for a group, the honorifics before a name in running
text ("Mr Pu Zhiqiang"), and whether a run of capitalised words can be a name at all —
German capitalises every noun, so there only the set phrases count. A new language is a
new entry here, not a new branch in the code.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class StoryWords:
    # regular-expression fragments after which the person's name follows
    case_phrases: tuple[str, ...] = ()
    # words right before a name that say what the person does: "activist Alaa Abdel Fattah"
    introducers: tuple[str, ...] = ()
    # regular-expression fragments: "Zmitser Dashkevich and Others", "Bárbara Italia Méndez
    # and other women" — the name before them stands for the people concerned ("and other
    # parts of the region" does not)
    others: tuple[str, ...] = ()
    # honorifics of running text; a name after them is a person ("Messrs" may list two)
    honorifics: tuple[str, ...] = ()
    plural_honorifics: tuple[str, ...] = ()
    # False where every noun is capitalised: a run of capitals is then no sign of a name
    names_from_capitals: bool = True


STORY_WORDS: dict[str, StoryWords] = {
    "en": StoryWords(
        case_phrases=(r"the case of",),
        introducers=(
            "activist", "activists", "lawyer", "defender", "journalist", "blogger", "student",
            "poet", "writer", "artist", "researcher", "prisoner of conscience",
            "trade unionist",
        ),
        others=(r"and others", r"and other (?:wom|m)en", r"and other (?:people|activists|"
                r"defenders|detainees|prisoners|protesters|journalists|students|lawyers)"),
        honorifics=("mr", "mrs", "ms", "dr"),
        plural_honorifics=("messrs",),
    ),
    "de": StoryWords(
        case_phrases=(
            r"handelt es sich um(?: den Fall (?:der|des|von)(?: \w+)?)?",
            r"Fall (?:von|der|des)(?: \w+)?",
        ),
        others=(r"und andere", r"und weitere"),
        names_from_capitals=False,
    ),
    "fr": StoryWords(case_phrases=(r"le cas de",), others=(r"et d'autres", r"et autres")),
    "es": StoryWords(case_phrases=(r"el caso de",), others=(r"y otros", r"y otras")),
    "ru": StoryWords(others=(r"и других", r"и другие")),
}
_DEFAULT = StoryWords()


def story_words(language: str) -> StoryWords:
    """The entry for a language; an unknown language gets no rule of its own."""
    return STORY_WORDS.get(language, _DEFAULT)


def every(field: str) -> tuple[str, ...]:
    """One field of every language's entry: a set phrase in a UA's other language (a
    German page's English letter) still names the person."""
    return tuple(dict.fromkeys(word for entry in STORY_WORDS.values()
                               for word in getattr(entry, field)))

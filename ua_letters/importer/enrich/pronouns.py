"""A person's gender from what the UA itself says about them: honorifics and pronouns.

A UA rarely writes "(m)" but nearly always says "Mr Pu Zhiqiang" or "… ended his hunger
strike". Two readings, each kept only when it leaves no doubt:

- an honorific right before the person's name ("Mr Pu Zhiqiang", "Ms Liu Di", "Messrs
  Xu Youyu and Hao Jian", "Frau …", "Mme …", "Sra. …", «г-жа …»);
- the pronouns of the sentences about the person: a sentence that names them (the whole
  name or one of its words that no other person concerned shares — "Billy Wardlow",
  "Alaa's family") and the two sentences after it in the same paragraph ("… um Đăng Đình
  Bách. Er wurde … Seine Gesundheit …"). A sentence that also names another person, or
  a relative ("his wife", "seine Mutter"), says nothing and ends the run: its pronouns
  may be theirs.

Both genders anywhere (an honorific against pronouns, "he" against "she") leave the
gender unknown, and so do fewer than two pronouns. Pronouns that also mean something
else are not read: German "sie"/"ihr" (also "they", "their", and the formal "Sie") only
count against a male reading, never for a female one; French "il" in impersonal phrases
("il y a", "il faut") is skipped. Every answer is an offer marked CHECK.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ua_letters.importer.namecandidates import candidates
from ua_letters.importer.storywords import story_words

MIN_PRONOUNS = 2  # one "he" may be a slip or someone else's; two in the person's sentences

# Honorifics right before a name, (men's, women's), per language of the page: "Sr" is
# Señor in Spanish but Sister in English, "Don" a given name in English.
_HONORIFICS: dict[str, tuple[str, str]] = {
    "en": (r"Mr|Messrs", r"Mrs|Ms|Miss"),
    "de": (r"Herr|Herrn", r"Frau"),
    "fr": (r"M|MM|Monsieur|Messieurs", r"Mme|Mmes|Madame|Mesdames|Mlle|Mademoiselle"),
    "es": (r"Sr|Sres|Señor|Señores|Don", r"Sra|Sras|Señora|Señoras|Srta|Señorita|Doña"),
    "ru": (r"г-н|господин", r"г-жа|госпожа"),
}
_PAIR = r"(?:Messrs|MM|Messieurs|Sres|Señores)"  # "Messrs Xu Youyu and Hao Jian": both men
_AND = r"(?:and|et|y|und|и)"

# (male, female, female-only-vetoes) pronouns per language, matched as whole words.
# German "sie"/"ihr…" are also the plural and the formal address: they may stop a male
# reading, never make a female one (`veto`).
_PRONOUNS: dict[str, tuple[str, str, bool]] = {
    "en": (r"he|him|his|himself", r"she|her|hers|herself", False),
    "de": (r"er|ihn|ihm|sein|seine|seinen|seinem|seiner|seines",
           r"sie|ihr|ihre|ihren|ihrem|ihrer|ihres", True),
    "fr": (r"il(?!\s+(?:y|faut|s['’]agit|est|était|semble|convient|importe|reste)\b)|lui-même",
           r"elle|elle-même", False),
    "es": (r"él", r"ella", False),
    "ru": (r"он", r"она", False),
}
# Relatives and others a sentence about the person may bring in, whose pronouns they are.
_OTHERS = re.compile(
    r"\b(?:wife|husband|mother|father|son|daughter|sister|brother|partner|widow|family|"
    r"lawyer|colleague|friend|Ehefrau|Ehemann|Mutter|Vater|Sohn|Tochter|Schwester|Bruder|"
    r"Anwalt|Anwältin|Familie|épouse|femme|mari|mère|père|fils|fille|sœur|frère|avocate?|"
    r"famille|esposa|esposo|marido|madre|padre|hijo|hija|hermana|hermano|abogad[ao]|"
    r"familia|жена|муж|мать|отец|сын|дочь|сестра|брат|адвокат|семья)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’»)]*\s+")
# What ends with a full stop but ends no sentence: "Mr. Pu", "No. 1", "M. Dupont".
_ABBREVIATION = re.compile(r"(?:^|\s)(?:Mr|Mrs|Ms|Dr|No|St|Sr|Sra|Srta|M|Mme|Jr|[A-Z])\.$")
_AFTER = 2  # sentences after the naming one whose pronouns still refer to the person


@dataclass(frozen=True)
class PersonGender:
    gender: str  # male or female
    reason: str


def _words(name: str) -> set[str]:
    return {w for w in re.findall(r"[^\W\d_][\w'-]*", name) if len(w) >= 3 and w[0].isupper()}


def _names(sentence: str, words: set[str]) -> bool:
    return any(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", sentence) for w in words)


def _honorific(text: str, name: str, language: str) -> str | None:
    """"male"/"female" from honorifics right before the name; None when none or both."""
    if language not in _HONORIFICS:
        return None
    men, women = _HONORIFICS[language]
    bare = re.escape(name)
    found = set()
    if re.search(rf"(?<![\w-])(?:{men})\.?\s+{bare}\b", text) or re.search(
        rf"\b{_PAIR}\.?\s+(?:[^\W\d_][\w-]+\s+){{1,3}}{_AND}\s+{bare}\b", text
    ):
        found.add("male")
    if re.search(rf"(?<![\w-])(?:{women})\.?\s+{bare}\b", text):
        found.add("female")
    return found.pop() if len(found) == 1 else None


def _sentences(paragraph: str) -> list[str]:
    found: list[str] = []
    for piece in _SENTENCE_END.split(paragraph):
        if found and _ABBREVIATION.search(found[-1]):
            found[-1] += " " + piece
        else:
            found.append(piece)
    return found


def _about(
    paragraphs: list[str], words: set[str], others: list[set[str]], language: str
) -> list[str]:
    """The sentences about the person: those naming them alone, and the next `_AFTER`.
    Where every noun has a capital (German), a run of capitals is no other person."""
    capitals = story_words(language).names_from_capitals
    taken: list[str] = []
    for paragraph in paragraphs:
        left = 0
        for sentence in _sentences(paragraph):
            named = _names(sentence, words)
            seen = candidates(sentence) if capitals else []
            foreign = any(_names(sentence, o) for o in others) or any(
                not (_words(c) & words) for c in seen if _words(c))
            if foreign or _OTHERS.search(sentence):
                left = 0  # someone else's pronouns may follow: the run ends
                continue
            if named:
                left = _AFTER
                taken.append(sentence)
            elif left:
                left -= 1
                taken.append(sentence)
    return taken


def person_gender(
    paragraphs: list[str], name: str, others: list[str], language: str
) -> PersonGender | None:
    """The gender the page's honorifics or pronouns give the person `name` (the other
    people concerned: `others`), or None when they do not say it beyond doubt."""
    own = _words(name) - set().union(*(_words(o) for o in others))
    if not own:
        return None
    text = "\n".join(paragraphs)
    by_honorific = _honorific(text, name, language)
    counts = {"male": 0, "female": 0}
    veto = False
    if language in _PRONOUNS:
        male, female, female_vetoes = _PRONOUNS[language]
        flags = re.IGNORECASE if language != "de" else 0  # German "Sie" is "you"
        for sentence in _about(paragraphs, own, [_words(o) for o in others], language):
            counts["male"] += len(re.findall(rf"(?<![\w-])(?:{male})(?![\w-])", sentence,
                                             re.IGNORECASE))
            found = len(re.findall(rf"(?<![\w-])(?:{female})(?![\w-])", sentence, flags))
            if female_vetoes:
                veto = veto or found > 0
            else:
                counts["female"] += found
    male_said, female_said = counts["male"], counts["female"]
    if veto:
        male_said = 0
    if by_honorific is not None:
        against = female_said if by_honorific == "male" else counts["male"]
        if against or (veto and by_honorific == "male"):
            return None
        return PersonGender(by_honorific, "from the honorific before the name in the UA")
    if male_said >= MIN_PRONOUNS and not female_said:
        return PersonGender("male", f"from the pronouns about {name} in the UA "
                                    f"({male_said}× male, none female)")
    if female_said >= MIN_PRONOUNS and not counts["male"] and not veto:
        return PersonGender("female", f"from the pronouns about {name} in the UA "
                                      f"({female_said}× female, none male)")
    return None


def page_paragraphs(texts: list[str]) -> list[str]:
    """The page's lines joined into paragraphs (runs of non-blank lines): a sentence's
    pronouns may be on the line after the name ("… um Đăng Đình Bách." / "Er wurde …")."""
    found: list[list[str]] = [[]]
    for text in texts:
        if text.strip():
            found[-1].append(text.strip())
        elif found[-1]:
            found.append([])
    return [" ".join(p) for p in found if p]

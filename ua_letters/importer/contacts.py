"""The values behind labels: e-mail addresses, social handles and salutations.

Each function reads one label's value exactly as the UA gives it. What cannot be read is
reported, never guessed: an address hidden by a web page ("[email protected]") is
recorded as present but unreadable, so that a person copies it from the original page.
"""

from __future__ import annotations

import re

from ua_letters.importer.labels import is_hidden_email
from ua_letters.importer.vocab import SALUTATION_GENDER, SALUTATION_OPENERS

_EMAIL = re.compile(r"[^@\s,;/<>()\[\]\"']+@[^@\s,;/<>()\[\]\"']+\.[A-Za-z]{2,}")
_SPELLED_AT = re.compile(r"\s*[\[(]\s*(?:at|a)\s*[\])]\s*", re.IGNORECASE)
_SPELLED_DOT = re.compile(r"\s*[\[(]\s*dot\s*[\])]\s*", re.IGNORECASE)
_QUOTES = "\"'“”‘’«»„‚"


def read_emails(value: str) -> tuple[list[str], bool, bool]:
    """(addresses, hidden, spelled): hidden when the page replaced the address;
    spelled when it was written as 'name [at] domain [dot] org' and had to be rebuilt."""
    if is_hidden_email(value) and "@" not in value:
        return [], True, False
    spelled = bool(_SPELLED_AT.search(value))
    text = _SPELLED_DOT.sub(".", _SPELLED_AT.sub("@", value)) if spelled else value
    return [m.rstrip(".") for m in _EMAIL.findall(text)], is_hidden_email(value), spelled


def read_handles(value: str) -> list[str]:
    """'@MinJustice, @Presidency' -> two handles; a page address or a name stays whole."""
    handles = re.findall(r"@\w+", value)
    if handles and not re.search(r"https?:|www\.|\.com", value):
        return handles
    return [value.strip(" ,;")] if value.strip(" ,;") else []


def unquote(text: str) -> str:
    text = text.strip().rstrip(",")
    if len(text) > 1 and text[0] in _QUOTES and text[-1] in _QUOTES:
        text = text[1:-1]
    return text.strip().rstrip(",").strip()


def language_of_salutation(text: str) -> str | None:
    lowered = text.lower()
    for language, openers in SALUTATION_OPENERS.items():
        if any(re.match(rf"{re.escape(o)}\b", lowered) for o in openers):
            return language
    return None


def read_salutation(value: str, document_language: str) -> tuple[dict[str, str], str | None]:
    """The salutation per language, and a problem when part of it cannot be placed.

    "Dear Attorney General/ Estimada Señora Fiscal" gives {'en': …, 'es': …}; "Dear
    Sir/Madam" stays one English salutation because both halves are English.
    """
    text = unquote(value)
    if not text:
        return {}, None
    parts = [unquote(p) for p in re.split(r"\s*/\s*", text) if p.strip()]
    languages = [language_of_salutation(p) for p in parts]
    if len(parts) > 1 and None not in languages and len(set(languages)) == len(parts):
        return {str(lang): part for lang, part in zip(languages, parts, strict=True)}, None
    if len(parts) > 1 and len(set(languages) - {None}) > 1:
        return {document_language: text}, "a salutation in several languages that cannot be split"
    language = languages[0] if len(parts) == 1 and languages[0] else document_language
    return {language: text}, None


def gender_of_salutation(text: str) -> str | None:
    words = re.findall(r"[^\W\d_]+", text.lower())
    found = {SALUTATION_GENDER[w] for w in words if w in SALUTATION_GENDER}
    lowered = text.lower()
    found |= {g for phrase, g in SALUTATION_GENDER.items() if " " in phrase and phrase in lowered}
    return found.pop() if len(found) == 1 else None

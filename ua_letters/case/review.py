"""What in a case file still needs a person: the short list `validate` prints.

A fresh draft is mostly filled in by the program, and every offer is marked CHECK in
the file. This list says what a person must still decide before the letters go out:
officials and people whose gender nobody knows (every language but English needs it),
titles offered for checking, names offered in Cyrillic or kept in Latin letters, names that
a language in another script still lacks (Kyrgyz needs every name in Cyrillic), and
free-text requests that have no text in a language.
It reads the file's plain data and its comments, so it works on a draft that does not
validate yet.
"""

from __future__ import annotations

import re
from typing import Any

from ua_letters.resources import script_of, shipped_languages

_CHECK = re.compile(r"^\s*(?:- )?([\w-]+):.*?#[^#]*?(CHECK:.*)$")


def _name(entry: dict[str, Any]) -> str:
    name = entry.get("name")
    if isinstance(name, dict):
        name = next(iter(name.values()), None)
    title = entry.get("title")
    if isinstance(title, dict):
        title = title.get("en") or next(iter(title.values()), None)
    return str(name or title or "?")


def _named_entries(data: dict[str, Any]) -> list[tuple[str, Any]]:
    """(field path, entry) of everyone a case names: the person, the people, the officials."""
    entries: list[tuple[str, Any]] = []
    if isinstance(data.get("person"), dict):
        entries.append(("person", data["person"]))
    for key in ("people", "recipients"):
        entries += [(f"{key}[{i}]", e) for i, e in enumerate(data.get(key) or [])]
    return entries


def _genders(data: dict[str, Any]) -> list[str]:
    entries = _named_entries(data)
    return [
        f"{path} ({_name(e)}): gender unknown; write male or female (every letter but English "
        "needs it)"
        for path, e in entries
        if isinstance(e, dict) and str(e.get("gender", "unknown")) == "unknown"
    ]


def _marked(text: str, key: str) -> list[str]:
    """The CHECK comments on `key:` lines, with their line numbers."""
    found = []
    for number, line in enumerate(text.splitlines(), 1):
        match = _CHECK.match(line)
        if match and match.group(1) == key:
            found.append(f"line {number}: {match.group(2)}")
    return found


def _scripts(data: dict[str, Any]) -> list[str]:
    """Names with no form for a shipped language written in another script than theirs."""
    entries = _named_entries(data)
    found = []
    for path, entry in entries:
        name = entry.get("name") if isinstance(entry, dict) else None
        if not isinstance(name, dict) or "default" in name:
            continue
        missing = [lang for lang in shipped_languages()
                   if lang not in name and script_of(lang) not in name]
        if missing:
            found.append(f"{path}.name ({_name(entry)}): no {', '.join(missing)} form; write "
                         f"it under `{script_of(missing[0])}:` (or `{missing[0]}:`)")
    return found


def _free_texts(data: dict[str, Any]) -> list[str]:
    found = []
    for i, action in enumerate(data.get("actions") or []):
        if isinstance(action, dict) and "request" in action:
            continue
        given = set(action) if isinstance(action, dict) else set(shipped_languages())
        missing = [lang for lang in shipped_languages() if lang not in given]
        if missing and "default" not in given:
            found.append(f"actions[{i}]: free text, no {', '.join(missing)} text; translate "
                         "it, or use a standard request (ua-letters languages)")
    return found


def needs_human(text: str, data: Any) -> dict[str, list[str]]:
    """{heading: items} of what a person must still do; empty headings left out."""
    if not isinstance(data, dict):
        return {}
    groups = {
        "genders unknown": _genders(data),
        "genders guessed": [m for m in _marked(text, "gender") if "guessed" in m],
        "titles to check": _marked(text, "title"),
        "names to check (Cyrillic offered, or Latin kept)": _marked(text, "name"),
        "names still to write in another script": _scripts(data),
        "free text to translate": _free_texts(data),
    }
    return {heading: items for heading, items in groups.items() if items}

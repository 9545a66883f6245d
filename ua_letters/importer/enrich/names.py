"""Names for letters in another script: Cyrillic offered, or the Latin spelling kept.

A name from the former Soviet Union is offered back in Cyrillic (enrich/cyrillic.py); a
name from a country known not to write Cyrillic is kept in Latin letters for the letter
languages whose rule says so (compose/latin_names.yaml). A name whose country is not known
gets neither: it may be either kind.
"""

from __future__ import annotations

from typing import Any

from ua_letters.compose.offices import match_office_of
from ua_letters.importer.enrich.cyrillic import FORMER_USSR, given_name_first, to_cyrillic
from ua_letters.importer.enrich.latin_names import keeping_latin, may_keep, needing_own_script
from ua_letters.importer.enrich.notes import value, with_note
from ua_letters.importer.result import ImportedUA


def offer_script_forms(
    holder: dict[str, Any], country: str | None, confirmed: bool = False
) -> None:
    """Add the Cyrillic form of a Latin-letter name, when the country writes it so; for a
    name from a country known not to, what latin_names.yaml says each language keeps.

    `confirmed`: an official's title names the country too, so it is not the copying
    section's; a name is then kept in Latin letters even when a word of it ends like a
    Soviet surname (the Chinese given name Xiaoyan, not an Armenian -yan)."""
    name = value(holder.get("name"))
    if not isinstance(name, dict) or "cyrl" in name:
        return
    if country is not None and country not in FORMER_USSR:
        _latin_kept(holder, name, confirmed)
        return
    if country is None:
        return  # it may be a name from the former Soviet Union: neither offered nor kept
    latin = name.get("latn")
    cyrillic = to_cyrillic(latin, country) if isinstance(latin, str) else None
    if not cyrillic:
        return
    note = f"CHECK: the Cyrillic form is offered ({cyrillic})"
    latin_first = given_name_first(latin) if isinstance(latin, str) else None
    if latin_first:  # the Latin letters put the given name first, as the Cyrillic does
        name = {**name, "latn": latin_first}
        note += f"; the Latin form given name first (the UA writes {latin})"
    holder["name"] = with_note(holder["name"], {**name, "cyrl": cyrillic}, note)


def _latin_kept(holder: dict[str, Any], name: dict[str, Any], confirmed: bool) -> None:
    latin = name.get("latn")
    languages = [lang for lang in keeping_latin() if lang not in name]
    if not isinstance(latin, str) or not languages or not (confirmed or may_keep(latin)):
        return
    others = ", ".join(needing_own_script())
    holder["name"] = with_note(
        holder["name"], {**name, **dict.fromkeys(languages, latin)},
        f"CHECK: {', '.join(languages)} letters keep a foreign name in Latin letters "
        "(ua_letters/compose/latin_names.yaml); to write it in Cyrillic, put "
        "`cyrl: …` in place of " + ", ".join(f"`{lang}:`" for lang in languages)
        + (f" ({others} letters need that Cyrillic form)" if others else ""))


def named_states(recipients: list[Any]) -> set[str]:
    """The states the officials' titles name ("President of Kyrgyzstan"), ambassadors'
    aside (an ambassador's title may name the host state)."""
    named = set()
    for item in recipients:
        rec = value(item)
        title = value(rec.get("title")) if isinstance(rec, dict) else None
        english = title.get("en") if isinstance(title, dict) else None
        found = match_office_of(english) if isinstance(english, str) else None
        if found is not None and found[0].role != "ambassador":
            named.add(found[1])
    return named


def case_country(recipients: list[Any], ua: ImportedUA) -> str | None:
    """The country of the people concerned, for their names: the UA's, unless the titles
    of its officials all name one other state. A page copied by a section (AIUSA's about
    Kyrgyzstan, read as the US) names the state in "President of Kyrgyzstan"; Askarov is
    then written back in Cyrillic, not kept in Latin letters as a US name would be."""
    named = named_states(recipients)
    if len(named) == 1 and ua.country not in named:
        return named.pop()
    return ua.country

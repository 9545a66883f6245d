"""Why each imported draft does not render in all six languages.

`python -m tests.drafting.render_blockers [-v]`:
render_scores gives the first reason a draft fails; this gives all of them, sorted into
what the stored page or the importer lacks (no action bullets, no UA number, …) and what
the drafting step could translate (titles, names in Cyrillic, free-text requests, genders).
A draft is first checked as it is; each gap of the first kind is then filled with a
placeholder (recorded as a blocker) so that the translation gaps behind it show too — a
page without action bullets still says whether its titles and names would have rendered.
`-v` prints every draft's blockers; the totals count the drafts each blocker stops.
"""

from __future__ import annotations

import sys
from collections import Counter
from typing import Any

from pydantic import ValidationError

from tests.drafting.render_scores import DOCUMENTS, LANGUAGES, ON, imported_draft, real_documents
from ua_letters.api import plan_letters
from ua_letters.case.model import Case
from ua_letters.compose.checks import gender_problems
from ua_letters.errors import UaLettersError

UPSTREAM = "page/importer"
DRAFTING = "drafting"


def _fill_upstream(data: dict[str, Any]) -> list[str]:
    """Placeholders for what the page or the importer did not give; the blockers found."""
    found = []
    ua = data.setdefault("ua", {})
    if not ua.get("country"):
        found.append("no country read")
        ua["country"] = "EG"
    if not data.get("languages"):
        found.append("no letter language in the draft")
        data["languages"] = ["en"]
    for person in [data.get("person"), *(data.get("people") or [])]:
        if isinstance(person, dict) and not person.get("name"):
            found.append("no name of the person concerned")
            person["name"] = "Placeholder"  # one spelling for every language
            if person.get("gender") in (None, "unknown"):
                person["gender"] = "female"  # a Latin name in Kyrgyz needs one (айым)
    if not data.get("actions"):
        found.append("no action bullets in the stored page")
        data["actions"] = [{"request": "release"}]
    if not data.get("facts") and not data.get("situation"):
        found.append("no facts and no situation read")
        data["situation"] = {"kind": "detained"}
    for rec in data.get("recipients") or []:
        if not (rec.get("address") or rec.get("fax") or rec.get("email")):
            found.append("an official without address, fax or e-mail")
            rec["address"] = ["Placeholder"]
        if not (rec.get("name") or rec.get("title")):
            found.append("an official without name or title")
            rec["title"] = {"en": "Placeholder"}
    return found


def _validated(data: dict[str, Any], found: list[str]) -> Case | None:
    for _ in range(10):  # drop what still does not validate (a malformed fax), noting it
        try:
            return Case.model_validate(data)
        except ValidationError as error:
            first = error.errors()[0]
            where = [str(p) for p in first["loc"]]
            if where[:1] == ["recipients"] and len(where) > 2:
                found.append(f"an official's {where[2]} that does not validate")
                data["recipients"][int(where[1])].pop(where[2], None)
                continue
            found.append(f"does not validate: {'.'.join(where)}")
            return None
    return None


def _translation_blockers(case: Case) -> dict[str, set[str]]:
    """Blocker -> the languages it stops."""
    stops: dict[str, set[str]] = {}

    def add(blocker: str, language: str) -> None:
        stops.setdefault(blocker, set()).add(language)

    for language in LANGUAGES:
        for path in case.untranslated(language):
            if path.startswith(("person.", "people[")):
                add("person's name: no form in this script", language)
            elif path.startswith("group."):
                add("group's name: no text in this language", language)
            elif path == "facts":
                add("facts: no text in this language (and no situation)", language)
            elif path.startswith("actions["):
                add("free-text request", language)
            elif path.endswith(".name"):
                add("official's name: no form in this script", language)
            elif path.endswith(".title"):
                add("official's title: no text in this language", language)
            else:
                add(f"{path.split('.')[-1]}: no text in this language", language)
        if gender_problems(case, language):
            add("official's gender unknown", language)
        if not any(language in s for s in stops.values()):
            try:
                plan_letters(case, [language], None, ON)
            except UaLettersError as error:
                reason = str(error.problems[0]) if error.problems else str(error)
                add(f"compose: {reason[:70]}", language)
    return stops


def blockers(document: Any) -> tuple[list[str], dict[str, set[str]]]:
    """(what the page or importer lacks, translation blocker -> languages) of one draft."""
    try:
        data = imported_draft(document)
    except UaLettersError:
        return ["import fails (no recipient found)"], {}
    found = _fill_upstream(data)
    case = _validated(data, found)
    return found, (_translation_blockers(case) if case is not None else {})


def main() -> None:
    verbose = "-v" in sys.argv[1:]
    for title, documents in (("importer fixtures and seed", DOCUMENTS),
                             ("real corpus, pages naming an official", real_documents())):
        totals: Counter[tuple[str, str]] = Counter()
        clean = upstream_clean = drafting_clean = 0
        for document in documents:
            upstream, translation = blockers(document)
            clean += not upstream and not translation
            drafting_clean += not translation
            upstream_clean += not upstream
            for blocker in set(upstream):
                totals[(UPSTREAM, blocker)] += 1
            for blocker, languages in translation.items():
                totals[(DRAFTING, f"{blocker} [{','.join(sorted(languages))}]")] += 1
            if verbose:
                print(f"  {document.stem}")
                for blocker in upstream:
                    print(f"      page/importer: {blocker}")
                for blocker, languages in translation.items():
                    print(f"      drafting: {blocker} [{','.join(sorted(languages))}]")
        print(f"#### {title}: {len(documents)} drafts; {upstream_clean} with nothing missing "
              f"from the page or the importer; {clean} with no blocker at all; "
              f"{drafting_clean} with no drafting blocker (the page's gaps filled)")
        for (kind, blocker), count in sorted(totals.items(), key=lambda t: (t[0][0], -t[1])):
            print(f"  {count:3}  {kind:14} {blocker}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()

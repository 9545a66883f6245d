"""How many imported drafts compose in all six languages with no edit.

`python -m tests.drafting.render_scores`: imports every UA of tests/fixtures/import/ and
the seed, and for each draft composes every letter in ru, ky, de, fr, es and en (the
same composition `render` runs before writing files). It prints, per draft, the
languages that compose and the first reason the others do not, and the totals: with
no edit at all, and with the free-text requests set aside (what a section office would
translate or drop) — the second figure is what the program itself can do.

A letter counts only if no English office word is left in a non-English letter ("Prosecutor"
in a title line of a Russian letter): the address and the organisation, which are printed
as the UA gives them, are the only lines not searched.
`python -m tests.drafting.render_blockers` gives every reason a draft fails.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from ua_letters.api import plan_letters
from ua_letters.case.model import Case
from ua_letters.compose.checks import language_problems
from ua_letters.errors import UaLettersError
from ua_letters.importer import draft_yaml, import_bytes

ROOT = Path(__file__).resolve().parents[1] / "fixtures"
DOCUMENTS = [*sorted((ROOT / "import").glob("*.txt")), ROOT / "ua-135-10-askarov.txt"]
CORPUS = ROOT / "import" / "corpus"
LANGUAGES = ("ru", "ky", "de", "fr", "es", "en")
ON = date(2010, 8, 20)
# English words of office titles, and the languages that write the same word themselves.
_ENGLISH_OFFICE_WORDS = {
    "prosecutor": (), "procurator": (), "attorney": (), "ambassador": (), "governor": (),
    "chairman": (), "president": (), "minister": ("de",), "director": ("es",),
    "judiciary": (), "police": ("fr",), "chief": (), "head": (), "ministry": (),
}


@dataclass
class Outcome:
    name: str
    ok: tuple[str, ...]
    why: dict[str, str]


def _compose(data: dict[str, Any], name: str) -> Outcome:
    try:
        case = Case.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        return Outcome(name, (), {lang: f"{where}: {first['msg']}" for lang in LANGUAGES})
    ok, why = [], {}
    for lang in LANGUAGES:
        problems = [f"{p}: has no {lang} text" for p in case.untranslated(lang)]
        problems += [str(p) for p in language_problems(case, lang)]
        if not problems:
            try:
                letters = plan_letters(case, [lang], None, ON)
            except UaLettersError as error:
                problems.append(str(error.problems[0]) if error.problems else str(error))
            else:
                problems += english_office_words(case, letters, lang)
        if problems:
            why[lang] = problems[0]
        else:
            ok.append(lang)
    return Outcome(name, tuple(ok), why)


def english_office_words(case: Case, letters: list[Any], language: str) -> list[str]:
    """An English office word in a non-English letter, outside the address lines."""
    if language == "en":
        return []
    printed = {line for r in case.recipients for line in (r.address or [])}
    printed |= {str(v) for r in case.recipients if r.organisation is not None
                for v in ([r.organisation] if isinstance(r.organisation, str)
                          else r.organisation.values())}
    found = []
    for letter in letters:
        for block in letter.blocks:
            if block.kind == "to" and block.text in printed:
                continue
            text = re.sub(r"\S+@\S+|https?://\S+", "", block.text)  # e-mail, web addresses
            for word, own in _ENGLISH_OFFICE_WORDS.items():
                if language not in own and re.search(rf"\b{word}\b", text, re.I):
                    found.append(f"English office word {word!r} in the {language} letter: "
                                 f"{block.text[:60]}")
    return found


def names_an_official(truth: Path) -> bool:
    """Whether a corpus page's truth has a main recipient with an address or a fax."""
    data = yaml.safe_load(truth.read_text(encoding="utf-8")) or {}
    return any(
        isinstance(r, dict) and not r.get("copy") and (r.get("address") or r.get("fax"))
        for r in data.get("recipients") or []
    )


def real_documents() -> list[Path]:
    return [
        page for page in sorted(CORPUS.glob("*.txt"))
        if names_an_official(page.with_suffix(".truth.yaml"))
    ]


def written_draft(document: Path) -> str:
    """The draft YAML of a page as found, comments included: the fixture's own `# source:`
    header lines are ours, not the page's, so the importer never sees them."""
    lines = document.read_bytes().split(b"\n")  # bytes: some fixtures are not UTF-8
    while lines and lines[0].startswith(b"#"):
        lines.pop(0)
    return draft_yaml(import_bytes(b"\n".join(lines), str(document)))


def imported_draft(document: Path) -> dict[str, Any]:
    """The draft of a page as found, as data (see `written_draft`)."""
    return yaml.safe_load(written_draft(document))


def outcomes(set_free_text_aside: bool, documents: list[Path] | None = None) -> list[Outcome]:
    found = []
    for document in DOCUMENTS if documents is None else documents:
        try:
            data = imported_draft(document)
        except UaLettersError as error:
            found.append(Outcome(document.stem, (), {"all": f"import: {error}"}))
            continue
        if set_free_text_aside:
            kept = [a for a in data.get("actions") or [] if isinstance(a, dict) and "request" in a]
            if not kept:
                found.append(Outcome(document.stem, (), {"all": "no standard request at all"}))
                continue
            data["actions"] = kept
        found.append(_compose(data, document.stem))
    return found


def main() -> None:
    verbose = "-v" in sys.argv[1:]
    sets = (("importer fixtures and seed", DOCUMENTS),
            ("real corpus, pages naming an official with address or fax", real_documents()))
    for title, documents in sets:
        print(f"#### {title}")
        for aside in (False, True):
            results = outcomes(aside, documents)
            label = "free text set aside" if aside else "no edit"
            full = sum(len(r.ok) == len(LANGUAGES) for r in results)
            print(f"== {label}: {full}/{len(results)} drafts compose in all six languages")
            for r in results:
                reason = next(iter(r.why.values()), "")
                print(f"  {r.name:42} {','.join(r.ok) or '-':20} {reason[:90]}")
                for lang, why in list(r.why.items())[1:] if verbose else ():
                    print(f"  {'':42} {lang:20} {why[:90]}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()

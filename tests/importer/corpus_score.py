"""Score the importer against the real-UA corpus, field by field.

Each page in tests/fixtures/import/corpus/ has a hand-written `.truth.yaml`. The scorer
imports the page (without its `#` source header), pairs found recipients with true ones,
and counts, per recipient field (title, name, organisation, care_of, address, each fax,
phone, e-mail and salutation):

- *placed*: a true value found in its own field (the issue's "lands in the right field");
- *misplaced*: a true value found, but in another field of the same recipient;
- *written right*: a value the importer wrote that equals the truth for that field;
- *wrong numbers*: a fax or phone whose digits are neither the true number nor the true
  number without its country code (a missing code is "incomplete", not wrong);
- *spurious*: a found recipient that matches no true one.

The header (number, update, issue date, deadline, languages, people) is scored on the
fields the page states; a header value the page does not state counts as wrong. A field
the truth knows only from the page's address (`from_source: [update]`: the URL says
"urgent-action-update", the text does not) is not scored: the importer never sees it.

Run: `python -m tests.importer.corpus_score` (add `-v` for every miss).
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from ua_letters.importer import DocumentError, ImportedUA, import_bytes
from ua_letters.importer.result import FoundRecipient

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "import" / "corpus"
TEXT_FIELDS = ("title", "name", "organisation", "care_of", "address")
LIST_FIELDS = ("fax", "phone", "email")
NUMBER_FIELDS = ("fax", "phone")
HEADER_FIELDS = ("number", "update", "issued", "deadline", "languages", "people")


@dataclass
class Score:
    """Counts for one page or for the whole corpus."""

    true_values: int = 0
    placed: int = 0
    misplaced: int = 0
    written: int = 0
    written_right: int = 0
    wrong_numbers: int = 0
    incomplete_numbers: int = 0
    true_recipients: int = 0
    found_recipients: int = 0
    spurious: int = 0
    clean_recipients: int = 0
    header_stated: int = 0
    header_read: int = 0
    header_wrong: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name, value in vars(other).items():
            if isinstance(value, int):
                setattr(self, name, getattr(self, name) + value)
        self.misses.extend(other.misses)

    @property
    def placed_share(self) -> float:
        return self.placed / self.true_values if self.true_values else 1.0

    @property
    def right_share(self) -> float:
        return self.written_right / self.written if self.written else 1.0


def page_text(path: Path) -> str:
    """The page as found, without the fixture's leading `#` header lines."""
    lines = path.read_text(encoding="utf-8").split("\n")
    while lines and lines[0].startswith("#"):
        lines.pop(0)
    return "\n".join(lines)


def words(value: Any) -> str:
    """A comparable form of a text value: its words, lower-cased, in order."""
    if isinstance(value, list):
        value = " ".join(str(v) for v in value)
    return " ".join(re.findall(r"\w+", str(value).casefold()))


def digits(value: str) -> str:
    return re.sub(r"\D", "", value)


def _found_values(recipient: FoundRecipient) -> dict[str, list[str]]:
    values: dict[str, list[str]] = {}
    for name in TEXT_FIELDS:
        raw = getattr(recipient, name, None)
        if raw:
            values[name] = [words(raw)]
    for name in LIST_FIELDS:
        values[name] = list(getattr(recipient, name))
    values["salutation"] = [words(text) for text in recipient.salutation.values()]
    return values


def _true_values(truth: dict[str, Any]) -> dict[str, list[str]]:
    values: dict[str, list[str]] = {}
    for name in TEXT_FIELDS:
        if truth.get(name):
            values[name] = [words(truth[name])]
    for name in LIST_FIELDS:
        values[name] = [str(v) for v in truth.get(name) or []]
    values["salutation"] = [words(v) for v in (truth.get("salutation") or {}).values()]
    return values


def _same(name: str, found: str, true: str) -> bool:
    if name in NUMBER_FIELDS:
        return digits(found) == digits(true)
    if name == "email":
        return found.strip().casefold() == true.strip().casefold()
    return found == true


def _similarity(found: FoundRecipient, truth: dict[str, Any]) -> int:
    score = 0
    for name in ("name", "title", "organisation"):
        a = set(words(getattr(found, name) or "").split())
        b = set(words(truth.get(name) or "").split())
        score += 2 * len(a & b) if name == "name" else len(a & b)
    found_numbers = {digits(n)[-7:] for n in found.fax + found.phone}
    listed = (truth.get("fax") or []) + (truth.get("phone") or [])
    true_numbers = {digits(str(n))[-7:] for n in listed}
    return score + 2 * len(found_numbers & true_numbers)


def _pair(found: list[FoundRecipient], truths: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """Greedy pairs (found index, truth index) by similarity; unmatched found are spurious."""
    candidates = sorted(
        ((_similarity(f, t), i, j) for i, f in enumerate(found) for j, t in enumerate(truths)),
        reverse=True,
    )
    pairs: list[tuple[int, int]] = []
    used_found: set[int] = set()
    used_truth: set[int] = set()
    for similarity, i, j in candidates:
        if similarity <= 0 or i in used_found or j in used_truth:
            continue
        pairs.append((i, j))
        used_found.add(i)
        used_truth.add(j)
    return pairs


def _score_recipient(
    found: FoundRecipient | None, truth: dict[str, Any], aliases: dict[str, list[str]], where: str
) -> Score:
    score = Score(true_recipients=1)
    want = _true_values(truth)
    have = _found_values(found) if found else {}
    clean = found is not None
    for name, values in want.items():
        for value in values:
            score.true_values += 1
            options = [value, *aliases.get(name, [])]
            if any(_same(name, got, option) for got in have.get(name, []) for option in options):
                score.placed += 1
                continue
            clean = False
            elsewhere = [other for other, got in have.items() if other != name
                         and any(_same(other, g, value) for g in got)]
            if elsewhere:
                score.misplaced += 1
                score.misses.append(f"{where}: {name} {value!r} found in {elsewhere[0]}")
            else:
                score.misses.append(f"{where}: {name} {value!r} missing")
    for name, got in have.items():
        for value in got:
            score.written += 1
            options = want.get(name, []) + aliases.get(name, [])
            if any(_same(name, value, option) for option in options):
                score.written_right += 1
                continue
            clean = False
            score.misses.append(f"{where}: wrote {name} {value!r}")
            if name in NUMBER_FIELDS:
                true_digits = [digits(v) for v in want.get(name, [])]
                if any(t.endswith(digits(value)) and len(digits(value)) >= 7 for t in true_digits):
                    score.incomplete_numbers += 1
                else:
                    score.wrong_numbers += 1
                    score.misses.append(f"{where}: WRONG NUMBER {name} {value!r}")
    if found is not None and truth.get("copy", False) != found.copy:
        clean = False
        score.misses.append(f"{where}: copy flag {found.copy}")
    score.clean_recipients = int(clean)
    return score


def _header(ua: ImportedUA | None, truth: dict[str, Any], where: str) -> Score:
    score = Score()
    head = truth.get("ua") or {}
    people = [words(p) for p in truth.get("people") or []]
    stated: dict[str, Any] = {
        "number": head.get("number"),
        "update": bool(head.get("update")),
        "issued": head.get("issued"),
        "deadline": head.get("deadline"),
        "languages": sorted(truth.get("languages_requested") or []),
        "people": sorted(people),
    }
    found: dict[str, Any] = {name: None for name in HEADER_FIELDS}
    if ua is not None:
        found = {
            "number": ua.number,
            "update": ua.is_update,
            "issued": ua.issued,
            "deadline": ua.deadline,
            "languages": sorted(ua.languages_requested),
            "people": sorted(words(p.name) for p in ua.people),
        }
    for name in HEADER_FIELDS:
        if name in (truth.get("from_source") or []):
            continue  # known from the page's address only, not from the text imported
        want, got = stated[name], found[name]
        if isinstance(want, date) or isinstance(got, date):
            want, got = str(want) if want else None, str(got) if got else None
        if want not in (None, False, []):
            score.header_stated += 1
            if got == want:
                score.header_read += 1
            else:
                score.misses.append(f"{where}: header {name} {got!r} != {want!r}")
                if got not in (None, False, []):
                    score.header_wrong += 1
        elif got not in (None, False, []):
            score.header_wrong += 1
            score.misses.append(f"{where}: header {name} {got!r} not stated")
    return score


def score_page(text_path: Path) -> Score:
    truth_path = text_path.with_name(text_path.name.removesuffix(".txt") + ".truth.yaml")
    truth = yaml.safe_load(truth_path.read_text(encoding="utf-8"))
    where = text_path.stem
    ua: ImportedUA | None
    try:
        ua = import_bytes(page_text(text_path).encode("utf-8"), text_path.name)
    except DocumentError:
        ua = None
    found = list(ua.recipients) if ua else []
    truths: list[dict[str, Any]] = truth.get("recipients") or []
    aliases: dict[int, dict[str, list[str]]] = {}
    for alias in truth.get("aliases") or []:
        value = alias["value"]
        aliases.setdefault(alias["recipient"], {}).setdefault(alias["field"], []).append(
            words(value) if alias["field"] not in LIST_FIELDS else value)
    score = _header(ua, truth, where)
    score.found_recipients = len(found)
    pairs = dict((j, i) for i, j in _pair(found, truths))
    for j, true in enumerate(truths):
        i = pairs.get(j)
        score.add(_score_recipient(found[i] if i is not None else None, true,
                                   aliases.get(j, {}), f"{where} #{j + 1}"))
    for i, recipient in enumerate(found):
        if i not in pairs.values():
            score.spurious += 1
            score.misses.append(
                f"{where}: SPURIOUS recipient {recipient.title!r} {recipient.name!r}")
            for got in _found_values(recipient).values():
                score.written += len(got)
    return score


def score_corpus(directory: Path = CORPUS) -> tuple[Score, dict[str, Score]]:
    pages = {path.stem: score_page(path) for path in sorted(directory.glob("*.txt"))}
    total = Score()
    for page in pages.values():
        total.add(page)
    return total, pages


def report(total: Score, pages: dict[str, Score]) -> str:
    lines = [
        f"pages: {len(pages)}",
        f"recipients: {total.true_recipients} true, {total.found_recipients} found, "
        f"{total.clean_recipients} clean, {total.spurious} spurious",
        f"recipient fields in the right field: {total.placed}/{total.true_values} "
        f"= {total.placed_share:.1%} (misplaced {total.misplaced})",
        f"values written that are right: {total.written_right}/{total.written} "
        f"= {total.right_share:.1%}",
        f"wrong numbers: {total.wrong_numbers} (incomplete, no country code: "
        f"{total.incomplete_numbers})",
        f"header fields read: {total.header_read}/{total.header_stated} "
        f"(wrong: {total.header_wrong})",
    ]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    total, pages = score_corpus()
    print(report(total, pages))
    if "-v" in argv:
        print("\n".join(total.misses))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

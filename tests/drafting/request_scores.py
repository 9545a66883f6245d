"""Score request recognition on the labelled bullets: `python -m tests.drafting.request_scores`.

Precision: of the bullets mapped to standard requests, how many got exactly the right ones.
Recall: of the bullets labelled with standard requests, how many were mapped so. A bullet
that asks several standard things is labelled with the list of them (in its order) and is
right only when it maps to all of them and nothing else. Every
wrong mapping is printed, since one changes what a letter asks for; `-v` also prints
every standard text that was missed. The figures are given for all the labelled items
(bullets.yaml and real_bullets.yaml) and for those from real pages alone (a `source`
that is a web address), since the importer's own fixtures are not real UAs.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ua_letters.importer.compound import recognise_all
from ua_letters.importer.requests import Concerned

BULLETS = Path(__file__).with_name("bullets.yaml")
REAL = Path(__file__).with_name("real_bullets.yaml")
_GENDER = {"male": "m", "female": "f"}


@dataclass
class Scores:
    total: int = 0
    mapped: int = 0
    right: int = 0
    standard: int = 0
    wrong: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.right / self.mapped if self.mapped else 1.0

    @property
    def recall(self) -> float:
        return self.right / self.standard if self.standard else 1.0


def concerned(item: dict[str, Any]) -> Concerned:
    """Who the item concerns: its `people`, or its `group` (the group's name)."""
    if item.get("group"):
        return Concerned(group=item["group"])
    people = item.get("people") or []
    return Concerned(
        tuple(p["name"] for p in people), tuple(_GENDER.get(p["gender"], "") for p in people)
    )


def items(paths: tuple[Path, ...] = (BULLETS, REAL)) -> list[dict[str, Any]]:
    """Every labelled item of `paths`, in order."""
    found: list[dict[str, Any]] = []
    for path in paths:
        found += yaml.safe_load(path.read_text(encoding="utf-8"))
    return found


def labels(item: dict[str, Any]) -> tuple[str, ...]:
    """The standard requests an item is labelled with, in order; () for `free`."""
    label = item["label"]
    if label == "free":
        return ()
    return tuple(label) if isinstance(label, list) else (label,)


def is_real(item: dict[str, Any]) -> bool:
    return str(item["source"]).startswith(("http://", "https://"))


def score(path: Path | None = None, real_only: bool = False) -> Scores:
    """The scores on `path` (default: both labelled files), or on their real items."""
    scores = Scores()
    for item in items((path,) if path else (BULLETS, REAL)):
        if real_only and not is_real(item):
            continue
        scores.total += 1
        label = labels(item)
        scores.standard += bool(label)
        found = recognise_all(item["text"], item["language"], concerned(item))
        if found is None:
            if label:
                scores.missed.append(f"{'+'.join(label)}: {item['text']}")
            continue
        scores.mapped += 1
        got = tuple(hit.request for hit in found)
        if got == label:
            scores.right += 1
        else:
            scores.wrong.append(f"{'+'.join(got)} (labelled {item['label']}): {item['text']}")
    return scores


def main() -> None:
    verbose = "-v" in sys.argv[1:]
    for label, real_only in (("all labelled items", False), ("from real pages only", True)):
        s = score(real_only=real_only)
        print(f"== {label}: {s.total} texts, {s.standard} standard, {s.mapped} mapped, "
              f"{s.right} right")
        print(f"   precision {s.precision:.1%}, recall {s.recall:.1%}")
        for line in s.wrong:
            print(f"   WRONG {line}")
        for line in s.missed if verbose else ():
            print(f"   missed {line[:150]}")


if __name__ == "__main__":
    main()

"""Score request recognition on the labelled bullets: `python -m tests.drafting.request_scores`.

Precision: of the bullets mapped to a standard request, how many got the right one.
Recall: of the bullets labelled with a standard request, how many were mapped. Every
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

from ua_letters.importer.requests import Concerned, recognise

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


def is_real(item: dict[str, Any]) -> bool:
    return str(item["source"]).startswith(("http://", "https://"))


def score(path: Path | None = None, real_only: bool = False) -> Scores:
    """The scores on `path` (default: both labelled files), or on their real items."""
    scores = Scores()
    for item in items((path,) if path else (BULLETS, REAL)):
        if real_only and not is_real(item):
            continue
        scores.total += 1
        label = item["label"]
        scores.standard += label != "free"
        found = recognise(item["text"], item["language"], concerned(item))
        if found is None:
            if label != "free":
                scores.missed.append(f"{label}: {item['text']}")
            continue
        scores.mapped += 1
        if found.request == label:
            scores.right += 1
        else:
            scores.wrong.append(f"{found.request} (labelled {label}): {item['text']}")
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

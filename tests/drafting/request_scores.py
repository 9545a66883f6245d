"""Score request recognition on the labelled bullets: `python -m tests.drafting.request_scores`.

Precision: of the bullets mapped to a standard request, how many got the right one.
Recall: of the bullets labelled with a standard request, how many were mapped. Every
wrong mapping is printed, since one changes what a letter asks for.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ua_letters.importer.requests import Concerned, recognise

BULLETS = Path(__file__).with_name("bullets.yaml")
_GENDER = {"male": "m", "female": "f"}


@dataclass
class Scores:
    total: int = 0
    mapped: int = 0
    right: int = 0
    standard: int = 0
    wrong: list[str] = field(default_factory=list)

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


def score(path: Path = BULLETS) -> Scores:
    scores = Scores()
    for item in yaml.safe_load(path.read_text(encoding="utf-8")):
        scores.total += 1
        label = item["label"]
        scores.standard += label != "free"
        found = recognise(item["text"], item["language"], concerned(item))
        if found is None:
            continue
        scores.mapped += 1
        if found.request == label:
            scores.right += 1
        else:
            scores.wrong.append(f"{found.request} (labelled {label}): {item['text']}")
    return scores


def main() -> None:
    s = score()
    print(f"{s.total} bullets, {s.standard} standard, {s.mapped} mapped, {s.right} right")
    print(f"precision {s.precision:.1%}, recall {s.recall:.1%}")
    for line in s.wrong:
        print(f"  WRONG {line}")


if __name__ == "__main__":
    main()

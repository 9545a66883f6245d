"""The real-UA corpus score must not fall below what was measured (see corpus_score.py).

Measured on 2026-12-08 over 63 pages (23 not in English): 365/382 recipient fields in
the right field (95.5 %), 364/366 values written right (99.5 %), no wrong number, no
spurious recipient, 111 of the 112 stated header fields read. Pages 60 (a group's letter,
its text wrapped line by line from a PDF, under "Monseigneur,") and 62 (the addressee in a
French sentence) do not import: their 14 fields and page 60's person are the misses added
since the 58 pages (350/354, 350/352, 108/108). One header value is wrong, and known: page
63 reports Aung San Suu Kyi's release above a letter that concerns other, unnamed people,
and the importer takes her for the person concerned. Page 25's "update" is known only from
its address and is not scored (`from_source` in its truth file), and page 44's 1996 Mexico
City faxes, which no longer exist, are not true values (`fax_obsolete`): the importer
leaves them out with a warning. The floors sit at these figures.
"""

from __future__ import annotations

import yaml

from tests.importer.corpus_score import CORPUS, report, score_corpus

# The header values known to be wrong, each named: a new one fails, and so does a fix that
# is not recorded here.
KNOWN_WRONG_HEADER = [
    "63-amnesty-au-nsw-burma-rudd-2010: header people ['aung san suu kyi'] not stated",
]


def test_corpus_is_real_and_multilingual() -> None:
    pages = sorted(CORPUS.glob("*.txt"))
    assert len(pages) >= 40
    for page in pages:
        assert page.read_text(encoding="utf-8").startswith("# source: http"), page.name
    languages = [
        yaml.safe_load(page.with_name(page.stem + ".truth.yaml").read_text())["language"]
        for page in pages
    ]
    assert sum(language != "en" for language in languages) >= 10


def test_corpus_score_does_not_regress() -> None:
    total, pages = score_corpus()
    print(report(total, pages))
    assert total.wrong_numbers == 0, [m for m in total.misses if "WRONG NUMBER" in m]
    assert total.spurious == 0, [m for m in total.misses if "SPURIOUS" in m]
    wrong_header = [m for m in total.misses if ": header " in m and not any(
        f" {empty} != " in m for empty in ("None", "False", "[]"))]
    assert total.header_wrong == len(KNOWN_WRONG_HEADER), wrong_header
    assert wrong_header == KNOWN_WRONG_HEADER
    assert total.placed_share >= 0.9554, total.misses
    assert total.right_share >= 0.9945, total.misses
    assert total.header_read >= 111, [m for m in total.misses if "header" in m]

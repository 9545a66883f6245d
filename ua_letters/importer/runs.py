"""Cut a run of recipient fields written without commas into its fields.

AIUSA pages put a whole official on one line with no separators at all: "Ambassador
Dmitry Basik Embassy of Belarus 1619 New Hampshire Ave NW, Washington DC 20009". The
words themselves mark where a field begins: an organisation word ("Embassy of",
"Permanent Mission"), a "c/o", a title after a name ("Andrey Shved Prosecutor General"),
a street prefix ("Vul.", "ul.") or the first house number. The cut is made on words, one
pass, so its cost grows with the length of the line and nothing else.
"""

from __future__ import annotations

from ua_letters.importer.names import starts_title
from ua_letters.importer.vocab import ADDRESS_WORDS, ORG_STARTS, STREET_PREFIXES, TITLE_START

_TITLE_FIRST = frozenset(start.split()[0] for start in TITLE_START)
_MAX_WORDS = 80  # a longer run is prose, not a recipient


def _low(token: str) -> str:
    return token.strip(".,;:()\"'’“”").lower()


def _capital(token: str) -> bool:
    return token[:1].isupper()


def split_run(piece: str) -> list[str]:
    """'Ambassador X Y Embassy of Z 12 Main St' -> ['Ambassador X Y', 'Embassy of Z',
    '12 Main St']; a piece with no such boundary comes back whole."""
    tokens = piece.split()
    if len(tokens) < 4 or len(tokens) > _MAX_WORDS or _low(tokens[0]) in ADDRESS_WORDS or (
        _low(tokens[0]) in STREET_PREFIXES or tokens[0][:1].isdigit()
    ):
        return [piece]  # "ul. B. Dmitrovka, 15a" is already an address line
    cuts: set[int] = set()
    names_before = 0
    address_at: int | None = None
    for i, token in enumerate(tokens):
        low = _low(token)
        nxt = _low(tokens[i + 1]) if i + 1 < len(tokens) else ""
        opens_org = low in ORG_STARTS and (not ORG_STARTS[low] or nxt in ORG_STARTS[low])
        if i and (low in ("c/o", "care") or (
            opens_org and _capital(token) and i - 1 not in cuts and i - max(cuts, default=0) >= 2
            and _low(tokens[i - 1]) not in ("c/o", "of", "the", "to", "and")
        )):
            cuts.add(i)
        elif i and low in _TITLE_FIRST and names_before >= 2 and _capital(token) and \
                starts_title(" ".join(tokens[i : i + 4])):
            cuts.add(i)  # "Andrey Shved Prosecutor General …"
        if address_at is None and i and (
            token[:1].isdigit() or (low in STREET_PREFIXES and i + 1 < len(tokens)
                                    and _capital(tokens[i + 1]))
        ):
            address_at = i
        names_before = names_before + 1 if _capital(token) and low not in _TITLE_FIRST else 0
    if address_at is not None:
        start = address_at
        for back in range(address_at - 1, max(address_at - 6, max(cuts, default=0)), -1):
            if _low(tokens[back]) in ADDRESS_WORDS and _capital(tokens[back]):
                start = back  # "Avenue Franklin Roosevelt No. 15"
        # "Tekhnichesky per. 2": street words before the number belong to the address
        before = tokens[start - 1] if start > 1 else ""
        suffix = _low(before) in ADDRESS_WORDS and _low(before) not in STREET_PREFIXES
        if before[:1].islower() and suffix:
            start -= 1
            if start > 1 and _capital(tokens[start - 1]) and start - 1 > max(cuts, default=0):
                start -= 1
        prefix = tokens[max(cuts, default=0) if max(cuts, default=0) < start else 0:start]
        if len(prefix) >= 2 and not all(_low(t) in ADDRESS_WORDS for t in prefix):
            cuts = {c for c in cuts if c < start} | {start}
        else:
            cuts = {c for c in cuts if c < start}  # "Diagonal 22B No. 52-01" is one street
    pieces: list[str] = []
    begin = 0
    for cut in sorted(cuts):
        if cut > begin:
            pieces.append(" ".join(tokens[begin:cut]))
            begin = cut
    pieces.append(" ".join(tokens[begin:]))
    return [p.strip(" ,") for p in pieces if p.strip(" ,")]

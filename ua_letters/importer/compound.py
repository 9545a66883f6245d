"""A bullet that asks several standard things at once, or one with the reason it carries.

"Immediately and unconditionally release Zhen Jianghua and drop all charges as he is a
prisoner of conscience …" asks two things the phrasebook has; "Ensure that, pending his
release, he is protected from torture … and that he is allowed … access to lawyers of his
choice" asks two more. Such a bullet becomes several `request:` entries only when it
falls apart, at its "and"s, into parts that EACH are one standard request on their own,
by the same phrasings requests.yaml gives for a single request; if any part is not, the
whole bullet stays free text, because dropping a part changes what the letter asks.

The rule for reasons (requests.yaml, `reasons:`): a final "as …"/"because …" clause may
be absorbed only when it says no more than the justification the phrasebook's request
itself states — "as he is a prisoner of conscience (held solely for exercising his right
to freedom of expression)", "as he is held solely for the peaceful exercise of his human
rights". Every part must then be a request that carries that justification (release_poc,
drop_charges: the `justified: true` phrasings); a part that would lose it ("protect him
from torture as he is a prisoner of conscience") leaves the bullet free. A reason with a
fact of the case ("…, including wearing an anti-torture T-shirt", "…, including seeking
truth and justice for his forcibly disappeared son") is not a standard reason: the letter
would drop what the UA asks writers to say, so such a bullet stays free text for a person
to translate. "Pending his release" only says for how long a protection is asked, which
the phrasebook's request already implies for someone detained; it is absorbed.

Every way of cutting the bullet at its "and"s is tried; a bullet is mapped only when all
the cuts that work give the same requests (one reading), so an "and" inside a request
("torture and other ill-treatment") can never split it wrongly.
"""

from __future__ import annotations

import re
from itertools import combinations
from typing import Any

from ua_letters.importer.requests import (
    Concerned,
    Grammar,
    Recognised,
    expand,
    grammar,
    normalise,
    only,
    requests_in,
    section,
    strip_lead_in,
)

_MAX_PARTS = 3  # more than three requests in one bullet: a person reads it


def recognise_all(bullet: str, language: str, who: Concerned) -> tuple[Recognised, ...] | None:
    """The standard requests the whole bullet asks for, in its order, or None (free text)."""
    rules = grammar(language)
    if rules is None or not who.known:
        return None
    core = strip_lead_in(normalise(bullet), rules)
    single = requests_in(core, language, who)
    if single:
        found = only(single)
        return (found,) if found else None
    spec = section("compound", language)
    if not spec:
        return None
    core, pending = _without_pending(core, spec, rules, who)
    core, justified = _without_reason(core, language, rules, who)
    readings = {
        reading
        for parts in _cuts(core, spec["and"], single=justified or pending)
        if (reading := _reading(parts, spec, language, who, justified)) is not None
    }
    if len(readings) != 1:
        return None
    return tuple(Recognised(request, dict(options)) for request, options in readings.pop())


def _without_pending(
    core: str, spec: dict[str, str], rules: Grammar, who: Concerned
) -> tuple[str, bool]:
    pattern = expand(spec["pending"], rules, who)
    cut = re.sub(pattern, " ", core, flags=re.IGNORECASE)
    return re.sub(r"\s+", " ", cut).strip(), cut != core


def _without_reason(
    core: str, language: str, rules: Grammar, who: Concerned
) -> tuple[str, bool]:
    """`core` without a final standard reason, and whether there was one."""
    reasons = [expand(r, rules, who) for r in section("reasons", language) or ()]
    for start in re.finditer(r",?\s+(?=(?:as|because|since)\s)", core):
        tail = core[start.end():]
        if any(re.fullmatch(r, tail, re.IGNORECASE) for r in reasons):
            return core[: start.start()], True
    return core, False


def _cuts(core: str, joiner: str, single: bool) -> list[list[str]]:
    """Every way of cutting `core` at its "and"s into 2 to 3 parts (and the whole, when
    something was taken off it: a reason or "pending his release")."""
    joins = [(m.start(), m.end()) for m in re.finditer(joiner, core, re.IGNORECASE)]
    found = [[core]] if single else []
    for count in range(1, _MAX_PARTS):
        for chosen in combinations(joins, count):
            parts, at = [], 0
            for start, end in chosen:
                parts.append(core[at:start])
                at = end
            found.append([*parts, core[at:]])
    return found


def _reading(
    parts: list[str], spec: dict[str, str], language: str, who: Concerned, justified: bool
) -> tuple[tuple[str, Any], ...] | None:
    """The request of each part, or None when a part is not exactly one (or two parts ask
    the same)."""
    found = []
    first = parts[0]
    for index, part in enumerate(parts):
        part = part.strip(" ,")
        if index:
            part = re.sub("^" + spec["continued"], "", part)
            shared = spec["shared"]
            if part.startswith("that ") and first.startswith(shared):
                part = f"{shared} {part}"  # "… and that he is allowed …": ensure that
        hit = only(requests_in(part, language, who, justified))
        if hit is None:
            return None
        found.append((hit.request, tuple(sorted(hit.options.items()))))
    if len({request for request, _ in found}) != len(found):
        return None
    return tuple(found)


_REASON_START = re.compile(r",?\s+(?:as|because|since|given that)\s", re.IGNORECASE)


def closest_standard(
    bullet: str, language: str, who: Concerned
) -> tuple[tuple[Recognised, ...], str] | None:
    """The standard requests a free-text bullet asks for once the case's own reason is
    left out, and that reason: (release_unconditionally, "as his detention is solely linked
    to … an anti-torture T-shirt"). Never a mapping — the reason changes what the letter
    says — but an offer the draft names, for a person to take or leave."""
    rules = grammar(language)
    if rules is None or not who.known:
        return None
    core = strip_lead_in(normalise(bullet), rules)
    cut = _REASON_START.search(core)
    if cut is None:
        return None
    head, reason = core[: cut.start()], core[cut.start() :].strip(" ,")
    found = recognise_all(head, language, who)
    return (found, reason) if found else None

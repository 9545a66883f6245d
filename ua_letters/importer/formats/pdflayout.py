"""Text runs with their boxes on a PDF page, put back into reading order.

A UA from amnesty.org is often set in two columns under a title that spans the page. A
library that returns text in drawing order, or line by line across the page, mixes the
columns. Here the page is cut at the gutter that the fewest runs cross; the runs that do
cross it (a title, a full-width box) divide the page into bands, and each band is read
left column first. Lines a typesetter wrapped are re-joined only when the next line's
first word would not have fitted at the end of the line before, so an address keeps its
lines.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from statistics import median


@dataclass(frozen=True)
class Run:
    """A piece of text on one line: left, bottom, right, top in PDF points."""

    left: float
    bottom: float
    right: float
    top: float
    text: str

    @property
    def height(self) -> float:
        return max(self.top - self.bottom, 1.0)


def document_lines(pages: list[tuple[list[Run], float]]) -> list[str]:
    """The text lines of all pages (runs, page width) in reading order.

    A column's width is taken over the whole document, among columns of its kind (and
    the left and right columns are alike), so that a column holding only short address
    lines is not mistaken for a narrow column of prose whose lines all need joining.
    """
    columns = [c for runs, width in pages for c in _page_columns(runs, width)]
    widths: dict[str, float] = {}
    for kind, column in columns:
        widths[kind] = max(widths.get(kind, 0.0), *(line.right - _left(column) for line in column))
    if "left" in widths or "right" in widths:  # the two columns of a page are alike
        widths["left"] = widths["right"] = max(widths.get("left", 0.0), widths.get("right", 0.0))
    out: list[str] = []
    last: tuple[Run, float] | None = None
    for kind, column in columns:
        edge = _left(column) + widths[kind]
        lines = _paragraphs(column, edge)
        if last and out and out[-1] and _wrapped(last[0], column[0], last[1]):
            out[-1] = f"{out[-1]} {lines[0]}"  # a paragraph runs on into the next column
            lines = lines[1:]
        elif out and out[-1]:
            out.append("")
        out += lines
        last = (column[-1], edge)
    return out


def _left(column: list[Run]) -> float:
    return min(line.left for line in column)


def _page_columns(runs: list[Run], page_width: float) -> list[tuple[str, list[Run]]]:
    lines = _merge_lines([r for r in runs if r.text.strip()])
    return _reading_order(lines, page_width) if lines else []


def _merge_lines(runs: list[Run]) -> list[Run]:
    """Runs on the same baseline and close together (a bullet and its text) are one line.

    Rows are found in one sweep down the page and split where the gap is wide (a gutter),
    so the work grows with n log n, not with the square of the runs on a page.
    """
    rows: list[list[Run]] = []
    for run in sorted(runs, key=lambda r: -(r.top + r.bottom)):
        if rows and _same_row(rows[-1], run):
            rows[-1].append(run)
        else:
            rows.append([run])
    lines: list[Run] = []
    for row in rows:
        row.sort(key=lambda r: r.left)
        current = [row[0]]
        for run in row[1:]:
            right = max(r.right for r in current)
            if run.left - right < 1.2 * max(run.height, current[-1].height):
                current.append(run)
            else:
                lines.append(_joined(current))
                current = [run]
        lines.append(_joined(current))
    return lines


def _same_row(row: list[Run], run: Run) -> bool:
    """The run overlaps the row's height by half its own (a bullet is smaller than text)."""
    top, bottom = max(r.top for r in row), min(r.bottom for r in row)
    return min(top, run.top) - max(bottom, run.bottom) >= 0.5 * min(run.height, top - bottom)


def _joined(runs: list[Run]) -> Run:
    text = runs[0].text
    for before, run in itertools.pairwise(runs):
        text += ("" if run.left - before.right < 0.15 * run.height else " ") + run.text
    return Run(runs[0].left, min(r.bottom for r in runs), max(r.right for r in runs),
               max(r.top for r in runs), text)


def _gutter(lines: list[Run], page_width: float) -> float | None:
    """The x that separates two columns, or None for a page in one column."""
    best: tuple[int, float] | None = None
    for x in sorted({line.right + 1 for line in lines}):
        if not 0.3 * page_width <= x <= 0.7 * page_width:
            continue
        left = sum(1 for line in lines if line.right < x)
        right = sum(1 for line in lines if line.left > x)
        crossing = len(lines) - left - right
        two_columns = left >= 3 and right >= 3 and crossing <= 0.2 * len(lines)
        if two_columns and (best is None or crossing < best[0]):
            best = (crossing, x)
    return best[1] if best else None


def _reading_order(lines: list[Run], page_width: float) -> list[tuple[str, list[Run]]]:
    """Columns of lines, top to bottom: bands between full-width lines, left then right.

    Each column comes with its kind ("page", "across", "left", "right"), as columns of
    one kind share their right edge.
    """
    top_down = sorted(lines, key=lambda r: (-r.top, r.left))
    gutter = _gutter(lines, page_width)
    if gutter is None:
        return [("page", top_down)]
    columns: list[tuple[str, list[Run]]] = []
    band: dict[str, list[Run]] = {"left": [], "right": []}
    for line in top_down:
        if line.left < gutter < line.right:
            columns += [(kind, c) for kind, c in band.items() if c]
            band = {"left": [], "right": []}
            if columns and columns[-1][0] == "across":
                columns[-1][1].append(line)
            else:
                columns.append(("across", [line]))
        else:
            band["left" if line.right < gutter else "right"].append(line)
    columns += [(kind, c) for kind, c in band.items() if c]
    return columns


def _paragraphs(column: list[Run], edge: float) -> list[str]:
    """A column's lines: wrapped lines joined, a blank line where the spacing grows."""
    pitches = [a.top - b.top for a, b in itertools.pairwise(column) if a.top > b.top]
    # the usual line spacing; a short column's median may be all paragraph gaps
    pitch = min(median(pitches), 1.5 * column[0].height) if pitches else column[0].height * 1.2
    out: list[str] = [column[0].text.strip()]
    for before, line in itertools.pairwise(column):
        text = line.text.strip()
        if before.top - line.top > 1.3 * pitch:
            out += ["", text]
        elif _wrapped(before, line, edge):
            joiner = "" if out[-1].endswith("-") and out[-1][-2:-1].isalpha() else " "
            out[-1] = f"{out[-1]}{joiner}{text}"
        else:
            out.append(text)
    return out


def _wrapped(before: Run, line: Run, edge: float) -> bool:
    """True if `line`'s first word would not have fitted on `before` within the column."""
    text = line.text.strip()
    if not text or before.text.rstrip().endswith(":") or text[:1] in "•·▪●◦*–—-":
        return False
    word = text.split()[0]
    width = (line.right - line.left) * len(word) / max(len(text), 1)
    space = 0.25 * line.height
    return before.right + space + width > edge - line.height  # the width is an estimate

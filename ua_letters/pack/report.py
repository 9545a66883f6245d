"""What `pack` tells the office when it is done: the pack was written, and which rows of
the list are not in it and why.

A skipped row is not a failure of the pack: the other letters are made and written, so
the report says so first, then lists each skipped row with its row number and reason
(never the supporter's data), then what to do. Notes about the list (columns not used,
rows without a country) come after. The caller decides the exit code.
"""

from __future__ import annotations

from ua_letters.pack.build import PackSummary

MAX_SHOWN = 50  # skipped rows listed one by one; the rest are counted


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def summary_lines(summary: PackSummary, quiet: bool = False) -> list[str]:
    """The lines for stderr. `quiet` keeps only what needs the office's attention."""
    lines: list[str] = []
    skipped = len(summary.skipped)
    if not quiet:
        rows = f", {skipped} {'row' if skipped == 1 else 'rows'} skipped" if skipped else ""
        lines.append(f"pack written: {summary.path}")
        lines.append(
            f"  {summary.letters} letters ({summary.files} files), {summary.pages} pages, "
            f"{_megabytes(summary.size)}, {summary.seconds:.1f} s{rows}"
        )
    if skipped:
        lines.append(
            f"{skipped} {'row was' if skipped == 1 else 'rows were'} skipped and "
            f"{'has' if skipped == 1 else 'have'} no letters in the pack:"
        )
        lines += [f"  {problem}" for problem in summary.skipped[:MAX_SHOWN]]
        if skipped > MAX_SHOWN:
            lines.append(f"  … and {skipped - MAX_SHOWN} more")
        lines.append(
            "hint: fix these rows and make a pack of them (the letters already made are fine)"
        )
    lines += [f"note: {note}" for note in summary.notes]
    return lines

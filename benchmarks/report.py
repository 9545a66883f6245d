"""The benchmark's Markdown report: one table of measurements, then each target checked."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

LABELS = {
    "floor": "(a) reportlab canvas floor, PDF per letter",
    "pdf": "ua-letters PDF per letter",
    "weasyprint": "(c) WeasyPrint, PDF per letter",
    "docx": "ua-letters DOCX per letter",
    "docxtpl": "(b) docxtpl, DOCX per letter",
    "print": "ua-letters print file (all letters, one PDF)",
}


def _ms(row: dict[str, Any]) -> float:
    return float(row["seconds"]) * 1000 / float(row["letters"])


def _label(what: str) -> str:
    if what.startswith("pack "):
        _, formats, workers = what.split()
        return f"whole pack, {formats.replace(',', ' + ')}, {workers[1:]} worker(s)"
    return LABELS[what]


def _peak(row: dict[str, Any]) -> str:
    peak = f"{row['peak_mb']:.0f}"
    if str(row["what"]).endswith("w2"):
        peak += f" + {row['workers_peak_mb']:.0f}"
    return peak


def table(rows: Sequence[dict[str, Any]]) -> list[str]:
    lines = [
        "| measurement | letters | ms/letter | letters/s | peak RSS, MB |",
        "|---|---:|---:|---:|---:|",
    ]
    for row in rows:
        ms = _ms(row)
        lines.append(
            f"| {_label(str(row['what']))} | {int(row['letters']):,} | {ms:.2f} | "
            f"{1000 / ms:,.0f} | {_peak(row)} |"
        )
    return lines


def _check(name: str, value: float, target: str, met: bool) -> str:
    return f"| {name} | {value:.2f} | {target} | {'yes' if met else '**no**'} |"


def _render_checks(ms: dict[str, float], n: str) -> list[str]:
    pdf, floor, weasy = ms["pdf"], ms["floor"], ms["weasyprint"]
    docx, docxtpl, printed = ms["docx"], ms["docxtpl"], ms["print"]
    return [
        _check(f"PDF time ÷ canvas floor time, {n}", pdf / floor, "≤ 1.3", pdf <= 1.3 * floor),
        _check(f"WeasyPrint time ÷ PDF time, {n}", weasy / pdf, "≥ 5", weasy >= 5 * pdf),
        _check(f"docxtpl time ÷ DOCX time, {n}", docxtpl / docx, "≥ 3", docxtpl >= 3 * docx),
        _check(f"print file, ms per letter, {n}", printed, "< 3", printed < 3),
        # issue 16: the same comparisons, as "still" met after its changes
        _check(f"issue 16: PDF ÷ canvas floor, {n}", pdf / floor, "≤ 0.15", pdf <= 0.15 * floor),
        _check(f"issue 16: WeasyPrint ÷ PDF, {n}", weasy / pdf, "≥ 20", weasy >= 20 * pdf),
        _check(f"issue 16: docxtpl ÷ DOCX, {n}", docxtpl / docx, "≥ 20", docxtpl >= 20 * docx),
    ]


def tree_mb(row: dict[str, Any]) -> float:
    """Peak memory of the whole process tree: the sampled sum of RSS over the main process
    and its workers (pages a fork shares count in each: an upper bound), else the sum of
    each process's own peak."""
    if "tree_rss_mb" in row:
        return float(row["tree_rss_mb"])
    return float(row["peak_mb"]) + float(row["workers_peak_mb"])


def _pack_checks(got: dict[str, Any], ms: dict[str, float], size: int) -> list[str]:
    n = f"{size:,}"
    lines = []
    for formats in ("pdf", "pdf,docx"):
        speedup = ms[f"pack {formats} w1"] / ms[f"pack {formats} w2"]
        name = f"pack {formats}: 1 worker ÷ 2 workers, {n}"
        # issue 16: ≥ 1.85× for the 10,000-letter PDF pack; the others keep issue 14's 1.7×
        wanted = 1.85 if formats == "pdf" and size >= 9999 else 1.7
        lines.append(_check(name, speedup, f"≥ {wanted}", speedup >= wanted))
    total = tree_mb(got["pack pdf w2"])
    name = f"{_label('pack pdf w2')}: peak memory of the process tree, MB, {n}"
    lines.append(_check(name, total, "< 200", total < 200))
    for what in ("pack pdf,docx w1", "pack pdf,docx w2"):
        total = tree_mb(got[what])
        lines.append(_check(f"{_label(what)}: peak memory, MB, {n}", total, "< 300", total < 300))
    return lines


def cpu_table(rows: Sequence[dict[str, Any]]) -> list[str]:
    """The packs' CPU seconds and tree memory: on a shared machine these say more than wall
    time (the main process's CPU seconds are what does not scale with workers)."""
    lines = [
        "| pack | letters | CPU main, s | CPU workers, s | tree RSS, MB | tree PSS, MB |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for row in rows:
        if not str(row["what"]).startswith("pack ") or "cpu_main_s" not in row:
            continue
        rss, pss = row.get("tree_rss_mb"), row.get("tree_pss_mb")
        lines.append(
            f"| {_label(str(row['what']))} | {int(row['letters']):,} | {row['cpu_main_s']:.2f} | "
            f"{row['cpu_workers_s']:.2f} | {'' if rss is None else f'{rss:.0f}'} | "
            f"{'' if pss is None else f'{pss:.0f}'} |"
        )
    return lines if len(lines) > 2 else []


def targets(rows: Sequence[dict[str, Any]]) -> list[str]:
    lines = ["| target | measured | wanted | met |", "|---|---:|---:|---|"]
    for size in sorted({int(r["size"]) for r in rows}):
        got = {str(r["what"]): r for r in rows if int(r["size"]) == size}
        ms = {what: _ms(row) for what, row in got.items()}
        if "floor" in ms:
            lines += _render_checks(ms, f"{size:,}")
        if "pack pdf w1" in ms:
            lines += _pack_checks(got, ms, size)
    return lines


def report(
    rows: Sequence[dict[str, Any]], machine: str, day: str, calibration: Sequence[dict[str, float]]
) -> str:
    ceiling = ", ".join(
        f"{c['speedup']:.2f}×"
        + (f" (letters alone {c['letters']:.2f}×)" if "letters" in c else "")
        + f" (load {c['load']:.1f})"
        for c in calibration
    )
    parts = [
        "# Benchmark results",
        "",
        f"Run on {day}, `python benchmarks/bench_pack.py`, machine: {machine}.",
        "",
        "Machine check, before the run and after each size: two processes of a plain Python",
        f"loop together do this much more work than one alone: {ceiling}. No 2-worker",
        'speed-up can exceed that figure; the 1-minute load average shows other work. "Letters',
        'alone" is the same check for making letters (compose, lay out, PDF) in two warm',
        "processes: the ceiling for a pack, whose 2-worker run adds the pack's own work.",
        "",
        *table(rows),
        "",
        "A 2-worker pack is the main process and one worker process, forked: both make",
        "letters (the main process also writes the pack: it copies the pieces the worker",
        "wrote and adds the manifest rows and print-file pages). Its peak RSS is given as",
        "main + worker (pages they share are counted twice: an upper bound). The memory",
        "targets use the process tree's RSS, sampled from outside every 20 ms.",
        "",
        *cpu_table(rows),
        "",
        *targets(rows),
        "",
    ]
    return "\n".join(parts)

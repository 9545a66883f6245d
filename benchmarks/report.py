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
    ]


def _pack_checks(got: dict[str, Any], ms: dict[str, float], n: str) -> list[str]:
    lines = []
    for formats in ("pdf", "pdf,docx"):
        speedup = ms[f"pack {formats} w1"] / ms[f"pack {formats} w2"]
        name = f"pack {formats}: 1 worker ÷ 2 workers, {n}"
        lines.append(_check(name, speedup, "≥ 1.7", speedup >= 1.7))
    for what in ("pack pdf,docx w1", "pack pdf,docx w2"):
        row = got[what]
        total = float(row["peak_mb"])
        if what.endswith("w2"):
            total += float(row["workers_peak_mb"])
        lines.append(_check(f"{_label(what)}: peak memory, MB, {n}", total, "< 300", total < 300))
    return lines


def targets(rows: Sequence[dict[str, Any]]) -> list[str]:
    lines = ["| target | measured | wanted | met |", "|---|---:|---:|---|"]
    for size in sorted({int(r["size"]) for r in rows}):
        got = {str(r["what"]): r for r in rows if int(r["size"]) == size}
        ms = {what: _ms(row) for what, row in got.items()}
        n = f"{size:,}"
        if "floor" in ms:
            lines += _render_checks(ms, n)
        if "pack pdf w1" in ms:
            lines += _pack_checks(got, ms, n)
    return lines


def report(
    rows: Sequence[dict[str, Any]], machine: str, day: str, calibration: Sequence[dict[str, float]]
) -> str:
    ceiling = ", ".join(f"{c['speedup']:.2f}× (load {c['load']:.1f})" for c in calibration)
    parts = [
        "# Benchmark results",
        "",
        f"Run on {day}, `python benchmarks/bench_pack.py`, machine: {machine}.",
        "",
        "Machine check, before the run and after each size: two processes of a plain Python",
        f"loop together do this much more work than one alone: {ceiling}. No 2-worker",
        "speed-up can exceed that figure; the 1-minute load average shows other work.",
        "",
        *table(rows),
        "",
        "A 2-worker pack is the main process (which also writes the pack) and one worker",
        "process; its peak RSS is given as main + worker (the worker is forked from the main",
        "process, so pages they share are counted twice: an upper bound).",
        "",
        *targets(rows),
        "",
    ]
    return "\n".join(parts)

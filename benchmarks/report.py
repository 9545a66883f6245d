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
        peak += f" + 2 × {row['workers_peak_mb']:.0f}"
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


def targets(rows: Sequence[dict[str, Any]]) -> list[str]:
    lines = ["| target | measured | wanted | met |", "|---|---:|---:|---|"]
    for size in sorted({int(r["size"]) for r in rows}):
        got = {str(r["what"]): r for r in rows if int(r["size"]) == size}
        ms = {what: _ms(row) for what, row in got.items()}
        n = f"{size:,}"
        lines.append(
            _check(
                f"PDF time ÷ canvas floor time, {n}",
                ms["pdf"] / ms["floor"],
                "≤ 1.3",
                ms["pdf"] <= 1.3 * ms["floor"],
            )
        )
        lines.append(
            _check(
                f"WeasyPrint time ÷ PDF time, {n}",
                ms["weasyprint"] / ms["pdf"],
                "≥ 5",
                ms["weasyprint"] >= 5 * ms["pdf"],
            )
        )
        lines.append(
            _check(
                f"docxtpl time ÷ DOCX time, {n}",
                ms["docxtpl"] / ms["docx"],
                "≥ 3",
                ms["docxtpl"] >= 3 * ms["docx"],
            )
        )
        lines.append(_check(f"print file, ms per letter, {n}", ms["print"], "< 3", ms["print"] < 3))
        for formats in ("pdf", "pdf,docx"):
            speedup = ms[f"pack {formats} w1"] / ms[f"pack {formats} w2"]
            lines.append(
                _check(
                    f"pack {formats}: 1 worker ÷ 2 workers, {n}", speedup, "≥ 1.7", speedup >= 1.7
                )
            )
        for what in ("pack pdf,docx w1", "pack pdf,docx w2"):
            row = got[what]
            total = float(row["peak_mb"]) + (
                2 * float(row["workers_peak_mb"]) if what.endswith("w2") else 0
            )
            lines.append(
                _check(f"{_label(what)}: peak memory, MB, {n}", total, "< 300", total < 300)
            )
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
        "Peak RSS of a 2-worker pack: main process + each worker's peak (workers are forked",
        "from the main process, so shared pages are counted twice: an upper bound).",
        "",
        *targets(rows),
        "",
    ]
    return "\n".join(parts)

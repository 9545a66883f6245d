"""Benchmark: how long `ua-letters --help` and each `ua-letters COMMAND --help` take.

    python benchmarks/bench_startup.py            # 21 runs each, median and spread
    python benchmarks/bench_startup.py --runs 51

Each run is a fresh interpreter started the way a user starts the tool (the installed
`ua-letters` script next to this Python), so the figure includes Python's own start-up.
For scale it also times `python -c pass` and `python -c "import typer"` in the same run:
the help screens cannot be faster than the interpreter plus the CLI framework. The
target (issue 16) is a median of at most 100 ms.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

SCRIPT = Path(sys.executable).with_name("ua-letters")
COMMANDS = ("", "render", "validate", "pack", "import", "languages", "serve")
TARGET_MS = 100.0


def _time(argv: list[str], runs: int) -> list[float]:
    subprocess.run(argv, capture_output=True, check=True)  # warm the file cache once
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, capture_output=True, check=True)
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    runs = parser.parse_args().runs
    rows = [
        ("python -c pass (interpreter floor)", [sys.executable, "-c", "pass"]),
        ("python -c 'import typer' (CLI framework)", [sys.executable, "-c", "import typer"]),
    ]
    rows += [
        (f"ua-letters {c} --help".replace("  ", " "), [str(SCRIPT), *c.split(), "--help"])
        for c in COMMANDS
    ]
    print(f"| command | median ms | min ms | max ms |  ({runs} runs each)")
    print("|---|---:|---:|---:|")
    worst = 0.0
    for label, argv in rows:
        samples = _time(argv, runs)
        median = statistics.median(samples)
        if label.startswith("ua-letters"):
            worst = max(worst, median)
        print(f"| `{label}` | {median:.0f} | {min(samples):.0f} | {max(samples):.0f} |")
    verdict = "met" if worst <= TARGET_MS else "NOT met"
    print(f"\nslowest help median {worst:.0f} ms; target ≤ {TARGET_MS:.0f} ms: {verdict}")


if __name__ == "__main__":
    main()

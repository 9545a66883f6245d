"""Benchmark: `ua-letters import` of a 30-page, two-column PDF UA (goal: under a second).

    python benchmarks/bench_import.py            # 30 pages, median of 7 runs
    python benchmarks/bench_import.py --pages 30 --runs 15 --padding story

The PDF is the seed UA (UA 135/10) made by tests/fixtures/import/formats/make_fixtures.py,
its background paragraphs repeated until the document has the pages asked for: at the end,
where a UA's long background goes (--padding background, the default), before the
requested actions, so that 29 pages become the story the draft copies whole (--padding
story), or between the actions and the officials (--padding officials). Each run does
all that `import` does: read the PDF (pypdfium2 + reading order), normalise, parse,
and write the draft YAML. The first run also pays for loading the PDF library; it is
reported apart.

Times are CPU time of this process (time.process_time), not wall-clock time: the
benchmark machine is shared, and other work on it stretches the wall clock but not
the CPU time the import itself needs.

Last, the whole command as a person runs it — `ua-letters import long.pdf -o draft.yaml` in
a fresh process: interpreter, imports, the PDF library, the import and writing the draft —
median wall and CPU time of --runs runs after one that fills Python's bytecode cache (a
machine whose environment sets PYTHONDONTWRITEBYTECODE recompiles every module at every
start; that cost is not the program's, so it is left out here).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
MAKER = ROOT / "tests" / "fixtures" / "import" / "formats" / "make_fixtures.py"


def _maker() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_fixtures", MAKER)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def long_pdf(pages: int, padding: str = "background") -> bytes:
    """The seed as a PDF of exactly `pages` pages (more background until it is)."""
    import pypdfium2 as pdfium

    make = _maker().make_pdf
    extra = 0
    while True:
        data: bytes = make(extra, padding)
        count = len(pdfium.PdfDocument(data))
        if count >= pages:
            if count > pages:
                raise SystemExit(f"cannot make exactly {pages} pages (got {count})")
            return data
        extra += max(1, (pages - count) // 2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=30)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument(
        "--padding", choices=("background", "story", "officials"), default="background"
    )
    args = parser.parse_args()

    data = long_pdf(args.pages, args.padding)
    start = time.process_time()
    from ua_letters.importer import draft_yaml, import_bytes
    from ua_letters.importer.formats import read_form

    ua = import_bytes(data, "long.pdf")
    draft_yaml(ua)
    first = time.process_time() - start
    totals, reads = [], []
    for _ in range(args.runs):
        start = time.process_time()
        read_form(data, "long.pdf")
        reads.append(time.process_time() - start)
        start = time.process_time()
        ua = import_bytes(data, "long.pdf")
        draft_yaml(ua)
        totals.append(time.process_time() - start)
    median = statistics.median(totals)
    print(f"{args.pages}-page PDF ({args.padding} padded), {len(data):,} bytes, "
          f"{len(ua.recipients)} recipients found, {len(ua.facts or ''):,} characters of story")
    print(f"first import (loads the PDF library): {first * 1000:.0f} ms CPU")
    print(f"import, median of {args.runs}: {median * 1000:.0f} ms CPU "
          f"(min {min(totals) * 1000:.0f}, max {max(totals) * 1000:.0f}); "
          f"of which reading the PDF: {statistics.median(reads) * 1000:.0f} ms")
    print("goal: under 1000 ms —", "met" if median < 1.0 else "NOT met")
    wall, cpu = whole_command(data, args.runs)
    print(f"whole command in a fresh process, median of {args.runs}: {wall * 1000:.0f} ms wall, "
          f"{cpu * 1000:.0f} ms CPU —", "met" if wall < 1.0 else "NOT met")


def whole_command(data: bytes, runs: int) -> tuple[float, float]:
    """Median wall and CPU seconds of `ua-letters import` on `data`, each in a new process."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    command = [sys.executable, "-c", "from ua_letters.cli.app import main; main()", "import"]
    walls, cpus = [], []
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "long.pdf"
        source.write_bytes(data)
        for run in range(runs + 1):  # the first fills the bytecode cache
            draft = Path(folder) / f"draft{run}.yaml"
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            subprocess.run([*command, str(source), "-o", str(draft), "-q"], env=env, check=True)
            elapsed = time.perf_counter() - start
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            if run:
                walls.append(elapsed)
                cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(walls), statistics.median(cpus)


if __name__ == "__main__":
    main()

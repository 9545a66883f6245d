"""Benchmark: ua-letters packs against reference renderers, same letters, one machine.

    pip install -e '.[bench]'
    python benchmarks/bench_pack.py              # 1,000 and 10,000 letters (about half an hour)
    python benchmarks/bench_pack.py --quick      # 200 and 1,000 letters (a few minutes)

Every measurement runs in a fresh process, so its peak memory (max RSS, the workers' max
RSS listed apart) is its own; the memory of the whole process tree (main process and
workers together) is also sampled every 20 ms from outside, as RSS and PSS sums
(`--child` steps print theirs as JSON). CPU seconds of the main process and of the
workers are recorded too: on a shared machine they say more than wall time. Letters are
the example case's, written for N/3 supporters × 3 officials in ru, ky and en, each
supporter with their own name, address and variant.
The render comparisons (pdf vs floor vs WeasyPrint, docx vs docxtpl, the print file)
time only the rendering of letters composed beforehand, and write one file per letter;
the pack runs time everything `ua-letters pack` does, from the supporter list to the ZIP.
Results go to stdout as a Markdown table (and to --out).
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ua_letters.compose.letter import Letter
    from ua_letters.pack.plan import Job
    from ua_letters.pack.work import Settings

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(Path(__file__).resolve().parent)]

DAY = date(2010, 8, 20)
RENDERERS = ("floor", "pdf", "weasyprint", "docx", "docxtpl", "print")
LANGUAGES = ("ru", "ky", "en")


def supporter_rows(count: int) -> list[list[str]]:
    first = ["Анна", "Айгүл", "Jane", "Пётр", "Нурлан", "Tom", "Marie", "Ольга"]
    return [
        [
            f"{first[i % len(first)]} Testova {i}",
            f"Street {i}",
            "Berlin",
            f"{10000 + i}",
            "Germany",
            f"s{i}@example.org",
            LANGUAGES[i % 3],
        ]
        for i in range(count)
    ]


def write_supporters(path: Path, letters: int) -> Path:
    import csv

    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["name", "address", "city", "postcode", "country", "email", "language"])
        writer.writerows(supporter_rows(letters // 3))
    return path


def composed(letters: int) -> list[Letter]:
    from ua_letters.case.loader import load_case
    from ua_letters.compose.letter import compose_letter
    from ua_letters.compose.variants import variant_for
    from ua_letters.pack.sources import COLUMNS
    from ua_letters.pack.supporters import supporters_from_rows

    case = load_case(ROOT / "examples" / "askarov.yaml")
    header = ["name", "address", "city", "postcode", "country", "email", "language", "gender"]
    rows = (
        (n, dict.fromkeys(COLUMNS, "") | dict(zip(header, [*r, ""], strict=True)))
        for n, r in enumerate(supporter_rows(letters // 3), start=2)
    )
    people = supporters_from_rows(rows, case, "bench").supporters
    return [
        compose_letter(case, recipient, s.language, s.sender, DAY, variant=variant_for(s.key))
        for s in people
        for recipient in case.recipients
    ]


def child_render(name: str, letters: int, folder: Path) -> dict[str, float]:
    import references

    from ua_letters.render.docx import letter_docx
    from ua_letters.render.layout import layout_letter
    from ua_letters.render.pdf_letter import PrintFile, letter_pdf, page_contents

    started = time.perf_counter()
    items = composed(letters)
    compose_ms = (time.perf_counter() - started) * 1000 / len(items)
    if name == "print":
        layouts = [layout_letter(letter) for letter in items]
        started = time.perf_counter()
        with (folder / "print.pdf").open("wb") as out:
            merged = PrintFile(out, "bench", "ru", DAY)
            for pages in layouts:
                merged.add(page_contents(pages))  # encoding included (in a pack it is shared)
            merged.close()
        return {
            "seconds": time.perf_counter() - started,
            "letters": len(items),
            "compose_ms": compose_ms,
            "pages": merged.page_count,
        }
    render = {
        "floor": references.floor_pdf,
        "pdf": letter_pdf,
        "docx": letter_docx,
        "weasyprint": lambda: references.WeasyLetters().render,
        "docxtpl": lambda: references.DocxtplLetters().render,
    }[name]
    if name in ("weasyprint", "docxtpl"):
        render = render()  # type: ignore[call-arg]
    suffix = "docx" if "docx" in name else "pdf"
    render(items[0])  # warm up: fonts registered, modules imported, as in a long run
    started = time.perf_counter()
    for number, letter in enumerate(items):
        (folder / f"{number}.{suffix}").write_bytes(render(letter))
    return {
        "seconds": time.perf_counter() - started,
        "letters": len(items),
        "compose_ms": compose_ms,
    }


def child_pack(letters: int, formats: str, workers: int, folder: Path) -> dict[str, float]:
    from ua_letters.case.loader import load_case
    from ua_letters.pack import build_pack, read_supporters

    source = write_supporters(folder / "supporters.csv", letters)
    started = time.perf_counter()
    case = load_case(ROOT / "examples" / "askarov.yaml")
    summary = build_pack(
        case,
        read_supporters(source, case),
        folder / "pack.zip",
        formats=tuple(formats.split(",")),
        on_date=DAY,
        workers=workers,
    )
    return {
        "seconds": time.perf_counter() - started,
        "letters": summary.letters,
        "pages": summary.pages,
        "size_mb": summary.size / 1e6,
    }


def _tree(pid: int) -> list[int]:
    """`pid` and all its descendants (Linux /proc)."""
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        for task in Path(f"/proc/{current}/task").glob("*/children"):
            with contextlib.suppress(OSError):
                todo += [int(child) for child in task.read_text(encoding="ascii").split()]
    return found


def _memory(pid: int) -> tuple[float, float]:
    """(RSS, PSS) in MB of a process tree: RSS counts pages a fork shares in every process
    that maps them; PSS divides them among those processes, so its sum is what the tree
    really uses."""
    rss = pss = 0
    for member in _tree(pid):
        try:
            text = Path(f"/proc/{member}/smaps_rollup").read_text(encoding="ascii")
        except OSError:
            continue
        for line in text.splitlines():
            if line.startswith("Rss:"):
                rss += int(line.split()[1])
            elif line.startswith("Pss:"):
                pss += int(line.split()[1])
    return rss / 1024, pss / 1024


def run_child(args: list[str]) -> dict[str, float]:
    """Run one measurement in a fresh process, sampling the memory of its process tree
    (the main process and its workers, together) every 20 ms."""
    with subprocess.Popen(
        [sys.executable, __file__, "--child", *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    ) as process:  # fmt: skip
        rss = pss = 0.0
        sampling = Path("/proc/self/smaps_rollup").exists()
        while process.poll() is None:
            if sampling:
                now = _memory(process.pid)
                rss, pss = max(rss, now[0]), max(pss, now[1])
            time.sleep(0.02)
        out, err = process.communicate()
    if process.returncode:
        raise SystemExit(f"benchmark step {args} failed:\n{err}")
    result = dict(json.loads(out.strip().splitlines()[-1]))
    if sampling:
        result |= {"tree_rss_mb": rss, "tree_pss_mb": pss}
    return result


def child_main(args: list[str]) -> None:
    with tempfile.TemporaryDirectory(prefix="ua-bench.") as scratch:
        if args[0] == "pack":
            result = child_pack(int(args[1]), args[2], int(args[3]), Path(scratch))
        else:
            result = child_render(args[0], int(args[1]), Path(scratch))
    own, workers = (
        resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
    )
    result["peak_mb"] = own.ru_maxrss / 1024
    result["workers_peak_mb"] = workers.ru_maxrss / 1024
    # CPU seconds: on a loaded machine the wall time says little; the main process's CPU
    # time is the part that does not scale with workers.
    result["cpu_main_s"] = own.ru_utime + own.ru_stime
    result["cpu_workers_s"] = workers.ru_utime + workers.ru_stime
    result["sys_main_s"], result["sys_workers_s"] = own.ru_stime, workers.ru_stime
    print(json.dumps(result))


def _spin(loops: int) -> float:
    started = time.perf_counter()
    total = 0
    for i in range(loops):
        total += i * i % 7
    return time.perf_counter() - started


def _letters(count: int) -> float:
    """Seconds to make `count` letters of the pack (compose, lay out, write the PDF)."""
    from ua_letters.pack.work import render_job

    settings, jobs = _render_setup()
    started = time.perf_counter()
    for i in range(count):
        render_job(settings, jobs[i % len(jobs)])
    return time.perf_counter() - started


@functools.cache
def _render_setup() -> tuple[Settings, list[Job]]:
    from ua_letters.case.loader import load_case
    from ua_letters.pack.plan import plan_jobs
    from ua_letters.pack.sources import COLUMNS
    from ua_letters.pack.supporters import supporters_from_rows
    from ua_letters.pack.work import Settings, render_job

    case = load_case(ROOT / "examples" / "askarov.yaml")
    header = ["name", "address", "city", "postcode", "country", "email", "language", "gender"]
    rows = (
        (n, dict.fromkeys(COLUMNS, "") | dict(zip(header, [*r, ""], strict=True)))
        for n, r in enumerate(supporter_rows(60), start=2)
    )
    people = supporters_from_rows(rows, case, "bench").supporters
    settings = Settings(case, ("pdf",), DAY)
    jobs = list(plan_jobs(case, people, 0))
    for job in jobs[:9]:
        render_job(settings, job)  # warm up, as a pack's workers do
    return settings, jobs


def scaling() -> dict[str, float]:
    """How much faster 2 processes are than 1 on this machine: for plain Python work (the
    ceiling for any 2-worker speed-up: shared or throttled cores show here), and for making
    letters alone (`letters`: caches and memory shared by the two cores show here too,
    with nothing of the pack's own work between them)."""
    import multiprocessing

    loops = 10_000_000
    alone = min(_spin(loops) for _ in range(2))
    context = multiprocessing.get_context("fork")
    with context.Pool(2) as pool:
        started = time.perf_counter()
        pool.map(_spin, [loops, loops])
        together = time.perf_counter() - started
    _render_setup()  # before forking: both processes start warm
    count = 600
    letters_alone = min(_letters(count) for _ in range(2))
    with context.Pool(2) as pool:
        started = time.perf_counter()
        pool.map(_letters, [count, count])
        letters_together = time.perf_counter() - started
    return {
        "speedup": 2 * alone / together,
        "letters": 2 * letters_alone / letters_together,
        "load": os.getloadavg()[0],
    }


def machine() -> str:
    def sh(*command: str) -> str:
        return subprocess.run(command, capture_output=True, text=True, check=False).stdout

    cpu = next(
        (
            ln.split(":", 1)[1].strip()
            for ln in sh("lscpu").splitlines()
            if ln.startswith("Model name")
        ),
        platform.processor(),
    )
    memory = next(
        (ln.split()[1] for ln in sh("free", "-h").splitlines() if ln.startswith("Mem:")), "?"
    )
    return (
        f"{sh('nproc').strip()} cores ({cpu}), {memory} memory, "
        f"Python {platform.python_version()}, {platform.system()} {platform.release()}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="200 and 1,000 letters")
    parser.add_argument("--sizes", help="comma-separated letter counts (multiples of 3)")
    parser.add_argument(
        "--reference-cap",
        type=int,
        default=0,
        help="render at most this many letters with WeasyPrint and docxtpl",
    )
    parser.add_argument("--only", help="renderers or pack (default: both)")
    parser.add_argument(
        "--repeat", type=int, default=3, help="run each pack this many times and keep the fastest"
    )
    parser.add_argument("--out", type=Path, help="also write the Markdown report here")
    options = parser.parse_args()
    sizes = [
        int(s) for s in (options.sizes or ("201,999" if options.quick else "999,9999")).split(",")
    ]
    from report import report

    rows: list[dict[str, object]] = []
    calibration = [scaling()]
    wanted = set((options.only or "renderers,pack").split(","))
    for size in sizes:
        for name in RENDERERS if "renderers" in wanted else ():
            count = size
            if options.reference_cap and name in ("weasyprint", "docxtpl"):
                count = min(size, options.reference_cap)
            print(f"… {name} × {count}", file=sys.stderr, flush=True)
            rows.append({"what": name, "size": size, **run_child([name, str(count)])})
        for formats in ("pdf", "pdf,docx") if "pack" in wanted else ():
            for workers in (1, 2):
                print(
                    f"… pack {formats} × {size}, {workers} worker(s)", file=sys.stderr, flush=True
                )
                runs = [
                    run_child(["pack", str(size), formats, str(workers)])
                    for _ in range(options.repeat)
                ]
                best = min(runs, key=lambda r: r["seconds"])
                rows.append({"what": f"pack {formats} w{workers}", "size": size, **best})
        calibration.append(scaling())
    text = report(rows, machine(), date.today().isoformat(), calibration)
    print(text)
    if options.out:
        options.out.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child_main(sys.argv[2:])
    else:
        main()

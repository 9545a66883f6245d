"""Build a pack: every letter, print files, labels, manifest (CSV, XLSX), README, in one ZIP.

The steps run in a stream: a letter is made (in a worker), written into the pack, added
to its language's print file, its label and its manifest row, and then forgotten. Only
the small print, label and manifest files grow, on disk, until they join the pack at the
end. Any error removes the temporary files and leaves no pack behind.
"""

from __future__ import annotations

import contextlib
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from pathlib import Path
from typing import Protocol

from ua_letters.archive import Entry
from ua_letters.case.model import Case
from ua_letters.errors import Interrupted, OutputError, Problem, UaLettersError
from ua_letters.pack.labels import write_labels
from ua_letters.pack.manifest import Manifest
from ua_letters.pack.merge import PrintFiles
from ua_letters.pack.packed import Packed
from ua_letters.pack.plan import letter_count, pack_languages, plan_jobs, signer_counts
from ua_letters.pack.pool import Workers, aside, default_workers, render_all, start_workers
from ua_letters.pack.readme import check_templates, render_readme
from ua_letters.pack.sources import MAX_ROWS
from ua_letters.pack.supporters import SupporterList
from ua_letters.pack.work import Settings
from ua_letters.pack.zipout import PackOutput
from ua_letters.render.requested import check_languages_and_formats
from ua_letters.scratch import temp_prefix
from ua_letters.stopping import stop_signals


class Progress(Protocol):
    def start(self, total: int) -> None: ...
    def advance(self, count: int) -> None: ...


class _Silent:
    def start(self, total: int) -> None:
        pass

    def advance(self, count: int) -> None:
        pass


@dataclass
class PackSummary:
    path: Path
    letters: int = 0
    files: int = 0
    pages: int = 0
    print_pages: dict[str, int] = field(default_factory=dict)
    label_pages: int = 0
    size: int = 0
    seconds: float = 0.0
    skipped: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # about the list, for the office


def build_pack(
    case: Case,
    supporters: SupporterList,
    out: Path,
    *,
    folder: bool = False,
    formats: tuple[str, ...] = ("pdf",),
    on_date: date,
    blank: int = 0,
    workers: int | None = None,
    user_templates: Path | None = None,
    progress: Progress | None = None,
    duplex: bool = False,
) -> PackSummary:
    """Make the whole pack at `out` (a ZIP, or a folder if `folder`); return a summary.

    Ctrl-C and SIGTERM stop it alike: no pack, no temporary file, the workers ended.
    """
    if not 0 <= blank <= MAX_ROWS:
        raise UaLettersError(
            f"--blank {blank}: at most {MAX_ROWS:,} blank letters per language, as for "
            "supporter rows",
            hint="check the number; several packs can be made one after the other",
        )
    with stop_signals():
        return _build_pack(
            case, supporters, out, folder, formats, on_date, blank, workers, user_templates,
            progress, duplex,
        )  # fmt: skip


def _build_pack(
    case: Case,
    supporters: SupporterList,
    out: Path,
    folder: bool,
    formats: tuple[str, ...],
    on_date: date,
    blank: int,
    workers: int | None,
    user_templates: Path | None,
    progress: Progress | None,
    duplex: bool,
) -> PackSummary:
    started = time.perf_counter()
    progress = progress or _Silent()
    languages = pack_languages(case, supporters.supporters, blank)
    if not languages:
        skipped = supporters.skipped  # when every row is bad, say why each one is
        raise UaLettersError(
            [Problem(f"{supporters.source}: no supporter rows to make letters for"
                     + (f"; all {len(skipped)} rows were skipped" if skipped else "")),
             *skipped[:50]],
            hint="fix these rows, add rows with at least a name, or use --blank N for letters "
            "signed by hand",
        )  # fmt: skip
    check_languages_and_formats(case, languages, [f for f in formats if f != "fax"])
    check_templates(languages, user_templates)
    settings = Settings(case, tuple(formats), on_date, user_templates)
    summary = PackSummary(out, skipped=list(supporters.skipped), notes=list(supporters.notes))
    output = PackOutput(out, folder)
    workers_up: Workers | None = None
    prints: PrintFiles | None = None
    manifest: Manifest | None = None
    try:
        with (
            tempfile.TemporaryDirectory(prefix=temp_prefix("work"), dir=out.parent) as scratch,
            contextlib.ExitStack() as ending,  # ends the workers before their scratch folder
        ):
            work = Path(scratch)
            prints = PrintFiles(case, work, on_date, duplex)
            per_language: Counter[str] = Counter()
            rows = Packed("manifest.csv", work)
            with rows.text() as text:
                manifest = Manifest(case, text, work / "manifest.xlsx", on_date)
                workers_up = start_workers(settings, workers or default_workers(), languages, work)
                ending.callback(workers_up.stop)
                signers = signer_counts(case, supporters.supporters, blank)
                start_labels = partial(
                    aside, workers_up, write_labels, case, work, on_date, user_templates, signers
                )
                labels: Callable[[], tuple[int, Entry]] | None = None
                progress.start(letter_count(case, supporters.supporters, blank))
                jobs = plan_jobs(case, supporters.supporters, blank)
                for chunk, made in render_all(settings, jobs, workers_up):
                    if labels is None:  # a worker makes them; not before: it warms up first
                        labels = start_labels()
                    output.add_piece(made.entries, _piece(made.piece))
                    for job, letter in zip(chunk, made.letters, strict=True):
                        for fmt, digest in letter.files:
                            counted = {"pdf": letter.pages, "fax": letter.pages + 1}.get(fmt)
                            manifest.add(job, fmt, counted, digest)
                        if letter.prints:  # the print files: letters to post
                            prints.add(job.language, letter.prints)
                        per_language[job.language] += 1
                        summary.letters += 1
                        summary.files += len(letter.files)
                        summary.pages += letter.pages
                        progress.advance(1)
                summary.label_pages, label_entry = (labels or start_labels())()
                manifest.close()
                text.flush()
                rows_entry = rows.finish()
            for entry, path in prints.close():
                output.add_packed(entry, path)
            summary.print_pages = dict(prints.pages)
            output.add_packed(label_entry, work / "labels.pdf")
            output.add_packed(rows_entry, rows.path)
            output.add_file("manifest.xlsx", work / "manifest.xlsx")
            readme = render_readme(
                case, dict(per_language), blank, "docx" in formats, on_date, user_templates
            )
            output.add("README.txt", ("\ufeff" + readme).encode("utf-8"))
        summary.path = output.commit()
    except BaseException as exc:
        if prints is not None:
            prints.abandon()
        if manifest is not None:
            manifest.abandon()
            rows.abandon()
        output.abort()
        if isinstance(exc, KeyboardInterrupt):
            raise Interrupted(
                "interrupted: no pack was written, and nothing is left half-written; "
                "run the command again"
            ) from None
        if isinstance(exc, OSError):
            raise OutputError(
                f"cannot write the pack {out}: {exc.strerror or exc}; no pack was written, "
                "and nothing is left half-written",
                hint="free some space or choose another --out, then run the command again",
            ) from None
        raise
    finally:
        if workers_up is not None:
            workers_up.stop()
    summary.size = output.size()
    summary.seconds = time.perf_counter() - started
    return summary


def _piece(piece: bytes | str) -> bytes | Path:
    return piece if isinstance(piece, bytes) else Path(piece)

"""The few exception classes that the CLI turns into clean messages.

`UaLettersError` is bad input or a situation the user can fix: it carries one or more
`Problem`s and maps to exit code 1. Anything else is a bug and keeps its traceback.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the input, precise enough to find and fix."""

    message: str
    file: str | None = None
    line: int | None = None
    field: str | None = None

    def __str__(self) -> str:
        where = self.file or ""
        if self.line is not None:
            where += f":{self.line}"
        parts = [p for p in (where, self.field) if p]
        prefix = " ".join(parts)
        return f"{prefix}: {self.message}" if prefix else self.message


class UaLettersError(Exception):
    """Bad input or a fixable situation. Exit code 1, a message on stderr, no traceback."""

    exit_code = 1

    def __init__(self, problems: list[Problem] | str, hint: str | None = None) -> None:
        if isinstance(problems, str):
            problems = [Problem(problems)]
        self.problems = problems
        self.hint = hint
        super().__init__("\n".join(str(p) for p in problems))


class CaseFileError(UaLettersError):
    """The case file is unreadable or does not validate."""


class TranslationError(UaLettersError):
    """A language is missing, incomplete, or a message has no translation."""


class RenderError(UaLettersError):
    """A letter cannot be drawn faithfully (for instance a character the font lacks)."""


class OutputError(UaLettersError):
    """Files could not be written (full disk, no permission); says what was written."""


class Interrupted(UaLettersError):
    """Stopped by Ctrl-C or a signal; says what was written. Exit code 130, as shells expect."""

    exit_code = 130

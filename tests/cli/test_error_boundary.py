"""One error boundary: user errors become clean messages; bugs keep their traceback."""

from __future__ import annotations

import pytest

from ua_letters.cli import app as cli
from ua_letters.errors import Problem, UaLettersError


def test_user_error_is_reported_on_stderr_with_exit_1(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def fail(**_: object) -> None:
        raise UaLettersError([Problem("two", "f.yaml", 3, "a.b"), Problem("one")], hint="fix it")

    monkeypatch.setattr(cli, "app", fail)
    with pytest.raises(SystemExit) as exited:
        cli.main()
    assert exited.value.code == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == "error: 2 problems:\n  f.yaml:3 a.b: two\n  one\nhint: fix it\n"


def test_an_unexpected_exception_is_not_swallowed(monkeypatch: pytest.MonkeyPatch) -> None:
    def bug(**_: object) -> None:
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(cli, "app", bug)
    with pytest.raises(ZeroDivisionError):
        cli.main()


def test_tracebacks_never_show_local_variables() -> None:
    """Locals hold case and supporter data; a bug's traceback must not print them."""
    assert cli.app.pretty_exceptions_show_locals is False

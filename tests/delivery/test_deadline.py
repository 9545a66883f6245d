"""The deadline logic around its edges: the day before, the day of, the day after."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from ua_letters.case import Case
from ua_letters.delivery.deadline import Channel, advise, enforce
from ua_letters.errors import UaLettersError

DEADLINE = date(2010, 9, 16)


def with_deadline(case: Case) -> Case:
    return case.model_copy(update={"ua": case.ua.model_copy(update={"deadline": DEADLINE})})


@pytest.mark.parametrize(
    ("days_before", "channels", "passed"),
    [
        (30, (Channel.post,), False),
        (7, (Channel.post,), False),
        (6, (Channel.fax, Channel.email), False),
        (1, (Channel.fax, Channel.email), False),  # the day before
        (0, (Channel.fax, Channel.email), False),  # the day of
        (-1, (Channel.fax, Channel.email), True),  # the day after
    ],
)
def test_channel_and_status_by_days_left(
    example_case: Case, days_before: int, channels: tuple[Channel, ...], passed: bool
) -> None:
    advice = advise(with_deadline(example_case), DEADLINE - timedelta(days=days_before))
    assert advice.days_left == days_before
    assert advice.recommended == channels
    assert advice.passed is passed


def test_day_of_says_last_day(example_case: Case) -> None:
    assert "today is the last day" in advise(with_deadline(example_case), DEADLINE).summary()


def test_after_the_deadline_warns_and_strict_refuses(example_case: Case) -> None:
    advice = advise(with_deadline(example_case), DEADLINE + timedelta(days=1))
    warning = enforce(advice, strict=False)
    assert warning is not None and "check with your section office" in warning
    with pytest.raises(UaLettersError, match="has passed"):
        enforce(advice, strict=True)


def test_on_the_day_strict_still_allows(example_case: Case) -> None:
    assert enforce(advise(with_deadline(example_case), DEADLINE), strict=True) is None


def test_no_deadline_means_post(example_case: Case) -> None:
    advice = advise(example_case, date(2026, 12, 1))
    assert advice.deadline is None and advice.recommended == (Channel.post,)
    assert enforce(advice, strict=True) is None

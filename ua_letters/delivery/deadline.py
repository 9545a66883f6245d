"""The appeal deadline: days left, the recommended channel, and the warning after it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ua_letters.case.model import Case
from ua_letters.choices import Channel as Channel  # re-exported
from ua_letters.errors import UaLettersError

POST_NEEDS_DAYS = 7  # a posted letter needs about a week to arrive


@dataclass(frozen=True)
class DeadlineAdvice:
    """What to tell a writer on a given day; `deadline` None means the UA states none."""

    deadline: date | None
    days_left: int | None
    recommended: tuple[Channel, ...]

    @property
    def passed(self) -> bool:
        return self.days_left is not None and self.days_left < 0

    def summary(self, channel: Channel | None = None) -> str:
        """The advice in one line; with the `channel` the writer chose, about that channel
        (after `--channel fax` it never says "by post")."""
        if self.deadline is None:
            return (
                "The UA states no deadline: send your letters as soon as you can, "
                f"{_by(channel or Channel.post)}."
            )
        if self.passed:
            return (
                f"The appeal deadline ({self.deadline.isoformat()}) has passed: check with your "
                "section office before sending."
            )
        days = "today is the last day" if self.days_left == 0 else f"{self.days_left} days left"
        head = f"Appeal deadline {self.deadline.isoformat()} ({days})"
        if channel is None:
            return f"{head}: send {' or '.join(_by(c) for c in self.recommended)}."
        if channel in self.recommended or channel is not Channel.post:
            return f"{head}: send {_by(channel)}."
        return (
            f"{head}: a posted letter may arrive too late; send {_by(Channel.fax)} or "
            f"{_by(Channel.email)} instead (--channel fax, --channel email)."
        )


def _by(channel: Channel) -> str:
    return {Channel.post: "by post", Channel.fax: "by fax", Channel.email: "by e-mail"}[channel]


def advise(case: Case, today: date) -> DeadlineAdvice:
    """Advice for letters sent on `today` (the letter date, not the machine's clock)."""
    deadline = case.ua.deadline
    if deadline is None:
        return DeadlineAdvice(None, None, (Channel.post,))
    left = (deadline - today).days
    return DeadlineAdvice(deadline, left, recommend(left))


def recommend(days_left: int | None) -> tuple[Channel, ...]:
    """Post with a week or more to go (or no deadline); fax or e-mail when closer.

    >>> [[c.value for c in recommend(days)] for days in (7, 6, None)]
    [['post'], ['fax', 'email'], ['post']]
    """
    if days_left is None or days_left >= POST_NEEDS_DAYS:
        return (Channel.post,)
    return (Channel.fax, Channel.email)


def enforce(advice: DeadlineAdvice, strict: bool) -> str | None:
    """The warning to show after the deadline; with `strict`, refuse instead."""
    if not advice.passed:
        return None
    if strict:
        raise UaLettersError(advice.summary(), hint="drop --strict to write the letters anyway")
    return advice.summary()

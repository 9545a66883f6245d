"""A stop that lands as a run's work ends is dropped, not handed to the old handler.

One full test run ended in a stray KeyboardInterrupt: a timer's SIGTERM landed while
`stop_signals` was putting the old handlers back, after the run had written every file. In
a terminal the same moment gave "Aborted!" and exit 1 for a run that had completed.
"""

from __future__ import annotations

import signal

from ua_letters.stopping import stop_signals


def test_a_stop_pending_as_the_handlers_change_hands_is_dropped() -> None:
    before = signal.getsignal(signal.SIGTERM)
    with stop_signals():
        # the work is over; the stop arrives in the last moment, held as it would be
        signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGTERM])
        signal.raise_signal(signal.SIGTERM)
        assert signal.SIGTERM in signal.sigpending()
    try:
        assert signal.SIGTERM not in signal.sigpending()  # dropped, unhandled
        assert signal.getsignal(signal.SIGTERM) == before  # the old handler is back
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGTERM])


def test_a_stop_during_the_work_still_stops_it() -> None:
    stopped = False
    try:
        with stop_signals():
            signal.raise_signal(signal.SIGINT)
            for _ in range(1000):  # the handler runs at the next bytecode
                pass
    except KeyboardInterrupt:
        stopped = True
    assert stopped

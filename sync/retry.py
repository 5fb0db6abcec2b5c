"""When to try the central system again, and after how long: tenacity, honouring ``Retry-After``.

Only failures that a later attempt can fix are retried (no answer, 5xx, 429, an unusable reply);
a refusal (400/401/403/409/422) is final for that request. Waits grow exponentially with jitter,
so a hall's hundred counters do not all knock at the same instant when the centre comes back, and
never drop below what the server asked for in ``Retry-After`` (capped, so a silly value cannot
park a counter for a day).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from tenacity import RetryCallState, Retrying, retry_if_exception, wait_exponential_jitter
from tenacity.stop import stop_base
from tenacity.wait import wait_base

from sync.errors import CentralError

log = logging.getLogger(__name__)

#: The longest pause between two attempts, whatever the server says.
MAX_WAIT_S = 60.0


def retryable(exc: BaseException) -> bool:
    return isinstance(exc, CentralError) and exc.retryable


class WaitRetryAfter(wait_base):
    """The fallback wait, but at least the failed reply's ``Retry-After`` (both capped)."""

    def __init__(self, fallback: wait_base, cap: float) -> None:
        self.fallback, self.cap = fallback, cap

    def __call__(self, retry_state: RetryCallState) -> float:
        exc = retry_state.outcome.exception() if retry_state.outcome else None
        hint = getattr(exc, "retry_after", None) or 0.0
        return min(self.cap, max(self.fallback(retry_state), hint))


def _log_retry(retry_state: RetryCallState) -> None:
    exc = retry_state.outcome.exception() if retry_state.outcome else None
    wait = retry_state.next_action.sleep if retry_state.next_action else 0
    log.info("central request failed (%s); attempt %d, retrying in %.1f s", exc, retry_state.attempt_number, wait)


def policy(*, stop: stop_base, sleep: Callable[[float], None] = time.sleep, initial: float = 0.5,
           cap: float = MAX_WAIT_S) -> Retrying:
    """A tenacity ``Retrying`` for central calls; the last error is re-raised when ``stop`` says so."""
    return Retrying(
        retry=retry_if_exception(retryable),
        wait=WaitRetryAfter(wait_exponential_jitter(multiplier=initial, max=cap, jitter=initial), cap),
        stop=stop,
        sleep=sleep,
        reraise=True,
        before_sleep=_log_retry,
    )

"""Time-ordered identifiers (UUID version 7, RFC 9562) for rows written many times a second.

A random (version 4) key lands on a random page of every index it is in, so each of a group
commit's writes dirtied pages of its own in the ticket, event, feed and idempotency-key indexes,
and SQLite wrote and fsynced every one of them at COMMIT: a third of a call-next's time under the
write lock. A version 7 UUID starts with the Unix time in milliseconds, so keys made close together
share the last pages of their indexes. Its other 74 bits are random: a key is still unique and
unguessable, it only tells when it was made (as the slip it is printed on does anyway).
"""

from __future__ import annotations

import os
import time
import uuid

_VERSION = 7
_VARIANT = 0b10  # RFC 9562


def uuid7(now_ns: int | None = None) -> uuid.UUID:
    """A version 7 UUID for the time ``now_ns`` (nanoseconds since the epoch; default: now).

    Keys made in the same millisecond are in random order with each other; nothing relies on more.
    """
    ms = (time.time_ns() if now_ns is None else now_ns) // 1_000_000
    rand = int.from_bytes(os.urandom(10), "big")  # 80 bits: 12 for rand_a, 62 for rand_b, 6 unused
    value = ((ms & (1 << 48) - 1) << 80 | _VERSION << 76 | (rand >> 68) << 64
             | _VARIANT << 62 | rand & (1 << 62) - 1)
    return uuid.UUID(int=value)


def new_id() -> str:
    """A fresh time-ordered identifier as text (the form every table and request stores)."""
    return str(uuid7())

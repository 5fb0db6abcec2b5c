"""Time-ordered identifiers: valid version 7 UUIDs, ordered by the millisecond they were made."""

from __future__ import annotations

import time
import uuid

from hallclient.hall import Hall
from hallclient.ids import new_id, uuid7
from sync.queue_api import QueueApi


def test_a_uuid7_is_version_7_of_the_rfc_variant_with_its_time_in_front() -> None:
    now_ns = 1_765_000_000_123_456_789
    made = uuid7(now_ns)
    assert made.version == 7
    assert made.variant == uuid.RFC_4122
    assert made.int >> 80 == now_ns // 1_000_000


def test_ids_made_in_later_milliseconds_sort_after_earlier_ones() -> None:
    base = time.time_ns()
    ids = [str(uuid7(base + ms * 1_000_000)) for ms in range(0, 5000, 7)]
    assert ids == sorted(ids)


def test_ids_are_unique_and_random_within_one_millisecond() -> None:
    same_ms = time.time_ns()
    made = [uuid7(same_ms) for _ in range(20_000)]
    assert len(set(made)) == len(made)
    low_bits = {m.int & ((1 << 62) - 1) for m in made}
    assert len(low_bits) == len(made)  # the random part varies, not only a counter


def test_new_id_is_the_text_form_and_parses_back() -> None:
    text = new_id()
    assert len(text) == 36
    assert uuid.UUID(text).version == 7


def test_the_clients_idempotency_keys_and_outbox_ops_are_time_ordered(hall: Hall) -> None:
    assert uuid.UUID(QueueApi.new_key()).version == 7
    op_id = hall.run(lambda s: hall.outbox.add(s, "consultation.create", "consultation:x", {}))
    assert uuid.UUID(op_id).version == 7

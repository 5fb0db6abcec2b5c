"""Pushing the outbox to ``POST /api/v1/ops`` in order, in batches, and noting the centre's verdicts.

Sending an op twice is harmless (the centre answers ``duplicate``), so a batch whose reply is lost
is simply sent again; a reply is only noted after it has been checked to answer exactly the ops sent.
"""

from __future__ import annotations

from typing import Any

from hallclient import API_VERSION
from hallclient.hall import Hall
from hallclient.services.outbox import BATCH, VERDICTS, OpAnswer, OutboxItem
from hallclient.services.replica import FeedEntry
from sync.client import CentralClient, incompatible_version
from sync.errors import BadReply, CentralError


def wire(op: OutboxItem) -> dict[str, Any]:
    return {"op_id": op.op_id, "type": op.type, "record_key": op.record_key, "payload": op.payload,
            "created_at": op.created_at.isoformat(), "device_id": op.device_id}


def _record(value: Any) -> FeedEntry | None:
    if value is None:
        return None
    return FeedEntry(int(value["seq"]), str(value["entity"]), str(value["key"]), value["data"])


def parse_reply(body: Any, sent: list[str]) -> list[OpAnswer]:
    """Check a ``/ops`` reply answers exactly the ops ``sent``; anything else is :class:`BadReply`."""
    try:
        if body["api_version"] != API_VERSION:
            raise incompatible_version(body["api_version"])
        answers = [OpAnswer(str(r["op_id"]), str(r["status"]), r.get("reason"), _record(r.get("record")))
                   for r in body["results"]]
    except (KeyError, TypeError, ValueError) as exc:
        raise BadReply("中心系统对同步操作的应答格式错误") from exc
    if [a.op_id for a in answers] != sent or any(a.status not in VERDICTS for a in answers):
        raise BadReply("中心系统的应答与发送的操作不符")
    return answers


def push_once(hall: Hall, client: CentralClient, limit: int = BATCH) -> tuple[int, int]:
    """Send the oldest sendable batch; returns (ops sent, ops settled). (0, 0): nothing to send."""
    batch = hall.outbox.next_batch(limit)
    if not batch:
        return 0, 0
    sent = [op.op_id for op in batch]
    try:
        answers = parse_reply(client.json("POST", "/ops", json={"ops": [wire(op) for op in batch]}), sent)
    except CentralError as exc:
        hall.outbox.note_failure(sent, str(exc))
        raise
    return len(batch), hall.outbox.settle(answers).value


def push_all(hall: Hall, client: CentralClient, limit: int = BATCH) -> int:
    """Push until nothing sendable is left (or a batch settles nothing); returns the ops settled."""
    total = 0
    while True:
        _sent, settled = push_once(hall, client, limit)
        total += settled
        if not settled:
            return total

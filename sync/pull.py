"""Pulling the change feed into the local cache, one page and its cursor per transaction.

A page is checked completely before anything is written, and written with its cursor in one
transaction: a malformed, truncated or out-of-order reply changes nothing, and a crash at any
moment leaves the cursor consistent with the data.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from hallclient.errors import StorageError
from hallclient.hall import Hall
from hallclient.services.replica import FeedEntry
from sync.client import CentralClient
from sync.errors import BadReply

#: Below this much free disk the counter stops taking in the centre's data (the cache must still
#: be able to record the counter's own work).
MIN_FREE_BYTES = 32 * 1024**2

PAGE = 1000


def parse_page(body: Any, after: int) -> tuple[list[FeedEntry], int, bool]:
    """Validate a ``/changes`` reply; anything malformed raises :class:`BadReply` (nothing applied)."""
    try:
        entries = [FeedEntry(int(c["seq"]), str(c["entity"]), str(c["key"]), c["data"]) for c in body["changes"]]
        last_seq, more = int(body["last_seq"]), bool(body["more"])
    except (KeyError, TypeError, ValueError) as exc:
        raise BadReply("中心系统返回的变更数据格式错误") from exc
    seqs = [after, *(e.seq for e in entries)]
    if any(b <= a for a, b in pairwise(seqs)) or last_seq < seqs[-1]:
        raise BadReply("中心系统返回的变更序号不连续")
    return entries, last_seq, more


def _check_space(hall: Hall) -> None:
    free = hall.data_dir.free_bytes()
    if free < MIN_FREE_BYTES:
        raise StorageError("本机磁盘空间不足（剩余 {mb} MB），已暂停接收中心系统的数据，请清理磁盘",
                           mb=free // 1024**2)


def pull_once(hall: Hall, client: CentralClient, *, wait: float = 0, limit: int = PAGE) -> int:
    """Fetch and apply one page after the stored cursor; returns the number of entries received."""
    _check_space(hall)
    after = hall.replica.cursor()
    timeout = (client.timeout[0], client.timeout[1] + wait)
    body = client.json("GET", "/changes", params={"after": after, "limit": limit, "wait": wait}, timeout=timeout)
    entries, last_seq, _more = parse_page(body, after)
    if entries or last_seq > after:
        hall.replica.apply_page(entries, last_seq)
    return len(entries)


def pull_all(hall: Hall, client: CentralClient, limit: int = PAGE) -> int:
    """Catch up completely (start-up, after reconnecting); returns the number of entries received."""
    total = 0
    while True:
        received = pull_once(hall, client, limit=limit)
        total += received
        if received < limit:
            return total

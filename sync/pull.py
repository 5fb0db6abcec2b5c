"""Pulling the change feed into the local cache, one page and its cursor per transaction."""

from __future__ import annotations

from itertools import pairwise

from hallclient.hall import Hall
from hallclient.services.replica import FeedEntry
from sync.client import CentralClient
from sync.errors import BadReply


def parse_page(body: object) -> tuple[list[FeedEntry], int, bool]:
    """Validate a ``/changes`` reply; anything malformed raises :class:`BadReply` (nothing applied)."""
    try:
        entries = [FeedEntry(int(c["seq"]), str(c["entity"]), str(c["key"]), c["data"]) for c in body["changes"]]
        last_seq, more = int(body["last_seq"]), bool(body["more"])
    except (KeyError, TypeError, ValueError) as exc:
        raise BadReply("中心系统返回的变更数据格式错误") from exc
    if any(b.seq <= a.seq for a, b in pairwise(entries)):
        raise BadReply("中心系统返回的变更序号不连续")
    return entries, last_seq, more


def pull_once(hall: Hall, client: CentralClient, *, wait: float = 0, limit: int = 1000) -> int:
    """Fetch and apply one page after the stored cursor; returns the number of entries received."""
    after = hall.replica.cursor()
    timeout = (client.timeout[0], client.timeout[1] + wait)
    body = client.json("GET", "/changes", params={"after": after, "limit": limit, "wait": wait}, timeout=timeout)
    entries, last_seq, _more = parse_page(body)
    if entries or last_seq > after:
        hall.replica.apply_page(entries, last_seq)
    return len(entries)


def pull_all(hall: Hall, client: CentralClient, limit: int = 1000) -> int:
    """Catch up completely (start-up, after reconnecting); returns the number of entries applied."""
    total = 0
    while True:
        received = pull_once(hall, client, limit=limit)
        total += received
        if received < limit:
            return total

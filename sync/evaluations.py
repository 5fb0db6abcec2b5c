"""The rater of a 差评, asked from the centre for the callback (managers only; the centre audits each ask)."""

from __future__ import annotations

from dataclasses import dataclass

from sync.client import CentralClient
from sync.errors import BadReply


@dataclass(frozen=True)
class RaterContact:
    name: str | None
    phone: str | None
    agent_name: str | None
    agent_phone: str | None


def rater_contact(client: CentralClient, evaluation_id: str) -> RaterContact:
    body = client.json("GET", f"/evaluations/{evaluation_id}/rater")
    try:
        return RaterContact(body["name"], body["phone"], body["agent_name"], body["agent_phone"])
    except (KeyError, TypeError) as exc:
        raise BadReply("中心系统返回的评价人信息不完整") from exc

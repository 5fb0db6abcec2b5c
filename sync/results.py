"""The hand-out's talks with the centre: result documents (verified by SHA-256), 取件号 and ID checks.

:func:`fetch_next_document` is the sync engine's download cycle: a document whose bytes do not match
the SHA-256 in its ``result`` feed entry is rejected — logged, noted on the result with a Chinese
reason for the screens, and fetched again later with a growing wait — and never stored as the
result. :class:`HandoutApi` holds the blocking calls the guide desk and the windows make (the UI runs
them with ``ops.net``): finding a case's waiting results and issuing a 取件号 for them (the queue's own
``issue``, then one ``result.link`` op per result), and checking the ID presented at the window.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass

from hallclient.domain.handout import Presented
from hallclient.domain.tickets import TicketKind
from hallclient.errors import ValidationError
from hallclient.hall import Hall
from hallclient.services.files import put_blob
from hallclient.services.replica import FeedEntry, settle
from hallclient.services.results import DocumentJob, ResultView
from sync.client import CentralClient
from sync.errors import BadReply, Refused, Unreachable
from sync.queue_api import Issued, QueueApi

log = logging.getLogger(__name__)


def fetch_document(hall: Hall, client: CentralClient, job: DocumentJob) -> bool:
    """Download one result document; True when it matched its SHA-256 and is stored."""
    try:
        data = client.request("GET", f"/results/{job.result_id}/document").content
    except Refused as exc:
        if exc.status != 404:
            raise
        hall.results.document_rejected(job.result_id, "中心系统暂无该结果文书，稍后重新下载")
        return False
    actual = hashlib.sha256(data).hexdigest()
    if actual != job.sha256:
        log.warning("result document of %s rejected: SHA-256 %s…, expected %s…", job.case_number, actual[:12],
                    job.sha256[:12])
        hall.results.document_rejected(
            job.result_id, f"结果文书校验不符（SHA-256 应为 {job.sha256[:12]}…，收到 {actual[:12]}…），"
                           "未采用，稍后自动重新下载")
        return False
    sha, size = put_blob(hall.data_dir.files, data, f"{job.case_number}.pdf")
    hall.results.document_stored(job.result_id, sha, size)
    return True


@dataclass(frozen=True)
class PickupIssued:
    """A 取件号 and the results it was issued for (the slip lists their case numbers)."""

    issued: Issued
    results: tuple[ResultView, ...]


class HandoutApi:
    """Guide desk and window calls of the hand-out (thread-safe, blocking)."""

    def __init__(self, hall: Hall, client: CentralClient) -> None:
        self.hall, self.client = hall, client
        self.queue = QueueApi(hall, client)

    def _user(self) -> str:
        return self.client.user.username if self.client.user else "unknown"

    def find(self, text: str) -> list[ResultView]:
        """Waiting results by case number, ID or phone: the centre's answer, else this counter's cache."""
        try:
            body = self.client.json("POST", "/results/search", json={"query": text.strip()})
            entries = [FeedEntry(0, "result", r["id"], r["data"]) for r in body["results"]]
        except Unreachable:
            return self.hall.results.find(text)
        except (KeyError, TypeError) as exc:
            raise BadReply("中心系统返回的结果数据不完整") from exc
        self.hall.run(lambda session: settle(session, [e for e in entries if not self._known(e.key)]))
        return [view for e in entries if (view := self.hall.results.get(e.key)) is not None]

    def _known(self, result_id: str) -> bool:
        return self.hall.results.get(result_id) is not None

    def issue_pickup(self, text: str) -> PickupIssued:
        """取件号 for every waiting result the query finds; refused when there is none."""
        found = [r for r in self.find(text) if r.state == "waiting"]
        if not found:
            raise ValidationError("没有找到待领取的结果，请核对办件编号、身份证号码或手机号码")
        issued = self.queue.issue(TicketKind.PICKUP)
        self.hall.results.link_ticket([r.id for r in found], issued.ticket.id, issued.ticket.number,
                                      actor=self._user())
        return PickupIssued(issued, tuple(found))

    def verify(self, result_id: str, presented: Presented) -> tuple[list[ValidationError], bool]:
        """Every mismatch for the person at the window, and whether the centre made the check.

        This counter checks itself when it holds the full ID numbers of the case; otherwise the centre
        does (the ID travels in the request body, never in a URL).
        """
        local = self.hall.results.check(result_id, presented)
        if local is not None:
            return local, False
        body = self.client.json("POST", f"/results/{result_id}/verify", json={
            "id_number": presented.id_number, "name": presented.name, "source": str(presented.source)})
        try:
            return [ValidationError(m["template"], **m["params"]) for m in body["mismatches"]], True
        except (KeyError, TypeError) as exc:
            raise BadReply("中心系统返回的核验结果不完整") from exc


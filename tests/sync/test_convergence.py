"""A property: local edits, edits at other desks, pushes, lost replies, pulls and restarts in any order
converge — the counter and the centre end up equal, and no local edit is lost or applied twice.

Local edits change a consultation's note; the other desk changes its ticket number. Every local
edit must reach the centre exactly once, so after a full sync each note is the last one written
here and each ticket number the last one the other desk got applied.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from central.models import AppliedOp, Consultation
from hallclient.hall import Hall
from hallclient.paths import DataDir
from sync.client import CentralClient
from sync.pull import pull_all, pull_once
from sync.push import push_all, push_once, wire
from tests.sync.ops_helpers import central_read, update_op

RECORDS = 2

_record = st.integers(0, RECORDS - 1)
steps = st.lists(st.one_of(  # each kind of step equally likely
    st.tuples(st.just("edit"), _record), st.tuples(st.just("elsewhere"), _record), st.just(("push",)),
    st.just(("push_reply_lost",)), st.just(("pull",)), st.just(("restart",))), min_size=8, max_size=20)


class Counter:
    """One counter under test and what it has been asked to do."""

    def __init__(self, root: Path, template: Path, central: Any, other: CentralClient) -> None:
        root.mkdir()
        shutil.copy(template, root / "hallclient.db")
        self.data_dir, self.central, self.other = DataDir(root), central, other
        self.hall = Hall.open(self.data_dir)
        self.client = CentralClient(central.url, device_id=self.hall.device_id)
        self.client.login("guide1", "guide1")
        self.ids: dict[int, str] = {}
        self.notes: dict[int, str] = {}  # the last note written here
        self.tickets: dict[int, str | None] = {}  # the last ticket number the other desk got applied
        self.edits = 0

    def edit(self, record: int) -> None:
        self.edits += 1
        note = f"本机第 {self.edits} 次"
        if record in self.ids:
            self.hall.consultations.update(self.ids[record], actor="guide1", note=note)
        else:
            self.ids[record] = self.hall.consultations.create(staff="guide1", note=note).value
            self.tickets[record] = None
        self.notes[record] = note

    def elsewhere(self, record: int) -> None:
        if record not in self.ids:
            return
        ticket = f"C{self.edits:03d}"
        [result] = self.other.json("POST", "/ops", json={"ops": [
            update_op(self.ids[record], ticket_number=ticket)]})["results"]
        if result["status"] == "applied":  # refused while the centre has not seen the record yet
            self.tickets[record] = ticket

    def push_reply_lost(self) -> None:
        batch = self.hall.outbox.next_batch()
        if batch:
            self.client.json("POST", "/ops", json={"ops": [wire(op) for op in batch]})  # the reply never arrives

    def restart(self) -> None:
        self.hall.close()
        self.hall = Hall.open(self.data_dir)

    def run(self, step: tuple[Any, ...]) -> None:
        name, *args = step
        if name == "push":
            push_once(self.hall, self.client)
        elif name == "pull":
            pull_once(self.hall, self.client)
            self.check_pending_wins()
        else:
            getattr(self, name)(*args)

    def check_pending_wins(self) -> None:
        for record, cid in self.ids.items():
            if self.hall.outbox.pending_for(f"consultation:{cid}"):
                assert self.hall.consultations.get(cid).note == self.notes[record]

    def converge(self) -> None:
        while self.hall.outbox.summary().pending:
            push_all(self.hall, self.client)
        pull_all(self.hall, self.client)

    def close(self) -> None:
        self.client.close()
        self.hall.close()


@pytest.mark.slow
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(plan=steps)
def test_edits_pulls_and_restarts_in_any_order_converge(plan: list[tuple[Any, ...]], central: Any,
                                                         migrated_cache: Path, tmp_path_factory: Any) -> None:
    other = CentralClient(central.url)
    other.login("clerk01", "clerk01")
    counter = Counter(tmp_path_factory.mktemp("counter") / "data", migrated_cache, central, other)
    try:
        for step in plan:
            counter.run(step)
        counter.converge()
        assert counter.hall.outbox.summary().pending == 0 and counter.hall.outbox.problems() == []
        assert counter.hall.replica.held_count() == 0
        at_centre = central_read(central, lambda s: {
            c.id: (c.note, c.ticket_number) for c in s.scalars(select(Consultation))})
        applied_here = central_read(central, lambda s: s.scalar(
            select(func.count()).select_from(AppliedOp).where(AppliedOp.device_id == counter.hall.device_id)))
        assert applied_here == counter.edits  # each local edit applied exactly once
        for record, cid in counter.ids.items():
            expected = (counter.notes[record], counter.tickets[record])
            local = counter.hall.consultations.get(cid)
            assert at_centre[cid] == expected  # no local edit lost, every other-desk edit kept
            assert (local.note, local.ticket_number) == expected  # and the counter agrees
    finally:
        counter.close()
        other.close()

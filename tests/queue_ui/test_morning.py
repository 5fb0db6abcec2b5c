"""A whole morning through the real screens and the real central service.

The guide desk issues every kind of ticket with its keys; window 5 calls them in the hall's order
(爱心通道 first, then the checked-in appointment, then first come), recalls one three times and skips
it; the guide re-queues it; a ticket is transferred to 不动产登记 and called there by window 6;
windows 5 and 3 call in the same instant and get different tickets. The hall display — its own PC,
fed by the change feed — shows every call, and its voice says each twice, in call order.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from hallclient.domain.announcement import spoken_call
from tests.queue_ui.conftest import shown
from tests.queue_ui.helpers import focused, issue_by_keys, ticket
from ui.workspaces.clerk import ClerkWorkspace


def call(ui: Any, workspace: Any) -> str:
    """Press 呼叫下一位 and return the number called."""
    caller = workspace.caller
    assert caller.call_button.isEnabled(), caller.message.text()
    caller.call_button.click()
    ui.wait_until(lambda: caller.ticket is not None)
    ui.settle()
    return caller.ticket.number


def press(ui: Any, button: Any) -> None:
    assert button.isEnabled(), button.text()
    button.click()
    ui.settle()


def test_a_whole_morning(guide: Any, clerk: Any, display: Any, counters: Any, ui: Any, qtbot: Any) -> None:
    shown_calls: list[tuple[str, int | None]] = []
    display.board.calls_shown.connect(lambda calls: shown_calls.extend((c.number, c.window_number) for c in calls))
    heard = display.announcer.engine.spoken
    expected: list[tuple[str, int]] = []

    def on_display(number: str, window: int) -> None:
        expected.append((number, window))
        ui.wait_until(lambda: shown_calls == expected)

    # 08:30 at the guide desk: every kind, by keys only
    guide.activateWindow()
    qtbot.waitUntil(guide.isActiveWindow, timeout=3000)
    b1 = issue_by_keys(qtbot, ui, guide, "B", phone="13812345678").number
    c1 = issue_by_keys(qtbot, ui, guide, "consult").number
    q1 = issue_by_keys(qtbot, ui, guide, "pickup").number
    b2 = issue_by_keys(qtbot, ui, guide, "B").number
    qtbot.keyClick(focused(), Qt.Key.Key_F4)  # 社会事务, with an appointment due now
    qtbot.keyClick(focused(), Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    ui.wait_until(lambda: guide.issue.last.ticket.zone_code == "E")
    e1 = guide.issue.last.ticket.number
    qtbot.keyClick(focused(), Qt.Key.Key_F2)
    qtbot.keyClick(focused(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # 爱心通道: 老年人
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    ui.wait_until(lambda: guide.issue.last.ticket.priority)
    b3 = guide.issue.last.ticket.number
    assert (b1, c1, q1, b2, e1, b3) == ("B001", "C001", "Q001", "B002", "E001", "B003")
    ui.settle()

    # window 5: priority first, then the due appointment
    assert call(ui, clerk) == b3
    on_display(b3, 5)
    press(ui, clerk.caller.start_button)
    press(ui, clerk.caller.finish_button)
    assert call(ui, clerk) == e1
    on_display(e1, 5)
    for _ in range(3):
        press(ui, clerk.caller.recall_button)
        on_display(e1, 5)
    assert not clerk.caller.recall_button.isEnabled()
    press(ui, clerk.caller.skip_button)
    assert ticket(ui, e1).status == "no_show"

    # the applicant comes back to the guide desk: re-queued once
    reactivation = guide.reactivation
    ui.wait_until(lambda: any(reactivation.skipped.item(i).text().startswith(e1)
                              for i in range(reactivation.skipped.count())))
    qtbot.keyClick(focused(), Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)  # to 过号激活
    assert reactivation.number.hasFocus()
    qtbot.keyClicks(focused(), e1.lower())
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    ui.wait_until(lambda: reactivation.message.text().startswith(f"{e1} 号已重新排队"))
    assert ticket(ui, e1).status == "waiting" and ticket(ui, e1).reactivated

    # first come: B001; it belongs to 不动产登记, so window 5 transfers it with a reason
    assert call(ui, clerk) == b1
    on_display(b1, 5)
    clerk.caller.transfer_button.click()
    ui.wait_until(lambda: clerk.caller.dialog is not None)
    dialog = clerk.caller.dialog
    dialog.zone.setCurrentIndex(dialog.zone.findData("D"))
    dialog.reason.setText("需办理不动产登记")
    dialog.accept()
    ui.wait_until(lambda: clerk.caller.ticket is None)
    ui.settle()
    w06 = shown(qtbot, ClerkWorkspace(counters("clerk05", "W06", sync=True)), ui)
    ui.wait_until(lambda: w06.caller.call_button.isEnabled())
    assert call(ui, w06) == b1  # keeps its issue time: ahead of Q001 in window 6's queues
    on_display(b1, 6)
    press(ui, w06.caller.start_button)
    press(ui, w06.caller.finish_button)
    assert ticket(ui, b1).status == "done"

    # windows 5 and 3 call in the same instant: never the same ticket
    w03 = shown(qtbot, ClerkWorkspace(counters("clerk03", "W03", sync=True)), ui)
    ui.wait_until(lambda: w03.caller.call_button.isEnabled())
    clerk.caller.call_button.click()
    w03.caller.call_button.click()
    ui.wait_until(lambda: clerk.caller.ticket is not None and w03.caller.ticket is not None)
    ui.settle()
    at5, at3 = clerk.caller.ticket, w03.caller.ticket
    assert at5.id != at3.id
    assert {at5.number, at3.number} <= {c1, q1, b2}
    first, second = sorted([(at5, 5), (at3, 3)], key=lambda pair: pair[0].called_at)
    expected += [(first[0].number, first[1]), (second[0].number, second[1])]
    ui.wait_until(lambda: shown_calls == expected)
    for workspace in (clerk, w03):
        press(ui, workspace.caller.finish_button)

    # the rest of window 5's queue, the re-queued ticket last
    rest = []
    while (number := call(ui, clerk)) is not None:
        rest.append(number)
        on_display(number, 5)
        press(ui, clerk.caller.finish_button)
        if number == e1:
            break
    assert rest[-1] == e1 and len(rest) == 2

    # the voice said every call twice, one after the other, in call order
    ui.wait_until(lambda: len(heard) == 2 * len(expected))
    assert heard == [text for number, window in expected for text in [spoken_call(number, window)] * 2]

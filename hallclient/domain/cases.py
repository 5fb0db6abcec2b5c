"""Case vocabulary (DOMAIN.md §5): BLZT status codes, decisions and material check states."""

from __future__ import annotations

from enum import IntEnum, StrEnum


class CaseStatus(IntEnum):
    """National exchange-standard status codes (BLZT)."""

    RECEIVED = 1  # 已接件
    WITHDRAWN_BEFORE = 2  # 已撤件
    ACCEPTED = 3  # 已受理
    NOT_ACCEPTED = 4  # 不受理
    REFUSED = 5  # 不予受理
    CORRECTION_START = 6  # 补正（开始）
    CORRECTION_END = 7  # 补正（结束）
    DEPT_PROCESSING = 8  # 部门开始办理
    SPECIAL_START = 9  # 特别程序（开始）
    SPECIAL_END = 10  # 特别程序（结束）
    DONE_APPROVED = 11  # 办结（通过）
    DONE_DEFERRED_APPROVED = 12  # 办结（容缺通过）
    DONE_REJECTED = 13  # 办结（不通过）
    WITHDRAWN = 14  # 撤回
    REVOKED = 15  # 撤销


CASE_STATUS_LABELS = {
    CaseStatus.RECEIVED: "已接件",
    CaseStatus.WITHDRAWN_BEFORE: "已撤件",
    CaseStatus.ACCEPTED: "已受理",
    CaseStatus.NOT_ACCEPTED: "不受理",
    CaseStatus.REFUSED: "不予受理",
    CaseStatus.CORRECTION_START: "补正（开始）",
    CaseStatus.CORRECTION_END: "补正（结束）",
    CaseStatus.DEPT_PROCESSING: "部门开始办理",
    CaseStatus.SPECIAL_START: "特别程序（开始）",
    CaseStatus.SPECIAL_END: "特别程序（结束）",
    CaseStatus.DONE_APPROVED: "办结（通过）",
    CaseStatus.DONE_DEFERRED_APPROVED: "办结（容缺通过）",
    CaseStatus.DONE_REJECTED: "办结（不通过）",
    CaseStatus.WITHDRAWN: "撤回",
    CaseStatus.REVOKED: "撤销",
}

#: The clock of a deadline stands still between these pairs (《行政许可法》Art. 45).
PAUSING_STATUSES = {
    CaseStatus.CORRECTION_START: CaseStatus.CORRECTION_END,
    CaseStatus.SPECIAL_START: CaseStatus.SPECIAL_END,
}

FINISHED_STATUSES = frozenset(
    {CaseStatus.DONE_APPROVED, CaseStatus.DONE_DEFERRED_APPROVED, CaseStatus.DONE_REJECTED}
)


class Decision(StrEnum):
    ACCEPT = "accept"  # 受理
    ACCEPT_DEFERRED = "accept_deferred"  # 容缺受理
    ACCEPT_COMMITMENT = "accept_commitment"  # 受理（告知承诺）
    CORRECTION = "correction"  # 补正
    NOT_ACCEPTED = "not_accepted"  # 不受理
    REFUSED = "refused"  # 不予受理


DECISION_LABELS = {
    Decision.ACCEPT: "受理",
    Decision.ACCEPT_DEFERRED: "容缺受理",
    Decision.ACCEPT_COMMITMENT: "受理（告知承诺）",
    Decision.CORRECTION: "补正",
    Decision.NOT_ACCEPTED: "不受理",
    Decision.REFUSED: "不予受理",
}


class MaterialState(StrEnum):
    PENDING = "pending"  # not looked at yet
    RECEIVED = "received"
    SCANNED = "scanned"
    ELICENCE = "elicence"  # taken from the e-licence library
    NOT_NEEDED = "not_needed"  # shared by another department
    MISSING = "missing"
    DEFECTIVE = "defective"


MATERIAL_STATE_LABELS = {
    MaterialState.PENDING: "待核验",
    MaterialState.RECEIVED: "已收取",
    MaterialState.SCANNED: "已扫描",
    MaterialState.ELICENCE: "电子证照",
    MaterialState.NOT_NEEDED: "免提交（共享）",
    MaterialState.MISSING: "缺少",
    MaterialState.DEFECTIVE: "有误",
}

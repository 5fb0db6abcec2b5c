"""Service-item vocabulary (DOMAIN.md §4) and the plain-dict shape both ends of sync agree on."""

from __future__ import annotations

from enum import IntEnum, StrEnum


class ItemKind(IntEnum):
    """GB/T 39046 事项类型."""

    IMMEDIATE = 1  # 即办件
    PROMISED = 2  # 承诺件
    OTHER = 9  # 其他


ITEM_KIND_LABELS = {ItemKind.IMMEDIATE: "即办件", ItemKind.PROMISED: "承诺件", ItemKind.OTHER: "其他"}


class MaterialForm(StrEnum):
    ORIGINAL = "original"  # 原件
    COPY = "copy"  # 复印件
    BOTH = "both"  # 原件和复印件


MATERIAL_FORM_LABELS = {MaterialForm.ORIGINAL: "原件", MaterialForm.COPY: "复印件", MaterialForm.BOTH: "原件及复印件"}


class MaterialSource(StrEnum):
    SELF = "self"  # 自行提供
    EXTERNAL_SHARE = "external_share"  # 外部共享
    INTERNAL_SHARE = "internal_share"  # 内部共享


MATERIAL_SOURCE_LABELS = {
    MaterialSource.SELF: "申请人自备",
    MaterialSource.EXTERNAL_SHARE: "外部共享",
    MaterialSource.INTERNAL_SHARE: "内部共享",
}


class WindowKind(StrEnum):
    COMPREHENSIVE = "comprehensive"  # 综合窗口 ("1")
    SPECIALISED = "specialised"  # 专业窗口 ("X")


class WindowStatus(StrEnum):
    CLOSED = "closed"
    OPEN = "open"
    PAUSED = "paused"


class Role(StrEnum):
    GUIDE = "guide"  # 导服人员
    CLERK = "clerk"  # 窗口人员
    MANAGER = "manager"  # 大厅管理员
    DISPLAY = "display"  # 叫号屏
    EVALUATOR = "evaluator"  # 评价器
    ADMIN = "admin"


ROLE_LABELS = {
    Role.GUIDE: "导服人员",
    Role.CLERK: "窗口人员",
    Role.MANAGER: "大厅管理员",
    Role.DISPLAY: "叫号屏",
    Role.EVALUATOR: "评价器",
    Role.ADMIN: "系统管理员",
}

"""Masking of personal data wherever the full value is not needed (DOMAIN.md §9)."""

from __future__ import annotations


def mask_id_number(value: str | None) -> str:
    """First 6 + ******** + last 4 for an 18-character number; shorter values keep only the ends."""
    if not value:
        return ""
    if len(value) >= 10:
        return value[:6] + "*" * (len(value) - 10) + value[-4:]
    return value[:1] + "*" * (len(value) - 1)


def mask_phone(value: str | None) -> str:
    """First 3 + **** + last 4."""
    if not value:
        return ""
    if len(value) >= 8:
        return value[:3] + "*" * (len(value) - 7) + value[-4:]
    return "*" * len(value)


def mask_name(value: str | None) -> str:
    """张*三 for public screens: keep the first and last character, hide the middle."""
    if not value:
        return ""
    if len(value) == 1:
        return value
    if len(value) == 2:
        return value[0] + "*"
    return value[0] + "*" * (len(value) - 2) + value[-1]

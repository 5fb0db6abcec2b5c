"""Search keys for service items: Chinese name, full pinyin, pinyin initials and code.

``qysl`` finds 企业设立登记, ``qiyesheli`` too, and so does any part of the name or code. The key is
computed once when an item is stored, so a keystroke only scans strings.
"""

from __future__ import annotations


def search_key(name: str, code: str) -> str:
    """``name|pinyin|initials|code`` in lower case."""
    from pypinyin import Style, lazy_pinyin  # its dictionaries take 0.3 s to load: only when needed

    syllables = lazy_pinyin(name, style=Style.NORMAL, errors="ignore")
    initials = "".join(s[0] for s in syllables if s)
    return "|".join((name, "".join(syllables), initials, code)).lower()


def normalise_query(text: str) -> str:
    return "".join(text.split()).lower()

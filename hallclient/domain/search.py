"""Search keys for service items and the in-memory index that answers a keystroke (DOMAIN.md §4).

``qysl`` finds 企业设立登记, so do ``qiyesheli``, ``qiyes`` (full pinyin typed so far), any part of
the name and any part of the code. The keys are computed once when an item is stored (pypinyin
takes 0.3 s to load and ~20 µs a name), so building the index only joins strings and a keystroke
only runs C-level substring searches over one string: no per-item Python work unless it matches.

Polyphonic characters (重, 行, 长 ...): pypinyin reads a name in context (重庆 chóng, 银行 háng), and
may still guess wrong or differ from what the clerk types, so the common other readings of the
characters in :data:`POLYPHONES` are indexed as well, as extra pinyin and initials variants.
"""

from __future__ import annotations

import itertools
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from typing import Generic, TypeVar

T = TypeVar("T")

#: Separates the keys of one item (name, code, pinyin variants, initials variants).
SEPARATOR = "|"
#: Separates items in the index's text; never part of a key or a query.
_ITEM = "\n"

#: Common polyphonic characters of item names with the readings a clerk may type (toneless).
POLYPHONES: dict[str, tuple[str, ...]] = {
    "重": ("zhong", "chong"), "行": ("xing", "hang"), "长": ("chang", "zhang"), "还": ("huan", "hai"),
    "调": ("tiao", "diao"), "传": ("chuan", "zhuan"), "藏": ("cang", "zang"), "朝": ("chao", "zhao"),
    "单": ("dan", "shan"), "给": ("gei", "ji"), "会": ("hui", "kuai"), "称": ("cheng", "chen"),
    "参": ("can", "shen"), "校": ("xiao", "jiao"), "降": ("jiang", "xiang"), "解": ("jie", "xie"),
    "率": ("lv", "shuai"), "省": ("sheng", "xing"), "属": ("shu", "zhu"), "系": ("xi", "ji"),
    "乐": ("le", "yue"), "曾": ("zeng", "ceng"), "强": ("qiang", "jiang"), "便": ("bian", "pian"),
    "都": ("du", "dou"), "差": ("cha", "chai"), "地": ("di", "de"), "和": ("he", "huo"),
    "角": ("jiao", "jue"), "卡": ("ka", "qia"), "区": ("qu", "ou"), "提": ("ti", "di"),
    "着": ("zhe", "zhao", "zhuo"), "车": ("che", "ju"), "合": ("he", "ge"), "数": ("shu", "shuo"),
    "乘": ("cheng", "sheng"), "盛": ("sheng", "cheng"), "厦": ("sha", "xia"), "宿": ("su", "xiu"),
    "露": ("lu", "lou"), "薄": ("bao", "bo"), "折": ("zhe", "she"), "没": ("mei", "mo"),
    "模": ("mo", "mu"), "觉": ("jue", "jiao"), "血": ("xue", "xie"), "石": ("shi", "dan"),
}

#: Sorts after every character of a key: ``needle + _LAST`` bounds the keys that start with ``needle``.
_LAST = "\U0010ffff"
#: Up to this many keys starting with the query are read one by one; more are found by scanning.
_FEW_KEYS = 256

#: At most this many pinyin spellings per name (the contextual reading is always the first).
MAX_VARIANTS = 16


def search_key(name: str, code: str) -> str:
    """``name|code|pinyin…|initials…`` in lower case, the contextual reading first."""
    from pypinyin import lazy_pinyin  # its dictionaries take 0.3 s to load: only when needed

    syllables = lazy_pinyin(name, errors=lambda chunk: [""] * len(chunk))
    if len(syllables) == len(name):
        readings = [_readings(char, syllable) for char, syllable in zip(name, syllables, strict=True)]
    else:  # pypinyin did not give one syllable per character: index its reading alone
        readings = [(syllable,) for syllable in syllables]
    spellings = list(itertools.islice(itertools.product(*readings), MAX_VARIANTS))
    full = ["".join(spelling) for spelling in spellings]
    initials = ["".join(s[0] for s in spelling if s) for spelling in spellings]
    keys = (_clean(name), _clean(code), *full, *initials)
    return SEPARATOR.join(dict.fromkeys(k for k in keys if k))


def _readings(char: str, contextual: str) -> tuple[str, ...]:
    """The contextual syllable first, then the character's other common readings."""
    return tuple(dict.fromkeys((contextual, *POLYPHONES.get(char, ()))))


def _clean(text: str) -> str:
    return "".join(c for c in text.lower() if c not in SEPARATOR + _ITEM)


def normalise_query(text: str) -> str:
    """What the clerk typed, without whitespace and separators, in lower case."""
    return _clean("".join(text.split()))


class SearchIndex(Generic[T]):
    """Values found by their search keys, best matches first.

    Ranking, in tiers: a key equal to the query (name, code, full pinyin or initials), then a key
    starting with it, then a name containing it, then any other key containing it. Within a tier
    shorter names come first (the plain item before its special cases), then the browsing order.

    The tiers cost what they find, not what the catalog holds: equality is a dict look-up, prefixes a
    bisection into the sorted keys. Only "contains" scans, as one ``str.find`` per match over the
    joined names or the joined other keys (kept apart so that pinyin and codes stay an ASCII string,
    which scans fastest and which ``str.find`` skips at once for a Chinese query); it stops once
    ``limit`` values are found.
    """

    def __init__(self, entries: Iterable[tuple[str, T]]) -> None:
        """``entries``: (search key, value) in browsing order, which an empty query returns."""
        self._browse = list(entries)
        ranked = sorted(self._browse, key=lambda entry: len(entry[0].split(SEPARATOR, 1)[0]))
        self._values = [value for _, value in ranked]
        split = [key.split(SEPARATOR) for key, _ in ranked]
        self._exact: dict[str, list[int]] = {}
        for index, keys in enumerate(split):
            for key in keys:
                self._exact.setdefault(key, []).append(index)
        self._sorted = sorted(self._exact)
        self._names, self._name_starts = _joined([keys[0] for keys in split], "")
        self._keys, self._key_starts = _joined([SEPARATOR.join(keys[1:]) for keys in split], SEPARATOR)

    def __len__(self) -> int:
        return len(self._browse)

    def search(self, text: str, limit: int = 50) -> list[T]:
        """The best ``limit`` values for what the clerk typed (the first ``limit`` when empty)."""
        needle = normalise_query(text)
        if not needle:
            return [value for _, value in self._browse[:limit]]
        found = dict.fromkeys(self._exact.get(needle, ()))
        found.update(dict.fromkeys(self._prefixed(needle, limit)))
        for haystack, starts in ((self._names, self._name_starts), (self._keys, self._key_starts)):
            if len(found) >= limit:
                break
            for index in _matches(haystack, starts, needle):
                found.setdefault(index)
                if len(found) >= limit:
                    break
        return [self._values[i] for i in itertools.islice(found, limit)]

    def _prefixed(self, needle: str, limit: int) -> list[int]:
        """The best ``limit`` items with a key starting with ``needle``.

        Few such keys (a bisection tells how many): read them from the sorted keys. Many (``3`` starts
        every code): scanning the joined texts finds ``limit`` of them in rank order almost at once.
        """
        low = bisect_left(self._sorted, needle)
        high = bisect_left(self._sorted, needle + _LAST, low)
        if high - low <= _FEW_KEYS:
            return sorted({index for key in self._sorted[low:high] for index in self._exact[key]})[:limit]
        names = itertools.islice(_matches(self._names, self._name_starts, _ITEM + needle), limit)
        keys = itertools.islice(_matches(self._keys, self._key_starts, SEPARATOR + needle), limit)
        return sorted({*names, *keys})[:limit]


def _joined(texts: list[str], wrap: str) -> tuple[str, list[int]]:
    """``texts`` as one string, each after a newline and between ``wrap``, with where each starts."""
    starts, offset, parts = [], 0, []
    for text in texts:
        part = f"{_ITEM}{wrap}{text}{wrap}"
        starts.append(offset)
        parts.append(part)
        offset += len(part)
    return "".join(parts), starts


def _matches(haystack: str, starts: list[int], pattern: str) -> Iterator[int]:
    """Indexes of the items whose text contains ``pattern``, each once, in order."""
    position = haystack.find(pattern)
    while position >= 0:
        index = bisect_right(starts, position) - 1
        yield index
        if index + 1 >= len(starts):
            return
        position = haystack.find(pattern, starts[index + 1])

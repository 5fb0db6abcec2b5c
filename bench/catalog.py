"""``catalog_search_ms_p99``: one keystroke's catalog search over 5,000 generated items, pinyin included.

The items have realistic Chinese names (subject + matter + procedure, as in a provincial catalog)
and are stored through the real change-feed applier into a real cache; every prefix of a set of
queries a clerk types (initials, full pinyin, Chinese, codes) is searched through
``hall.catalog.search`` from another thread, so the figure includes the hop to the database worker.
``catalog_index_build_ms`` is the first search after a catalog change, which rebuilds the index.
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from hallclient.hall import Hall
from hallclient.paths import DataDir
from hallclient.services.replica import FeedEntry

ZONES = {"A": "投资项目审批", "B": "商事登记", "D": "不动产登记", "E": "社会事务", "F": "公用事业"}
_SUBJECTS = ("企业", "个体工商户", "农民专业合作社", "外商投资企业", "民办非企业单位", "社会团体", "建设工程",
             "建筑工程", "食品经营", "药品零售", "医疗机构", "道路运输", "出租汽车", "娱乐场所", "公共场所",
             "城镇排水", "户外广告", "特种设备", "危险化学品", "烟草专卖", "养老机构", "幼儿园", "汽车4S店",
             "重点用能单位", "银行业金融机构", "长期护理保险", "城乡居民")
_MATTERS = ("设立", "变更", "注销", "名称", "住所", "经营范围", "法定代表人", "分支机构", "股权出质", "章程",
            "年度报告", "施工", "竣工", "消防", "卫生", "环境影响", "规划", "用地", "资质", "从业人员", "执业",
            "行政许可", "重新")
_PROCEDURES = ("登记", "备案", "许可", "审批", "核准", "许可证核发", "许可证延续", "许可证补办", "证明出具",
               "审查", "验收", "认定", "年检", "换证", "复核")
_KINDS = ("XK", "QR", "GG", "QT", "CF")


def generated_items(count: int = 5000, seed: int = 5) -> list[tuple[str, dict[str, Any]]]:
    """``count`` distinct (code, item data) pairs shaped as the change feed sends them, materials included."""
    rng = random.Random(seed)
    names: dict[str, None] = {}
    while len(names) < count:
        subject = rng.choice(_SUBJECTS)
        name = f"{subject}{rng.choice(_MATTERS)}{rng.choice(_PROCEDURES)}"
        if name in names:
            name = f"{name}（{rng.choice(('首次', '延续', '补办', '迁入', '迁出', '简易程序'))}）"
        names[name] = None
    return [
        (f"3306{i // 1000:02d}-{_KINDS[i % len(_KINDS)]}-{i % 1000:04d}", _item_data(name, rng))
        for i, name in enumerate(names)
    ]


def _item_data(name: str, rng: random.Random) -> dict[str, Any]:
    return {
        "name": name, "zone_code": rng.choice(list(ZONES)), "departments": ["区市场监督管理局"], "kind": 2,
        "legal_limit_days": 20, "promised_limit_days": rng.choice((1, 3, 5, 10)), "fees": "不收费",
        "materials": [{"key": "applicant_id", "name": "申请人身份证明", "required": True, "form": "original"},
                      {"key": "application", "name": f"{name}申请书", "required": True, "form": "original"}],
    }


def feed_entries(items: list[tuple[str, dict[str, Any]]]) -> list[FeedEntry]:
    """The zones and ``items`` as change-feed entries (zones first: items refer to them)."""
    zones = [FeedEntry(seq, "zone", code, {"name": name, "ticket_prefix": code, "sort_order": seq})
             for seq, (code, name) in enumerate(ZONES.items(), 1)]
    return zones + [FeedEntry(len(zones) + n, "item", code, data) for n, (code, data) in enumerate(items, 1)]


#: What a clerk types, keystroke by keystroke: initials, full pinyin, Chinese, a code, no match.
QUERIES = ("qysl", "qiyesheli", "gtgsh", "jianshegongcheng", "食品经营", "不动产", "xkzhf", "330601-xk",
           "zhongdian", "changqi", "wxhxp", "没有的事项")


def run() -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        hall = Hall.open(DataDir(Path(tmp)))
        try:
            entries = feed_entries(generated_items())
            hall.replica.apply_page(entries, len(entries))  # raises Changes.catalog: the index is dropped
            started = time.perf_counter()
            hall.catalog.search("q")
            build_ms = (time.perf_counter() - started) * 1000
            timings = []
            for _ in range(20):
                for query in QUERIES:
                    for end in range(1, len(query) + 1):
                        started = time.perf_counter()
                        hall.catalog.search(query[:end])
                        timings.append((time.perf_counter() - started) * 1000)
        finally:
            hall.close()
    return {
        "catalog_search_ms_p99": round(statistics.quantiles(timings, n=100)[98], 3),
        "catalog_search_ms_median": round(statistics.median(timings), 3),
        "catalog_index_build_ms": round(build_ms, 1),
    }

"""The catalog's search keys and in-memory index: Chinese, full pinyin, initials, codes, polyphones, ranking."""

from __future__ import annotations

import pytest
from pypinyin import lazy_pinyin

from bench.catalog import generated_items
from hallclient.domain.search import SEPARATOR, SearchIndex, normalise_query, search_key
from tests.catalog.demo_feed import demo

NAMES = {
    "330602-XK-0201": "企业设立登记",
    "330602-XK-0202": "企业变更登记",
    "330602-XK-0301": "建筑工程施工许可证核发",
    "330602-XK-0401": "重大行政处罚听证",
    "330602-XK-0402": "长期护理保险待遇申请",
    "330602-GG-0501": "银行业金融机构设立",
    "330602-GG-0502": "民办非企业单位成立登记",
    "330602-XK-0203": "企业设立登记（分公司）",
}


@pytest.fixture(scope="module")
def index() -> SearchIndex[str]:
    return SearchIndex((search_key(name, code), code) for code, name in NAMES.items())


def _names(index: SearchIndex[str], text: str) -> list[str]:
    return [NAMES[code] for code in index.search(text)]


@pytest.mark.parametrize("query", ["qysl", "qysldj", "qiyesheli", "qiyeshelidengji", "qiyes", "企业设立", "设立登记",
                                   "330602-xk-0201", "XK-0201", "Q Y S L"])
def test_name_pinyin_initials_and_code_find_the_item_first(index: SearchIndex[str], query: str) -> None:
    assert _names(index, query)[0] == "企业设立登记"


@pytest.mark.parametrize(("query", "name"), [
    ("zhongda", "重大行政处罚听证"), ("chongda", "重大行政处罚听证"), ("zdxzcf", "重大行政处罚听证"),
    ("cdxzcf", "重大行政处罚听证"), ("xingzheng", "重大行政处罚听证"),
    ("changqi", "长期护理保险待遇申请"), ("zhangqi", "长期护理保险待遇申请"), ("cqhl", "长期护理保险待遇申请"),
    ("yinhang", "银行业金融机构设立"), ("yinxing", "银行业金融机构设立"), ("yhy", "银行业金融机构设立"),
])
def test_common_readings_of_polyphonic_characters_all_match(index: SearchIndex[str], query: str, name: str) -> None:
    assert _names(index, query) == [name]


def test_the_contextual_reading_comes_first_in_the_key() -> None:
    keys = search_key("银行业金融机构设立", "X").split(SEPARATOR)
    assert keys[:3] == ["银行业金融机构设立", "x", "yinhangyejinrongjigousheli"]
    assert "yinxingyejinrongjigousheli" in keys


def test_ranking_exact_then_prefix_then_name_then_other_keys(index: SearchIndex[str]) -> None:
    # "qysldj" is the exact initials of 企业设立登记 and a prefix of 企业设立登记（分公司）'s
    assert _names(index, "qysldj") == ["企业设立登记", "企业设立登记（分公司）"]
    # prefix matches (企业…) before names that merely contain 企业 (民办非企业单位…)
    assert _names(index, "企业") == ["企业设立登记", "企业变更登记", "企业设立登记（分公司）", "民办非企业单位成立登记"]
    # 登记 ends five names: a shorter name first within the "contains" tier
    assert _names(index, "登记")[:2] == ["企业设立登记", "企业变更登记"]


def test_limit_empty_query_and_no_match(index: SearchIndex[str]) -> None:
    assert index.search("", limit=3) == list(NAMES)[:3]
    assert len(index.search("dj", limit=2)) == 2
    assert index.search("没有这个事项") == []
    assert index.search("zzzzqqq") == []
    assert len(index) == len(NAMES)


def test_queries_cannot_smuggle_separators() -> None:
    assert normalise_query(f" q{SEPARATOR}y \n s\tl ") == "qysl"


def test_every_demo_item_is_found_by_its_initials_and_its_code() -> None:
    items = demo("catalog.json")["items"]
    index = SearchIndex((search_key(i["name"], i["code"]), i["code"]) for i in items)
    for item in items:
        initials = "".join(syllable[0] for syllable in lazy_pinyin(item["name"], errors="ignore"))
        assert item["code"] in index.search(initials), item["name"]
        assert index.search(item["code"]) == [item["code"]]


def test_five_thousand_generated_items_rank_the_exact_name_first() -> None:
    items = generated_items(5000)
    index = SearchIndex((search_key(data["name"], code), code) for code, data in items)
    for code, data in items[::500]:
        assert index.search(data["name"])[0] == code
        assert index.search(code) == [code]
    assert len(index.search("q")) == 50  # a single letter fills the page from the prefix tier

"""The demo data in resources/demo/ follows the domain rules (DOMAIN.md §2-§4, §8).

It appears in every demo and screenshot, so these tests check both the structure the client relies on
and the rules a real hall would be held to (zones, 1+X windows, item time limits, 一件事 merge keys,
valid identifiers).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter, defaultdict
from functools import cache
from importlib.resources import files

import pytest

from hallclient.domain.catalog import ItemKind, MaterialForm, MaterialSource, Role, WindowKind
from hallclient.domain.ids import validate_id_card, validate_phone, validate_uscc
from hallclient.domain.tickets import TicketKind

ZONES = {"A": "投资项目审批", "B": "商事登记", "D": "不动产登记", "E": "社会事务", "F": "公用事业"}
ELICENCE_TYPES = {
    "居民身份证",
    "营业执照",
    "不动产权证书",
    "不动产登记证明",
    "户口簿",
    "结婚证",
    "出生医学证明",
    "残疾人证",
    "食品经营许可证",
}
GENERIC_KEYS = {"authorisation_letter", "agent_id", "commitment_letter"}
CODE = re.compile(r"^330602-(XK|QR|GF|GG|QT)-0([1-5])\d{2}$")
ZONE_NUMBER = {"1": "A", "2": "B", "3": "D", "4": "E", "5": "F"}
LATIN = re.compile(r"[A-Za-z]")


@cache
def load(name: str) -> dict:
    return json.loads((files("resources") / "demo" / name).read_text(encoding="utf-8"))


def hall() -> dict:
    return load("hall.json")


def catalog() -> dict:
    return load("catalog.json")


def elicences() -> dict:
    return load("elicences.json")


def items() -> list[dict]:
    return catalog()["items"]


def item_by_code() -> dict[str, dict]:
    return {it["code"]: it for it in items()}


# ---------------------------------------------------------------- hall.json


def test_hall_header():
    h = hall()["hall"]
    assert h["code"] == "330602"
    assert h["name"] == "越城区政务服务中心"
    assert h["address"].startswith("浙江省绍兴市越城区")
    assert validate_phone(h["phone"]).startswith("0575")
    assert h["notice"] and "\n" not in h["notice"]
    assert h["wait_target_minutes"] > 0


def test_zones_are_the_five_acceptance_zones():
    zones = hall()["zones"]
    assert {z["code"]: z["name"] for z in zones} == ZONES
    for z in zones:
        assert z["ticket_prefix"] == z["code"]
        assert z["warn_level"] == 30
        assert z["daily_cap"] is None or z["daily_cap"] > z["warn_level"]
    assert [z["sort_order"] for z in zones] == list(range(1, len(zones) + 1))
    assert any(z["daily_cap"] is not None for z in zones), "one zone exercises the daily cap"
    prefixes = {z["ticket_prefix"] for z in zones}
    assert not prefixes & {"C", "Q"}, "consult and pickup prefixes stay free"


def test_windows_one_plus_x():
    windows = hall()["windows"]
    zone_codes = set(ZONES)
    assert len(windows) >= 14
    assert len({w["id"] for w in windows}) == len(windows)
    assert sorted(w["number"] for w in windows) == list(range(1, len(windows) + 1))
    for w in windows:
        assert WindowKind(w["kind"])
        assert set(w["zones"]) <= zone_codes
        assert w["ticket_kinds"] and all(TicketKind(k) for k in w["ticket_kinds"])
        assert w["evaluation_device"]
        if "accept" in w["ticket_kinds"]:
            assert w["zones"], f"{w['id']} accepts but serves no zone"
        if w["kind"] == WindowKind.SPECIALISED:
            assert w["department"], f"specialised window {w['id']} names its department"
    comprehensive = [w for w in windows if w["kind"] == WindowKind.COMPREHENSIVE and "accept" in w["ticket_kinds"]]
    assert len(comprehensive) >= 8
    for w in comprehensive:
        assert 1 <= len(w["zones"]) <= 3
    for code in ZONES:
        assert sum(code in w["zones"] for w in comprehensive) >= 2, f"zone {code} on <2 comprehensive windows"
        serving = [w for w in windows if code in w["zones"] and "accept" in w["ticket_kinds"]]
        assert len(serving) >= 2, f"zone {code} served by fewer than 2 windows"
    assert any(w["ticket_kinds"] == ["pickup"] for w in windows), "a 综合出件 window"
    assert any(w["ticket_kinds"] == ["consult"] for w in windows), "a consultation window"
    assert any(w["kind"] == WindowKind.SPECIALISED for w in windows)


def test_specialised_windows_match_their_departments():
    for w in hall()["windows"]:
        if w["kind"] != WindowKind.SPECIALISED:
            continue
        handled = [it for it in items() if it["zone"] in w["zones"] and w["department"] in it["departments"]]
        assert handled, f"{w['name']}: {w['department']} handles no item in zones {w['zones']}"


def test_users():
    h = hall()
    windows = {w["id"] for w in h["windows"]}
    users = {u["username"]: u for u in h["users"]}
    assert len(users) == len(h["users"])
    expected = {"demo", "guide1", "manager", "display", "evaluator"} | {f"clerk{n:02d}" for n in range(1, 9)}
    assert expected <= set(users)
    assert set(users["demo"]["roles"]) == {r.value for r in Role}
    assert users["demo"]["window"] in windows
    assert users["guide1"]["roles"] == ["guide"]
    for name in ("manager", "display", "evaluator"):
        assert users[name]["roles"] == [name]
    clerk_windows = []
    for u in users.values():
        assert u["password"] == u["username"]
        assert u["display_name"] and not LATIN.search(u["display_name"])
        assert u["employee_no"]
        assert all(Role(r) for r in u["roles"])
        assert u["window"] is None or u["window"] in windows
        if u["username"].startswith("clerk"):
            assert u["roles"] == ["clerk"] and u["window"] in windows
            clerk_windows.append(u["window"])
    assert len(set(clerk_windows)) == len(clerk_windows), "two clerks on one window"
    assert len({u["employee_no"] for u in users.values()}) == len(users)


def test_priority_and_skip_settings():
    h = hall()
    assert len(h["priority_reasons"]) >= 4
    assert any("老年人" in r for r in h["priority_reasons"])
    assert any("残疾人" in r for r in h["priority_reasons"])
    assert any("孕妇" in r for r in h["priority_reasons"])
    assert h["skip_reactivate_behind"] == 3


# ---------------------------------------------------------------- catalog.json


def test_item_counts_and_codes():
    its = items()
    assert len(its) >= 44
    per_zone = Counter(it["zone"] for it in its)
    assert set(per_zone) == set(ZONES)
    assert all(n >= 6 for n in per_zone.values()), per_zone
    codes = [it["code"] for it in its]
    assert len(set(codes)) == len(codes)
    assert len({it["name"] for it in its}) == len(its)
    for it in its:
        match = CODE.match(it["code"])
        assert match, it["code"]
        assert ZONE_NUMBER[match.group(2)] == it["zone"], it["code"]


@pytest.mark.parametrize("it", items(), ids=lambda it: it["code"])
def test_item_fields(it):
    assert it["zone"] in ZONES
    assert ItemKind(it["kind"])
    deps = it["departments"]
    assert 1 <= len(deps) <= 4 and len(set(deps)) == len(deps)
    legal, promised = it["legal_limit_days"], it["promised_limit_days"]
    assert isinstance(legal, int) and isinstance(promised, int)
    assert 0 <= promised <= legal and legal >= 1
    if it["kind"] == ItemKind.IMMEDIATE:
        assert promised <= 1, "即办件 are done on the spot or next day"
    for field in ("name", "fees", "conditions", "simple_guide", "basis", "result", "contact"):
        assert isinstance(it[field], str) and it[field].strip(), field
    assert it["basis"].startswith("设定依据：") and "《" in it["basis"]
    assert it["contact"].startswith("咨询电话 ")
    assert 2 <= it["simple_guide"].count("。") <= 4, "2-4 sentences for the guide desk"
    assert it["result_kind"] in {"paper", "electronic", "both"}
    assert isinstance(it["commitment_allowed"], bool) and isinstance(it["needs_project_code"], bool)
    if it["needs_project_code"]:
        assert it["zone"] == "A"


@pytest.mark.parametrize("it", items(), ids=lambda it: it["code"])
def test_item_materials(it):
    mats = it["materials"]
    assert 3 <= len(mats) <= 9
    keys = [mt["key"] for mt in mats]
    assert len(set(keys)) == len(keys)
    assert any(mt["required"] for mt in mats)
    for mt in mats:
        assert re.fullmatch(r"[a-z][a-z0-9_]*", mt["key"]), mt["key"]
        assert mt["name"].strip() and mt["name"] == mt["name"].strip()
        assert isinstance(mt["required"], bool) and isinstance(mt["deferrable"], bool)
        if mt["deferrable"]:
            assert mt["required"], f"{mt['key']}: only required non-key materials are deferred (容缺)"
        assert MaterialForm(mt["form"])
        assert isinstance(mt["copies"], int) and mt["copies"] >= 1
        assert MaterialSource(mt["source"])
        assert mt["elicence"] is None or mt["elicence"] in ELICENCE_TYPES
        assert mt["sample"] is None or mt["sample"].strip()
        assert mt["note"] is None or mt["note"].strip()


def test_no_placeholder_or_english_text():
    def texts():
        for it in items():
            for field in ("name", "fees", "conditions", "simple_guide", "basis", "result", "contact"):
                yield it[field]
            for mt in it["materials"]:
                yield from (v for v in (mt["name"], mt["sample"], mt["note"]) if v)
        for b in catalog()["bundles"]:
            yield b["name"]
        h = hall()
        yield from (h["hall"]["name"], h["hall"]["address"], h["hall"]["notice"])
        yield from (w["name"] for w in h["windows"])
        yield from h["priority_reasons"]

    for text in texts():
        assert not LATIN.search(text), text
        assert "待定" not in text and "示例" not in text and "XXX" not in text.upper(), text


def test_material_keys_are_consistent():
    names = defaultdict(set)
    for it in items():
        for mt in it["materials"]:
            names[mt["key"]].add(mt["name"])
    inconsistent = {k: v for k, v in names.items() if len(v) > 1}
    assert not inconsistent, "one key must name one document everywhere"
    usage = Counter(mt["key"] for it in items() for mt in it["materials"])
    for key in ("applicant_id", "business_licence", "property_certificate", "authorisation_letter"):
        assert usage[key] >= 5, key


def test_catalog_rule_coverage():
    its = items()
    assert sum(it["commitment_allowed"] for it in its) >= 8
    assert sum(it["needs_project_code"] for it in its) >= 4
    assert sum(any(mt["deferrable"] for mt in it["materials"]) for it in its) >= 10
    assert {it["kind"] for it in its} >= {1, 2, 9}
    assert any(it["kind"] == 1 and it["promised_limit_days"] == 0 for it in its)
    assert any(it["kind"] == 2 and it["legal_limit_days"] == 20 and 5 <= it["promised_limit_days"] <= 10 for it in its)
    joint = [it for it in its if len(it["departments"]) >= 2 and it["legal_limit_days"] == 45]
    assert joint, "a 并联 item with the 45-day joint limit"
    assert any(len(it["departments"]) >= 2 for it in its if it["zone"] != "A")
    mats = [mt for it in its for mt in it["materials"]]
    assert {mt["source"] for mt in mats} == {s.value for s in MaterialSource}
    assert {mt["form"] for mt in mats} == {f.value for f in MaterialForm}
    assert any(mt["copies"] > 1 for mt in mats)
    assert any(not mt["required"] for mt in mats)
    assert {mt["elicence"] for mt in mats} >= {"居民身份证", "营业执照", "不动产权证书", "户口簿", "结婚证"}
    assert {it["result_kind"] for it in its} == {"paper", "electronic", "both"}


def test_bundles_merge_shared_materials():
    bundles = catalog()["bundles"]
    by_code = item_by_code()
    assert len(bundles) >= 4
    assert len({b["code"] for b in bundles}) == len(bundles)
    assert len({b["name"] for b in bundles}) == len(bundles)
    for b in bundles:
        assert re.fullmatch(r"YJS-\d{3}", b["code"])
        assert b["name"].endswith("一件事")
        assert 2 <= len(b["items"]) <= 4 and len(set(b["items"])) == len(b["items"])
        assert all(code in by_code for code in b["items"]), b["code"]
        counts = Counter(mt["key"] for code in b["items"] for mt in by_code[code]["materials"])
        shared = {k for k, n in counts.items() if n >= 2} - GENERIC_KEYS
        assert shared, f"{b['code']} shares no document between its items"


# ---------------------------------------------------------------- elicences.json


def _holders():
    people, companies = {}, {}
    for lic in elicences()["elicences"]:
        target = people if len(lic["holder_id"]) == 18 and lic["holder_id"][:2] != "91" else companies
        target.setdefault(lic["holder_id"], []).append(lic)
    return people, companies


def test_elicence_identifiers_are_valid():
    people, companies = _holders()
    assert len(people) >= 8
    assert len(companies) >= 4
    for number in people:
        assert validate_id_card(number) == number
        assert number.startswith("3306")
        assert 1950 <= int(number[6:10]) <= 2000
    for code in companies:
        assert validate_uscc(code) == code
        assert code.startswith("91330602")
    for holder in (*people.values(), *companies.values()):
        assert 1 <= len(holder) <= 4
        assert len({lic["holder_name"] for lic in holder}) == 1
        assert len({lic["type"] for lic in holder}) == len(holder)


def test_elicence_records():
    for lic in elicences()["elicences"]:
        assert lic["type"] in ELICENCE_TYPES
        assert lic["number"] and lic["issuer"] and lic["holder_name"]
        issued = dt.date.fromisoformat(lic["issued"])
        if lic["valid_until"] is not None:
            assert dt.date.fromisoformat(lic["valid_until"]) > issued
        if lic["type"] in {"居民身份证", "营业执照"}:
            expected = lic["holder_id"]
            assert lic["number"] == expected
        if lic["holder_id"][:2] != "91":
            birth = dt.date(int(lic["holder_id"][6:10]), int(lic["holder_id"][10:12]), int(lic["holder_id"][12:14]))
            assert issued > birth
    assert any(lic["type"] == "居民身份证" for lic in elicences()["elicences"])


def test_applicants_match_holders():
    people, companies = _holders()
    applicants = elicences()["applicants"]
    persons = {a["id_number"]: a for a in applicants if a["type"] == "person"}
    legals = {a["uscc"]: a for a in applicants if a["type"] == "legal"}
    assert len(persons) + len(legals) == len(applicants)
    assert set(persons) == set(people)
    assert set(legals) == set(companies)
    for number, a in persons.items():
        assert a["name"] == people[number][0]["holder_name"]
        assert re.fullmatch(r"1[3-9]\d{9}", validate_phone(a["phone"]))
    for code, a in legals.items():
        assert a["name"] == companies[code][0]["holder_name"]
        assert a["name"].startswith("绍兴") and a["name"].endswith("有限公司")
        assert a["legal_rep"] and validate_phone(a["phone"])

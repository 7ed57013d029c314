"""The public API other parts of the project code against."""

import json

import pytest

from compliance.engine import (
    SEVERITIES,
    CompiledPack,
    EngineError,
    Finding,
    ProductFacts,
    check,
    compile_pack,
    get_pack,
    load_pack_data,
)

WMP = {
    "code": "AYWX090",
    "name": "安盈稳享90天持有期固收理财",
    "type": "wmp",
    "risk_level": "R2",
    "benchmark_min": 2.8,
    "benchmark_max": 3.6,
    "principal_protected": False,
}


def test_check_returns_findings_with_every_field():
    text = "这款理财保本保收益，放心买。"
    findings = check(text, kind="chat", products=[WMP])
    codes = {f.code for f in findings}
    assert {"promise.capital_guarantee", "promise.guaranteed_return"} <= codes
    for f in findings:
        assert isinstance(f, Finding)
        assert f.severity in SEVERITIES
        assert f.excerpt == text[f.start : f.end]
        assert f.message and f.suggestion
        assert set(f.to_dict()) == {"code", "severity", "start", "end", "excerpt", "message", "suggestion"}
    assert [f.start for f in findings] == sorted(f.start for f in findings)


def test_products_accept_dataclass_or_dict():
    as_dict = check("这款是R2的，中低风险。", kind="chat", products=[dict(WMP, risk_level="R3")])
    as_facts = check(
        "这款是R2的，中低风险。", kind="chat", products=[ProductFacts.coerce(dict(WMP, risk_level="R3"))]
    )
    assert as_dict == as_facts
    assert any(f.code == "claim.risk_level_mismatch" for f in as_dict)


def test_bad_arguments_raise_engine_error():
    with pytest.raises(EngineError):
        check("x", kind="tweet")
    with pytest.raises(EngineError):
        check("x", kind="chat", customer_risk="C9")
    with pytest.raises(EngineError):
        check("x", kind="chat", products=[dict(WMP, type="crypto")])
    with pytest.raises(EngineError):
        check(b"x", kind="chat")  # type: ignore[arg-type]


def test_pack_data_is_json_and_recompiles():
    data = load_pack_data("cn")
    assert json.loads(json.dumps(data)) == data
    assert data["name"] == "cn" and data["language"] == "zh" and data["auto_publish_kinds"] == []
    codes = [r["code"] for r in data["rules"]]
    assert len(codes) == 25 == len(set(codes))
    for rule in data["rules"]:
        assert {"code", "severity", "kinds", "message", "suggestion", "message_en", "suggestion_en"} <= set(
            rule
        )
    pack = compile_pack(data)
    assert isinstance(pack, CompiledPack)
    assert compile_pack(load_pack_data("cn")) is pack  # cached by content
    assert get_pack("cn") is get_pack("cn")


def test_disabled_rule_is_ignored():
    data = load_pack_data("cn")
    for rule in data["rules"]:
        if rule["code"] == "promise.capital_guarantee":
            rule["enabled"] = False
    pack = compile_pack(data)
    codes = {f.code for f in check("这款保本的", kind="chat", pack=pack)}
    assert "promise.capital_guarantee" not in codes
    assert "promise.capital_guarantee" in {f.code for f in check("这款保本的", kind="chat")}


def test_check_window_catches_a_phrase_split_across_messages():
    from compliance.engine import check_window

    assert check("本的，放心", kind="chat", products=[WMP]) == []
    findings = check_window(["今天这款", "保", "本的，放心"], products=[WMP])
    hits = [f for f in findings if f.code == "promise.capital_guarantee"]
    assert hits and hits[0].start == 0 and hits[0].excerpt == "本的，放心"[hits[0].start : hits[0].end]
    # Findings wholly inside earlier lines were already reported with those lines.
    assert check_window(["这款保本的", "大家晚上好"], products=[WMP]) == []

"""Suggestions that can be published as written (issue 16 point 7): built from the product's facts and type."""

import re

import pytest

from compliance.engine import check

WMP = {
    "code": "JX180",
    "name": "嘉兴稳益180天持有期理财",
    "type": "wmp",
    "risk_level": "R2",
    "benchmark_min": 2.7,
    "benchmark_max": 3.5,
    "principal_protected": False,
}
FUND = {"code": "QF1", "name": "青峰成长混合", "type": "fund", "risk_level": "R4"}
INS = {"code": "KX1", "name": "康享两全保险", "type": "insurance", "risk_level": "R2"}
DEP = {
    "code": "D3",
    "name": "三年期定期存款",
    "type": "deposit",
    "risk_level": "R1",
    "benchmark_min": 2.1,
    "benchmark_max": 2.1,
    "principal_protected": True,
}
EWMP = {
    "code": "HY",
    "name": "Horizon Yield Portfolio",
    "type": "wmp",
    "risk_level": "R3",
    "benchmark_min": 3.1,
    "benchmark_max": 4.4,
    "principal_protected": False,
}
PLACEHOLDER = re.compile(r"X%|Y%|…|\{[a-z_]+\}")


@pytest.mark.parametrize(
    ("text", "product", "pack", "code", "must_contain"),
    [
        ("这款年化4%稳稳到手", WMP, "cn", "claim.yield_exceeds_benchmark", "年化2.7%-3.5%"),
        (
            "这款年化4%稳稳到手",
            WMP,
            "cn",
            "promise.guaranteed_return",
            "嘉兴稳益180天持有期理财的业绩比较基准为年化2.7%-3.5%",
        ),
        ("这款保本，放心买", WMP, "cn", "promise.capital_guarantee", "风险等级R2（中低风险）"),
        ("这只基金保本", FUND, "cn", "promise.capital_guarantee", "基金有风险"),
        ("这款保险保本保息", INS, "cn", "promise.capital_guarantee", "不是存款"),
        ("存款零风险", DEP, "cn", "promise.capital_guarantee", "存款保险"),
        ("这款就跟存定期一样", INS, "cn", "comparison.deposit_analogy", "提前退保"),
        ("We expect it to return 5% next year.", EWMP, "us", "claim.yield_exceeds_benchmark", "3.1%–4.4%"),
    ],
)
def test_suggestion_uses_the_products_facts(text, product, pack, code, must_contain):
    findings = [f for f in check(text, kind="chat", products=[product], pack=pack) if f.code == code]
    assert findings, [f.code for f in check(text, kind="chat", products=[product], pack=pack)]
    assert must_contain in findings[0].suggestion
    assert not PLACEHOLDER.search(findings[0].suggestion)


@pytest.mark.parametrize(
    ("text", "pack"),
    [
        ("这款保本保收益，预计年化5%，限时抢购，加我私人微信", "cn"),
        ("It's risk-free and guaranteed to return 8%, act now, text me at my personal cell", "us"),
    ],
)
@pytest.mark.parametrize("product", [None, WMP, FUND, INS, DEP])
def test_no_suggestion_keeps_a_placeholder(text, pack, product):
    for f in check(text, kind="chat", products=[product] if product else [], pack=pack):
        assert f.suggestion and not PLACEHOLDER.search(f.suggestion), (f.code, f.suggestion)

"""Suggested rewrites that can be published as written (issue 16 point 7).

A finding's suggestion is built from the attached product's facts — its name, benchmark, risk level and
type — so that it reads as a finished sentence ("安盈稳享的业绩比较基准为年化2.8%-3.6%…"), never a template
with "X%-Y%" left in. The table is keyed by rule code, then product type (deposit, wmp, fund, insurance,
or "" for no product); a template whose facts are missing falls back to the next one that needs fewer
facts, and finally to the rule's own suggestion from the pack.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from .types import ProductFacts

_LEVEL_ZH = {1: "低风险", 2: "中低风险", 3: "中风险", 4: "中高风险", 5: "高风险"}
_LEVEL_EN = {1: "low", 2: "low-moderate", 3: "moderate", 4: "moderate-high", 5: "high"}

# code → product type → templates, most specific first. Fields: {name} {bmin} {bmax} {level} {level_word}
# {customer}. A template is used only when every field it names is known.
Templates = Mapping[str, Mapping[str, Sequence[str]]]

_ZH: Templates = {
    "promise.capital_guarantee": {
        "wmp": [
            "{name}为非保本浮动收益型理财产品，风险等级R{level}（{level_word}），不保证本金和收益，极端情况下可能损失本金。理财非存款、产品有风险、投资须谨慎。",
            "本产品为非保本浮动收益型理财产品，不保证本金和收益，极端情况下可能损失本金。理财非存款、产品有风险、投资须谨慎。",
        ],
        "fund": [
            "{name}不保证本金和收益，基金净值会随市场波动，可能发生亏损。基金有风险，投资须谨慎。",
            "基金不保证本金和收益，净值会随市场波动，可能发生亏损。基金有风险，投资须谨慎。",
        ],
        "insurance": [
            "{name}是保险产品，不是存款；分红等非保证利益不确定，提前退保可能造成本金损失。",
            "保险产品不是存款；非保证利益不确定，提前退保可能造成本金损失。",
        ],
        "deposit": [
            "{name}是存款产品，受存款保险保护（同一银行合计最高50万元）；请不要使用“零风险”“绝对安全”等绝对化用语。",
            "存款受存款保险保护（同一银行合计最高50万元）；请不要使用“零风险”“绝对安全”等绝对化用语。",
        ],
        "": ["本产品为非保本浮动收益型产品，不保证本金和收益，极端情况下可能损失本金。"],
    },
    "promise.guaranteed_return": {
        "wmp": [
            "{name}的业绩比较基准为年化{bmin}%-{bmax}%，业绩比较基准不代表实际收益，不构成收益承诺，实际收益可能低于基准。",
            "本产品不承诺收益，实际收益可能低于业绩比较基准，甚至出现亏损。",
        ],
        "fund": [
            "{name}的收益不确定，过往业绩不代表未来表现。基金有风险，投资须谨慎。",
            "基金收益不确定，过往业绩不代表未来表现。基金有风险，投资须谨慎。",
        ],
        "insurance": [
            "{name}的分红等非保证利益不确定，可能为零；保证利益以保险合同约定为准。",
            "分红等非保证利益不确定，可能为零；保证利益以保险合同约定为准。",
        ],
        "deposit": ["{name}的利率为合同约定的年化{bmax}%。", "存款利率以合同约定为准。"],
        "": ["本产品不承诺收益，实际收益以产品实际运作为准，可能低于预期甚至亏损。"],
    },
    "performance.prediction": {
        "wmp": [
            "我们不对产品收益做预测。{name}的业绩比较基准为年化{bmin}%-{bmax}%，业绩比较基准不代表实际收益，不构成收益承诺。",
            "我们不对产品收益做预测；业绩比较基准不代表实际收益，不构成收益承诺。",
        ],
        "fund": [
            "我们不对基金业绩和市场走势做预测。{name}的过往业绩不代表未来表现，基金有风险，投资须谨慎。",
            "我们不对基金业绩和市场走势做预测；过往业绩不代表未来表现，基金有风险，投资须谨慎。",
        ],
        "insurance": [
            "我们不对分红水平做预测。{name}的分红等非保证利益不确定，可能为零。",
            "我们不对分红水平做预测；非保证利益不确定，可能为零。",
        ],
        "deposit": ["{name}的利率为合同约定的年化{bmax}%，到期前不会变化。", "存款利率以合同约定为准。"],
        "": ["我们不对产品收益和市场走势做预测，请以产品资料披露的信息为准。"],
    },
    "claim.yield_exceeds_benchmark": {
        "deposit": ["{name}的利率为合同约定的年化{bmax}%，请按合同利率介绍。"],
        "*": [
            "请按产品资料引用：{name}的业绩比较基准为年化{bmin}%-{bmax}%（业绩比较基准不代表实际收益，不构成收益承诺）。"
        ],
    },
    "claim.product_fact_mismatch": {
        "deposit": ["{name}的利率为合同约定的年化{bmax}%，请按合同利率介绍。"],
        "*": [
            "请按产品资料引用：{name}的业绩比较基准为年化{bmin}%-{bmax}%（业绩比较基准不代表实际收益，不构成收益承诺）。"
        ],
    },
    "disclosure.benchmark_disclaimer_missing": {
        "*": [
            "{name}的业绩比较基准为年化{bmin}%-{bmax}%（业绩比较基准不代表产品未来表现和实际收益，不构成对产品收益的承诺）。",
            "业绩比较基准不代表产品未来表现和实际收益，不构成对产品收益的承诺。",
        ],
    },
    "claim.risk_level_mismatch": {
        "*": [
            "{name}的风险等级为R{level}（{level_word}），请按产品实际风险等级介绍。",
            "请按产品实际风险等级介绍。",
        ],
    },
    "comparison.deposit_analogy": {
        "wmp": [
            "{name}是理财产品，不是存款，不受存款保险保护，可能损失本金；其风险和收益特征与定期存款不同。"
        ],
        "fund": ["{name}是基金，不是存款，不受存款保险保护，净值会波动，可能损失本金。"],
        "insurance": ["{name}是保险产品，不是存款，不能与存款利率简单比较；提前退保可能造成损失。"],
        "": ["理财、基金和保险都不是存款，不受存款保险保护，与存款的风险和收益特征不同。"],
    },
    "misleading.hidden_conditions": {
        "wmp": ["{name}有持有期或开放期限制，期内不能赎回；费用以产品说明书为准。"],
        "fund": [
            "{name}的申购费、赎回费、管理费和托管费以基金合同和招募说明书为准，持有期限制请以产品资料为准。"
        ],
        "insurance": ["{name}的部分领取和退保以保险合同约定为准，提前退保可能造成损失。"],
        "": ["请如实说明产品的期限、赎回条件和费用，以产品说明书为准。"],
    },
    "suitability.product_above_customer_risk": {
        "*": [
            "{name}的风险等级为R{level}，高于您C{customer}的风险承受能力，系统不会为您办理；如您的情况确有变化，可以重新评估。",
            "这款产品的风险等级高于您的风险承受能力，系统不会为您办理；如您的情况确有变化，可以重新评估。",
        ],
    },
}

_EN: Templates = {
    "promise.capital_guarantee": {
        "deposit": [
            "{name} is a bank deposit, FDIC insured up to the standard limits; please avoid absolute words such as risk-free."
        ],
        "*": [
            "{name} is not a deposit, not FDIC insured, not bank-guaranteed, and may lose value, including principal.",
            "This product is not a deposit, not FDIC insured, not bank-guaranteed, and may lose value, including principal.",
        ],
    },
    "promise.guaranteed_return": {
        "deposit": ["{name} pays a fixed {bmax}% for its term, as the deposit agreement states."],
        "insurance": [
            "Dividends and other non-guaranteed benefits of {name} are not guaranteed and may be zero."
        ],
        "wmp": [
            "{name}'s benchmark is {bmin}%–{bmax}% a year; it is a reference, not a promise, and returns may be lower.",
            "Returns are not guaranteed and may be lower than the benchmark; you may lose money.",
        ],
        "*": [
            "Returns of {name} are not guaranteed; you may lose money.",
            "Returns are not guaranteed; you may lose money.",
        ],
    },
    "performance.prediction": {
        "deposit": ["{name} pays a fixed {bmax}% for its term."],
        "wmp": [
            "We don't forecast returns. {name}'s benchmark is {bmin}%–{bmax}% a year, a reference rather than a forecast or promise.",
            "We don't forecast returns; the benchmark is a reference, not a forecast or promise.",
        ],
        "*": [
            "We don't forecast returns or markets; past performance of {name} does not guarantee future results.",
            "We don't forecast returns or markets; past performance does not guarantee future results.",
        ],
    },
    "claim.yield_exceeds_benchmark": {
        "deposit": ["Quote the contractual rate: {name} pays {bmax}% for its term."],
        "*": [
            "Quote the product record: {name}'s benchmark is {bmin}%–{bmax}% a year (a reference, not a promise of returns)."
        ],
    },
    "claim.product_fact_mismatch": {
        "deposit": ["Quote the contractual rate: {name} pays {bmax}% for its term."],
        "*": [
            "Quote the product record: {name}'s benchmark is {bmin}%–{bmax}% a year (a reference, not a promise of returns)."
        ],
    },
    "disclosure.benchmark_disclaimer_missing": {
        "*": [
            "{name}'s benchmark is {bmin}%–{bmax}% a year; the benchmark is a reference, not a forecast or promise, and does not represent actual returns.",
            "The benchmark is a reference, not a forecast or promise of returns, and does not represent actual returns.",
        ],
    },
    "claim.risk_level_mismatch": {
        "*": [
            "{name} is rated R{level} ({level_word} risk); please describe it at that rating.",
            "Please describe the product at its actual risk rating.",
        ],
    },
    "comparison.deposit_analogy": {
        "insurance": [
            "{name} is an insurance product, not a deposit; surrendering early can cost you money."
        ],
        "*": [
            "{name} is not a deposit and is not FDIC insured; it carries investment risk that a deposit does not.",
            "This product is not a deposit and is not FDIC insured; it carries investment risk that a deposit does not.",
        ],
    },
    "misleading.hidden_conditions": {
        "insurance": [
            "Withdrawals and surrenders of {name} follow the contract; surrender charges may apply."
        ],
        "*": [
            "State the lock-up, redemption terms and fees of {name} as its offering documents give them.",
            "State the lock-up, redemption terms and fees as the offering documents give them.",
        ],
    },
    "suitability.product_above_customer_risk": {
        "*": [
            "{name} (R{level}) is above your risk profile (C{customer}); we can't recommend it unless a new, genuine assessment changes that.",
            "This product is above your risk profile; we can't recommend it unless a new, genuine assessment changes that.",
        ],
    },
}

_FIELD = re.compile(r"\{([a-z_]+)\}")


def _facts(product: ProductFacts | None, customer: int | None, language: str) -> dict[str, str]:
    out: dict[str, str] = {}
    if customer is not None:
        out["customer"] = str(customer)
    if product is None:
        return out
    if product.name and (
        language == "zh" or product.name.isascii()
    ):  # no Chinese name in an English sentence
        out["name"] = product.name
    if product.benchmark_min is not None and product.benchmark_max is not None:
        out["bmin"], out["bmax"] = f"{product.benchmark_min:g}", f"{product.benchmark_max:g}"
    elif product.benchmark_max is not None:
        out["bmax"] = f"{product.benchmark_max:g}"
    if product.level is not None:
        out["level"] = str(product.level)
        out["level_word"] = (_LEVEL_ZH if language == "zh" else _LEVEL_EN)[product.level]
    return out


def suggest(
    code: str,
    fallback: str,
    products: Sequence[ProductFacts],
    language: str,
    customer: int | None,
    fmt: Mapping[str, Any] | None = None,
) -> str:
    """The suggestion for a finding of ``code``: the first template of the product's type whose facts are all
    known; otherwise ``fallback`` (the pack's suggestion) with its fields filled or removed."""
    table = (_ZH if language == "zh" else _EN).get(code)
    product = products[0] if products else None
    if table is not None:
        facts = _facts(product, customer, language)
        ptype = product.type if product is not None else ""
        for template in list(table.get(ptype, ())) + list(table.get("*", ())) + list(table.get("", ())):
            if all(f in facts for f in _FIELD.findall(template)):
                return template.format(**facts)
    values = {k: v for k, v in (fmt or {}).items() if not k.startswith("_")}
    return _FIELD.sub(lambda m: str(values.get(m.group(1), "")), fallback) if "{" in fallback else fallback

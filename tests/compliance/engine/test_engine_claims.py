"""Claims recognised by their structure (issue 16 points 2–6), one table per category.

Written for these tests, apart from every corpus: each violating line pairs a claim type with a wording the
packs do not list as a phrase, and each category has hard negatives (negated, quoted in a warning, a
disclosure). Format as in test_engine_phrasings: ``codes (comma-separated, "-" for clean) | product[:customer]
| kind | pack | text``.
"""

import pytest

from compliance.engine import check

PRODUCTS = {
    "NONE": None,
    "WMP": {
        "code": "JX180",
        "name": "嘉兴稳益180天持有期理财",
        "type": "wmp",
        "risk_level": "R2",
        "benchmark_min": 2.7,
        "benchmark_max": 3.5,
        "principal_protected": False,
    },
    "WMP3": {
        "code": "HY365",
        "name": "Horizon Yield One-Year Closed-End Portfolio",
        "type": "wmp",
        "risk_level": "R3",
        "benchmark_min": 3.1,
        "benchmark_max": 4.4,
        "principal_protected": False,
    },
    "FUND": {
        "code": "QF1",
        "name": "青峰成长混合",
        "type": "fund",
        "risk_level": "R4",
        "benchmark_min": None,
        "benchmark_max": None,
        "principal_protected": False,
    },
    "EFUND": {
        "code": "RG1",
        "name": "Ridgeline Growth Fund",
        "type": "fund",
        "risk_level": "R4",
        "benchmark_min": None,
        "benchmark_max": None,
        "principal_protected": False,
    },
    "INS": {
        "code": "KX1",
        "name": "康享两全保险",
        "type": "insurance",
        "risk_level": "R2",
        "benchmark_min": None,
        "benchmark_max": None,
        "principal_protected": False,
    },
    "DEP": {
        "code": "D3",
        "name": "三年期定期存款",
        "type": "deposit",
        "risk_level": "R1",
        "benchmark_min": 2.1,
        "benchmark_max": 2.1,
        "principal_protected": True,
    },
}

GUARANTEES = r"""
promise.capital_guarantee | WMP | chat | cn | 这只产品压根不存在亏本的风险，大家踏实买。
promise.capital_guarantee | WMP | chat | cn | 它亏损的概率小到可以忽略。
promise.capital_guarantee | FUND | chat | cn | 这只基金成立以来一次都没跌过。
promise.capital_guarantee | WMP | chat | cn | 真要是亏了，差多少我自己掏钱给您补上。
promise.capital_guarantee | WMP | chat | cn | 不能说保本哈，不过大家心里有数就行。
promise.capital_guarantee | EFUND | chat | us | If this fund ever loses you money, I'll personally make you whole.
promise.capital_guarantee | EFUND | chat | us | Ridgeline hasn’t had a down year since it launched.
promise.capital_guarantee | EFUND | chat | us | The odds that you lose money here are practically nil.
promise.guaranteed_return | WMP | chat | cn | 跟着买就行，绝对赚钱的。
promise.guaranteed_return | INS | chat | cn | 这款年年都有分红，一年不落。
promise.guaranteed_return | EFUND | chat | us | You will definitely make money on this one.
- | WMP | chat | cn | 本产品不保本，存在亏损本金的可能，请谨慎决策。
- | WMP | chat | cn | 没有只赚不赔的理财，这款净值也会波动。
- | EFUND | chat | us | There's always a chance of losing money in a stock fund; it has had several down years.
- | DEP | chat | cn | 定期存款本金安全，受存款保险保护，利率年化2.1%。
"""

FORECASTS = r"""
performance.prediction | WMP | chat | cn | 照现在的行情，拿个3%问题不大。
performance.prediction | FUND | chat | cn | 我个人估计这只基金明年还能继续涨。
performance.prediction | FUND | chat | cn | 跑赢沪深300应该没啥问题吧。
performance.prediction | EFUND | chat | us | Honestly I reckon it’ll rally hard next year.
performance.prediction | EFUND | chat | us | We’re confident the fund is going to beat the S&P again.
performance.prediction,claim.yield_exceeds_benchmark | WMP3 | chat | us | I’d guess this round lands at around four point six percent.
- | FUND | chat | cn | 我们不对基金后市做任何预测，请理性看待波动。
- | EFUND | chat | us | We don't make forecasts, and nobody can tell you where the market will go next year.
- | EFUND | chat | us | Bond prices fall when rates rise, so a 1% rise could cut the price by about 5%.
"""

FACTS = r"""
claim.product_fact_mismatch,disclosure.benchmark_disclaimer_missing | WMP | product_card | cn | 嘉兴稳益180天持有期｜风险等级R2｜业绩比较基准最低2.9%，最高3.5%｜理财非存款、产品有风险、投资须谨慎
claim.yield_exceeds_benchmark,disclosure.benchmark_disclaimer_missing | WMP3 | chat | us | The benchmark runs between 3.1% and 4.9% a year.
disclosure.benchmark_disclaimer_missing | WMP | chat | cn | 这款业绩比较基准二点七到三点五。
claim.yield_exceeds_benchmark,disclosure.benchmark_disclaimer_missing | WMP | chat | cn | 业绩比较基准为年化3.9%，参考同期限定期存款利率加点测算。
disclosure.benchmark_disclaimer_missing | WMP | chat | cn | 业绩比较基准最高3.5%。
performance.past_without_disclaimer | WMP | chat | cn | 去年这个系列能拿到3.3%。
- | WMP | chat | cn | 业绩比较基准年化2.7%-3.5%，业绩比较基准不代表实际收益，不构成收益承诺。
"""

EVASION = r"""
promise.capital_guarantee | WMP | chat | us | It’s completely risk‐free, you can’t lose.
promise.capital_guarantee | WMP | chat | cn | 这款0 风险
promise.capital_guarantee | WMP | chat | cn | 这款无风 险，大家放心
conduct.off_channel | NONE | chat | cn | 有需要的加我威信细聊
promise.capital_guarantee | WMP | chat | cn | 本金有保樟
- | NONE | chat | cn | 他在村里很有威信。
"""

FRAMES = r"""
- | NONE | script | cn | 【投资者教育】遇到以下说法要提高警惕：'保本保息''稳赚不赔''亏了算我的'。正规机构不得承诺保本保收益。
- | NONE | chat | us | Red flag: anyone telling you a fund is ‘risk-free’ or that you ‘can’t lose’ is running a scam.
- | NONE | script | us | [Compliance training] Never say “this should return 8%” or “you can’t lose.” These phrases are prohibited.
promise.capital_guarantee | WMP | script | cn | 各位晚上好，今天介绍嘉兴稳益，风险等级R2。这款产品保本，大家不要错过。理财非存款、产品有风险、投资须谨慎。最后提醒大家谨防骗局，不要把验证码告诉任何人。
promise.capital_guarantee,inducement.urgency_pressure | WMP | chat | us | Beware of scams: we never ask for passwords. Don’t miss out, this plan is risk-free!
promise.capital_guarantee | WMP | script | cn | 【内部培训】违规话术如'保本保息'一律不得使用。\n不过我们这款嘉兴稳益确实保本，大家放心推。\n理财非存款、产品有风险、投资须谨慎。风险等级R2。
"""

CALLS_AND_OTHERS = r"""
suitability.product_above_customer_risk | FUND:C2 | chat | cn | 您先配个三万试试水，我帮您下单。
suitability.product_above_customer_risk | EFUND:C2 | chat | us | Start with $10k and I’ll set it up for you tonight.
- | FUND:C2 | chat | cn | 这只是R4，高于您C2的风险承受能力，不建议购买。
superlative.absolute_term | FUND | chat | cn | 青峰成长在同类里数一数二。
superlative.absolute_term | EFUND | chat | us | Ridgeline is one of the best growth funds you can own.
comparison.unfair_competitor | NONE | chat | cn | 对面那家银行的客户经理水平太差，别去他们那儿买。
comparison.unfair_competitor | NONE | chat | us | Pinecrest Bank’s advisors are clueless about bonds.
endorsement.testimonial,performance.past_without_disclaimer | FUND | chat | cn | 我有个老客户去年买了五十万，现在已经赚了八万多。
endorsement.testimonial,performance.past_without_disclaimer | EFUND | chat | us | One of my clients put $80k in two years ago and she’s up 40% now.
inducement.gift_rebate,conduct.off_channel | WMP | chat | cn | 今天下单的，我个人再返大家0.5%。
conduct.off_channel | WMP | chat | us | Buy through me and I’ll refund your fees out of my own pocket.
inducement.urgency_pressure | WMP | chat | cn | 错过今天再等一年！
inducement.urgency_pressure | EFUND | chat | us | This offer closes tonight, so don’t sleep on it.
misleading.hidden_conditions | WMP | chat | cn | 虽说是180天持有期，有急用找我打个招呼就能提前赎回。
misleading.hidden_conditions | INS | chat | cn | 这款想取多少取多少，没有任何附加条件。
suitability.assessment_bypass | NONE | chat | cn | 测评里投资经验您就写十年以上，其他随便选。
- | WMP | chat | cn | 认购期为9月1日至9月15日，请在充分了解风险后决定。
- | NONE | chat | cn | 也请不要为了买产品去修改测评答案。
- | WMP | chat | cn | 持有满180天后可以随时赎回。
"""


def _rows(table: str) -> list[tuple[set[str], object, str | None, str, str, str]]:
    rows = []
    for line in table.strip().splitlines():
        codes, product, kind, pack, text = (part.strip() for part in line.split("|", 4))
        name, _, customer = product.partition(":")
        expected = set() if codes == "-" else set(codes.split(","))
        rows.append((expected, PRODUCTS[name], customer or None, kind, pack, text.replace("\\n", "\n")))
    return rows


CASES = [
    pytest.param(*row, id=f"{group}:{row[5][:24]}")
    for group, table in (
        ("guarantee", GUARANTEES),
        ("forecast", FORECASTS),
        ("facts", FACTS),
        ("evasion", EVASION),
        ("frames", FRAMES),
        ("calls", CALLS_AND_OTHERS),
    )
    for row in _rows(table)
]


@pytest.mark.parametrize(("expected", "product", "customer", "kind", "pack", "text"), CASES)
def test_claim(expected, product, customer, kind, pack, text):
    # The claim grammars alone: the statistical layer's hints are tested in test_engine_model.py.
    findings = check(
        text, kind=kind, products=[product] if product else [], customer_risk=customer, pack=pack, model=False
    )
    assert {f.code for f in findings if f.severity != "info"} == expected, [
        (f.code, f.excerpt) for f in findings
    ]

"""Every rule code: violating and compliant examples, both packs where the pack has the rule (rules.md §2).

Each row: the exact set of block/review codes expected (info codes are ignored), the product facts,
the customer's risk level, the kind, the pack and the text.
"""

import pytest

from compliance.engine import check

WMP = {
    "code": "WY180",
    "name": "稳盈180天持有期理财",
    "type": "wmp",
    "risk_level": "R2",
    "benchmark_min": 2.8,
    "benchmark_max": 3.6,
    "principal_protected": False,
}
WMP3 = dict(WMP, code="XY365", name="鑫越一年定开", risk_level="R3", benchmark_min=3.2, benchmark_max=4.5)
FUND = {
    "code": "F1",
    "name": "成长混合基金",
    "type": "fund",
    "risk_level": "R4",
    "benchmark_min": None,
    "benchmark_max": None,
    "principal_protected": False,
}
INS = {
    "code": "I1",
    "name": "福享增额终身寿",
    "type": "insurance",
    "risk_level": "R2",
    "benchmark_min": None,
    "benchmark_max": None,
    "principal_protected": False,
}
DEP = {
    "code": "D1",
    "name": "三年期大额存单",
    "type": "deposit",
    "risk_level": "R1",
    "benchmark_min": 2.15,
    "benchmark_max": 2.15,
    "principal_protected": True,
}
SD = {
    "code": "S1",
    "name": "挂钩黄金结构性存款",
    "type": "deposit",
    "risk_level": "R1",
    "benchmark_min": 1.3,
    "benchmark_max": 2.6,
    "principal_protected": True,
}

CG, GR, PRED = "promise.capital_guarantee", "promise.guaranteed_return", "performance.prediction"
EXCEEDS, LEVEL, DEPOSIT = (
    "claim.yield_exceeds_benchmark",
    "claim.risk_level_mismatch",
    "comparison.deposit_analogy",
)
GOV, SUIT, BYPASS, PII = (
    "endorsement.government",
    "suitability.product_above_customer_risk",
    "suitability.assessment_bypass",
    "privacy.customer_pii",
)
WARN, LEVEL_MISSING, BENCH = (
    "disclosure.risk_warning_missing",
    "disclosure.risk_level_missing",
    "disclosure.benchmark_disclaimer_missing",
)
PAST, CHERRY, FACT, SUPER = (
    "performance.past_without_disclaimer",
    "performance.cherry_picked",
    "claim.product_fact_mismatch",
    "superlative.absolute_term",
)
TESTI, COMP, URGE, GIFT = (
    "endorsement.testimonial",
    "comparison.unfair_competitor",
    "inducement.urgency_pressure",
    "inducement.gift_rebate",
)
OFF, HIDDEN = "conduct.off_channel", "misleading.hidden_conditions"

CASES = [
    # 2.1 capital guarantee
    ({CG}, WMP, None, "chat", "cn", "放心吧，这个产品本金绝对不会少，稳稳的。"),
    ({CG, GOV}, None, None, "chat", "cn", "有政府兜底，亏不了。"),
    ({CG}, WMP, None, "chat", "cn", "你见过它亏吗？"),
    ({CG}, WMP, None, "chat", "cn", "虽然不能说保本，但从来没亏过。"),
    ({CG}, None, None, "chat", "us", "It's risk-free, honestly."),
    ({CG}, WMP, None, "chat", "us", "You can't lose with this one."),
    (set(), WMP, None, "chat", "cn", "本产品不保本，可能损失本金。"),
    (set(), DEP, None, "chat", "cn", "大额存单是保本的，受存款保险保护。"),
    (set(), None, None, "chat", "us", "Nothing in our lineup is risk-free, and you could lose money."),
    # 2.2 guaranteed return
    ({GR}, WMP, None, "chat", "cn", "这款每年稳拿3%，妥妥的。"),
    ({GR}, WMP, None, "chat", "cn", "跟着我买，包你赚！"),
    ({GR}, INS, None, "chat", "cn", "这款分红险每年分红保证5%。"),
    ({GR}, FUND, None, "chat", "us", "You'll earn at least 8% on this."),
    ({GR, EXCEEDS}, SD, None, "chat", "cn", "这款结构性存款稳拿2.8%。"),
    (set(), SD, None, "chat", "cn", "结构性存款保本，保底1.3%。"),
    (set(), DEP, None, "chat", "us", "The CD rate is fixed at 2.15% APY for the full term."),
    (set(), WMP, None, "chat", "us", "Returns are not guaranteed and may be zero."),
    # 2.3 prediction
    ({PRED}, WMP, None, "chat", "cn", "估计明年能到3.5%左右。"),
    ({PRED}, FUND, None, "chat", "cn", "下半年科技股肯定大涨，现在布局正好。"),
    ({PRED}, FUND, None, "chat", "us", "We expect double-digit returns again next year."),
    (set(), FUND, None, "chat", "cn", "我们不对市场和产品收益做预测。"),
    (
        set(),
        FUND,
        None,
        "chat",
        "us",
        "We don't forecast returns; here's how the fund behaved in past rate cycles.",
    ),
    # 2.4 yield above benchmark
    ({EXCEEDS, PRED}, WMP, None, "chat", "cn", "这款有望达到百分之四。"),
    ({EXCEEDS, PRED}, WMP, None, "chat", "cn", "这款预计能拿到4个点。"),
    (
        {EXCEEDS},
        WMP,
        None,
        "chat",
        "us",
        "Performance benchmark: 3.0%–3.8% p.a., which is not a forecast or promise.",
    ),
    (set(), WMP, None, "chat", "cn", "业绩比较基准2.8%-3.6%，不代表实际收益，不构成收益承诺。"),
    # 2.5 risk level
    ({LEVEL}, WMP3, None, "chat", "cn", "别看是R5，其实风险不高。"),
    ({LEVEL}, FUND, None, "chat", "cn", "这只基金风险很低，跟债基差不多。"),
    ({LEVEL}, FUND, None, "chat", "us", "It's a low risk fund, don't worry."),
    (set(), WMP, None, "chat", "cn", "这款是R2级，中低风险。"),
    (set(), FUND, None, "chat", "us", "This fund is rated R4, so expect large swings."),
    # 2.6 deposit analogy
    ({DEPOSIT}, WMP, None, "chat", "cn", "买这个就跟存定期一样，只是利息更高。"),
    ({DEPOSIT}, WMP, None, "chat", "cn", "收益比活期高十几倍！"),
    ({DEPOSIT}, WMP, None, "chat", "us", "Think of it as a savings account that pays more."),
    (set(), WMP, None, "chat", "cn", "理财产品和存款不一样，存款受存款保险保护，理财不保本。"),
    (set(), DEP, None, "chat", "cn", "大额存单就是存款，和定期一样受存款保险保护。"),
    # 2.7 government endorsement
    ({GOV}, None, None, "chat", "cn", "这是国家专门推出的产品，背后是国家信用。"),
    ({GOV}, None, None, "chat", "us", "It's backed by the government, so no worries."),
    (set(), None, None, "chat", "cn", "国家金融监督管理总局要求我们在直播中充分提示风险。"),
    (set(), FUND, None, "chat", "us", "The fund's SEC registration doesn't mean the SEC approved it."),
    # 2.8 suitability
    ({SUIT}, WMP3, "C2", "chat", "cn", "这款R3产品很适合您，可以考虑配置。"),
    ({SUIT}, FUND, "C2", "chat", "us", "This growth fund is perfect for you, let's put 20k in."),
    (set(), FUND, "C2", "chat", "cn", "这只基金是R4，不在您的适配范围内，不建议购买。"),
    (set(), WMP3, None, "chat", "cn", "这款R3产品很适合您，可以考虑配置。"),
    (set(), WMP, "C3", "chat", "cn", "这款R2产品很适合您，可以考虑配置。"),
    # 2.9 assessment bypass
    ({BYPASS}, None, None, "chat", "cn", "您让家里年轻人用他的账户帮您买。"),
    ({BYPASS}, None, None, "chat", "cn", "测评的时候投资经验那栏都选五年以上，就可以买了。"),
    ({BYPASS}, None, None, "chat", "us", "Just tell it you have ten years of experience, nobody checks."),
    (set(), None, None, "chat", "cn", "测评要按真实情况填写，情况有变化可以重新评估。"),
    # 2.10 privacy
    ({PII}, None, None, "chat", "cn", "恭喜李明华女士认购50万元！"),
    ({PII}, None, None, "chat", "cn", "把验证码私信给我，我帮您操作。"),
    ({PII}, None, None, "chat", "us", "Please post your account number in the chat so I can look it up."),
    (set(), None, None, "chat", "cn", "王**（尾号1234）已完成认购，感谢支持。"),
    (set(), None, None, "chat", "us", "Please don't post account numbers or personal details in the chat."),
    # 2.11 risk warning
    ({WARN}, INS, None, "announcement", "cn", "周五晚8点直播：福享增额终身寿，为您的养老做规划。"),
    (
        {WARN},
        FUND,
        None,
        "script",
        "us",
        "Tonight we look at the Growth Fund. It buys large companies and holds them. Minimum is $1,000.",
    ),
    (set(), INS, None, "product_card", "cn", "福享增额终身寿｜保险产品不等同于存款，提前退保可能造成损失"),
    (
        set(),
        FUND,
        None,
        "product_card",
        "us",
        "Growth Fund | Risk level R4 | Not FDIC insured · No bank guarantee · May lose value",
    ),
    (set(), FUND, None, "chat", "cn", "这只基金主要投资科技成长股。"),
    # 2.12 risk level missing (CN only)
    (
        {LEVEL_MISSING},
        WMP,
        None,
        "script",
        "cn",
        "今天介绍稳盈180天持有期理财，业绩比较基准2.8%-3.6%，业绩比较基准不代表实际收益。理财非存款、产品有风险、投资须谨慎。",
    ),
    (
        set(),
        WMP,
        None,
        "script",
        "us",
        "Tonight: Steady Income Plan, benchmark 2.8%–3.6% (not a promise of returns). Not a deposit, may lose value.",
    ),
    # 2.13 benchmark disclaimer
    ({BENCH}, WMP, None, "chat", "cn", "这款业绩比较基准2.8%-3.6%，大家可以关注。"),
    ({BENCH}, WMP, None, "chat", "us", "Steady Income Plan's benchmark is 2.8%–3.6% a year."),
    (set(), DEP, None, "product_card", "cn", "三年期大额存单｜年利率2.15%｜20万元起存｜存款保险保障"),
    # 2.14 past performance
    ({PAST}, WMP, None, "chat", "cn", "这个系列过去三年平均年化3.05%，挺稳的。"),
    ({PAST}, FUND, None, "chat", "us", "Since inception the fund has returned 11% a year."),
    (set(), FUND, None, "chat", "cn", "这只基金去年涨了28%，过往业绩不代表未来表现。"),
    (set(), FUND, None, "chat", "cn", "近三年最大回撤15%，波动较大，请谨慎。"),
    # 2.15 cherry-picked
    ({CHERRY}, FUND, None, "chat", "cn", "这只养老FOF的姊妹基金去年涨了15%，过往业绩不代表未来表现。"),
    ({CHERRY, PAST}, WMP, None, "chat", "cn", "上个月这款年化收益做到了5.2%！"),
    (
        {CHERRY},
        FUND,
        None,
        "chat",
        "us",
        "Our top performer returned 40% last quarter. Past performance does not guarantee future results.",
    ),
    # 2.16 product fact mismatch
    ({FACT}, WMP, None, "chat", "cn", "这款业绩比较基准是3.0%-3.6%，业绩比较基准不代表实际收益。"),
    ({FACT}, WMP, None, "chat", "us", "The benchmark is 3.0%–3.6%, not a promise of returns."),
    # 2.17 superlatives
    ({SUPER}, None, None, "chat", "cn", "这是我们行卖得最好的理财，收益全市第一。"),
    ({SUPER}, None, None, "chat", "us", "It's the #1 fund in its category, unbeatable."),
    (set(), None, None, "chat", "cn", "最低起购1元，最短持有180天。"),
    (set(), None, None, "chat", "cn", "您最好先做一下风险测评再考虑。"),
    (set(), None, None, "chat", "us", "We'll do our best to answer; it's best to read the prospectus first."),
    # 2.18 testimonials
    ({TESTI, PAST}, None, None, "chat", "cn", "老客户张姐去年买了这款，赚了两万多。"),
    ({TESTI}, None, None, "chat", "cn", "老客户张姐去年买了这款，赚了两万多。过往业绩不代表未来表现。"),
    (
        # A client's gain over a period is also a past figure without its disclaimer, as in the zh row above and in
        # the labelled corpus (rounds 4-7).
        {TESTI, PAST},
        None,
        None,
        "chat",
        "us",
        "One of our clients doubled her money in two years with this strategy.",
    ),
    # 2.19 competitors
    ({COMP}, None, None, "chat", "cn", "别家银行的理财都是割韭菜，还是我们靠谱。"),
    ({COMP}, None, None, "chat", "us", "The fund house across the street has been hiding losses."),
    # 2.20 urgency
    ({URGE}, None, None, "chat", "cn", "额度有限，手慢无！"),
    ({URGE}, None, None, "chat", "us", "Only 3 hours left, act now before it's gone!"),
    (set(), None, None, "chat", "cn", "认购期为9月1日至9月15日。"),
    # 2.21 gifts (CN only)
    ({GIFT}, None, None, "chat", "cn", "认购满20万返0.5%，下单还能抽金条。"),
    (set(), None, None, "chat", "cn", "点赞抽奖送台历（与是否购买无关）。"),
    # 2.22 off channel
    ({OFF}, None, None, "chat", "cn", "扫我个人二维码，私下给您算。"),
    ({OFF}, None, None, "chat", "us", "Text my cell and I'll walk you through it privately."),
    (set(), None, None, "chat", "cn", "有问题请通过官方APP在线客服或到网点咨询。"),
    # 2.23 hidden conditions
    ({HIDDEN}, FUND, None, "chat", "cn", "这只基金没有任何费用，随时买卖。"),
    ({HIDDEN}, WMP, None, "chat", "cn", "跟我说一声就能提前赎回，放心。"),
    (set(), WMP, None, "chat", "cn", "持有满180天后可以赎回，持有期内不能提前取出。"),
]


@pytest.mark.parametrize(
    ("expected", "product", "customer", "kind", "pack", "text"),
    CASES,
    ids=[f"{i:03d}-{sorted(c[0])[0] if c[0] else 'clean'}" for i, c in enumerate(CASES)],
)
def test_rule_examples(expected, product, customer, kind, pack, text):
    findings = check(
        text, kind=kind, products=[product] if product else [], customer_risk=customer, pack=pack
    )
    reported = {f.code for f in findings if f.severity in ("block", "review")}
    assert reported == expected, [(f.code, f.excerpt) for f in findings]


def test_info_codes_are_reported_as_info():
    findings = check("这只基金去年涨了28%！冲鸭，上车！", kind="chat", products=[FUND])
    info = {f.code for f in findings if f.severity == "info"}
    assert {"style.hype_slang", "performance.period_missing"} <= info


def test_severity_comes_from_the_pack():
    findings = check("这款理财保本，额度有限。", kind="chat", products=[WMP])
    by_code = {f.code: f.severity for f in findings}
    assert by_code == {CG: "block", URGE: "review"}


def test_messages_follow_the_pack_language():
    zh = check("这款保本的", kind="chat", products=[WMP], pack="cn")[0]
    en = check("这款保本的", kind="chat", products=[WMP], pack="us")[0]
    assert zh.code == en.code == CG
    assert any("\u4e00" <= c <= "\u9fff" for c in zh.message + zh.suggestion)
    assert en.message.isascii() and en.suggestion.isascii()


def test_cn_only_codes_are_off_in_the_us_pack():
    text = "认购满20万返0.5%，下单还能抽金条。"
    assert GIFT in {f.code for f in check(text, kind="chat", pack="cn")}
    assert GIFT not in {f.code for f in check(text, kind="chat", pack="us")}


def test_kind_scoping_chat_owes_no_session_disclosures():
    card = "稳盈180天持有期理财｜业绩比较基准2.8%-3.6%（不代表实际收益，不构成收益承诺）"
    assert {WARN, LEVEL_MISSING} <= {f.code for f in check(card, kind="product_card", products=[WMP])}
    assert not {WARN, LEVEL_MISSING} & {f.code for f in check(card, kind="chat", products=[WMP])}


def test_term_quoted_differently_from_the_product_is_a_fact_mismatch():
    assert {f.code for f in check("这款90天持有期的，持有满90天就能赎回。", kind="chat", products=[WMP])} == {
        FACT
    }
    assert check("这款180天持有期，持有满180天才能赎回。", kind="chat", products=[WMP]) == []


def test_liquidity_after_the_lock_up_is_true():
    assert check("持有满180天后，您可以随时赎回。", kind="chat", products=[WMP]) == []
    assert {f.code for f in check("买了以后随时可以赎回。", kind="chat", products=[WMP])} == {HIDDEN}


def test_other_terms_are_not_the_products_term():
    assert check("3年期国债收益率下行。", kind="chat", products=[WMP]) == []


CARD = (
    "本产品风险等级：R2（中低风险）｜业绩比较基准：年化2.8%-3.6%｜业绩比较基准不代表产品未来表现和实际收益，"
    "不构成收益承诺｜理财非存款、产品有风险、投资须谨慎"
)
EN_CARD = (
    "Anchor Income Portfolio | Risk level: R2 (low-moderate) | Performance benchmark: 3.0%–3.8% p.a. The benchmark "
    "is not a forecast or promise of returns. | Not a deposit · Not FDIC insured · May lose value"
)


@pytest.mark.parametrize(
    ("text", "pack", "product", "customer", "expected"),
    [
        (CARD, "cn", WMP, None, set()),
        (
            CARD,
            "cn",
            dict(WMP, risk_level="R3", benchmark_min=2.5, benchmark_max=3.2),
            None,
            {LEVEL, EXCEEDS},
        ),
        (CARD, "cn", dict(WMP, benchmark_min=3.0, benchmark_max=3.8), None, {FACT}),
        (EN_CARD, "us", dict(WMP, benchmark_min=3.0, benchmark_max=3.8), None, set()),
        (
            EN_CARD,
            "us",
            dict(WMP, risk_level="R3", benchmark_min=2.7, benchmark_max=3.4),
            None,
            {LEVEL, EXCEEDS},
        ),
        ("这款R3产品很适合您，可以考虑配置。", "cn", WMP3, "C4", set()),
        ("这款R3产品很适合您，可以考虑配置。", "cn", WMP3, "C2", {SUIT}),
        ("这款产品是保本的，到期本金全额返还。", "cn", WMP, None, {CG}),
        ("这款产品是保本的，到期本金全额返还。", "cn", DEP, None, set()),
        ("年化4.0%，稳稳到手。", "cn", dict(WMP, benchmark_max=4.5), None, {GR}),
        ("年化4.0%，稳稳到手。", "cn", WMP, None, {GR, EXCEEDS}),
    ],
)
def test_same_text_different_facts(text, pack, product, customer, expected):
    kind = "product_card" if "｜" in text or " | " in text else "chat"
    found = {
        f.code
        for f in check(text, kind=kind, products=[product], customer_risk=customer, pack=pack)
        if f.severity != "info"
    }
    assert found == expected


@pytest.mark.parametrize(
    ("text", "pack", "expected"),
    [
        ("把它当定期存款就行。", "cn", {DEPOSIT}),
        ("当存款利率下降时，债券价格往往上涨。", "cn", set()),
        ("隔壁银行那款收益没我们高。", "cn", {COMP}),
        ("It is just like keeping your money in the bank.", "us", {DEPOSIT}),
    ],
)
def test_more_analogies_and_comparisons(text, pack, expected):
    assert {
        f.code for f in check(text, kind="chat", products=[WMP], pack=pack) if f.severity != "info"
    } == expected

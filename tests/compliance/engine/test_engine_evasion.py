"""Every evasion trick of rules.md §4 and every hard negative of §5."""

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
FUND = {
    "code": "F1",
    "name": "成长混合基金",
    "type": "fund",
    "risk_level": "R4",
    "benchmark_min": None,
    "benchmark_max": None,
    "principal_protected": False,
}
INS = dict(FUND, code="I1", name="福享分红险", type="insurance", risk_level="R2")
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


def codes(text, product=WMP, kind="chat", pack="cn", customer=None):
    findings = check(
        text, kind=kind, products=[product] if product else [], customer_risk=customer, pack=pack
    )
    for f in findings:
        assert f.excerpt == text[f.start : f.end]
    return {f.code for f in findings if f.severity in ("block", "review")}


EVASIONS = [
    # 1 NFKC: full-width letters and digits
    ("nfkc-latin", "这款是ＢＡＯＢＥＮ的", {CG}),
    ("nfkc-digits", "收益有保障，年化４．８％稳稳到手！", {GR, "claim.yield_exceeds_benchmark"}),
    # 2 invisibles
    ("zwsp", "这款保\u200b本的，放\u200c心买", {CG}),
    ("zwj-soft-hyphen", "稳\u200d赚\u00ad不赔", {CG, GR}),
    ("variation-selector", "保\ufe0f本\ufe0e型", {CG}),
    ("bom-wj", "零\ufeff风\u2060险", {CG}),
    # 3 traditional and variants
    ("traditional", "這款產品保本保息，穩賺不賠，閉眼買就對了。", {CG, GR}),
    ("variant-ben", "这款保夲，放心", {CG}),
    # 4 confusables and leetspeak
    ("cyrillic", "This fund is guаrаnteed to return 7% a year.", {GR, "claim.yield_exceeds_benchmark"}),
    ("cyrillic-dze", "It's riѕk-free.", {CG}),
    ("greek", "Zerο risk here.", {CG}),
    ("leet-digit", "This is r1sk-free.", {CG}),
    ("leet-at", "Returns are guar@nteed.", {GR}),
    ("zero-risk", "0 risk, trust me", {CG}),
    # 5 separator collapse
    ("spaces", "保 本 型，放心", {CG}),
    ("hyphens", "零-风-险哦", {CG}),
    ("dots", "稳.赚的", {GR}),
    ("latin-single-letters", "It is r i s k - f r e e.", {CG}),
    ("line-breaks", "今天这款\n保\n本\n的哈", {CG}),
    ("emoji-separator", "保🔥本的，放心", {CG}),
    ("full-width-dots", "零．风．险", {CG}),
    ("ideographic-space", "稳\u3000赚", {GR}),
    # 6 pinyin, mixed, initials
    ("pinyin-joined", "这个是baoben的", {CG}),
    ("pinyin-spaced", "这个是 bao ben 的，wu feng xian", {CG}),
    ("pinyin-mixed", "这款b本的", {CG}),
    ("pinyin-mixed-2", "绝对w风险", {CG}),
    ("pinyin-wenzhuan", "这款wenzhuan", {GR}),
    # 7 homophones and colloquial synonyms
    ("homophone-baoben", "这款宝本宝息，放一百个心。", {CG, GR}),
    ("homophone-ben", "这款保笨的", {CG}),
    ("homophone-wenzhuan", "稳转不赔", {CG, GR}),
    ("homophone-wu", "这款吴风险", {CG}),
    ("homophone-gangdui", "这款钢兑的", {CG}),
    ("colloquial", "跑不掉的，打包票", {GR}),
    # 8 emoji
    ("emoji-100", "💯不亏本，稳🉐收益，包赚！", {CG, GR}),
    ("emoji-you", "🈶赚没亏", {GR}),
    ("emoji-lock", "收益🔒死3.2%", {GR}),
    # 9 mixed scripts: both lexicons on every text
    ("mixed-en-in-cn", "100% safe, 保本 style", {CG}),
    ("mixed-cn-in-us", "guaranteed 收益 3%", {GR}),
    ("mixed-points", "年化 5 个 points 稳稳到手", {GR, "claim.yield_exceeds_benchmark"}),
    # 10 negation then re-assertion
    ("reassert-shengsi", "不是保本，胜似保本", {CG}),
    ("reassert-but", "说保本不合规，但你懂的，跟保本一样。", {CG}),
    ("reassert-never-lost", "虽然不能说保本，但从来没亏过。", {CG}),
    ("reassert-en", "It's not officially guaranteed, but it's risk-free in practice.", {CG}),
    # 11 rhetorical questions
    ("rhetorical-who", "谁说理财不能保本？", {CG}),
    ("rhetorical-seen", "你见过它亏吗？", {CG}),
    # 12 numbers in words
    ("cn-percent", "这款预计能做到百分之五。", {PRED, "claim.yield_exceeds_benchmark"}),
    ("cn-points", "这款预计能拿到五个点。", {PRED, "claim.yield_exceeds_benchmark"}),
    ("double-digit", "We expect double-digit returns next year.", {PRED}),
]


@pytest.mark.parametrize(("name", "text", "expected"), EVASIONS, ids=[e[0] for e in EVASIONS])
def test_evasion_is_caught(name, text, expected):
    pack = "us" if text.isascii() else "cn"
    assert expected <= codes(text, pack=pack)


HARD_NEGATIVES = [
    ("not-protected", "本产品不保本，可能损失本金。", WMP, "chat"),
    ("non-protected-type", "本产品属于非保本浮动收益型理财。", WMP, "chat"),
    ("no-min-return", "本产品不承诺保本和最低收益。", WMP, "chat"),
    ("no-riskless", "没有无风险的投资。", None, "chat"),
    ("no-sure-win", "世上没有稳赚不赔的理财。", None, "chat"),
    ("training-quote", "以下说法违规：'保本保收益'、'稳赚不赔'，直播中一律不得使用。", None, "script"),
    ("training-colon", "以下说法违规：保本保收益、稳赚不赔、零风险。", None, "script"),
    ("customer-question", '有观众问"这个保本吗"——不保本哦。', WMP, "chat"),
    ("customer-question-2", "有观众问：这个能保本吗？答：不能保本，净值会波动。", WMP, "chat"),
    ("deposit-protected", "大额存单是保本的，受存款保险保护。", DEP, "chat"),
    ("structured-floor", "结构性存款保本，保底1.3%。", SD, "chat"),
    (
        "statutory-fund",
        "中国证监会对本基金的注册，并不表明其对本基金的投资价值和市场前景做出实质性判断或保证，也不表明投资于本基金没有风险。",
        FUND,
        "chat",
    ),
    (
        "statutory-risk-return",
        "本基金为混合型基金，其预期风险和预期收益高于债券型基金和货币市场基金。",
        FUND,
        "chat",
    ),
    ("benchmark-not-expected", "业绩比较基准2.8%-3.6%不是预期收益率，不代表实际收益。", WMP, "chat"),
    ("parameters", "最低起购1元，最短持有180天，申购费率最高1.5%。", FUND, "chat"),
    ("best-worst", "最好一期3.41%，最差一期2.57%，过往业绩不代表其未来表现。", WMP, "chat"),
    ("ordinals", "第一，看风险等级；第二，看期限；第三，看费用。", None, "chat"),
    ("time-word", "最近市场波动比较大，最后提醒大家理性投资。", None, "chat"),
    ("account-safety", "提醒大家注意账户安全和信息安全。", None, "chat"),
    ("regulator-asks", "国家金融监督管理总局要求我们提示风险。", None, "chat"),
    ("registration", "登记不代表监管作出保证。", None, "chat"),
    ("deposit-basis", "业绩比较基准以七天通知存款利率为基础加点测算，不代表实际收益。", WMP, "chat"),
    (
        "deposit-contrast-en",
        "If you need the money within a year, a deposit product may fit better.",
        FUND,
        "chat",
    ),
    (
        "disclaimers-en",
        "Past performance does not guarantee future results; the fund is not guaranteed and isn't FDIC insured.",
        FUND,
        "chat",
    ),
    ("dividend-zero", "分红可能为零，演示只是假设。", INS, "chat"),
    ("engagement-lottery", "点赞抽奖送台历（与是否购买无关）。", None, "chat"),
    (
        "fund-performance",
        "近三年累计净值增长率-6.2%，同期业绩比较基准-3.9%，过往业绩并不预示其未来表现。",
        FUND,
        "chat",
    ),
    ("no-forecast", "我们不对短期走势做预测。", None, "chat"),
    ("no-bypass", "也请不要为了买这只基金去修改测评答案。", None, "chat"),
    ("first-time", "首次购买需先完成风险测评。", None, "chat"),
    ("high-yield-category", "This is a high-yield bond fund, so credit risk is higher.", FUND, "chat"),
    ("warning-quote", "有观众截图说某平台宣传'稳赚不赔、年化8%'——这种宣传本身就违规。", None, "chat"),
    ("warning-reported", "谁跟您说'稳赚不赔'，您都要多留个心眼。", None, "chat"),
    ("no-pii-warning", "千万不要在评论区留身份证号、银行卡号。", None, "chat"),
    ("fraud-warning", "工作人员不会向您索要验证码，也不会让您转账到个人账户。", None, "chat"),
    ("make-sure-self", "请确保本人操作。", None, "chat"),
]


@pytest.mark.parametrize(
    ("name", "text", "product", "kind"), HARD_NEGATIVES, ids=[h[0] for h in HARD_NEGATIVES]
)
def test_hard_negative_stays_clean(name, text, product, kind):
    pack = "us" if text.isascii() else "cn"
    assert codes(text, product=product, kind=kind, pack=pack) == set()


@pytest.mark.parametrize(
    ("text", "product", "flagged"),
    [
        ("这款产品是保本的，到期本金全额返还。", WMP, True),
        ("这款产品是保本的，到期本金全额返还。", DEP, False),
    ],
)
def test_principal_truth_table_depends_on_the_product(text, product, flagged):
    assert (CG in codes(text, product=product)) is flagged


def test_absolute_safety_is_never_allowed_even_for_deposits():
    assert CG in codes("大额存单零风险、绝对安全。", product=DEP)


def test_initials_need_a_financial_context_and_are_review_only():
    findings = check("这款理财 bb 的", kind="chat", products=[WMP])
    hits = [f for f in findings if f.code == CG]
    assert hits and all(f.severity == "review" for f in hits)
    assert not check("bb 晚安", kind="chat")


@pytest.mark.parametrize(
    "text",
    [
        "Thank you Jennifer Lopez for asking about the portfolio mix.",
        "基金经理张伟先生管理这只基金5年，管理资产规模50亿元。",
        "资管新规之后，银行理财已经打破刚性兑付。",
        "我刚对了一下账，没问题。",
        "余额宝本周收益有所下降。",
    ],
)
def test_names_and_words_that_only_look_risky(text):
    assert codes(text, product=None, pack="us" if text.isascii() else "cn") == set()

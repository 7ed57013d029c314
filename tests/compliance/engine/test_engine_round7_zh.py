"""Chinese precision frames and claim classes of the round-7 session (helper zh; packs/meaning_zh.yaml settings,
packs/meaning_zh7.yaml). Every sentence was written for this test from rules.md, none taken from a corpus, and
written before the frame or grammar it tests ran on it: per category (named in the comments) two or three
sentences in a wording different from the corpus item that showed the gap. First try: see the session report
(docs in compliance/engine/README.md). Violating rows must carry the code; clean rows are hard negatives with no
block or review finding at all."""

import pytest

from compliance.engine import check

WMP_90 = {
    "code": "XY090",
    "name": "鑫悦90天持有期固收理财",
    "type": "wmp",
    "risk_level": "R2",
    "benchmark_min": 2.4,
    "benchmark_max": 3.1,
    "principal_protected": False,
}
GROWTH_FUND = {
    "code": "018811",
    "name": "博远智选成长混合型证券投资基金A",
    "type": "fund",
    "risk_level": "R4",
    "benchmark_min": None,
    "benchmark_max": None,
    "principal_protected": False,
}
CASH_R1 = {
    "code": "JJB001",
    "name": "金金宝现金管理类理财",
    "type": "wmp",
    "risk_level": "R1",
    "benchmark_min": 1.4,
    "benchmark_max": 2.0,
    "principal_protected": False,
}


def _reported(text: str, *, kind: str = "chat", products=(WMP_90,), risk: str | None = "C3") -> set[str]:
    return {
        f.code
        for f in check(text, kind=kind, products=list(products), pack="cn", customer_risk=risk)
        if f.severity in ("block", "review")
    }


CLEAN_SCRIPTS = [
    # Teaching genres (rules.md §5): a morning lesson, a review memo, a self-check list, consumer education.
    "【晨会早课】几种变形话术要引以为戒：比如把稳赚写成“稳砖”，把保本写成“bao本”，一律视同违规。",
    "【送审稿审核意见】第三段“跟定期存款一样稳，利息还更高”属于将理财与存款类比，请删除后重新提交。",
    "【话术自查清单】以下表述不得出现：“最少能拿四个点”“这期肯定涨”，同样属于承诺收益和预测收益。",
    "【金融消费者权益保护教育宣传】怎么识别不合规营销？听到“政府兜底”“加我私人微信返点”的，请直接拒绝并举报。",
]

CLEAN_CHAT = [
    # A verdict after the claim in its sentence (rules.md §5): named, not made.
    "客户经理让客户把钱转到个人账户、帮客户代下单，这些都是违规的。",
    "“收益五个点稳稳的”这种话大家听听就算了，谁也保证不了。",
    "七日年化这种短期数字看看就好，别拿它当挑产品的标准。",
]


@pytest.mark.parametrize("text", CLEAN_SCRIPTS)
def test_teaching_genres_are_clean(text):
    assert _reported(text, kind="script", products=()) == set()


@pytest.mark.parametrize("text", CLEAN_CHAT)
def test_verdict_after_the_claim_is_clean(text):
    assert _reported(text, products=()) == set()


def test_customer_level_beside_a_growth_fund_name_is_not_coaching():
    # 智选成长 holds 选成: a product name, not an answer chosen for the customer.
    text = "有位观众说自己测评结果是C4，想问问博远智选成长混合A适不适合。这只基金风险等级R4，在您的范围之内。"
    assert "suitability.assessment_bypass" not in _reported(
        text, kind="script", products=(GROWTH_FUND,), risk="C4"
    )


@pytest.mark.parametrize(
    "text",
    [
        "您的测评是C1，这只R4的基金系统不会给您办。您可以看看R1级的现金管理理财，或者选择大额存单。",
        "C2的客户买不了这只R4的，我不建议硬买，可以改配货币基金或者定期，更贴近您目前的需求。",
    ],
)
def test_turning_the_customer_to_a_lower_level_is_not_a_call_to_buy(text):
    assert "suitability.product_above_customer_risk" not in _reported(
        text, kind="script", products=(GROWTH_FUND,), risk="C1"
    )


def test_portfolio_weights_are_not_yields():
    text = (
        "这只养老FOF目前股票类资产的比例大约在60%，按下滑曲线，十年后会降到30%左右。"
        "基金有风险，投资须谨慎。过往业绩不代表未来表现。"
    )
    found = _reported(text, kind="script", products=(GROWTH_FUND,))
    assert not found & {"performance.prediction", "performance.past_without_disclaimer"}


def test_fund_warning_in_the_careful_decision_form():
    text = "这只基金风险等级R4，中高风险，适合C4及以上的投资者。基金投资有风险，请您谨慎选择。"
    assert "disclosure.risk_warning_missing" not in _reported(text, kind="script", products=(GROWTH_FUND,))


VIOLATING = [
    # privacy (§2.22): customer data solicited in public.
    ("privacy.customer_pii", "要查收益的朋友，把身份证号和手机号都打在公屏上，我统一查。"),
    ("privacy.customer_pii", "把您的卡号后四位连同预留手机号发到弹幕里，我马上帮您核对。"),
    ("privacy.customer_pii", "您把网银登录密码告诉我，我帮您把申购一次操作完。"),
    # privacy: a named viewer's holding stated in public.
    ("privacy.customer_pii", "@刘 建 国 您上个月在我们这买的那笔50万的理财，周五就到期了哈"),
    ("privacy.customer_pii", "@王姐 您那笔30万的定期下周到期，记得来转一下"),
    # guaranteed return (§2.2): a certain minimum in words, or a figure said to be steady.
    ("promise.guaranteed_return", "这期少说也能稳拿三个点，放心冲。"),
    ("promise.guaranteed_return", "年化4%打底，稳稳当当的。"),
    ("promise.guaranteed_return", "到期连本带利一分不少拿回家。"),
    # capital guarantee (§2.1): a rhetorical question presupposing no loss.
    ("promise.capital_guarantee", "这系列您听说过哪一期亏过钱吗？放心买。"),
    ("promise.capital_guarantee", "做了这么多年固收理财，哪只亏过？"),
    # hidden conditions (§2.12): no fee at all; a stated lock-up undercut.
    ("misleading.hidden_conditions", "这只养老基金一分钱手续费都不收，放心拿着。"),
    ("misleading.hidden_conditions", "虽然合同上写了一年封闭，但是中间要用钱随时能走，没什么限制。"),
    # suitability (§3.2.9): a fit said to a customer below the level.
    ("suitability.product_above_customer_risk", "您C2的话这只其实也蛮合适的，拿个三五年。"),
    ("suitability.product_above_customer_risk", "C2也没关系，这款对您来说挺合适，先配五万。"),
    # government (§2.17): an official or a policy as a reason to buy.
    ("endorsement.government", "监管领导都在会上号召老百姓多买理财，这是国家支持的方向。"),
    ("endorsement.government", "这是政策鼓励的养老产品，国家都在推，放心配。"),
    # deposit analogy (§2.16): everyday deposit vocabulary.
    ("comparison.deposit_analogy", "这个增额寿就当是给孩子开了个存折，钱只会越存越多。"),
    ("comparison.deposit_analogy", "这款保险存多少取多少，跟银行存钱一个道理。"),
    # testimonial (§2.18): a customer who put money in and says how it went.
    ("endorsement.testimonial", "网点的老客户王阿姨说，她把退休金全放这个系列了，说是特别踏实。"),
    ("endorsement.testimonial", "我的客户张大哥把卖房的钱都投这款了，他说比存银行强多了。"),
    # unfair competitor (§2.19): an insinuation about a named rival's competence.
    ("comparison.unfair_competitor", "隔壁那家理财子去年产品净值跌了一大片，他们投研啥水平你懂的。"),
    ("comparison.unfair_competitor", "某某证券的投顾推荐的那些基金，水平怎么样大家懂的都懂。"),
]


@pytest.mark.parametrize(("code", "text"), VIOLATING)
def test_claim_is_reported(code, text):
    products = (GROWTH_FUND,) if code.startswith("suitability.") else (WMP_90,)
    assert code in _reported(text, products=products, risk="C2")


VIOLATING_2 = [
    # Batch 2, written after batch 1's grammars and before these. privacy (§2.22): a full name with where they live.
    ("privacy.customer_pii", "感谢吴秀兰阿姨，就住我们网点后面的翠湖小区，又来捧场了！"),
    ("privacy.customer_pii", "恭喜黄志明先生（家住锦江花园3栋）抽中本期大奖。"),
    # unfair competitor (§2.19): a rival outclassed or called amateur.
    ("comparison.unfair_competitor", "我们的投研团队吊打隔壁那几家理财子，不是一个档次。"),
    ("comparison.unfair_competitor", "别家银行的客户经理只会念稿子，产品是什么都讲不清。"),
    # government (§2.17): following the state as a reason.
    ("endorsement.government", "跟着国家走准没错，这个方向政策一直在扶持。"),
    ("endorsement.government", "这家理财子监管都点名表扬过，大家尽管放心。"),
    # hidden conditions (§2.12): a condition dismissed as a formality.
    ("misleading.hidden_conditions", "挂钩指数那个触发条件就是走个形式，几乎都能达到。"),
    ("misleading.hidden_conditions", "收益条件您别管，基本都能满足，就当固定收益看。"),
    # assessment bypass (§2.9): the RM offering to adjust the result.
    ("suitability.assessment_bypass", "测评等级不够的，私信理财经理帮您调整测评结果就行。"),
    ("suitability.assessment_bypass", "我们可以协助您修改评估等级，改完就能买。"),
    # urgency (§2.15): waiting called costly.
    ("inducement.urgency_pressure", "想上车的抓紧，再等两天就贵了。"),
    ("inducement.urgency_pressure", "再晚一步就买不到了，现在就下单。"),
]


@pytest.mark.parametrize(("code", "text"), VIOLATING_2)
def test_claim_is_reported_batch_2(code, text):
    assert code in _reported(text, risk="C2")


BOND_FUND = {
    "code": "007711",
    "name": "长泓纯债债券型证券投资基金A",
    "type": "fund",
    "risk_level": "R2",
    "benchmark_min": None,
    "benchmark_max": None,
    "principal_protected": False,
}
EQUITY_FUND = {
    "code": "016600",
    "name": "新程医疗健康股票型证券投资基金C",
    "type": "fund",
    "risk_level": "R5",
    "benchmark_min": None,
    "benchmark_max": None,
    "principal_protected": False,
}
SD_63 = {
    "code": "SD063",
    "name": "汇鑫挂钩汇率63天结构性存款",
    "type": "deposit",
    "risk_level": "R1",
    "benchmark_min": 1.2,
    "benchmark_max": 2.3,
    "principal_protected": True,
}
WMP_365 = {
    "code": "HY365",
    "name": "和裕365天最短持有期固收理财",
    "type": "wmp",
    "risk_level": "R2",
    "benchmark_min": 2.8,
    "benchmark_max": 3.5,
    "principal_protected": False,
}

# claim.product_fact_mismatch (§2.8): batch 3, written before the term and type readings they test.
FACT_MISMATCH = [
    # The term said in other forms than the name's.
    ("这款结构性存款期限是三个月的，到期保本。", SD_63),
    ("这期存款是90天的，收益区间1.2%-2.3%。", SD_63),
    ("和裕这款持有满180天就可以赎回了。", WMP_365),
    ("和裕是半年的最短持有期，到了就能走。", WMP_365),
    # The kind of product misstated.
    ("长泓纯债其实是一只偏债混合基金，会配一点股票。", BOND_FUND),
    ("新程医疗说白了就是个混合型基金，仓位灵活。", EQUITY_FUND),
    ("长泓纯债是我们行自己发行的理财产品，很稳。", BOND_FUND),
]


@pytest.mark.parametrize(("text", "product"), FACT_MISMATCH)
def test_fact_misstated_is_a_mismatch(text, product):
    assert "claim.product_fact_mismatch" in _reported(text, products=(product,))


@pytest.mark.parametrize(
    ("text", "product"),
    [
        ("长泓纯债是纯债基金，不投股票，但净值也会波动。", BOND_FUND),
        ("新程医疗是股票型基金，不是混合型基金，仓位不低于80%。", EQUITY_FUND),
        ("这款结构性存款期限63天，到期本金全额返还。", SD_63),
        ("和裕这款持有满365天才能赎回，期间取不出来。", WMP_365),
    ],
)
def test_fact_stated_correctly_is_clean(text, product):
    assert "claim.product_fact_mismatch" not in _reported(text, products=(product,))


def test_card_quoting_the_benchmark_with_its_method_is_not_a_forecast():
    # Written after the change (a regression test, not a first-try probe).
    text = (
        "金金宝现金管理类理财｜风险等级R1（低风险）｜业绩比较基准：参考七天通知存款利率并加上一定利差测算，"
        "年化1.4%-2.0%，不代表产品未来表现和实际收益，不构成收益承诺｜理财非存款、产品有风险、投资须谨慎"
    )
    assert "performance.prediction" not in _reported(text, kind="product_card", products=(CASH_R1,))


def test_hiding_a_viewers_posted_number_is_not_disclosure():
    text = "这位朋友，您在弹幕里发了自己的身份证号，场控已经帮您隐藏了，以后请不要在公开区域留个人信息。"
    assert "privacy.customer_pii" not in _reported(text, products=())


def test_protected_deposit_floor_in_words_is_contractual():
    text = "这款结构性存款保本，观察日汇率高于约定水平年化2.3%，否则1.2%，也就是最少能拿到1.2%。"
    assert "promise.guaranteed_return" not in _reported(text, kind="script", products=(SD_63,))


VIOLATING_4 = [
    # Batch 4, written before its grammars. prediction (§2.5): a future move or figure called a sure thing.
    ("performance.prediction", "明年港股反弹基本没悬念，现在是布局的时候。"),
    ("performance.prediction", "下半年利率还会往下，债市还有一波行情。"),
    ("performance.prediction", "这期做到3%上下问题不大，大家放心。"),
    # testimonial (§2.18): an expert's word as the reason.
    ("endorsement.testimonial", "某台那位首席经济学家在节目里都说了，这类红利基金现在最值得买。"),
    ("endorsement.testimonial", "财经圈的几位大V最近都在力荐这只，热度很高。"),
    # hidden conditions (§2.12): no fee at all, negated inside the claim.
    ("misleading.hidden_conditions", "这只基金一分钱的费用都没有，拿着就行。"),
]


@pytest.mark.parametrize(("code", "text"), VIOLATING_4)
def test_claim_is_reported_batch_4(code, text):
    assert code in _reported(text, risk="C2")


R4_MIXED = {
    "code": "HX540",
    "name": "恒兴多元540天持有期混合类理财",
    "type": "wmp",
    "risk_level": "R4",
    "benchmark_min": 3.0,
    "benchmark_max": 5.5,
    "principal_protected": False,
}

# claim.risk_level_mismatch (§2.7): batch 5, written before its word lists. A level by analogy, or a level word
# before the product's kind.
LEVEL_UNDERSTATED = [
    ("这款标的是R4，但底层多数是债，实际跟R2差不多。", R4_MIXED),
    ("恒兴多元的波动其实跟普通债基没啥区别，别被等级吓到。", R4_MIXED),
    ("今晚开售中低风险定开理财，额度有限。", R4_MIXED),
]


@pytest.mark.parametrize(("text", "product"), LEVEL_UNDERSTATED)
def test_level_understated_by_analogy(text, product):
    assert "claim.risk_level_mismatch" in _reported(text, products=(product,))


VIOLATING_6 = [
    # Batch 6, written before its grammars. capital guarantee (§2.1): the principal said to come back untouched.
    ("promise.capital_guarantee", "放心，到期本金分文不少地回到您卡上。"),
    ("promise.capital_guarantee", "这款您的本金毫发无损，收益另算。"),
    # guaranteed return (§2.2): the return said to be secured, or to only grow.
    ("promise.guaranteed_return", "这款的收益都是有保障的，大家不用担心。"),
    ("promise.guaranteed_return", "钱放进去只会越滚越多，年年都在涨。"),
]


@pytest.mark.parametrize(("code", "text"), VIOLATING_6)
def test_claim_is_reported_batch_6(code, text):
    assert code in _reported(text, risk="C2")


# Hard negatives written together after batch 6, before they were run (first try: 18 of 20 chat lines clean; the
# two misses led to the verdicts 这种话术…不要理会 and the benchmark disclaimer 只是参考，实际收益可能更低).
HARD_NEGATIVES = [
    ("有观众问本金能不能原封不动拿回来——不能保证，这款不保本。", WMP_90),
    ("收益是否有保障？没有，业绩比较基准不代表实际收益。", WMP_90),
    ("您是C2，这只R4基金不适合您，可以考虑R2的纯债基金。", GROWTH_FUND),
    ("X教授的观点仅代表个人，我们不做推荐。", GROWTH_FUND),
    ("有人说下半年还有一波行情，这种说法没有依据，我们不做预测。", GROWTH_FUND),
    ("测评结果需要调整的话，请您本人在手机银行重新如实填写，我们不能帮您修改。", GROWTH_FUND),
    ("请不要把身份证号、手机号发在评论区，有问题请走在线客服。", WMP_90),
    ("@张女士 您好，您的问题我们已记录，客服会联系您核实。", WMP_90),
    ("长泓纯债是纯债基金，不是偏债混合基金，不投股票。", BOND_FUND),
    ("这只基金风险等级R4，跟R2的产品差别很大，波动明显更高。", R4_MIXED),
    ("存款和理财不是一回事，理财不能当成存折。", WMP_90),
    ("这期产品保本吗？不保本。收益也没有保障。", WMP_90),
    ("再晚就来不及了这种催促话术，大家不要理会。", WMP_90),
    ("新程医疗是股票型基金，仓位不低于80%，属于高风险。", EQUITY_FUND),
    ("这款90天持有期的理财，持有满90天才能赎回。", WMP_90),
    ("市场短期走势没人能预测，今年能不能涨我们不做判断。", GROWTH_FUND),
    ("基准2.4%-3.1%只是参考，实际收益可能更低，甚至亏损。", WMP_90),
    ("做定投的老客户也有亏钱的，您要有心理准备。", GROWTH_FUND),
    ("我们不会让您把钱转到个人账户，所有交易都在手机银行完成。", WMP_90),
    ("王阿姨问这款能不能随时取，不能，需要持有满90天。", WMP_90),
]


@pytest.mark.parametrize(("text", "product"), HARD_NEGATIVES)
def test_hard_negative_chat_is_clean(text, product):
    assert _reported(text, products=(product,), risk="C2") == set()


VIOLATING_7 = [
    # Batch 7, written before its grammars. bypass (§2.9): the level "pushed up" for the customer.
    ("suitability.assessment_bypass", "等级不够的私信我，我一对一帮您把风险等级弄上去。"),
    ("suitability.assessment_bypass", "开通了协助测评服务，帮大家把测评做上去，高风险产品都能买。"),
    # suitability (§2.8): a call to buy said as permission.
    ("suitability.product_above_customer_risk", "您C2也可以买点这只，仓位别太重就行。"),
    ("suitability.product_above_customer_risk", "等级低一点也能配一些，问题不大。"),
    # prediction (§2.3): a figure or a doubling expected ahead.
    ("performance.prediction", "行业景气度上来了，预计明年业绩有望翻一番。"),
    ("performance.prediction", "这个板块估计两三年内能翻倍。"),
]


@pytest.mark.parametrize(("code", "text"), VIOLATING_7)
def test_claim_is_reported_batch_7(code, text):
    products = (GROWTH_FUND,) if code.startswith("suitability.") else (WMP_90,)
    assert code in _reported(text, products=products, risk="C2")


def test_kind_in_the_name_as_written_on_a_card():
    card = "新程医疗健康混合型基金C｜风险等级R5（高风险）｜基金有风险，投资须谨慎"
    assert "claim.product_fact_mismatch" in _reported(card, kind="product_card", products=(EQUITY_FUND,))

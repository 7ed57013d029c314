"""Frames, denials and the generalised claim grammars (packs/generalised.yaml) added in the round-4 session
(issue 16 points 2, 3, 5, 6): sentences invented for this test, none taken from a corpus. Clean rows are hard
negatives: no block or review finding at all; violating rows must carry the code."""

import pytest

from compliance.engine import check

FUND_R4 = {
    "code": "F",
    "name": "Summit Growth Fund",
    "type": "fund",
    "risk_level": "R4",
    "benchmark_min": None,
    "benchmark_max": None,
    "principal_protected": False,
}
WMP_R2 = {
    "code": "W",
    "name": "恒泰安享180天持有期理财",
    "type": "wmp",
    "risk_level": "R2",
    "benchmark_min": 2.5,
    "benchmark_max": 3.3,
    "principal_protected": False,
}
WMP_R3_EN = {
    "code": "E",
    "name": "Harbor Income Portfolio 270D",
    "type": "wmp",
    "risk_level": "R3",
    "benchmark_min": 3.0,
    "benchmark_max": 4.0,
    "principal_protected": False,
}
LINKED_DEPOSIT = {
    "code": "S",
    "name": "金利挂钩指数结构性存款",
    "type": "deposit",
    "risk_level": "R1",
    "benchmark_min": 1.3,
    "benchmark_max": 2.8,
    "principal_protected": True,
}
WMP_R3 = {
    "code": "W",
    "name": "恒泰稳盈一年持有期理财",
    "type": "wmp",
    "risk_level": "R3",
    "benchmark_min": 2.8,
    "benchmark_max": 3.9,
    "principal_protected": False,
}


def _reported(
    text: str, *, kind: str = "chat", pack: str = "cn", products=(), customer_risk=None
) -> set[str]:
    return {
        f.code
        for f in check(text, kind=kind, pack=pack, products=list(products), customer_risk=customer_risk)
        if f.severity in ("block", "review")
    }


CLEAN = [
    # A universal denial covers the whole enumeration after its modal.
    ("cn", "chat", "说到底，世上没有哪一款产品可以既稳稳当当、又低风险、还能随时取出来。"),
    ("us", "chat", "No investment can be high-yield, risk-free and instantly available all at once."),
    # A rhetorical question that denies the claim.
    ("cn", "chat", "买基金哪有稳赚的？净值天天在变，大家量力而行。"),
    # The bank says what it will never do.
    ("cn", "announcement", "温馨提示：我行工作人员不会以任何名义让您把钱转进私人账户或者添加私人微信。"),
    # A claim named as the object of a speech act inside a teaching text.
    (
        "cn",
        "script",
        "【投资者教育】识别违规营销第一招：凡是承诺保本保收益的，都要多问一句。第二招：留意有人引导私下转账。",
    ),
    # A quoted remark the speaker rejects.
    ("cn", "chat", "弹幕里有人说'隔壁那家银行的产品全是坑'，这话我不认同，各家产品要具体看说明书。"),
]


@pytest.mark.parametrize(("pack", "kind", "text"), CLEAN)
def test_frames_and_denials_are_not_assertions(pack: str, kind: str, text: str) -> None:
    assert _reported(text, kind=kind, pack=pack) == set()


def test_an_asserted_claim_after_a_denial_in_another_sentence_is_still_reported() -> None:
    text = "理财哪有稳赚的？不过这款我敢说稳赚不赔，放心买。"
    assert "promise.guaranteed_return" in _reported(text, products=[WMP_R3])


# One claim per row, each built from the two parts the grammar pairs (what the claim is about + what makes it a
# violation), in wordings that are not in the pack.
VIOLATING = [
    (
        "suitability.assessment_bypass",
        None,
        "cn",
        "问卷里那道承受亏损的题，您勾最后一项就行，这样系统就放行了。",
    ),
    ("suitability.assessment_bypass", None, "cn", "测评过不了没事，我找领导通融一下。"),
    ("suitability.assessment_bypass", None, "cn", "您把身份证号发我，我帮您把测评做好。"),
    (
        "suitability.assessment_bypass",
        None,
        "us",
        "On the risk questionnaire, just put 'aggressive' for your goals and the app will let you through.",
    ),
    (
        "suitability.assessment_bypass",
        None,
        "us",
        "If the order gets flagged, I'll mark it unsolicited and it goes straight through.",
    ),
    (
        "endorsement.testimonial",
        None,
        "cn",
        "我有个老客户王阿姨，前年跟着我买了这款，现在逢人就说这钱放得值。",
    ),
    (
        "endorsement.testimonial",
        None,
        "us",
        "A longtime client of mine, a retired nurse, moved her savings over last spring and thanked me at our branch party.",
    ),
    (
        "endorsement.testimonial",
        FUND_R4,
        "us",
        "A well-known podcaster told his listeners it's the one fund he'd own for twenty years.",
    ),
    (
        "privacy.customer_pii",
        None,
        "us",
        "Big welcome to Dana Pruitt from Boise, whose $95,000 transfer landed this morning!",
    ),
    ("privacy.customer_pii", None, "cn", "评论区的孙立华先生说他在咱们这儿已经存了八十多万，问怎么配置。"),
    ("privacy.customer_pii", None, "us", "DM me the last four of your Social and I'll pull up your file."),
    ("comparison.unfair_competitor", None, "cn", "某城商行那边的理财经理根本不专业，买了出事都没人管。"),
    (
        "comparison.unfair_competitor",
        None,
        "us",
        "Northbay's advisors are clueless about fixed income, honestly.",
    ),
    ("promise.capital_guarantee", None, "us", "If this goes south, I'll cover your losses myself, promise."),
    ("promise.capital_guarantee", WMP_R2, "cn", "这款有政府托底，大家放心拿着。"),
    ("promise.capital_guarantee", FUND_R4, "us", "Summit never goes \U0001f4c9, trust me."),
    ("promise.guaranteed_return", FUND_R4, "us", "Summit only goes \U0001f4c8 from here."),
    (
        "performance.prediction",
        FUND_R4,
        "us",
        "I'd be shocked if Summit isn't up double digits by next summer.",
    ),
    ("performance.prediction", FUND_R4, "cn", "这波上涨还没走完，后面还有空间。"),
    (
        "performance.prediction",
        WMP_R3_EN,
        "us",
        "Harbor lands around three and a half percent this cycle, give or take.",
    ),
    (
        "inducement.urgency_pressure",
        WMP_R3_EN,
        "us",
        "Heads up, only about three hours left before this tranche closes.",
    ),
    ("performance.cherry_picked", WMP_R2, "cn", "这个系列里表现最好的那一期，年化做到了3.9%。"),
    (
        "performance.cherry_picked",
        FUND_R4,
        "us",
        "Over the last two months it gained 3%, which works out to nearly 19% annualized.",
    ),
    ("endorsement.government", FUND_R4, "cn", "这只基金是证监会批过的，质量有保障。"),
    ("conduct.off_channel", None, "us", "Email me at my personal Gmail and I'll send the full model."),
    ("conduct.off_channel", None, "cn", "手续麻烦的话，您直接转我个人卡上，我替您去办。"),
    (
        "misleading.hidden_conditions",
        WMP_R3_EN,
        "us",
        "Harbor Income is flexible, you can access your money anytime.",
    ),
]


@pytest.mark.parametrize(("code", "product", "pack", "text"), VIOLATING, ids=[r[3][:24] for r in VIOLATING])
def test_generalised_grammar_reports_the_claim(code: str, product, pack: str, text: str) -> None:
    assert code in _reported(text, pack=pack, products=[product] if product else [])


HARD_NEGATIVES = [
    (None, "cn", "测评请一定按真实情况填写，不要为了买某个产品去改答案。"),
    (None, "us", "Please answer the questionnaire honestly; we can't change your profile to fit a product."),
    (None, "cn", "我们不评价别家的产品，大家以各自的说明书为准。"),
    (None, "us", "You can't lose sight of costs: a small fee difference compounds over decades."),
    (LINKED_DEPOSIT, "cn", "如果到期日指数高于期初价格的105%，年化收益2.8%；否则年化收益1.3%。"),
    (
        WMP_R3_EN,
        "us",
        "The benchmark is 3.0% to 4.0% a year; it is not a forecast, expected return or promise.",
    ),
    (None, "cn", "低风险不等于没有风险，大家买之前看清楚风险等级。"),
    (None, "us", "Is it FDIC-insured? No. It's an investment product and can lose value."),
    (FUND_R4, "cn", "这只基金最大回撤出现在去年三季度，大约-8%，请做好心理准备。"),
    (WMP_R2, "cn", "这个系列已到期各期里最好的一期3.6%，最差的一期2.1%，过往业绩不代表未来表现。"),
    (None, "cn", "增强策略能提高收益弹性，但回撤也会更大。"),
    (None, "cn", "刚才下单的刘**先生，感谢支持！"),
]


@pytest.mark.parametrize(("product", "pack", "text"), HARD_NEGATIVES, ids=[r[2][:24] for r in HARD_NEGATIVES])
def test_hard_negatives_stay_clean(product, pack: str, text: str) -> None:
    assert _reported(text, pack=pack, products=[product] if product else []) == set()


def test_an_amount_starting_with_95_is_not_a_bank_hotline() -> None:
    text = "Shout-out to Ray Molina from Tulsa, whose $95,500 rollover cleared today!"
    assert "privacy.customer_pii" in _reported(text, pack="us")


@pytest.mark.parametrize(
    ("pack", "text"),
    [
        ("us", "Honestly, Summit would be a solid core holding for you, want me to add ten grand tonight?"),
        ("us", "I'm comfortable suggesting a starter position in Summit for you."),
        ("cn", "您这个情况我觉得可以先少量配一些这只，我今晚就帮您下单。"),
    ],
)
def test_a_call_to_buy_in_any_wording_makes_an_above_risk_product_unsuitable(pack: str, text: str) -> None:
    assert "suitability.product_above_customer_risk" in _reported(
        text, pack=pack, products=[FUND_R4], customer_risk="C2"
    )


def test_a_refused_purchase_is_not_a_call_to_buy() -> None:
    text = "This fund is above your risk profile, so I can't recommend it; we won't put an order in."
    assert "suitability.product_above_customer_risk" not in _reported(
        text, pack="us", products=[FUND_R4], customer_risk="C2"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Summit was quietly up 14% over the past four months.",
        "Summit printed a 6.2% gain last quarter.",
    ],
)
def test_a_past_figure_whose_time_word_follows_it_needs_the_disclaimer(text: str) -> None:
    assert "performance.past_without_disclaimer" in _reported(text, pack="us", products=[FUND_R4])


@pytest.mark.parametrize(
    "text",
    [
        "本周内在我行认购这款产品满20万的客户，凭认购凭证可以到网点领一台空气炸锅。",
        "今晚通过直播间申购满5万的，每位再送一桶油。",
    ],
)
def test_a_benefit_earned_by_buying_is_an_inducement(text: str) -> None:
    assert "inducement.gift_rebate" in _reported(text, products=[WMP_R2])


def test_a_pension_account_withdrawal_is_not_a_gift() -> None:
    text = "它可以通过个人养老金账户购买，缴存有税收优惠，但领取要等到退休。"
    assert "inducement.gift_rebate" not in _reported(text, products=[WMP_R2])


LAKESHORE_R4 = {**FUND_R4, "name": "Lakeshore Growth Fund"}
PINECREST_R2 = {
    "code": "P",
    "name": "Pinecrest Income Portfolio 180D",
    "type": "wmp",
    "risk_level": "R2",
    "benchmark_min": 2.7,
    "benchmark_max": 3.5,
    "principal_protected": False,
}

# A fresh English batch written from rules.md after the grammars above (first try: 17 of 24; the misses led to
# the forward markers, the sized imperative, the reassurance that is not a negation and the refutation that
# opens the next sentence). One forecast stated as a bare number ("around 3.4 this term") is still missed.
ENGLISH_BATCH = [
    (
        "promise.capital_guarantee",
        PINECREST_R2,
        None,
        "Worst case you just get your money back, so there's really no way to lose here.",
    ),
    (
        "promise.capital_guarantee",
        LAKESHORE_R4,
        None,
        "In eleven years this fund hasn't lost a client a single dime.",
    ),
    ("promise.guaranteed_return", PINECREST_R2, None, "You're locking in three and a half percent, period."),
    (
        "performance.prediction",
        LAKESHORE_R4,
        None,
        "My money says Lakeshore finishes the year up around twelve percent.",
    ),
    (
        "claim.yield_exceeds_benchmark",
        PINECREST_R2,
        None,
        "I think Pinecrest can do four percent this time around.",
    ),
    (
        "suitability.product_above_customer_risk",
        LAKESHORE_R4,
        "C2",
        "Trust me, put twenty thousand into Lakeshore this week, you'll thank me.",
    ),
    (
        "suitability.assessment_bypass",
        None,
        None,
        "Don't worry about the risk survey, tell it you've been trading stocks for a decade and you'll be approved.",
    ),
    (
        "endorsement.testimonial",
        LAKESHORE_R4,
        None,
        "My neighbor's retired dad put his IRA in Lakeshore and he can't stop bragging about it at church.",
    ),
    (
        "endorsement.government",
        LAKESHORE_R4,
        None,
        "FINRA reviewed the fund, which basically means it's government approved.",
    ),
    (
        "comparison.unfair_competitor",
        None,
        None,
        "Don't go to Ridgeway Bank, their planners only care about their commissions.",
    ),
    (
        "comparison.deposit_analogy",
        PINECREST_R2,
        None,
        "Think of Pinecrest as a savings account that just pays a little more.",
    ),
    (
        "inducement.urgency_pressure",
        PINECREST_R2,
        None,
        "This tranche closes at midnight and it won't come back, so decide now.",
    ),
    (
        "conduct.off_channel",
        None,
        None,
        "WhatsApp me after the stream and I'll walk you through the details privately.",
    ),
    (
        "privacy.customer_pii",
        None,
        None,
        "Congrats to Maria Gonzalez in Phoenix, who just moved $220,000 into Pinecrest!",
    ),
    (
        "misleading.hidden_conditions",
        PINECREST_R2,
        None,
        "The 180 days is just on paper, you can pull out whenever you want.",
    ),
    (
        "performance.cherry_picked",
        LAKESHORE_R4,
        None,
        "Our best quarter ever, Lakeshore gained 9% in three months, that's 36% annualized.",
    ),
    (
        "superlative.absolute_term",
        LAKESHORE_R4,
        None,
        "Lakeshore is hands down the best growth fund on the market today.",
    ),
    (
        "claim.risk_level_mismatch",
        LAKESHORE_R4,
        None,
        "Risk-wise Lakeshore is pretty conservative, nothing to lose sleep over.",
    ),
]


@pytest.mark.parametrize(
    ("code", "product", "customer", "text"), ENGLISH_BATCH, ids=[r[3][:24] for r in ENGLISH_BATCH]
)
def test_english_batch(code: str, product, customer, text: str) -> None:
    assert code in _reported(text, pack="us", products=[product] if product else [], customer_risk=customer)


@pytest.mark.parametrize(
    ("product", "text"),
    [
        (
            PINECREST_R2,
            "Pinecrest is rated R2 and can lose value; the benchmark of 2.7% to 3.5% is not a promise.",
        ),
        (
            LAKESHORE_R4,
            "People sometimes say a fund can't lose; that's never true, and Lakeshore can fall sharply.",
        ),
        (None, "We will never ask you to move money into a personal account or to message us on WhatsApp."),
        (
            LAKESHORE_R4,
            "Lakeshore returned 11% last year and lost 8% the year before; past performance does not predict future results.",
        ),
        (None, "If someone promises you a guaranteed 10% a year, walk away: it's a scam."),
    ],
)
def test_english_hard_negatives(product, text: str) -> None:
    assert _reported(text, pack="us", products=[product] if product else []) == set()


@pytest.mark.parametrize(
    ("pack", "text"),
    [
        ("cn", "我们网点的周阿姨去年放了三十万在这个系列，年底光利息就拿到一万多。"),
        ("us", "A retired couple I work with netted $48,000 in this fund over eight years."),
    ],
)
def test_a_clients_gain_told_as_an_anecdote_needs_the_past_performance_disclaimer(
    pack: str, text: str
) -> None:
    assert "performance.past_without_disclaimer" in _reported(text, pack=pack)


def test_the_anecdote_with_the_disclaimer_owes_no_past_performance_code() -> None:
    text = "我们网点的周阿姨去年在这个系列拿到一万多收益。过往业绩不代表其未来表现。"
    assert "performance.past_without_disclaimer" not in _reported(text)


BLUEWATER_R4 = {**FUND_R4, "name": "Bluewater Equity Fund"}
OAKRIDGE_R3 = {
    **WMP_R3_EN,
    "name": "Oakridge Balanced Portfolio 1Y",
    "benchmark_min": 3.0,
    "benchmark_max": 4.1,
}

# A second fresh English batch (first try: 16 of 20; the misses led to "ought to clear", an insider's own money
# and contempt for a class of competitor). "four-ish percent" (a number word with -ish) is still missed.
ENGLISH_BATCH_2 = [
    (
        "promise.capital_guarantee",
        OAKRIDGE_R3,
        None,
        "Your principal isn't going anywhere with Oakridge, I'd stake my job on it.",
    ),
    (
        "promise.capital_guarantee",
        BLUEWATER_R4,
        None,
        "The chance of you losing money here is basically zero.",
    ),
    (
        "promise.guaranteed_return",
        OAKRIDGE_R3,
        None,
        "You'll pocket at least 3% no matter what the market does.",
    ),
    (
        "performance.prediction",
        BLUEWATER_R4,
        None,
        "I fully expect Bluewater to be one of next year's big winners, probably 15% or better.",
    ),
    ("claim.yield_exceeds_benchmark", OAKRIDGE_R3, None, "Oakridge ought to clear 4.5% this year."),
    (
        "suitability.product_above_customer_risk",
        BLUEWATER_R4,
        "C1",
        "Let's get you started with Bluewater, say ten thousand to begin with.",
    ),
    (
        "suitability.assessment_bypass",
        None,
        None,
        "Just redo the risk quiz and answer like a growth investor, then the system lets you buy.",
    ),
    (
        "endorsement.testimonial",
        BLUEWATER_R4,
        None,
        "A famous hedge fund guy I know personally keeps most of his own money in Bluewater.",
    ),
    (
        "comparison.unfair_competitor",
        None,
        None,
        "Those robo-advisors are run by kids who've never seen a bear market.",
    ),
    (
        "inducement.urgency_pressure",
        OAKRIDGE_R3,
        None,
        "We're down to the last few slots, once they're gone that's it until next year.",
    ),
    (
        "conduct.off_channel",
        None,
        None,
        "Shoot me a text at my personal number and I'll send you the internal research.",
    ),
    (
        "privacy.customer_pii",
        None,
        None,
        "Mrs. Patel, your checking balance is showing $14,300, want to move some of that?",
    ),
    (
        "misleading.hidden_conditions",
        OAKRIDGE_R3,
        None,
        "There's technically a one-year hold but I can always get you out early.",
    ),
    ("comparison.deposit_analogy", OAKRIDGE_R3, None, "It's basically a CD, just with a better rate."),
    (
        "endorsement.government",
        BLUEWATER_R4,
        None,
        "The SEC signed off on this fund, so you know it's legit.",
    ),
]


@pytest.mark.parametrize(
    ("code", "product", "customer", "text"), ENGLISH_BATCH_2, ids=[r[3][:24] for r in ENGLISH_BATCH_2]
)
def test_english_batch_2(code: str, product, customer, text: str) -> None:
    assert code in _reported(text, pack="us", products=[product] if product else [], customer_risk=customer)


@pytest.mark.parametrize(
    ("product", "text"),
    [
        (BLUEWATER_R4, "Some viewers asked if Bluewater is guaranteed; it is not, and it can lose value."),
        (
            OAKRIDGE_R3,
            "Oakridge's benchmark is 3.0% to 4.1%, which is a reference and not a promise of returns.",
        ),
        (None, "Never share your account number or passcode in the chat."),
        (None, "We don't comment on other firms' products; read each prospectus carefully."),
    ],
)
def test_english_hard_negatives_2(product, text: str) -> None:
    assert _reported(text, pack="us", products=[product] if product else []) == set()


HUAJING_R4 = {**FUND_R4, "name": "华景成长混合基金"}
WENXIN_R2 = {**WMP_R2, "name": "稳鑫90天持有期理财", "benchmark_min": 2.4, "benchmark_max": 3.2}

# A fresh Chinese batch (first try: 20 of 22; the competitor verdict "就知道卖…不管客户死活" was added). "三块二的
# 年化…板上钉钉" (a figure in 块) is still missed.
CHINESE_BATCH = [
    (
        "promise.capital_guarantee",
        WENXIN_R2,
        None,
        "放心，这款到期本金一分都不会少，我干这行十年没见过亏的。",
    ),
    ("promise.capital_guarantee", HUAJING_R4, None, "真要是跌了，差价我私人给您补上。"),
    ("performance.prediction", HUAJING_R4, None, "照现在这个势头，年底前涨两成我看问题不大。"),
    ("claim.yield_exceeds_benchmark", WENXIN_R2, None, "这期我估摸着能到三点五左右吧。"),
    (
        "suitability.product_above_customer_risk",
        HUAJING_R4,
        "C2",
        "阿姨您是稳健型的，不过这只可以少放个两三万试试。",
    ),
    ("suitability.assessment_bypass", None, None, "测评那题您就说能接受亏损30%，不然买不了。"),
    ("endorsement.testimonial", HUAJING_R4, None, "我们行的老客户陈叔，去年跟着买了这只，现在天天在群里夸。"),
    ("endorsement.testimonial", HUAJING_R4, None, "某头部财经博主最近也在视频里推了这只。"),
    ("comparison.unfair_competitor", None, None, "隔壁那家行的理财经理就知道卖保险，根本不管客户死活。"),
    ("inducement.urgency_pressure", WENXIN_R2, None, "今天是最后一天，过了今晚就真没额度了。"),
    ("inducement.gift_rebate", WENXIN_R2, None, "今晚下单满十万的，我们额外送一张两百块的超市卡。"),
    ("conduct.off_channel", None, None, "想要完整的持仓明细，私信我发您微信号。"),
    ("privacy.customer_pii", None, None, "恭喜吴建平先生，今天在我们这儿又存了五十万！"),
    ("misleading.hidden_conditions", WENXIN_R2, None, "虽然写的是90天持有期，其实有急用随时都能赎回。"),
    ("comparison.deposit_analogy", WENXIN_R2, None, "您就把它当成利息高一点的定期存款就行。"),
    ("endorsement.government", HUAJING_R4, None, "这只是证监会特批的，国家都认可了。"),
    ("performance.cherry_picked", HUAJING_R4, None, "它的兄弟基金去年涨了40%，这只也是同一个经理管。"),
]


@pytest.mark.parametrize(
    ("code", "product", "customer", "text"), CHINESE_BATCH, ids=[r[3][:12] for r in CHINESE_BATCH]
)
def test_chinese_batch(code: str, product, customer, text: str) -> None:
    assert code in _reported(text, products=[product] if product else [], customer_risk=customer)


@pytest.mark.parametrize(
    ("product", "text"),
    [
        (WENXIN_R2, "这款不保本，业绩比较基准2.4%-3.2%不代表实际收益。"),
        (None, "有人跟您说稳赚不赔，那一定是骗子，请直接举报。"),
        (None, "我们不评价其他银行的产品，每家的风险和费用都不一样。"),
        (HUAJING_R4, "这只基金近一年涨了12%，近三年跌了5%，过往业绩不代表其未来表现。"),
    ],
)
def test_chinese_hard_negatives(product, text: str) -> None:
    assert _reported(text, products=[product] if product else []) == set()


@pytest.mark.parametrize(
    "text",
    ["这款年化大概三点六左右吧，不构成承诺哈。", "年化能有个3.6吧。", "到期差不多能拿四个点。"],
)
def test_a_bare_yield_after_a_hedge_is_a_forecast(text: str) -> None:
    found = _reported(text, products=[WENXIN_R2])
    assert {"performance.prediction", "claim.yield_exceeds_benchmark"} <= found


def test_a_yield_word_without_a_figure_is_clean() -> None:
    assert _reported("年化是浮动的，以实际为准。", products=[WENXIN_R2]) == set()


def test_a_number_word_with_ish_before_percent_is_a_figure() -> None:
    text = "Realistically you're looking at four-ish percent when this matures."
    assert "claim.yield_exceeds_benchmark" in _reported(text, pack="us", products=[PINECREST_R2])


CLEARWATER_R3 = {
    **WMP_R3_EN,
    "name": "Clearwater Multi-Asset Portfolio 180D",
    "benchmark_min": 3.1,
    "benchmark_max": 4.2,
}


@pytest.mark.parametrize(
    "text",
    ["Benchmark on Clearwater is 3.1 to 4.2% a year.", "The benchmark for this tranche is 3.1% to 4.2%."],
)
def test_a_benchmark_quoted_a_few_words_after_its_label_owes_the_disclaimer(text: str) -> None:
    found = _reported(text, pack="us", products=[CLEARWATER_R3])
    assert "disclosure.benchmark_disclaimer_missing" in found
    assert "performance.prediction" not in found


def test_the_benchmarks_return_over_the_same_period_is_history_not_a_benchmark_quote() -> None:
    text = (
        "本基金过去一年净值增长12.4%，对应期间的业绩比较基准收益率是9.8%。基金的过往业绩并不预示其未来表现。"
    )
    assert "disclosure.benchmark_disclaimer_missing" not in _reported(
        text, kind="script", products=[HUAJING_R4]
    )

"""Claims in wordings the engine had not met, for the codes a validation look showed weakest (urgency, forecasts,
testimonials, superlatives, rivals run down, deposit analogies, principal safety): time left on an offer and a
sell-out before the customer decides, a market's turn told as settled, the customer told how glad they will be,
peer superiority without a source, loss told as something one would have to work at. Written for this test from
rules.md and how RMs talk, none taken from a corpus; each batch was run before its grammars were written
(packs/meaning_zh12.yaml, packs/english_r12.yaml, claims.yaml).

First try (violating rows caught / clean rows passed): Chinese 23/30; English 12/22 and 4/4 clean (forecasts 0/4).
Known and left out of the rows below, so that no test is skipped or expected to fail: "好多退休老教师都在我这儿买，
人家都是精打细算的，还能错？" (a crowd of buyers as the reason: testimonial or urgency, the rules do not say);
"某些小银行的产品…见不得光的东西，您可得小心" (the warning frame 小心 reads it as a scam warning); "One of my clients
just messaged: three terms in, paid out every time" (a client's message quoted as praise)."""

import pytest

from tests.compliance.engine.probes import reported_codes

WMP = {
    "code": "P1",
    "name": "稳盈180天",
    "type": "wmp",
    "risk_level": "R2",
    "benchmark_min": 2.8,
    "benchmark_max": 3.6,
    "principal_protected": False,
}
FUND = {
    "code": "F1",
    "name": "成长混合A",
    "type": "fund",
    "risk_level": "R4",
    "benchmark_min": None,
    "benchmark_max": None,
    "principal_protected": False,
}
INSURANCE = {
    "code": "I1",
    "name": "增额终身寿",
    "type": "insurance",
    "risk_level": "R2",
    "benchmark_min": None,
    "benchmark_max": None,
    "principal_protected": False,
}

# (text, product, customer risk, expected codes, kind)
ZH_ROWS = [
    (
        "这期额度刚才后台看了只剩不到两百万了，犹豫的朋友自己掂量。",
        WMP,
        None,
        {"inducement.urgency_pressure"},
        "chat",
    ),
    (
        "今晚十二点一过，这个价格就没有了，明天再来就是另一回事。",
        WMP,
        None,
        {"inducement.urgency_pressure"},
        "chat",
    ),
    (
        "说实话这种机会一年也碰不上几回，过了这村就没这店了。",
        WMP,
        None,
        {"inducement.urgency_pressure"},
        "chat",
    ),
    (
        "已经有三百多位朋友下单了，名额真的不多了，手慢无。",
        FUND,
        None,
        {"inducement.urgency_pressure"},
        "chat",
    ),
    (
        "【倒计时】稳盈180天仅剩最后3小时！抓紧时间！理财非存款、产品有风险、投资须谨慎。",
        WMP,
        None,
        {"inducement.urgency_pressure"},
        "announcement",
    ),
    ("等您想好了估计早就被抢光了，先锁定再说。", WMP, None, {"inducement.urgency_pressure"}, "chat"),
    ("照目前这个势头，成长混合A年底前翻红是大概率的事。", FUND, None, {"performance.prediction"}, "chat"),
    (
        "我跟您打个赌，明年这个时候您回头看一定庆幸现在上了车。",
        FUND,
        None,
        {"performance.prediction"},
        "chat",
    ),
    (
        "利率还要往下走，现在买稳盈等于提前锁住了高收益，后面只会越来越低。",
        WMP,
        None,
        {"performance.prediction"},
        "chat",
    ),
    ("科技板块已经跌到底了，接下来就是往上走的行情。", FUND, None, {"performance.prediction"}, "chat"),
    ("按我的经验，这一期到期应该在三个点上下，差不了太多。", WMP, None, {"performance.prediction"}, "chat"),
    (
        "我们网点的张阿姨去年跟着买了成长混合A，现在逢人就夸，说比存款强多了。",
        FUND,
        None,
        {"endorsement.testimonial"},
        "chat",
    ),
    (
        "某某财经大V上周直播里也点名了这只基金，说值得长期拿。",
        FUND,
        None,
        {"endorsement.testimonial"},
        "chat",
    ),
    (
        "刚刚后台有位客户留言说买了三期，每期都到手了，谢谢他的信任！",
        WMP,
        None,
        {"endorsement.testimonial"},
        "chat",
    ),
    (
        "稳盈是目前市面上同类产品里性价比最高的，找不出第二个。",
        WMP,
        None,
        {"superlative.absolute_term"},
        "chat",
    ),
    ("这位基金经理可以说是业内的天花板了。", FUND, None, {"superlative.absolute_term"}, "chat"),
    ("我敢说全城的银行里找不到比它更稳的固收产品。", WMP, None, {"superlative.absolute_term"}, "chat"),
    ("成长混合A是我们行今年的王牌产品，卖得最火的一只。", FUND, None, {"superlative.absolute_term"}, "chat"),
    (
        "互联网平台上那些理财，说白了就是拿你的钱去赌，出了事找谁都找不到。",
        None,
        None,
        {"comparison.unfair_competitor"},
        "chat",
    ),
    (
        "XX证券那边的投顾也就是刚毕业的小年轻，懂什么配置。",
        None,
        None,
        {"comparison.unfair_competitor"},
        "chat",
    ),
    ("稳盈您就当成一张利息高一点的定期存单就行。", WMP, None, {"comparison.deposit_analogy"}, "chat"),
    ("跟放余额宝、放活期是一回事，只是收益多一点。", WMP, None, {"comparison.deposit_analogy"}, "chat"),
    (
        "增额终身寿其实就是一种长期储蓄，跟存银行差不多，还更划算。",
        INSURANCE,
        None,
        {"comparison.deposit_analogy"},
        "chat",
    ),
    ("本金这块您尽管放心，出了问题我们行会负责到底。", WMP, None, {"promise.capital_guarantee"}, "chat"),
    ("这款产品的底层都是国债和存单，想亏钱都难。", WMP, None, {"promise.capital_guarantee"}, "chat"),
    ("持有满三年的客户，就没有一个是亏钱出来的。", FUND, None, {"promise.capital_guarantee"}, "chat"),
    ("最坏的情况也就是少赚一点，本钱是肯定在的。", WMP, None, {"promise.capital_guarantee"}, "chat"),
    ("三个点是稳稳的，就看能多出多少了。", WMP, None, {"promise.guaranteed_return"}, "chat"),
]
EN_ROWS = [
    (
        "Only three hours left on this one, folks, then it's gone.",
        WMP,
        None,
        {"inducement.urgency_pressure"},
        "chat",
    ),
    (
        "By the time you've slept on it, it'll be sold out. Lock it in now.",
        WMP,
        None,
        {"inducement.urgency_pressure"},
        "chat",
    ),
    (
        "Over 300 people have already jumped in tonight; seats are nearly gone.",
        FUND,
        None,
        {"inducement.urgency_pressure"},
        "chat",
    ),
    (
        "Countdown: 3 hours to go! Don't be the one who missed out. Not FDIC insured. May lose value.",
        WMP,
        None,
        {"inducement.urgency_pressure"},
        "announcement",
    ),
    (
        "At this pace the fund is back in the green by Christmas, easy.",
        FUND,
        None,
        {"performance.prediction"},
        "chat",
    ),
    (
        "A year from now you'll be glad you got in at these prices, trust me.",
        FUND,
        None,
        {"performance.prediction"},
        "chat",
    ),
    (
        "Rates are heading lower, so anything you lock now will look great in six months.",
        WMP,
        None,
        {"performance.prediction"},
        "chat",
    ),
    ("Tech has bottomed; the only way from here is up.", FUND, None, {"performance.prediction"}, "chat"),
    (
        "Mrs. Alvarez from our Main Street branch bought in last spring and she can't stop raving about it.",
        FUND,
        None,
        {"endorsement.testimonial"},
        "chat",
    ),
    (
        "A well-known finance YouTuber just named this fund as his top pick for the decade.",
        FUND,
        None,
        {"endorsement.testimonial"},
        "chat",
    ),
    (
        "Nothing on the market comes close to this for value, full stop.",
        WMP,
        None,
        {"superlative.absolute_term"},
        "chat",
    ),
    ("Honestly this manager is in a league of her own.", FUND, None, {"superlative.absolute_term"}, "chat"),
    (
        "It's our flagship fund and the hottest seller we have.",
        FUND,
        None,
        {"superlative.absolute_term"},
        "chat",
    ),
    (
        "Those app-based robo advisors are basically gambling with your money.",
        None,
        None,
        {"comparison.unfair_competitor"},
        "chat",
    ),
    (
        "The credit union down the street hires kids straight out of school who don't know a bond from a stock.",
        None,
        None,
        {"comparison.unfair_competitor"},
        "chat",
    ),
    (
        "Just think of it as a CD that pays a little better.",
        WMP,
        None,
        {"comparison.deposit_analogy"},
        "chat",
    ),
    (
        "This annuity is really just a long-term savings account, only better.",
        INSURANCE,
        None,
        {"comparison.deposit_analogy"},
        "chat",
    ),
    (
        "It's all Treasuries and CDs underneath, so losing money would take real effort.",
        WMP,
        None,
        {"promise.capital_guarantee"},
        "chat",
    ),
    (
        "Worst case you earn a bit less; your principal is going nowhere.",
        WMP,
        None,
        {"promise.capital_guarantee"},
        "chat",
    ),
    (
        "Nobody who held it three years has ever come out behind.",
        FUND,
        None,
        {"promise.capital_guarantee"},
        "chat",
    ),
    (
        "Three percent is in the bag, the only question is how much more.",
        WMP,
        None,
        {"promise.guaranteed_return"},
        "chat",
    ),
    (
        "There's no countdown here; take the weekend, read the disclosures, and decide when you're ready.",
        WMP,
        None,
        set(),
        "chat",
    ),
    (
        "I can't tell you where the fund will be by Christmas; it can go down as well as up.",
        FUND,
        None,
        set(),
        "chat",
    ),
    (
        "Robo-advisors and banks each have trade-offs; compare fees, service and risk before choosing.",
        None,
        None,
        set(),
        "chat",
    ),
    ("It's not a CD: it isn't FDIC insured, and it can lose value.", WMP, None, set(), "chat"),
]
ROWS = [("cn", *r) for r in ZH_ROWS] + [("us", *r) for r in EN_ROWS]


@pytest.mark.parametrize(("pack", "text", "product", "customer", "codes", "kind"), [r for r in ROWS if r[4]])
def test_violating_probe_carries_its_codes(pack, text, product, customer, codes, kind):
    assert codes <= reported_codes(text, product, customer, kind, pack)


@pytest.mark.parametrize(
    ("pack", "text", "product", "customer", "codes", "kind"), [r for r in ROWS if not r[4]]
)
def test_clean_probe_has_no_finding(pack, text, product, customer, codes, kind):
    assert reported_codes(text, product, customer, kind, pack) == set()

"""Chinese recall, round-17 layer (packs/meaning_zh17r.yaml): the codes round 17 (the last blind split) showed weakest
on Chinese chat lines, cards and announcements — superlatives and rank claims, gifts earned by buying, testimonials —
each tried first on probe batches of invented RM chat lines (colloquial, typos, emoji, evasion spellings, answers to
viewers) and hard negatives that use the same words honestly. Every sentence was written for this test from rules.md
and how RMs talk in a livestream, none taken from a corpus. Violating rows must carry their codes; clean rows must get
no block or review finding.

First try (violating rows caught with every code / clean rows passed): see the batch comments below.
"""

import pytest

from compliance.engine import check

WMP = {
    "code": "AY60",
    "name": "安盈60天持有期理财",
    "type": "wmp",
    "risk_level": "R2",
    "benchmark_min": 2.5,
    "benchmark_max": 3.3,
    "principal_protected": False,
}
FUND = {
    "code": "017733",
    "name": "景明优选成长混合A",
    "type": "fund",
    "risk_level": "R4",
    "benchmark_min": None,
    "benchmark_max": None,
    "principal_protected": False,
}
INSURANCE = {
    "code": "FY30",
    "name": "福运年年增额终身寿险",
    "type": "insurance",
    "risk_level": "R2",
    "benchmark_min": None,
    "benchmark_max": None,
    "principal_protected": False,
}

SUPER = "superlative.absolute_term"
GIFT = "inducement.gift_rebate"
TESTIMONIAL = "endorsement.testimonial"

# (text, product, customer risk, expected codes, kind), by batch.
BATCHES = {
    # -- batch 1: superlatives, gifts, testimonials ------------------------------------------------------------
    "b1": [
        ("这只债基在同类里基本就是天花板了🔥", FUND, None, {SUPER}, "chat"),
        ("全网找不到比这收益更高的R2理财了，不信你去比", WMP, None, {SUPER}, "chat"),
        ("说句不夸张的，咱家这款在全市是独一份", WMP, None, {SUPER}, "chat"),
        ("业绩在全行理财里数一数二👍", WMP, None, {SUPER}, "chat"),
        ("这个费率是市面上最低的了，没有之一", FUND, None, {SUPER}, "chat"),
        ("同期发行的产品里它收益遥遥领先", WMP, None, {SUPER}, "chat"),
        ("我干了十五年理财，这是我见过最稳的一只", WMP, None, {SUPER}, "chat"),
        ("业内公认的顶级投研团队在管，放心", FUND, None, {SUPER}, "chat"),
        ("买固收就认准这款，No.1不是吹的", WMP, None, {SUPER}, "chat"),
        ("这款的回撤控制可以说是无敌的", FUND, None, {SUPER}, "chat"),
        ("目前全国收益最高的一款养老理财，就是它", WMP, None, {SUPER}, "chat"),
        ("它就是固收界的绝对王者", WMP, None, {SUPER}, "chat"),
        ("性价比之王，嘎嘎香", WMP, None, {SUPER}, "chat"),
        ("宇宙第一好用的现金管理工具哈哈", WMP, None, {SUPER}, "chat"),
        ("独家！只有我们行能买到的最强固收", WMP, None, {SUPER}, "chat"),
        ("最好的办法是按您的测评结果来选产品", WMP, None, set(), "chat"),
        ("最低起投1元，单日快赎上限1万", WMP, None, set(), "chat"),
        ("第一次买理财的朋友，先看清风险等级R2", WMP, None, set(), "chat"),
        ("我们不说最好，只说适不适合您", WMP, None, set(), "chat"),
        ("您最关心的应该是流动性吧，这款持有满60天才能赎回", WMP, None, set(), "chat"),
        ("有没有最稳的？没有最稳的，只有适合自己的", WMP, None, set(), "chat"),
        ("最晚下午三点前提交，当天确认份额", WMP, None, set(), "chat"),
        ("排名这些我们这里不做比较，数据以基金公司公告为准", FUND, None, set(), "chat"),
        ("今天下单的宝子们，每人一桶金龙鱼🎁", WMP, None, {GIFT}, "chat"),
        ("投保成功截图发我，包邮寄个小家电过去", INSURANCE, None, {GIFT}, "chat"),
        ("买满十万的，额外给您申请一张500的超市卡", WMP, None, {GIFT}, "chat"),
        ("首购的新朋友，送您一份体检套餐", WMP, None, {GIFT}, "chat"),
        ("认购成功的可以参与幸运大转盘，iPad等你拿", WMP, None, {GIFT}, "chat"),
        ("凡是今天在直播间成交的，年底都有一份年货礼盒", WMP, None, {GIFT}, "chat"),
        ("买了的姐妹私我领福利哈，小礼物不成敬意", WMP, None, {GIFT}, "chat"),
        ("成交后我这边还能给您返个两百块的红bao", WMP, None, {GIFT}, "chat"),
        ("投一万就给一千积分，积分能直接抵现金", WMP, None, {GIFT}, "chat"),
        ("这期认购到五十万的客户，安排高端酒店免费住两晚", WMP, None, {GIFT}, "chat"),
        ("买这个保险还能白嫖一个电饭煲哈哈", INSURANCE, None, {GIFT}, "chat"),
        ("订单截图发评论区，抽三位送茅台一瓶", WMP, None, {GIFT}, "chat"),
        ("下单后找客服报暗号'安盈'，领鸡蛋一篮", WMP, None, {GIFT}, "chat"),
        ("购买即赠价值399元的理财课程", WMP, None, {GIFT}, "chat"),
        ("买了记得找我，小礼品我私下给你寄", WMP, None, {GIFT}, "chat"),
        ("本场抽奖只看点赞和评论，跟买不买没关系", WMP, None, set(), "chat"),
        ("我们行没有任何购买送礼的活动，大家别信", WMP, None, set(), "chat"),
        ("认购费率是官方公示的一折，以APP显示为准", FUND, None, set(), "chat"),
        ("送大家一句话：投资有风险，入市需谨慎", WMP, None, set(), "chat"),
        ("风险测评在APP里就能免费做", WMP, None, set(), "chat"),
        ("今天送的是投资者教育手册，人人都能领，不需要购买", WMP, None, set(), "chat"),
        ("评论区已经买了的家人都说稳稳的，拿着很舒服", WMP, None, {TESTIMONIAL}, "chat"),
        ("我一个医生客户，一口气买了三期，说比她同事买的都强", WMP, None, {TESTIMONIAL}, "chat"),
        ("上期买了的宝子们扣个1，让新朋友看看大家赚没赚😄", WMP, None, {TESTIMONIAL}, "chat"),
        ("好多阿姨买了以后都回来追加，口碑在那摆着呢", WMP, None, {TESTIMONIAL}, "chat"),
        ("有个退休的老师傅买了五年了，逢年过节给我送橘子，说这个理财让他安心", WMP, None, {TESTIMONIAL}, "chat"),
        ("某知名基金经理私下跟我说，他家里的钱也放在这只里", FUND, None, {TESTIMONIAL}, "chat"),
        ("财经圈好几个大V都在晒这只的持仓", FUND, None, {TESTIMONIAL}, "chat"),
        ("我妈、我婆婆、我闺蜜都买了，都说好", WMP, None, {TESTIMONIAL}, "chat"),
        ("粉丝反馈：买了三个月没操过心，真香", WMP, None, {TESTIMONIAL}, "chat"),
        ("去年推荐给粉丝的那批，现在没有一个说不好的", WMP, None, {TESTIMONIAL}, "chat"),
        ("客户群里大家都在晒到账截图，比我说一百句都管用", WMP, None, {TESTIMONIAL}, "chat"),
        ("一位做了三十年投资的老前辈说这是他见过最靠谱的理财", WMP, None, {TESTIMONIAL}, "chat"),
        ("买过的都说香，复购率超高", WMP, None, {TESTIMONIAL}, "chat"),
        ("直播间的老粉李姐买了二十万，现在逢年过节都来谢我", WMP, None, {TESTIMONIAL}, "chat"),
        ("有人问买的人多不多，客户信息我们不公布", WMP, None, set(), "chat"),
        ("每个客户的收益因人而异，别拿别人的经历当参考", WMP, None, set(), "chat"),
        ("有粉丝说买了跌了，这很正常，净值会波动", FUND, None, set(), "chat"),
        ("不少客户问到这款，我统一解答一下", WMP, None, set(), "chat"),
        ("我妈问我能不能买，我让她先去做测评", WMP, None, set(), "chat"),
        ("谢谢大家的支持，买不买都欢迎常来直播间", WMP, None, set(), "chat"),
    ],
}

ZH_ROWS = [row for rows in BATCHES.values() for row in rows]
BATCH_OF = {id(row): name for name, rows in BATCHES.items() for row in rows}


def _reported(text: str, product: dict | None, customer: str | None, kind: str) -> set[str]:
    findings = check(
        text, kind=kind, products=[product] if product else [], customer_risk=customer, pack="cn"
    )
    return {f.code for f in findings if f.severity in ("block", "review")}


@pytest.mark.parametrize(("text", "product", "customer", "codes", "kind"), [r for r in ZH_ROWS if r[3]])
def test_violating_probe_carries_its_codes(text, product, customer, codes, kind):
    assert codes <= _reported(text, product, customer, kind)


@pytest.mark.parametrize(("text", "product", "customer", "codes", "kind"), [r for r in ZH_ROWS if not r[3]])
def test_clean_probe_has_no_finding(text, product, customer, codes, kind):
    assert _reported(text, product, customer, kind) == set()

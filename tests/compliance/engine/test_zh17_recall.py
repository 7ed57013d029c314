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
    # -- batch 2: new wordings of the same three codes, after batch 1's grammars -------------------------------
    "b2": [
        ("这收益放眼全市场都找不出几个能打的💪", WMP, None, {SUPER}, "chat"),
        ("论稳，它说第二谁敢说第一", WMP, None, {SUPER}, "chat"),
        ("咱们这款可是拿过奖的冠军产品", FUND, None, {SUPER}, "chat"),
        ("同档期里收益最能打的就是它了", WMP, None, {SUPER}, "chat"),
        ("业绩常年霸榜，不用我多说了吧", FUND, None, {SUPER}, "chat"),
        ("它的回撤小到离谱，同类里就没见过更小的", FUND, None, {SUPER}, "chat"),
        ("理财届的天花板，说的就是这只", WMP, None, {SUPER}, "chat"),
        ("这个收益水平，在行业里绝对是第一梯队的头名", WMP, None, {SUPER}, "chat"),
        ("R2里面它是顶配了，再找不到更香的", WMP, None, {SUPER}, "chat"),
        ("大家公认的最佳养老理财，没有争议", WMP, None, {SUPER}, "chat"),
        ("这只的夏普比率在全市场排前三", FUND, None, {SUPER}, "chat"),
        ("最安全的一款理财就是它，放心冲", WMP, None, {SUPER}, "chat"),
        ("一句话：闭眼买不会错的最优选择", WMP, None, {SUPER}, "chat"),
        ("比它好的理财，我干这行八年还没见过", WMP, None, {SUPER}, "chat"),
        ("我们不说它是最好的，只说它的风格适合稳健的朋友", WMP, None, set(), "chat"),
        ("第一梯队还是第二梯队，这个我们不做评价", FUND, None, set(), "chat"),
        ("这一期是今年发行的第三期了", WMP, None, set(), "chat"),
        ("最安全的做法是分散配置，别把钱放一个篮子里", WMP, None, set(), "chat"),
        ("有人问是不是全市场最高的？不是，收益在中等水平", WMP, None, set(), "chat"),
        ("它不是收益最高的，但波动比较小", WMP, None, set(), "chat"),
        ("头一回买基金的朋友注意定投节奏", FUND, None, set(), "chat"),
        ("新朋友开户并买满一万，可以领一张100元的打车券🚕", WMP, None, {GIFT}, "chat"),
        ("今天在我这儿配了年金的，我自掏腰包请你们吃饭", INSURANCE, None, {GIFT}, "chat"),
        ("认购金额每满五万，就多一次砸金蛋的机会", WMP, None, {GIFT}, "chat"),
        ("买了这款的来找我登记，月底统一发米面油", WMP, None, {GIFT}, "chat"),
        ("投保的客户都有一份中秋月饼", INSURANCE, None, {GIFT}, "chat"),
        ("成功下单我给你们包个大红包", WMP, None, {GIFT}, "chat"),
        ("配置满二十万直接升级黑金卡，机场贵宾厅免费用", WMP, None, {GIFT}, "chat"),
        ("买一份保单，全家人免费做一次体检", INSURANCE, None, {GIFT}, "chat"),
        ("下单的前二十名，每人一个保温杯", WMP, None, {GIFT}, "chat"),
        ("在直播间购买的额外赠一年视频会员", WMP, None, {GIFT}, "chat"),
        ("今天投的，年底抽一辆电动车", WMP, None, {GIFT}, "chat"),
        ("买就送！买就送！洗衣液纸巾管够", WMP, None, {GIFT}, "chat"),
        ("成交的宝子们准备好地址，礼物已经打包好了📦", WMP, None, {GIFT}, "chat"),
        ("关注直播间，下播前抽三位送书，不限是否购买", WMP, None, set(), "chat"),
        ("手续费按产品说明书收取，我们不会私下返还", FUND, None, set(), "chat"),
        ("网点门口领鸡蛋那是社区活动，跟理财无关", WMP, None, set(), "chat"),
        ("买了以后请保管好合同，电子版会发送到您的邮箱", WMP, None, set(), "chat"),
        ("积分规则以信用卡中心公告为准，购买理财不累积积分", WMP, None, set(), "chat"),
        ("投保成功后，纸质保单会邮寄到您家里", INSURANCE, None, set(), "chat"),
        ("送大家一个小建议：先做测评再选产品", WMP, None, set(), "chat"),
        ("我们老客户王叔叔跟着我买了三年，他说这是他晚年最放心的一笔钱", WMP, None, {TESTIMONIAL}, "chat"),
        ("留言区有位姐姐说，买了以后晚上睡觉都踏实了", WMP, None, {TESTIMONIAL}, "chat"),
        ("很多宝妈都在我这配了教育金，用过的都说省心", INSURANCE, None, {TESTIMONIAL}, "chat"),
        ("之前买的那批粉丝，到期都主动续了", WMP, None, {TESTIMONIAL}, "chat"),
        ("好几个公务员朋友都在我这买的，他们挑东西可挑剔了", WMP, None, {TESTIMONIAL}, "chat"),
        ("我们直播间的铁粉都说跟着我买就没错", WMP, None, {TESTIMONIAL}, "chat"),
        ("银行里懂行的同事，自己的钱基本都放这只里", FUND, None, {TESTIMONIAL}, "chat"),
        ("某财经大V连续三期都买了这款", WMP, None, {TESTIMONIAL}, "chat"),
        ("有客户专门给我们送来了锦旗，写着理财专家", WMP, None, {TESTIMONIAL}, "chat"),
        ("我一个开饭店的朋友买了五十万，现在见人就推荐", WMP, None, {TESTIMONIAL}, "chat"),
        ("家人们看评论，一水儿的已买，真稳", WMP, None, {TESTIMONIAL}, "chat"),
        ("上次直播买了的老铁们，说说现在收益咋样👇", WMP, None, {TESTIMONIAL}, "chat"),
        ("某卫视财经节目主持人说这是他给自己养老选的", WMP, None, {TESTIMONIAL}, "chat"),
        ("退休的张老师买了以后逢人便夸", WMP, None, {TESTIMONIAL}, "chat"),
        ("我们网点的客户经理，个人也都配了这一款", WMP, None, {TESTIMONIAL}, "chat"),
        ("有粉丝说买完跌了想赎回，我建议先看看持有期", FUND, None, set(), "chat"),
        ("客户的反馈我们都会记录，有问题及时找网点", WMP, None, set(), "chat"),
        ("我妈不适合买这款，她的测评是C1", WMP, None, set(), "chat"),
        ("买了的朋友记得在APP里查看持仓和净值", WMP, None, set(), "chat"),
        ("评论区有人说稳，有人说不稳，大家理性看待", WMP, None, set(), "chat"),
        ("别听别人说赚了就跟风，适合自己最重要", WMP, None, set(), "chat"),
        ("专家观点仅供参考，不构成投资建议", WMP, None, set(), "chat"),
    ],
    # -- batch 3: hard negatives sharing the words of batches 1-2 (gifts, buyers, ranks), after batch 2's grammars -
    "b3": [
        ("买了以后每月的现金分红会发到您的账户", FUND, None, set(), "chat"),
        ("购买后合同和风险揭示书会发到您的邮箱", WMP, None, set(), "chat"),
        ("投保满一年后可以调整保障方案，具体以条款为准", INSURANCE, None, set(), "chat"),
        ("下单的朋友记得领取电子凭证", WMP, None, set(), "chat"),
        ("认购成功后会发送短信通知，请留意", WMP, None, set(), "chat"),
        ("成交的订单截图不要发到评论区，注意保护隐私", WMP, None, set(), "chat"),
        ("买了这款的客户，月底统一发送对账单", WMP, None, set(), "chat"),
        ("首购客户须先完成风险测评", WMP, None, set(), "chat"),
        ("买不买都可以参与今晚的抽奖，纯粹感谢大家捧场", WMP, None, set(), "chat"),
        ("投保后体检报告请妥善保存", INSURANCE, None, set(), "chat"),
        ("领取保单回执后，犹豫期15天内可以退保", INSURANCE, None, set(), "chat"),
        ("买理财送鸡蛋的都是骗局，大家别信", WMP, None, set(), "chat"),
        ("买了这款的家人们，有问题可以在评论区说", WMP, None, set(), "chat"),
        ("买过的朋友都说看不懂净值，今天我讲讲", WMP, None, set(), "chat"),
        ("很多客户说收益不及预期，这个我们理解", WMP, None, set(), "chat"),
        ("好多客户说想要更稳的，我推荐看看R1的货基", WMP, None, set(), "chat"),
        ("评论区有人问这只稳不稳？我说实话，它是R4，波动不小", FUND, None, set(), "chat"),
        ("一位老客户说想赎回，我帮他看了下持有期", WMP, None, set(), "chat"),
        ("财经博主晒的收益截图不代表您能拿到", FUND, None, set(), "chat"),
        ("客户群里有人晒收益，也有人晒亏损，大家理性看待", FUND, None, set(), "chat"),
        ("我妈买了一份，她说条款看不太懂，我就给她讲了", INSURANCE, None, set(), "chat"),
        ("我们不评第一，只讲产品本身", WMP, None, set(), "chat"),
        ("没有哪一款产品是最好的，只有最适合的", WMP, None, set(), "chat"),
        ("找不到更好的时机，那就分批定投", FUND, None, set(), "chat"),
        ("比它稳的产品也有，比如货币基金", FUND, None, set(), "chat"),
        ("远超同类的收益往往伴随更高的风险", FUND, None, set(), "chat"),
        ("跑赢同类平均的说法要看时间段，我们不做比较", FUND, None, set(), "chat"),
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

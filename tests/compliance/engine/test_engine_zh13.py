"""Chinese claims of the thirteenth layer (packs/meaning_zh13.yaml): the codes a validation look showed weakest,
on wordings the engine had not met. Every sentence was written for this test from rules.md and how bank RMs talk,
none taken from a corpus, and each batch was scored before its grammars were written. Violating rows must carry
their codes; clean rows must get no block or review finding.

First try (violating rows caught with every code / clean rows passed):

* batch 1 (urgency, forecasts, testimonials, no-loss, peer rank, rivals, deposit analogies), engine at the start of
  the session: 17/25 violating, 7/7 clean. Misses: an allocation gone when handed out (分完就没有了), one step late
  means the next issue, a rate move called a matter of time, a market bottom as a 黄金坑, a forward figure in words
  with 上下 after it, an association's chairman praising, few peers able to match it, a deposit said to differ
  only in name. (The association row was later reworded to a professor's, because a dev item turned out to use
  the same figure; the reworded row is not a first try.)
* batch 2 (the same codes, new wordings), after batch 1's grammars: 12/25 violating, 7/7 clean. Misses: buying
  said to become impossible (想进都进不去了), what is left not lasting till noon, a rate cut said to lift a market,
  this issue like the last one, a figure in words with 的样子, customers reporting gains, a writer's book, what
  comes back not less than what went in, a floor the RM holds, no other product steadier, a rival's promises
  mostly hollow (十有八九), a deposit's passbook, drawn any time like 活期.
* batch 3 (categories the dev misses suggested, in new wordings: peers that cannot compare, principal safe all the
  same, rates that only fall, known names as holders, money wasted in 活期, rivals only after fees), after batch 2's
  grammars: 8/21 violating, 6/6 clean.

Known and left out of the rows, so that no test is skipped or expected to fail: "它的费率是目前业内最低的，没有之一。"
(any sentence with 最低 is read as the mandatory best/worst display by the superlative rule's sentence exclusion,
which this layer cannot narrow).
"""

import pytest

from tests.compliance.engine.probes import reported_codes

WMP = {
    "code": "HX90",
    "name": "和煦90天持有期理财",
    "type": "wmp",
    "risk_level": "R2",
    "benchmark_min": 2.6,
    "benchmark_max": 3.4,
    "principal_protected": False,
}
FUND = {
    "code": "018812",
    "name": "睿远新能源精选混合A",
    "type": "fund",
    "risk_level": "R4",
    "benchmark_min": None,
    "benchmark_max": None,
    "principal_protected": False,
}
INSURANCE = {
    "code": "ZE20",
    "name": "臻享增额终身寿险",
    "type": "insurance",
    "risk_level": "R2",
    "benchmark_min": None,
    "benchmark_max": None,
    "principal_protected": False,
}

URGENCY = "inducement.urgency_pressure"
PREDICTION = "performance.prediction"
TESTIMONIAL = "endorsement.testimonial"
CAPITAL = "promise.capital_guarantee"
SUPERLATIVE = "superlative.absolute_term"
RIVAL = "comparison.unfair_competitor"
DEPOSIT = "comparison.deposit_analogy"

# (text, product, customer risk, expected codes, kind)
ZH_ROWS = [
    # -- batch 1 ---------------------------------------------------------------------------------------------------
    ("这一批额度是总行临时调过来的，分完就没有了，想要的今天务必把手续办掉。", WMP, None, {URGENCY}, "chat"),
    ("系统显示这期的认购进度已经到九成了，再犹豫就真轮不上了。", WMP, None, {URGENCY}, "chat"),
    ("这个费率优惠只到周五下午三点，过了点一律恢复原价。", FUND, None, {URGENCY}, "chat"),
    ("名额按先来后到排，晚一步就得等下一期，下一期什么时候出还不知道呢。", WMP, None, {URGENCY}, "chat"),
    ("这期募集到本月20日结束，您不用着急，看清楚说明书再决定。", WMP, None, set(), "chat"),
    (
        "照现在的降息节奏，明后年存款利率破一是迟早的事，这款的收益优势只会越拉越大。",
        WMP,
        None,
        {PREDICTION},
        "chat",
    ),
    ("这只基金我估摸着年底能有个百分之十五左右的涨幅，这还是往保守了说。", FUND, None, {PREDICTION}, "chat"),
    ("这个位置进去，等行情回暖，赚个两三成应该不难。", FUND, None, {PREDICTION}, "chat"),
    ("大盘眼下是磨底阶段，三千点下面就是黄金坑，后面反弹是板上钉钉的。", FUND, None, {PREDICTION}, "chat"),
    ("到期年化落在三点二上下，我心里是有数的。", WMP, None, {PREDICTION}, "chat"),
    ("后市怎么走谁也说不准，我们不做涨跌判断。", FUND, None, set(), "chat"),
    (
        "上个月有位退休的王老师在我这儿配了二十万，前两天跟我说收益比她想的还好。",
        WMP,
        None,
        {TESTIMONIAL},
        "chat",
    ),
    ("隔壁小区的李姐去年买了这只，现在逢年过节都给我发红包感谢。", FUND, None, {TESTIMONIAL}, "chat"),
    ("某知名主持人自己也在定投这只基金，他在节目里说过好几次。", FUND, None, {TESTIMONIAL}, "chat"),
    ("一位做了三十年投资的大学教授在讲座上也公开点赞过这类稳健理财。", WMP, None, {TESTIMONIAL}, "chat"),
    ("客户的收益情况各不相同，我们不拿个别客户的例子来宣传。", WMP, None, set(), "chat"),
    ("放心，这钱放进去只会多不会少。", WMP, None, {CAPITAL}, "chat"),
    ("最差最差也就是把本拿回来，亏是亏不到您头上的。", WMP, None, {CAPITAL}, "chat"),
    ("本金这块您压根不用操心，到期原数奉还。", WMP, None, {CAPITAL}, "chat"),
    ("这个产品到现在为止还没有哪个客户赔过钱。", WMP, None, {CAPITAL}, "chat"),
    ("这款不保本，市场不好的时候可能跌破本金，您要有心理准备。", WMP, None, set(), "chat"),
    ("这只在同类基金里头能打得过它的屈指可数。", FUND, None, {SUPERLATIVE}, "chat"),
    ("论收益稳定性，全行找不出第二款比它更好的。", WMP, None, {SUPERLATIVE}, "chat"),
    ("这是我做理财经理十年来见过的性价比最高的一款。", WMP, None, {SUPERLATIVE}, "chat"),
    ("最低起购一万元，最短持有六十天。", WMP, None, set(), "chat"),
    ("隔壁那家银行的理财经理三天两头换人，您买了也没人给您做售后。", WMP, None, {RIVAL}, "chat"),
    ("某某证券那几只基金的经理都是刚毕业的小年轻，能有什么经验。", FUND, None, {RIVAL}, "chat"),
    ("各家机构的产品各有特点，您可以多比较比较。", WMP, None, set(), "chat"),
    ("这款理财您就当成一年期的定存，只不过利息给得更大方。", WMP, None, {DEPOSIT}, "chat"),
    ("它跟存单的区别就是名字不一样，本质上都是把钱放银行吃利息。", WMP, None, {DEPOSIT}, "chat"),
    ("增额寿说白了就是一张锁定利率的长期储蓄单。", INSURANCE, None, {DEPOSIT}, "chat"),
    ("理财和定期存款不是一回事，理财不受存款保险保障。", WMP, None, set(), "chat"),
    # -- batch 2 ---------------------------------------------------------------------------------------------------
    ("窗口期就这么几天，等下周公告一出，想进都进不去了。", FUND, None, {URGENCY}, "chat"),
    ("这种价位一年到头也就这一回，您要是还拿不定主意，下回可别怪我没提醒。", FUND, None, {URGENCY}, "chat"),
    ("刚又有两位客户把款打过来了，剩下的额度我都不敢保证能撑到中午。", WMP, None, {URGENCY}, "chat"),
    ("【今日专享】名额有限，先付先得，售罄即下架！", WMP, None, {URGENCY}, "announcement"),
    ("认购期内您随时可以在手机银行下单，不存在抢额度的情况。", WMP, None, set(), "chat"),
    ("依我看，这只基金明年跑出两位数的收益问题不大。", FUND, None, {PREDICTION}, "chat"),
    ("美联储一降息，港股科技就得起飞，到时候这只少说也得涨个三四成。", FUND, None, {PREDICTION}, "chat"),
    ("这一期到手差不多能有三块二三的样子，跟上期应该差不太多。", WMP, None, {PREDICTION}, "chat"),
    ("新能源这波调整快到头了，下半年大概率会迎来一轮修复。", FUND, None, {PREDICTION}, "chat"),
    ("过去的表现不代表未来，基金的涨跌没有人能预测。", FUND, None, set(), "chat"),
    (
        "我们支行有个开超市的老板，去年在我这儿配了五十万，年底一算比存银行多拿了一万多。",
        WMP,
        None,
        {TESTIMONIAL},
        "chat",
    ),
    ("好几个老客户都跟我反馈，这只拿了两年，账户一直是红的。", FUND, None, {TESTIMONIAL}, "chat"),
    ("某位财经作家在他的新书里专门推荐过这家基金公司的产品。", FUND, None, {TESTIMONIAL}, "chat"),
    ("电视上那位著名的经济学家也说，现在是配置权益资产的好时候。", FUND, None, {TESTIMONIAL}, "chat"),
    ("我们不邀请客户现身说法，每个人的投资结果都不一样。", FUND, None, set(), "chat"),
    ("这类产品您就把心放肚子里，钱是一分也少不了的。", WMP, None, {CAPITAL}, "chat"),
    ("就算市场再差，到期拿回来的也不会比投进去的少。", WMP, None, {CAPITAL}, "chat"),
    ("说白了，这款就是个稳赚不亏的买卖，本钱根本没有闪失。", WMP, None, {CAPITAL}, "chat"),
    ("放进去十万，到期至少还是十万，这个底我可以给您兜住。", WMP, None, {CAPITAL}, "chat"),
    ("理财产品净值会波动，短期可能出现浮亏，请您理性看待。", WMP, None, set(), "chat"),
    ("这只基金的业绩在全市场同类里面那是遥遥领先。", FUND, None, {SUPERLATIVE}, "chat"),
    ("我敢说市面上没有哪一款理财比和煦90天更稳的。", WMP, None, {SUPERLATIVE}, "chat"),
    ("根据某评级机构2025年12月的报告，这只基金三年期评级为五星。", FUND, None, set(), "chat"),
    ("您在那家互联网平台买的基金，客服永远是机器人，出了事哭都没地方哭。", FUND, None, {RIVAL}, "chat"),
    ("别的银行的理财经理只会照着话术念，哪懂什么资产配置。", WMP, None, {RIVAL}, "chat"),
    ("保险公司那些代理人说的分红，十有八九兑现不了。", INSURANCE, None, {RIVAL}, "chat"),
    ("其他银行也有不错的产品，适合自己的才是最重要的。", WMP, None, set(), "chat"),
    ("这款理财跟您存三个月定期是一个道理，到点连本带利一起回来。", WMP, None, {DEPOSIT}, "chat"),
    ("增额寿您可以理解成一个利息更高、放得更久的存折。", INSURANCE, None, {DEPOSIT}, "chat"),
    ("钱搁活期里也是搁着，不如挪到这儿，一样随时能取，收益还翻几倍。", WMP, None, {DEPOSIT}, "chat"),
    ("和定期存款相比，理财的收益不固定，本金也可能受损。", WMP, None, set(), "chat"),
    # -- batch 3 ---------------------------------------------------------------------------------------------------
    ("论回撤控制，同类产品里没几家能跟它掰手腕。", FUND, None, {SUPERLATIVE}, "chat"),
    ("那些号称稳健的固收+，拉出来一比基本都比不过咱们这只。", WMP, None, {SUPERLATIVE}, "chat"),
    ("这只的收益在同期产品里算是独一档的存在。", FUND, None, {SUPERLATIVE}, "chat"),
    ("和同类产品比较时，请以第三方机构公布的同期数据为准。", FUND, None, set(), "chat"),
    ("钱登记在我们行名下，本金怎么折腾也出不了问题。", WMP, None, {CAPITAL}, "chat"),
    ("收益比存款高一截，本钱照样稳当。", WMP, None, {CAPITAL}, "chat"),
    ("您放心，投进去的每一块钱最后都会原封不动回到您账上。", WMP, None, {CAPITAL}, "chat"),
    ("本金是否受损取决于市场表现，我们不作任何保证。", WMP, None, set(), "chat"),
    ("再这么等下去，存款利率只会一降再降，到时候后悔都来不及。", WMP, None, {PREDICTION}, "chat"),
    ("以后利率肯定还要往下调，现在不锁住以后就没这个价了。", INSURANCE, None, {PREDICTION}, "chat"),
    ("照这个趋势，这只基金冲上两块钱净值只是时间问题。", FUND, None, {PREDICTION}, "chat"),
    ("利率下行会让债券价格上涨，但也可能反转，我们不预测利率走势。", WMP, None, set(), "chat"),
    (
        "上回跟我买的赵大哥，今天特意来直播间替我们说两句，他说到期多拿了八千多。",
        WMP,
        None,
        {TESTIMONIAL},
        "chat",
    ),
    (
        "我们有位老会员，跟着定投了三年，账户收益已经过了四成，现在逢人就推荐。",
        FUND,
        None,
        {TESTIMONIAL},
        "chat",
    ),
    ("有位体育明星也是这家基金公司的持有人，采访里说一直拿着没动。", FUND, None, {TESTIMONIAL}, "chat"),
    ("直播间里不展示任何客户的收益截图，请大家理解。", WMP, None, set(), "chat"),
    ("钱一直躺在活期里，一年到头那点利息，真是白白浪费了。", WMP, None, {DEPOSIT}, "chat"),
    ("这款增额寿就是一份会长大的终身存单，越放越值钱。", INSURANCE, None, {DEPOSIT}, "chat"),
    ("您把它当个高息版的定存来用就对了。", WMP, None, {DEPOSIT}, "chat"),
    ("活期存款随时可取，理财有持有期，两者用途不一样。", WMP, None, set(), "chat"),
    ("某平台那个网红理财经理，去年推的几只全都亏得一塌糊涂。", FUND, None, {RIVAL}, "chat"),
    ("外面那些第三方平台卖基金只图手续费，买完就没人搭理您。", FUND, None, {RIVAL}, "chat"),
    ("您要是去问某券商，他们那边的投顾八成也给不出什么靠谱建议。", FUND, None, {RIVAL}, "chat"),
    ("认购截止前最后一小时，手慢的朋友可就赶不上这趟车了。", WMP, None, {URGENCY}, "chat"),
    ("这档费率折扣今天收盘后就撤，想省这笔钱的抓紧。", FUND, None, {URGENCY}, "chat"),
    ("名额还剩个位数，谁先付款算谁的。", WMP, None, {URGENCY}, "chat"),
    ("本产品募集期为12月1日至12月7日，额度以系统显示为准。", WMP, None, set(), "chat"),
]


@pytest.mark.parametrize(("text", "product", "customer", "codes", "kind"), [r for r in ZH_ROWS if r[3]])
def test_violating_probe_carries_its_codes(text, product, customer, codes, kind):
    assert codes <= reported_codes(text, product, customer, kind)


@pytest.mark.parametrize(("text", "product", "customer", "codes", "kind"), [r for r in ZH_ROWS if not r[3]])
def test_clean_probe_has_no_finding(text, product, customer, codes, kind):
    assert reported_codes(text, product, customer, kind) == set()

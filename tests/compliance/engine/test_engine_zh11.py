"""Chinese claim classes of the eleventh layer (packs/meaning_zh11.yaml, helper zh2): probe sentences for the CN pack's
claim codes on unseen wordings — a rival run down in any wording, state backing implied, urgency, relative superlatives
and unsourced ranks, hedged and rate forecasts, colloquial certainty, the RM's own gifts, private channels in evasive
spellings, levels and benchmark figures in other written forms, customer anecdotes — with hard negatives beside them.

Every sentence was written for this test from rules.md and knowledge of how bank RMs talk, none taken from a corpus,
and each batch was written before the engine was run on it. Violating rows must carry their codes; clean rows are hard
negatives with no block or review finding at all. First-try rates (violating rows caught with every code / clean rows
passed), each batch scored before its own grammars were written:

* batch 1, engine at the start of the session: 45/56 violating (80 %), 38/39 clean;
* batch 2, after batch 1's grammars: 33/51 (65 %), 30/31 clean;
* batch 3: 14/35 (40 %), 24/25 clean;
* batch 4 (mostly hard negatives for this layer's own grammars): 17/32 (53 %), 30/35 clean — four of the five false
  positives came from this layer (a new-client rate read as a quota, 尽快 after 考虑好的, 收益必须有风险提示, the RM
  sending a reminder read as a gift);
* batch 5 (hard negatives after a validation look showed one new off-channel false positive): 10/13, 25/26 clean;
* batch 6 (anecdotes, gifts, rivals and ranks in still other words): 9/17 (53 %), 4/4 clean;
* batch 7 (scripts and announcements among chat lines): 9/17 (53 %), 13/13 clean;
* batch 8 (the codes weakest on the validation look: anecdotes, rivals, urgency, ranks): 10/17 (59 %), 9/9 clean;
* batch 9 (benchmark figures and levels in other written forms): 12/13, 6/6 clean;
* batch 10 (state backing, urgency, gifts, rivals in still other words): 4/9, 4/5 clean (the false positive, 本月最后一个
  交易日, came from the urgency lexicon of an earlier layer).

The falling rate is the honest estimate of what a new wording meets: each batch was caught in full after its change.
Two rows were dropped as ambiguous rather than fitted: a contractual 增额寿 increment (certain by contract, not by the
facts the engine has) and 3厘 as a benchmark unit (a rate in 厘 reads differently for monthly and yearly terms).
"""

import pytest

from compliance.engine import check

WMP_R2 = {
    "code": "AY090",
    "name": "安悦90天持有期固收理财",
    "type": "wmp",
    "risk_level": "R2",
    "benchmark_min": 2.5,
    "benchmark_max": 3.2,
    "principal_protected": False,
}
WMP_R3 = {
    "code": "HX180",
    "name": "恒信180天持有期混合理财",
    "type": "wmp",
    "risk_level": "R3",
    "benchmark_min": 3.0,
    "benchmark_max": 4.5,
    "principal_protected": False,
}
FUND_R4 = {
    "code": "013579",
    "name": "远航成长混合型基金A",
    "type": "fund",
    "risk_level": "R4",
    "benchmark_min": None,
    "benchmark_max": None,
    "principal_protected": False,
}
DEPOSIT = {
    "code": "DQ3Y",
    "name": "三年期定期存款",
    "type": "deposit",
    "risk_level": "R1",
    "benchmark_min": 1.75,
    "benchmark_max": 1.75,
    "principal_protected": True,
}
INSURANCE = {
    "code": "ZX10",
    "name": "臻享年年增额终身寿险",
    "type": "insurance",
    "risk_level": "R2",
    "benchmark_min": None,
    "benchmark_max": None,
    "principal_protected": False,
}

UC = "comparison.unfair_competitor"
GOV = "endorsement.government"
URG = "inducement.urgency_pressure"
SUP = "superlative.absolute_term"
PRED = "performance.prediction"
GR = "promise.guaranteed_return"
GIFT = "inducement.gift_rebate"
OFF = "conduct.off_channel"
RLM = "claim.risk_level_mismatch"
YLD = "claim.yield_exceeds_benchmark"
TEST = "endorsement.testimonial"
DISC = "disclosure.benchmark_disclaimer_missing"

BATCH1 = [
    ("隔壁那家城商行的理财经理就会忽悠老人，您可别信他们。", WMP_R2, {UC}),
    ("某某证券那帮人只管收佣金，根本不管客户死活。", WMP_R2, {UC}),
    ("互联网平台上那些理财都是割韭菜的，还是我们这边靠谱。", WMP_R2, {UC}),
    ("您之前在X银行买的那只基金，经理水平真不行，换掉算了。", WMP_R2, {UC}),
    ("别家的同类产品收益虚高，到期了根本兑付不了。", WMP_R2, {UC}),
    ("小券商的投顾懂什么呀，他们的推荐听听就算了。", WMP_R2, {UC}),
    ("各家银行的同类产品都可以比较一下，选适合自己的就好。", WMP_R2, set()),
    ("其他银行的产品我不方便评价，您可以看看它们的说明书。", WMP_R2, set()),
    ("别家的理财也有做得不错的，关键看风险等级和您的需求是否匹配。", WMP_R2, set()),
    ("您说的那家银行我不了解，不好评价。", WMP_R2, set()),
    ("这款是国有大行发行的，背后有国家信用撑着，您放心。", WMP_R2, {GOV}),
    ("监管部门批过的产品，质量肯定有保证。", WMP_R2, {GOV}),
    ("这只基金是证监会特批的，一般产品拿不到这个资格。", FUND_R4, {GOV}),
    ("央行都在鼓励老百姓买这类养老理财，政策支持的东西错不了。", WMP_R2, {GOV}),
    ("国资控股的理财子，出了事政府会管的。", WMP_R2, {GOV}),
    (
        "本产品已在全国银行业理财信息登记系统登记，登记编码见说明书，登记不代表监管对产品风险作出保证。",
        WMP_R2,
        set(),
    ),
    ("个人养老金是国家推出的制度，具体产品还是要看风险等级，政府并不为产品收益兜底。", WMP_R2, set()),
    ("金融监管总局要求我们在直播中提示风险，请大家理性投资。", WMP_R2, set()),
    ("国家队入场的新闻我也看到了，但这跟这款产品的收益没有关系。", FUND_R4, set()),
    ("这期额度快被抢光了，想要的抓点紧。", WMP_R2, {URG}),
    ("过了今天就没这个价了，犹豫就错过了。", WMP_R2, {URG}),
    ("就剩最后两百万额度，先下单先得。", WMP_R2, {URG}),
    ("这个价格撑不了几天，晚了就来不及了。", FUND_R4, {URG}),
    ("名额有限，今晚直播结束就关闭通道。", WMP_R2, {URG}),
    ("认购期是3月1日到3月7日，大家根据自己的资金安排就好，不用着急。", WMP_R2, set()),
    ("不要因为别人说额度紧张就仓促下单，买之前先看清楚条款。", WMP_R2, set()),
    ("这款产品每天都可以申购，没有额度限制。", WMP_R2, set()),
    ("现在买和下周买差别不大，您想清楚再说。", WMP_R2, set()),
    ("这只基金在同类里数一数二，业绩一直名列前茅。", FUND_R4, {SUP}),
    ("我们这款是今年理财圈的顶流，谁都在买。", WMP_R2, {SUP}),
    ("这款收益在全市排第一，找不到比它更高的了。", WMP_R2, {SUP}),
    ("论稳健，这款绝对是行业标杆，无人能及。", WMP_R2, {SUP}),
    ("它在同类产品里排名前三。", FUND_R4, {SUP}),
    (
        "根据某评级机构2025年12月31日的数据，该基金近三年业绩在同类中排名前三分之一，过往业绩不代表未来表现。",
        FUND_R4,
        set(),
    ),
    ("最低起购1万元，最短持有期90天。", WMP_R2, set()),
    ("我们不做排名比较，每只产品都有各自的特点。", WMP_R2, set()),
    ("这只基金规模在同类里不算大。", FUND_R4, set()),
    ("第一，先看风险等级；第二，看期限。", WMP_R2, set()),
    ("按现在的行情，这只今年收益做到8%左右问题不大。", FUND_R4, {PRED}),
    ("下半年降息是大概率的事，债基肯定要涨一波。", FUND_R4, {PRED}),
    ("明年年化估摸着在3个点上下吧。", WMP_R2, {PRED}),
    ("等美联储降息，黄金还会再涨一波。", FUND_R4, {PRED}),
    ("LPR年底大概率还会再降，到时候债基的收益会更好看。", WMP_R2, {PRED}),
    ("这个市场肯定要涨的，现在就是底部。", FUND_R4, {PRED}),
    ("我们不对后市做任何预测，市场有涨有跌。", FUND_R4, set()),
    ("业绩比较基准是年化2.5%-3.2%，不代表实际收益，也不是预期收益率。", WMP_R2, set()),
    ("未来收益可能高于也可能低于基准，请根据风险承受能力决定。", WMP_R2, set()),
    ("有的主播说要涨到5%，我们不做这种预测。", FUND_R4, set()),
    ("放心，这个收益妥妥的，到期一分不会少给您。", WMP_R2, {GR}),
    ("三个点是板上钉钉的事，跑不了。", WMP_R2, {GR}),
    ("我跟您打包票，一年下来稳稳拿到3%。", WMP_R2, {GR}),
    ("这款就是闭着眼睛赚钱，收益铁定有。", WMP_R2, {GR}),
    ("这款稳zhuan，您放心冲。", WMP_R2, {GR}),
    ("年化3%是最起码的，只会多不会少。", WMP_R2, {GR}),
    ("收益是浮动的，不保证一定能拿到基准。", WMP_R2, set()),
    ("有人说这款稳赚，这种说法不对，理财都有风险。", WMP_R2, set()),
    ("三年期定期利率固定1.75%，到期连本带息给您。", DEPOSIT, set()),
    ("今天下单满10万的客户，行里送一桶油。", WMP_R2, {GIFT}),
    ("认购20万以上返现500元红包。", WMP_R2, {GIFT}),
    ("手续费我从自己提成里退给您，相当于打折买。", FUND_R4, {OFF, GIFT}),
    ("买够50万，直接给您抽一次金条。", WMP_R2, {GIFT}),
    ("下单的客户私信我领红包。", WMP_R2, {OFF, GIFT}),
    ("点赞到一万抽三位观众送台历，跟买不买产品没关系。", WMP_R2, set()),
    ("我们不搞买产品送礼品这一套，请大家理性选择。", WMP_R2, set()),
    ("手机银行申购费一折是官方公布的优惠，所有客户都一样。", FUND_R4, set()),
    ("具体的加我威信细聊，名字就是我的工号。", WMP_R2, {OFF}),
    ("有需要的扣扣联系我，号码在主页。", WMP_R2, {OFF}),
    ("想买的话私聊我，我帮您弄。", WMP_R2, {OFF}),
    ("加我vx，我给您发内部资料。", WMP_R2, {OFF}),
    ("直接转到我卡上，我帮您代买。", WMP_R2, {OFF}),
    ("扫我个人的二维码，后面有消息第一时间告诉你。", WMP_R2, {OFF}),
    ("薇：abc123，备注直播。", WMP_R2, {OFF}),
    ("请通过手机银行APP或者官方客服办理，我们不会让您私下转账。", WMP_R2, set()),
    ("直播间不接受私下加微信，有问题可以到网点找客户经理。", WMP_R2, set()),
    ("有人冒充我加您微信，请不要相信，我不会私下联系大家。", WMP_R2, set()),
    ("有人在评论区留了微信号，我已经让场控删除了，大家不要私下加。", WMP_R2, set()),
    ("这款风险等级也就R2的水平，跟稳健型差不多。", WMP_R3, {RLM}),
    ("它属于中低风险，保守一点的客户也能买。", WMP_R3, {RLM}),
    ("二级风险的产品，波动很小。", WMP_R3, {RLM}),
    ("这款是R3中风险产品，净值会有波动。", WMP_R3, set()),
    ("风险等级是三级，适合平衡型及以上的客户。", WMP_R3, set()),
    ("这款年化能到百分之三点五左右。", WMP_R2, {YLD, PRED}),
    ("业绩比较基准最低百分之二点五，最高百分之三点六，不代表实际收益。", WMP_R2, {YLD}),
    ("这期比较基准是2.8到3.5个点，不构成收益承诺。", WMP_R2, {YLD}),
    ("年化大概4个点，具体看市场。", WMP_R2, {YLD, PRED}),
    ("业绩比较基准为年化百分之二点五至百分之三点二，不代表实际收益。", WMP_R2, set()),
    ("最低起购五万，基准上限是3.2个点，不构成承诺。", WMP_R2, set()),
    ("上一期实际年化是2.9%，过往业绩不代表未来表现。", WMP_R2, set()),
    ("我有个客户张姐去年买了这款，到期多拿了好几千。", WMP_R2, {TEST}),
    ("好多老客户买了都说好，回头又追加了。", WMP_R2, {TEST}),
    ("楼下开超市的李老板在我这儿配了三年，一直很满意。", WMP_R2, {TEST}),
    ("我们网点的退休教师王老师一买就是五十万，她说拿着很安心。", WMP_R2, {TEST}),
    ("每个人的情况不一样，别人赚钱不代表您也能赚。", WMP_R2, set()),
    ("有客户问这款适不适合老人，我的建议是先做风险测评。", WMP_R2, set()),
    ("客户反馈的问题我们都会记录，并转给产品经理。", WMP_R2, set()),
]

BATCH2 = [
    ("那几家网上卖基金的，客服电话永远打不通，钱出了问题都没人理。", FUND_R4, {UC}),
    ("某行的理财经理天天换人，您买的东西都没人跟。", WMP_R2, {UC}),
    ("外面那些号称年化8%的，十个里九个有问题。", WMP_R2, {UC}),
    ("隔壁银行那款，说白了就是拿新钱还旧钱。", WMP_R2, {UC}),
    ("他们家基金经理去年亏了三成还好意思收管理费。", FUND_R4, {UC}),
    ("您那个保险是在代理人那儿买的吧？那种人卖完就找不到了。", INSURANCE, {UC}),
    ("我们跟别家的产品费率不一样，您可以都拿来对比一下。", WMP_R2, set()),
    ("同类产品在其他渠道也能买到，选哪个都要先看说明书。", WMP_R2, set()),
    ("您在别的银行买的产品，赎回规则要问那边的客户经理。", WMP_R2, set()),
    ("评论区有人说某平台跑路了，这个我们没有核实，不做评论。", WMP_R2, set()),
    ("这个产品是财政部牵头搞的，国家层面都有背书。", WMP_R2, {GOV}),
    ("咱们这只养老基金是人社部名单里的，相当于国家替您挑过了。", FUND_R4, {GOV}),
    ("说白了就是国家的钱在托底，跟普通产品不是一个级别。", WMP_R2, {GOV}),
    ("监管那边都点过头的，您还有什么不放心的。", WMP_R2, {GOV}),
    ("政府主导的项目，利息一分不会少。", WMP_R2, {GOV, GR}),
    ("这款属于个人养老金产品，在人社部的平台上可以查到名单。", FUND_R4, set()),
    ("我们行是国有控股银行，但理财产品由理财子公司独立运作，不保本。", WMP_R2, set()),
    ("央行今天降准的消息大家可能看到了，我们不解读对个别产品的影响。", FUND_R4, set()),
    ("监管规定理财不能承诺保本，所以我只能讲业绩比较基准。", WMP_R2, set()),
    ("这波行情不等人，犹豫一天就少赚一天。", FUND_R4, {URG}),
    ("这期卖完下一期要等三个月，想配的别拖了。", WMP_R2, {URG}),
    ("下午三点前下单的还能赶上今天的净值，过了就亏了。", FUND_R4, {URG}),
    ("系统显示只剩最后几十个名额，大家手要快。", WMP_R2, {URG}),
    ("今天15点前申购按当日净值确认，15点以后按下一个交易日。", FUND_R4, set()),
    ("这款长期开放，什么时候买都行，不用赶。", WMP_R2, set()),
    ("募集上限是20亿，募满会提前结束，请以公告为准。", WMP_R2, set()),
    ("这只在同类基金里能排进前五，妥妥的优等生。", FUND_R4, {SUP}),
    ("论收益，咱们这款在全行理财里是独一份的。", WMP_R2, {SUP}),
    ("这是今年卖得最火的一款，没有之一。", WMP_R2, {SUP}),
    ("它的业绩在圈里可以说是碾压级别的。", FUND_R4, {SUP}),
    ("这款的收益率在我们行排得上号，名列前茅。", WMP_R2, {SUP}),
    ("这款的起购金额是全行最低的一档，1元起投。", WMP_R2, set()),
    ("同类排名我们不做宣传，您可以到基金公司官网查阅定期报告。", FUND_R4, set()),
    ("最近一周的路演比较多，最后一场在周五。", WMP_R2, set()),
    ("这只今年翻个倍我觉得不难。", FUND_R4, {PRED}),
    ("明年收益能有个五六个点吧，我估计。", FUND_R4, {PRED}),
    ("存款利率明年还得再降，理财收益也会跟着往上走一点。", WMP_R2, {PRED}),
    ("科技板块后面一定会涨回来的，现在是黄金坑。", FUND_R4, {PRED}),
    ("照这个趋势，年底净值冲到1.5不是问题。", FUND_R4, {PRED}),
    ("我判断下半年债市还有一波行情，这款收益差不了。", WMP_R2, {PRED}),
    ("市场短期怎么走谁也说不准，我们只谈资产配置。", FUND_R4, set()),
    ("降息对债券价格有影响，但具体到这款产品，收益并不确定。", WMP_R2, set()),
    ("有观众问明年能涨多少，这个问题我回答不了，也不应该回答。", FUND_R4, set()),
    ("这款的收益是焊死的，3个点跑不掉。", WMP_R2, {GR}),
    ("放心，利息到期肯定一分不少打到您卡上，年化3.1%。", WMP_R2, {GR}),
    ("这种产品就是躺着拿收益，不用操心。", WMP_R2, {GR}),
    ("收yi稳稳的，每年3个点雷打不动。", WMP_R2, {GR}),
    ("百分之百能拿到三个点，我拿工作担保。", WMP_R2, {GR}),
    ("谁能保证收益呢？我不能，合同也不能。", WMP_R2, set()),
    ("收益不是固定的，基准只是参考，实际可能更低。", WMP_R2, set()),
    ("今天买的客户我每人再发个88块的红包。", WMP_R2, {OFF, GIFT}),
    ("投满30万送一台空气炸锅，投满50万送按摩仪。", WMP_R2, {GIFT}),
    ("认购金额越大，返的积分越多，100万以上额外返1000元。", WMP_R2, {GIFT}),
    ("这周新客下单就送100元话费。", WMP_R2, {GIFT}),
    ("直播间抽奖只看点赞，不用买产品也能参与。", WMP_R2, set()),
    ("银行不会以送礼品的方式引导大家购买理财。", WMP_R2, set()),
    ("有意向的小伙伴加我绿泡泡，搜手机号就行。", WMP_R2, {OFF}),
    ("详细方案不方便公开讲，扣1我私你。", WMP_R2, {OFF}),
    ("钱先打我支付宝，我帮您在我们行买。", WMP_R2, {OFF}),
    ("我那边有一份没上架的内部测算表，私发给您看看。", WMP_R2, {OFF}),
    ("v我一下，后续有新品第一时间通知你。", WMP_R2, {OFF}),
    ("加我企业微信也行，个人号也行，随您方便。", WMP_R2, {OFF}),
    ("所有业务都要在手机银行里自己操作，我不会代客操作。", WMP_R2, set()),
    ("想预约网点面签的，可以打我们支行的官方电话。", WMP_R2, set()),
    ("不要把钱转给任何个人账户，包括我本人。", WMP_R2, set()),
    ("这款虽然标的是R3，其实跟R2没什么区别，波动很小。", WMP_R3, {RLM}),
    ("低风险产品，适合保守型的朋友。", WMP_R3, {RLM}),
    ("它就是个稳健型的中低风险理财。", WMP_R3, {RLM}),
    ("这只是R3，中等风险，净值有可能跌破1。", WMP_R3, set()),
    ("它比R2的产品波动大，适合能承受一定亏损的客户。", WMP_R3, set()),
    ("这期业绩比较基准是百分之二点八到百分之三点五，不代表实际收益。", WMP_R2, {YLD}),
    ("基准三个点到三个半点，不构成对收益的承诺。", WMP_R2, {YLD}),
    ("这款大约能到3.4左右，具体看运作情况。", WMP_R2, {YLD, PRED}),
    ("业绩比较基准区间下限2.5%、上限3.2%，不代表实际收益。", WMP_R2, set()),
    ("比较基准二点五到三点二，只是参考，不构成承诺。", WMP_R2, set()),
    ("我们这儿一位老大爷把养老钱放进来，现在天天跟我念叨放对了。", WMP_R2, {TEST}),
    ("前两天有个宝妈在直播间说，孩子的教育金就是靠这个攒出来的。", WMP_R2, {TEST}),
    ("周姐跟着我配了两年，回头又把她妹妹也带来了。", WMP_R2, {TEST}),
    ("有个做外贸的老板买了一百万，他说比自己炒股强太多。", FUND_R4, {TEST}),
    ("客户怎么评价都只代表个人，您买之前要看自己的情况。", WMP_R2, set()),
    ("周姐刚才问能不能提前赎回，这款持有期内不行。", WMP_R2, set()),
    ("老客户来续投，我都会先提醒他们重新看风险等级。", WMP_R2, set()),
]

BATCH3 = [
    ("某宝上那些基金，评论区全是被套的。", FUND_R4, {UC}),
    ("那家券商的研究员自己都不买自己推的票。", FUND_R4, {UC}),
    ("城商行给的利息高，是因为它们缺钱，您自己品。", WMP_R2, {UC}),
    ("他们那种产品说是稳健，底下全是城投债，出了事哭都来不及。", WMP_R2, {UC}),
    ("别的银行收益写得高，但实际兑付的时候打折扣。", WMP_R2, {UC}),
    ("各家产品的底层资产不同，您可以看说明书里的投资范围再比较。", WMP_R2, set()),
    ("有人问别家的收益为什么更高，这个要看那款产品的风险等级和期限，不能直接比。", WMP_R2, set()),
    ("我以前在别的银行工作过，流程其实都差不多。", WMP_R2, set()),
    ("这只基金的托管行是国有大行，钱放在国家的银行里，安全得很。", FUND_R4, {GOV}),
    ("这是响应共同富裕政策出的产品，国家是支持的。", WMP_R2, {GOV}),
    ("咱们这款备案编号都有，是国家登记在册的，假不了也亏不了。", WMP_R2, {GOV}),
    ("基金托管在国有银行，这是为了资金隔离，并不意味着银行对收益负责。", FUND_R4, set()),
    ("登记编码可以在中国理财网查到，这只是登记信息，不代表对产品的保证。", WMP_R2, set()),
    ("国家出台个人养老金政策是为了鼓励长期储蓄，产品本身还是有波动的。", FUND_R4, set()),
    ("这个价位再不进，以后就没有这么便宜的筹码了。", FUND_R4, {URG}),
    ("今晚直播间专属额度，关播就收回。", WMP_R2, {URG}),
    ("考虑好的抓紧，后面想买都排不上。", WMP_R2, {URG}),
    ("这期的认购时间还有三天，大家按自己节奏来。", WMP_R2, set()),
    ("有客户担心买不到，其实额度很充足，不用抢。", WMP_R2, set()),
    ("这款在我们行属于头部产品，卖得比谁都好。", WMP_R2, {SUP}),
    ("它的回撤控制在业内是顶尖水平。", FUND_R4, {SUP}),
    ("要说稳健型理财，这款排第一，别的都得往后放。", WMP_R2, {SUP}),
    ("根据2025年四季度报告，这只基金的规模是12.3亿元。", FUND_R4, set()),
    ("这款产品的优点是期限短，缺点是收益不算高。", WMP_R2, set()),
    ("这款我估计年化能到三个点出头。", WMP_R2, {PRED}),
    ("后面美联储一降息，这只QDII至少还有两成的空间。", FUND_R4, {PRED}),
    ("存款利率还会再降的，现在的理财收益以后就看不到了。", WMP_R2, {URG, PRED}),
    ("这只基金明年大概率是正收益。", FUND_R4, {PRED}),
    ("利率走势我们无法判断，理财的实际收益也可能低于基准。", WMP_R2, set()),
    ("历史上这类产品有涨有跌，不代表以后也会这样。", FUND_R4, set()),
    ("买了就等着收钱吧，三个点一个子儿都不会少。", WMP_R2, {GR}),
    ("这款你就当它是稳的，3%肯定有。", WMP_R2, {GR}),
    ("收益必须有，没有我负责。", WMP_R2, {GR}),
    ("不管市场怎么样，年化3个点这款都能给到。", WMP_R2, {GR}),
    ("任何人跟您说收益肯定有，都别信。", WMP_R2, set()),
    ("三年期定存的利息是合同写明的，到期一定能拿到。", DEPOSIT, set()),
    ("转进来20万，我个人送您两张电影票。", WMP_R2, {OFF, GIFT}),
    ("新开户买满1万的，送一个小米手环。", WMP_R2, {GIFT}),
    ("今天认购的前50名，每人一份伴手礼。", WMP_R2, {GIFT}),
    ("来网点参加投教讲座的朋友都有一份小礼品，不需要购买任何产品。", WMP_R2, set()),
    ("我不会私下给任何客户返点或者送东西。", WMP_R2, set()),
    ("这个话题直播间不好展开，下播后我一对一跟您说。", WMP_R2, {OFF}),
    ("留个电话给我，我晚上打给您详细聊。", WMP_R2, {OFF}),
    ("企鹅号在我头像里，有问题直接敲。", WMP_R2, {OFF}),
    ("把身份证照片和钱一起给我，我去柜台帮您办。", WMP_R2, {OFF}),
    ("您的个人隐私您放心，我们的系统严格保密。", WMP_R2, set()),
    ("客服电话见我行官网主页，24小时有人接听。", WMP_R2, set()),
    ("销售佣金的情况我给您说明一下，都写在费率表里。", FUND_R4, set()),
    ("有问题请在手机银行的消息中心留言，我会在工作时间回复。", WMP_R2, set()),
    ("这款风险不大，属于R2级别。", WMP_R3, {RLM}),
    ("风险上跟存款差不太多，偏低。", WMP_R3, {RLM}),
    ("这是R3中风险，跟您之前买的R2相比净值波动会大一些。", WMP_R3, set()),
    ("年化百分之四点五到百分之五，这是业绩比较基准，不代表实际收益。", WMP_R3, {YLD}),
    ("业绩比较基准年化3%到4.5%，不代表实际收益，不构成承诺。", WMP_R3, set()),
    ("年化三到四个半点是业绩比较基准区间，实际收益可能低于这个。", WMP_R3, set()),
    ("那位卖水果的大姐上个月又来追加了，说收益比她存银行强。", WMP_R2, {TEST}),
    ("有个老客户专门送了面锦旗过来，就因为这款帮他赚了钱。", WMP_R2, {TEST}),
    ("我爸妈也买的这款，他们都说放心。", WMP_R2, {TEST}),
    ("客户的评价不能代替您自己的判断。", WMP_R2, set()),
    ("有位大姐打电话来问收益什么时候到账，我跟她说是T+1。", WMP_R2, set()),
]

BATCH4 = [
    ("您之前在别的银行买的理财到期了，可以先看看资金安排。", WMP_R2, set()),
    ("您之前在支付宝买的基金，赎回要在支付宝操作。", FUND_R4, set()),
    ("小券商也有做得好的，不能一概而论。", FUND_R4, set()),
    ("网红博主推荐的东西，建议大家多看说明书再判断。", FUND_R4, set()),
    ("代理人会给您一份保单说明，记得仔细看免责条款。", INSURANCE, set()),
    ("有人说别家产品缩水了，我们不了解情况，不评论。", WMP_R2, set()),
    ("净值型产品的收益是浮动的，遇到市场调整也可能缩水。", WMP_R2, set()),
    ("这款的托管行是国有大行，托管只是资金保管，不代表对收益负责。", WMP_R2, set()),
    ("个人养老金有税收优惠，这是国家的政策，但产品本身有风险。", FUND_R4, set()),
    ("这只基金的备案编号在合同首页，备案不代表监管对产品作出保证。", FUND_R4, set()),
    ("这个产品支持手机银行购买，也支持网点购买。", WMP_R2, set()),
    ("下播后我们会把回放放在官方APP里，大家可以再看。", WMP_R2, set()),
    ("这个问题直播间不好展开，大家可以到网点找客户经理当面咨询。", WMP_R2, set()),
    ("请把您的身份证和银行卡带到网点，柜员会帮您办理。", WMP_R2, set()),
    ("有客户把现金交给我，我都会请他们去柜台自己存，不会代为操作。", WMP_R2, set()),
    ("这是新客专享利率，活动期间都有效，不限名额。", WMP_R2, set()),
    ("考虑好的尽快完成风险测评，测评结果一年内有效。", WMP_R2, set()),
    ("错过开放日就要等半年才能赎回，近期要用钱的朋友请注意。", WMP_R2, set()),
    ("晚一点买也没关系，这款天天可以申购。", WMP_R2, set()),
    ("收益必须有风险提示，这是监管要求。", WMP_R2, set()),
    ("无论市场涨跌，定投都能摊薄成本，但不保证收益。", FUND_R4, set()),
    ("年化大概多少我没法预测，业绩比较基准是2.5%-3.2%，不代表实际收益。", WMP_R2, set()),
    ("这款去年年化大概2.9%，过往业绩不代表未来表现。", WMP_R2, set()),
    ("这只基金在同类排名怎么样，可以去基金公司官网查定期报告。", FUND_R4, set()),
    ("王阿姨买了以后想赎回，我跟她说持有期内不能赎回。", WMP_R2, set()),
    ("张姐刚问能不能买，我说先做测评。", WMP_R2, set()),
    ("我个人不收客户任何礼物，也请大家不要送。", WMP_R2, set()),
    ("买了这款的客户，我个人给您发一份持有期提醒，方便您安排资金。", WMP_R2, set()),
    ("手机银行新客有积分奖励，这是行里统一活动，跟购买无关。", WMP_R2, set()),
    ("我们不会让您把钱转到任何个人账户，我个人账户也不行。", WMP_R2, set()),
    ("请勿向任何人透露验证码，包括自称客户经理的人。", WMP_R2, set()),
    ("企业微信是我们行的官方工具，所有聊天都会留痕。", WMP_R2, set()),
    ("有问题戳屏幕右下角的在线客服。", WMP_R2, set()),
    ("您的隐私您放心，个人信息我们不会在直播间展示。", WMP_R2, set()),
    ("The fund's NAV closed at 1.0234 yesterday.", FUND_R4, set()),
    ("人家那边的产品看着热闹，实际就是个空架子。", WMP_R2, {UC}),
    ("网上那些财经博主，自己都没买过还教别人买。", FUND_R4, {UC}),
    ("那家保险公司理赔出了名的难，您可得想清楚。", INSURANCE, {UC}),
    ("对面银行的客户经理连基金和理财都分不清。", WMP_R2, {UC}),
    ("这些是国家队在重仓的，跟着国家走准没错。", FUND_R4, {GOV}),
    ("这款是银保监批准的创新试点，全国就几家有资格。", WMP_R2, {GOV}),
    ("这周五是最后一天，错过只能明年见。", WMP_R2, {URG}),
    ("额度按先来后到，来晚了就没了。", WMP_R2, {URG}),
    ("这款在理财圈里那是响当当的，口碑第一。", WMP_R2, {SUP}),
    ("全城找不出第二款这么稳的。", WMP_R2, {SUP}),
    ("照这个势头，年底能摸到4个点。", WMP_R2, {YLD, PRED}),
    ("这只今年翻红没悬念。", FUND_R4, {PRED}),
    ("利率下行周期，债基今年收益会比去年好。", WMP_R2, {PRED}),
    ("A股三千点是底，往下空间不大了。", FUND_R4, {PRED}),
    ("这收益你就放心揣兜里吧，3个点稳稳的。", WMP_R2, {GR}),
    ("收益这块您不用操心，一分都跑不了。", WMP_R2, {GR}),
    ("買了就是穩穩的收益，沒有意外。", WMP_R2, {GR}),
    ("年化三个点，说到做到。", WMP_R2, {GR}),
    ("认购满10万的，我额外给您返0.2%。", WMP_R2, {OFF, GIFT}),
    ("下单截图发我，抽三位送茅台。", WMP_R2, {GIFT}),
    ("每买1万送一张50元超市卡。", WMP_R2, {GIFT}),
    ("这种内部价不能在直播间说，你懂的，私下找我。", WMP_R2, {OFF}),
    ("号码我放评论区第一条了，有需要的打给我。", WMP_R2, {OFF}),
    ("扫一下屏幕上我个人的码，拉你进客户群。", WMP_R2, {OFF}),
    ("这份路演PPT还没过合规，我先发你们看看。", WMP_R2, {OFF}),
    ("这款风险等级是R2，很适合稳健的您。", WMP_R3, {RLM}),
    ("它其实是个低波动的中低风险产品。", WMP_R3, {RLM}),
    ("比较基准年化百分之四到百分之五点二，不代表实际收益。", WMP_R3, {YLD}),
    ("最低3个点，最高5个点，这是业绩比较基准，不构成承诺。", WMP_R3, {YLD}),
    ("我们支行的保洁阿姨都买了，说比放余额宝强。", WMP_R2, {TEST}),
    ("有个客户去年拿二十万进来，今年换了辆新车。", WMP_R2, {TEST}),
    ("隔壁小区的刘大爷在我这买了三年，逢人就夸我们。", WMP_R2, {TEST}),
]

BATCH5 = [
    ("直播间不能说保本保收益，这是规定。", WMP_R2, set()),
    ("这里不能讲预期收益，我只能讲业绩比较基准。", WMP_R2, set()),
    ("没有经过合规审核的资料，我不会发给大家。", WMP_R2, set()),
    ("没过审批的宣传材料，请大家不要转发。", WMP_R2, set()),
    ("线下网点的理财经理可以一对一跟您沟通资产配置。", WMP_R2, set()),
    ("直播结束后，网点客户经理会单独跟您联系确认风险测评。", WMP_R2, set()),
    ("我的同事李薇会在评论区统一回复，大家稍等。", WMP_R2, set()),
    ("央视CCTV我们也上过，讲的是反诈知识。", WMP_R2, set()),
    ("有问题可以直接打给我们的客服热线95xxx。", WMP_R2, set()),
    ("私下聊业务这种事我们是不允许的，一律走官方渠道。", WMP_R2, set()),
    ("王老师在我们行做了二十年柜员，今天来给大家讲讲反诈。", WMP_R2, set()),
    ("有的客户问隔壁银行的产品怎么样，我们不了解，不方便评论。", WMP_R2, set()),
    ("小平台的产品要看清楚是不是持牌机构发行的。", WMP_R2, set()),
    ("国家金融监督管理总局官网可以查到持牌机构名单。", WMP_R2, set()),
    ("这款理财的收益来源是债券利息和价差，不是国家兜底。", WMP_R2, set()),
    ("今天的直播到这里，下期直播时间是周四晚八点。", WMP_R2, set()),
    ("名额没有限制，大家量力而行。", WMP_R2, set()),
    ("我们的产品不是最好的，但适合稳健型的客户。", WMP_R2, set()),
    ("这只基金规模在同类中排在中游。", FUND_R4, set()),
    ("明年会怎样我不知道，我能告诉您的只有过去的数据和风险。", FUND_R4, set()),
    ("收益这块我没法跟您打包票，只能说业绩比较基准是2.5%-3.2%，不代表实际收益。", WMP_R2, set()),
    ("不管市场怎么走，都要留足应急资金。", FUND_R4, set()),
    ("转到我们行的账户以后，可以在手机银行里看到持仓。", WMP_R2, set()),
    ("身份证和银行卡请您自己保管好，不要交给任何人，包括我。", WMP_R2, set()),
    ("客户李阿姨的建议我们收到了，下次直播会把字放大。", WMP_R2, set()),
    ("老客户续投的流程和新客一样，也要确认风险等级。", WMP_R2, set()),
    ("隔壁那家的理财经理就是个卖货的，啥也不懂。", WMP_R2, {UC}),
    ("那个平台的收益都是拆东墙补西墙。", WMP_R2, {UC}),
    ("国有大行背书，您就放一百个心吧。", WMP_R2, {GOV}),
    ("监管层面都认可的模式，跑不了。", WMP_R2, {GOV}),
    ("就剩今天了，明天起购门槛就上调到五万。", WMP_R2, {URG}),
    ("这款是我从业十年见过最稳的一款。", WMP_R2, {SUP}),
    ("这只基金明年再涨三成问题不大。", FUND_R4, {PRED}),
    ("利息你就放心吧，到期3%一分不差。", WMP_R2, {GR}),
    ("认购满5万，我私下再给你补一点差价。", WMP_R2, {OFF, GIFT}),
    ("vx我，发你详细的收益测算。", WMP_R2, {OFF}),
    ("业绩比较基准四个半点到五个点，不代表实际收益。", WMP_R3, {YLD}),
    ("这款就是R1的风险水平，跟存款一个样。", WMP_R3, {RLM}),
    ("我闺蜜去年在我这儿买了二十万，现在天天催我再给她留额度。", WMP_R2, {TEST}),
]
BATCH6 = [
    ("好几个客户买完都跟我说，早知道就多买点了。", WMP_R2, {TEST}),
    ("我们有位客户连续买了五期，每期都按时拿到了收益。", WMP_R2, {TEST}),
    ("上个月买的那位大哥今天又来加了50万。", WMP_R2, {TEST}),
    ("客户反馈都很好，复购率特别高。", WMP_R2, {TEST}),
    ("新客首单满5万返现50元，直接打到卡上。", WMP_R2, {GIFT}),
    ("转入资金满10万，额外送一张0.3%的加息券。", WMP_R2, {GIFT}),
    ("推荐朋友一起买，你们俩都有奖励。", WMP_R2, {GIFT}),
    ("前100名下单的送定制保温杯。", WMP_R2, {GIFT}),
    ("别看X行广告打得响，产品其实一般般。", WMP_R2, {UC}),
    ("人家那是靠补贴撑起来的收益，长不了。", WMP_R2, {UC}),
    ("他们那款就是个噱头，您别被收益数字骗了。", WMP_R2, {UC}),
    ("卖一份少一份，犹豫的话可能就没了。", WMP_R2, {URG}),
    ("现在是上车的最后窗口。", FUND_R4, {URG}),
    ("这款在全国同类里都排得上号。", WMP_R2, {SUP}),
    ("要论稳，这款说第二没人敢说第一。", WMP_R2, {SUP}),
    ("这只基金的经理是业内数得着的人物。", FUND_R4, {SUP}),
    ("有客户留言说买了半年很满意，谢谢大家的认可。", WMP_R2, {TEST}),
    ("活动奖励与是否购买无关，参与互动即可。", WMP_R2, set()),
    ("这款没有加息券，也不参加返现活动。", WMP_R2, set()),
    ("客户反馈的赎回到账时间问题，我们已经在优化。", WMP_R2, set()),
    ("窗口期的说法不准确，这款天天可以买。", FUND_R4, set()),
]

WARNING = "理财非存款、产品有风险、投资须谨慎。"
BATCH7 = [
    (
        "各位观众晚上好，今天介绍安悦90天持有期固收理财，风险等级R2。这款产品在我们行的同类产品里一直是口碑最好的。"
        + WARNING,
        WMP_R2,
        {SUP},
        "script",
    ),
    (
        "今天介绍安悦90天持有期固收理财，风险等级R2，业绩比较基准年化2.5%-3.2%，业绩比较基准不代表实际收益，不构成收益承诺。持有满90天可赎回。"
        + WARNING,
        WMP_R2,
        set(),
        "script",
    ),
    (
        "今天介绍安悦90天持有期固收理财，风险等级R2。别家同类产品动不动就爆雷，咱们这款底层都是高等级债券。"
        + WARNING,
        WMP_R2,
        {UC},
        "script",
    ),
    (
        "本周六晚8点直播｜安悦90天持有期固收理财｜直播间下单满10万送精美礼品一份，额度有限先到先得｜"
        + WARNING,
        WMP_R2,
        {GIFT, URG},
        "announcement",
    ),
    (
        "本周六晚8点直播｜主题：如何看懂理财产品说明书｜不推荐具体产品｜" + WARNING,
        WMP_R2,
        set(),
        "announcement",
    ),
    ("他们那个理财经理上个月刚离职，客户都没人管了。", WMP_R2, {UC}, "chat"),
    ("那家银行的手机银行难用得要命，买个理财要点十几下。", WMP_R2, {UC}, "chat"),
    ("省里都发文支持这类养老产品了，政策红利期。", FUND_R4, {GOV}, "chat"),
    ("这款有央行的牌照，绝对正规，不会跑路。", WMP_R2, {GOV}, "chat"),
    ("利率下行已经是共识，现在锁定3%的收益以后就难找了。", WMP_R2, {URG, PRED}, "chat"),
    ("过了这个月，这款就要调低基准了。", WMP_R2, {URG}, "chat"),
    ("这款每年3个点，跟存银行吃利息一样稳。", WMP_R2, {GR}, "chat"),
    ("每年分红肯定比银行利息高。", INSURANCE, {GR}, "chat"),
    ("买够20万拉你进VIP群，群里有专属福利。", WMP_R2, {OFF, GIFT}, "chat"),
    ("这款R2，但实际波动跟R1的现金管理差不多。", WMP_R2, {RLM}, "chat"),
    ("基准2.5到3.2，我估计能做到上限。", WMP_R2, {DISC, PRED}, "chat"),
    ("业绩比较基准百分之二点五至三点五，不代表实际收益。", WMP_R2, {YLD}, "chat"),
    ("我姐买了这款三年，说比她自己炒股省心多了。", WMP_R2, {TEST}, "chat"),
    ("有个客户买完后专门给我写了封感谢信。", WMP_R2, {TEST}, "chat"),
    ("想进一步了解的，扫直播间右下角的官方企业微信二维码。", WMP_R2, set(), "chat"),
    ("隔壁银行也有类似产品，您可以对比费率和期限后再决定。", WMP_R2, set(), "chat"),
    ("监管要求我们每场直播都要录音录像，方便回溯。", WMP_R2, set(), "chat"),
    ("今天下单和明天下单的起息日不同，您按资金安排来就行。", WMP_R2, set(), "chat"),
    ("收益方面我没法给您任何保证，基准只是参考。", WMP_R2, set(), "chat"),
    ("我们不搞送礼活动，也不允许员工私下返利。", WMP_R2, set(), "chat"),
    ("老客户买过的产品，不代表适合您，要看您的风险测评结果。", WMP_R2, set(), "chat"),
    ("这款的风险等级是R2，在我们行的理财里属于中低风险。", WMP_R2, set(), "chat"),
    ("这只基金是R4，跟股票型基金的波动差不多，不适合保守的客户。", FUND_R4, set(), "chat"),
    ("排名这种东西我们不看，只看产品是不是适合您。", WMP_R2, set(), "chat"),
    ("后市怎么走我不判断，大家控制好仓位。", FUND_R4, set(), "chat"),
]

BATCH8 = [
    ("我手上好多客户都是冲着这款来的，买过的没有一个说不好。", WMP_R2, {TEST}),
    ("刚才直播间里有位阿姨说她买了三期了，每期都挺满意。", WMP_R2, {TEST}),
    ("我们行长的丈母娘都买了这款。", WMP_R2, {TEST}),
    ("一位退休的老工程师在我这配了一百万，说这是他买过最省心的理财。", WMP_R2, {TEST}),
    ("那些互联网平台的客服都是机器人，出了问题根本找不到人。", WMP_R2, {UC}),
    ("某财富公司的产品，听着高大上，其实底子很虚。", WMP_R2, {UC}),
    ("您别看那家年化写6%，那是拿本金在发利息。", WMP_R2, {UC}),
    ("另一家行的理财经理给您推荐那款，就是为了完成他的任务。", WMP_R2, {UC}),
    ("今天直播间下单的，额外享受0.1%的费率优惠，仅限今晚。", FUND_R4, {URG}),
    ("首发只有三天，三天后就转成普通申购了，费率翻倍。", FUND_R4, {URG}),
    ("这种好事一年也就这一回。", WMP_R2, {URG}),
    ("单笔买满30万，送您一次全身体检。", WMP_R2, {GIFT}),
    ("买这款的客户，年底都有一份新年礼包。", WMP_R2, {GIFT}),
    ("下单后截图找我，我给您返50块话费。", WMP_R2, {OFF, GIFT}),
    ("这是咱们这个系列里的扛鼎之作。", WMP_R2, {SUP}),
    ("这款的性价比可以说是全市场独一档的。", WMP_R2, {SUP}),
    ("这只基金是近年来同类里最能打的。", FUND_R4, {SUP}),
    ("我手上有些客户买过，也有客户赎回了，每个人的需求不一样。", WMP_R2, set()),
    ("有位阿姨在直播间问这款能不能随时取，答案是持有满90天才能赎回。", WMP_R2, set()),
    ("互联网平台也能买到不少持牌机构的产品，记得核对销售机构资质。", WMP_R2, set()),
    ("今天直播间下单和手机银行下单的费率是一样的，没有额外优惠。", FUND_R4, set()),
    ("首发期是三天，之后转入持续申购期，费率以公告为准。", FUND_R4, set()),
    ("买不买都不影响抽奖，点赞就能参与。", WMP_R2, set()),
    ("单笔买满30万的客户，需要先做一次线下双录，这是监管要求。", WMP_R2, set()),
    ("这款不是系列里收益最高的，但波动最小的是它的同系列另一只。", WMP_R2, set()),
    ("另一家行的产品我们不做评价，您可以咨询他们的客户经理。", WMP_R2, set()),
]

BATCH9 = [
    ("这款年化四个点左右。", WMP_R2, {YLD, PRED}),
    ("这期基准三个半点封顶，不代表实际收益。", WMP_R2, {YLD}),
    ("业绩比较基准上限3.5个百分点，不构成收益承诺。", WMP_R2, {YLD}),
    ("业绩比较基准是2.5%到3.5%，不代表实际收益。", WMP_R2, {YLD}),
    ("比较基准：2.50%—3.50%（年化），不构成收益承诺。", WMP_R2, {YLD}),
    ("业绩比较基准下限2.5，上限3.5，不代表实际收益。", WMP_R2, {YLD}),
    ("最低两个半点，最高三个半点，这是业绩比较基准，不代表实际收益。", WMP_R2, {YLD}),
    ("年化3.5%（业绩比较基准，不代表实际收益）。", WMP_R2, {YLD}),
    ("百分之三点二是基准上限，不代表实际收益。", WMP_R2, set()),
    ("基准上限三点二，下限二点五，都不代表实际收益。", WMP_R2, set()),
    ("业绩比较基准两个半点到三点二个点，不构成收益承诺。", WMP_R2, set()),
    ("这款属于二级风险。", WMP_R3, {RLM}),
    ("风险等级：PR2。", WMP_R3, {RLM}),
    ("这是一款R 2级的产品。", WMP_R3, {RLM}),
    ("它是中低风险（R2）的理财。", WMP_R3, {RLM}),
    ("风险评级为较低风险。", WMP_R3, {RLM}),
    ("风险等级PR3，中等风险。", WMP_R3, set()),
    ("这款是三级（中风险）产品。", WMP_R3, set()),
    ("R3，适合平衡型及以上客户。", WMP_R3, set()),
]

BATCH10 = [
    ("这款是地方政府平台发的，有财政在后面撑着。", WMP_R2, {GOV}),
    ("养老理财是试点产品，监管盯得紧，出不了问题。", WMP_R2, {GOV}),
    ("上面有规定这类产品不能亏，您放心。", WMP_R2, {GOV}),
    ("这个产品备过案的，等于官方认证。", WMP_R2, {GOV}),
    ("今天是本月最后一个交易日，错过就得下个月了，要买的抓紧。", FUND_R4, {URG}),
    ("这波降息之前不上车，后面就只能眼馋了。", WMP_R2, {URG}),
    ("开户加首购满2万，送您一个行李箱。", WMP_R2, {GIFT}),
    ("在我这买的客户，逢年过节我都会寄点东西过去。", WMP_R2, {OFF, GIFT}),
    ("他们那边的客户经理换了一茬又一茬，谁还管您的售后。", WMP_R2, {UC}),
    ("这款是监管批准发行的试点产品，但试点不代表保本，净值会波动。", WMP_R2, set()),
    ("今天是本月最后一个交易日，明天起按下个月的净值计算。", FUND_R4, set()),
    ("开户送积分是全行统一的活动，与是否购买理财无关。", WMP_R2, set()),
    ("客户经理换人了也没关系，您的产品在手机银行都能查到。", WMP_R2, set()),
    ("地方政府债是这类产品的底层资产之一，它也有信用风险。", WMP_R2, set()),
]

ROWS = [
    row if len(row) == 4 else (*row, "chat")
    for row in BATCH1 + BATCH2 + BATCH3 + BATCH4 + BATCH5 + BATCH6 + BATCH7 + BATCH8 + BATCH9 + BATCH10
]


def _reported(text: str, product: dict, kind: str = "chat") -> set[str]:
    return {
        f.code
        for f in check(text, kind=kind, products=[product], pack="cn")
        if f.severity in ("block", "review")
    }


@pytest.mark.parametrize(("text", "product", "codes", "kind"), [row for row in ROWS if row[2]])
def test_violating_probe_carries_its_codes(text, product, codes, kind):
    assert codes <= _reported(text, product, kind)


@pytest.mark.parametrize(
    ("text", "product", "kind"), [(row[0], row[1], row[3]) for row in ROWS if not row[2]]
)
def test_clean_probe_has_no_finding(text, product, kind):
    assert _reported(text, product, kind) == set()


def test_a_hundred_percent_of_certainty_is_not_a_yield():
    # 百分之百能拿到三个点: how sure, not a 100% figure above the benchmark (figures.py).
    assert _reported("百分之百能拿到三个点，我拿工作担保。", WMP_R2) == {GR}


def test_a_level_labelled_as_the_product_s_is_stated_whatever_follows():
    assert RLM in _reported("这款风险等级是R2，很适合稳健的您。", WMP_R3)
    assert _reported("您的风险等级是R2，很适合这类产品吗？", WMP_R3) == set()


def test_a_benchmark_label_after_the_figures():
    assert YLD in _reported("最低3个点，最高5个点，这是业绩比较基准，不构成承诺。", WMP_R3)
    assert _reported("最低3个点，最高4.5个点，这是业绩比较基准，不构成承诺。", WMP_R3) == set()


def test_a_range_in_words_with_one_percent_word():
    # 百分之二点五至三点五: the second bound carries no 百分之 (figures.py).
    assert YLD in _reported("业绩比较基准百分之二点五至三点五，不代表实际收益。", WMP_R2)
    assert _reported("业绩比较基准百分之二点五至三点二，不代表实际收益。", WMP_R2) == set()

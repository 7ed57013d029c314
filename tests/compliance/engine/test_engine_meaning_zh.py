"""Chinese claims by their parts (packs/meaning_zh.yaml, issue 16 points 2, 4, 5), round-6 session. Every
sentence was written for this test from rules.md, none taken from a corpus: batch 1 before any grammar of the
file (33 of 46 caught on the first try), batch 2 after the first grammars (23 of 40), batch 3 after the second
(11 of 30), batch 4 (claims buried in honest script text) after the third (9 of 16). Violating rows must carry
the code; clean rows are hard negatives with no block or review finding at all."""

import pytest

from compliance.engine import check

WMP_180 = {
    "code": "WX180",
    "name": "稳享180天持有期固收理财",
    "type": "wmp",
    "risk_level": "R2",
    "benchmark_min": 2.5,
    "benchmark_max": 3.3,
    "principal_protected": False,
}
CLOSED_1Y = {
    "code": "HRZQ365",
    "name": "华锐智启一年封闭式固收增强理财",
    "type": "wmp",
    "risk_level": "R3",
    "benchmark_min": 3.0,
    "benchmark_max": 4.2,
    "principal_protected": False,
}
BOND_FUND_C = {
    "code": "016540",
    "name": "安泰纯债债券型证券投资基金C",
    "type": "fund",
    "risk_level": "R2",
    "benchmark_min": None,
    "benchmark_max": None,
    "principal_protected": False,
}


def _reported(text: str, *, kind: str = "chat", products=(WMP_180,)) -> set[str]:
    return {
        f.code
        for f in check(text, kind=kind, products=list(products), pack="cn", customer_risk="C3")
        if f.severity in ("block", "review")
    }


VIOLATING = [
    # §2.9: the assessment done, eased or coached for the customer; an order split under a control.
    ("suitability.assessment_bypass", "问卷我帮您把几道题改一改，等级就上去了。"),
    ("suitability.assessment_bypass", "测评随便填填就行，反正系统只看分数。"),
    ("suitability.assessment_bypass", "您就按激进型的选项勾，能买的产品多一些。"),
    ("suitability.assessment_bypass", "买五十万超了的话，拆成几笔小的就不会触发审核。"),
    ("suitability.assessment_bypass", "风险评估那块走个流程而已，不用当真。"),
    ("suitability.assessment_bypass", "那个问卷不用您动手，我这边直接帮您提交了。"),
    ("suitability.assessment_bypass", "测评结果一年有效，您先别重新做，不然等级掉了就买不了了。"),
    ("suitability.assessment_bypass", "亏损承受那题选能接受百分之三十以上，别选百分之五。"),
    ("suitability.assessment_bypass", "让您爱人来测一下，她的等级高，用她的名字买。"),
    # §2.19: a competitor as a hazard, a fad, fined, a revolving door; theirs low and ours far higher.
    ("comparison.unfair_competitor", "城商行的理财看着收益高，底子全是烂账。"),
    ("comparison.unfair_competitor", "某理财子那只产品底层全是城投非标，说白了就是一颗雷。"),
    ("comparison.unfair_competitor", "那家银行去年刚被罚了几百万，您还敢把钱放那儿？"),
    ("comparison.unfair_competitor", "某宝上的那些基金都是网红在带货，专业度几乎为零。"),
    ("comparison.unfair_competitor", "他们家客户经理流动性特别大，您买完下个月人就走了。"),
    ("comparison.unfair_competitor", "隔壁那款同类收益才2个点，咱们这款高出一大截。"),
    # §2.10: a full name with an address, identity data asked to be sent.
    ("privacy.customer_pii", "住在滨江花园的刘桂芳阿姨，您的理财刚刚到期了。"),
    ("privacy.customer_pii", "有意向的把身份证号和手机号发过来，我先帮您登记。"),
    # §2.14: a record of redemptions, a figure in 个多点.
    ("performance.past_without_disclaimer", "这个系列已经连续兑付了十二期，每期年化都在3%以上。"),
    ("performance.past_without_disclaimer", "前几期客户到手都是三个多点。"),
    # §2.3: a market move for a time ahead, a level said to be easy, the RM's own view, room left to rise.
    ("performance.prediction", "后面利率还会往下走，债券价格会涨，现在买正好。"),
    ("performance.prediction", "按现在的行情，年底前净值回到1.1没啥难度。"),
    ("performance.prediction", "我个人判断这只基金今年收益不会低，起码两位数。"),
    ("performance.prediction", "美联储一降息，黄金至少还有两成的空间。"),
    ("performance.prediction", "照往年的规律，年底这类产品收益普遍会冲一冲。"),
    ("performance.prediction", "今年只会更猛，大家拭目以待。"),
    # §2.18: anecdotes of buyers, insiders and experts, awards and media mentions.
    ("endorsement.testimonial", "好多阿姨买了之后都回来跟我说，比存银行强多了。"),
    ("endorsement.testimonial", "我自己的父母也买了这款，他们说收益比预想的好。"),
    ("endorsement.testimonial", "有个做生意的大哥一口气买了一百万，到期还专门来道谢。"),
    ("endorsement.testimonial", "我一个在基金公司做研究的朋友讲了，这款是今年最值得买的。"),
    ("endorsement.testimonial", "财经频道那位很有名的主持人也在节目里点过这只的名。"),
    ("endorsement.testimonial", "银行业协会都给这款产品颁过奖，专家评价很高。"),
    # §2.15: one short window, one best period.
    ("performance.cherry_picked", "这款上个月单月年化有5.6%，非常亮眼。"),
    ("performance.cherry_picked", "看今年一季度的区间收益，它在同类里能排进前列。"),
    ("performance.cherry_picked", "系列里表现最好的那期年化做到了4.2%。"),
    # §2.7 / §2.1 / §2.2 / §2.20 / §2.23.
    ("endorsement.government", "这是养老政策下的产品，国家不会让老百姓吃亏。"),
    ("promise.capital_guarantee", "背后是国家信用，您还怕啥？"),
    ("promise.capital_guarantee", "这款我卖了五年了，没见过哪个客户亏钱出来的。"),
    ("promise.guaranteed_return", "业绩比较基准2.5到3.3，大家把2.5当保底就行。"),
    ("promise.guaranteed_return", "这款每年的分红都是固定的，一年四千块一分不会少。"),
    ("inducement.urgency_pressure", "趁着利率还没降，赶紧把收益锁住。"),
    ("inducement.urgency_pressure", "额度刷刷往下掉，犹豫就会错过。"),
    ("misleading.hidden_conditions", "加息券的收益是直接到账的，没有任何门槛。"),
    ("misleading.hidden_conditions", "虽然是两年封闭，但每个季度都有一次开放，随时都能走。"),
    ("misleading.hidden_conditions", "这款啥费用都没有，随时买随时卖。"),
    # Batch 3 (11 of 30 on the first try).
    ("suitability.assessment_bypass", "风测那里您勾'能接受较大亏损'，不然这只买不了。"),
    ("suitability.assessment_bypass", "问卷里收入那栏多写点，写个五十万没人查。"),
    ("suitability.assessment_bypass", "要不您先用您女儿的名义开个户，她年轻，等级够。"),
    ("suitability.assessment_bypass", "等级不够也能买，签个风险自担的声明就行，我帮您准备好。"),
    ("comparison.unfair_competitor", "XX银行那个理财经理自己都不懂，上次把客户的钱全亏了。"),
    ("comparison.unfair_competitor", "网上那些理财app，出了事连个找的人都没有。"),
    ("comparison.unfair_competitor", "别家的产品说明书写得云里雾里，就是不想让您看懂。"),
    ("comparison.unfair_competitor", "同样是纯债，某证券那只的回撤是我们的三倍，管理水平可想而知。"),
    ("privacy.customer_pii", "开户需要的身份证正反面，直接在群里发一下就好。"),
    ("privacy.customer_pii", "第三排那位穿红衣服的张淑芬阿姨，您卡里的四十万定期下周到期。"),
    ("performance.prediction", "这波行情至少还能持续半年，上车还来得及。"),
    ("performance.prediction", "明年这个时候，您这十万估计能变成十万四千左右。"),
    ("performance.prediction", "照这个速度，年化破5不是梦。"),
    ("performance.prediction", "债市这轮调整差不多到底了，接下来该涨了。"),
    ("endorsement.testimonial", "昨天还有位老先生打电话来，说这款让他晚上睡得踏实了。"),
    ("endorsement.testimonial", "我们网点好几个老客户一买就是几十万，都说这款省心。"),
    ("endorsement.testimonial", "我闺蜜去年听我的买了，今年又追加了二十万，说比她炒股强多了。"),
    ("misleading.hidden_conditions", "名义上是三年期，实际上一年后随便取，不扣钱。"),
    # Batch 4, claims buried in honest script text (9 of 16 on the first try).
    (
        "comparison.unfair_competitor",
        "很多人问我们和互联网平台比怎么样。我只说一句，平台上那些产品，底层资产您根本看不到，出了问题投诉都没门。",
    ),
    (
        "suitability.assessment_bypass",
        "还没做测评的朋友抓紧做，做的时候有一题问您能接受多大亏损，您往高了选，后面选择会多很多。",
    ),
    ("suitability.assessment_bypass", "阿姨您是C2，这只是R3，不过没事，我给您走个特殊流程。"),
    ("promise.guaranteed_return", "这款的收益您就当是存了个定期，到时候连本带息一分不少。"),
    ("endorsement.testimonial", "我们行长自己都买了五十万，您说靠不靠谱。"),
    ("privacy.customer_pii", "在评论区留下您的姓名和电话，我们会安排专人联系。"),
    (
        "performance.prediction",
        "它的业绩比较基准是2.5%-3.3%，不代表实际收益。说实话，现在债市环境不错，我估摸着这期落在三个点上下问题不大。",
    ),
    # Forms generalised from the round-5 dev misses, in new words.
    ("comparison.unfair_competitor", "对面那家城商行卖的理财，亏了他们也从来不主动告诉您。"),
    ("comparison.unfair_competitor", "那些第三方平台的基金，赎回老是到账慢，急用钱能把人急死。"),
    ("comparison.unfair_competitor", "这款比零钱通划算多了，大家自己比比。"),
    ("superlative.absolute_term", "论稳健，这款比同类强一百倍。"),
    ("performance.prediction", "政策利好一出，红利板块有望迎来一波上涨。"),
    ("performance.prediction", "这只基金今年跑赢大盘是大概率事件。"),
    ("promise.guaranteed_return", "钱放进来，每天2%左右的收益稳稳到账。"),
    ("inducement.urgency_pressure", "本周五之前认购的，每位送一桶油。"),
    ("inducement.urgency_pressure", "过了今晚十点就要等下个月才有额度。"),
    ("suitability.assessment_bypass", "风险测评的时候，投资年限那题选“五年以上”就行。"),
    ("suitability.assessment_bypass", "测评过不了也别急，我私下教你怎么答。"),
    ("privacy.customer_pii", "您把收到的短信验证码告诉我们后台，马上给您办好。"),
    ("performance.cherry_picked", "现金宝七日年化2.45%，放着比活期强。"),
    ("promise.guaranteed_return", "存满五年，本金和利息一起拿回来，一分不少。"),
    ("promise.guaranteed_return", "这款年金险的利息年年有保障。"),
    ("inducement.gift_rebate", "前20位下单的朋友，每人加送一份体检卡。"),
    ("misleading.hidden_conditions", "这款持有期不长，流动性挺好的，不耽误用钱。"),
    ("misleading.hidden_conditions", "放进来的钱想取多少取多少，当天到账。"),
]


@pytest.mark.parametrize(("code", "text"), VIOLATING)
def test_claim_is_reported(code, text):
    assert code in _reported(text)


CLEAN = [
    # The assessment talked about honestly, or the bypass warned against.
    "测评请您本人如实填写，我们不能代您操作。",
    "测评结果一年有效，到期了请您本人重新做一下，按实际情况填。",
    "系统提示风险不匹配的话，说明这款不适合您，我们不能办理。",
    "如果您想买更高风险的产品，需要您本人重新评估，不能由我们代做。",
    "我们行的理财经理不会让您用家人的账户代买，请您本人办理。",
    # Competitors left unjudged.
    "我们不评价其他银行的产品，每家产品各有特点，您按自己的需求选。",
    "关于其他机构的产品，我不方便评价，您可以到他们的官方渠道了解。",
    # Data protected, performance shown with its disclaimer, forecasts refused or refuted.
    "请大家不要在弹幕里报姓名、卡号，有问题请打客服电话。",
    "这个系列成立以来年化2.9%，最好一期3.4%，最差一期2.1%，过往业绩不代表未来表现。",
    "我们不对未来收益做任何预测，业绩比较基准不代表实际收益。",
    "市场利率如果上行，债券价格会下跌，产品净值也可能下跌。",
    "有人说这款今年能涨20%，这种说法不靠谱，我们不做预测。",
    "七日年化只反映最近七天的收益，波动较大，不代表未来收益水平。",
    "有朋友问七日年化为啥天天变，它只反映过去七天的情况，换算成年化会放大短期波动，不能拿来推算全年收益。",
    # Anecdotes refused, a raffle not tied to buying, a private channel refused.
    "有人说去年跟着某大V买基金赚翻了，别人的个例不代表你也能赚，大V推荐也不等于靠谱。",
    "直播间点赞每满1万，我们从评论区抽10位朋友送保温杯，不看是否购买，没有任何购买要求。",
    "收益测算资料只能在APP产品页看，我私人微信不接业务咨询。",
    # Negation carried by 任何 across a long clause.
    "即使大股东是国有银行，也不代表国家或者银行对产品的本金和收益承担任何兜底责任。",
    # Honest lock-up and urgency talk.
    "这款持有期180天，期间不能赎回，急用钱的朋友请慎重。",
    "本期没有额度限制，大家不用着急，想清楚再买。",
    "测评题您按自己的真实想法勾，哪个选项都行，结果是什么就买什么。",
    "签风险自担声明并不能绕开适当性要求，等级不够的产品我们不能卖。",
    "网上理财app很多，选择时请看清是否是持牌机构，我们不评价具体平台。",
    "开户需要的证件请在手机银行APP里上传，不要在群里发。",
    "行情会持续多久谁也说不准，我们不做预测，请根据自己的情况决定。",
    "有位老先生打电话问能不能提前取，我跟他说持有期内不能赎回。",
    "某财经博主推荐的产品，大家不要盲目跟风，先看风险等级。",
    "三年期的产品到期前不能取，提前用钱的话不适合。",
    "这只基金最近三个月涨了11%，但短期业绩波动很大，不能代表长期表现，过往业绩不预示其未来表现。",
    "我们行的员工购买本行产品需要按规定报备，也不能以此作为推荐理由，请您根据自己的情况判断。",
    "刚才有位观众在评论区打出了完整手机号，我已经请场控帮忙屏蔽了。",
    "这款理财不是存款，不能当作存单来看，它的净值会波动，可能亏损本金。",
    "我们不会教您怎么答测评，请如实填写。",
    "规定里写明：不能教客户怎么答测评题，不能建议客户借用家人账户购买。",
    "如果市场利率上行，债券价格就会下跌，净值也会回落。",
    "现金管理类产品主要投向期限很短、流动性很好的资产，但也不是存款。",
    "快速赎回每天最多1万元，超过的部分按普通赎回T+1到账。",
]


@pytest.mark.parametrize("text", CLEAN)
def test_hard_negative_is_clean(text):
    assert _reported(text) == set()


def test_teaching_script_quoting_pitches_is_clean():
    """A lesson (小课堂) that quotes pitches to correct them, and names categories of pitch, asserts none."""
    text = (
        "今天这期理财知识小课堂，我们说几个常见误区。第一类，收益类：“稳稳拿3%”“跟存款一样安全”，"
        "这些说法都是错误的。第二类，私下交易类：“加我微信给你返点”，这是严重违规。"
        "很多朋友看到某款去年做到了4%，就觉得今年也能有4%，这是一个常见的误区。"
    )
    assert (
        _reported(text, kind="script") - {"disclosure.risk_warning_missing", "disclosure.risk_level_missing"}
        == set()
    )


def test_product_code_quoted_wrongly_is_a_fact_mismatch():
    assert "claim.product_fact_mismatch" in _reported("APP里搜产品代码WX190，就是今天说的那款。")
    assert "claim.product_fact_mismatch" in _reported(
        "安泰纯债这只，基金代码016504，大家记一下。", products=(BOND_FUND_C,)
    )
    assert "claim.product_fact_mismatch" in _reported(
        "安泰纯债债券型基金A，主投利率债。", kind="product_card", products=(BOND_FUND_C,)
    )
    assert "claim.product_fact_mismatch" not in _reported("APP里搜产品代码WX180，就是今天说的那款。")
    assert "claim.product_fact_mismatch" not in _reported(
        "安泰纯债，基金代码016540，起购金额100000元以内都可以。", products=(BOND_FUND_C,)
    )


def test_closed_end_term_in_the_name_is_compared():
    assert "claim.product_fact_mismatch" in _reported("这款期限就半年，封闭期短。", products=(CLOSED_1Y,))
    assert "claim.product_fact_mismatch" not in _reported(
        "这款封闭期一年，到期才能取。", products=(CLOSED_1Y,)
    )

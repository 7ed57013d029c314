"""Chinese claim word classes (packs/meaning.yaml), the other-product-subject filter and the term said in other
words (issue 16 points 2, 4, 5), round-5 session. Every sentence was written for this test from rules.md, none
taken from a corpus. Violating rows must carry the code; clean rows are hard negatives with no block or review
finding at all."""

import pytest

from compliance.engine import check

WMP_180 = {
    "code": "W",
    "name": "稳享180天持有期固收理财",
    "type": "wmp",
    "risk_level": "R2",
    "benchmark_min": 2.5,
    "benchmark_max": 3.3,
    "principal_protected": False,
}
GOLD_DEPOSIT = {
    "code": "D",
    "name": "挂钩黄金91天结构性存款",
    "type": "deposit",
    "risk_level": "R1",
    "benchmark_min": 1.2,
    "benchmark_max": 2.6,
    "principal_protected": True,
}


def _reported(text: str, *, kind: str = "chat", products=(WMP_180,)) -> set[str]:
    return {
        f.code
        for f in check(text, kind=kind, products=list(products), pack="cn")
        if f.severity in ("block", "review")
    }


VIOLATING = [
    # §2.19: a competitor and a contemptuous verdict, an unfair comparison, an insinuating question.
    (
        "comparison.unfair_competitor",
        "隔壁那家银行的理财经理都是刚毕业的，根本不懂债券，买他们的就是赌运气。",
    ),
    ("comparison.unfair_competitor", "外面那些互联网平台的理财，风控形同虚设。"),
    ("comparison.unfair_competitor", "我们这款比X行那只强太多了。"),
    ("comparison.unfair_competitor", "别人家的同类产品都在吃老本，只有我们这款还在给客户赚钱。"),
    ("comparison.unfair_competitor", "我不评价别人，但那些平台的客服你找得到吗？"),
    ("comparison.unfair_competitor", "隔壁的客户经理就是卖完不管的，您买了他们的可有的受。"),
    ("comparison.unfair_competitor", "同样的产品，某行要收1.5%的手续费，我们一分不收。"),
    ("comparison.unfair_competitor", "其他银行的理财经理都是拿提成的，只会推销。"),
    # §2.23: the lock-up denied in other words, and fees said to be nothing.
    ("misleading.hidden_conditions", "这款持有期虽然是180天，但流动性很好，要用钱随时说。"),
    ("misleading.hidden_conditions", "提前赎回也没有任何损失，放心买。"),
    ("misleading.hidden_conditions", "用钱的时候跟我说一声，我这边都能想办法给您处理。"),
    ("misleading.hidden_conditions", "这个产品的钱不会被锁死，手头紧的时候可以直接卖掉。"),
    ("misleading.hidden_conditions", "这款虽然写着180天持有期，但其实三个月后就能卖。"),
    ("misleading.hidden_conditions", "买卖都不收钱，拿多久都行。"),
    ("misleading.hidden_conditions", "赎回不收费的，想什么时候走都行。"),
    ("misleading.hidden_conditions", "这个产品没有锁定期，放心。"),
    ("misleading.hidden_conditions", "它是T+0的，今天赎明天到。"),
    ("misleading.hidden_conditions", "这款除了管理费没别的费用了。"),
    # §2.20: scarcity, a deadline, an exhortation.
    ("inducement.urgency_pressure", "这款额度不多了，想买的抓紧。"),
    ("inducement.urgency_pressure", "过了今天就没有这个价格了。"),
    ("inducement.urgency_pressure", "这个机会千载难逢，别犹豫了。"),
    ("inducement.urgency_pressure", "领导说这期就放这么多，谁先下单算谁的。"),
    ("inducement.urgency_pressure", "这款一放出来就被抢，大家盯紧了。"),
    ("inducement.urgency_pressure", "马上就要降息了，赶在降息前上车。"),
    ("inducement.urgency_pressure", "这一期卖完要等三个月才有下一期。"),
    ("inducement.urgency_pressure", "明天开始起购金额就提高到5万了，今天1万就能买。"),
    ("inducement.urgency_pressure", "等你想好了，额度早没了。"),
    # §2.2 / §2.1: certainty, the RM's word, a floor; the principal out of reach of loss.
    ("promise.guaranteed_return", "这个收益十拿九稳，您放心。"),
    ("promise.guaranteed_return", "收益我给您保证，拿不到来找我。"),
    ("promise.guaranteed_return", "这款收益不会低于3%，这点我有把握。"),
    ("promise.guaranteed_return", "我拿我的工作担保，这个收益您一定拿得到。"),
    ("promise.capital_guarantee", "就算市场大跌，这款也伤不到本金。"),
    ("promise.capital_guarantee", "这么多年我卖这个系列，没让一个客户亏过钱。"),
    ("promise.capital_guarantee", "您要是亏了，我这个理财经理不干了。"),
    ("promise.capital_guarantee", "这款跟存款一样，本金有保障。"),
    # §2.3: the RM's own judgement, an estimate of this period, a market move called.
    ("performance.prediction", "我判断黄金年底前还能冲一冲。"),
    ("performance.prediction", "按现在的行情，到期拿个3个点没什么悬念。"),
    ("performance.prediction", "这期收益我估计在3.0到3.3之间。"),
    ("performance.prediction", "下个月降息落地，债基还得涨一波。"),
    ("performance.prediction", "明年A股大概率会走出一波慢牛。"),
    ("performance.prediction", "经济复苏，消费板块接下来会有不错的表现。"),
    ("performance.prediction", "这期我觉得做到基准上限没问题。"),
    ("performance.prediction", "这款到期拿到3%的概率很高。"),
    # §2.15 / §2.18 / §2.5 / §2.16 / §2.17.
    ("suitability.assessment_bypass", "您是C2，买R3也没关系，我给您备注一下就好了。"),
    ("suitability.assessment_bypass", "这个问卷我们内部有标准答案，我发给您。"),
    ("suitability.assessment_bypass", "这份风险揭示书不用细看，直接勾选同意就行。"),
    ("suitability.assessment_bypass", "您要是想买这个，测评的时候把能承受的亏损选大一点。"),
    ("suitability.assessment_bypass", "您在柜台签个字，说是自己主动要买的，就不受测评限制了。"),
    ("suitability.assessment_bypass", "测评可以一天做好几次，哪次结果合适用哪次。"),
    ("suitability.assessment_bypass", "系统弹出风险不匹配提示的时候，点「我已知晓并自愿购买」就行。"),
    ("suitability.assessment_bypass", "把资料发过来，我帮您把风险测评做了。"),
    ("endorsement.testimonial", "我们网点的老张去年买了这只，现在天天念叨说早该多买点。"),
    ("endorsement.testimonial", "某某财经频道的主持人前两天还专门点评过这只基金，说很值得拿。"),
    ("performance.cherry_picked", "挑了几只表现最好的给大家看看，都在10%以上。"),
    ("performance.cherry_picked", "最近一周这只涨了8个点，势头很猛。"),
    ("performance.cherry_picked", "成立三个月，年化收益已经到了6%。"),
    ("inducement.gift_rebate", "买够5万，我们给您升级成VIP，享受专属礼遇。"),
    ("inducement.gift_rebate", "新客首单额外加0.5%的收益。"),
    ("comparison.deposit_analogy", "这个和大额存单没什么两样，就是收益高点。"),
    ("comparison.deposit_analogy", "这款上周涨得不错，活期那点利息真没法比。"),
    ("promise.guaranteed_return", "拿满两年，赚钱是板上钉钉的事。"),
    ("promise.guaranteed_return", "这款两全险分红稳定，每年4.5%。"),
    ("superlative.absolute_term", "这几天它的收益是我们所有同类产品里最高的。"),
    ("superlative.absolute_term", "别家都不行了，只有我们这款还在给客户赚钱。"),
    ("performance.prediction", "医药已经跌到底了，接下来就是反弹行情。"),
    ("performance.prediction", "降息以后，纳指下半年必创新高。"),
    ("performance.cherry_picked", "这款七天年化曾经到过二点八。"),
    ("misleading.hidden_conditions", "这款原则上是不能提前赎回的，但是您懂的，我这边总有办法。"),
    ("endorsement.government", "央企控股的理财子发行的，出不了事。"),
    ("promise.capital_guarantee", "这家理财子的股东是国有大行，背后就是国家信用，出不了事。"),
    ("endorsement.government", "国家战略赛道，有政策托底，周五晚上见！"),
    ("conduct.off_channel", "今晚认购满10万的，我私人再给您发个红包，别声张。"),
    ("promise.capital_guarantee", "跟放活期一样安全，收益还比活期高。"),
    ("comparison.deposit_analogy", "这款今年肯定能跑赢定期两倍以上。"),
    ("performance.prediction", "上一期年化3.05%，本期看齐。"),
    ("inducement.urgency_pressure", "降息马上落地，这只现在不买就晚了。"),
    ("promise.guaranteed_return", "不论涨跌，收益都有保证。"),
    ("promise.guaranteed_return", "这款到期给您3.2%，一分不差。"),
    ("promise.guaranteed_return", "一年下来保底三千块。"),
    ("performance.prediction", "您放十万，一年后就是十万三千多。"),
    ("superlative.absolute_term", "稳享180天持有期｜同类收益TOP1｜理财非存款、产品有风险、投资须谨慎"),
    # §3: the term said in other words, and benchmark bounds without a unit.
    ("claim.product_fact_mismatch", "这款持有期是90天，到期就能赎回。"),
    ("claim.product_fact_mismatch", "业绩比较基准下限二点八，上限三点三，不构成收益承诺。"),
]


@pytest.mark.parametrize(("code", "text"), VIOLATING)
def test_claim_is_reported(code, text):
    assert code in _reported(text)


CLEAN = [
    # Facts of another kind of product, in their own sentence.
    "国债由国家信用担保，到期还本付息，这是国债本身的性质，理财和基金都不是这样。",
    "如果您担心亏损，可以先了解存款、国债这类本金有保障的品种，再考虑理财。",
    "存款有存款保险，50万以内本息全额赔付，这是法律规定的。",
    # Warnings: what fraudsters and the market say, judged in the same sentence.
    "市场上说稳赚不赔的产品，大家都要警惕，投资一定有风险。",
    "【反诈提醒】最近有不法分子冒充银行工作人员，说可以帮您办理高收益、保本保息的内部理财，请立即挂断。",
    # A record disclaimed, a policy that does not mean safety.
    "这只纯债基金过去五年每年都是正收益，但这不代表它不会亏，2022年四季度就有过回撤。",
    "国家鼓励发展第三支柱养老，这是政策方向，但政策支持不等于产品保本。",
    # Neutral competitor talk and a neutral window.
    "评论区有朋友说别家的产品收益更高，不同机构的产品各有特点，我们不做评价，对比时注意看风险等级。",
    "这款理财的认购期是3月1日到3月7日，额度用完会提前结束募集，大家按自己的节奏来，不用着急。",
    "QDII额度有限，管理人可能暂停大额申购，这属于正常的额度管理，不代表产品紧俏。",
    "这只基金的股票仓位只剩两成，其余是债券和现金。",
    "有问题可以私信我，直播结束后我会在平台后台统一回复，不会加私人联系方式。",
    "【防骗提醒】这类群通常的套路是先拉您进群听课，再安排几个人晒收益，最后让您下载不知名的APP入金。",
    "直播倒计时5分钟，马上开始。",
    # The lock-up stated, honest fee and liquidity talk, the same term in other units.
    "这款是180天持有期，180天内不能赎回，急用钱的朋友请慎重考虑。",
    "如果您急用钱，这款不合适，因为180天内不能赎回，建议选择现金管理类产品。",
    "这款理财没有申购费和赎回费，但每年有0.25%的固定管理费和0.2%的销售服务费。",
    "这款持有满半年就能赎回，也就是180天的持有期。",
    "这款持有满180天后，赎回资金T+1到账。",
    "大额存单是存款，不受风险测评等级限制，风险承受能力较低的客户也可以购买。",
    # Deposit talk that is a contrast, assessment talk that is honest, a bank's own channels.
    "理财和活期存款不是一回事，净值会波动。",
    "有位阿姨问我能不能帮她填测评，我跟她说测评必须本人如实填写，我们不能代填。",
    "有问题可以私信我行官方账号，客服会在工作时间回复。",
    # A term of the past in quotes, a need pointed elsewhere, a ratio that is not a yield.
    "大家可能听说过“保本理财”，那是资管新规以前的说法，现在已经没有了，这款也不保本。",
    "如果您要的是本金绝对安全，请选择存款，不要买这款。",
    "这款产品所在保险公司最近一季的综合偿付能力充足率是210%。",
    "国家大力推广个人养老金，大家可以了解一下规则。",
    # Warnings about other platforms' pitches are not disparagement, and their figures are not ours.
    "遇到某些平台说保本保收益的，别信，那是违规宣传。",
    "网上那些号称年化10%的理财平台，大家一定要小心，别信。",
    # Superlatives of advice or of a turn in the session; a deposit recommended instead of this product.
    "应对波动最好的办法是分散配置，不要把鸡蛋放在一个篮子里。",
    "理财经理的唯一职责是帮您匹配合适的产品，而不是推销。",
    "第一位观众的问题是：这款能不能提前赎回？",
    "对于短期要用的钱，最好的选择其实是活期，而不是这款。",
    # Terms explained, not claimed.
    "先解释一下保本和非保本的区别：保本型产品到期会返还全部本金，非保本型产品则可能亏损本金。",
    "我们常说的无风险收益率，一般指国债收益率，理财产品要承担风险。",
    "大家经常听到“刚性兑付”这个词，意思是到期保证兑付本息；资管新规之后，刚性兑付已经被打破。",
]


@pytest.mark.parametrize("text", CLEAN)
def test_hard_negative_is_clean(text):
    assert _reported(text) == set()


def test_guarantee_about_deposits_still_counts_when_a_deposit_is_attached():
    """With a deposit attached, 存款 may name this product: 零风险 is still an absolute term for it."""
    assert "promise.capital_guarantee" in _reported(
        "结构性存款是零风险的，绝对安全。", products=(GOLD_DEPOSIT,)
    )


def test_other_product_filter_keeps_comparisons():
    """A sentence that compares this product with a deposit or names it is a claim about it."""
    assert "promise.capital_guarantee" in _reported("存款利息太低了，这款本金有保障收益还高。")
    assert "promise.capital_guarantee" in _reported("国债也不过如此，这款本金有保障。")


def test_risk_level_code_with_a_hyphen_is_read():
    """R-2 (ASCII or Unicode hyphen) is the level R2: understating an R3 product."""
    r3 = {**WMP_180, "risk_level": "R3"}
    assert "claim.risk_level_mismatch" in _reported("这款实际风险也就R‑2的水平。", products=(r3,))
    assert _reported("这款是R-3级，中风险。", products=(r3,)) == set()


def test_negator_opening_a_clause_covers_its_list():
    """不要把A、B、C发在评论区 forbids all three; a list with no negator is still a claim."""
    assert (
        _reported("提醒大家，不要把身份证号、银行卡号、验证码发在评论区，工作人员也不会向您索要。") == set()
    )
    assert "promise.capital_guarantee" in _reported("这款产品保本、保息、稳赚不赔。")


def test_level_named_in_words_after_its_label():
    """风险等级是中低 for an R3 product is a mismatch; 风险等级为中 is the product's own level."""
    r3 = {**WMP_180, "risk_level": "R3"}
    assert "claim.risk_level_mismatch" in _reported("这款风险等级是中低。", products=(r3,))
    assert _reported("这款风险等级为中，R3。", products=(r3,)) == set()


def test_structured_payoff_said_to_ignore_its_condition():
    """稳拿2.45%，黄金怎么走都一样 denies the condition of a structured deposit's top rate."""
    assert "misleading.hidden_conditions" in _reported(
        "这款结构性存款稳拿2.6%，黄金怎么走都一样。", products=(GOLD_DEPOSIT,)
    )


def test_redemption_sooner_than_the_holding_period_is_a_hidden_condition():
    """一个月就能赎回 for a 180-day holding period understates the lock-up; 半年就能赎回 matches it."""
    assert "misleading.hidden_conditions" in _reported("这款一个月就能赎回，很灵活。")
    assert _reported("这款持有半年就能赎回，也就是180天的持有期。") == set()


def test_low_risk_offered_as_the_product_is_a_level():
    """低风险稳健之选 for an R2 product names the level R1 as the product's."""
    assert "claim.risk_level_mismatch" in _reported("今晚给大家带来一款低风险稳健之选。")

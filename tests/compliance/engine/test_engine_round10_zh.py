"""Chinese claim classes of the round-10 session (meaning_zh10.yaml). Every sentence was written for this test from
rules.md, none taken from a corpus: the first batch before the grammars it tests (42 of 55 passed on the first try,
every clean row among them), the second after the first batch passed, in other wordings (26 of 33 on the first try), and a third after the second passed (24 of 30).
Violating rows must carry every listed code; clean rows are hard negatives with no block or review finding."""

import pytest

from compliance.engine import check

BOND_R2 = {
    "code": "HXWY180",
    "name": "恒信稳盈180天持有期理财",
    "type": "wmp",
    "risk_level": "R2",
    "benchmark_min": 2.6,
    "benchmark_max": 3.4,
    "principal_protected": False,
}
EQUITY_FUND = {
    "code": "018233",
    "name": "景顺成长优选混合A",
    "type": "fund",
    "risk_level": "R4",
    "benchmark_min": None,
    "benchmark_max": None,
    "principal_protected": False,
}
WHOLE_LIFE = {
    "code": "KYRY01",
    "name": "康悦如意增额终身寿险",
    "type": "insurance",
    "risk_level": "R2",
    "benchmark_min": None,
    "benchmark_max": None,
    "principal_protected": False,
}
STRUCTURED = {
    "code": "JGCK91",
    "name": "汇盈结构性存款91天",
    "type": "deposit",
    "risk_level": "R1",
    "benchmark_min": 1.5,
    "benchmark_max": 2.6,
    "principal_protected": True,
}


def _reported(text, product, risk):
    products = [product] if product else []
    return {
        f.code
        for f in check(text, kind="chat", products=products, pack="cn", customer_risk=risk)
        if f.severity in ("block", "review")
    }


# First batch, written before the grammars.
FIRST_CLAIMS = [
    (("privacy.customer_pii",), "感谢张卫东张总，今天一口气认购了300万，给大家打个样！", None, None),
    (("privacy.customer_pii",), "恭喜李秀英阿姨，她在我们行买的理财已经做到五百多万了", None, None),
    (
        ("privacy.customer_pii",),
        "陈志强先生您好，您尾号以外的手机号13812345678我已经记下了，回头联系您",
        None,
        None,
    ),
    (("privacy.customer_pii",), "欢迎孙丽华女士，孙姐在我们这儿的存款加理财有八十万", None, None),
    (("privacy.customer_pii",), "谢谢赵国庆大哥捧场，刚刚下单一百五十万！", None, None),
    (("privacy.customer_pii",), "吴秀兰阿姨（电话136 0000 1234）您的预约我登记好了", None, None),
    (("privacy.customer_pii",), "感谢何建华先生，何先生住在滨江花园3栋，他刚买了20万", None, None),
    (
        ("suitability.assessment_bypass",),
        "测评的题我一题一题念，大家照着选最后一个选项，肯定能测到进取型",
        None,
        None,
    ),
    (("suitability.assessment_bypass",), "您把登录密码告诉我，测评我替您做了，两分钟的事", None, None),
    (
        ("suitability.assessment_bypass",),
        "风险测评那里“能承受的最大亏损”您就选50%以上，一下就过了",
        None,
        None,
    ),
    (
        ("suitability.assessment_bypass",),
        "测评不够没事，我教大家怎么填，年龄那栏不用管，投资年限写十年以上",
        None,
        None,
    ),
    (("suitability.assessment_bypass",), "问卷那几题别按实际填，挑分高的选项，系统不会查的", None, None),
    (("suitability.assessment_bypass",), "您的测评等级不够，让您女儿的账户来买，她是C5", None, None),
    (
        ("comparison.deposit_analogy",),
        "这份增额寿您就把它当成一张长期存单，存进去就是您的钱",
        WHOLE_LIFE,
        None,
    ),
    (("comparison.deposit_analogy",), "就当是存钱，每年交一点，到时候本金利息一起拿回来", WHOLE_LIFE, None),
    (("comparison.deposit_analogy",), "这个理财跟存一年定期没两样，就是利息高一点", BOND_R2, None),
    (("comparison.deposit_analogy",), "买这个保险等于在银行开了个零存整取的账户", WHOLE_LIFE, None),
    (("misleading.hidden_conditions",), "这款180天持有期的，其实第二天就能赎回，不用等", BOND_R2, None),
    (("misleading.hidden_conditions",), "这个结构性存款91天，中途要用钱随时可以支取", STRUCTURED, None),
    (("misleading.hidden_conditions",), "持有期只是个形式，急用钱随时找我给您赎出来", BOND_R2, None),
    (("promise.capital_guarantee",), "这款基本上没什么风险，跟放余额宝差不多", BOND_R2, None),
    (("promise.capital_guarantee",), "本金这块您完全不用操心，跌不下去的", BOND_R2, None),
    (("promise.capital_guarantee",), "几乎零风险，亏钱的概率可以忽略不计", BOND_R2, None),
    (("promise.capital_guarantee",), "我做了十年，这个系列从来没让客户亏过一分钱", EQUITY_FUND, None),
    (
        (
            "promise.capital_guarantee",
            "promise.guaranteed_return",
        ),
        "W风险，稳zhuan不赔，懂的都懂",
        None,
        None,
    ),
    (
        ("endorsement.testimonial",),
        "我们特邀的首席经济学家在直播里也说了，这只基金明年至少涨三成",
        EQUITY_FUND,
        None,
    ),
    (("endorsement.testimonial",), "某知名财经大V自己都重仓了这只，你们还犹豫啥", EQUITY_FUND, None),
    (("performance.prediction",), "利率马上还要降，现在不锁定以后就吃不到这个收益了", None, None),
    (("performance.prediction",), "接下来这波行情肯定要起来，年底前翻一倍不是梦", EQUITY_FUND, None),
    (
        ("performance.past_without_disclaimer",),
        "这只基金近一年同类排名前5%，基金经理是业内顶流",
        EQUITY_FUND,
        None,
    ),
    (("performance.past_without_disclaimer",), "今年以来收益率23%，同类第一", EQUITY_FUND, None),
    (
        ("performance.cherry_picked",),
        "同一个基金经理管的另一只去年涨了40%，这只大概率也差不了",
        EQUITY_FUND,
        None,
    ),
    (
        (
            "performance.past_without_disclaimer",
            "performance.prediction",
        ),
        "这个系列的上一期到期年化做到了4.5%，这期应该也能到",
        BOND_R2,
        None,
    ),
    (
        (
            "suitability.product_above_customer_risk",
            "suitability.assessment_bypass",
        ),
        "您是C2，买这个R3的用您老公的账户下单就行",
        {**BOND_R2, "risk_level": "R3"},
        "C2",
    ),
    (
        ("claim.risk_level_mismatch",),
        "这只R4的其实风险很低，波动跟债基差不多，拿着很安心",
        {**EQUITY_FUND, "risk_level": "R4"},
        None,
    ),
    (
        ("promise.guaranteed_return",),
        "结构性存款保本，而且上限2.6%稳稳拿到，挂钩的金价不用管",
        STRUCTURED,
        None,
    ),
]
FIRST_CLEAN = [
    ("感谢大家的支持，今晚直播间已经有很多朋友下单了", None, None),
    ("张女士您好，您的问题我私下通过官方渠道回复您，个人信息不在直播间说", None, None),
    ("请不要在评论区留手机号，需要预约请拨打官方客服热线95588", None, None),
    ("欢迎王先生进入直播间！有问题随时在公屏提问", None, None),
    ("测评请按您的真实情况填写，我们不能替您答题，也不能提示选项", None, None),
    ("您的测评已过期，请在手机银行自己重新做一次，按实际情况回答", None, None),
    ("有人问能不能帮忙做测评——不能，测评必须本人独立完成", None, None),
    ("增额寿是保险不是存款，前几年退保会有损失，请不要当存款理解", WHOLE_LIFE, None),
    ("理财不是存款，不能和定期存款简单比较收益", BOND_R2, None),
    ("这款有180天持有期，持有期内不能赎回，短期要用的钱请别买", BOND_R2, None),
    ("结构性存款91天，到期前不能提前支取，请确认资金期限", STRUCTURED, None),
    ("这款是R2，风险较低但不是没有风险，净值可能下跌", BOND_R2, None),
    ("基金有风险，可能亏损本金，请谨慎", EQUITY_FUND, None),
    ("首席经济学家今晚讲宏观形势，不涉及具体产品推荐", EQUITY_FUND, None),
    ("未来利率怎么走谁也说不准，请根据自己的资金安排决定", None, None),
    (
        "这只基金近一年同类排名前5%（数据来源：银河证券，截至2026年9月30日），过往业绩不代表未来表现",
        EQUITY_FUND,
        None,
    ),
    ("该系列往期产品表现不代表本期产品表现，本期收益以实际为准", BOND_R2, None),
    ("这只是R4中高风险，波动比债基大很多，请谨慎", {**EQUITY_FUND, "risk_level": "R4"}, None),
    ("结构性存款保本，收益在1.5%到2.6%之间浮动，最高收益不一定能拿到", STRUCTURED, None),
]

# Second batch, other wordings, written after the first passed.
SECOND_CLAIMS = [
    (("privacy.customer_pii",), "特别感谢周海燕周姐，刚才又追加了50万，支持我们直播间", None, None),
    (("privacy.customer_pii",), "马建平老师在咱们行有两百多万的定期，今天也来看直播了", None, None),
    (("privacy.customer_pii",), "恭喜黄志明先生，他去年买的那只基金现在账户里有六十多万了", None, None),
    (("privacy.customer_pii",), "郑淑芬阿姨，您留的号码是158-2222-3333对吧，稍后联系您", None, None),
    (("privacy.customer_pii",), "谢谢林国栋，林总刚下单一千万，今晚榜一！", None, None),
    (("suitability.assessment_bypass",), "测评里收入那栏往高了写，不然测不到C4", None, None),
    (
        ("suitability.assessment_bypass",),
        "大家做问卷的时候，不要按自己的真实情况，挑分数高的选项选",
        None,
        None,
    ),
    (("suitability.assessment_bypass",), "等级不够的，借家里人的账户买也是一样的", None, None),
    (("suitability.assessment_bypass",), "你测评做成保守型了？没事，用你爱人的身份再开个户下单", None, None),
    (("comparison.deposit_analogy",), "这个年金险说白了就是攒钱，跟在银行存定期一回事", WHOLE_LIFE, None),
    (("comparison.deposit_analogy",), "您就当是存了一笔定期，到期连本带息拿回来", BOND_R2, None),
    (("misleading.hidden_conditions",), "虽然写着90天持有期，但是不用等到期，想赎随时赎", BOND_R2, None),
    (("misleading.hidden_conditions",), "结构性存款也不锁死，中途想用钱随时能取出来", STRUCTURED, None),
    (("promise.capital_guarantee",), "这个产品没啥风险的，放心大胆买", BOND_R2, None),
    (("promise.capital_guarantee",), "风险几乎为零，比存银行还稳", EQUITY_FUND, None),
    (("endorsement.testimonial",), "连央视那位财经评论员都点名推荐过这只基金", EQUITY_FUND, None),
    (("endorsement.testimonial",), "有个很有名的私募大佬自己也在定投这只", EQUITY_FUND, None),
    (("performance.past_without_disclaimer",), "这只基金今年以来同类排名第3，业绩很能打", EQUITY_FUND, None),
    (("performance.past_without_disclaimer",), "过去三年排名一直在同类前10%", EQUITY_FUND, None),
    (
        ("performance.cherry_picked",),
        "同一位基金经理管的另一只产品今年收益32%，这只您放心",
        EQUITY_FUND,
        None,
    ),
    (("performance.cherry_picked",), "它的兄弟基金去年涨了28%，同一个团队管的", EQUITY_FUND, None),
]
SECOND_CLEAN = [
    ("感谢各位老客户，今晚认购已经超过500万了", None, None),
    ("王先生问起购多少，这款1万元起购，单笔上限100万", None, None),
    ("李女士您好，您的资产情况请登录手机银行查看，直播间不方便说", None, None),
    ("欢迎刘阿姨！您问的那款产品持有期是180天", None, None),
    ("测评结果以系统为准，请勿借用他人账户购买", None, None),
    ("有观众问能不能用家人的账户买，不可以，必须本人测评本人购买", None, None),
    ("年金险不等于存钱，提前退保可能拿不回全部保费", WHOLE_LIFE, None),
    ("结构性存款不能提前支取，中途用钱的话请选择活期或通知存款", STRUCTURED, None),
    ("没什么风险的产品是不存在的，这款也会有净值波动", BOND_R2, None),
    ("有分析师认为明年市场波动会加大，大家做好资产配置", EQUITY_FUND, None),
    (
        "过去三年同类排名前10%（来源：晨星，截至2026年6月30日）。基金过往业绩不预示未来表现。",
        EQUITY_FUND,
        None,
    ),
    ("同一位基金经理还管理另一只债券基金，风格不同，请分别看产品说明", EQUITY_FUND, None),
]


# Third batch, other wordings again, written after the second passed.
THIRD_CLAIMS = [
    (("privacy.customer_pii",), "给大家报个喜，徐丽娟大姐刚转进来120万，全部配了我们的稳健理财", None, None),
    (("privacy.customer_pii",), "罗志刚罗老板，名下三套房还有几百万存款，照样选择我们", None, None),
    (
        ("privacy.customer_pii",),
        "韩梅梅女士，您的手机尾号是5678吗？全号187 6543 5678，我核对一下",
        None,
        None,
    ),
    (("privacy.customer_pii",), "恭喜曹建军叔叔，他那笔八十万的理财今天到期了", None, None),
    (
        ("suitability.assessment_bypass",),
        "风评那几道题我给大家划重点：亏损能接受多少，一律选最大的那个",
        None,
        None,
    ),
    (("suitability.assessment_bypass",), "测评没过的私聊我，我远程帮你把问卷做了", None, None),
    (("suitability.assessment_bypass",), "您年纪大了测不到C4，拿您儿子的身份证开个户来买就行", None, None),
    (
        ("comparison.deposit_analogy",),
        "这种分红险您完全可以当一个存钱罐，存进去的钱一分不少",
        WHOLE_LIFE,
        None,
    ),
    (("comparison.deposit_analogy",), "买这个理财跟存三年定期差不多，就是收益更好", BOND_R2, None),
    (("misleading.hidden_conditions",), "这款封闭期一年，但是有特殊渠道，中途也能提前拿出来", BOND_R2, None),
    (
        ("misleading.hidden_conditions",),
        "91天结构性存款，不想放了跟我说一声，第二天就能到账",
        STRUCTURED,
        None,
    ),
    (("promise.capital_guarantee",), "这个产品风险约等于零，您闭着眼睛买都行", BOND_R2, None),
    (("promise.capital_guarantee",), "买这个没啥风险，最差也就是少赚点", EQUITY_FUND, None),
    (("endorsement.testimonial",), "某著名经济学家在节目里力荐过这只基金", EQUITY_FUND, None),
    (("endorsement.testimonial",), "财经网红老李自己也买了这只，还晒过持仓", EQUITY_FUND, None),
    (("performance.past_without_disclaimer",), "成立以来这只基金同类排名前3%，稳稳的头部", EQUITY_FUND, None),
    (("performance.past_without_disclaimer",), "去年这只在同类里排第2，今年也不差", EQUITY_FUND, None),
    (("performance.cherry_picked",), "同系列的2040去年涨了18%，您买2050这只也错不了", EQUITY_FUND, None),
    (("performance.cherry_picked",), "另一只同经理的产品今年涨了25%，这只肯定也跟得上", EQUITY_FUND, None),
]
THIRD_CLEAN = [
    ("恭喜今天下单的各位，一共认购了1200万，谢谢大家", None, None),
    ("有位姓王的客户问起购金额，这里统一回复：1万元起", None, None),
    ("感谢张**女士的认购（已隐去个人信息）", None, None),
    ("测评不是走过场，每道题都请按照自己的情况认真作答", None, None),
    ("您想买的这款超出了测评等级，我没法帮您操作，也请不要借用家人账户", None, None),
    ("分红险不是存钱罐，分红不确定，退保有损失", WHOLE_LIFE, None),
    ("持有期180天内不能赎回，请用半年内不用的闲钱", BOND_R2, None),
    ("风险约等于零的理财是不存在的，大家别信", BOND_R2, None),
    ("今晚请到的策略师只讲市场，不推荐具体基金", EQUITY_FUND, None),
    ("同类排名数据来源于第三方评价机构，过往排名不预示未来表现", EQUITY_FUND, None),
    ("同一基金经理管理的其他产品业绩不代表本基金业绩", EQUITY_FUND, None),
]


@pytest.mark.parametrize(("codes", "text", "product", "risk"), FIRST_CLAIMS + SECOND_CLAIMS + THIRD_CLAIMS)
def test_claim_is_reported(codes, text, product, risk):
    assert set(codes) <= _reported(text, product, risk)


@pytest.mark.parametrize(("text", "product", "risk"), FIRST_CLEAN + SECOND_CLEAN + THIRD_CLEAN)
def test_hard_negative_is_clean(text, product, risk):
    assert _reported(text, product, risk) == set()

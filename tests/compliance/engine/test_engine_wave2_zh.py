"""Chinese precision frames of the wave-2 session (helper zh), from the round-11 hard negatives and round 9. Every
sentence was written for this test, none taken from a corpus, and scored on the engine before the change it tests:
per category (named in the comments) hard negatives beside the violations that must still be caught. Clean rows
must have no block or review finding at all."""

import pytest

from compliance.engine import check


def _reported(text: str) -> set[str]:
    return {
        f.code
        for f in check(text, kind="chat", products=[], pack="cn", customer_risk=None)
        if f.severity in ("block", "review")
    }


# A claim quoted or reported from others and denied by the speaker (——没有这回事, 我没有说过, 我得说清楚); a quoted
# question answered yes is still the answer's claim. 8 of 10 right before the change.
QUOTED_AND_DENIED = [
    "弹幕里有人刷'稳赚不赔'——没有这回事，理财有风险，净值会波动。",
    "有网友留言说“这款肯定能翻倍”，这不是真的，请大家别信。",
    "有客户问我“是不是保证收益”，我的回答是：不是，业绩比较基准不是承诺。",
    "刚才有人说我讲过“保本保息”，我从来没说过，也不可能这么讲。",
    "评论区有人打“稳赚吗”，不是稳赚的，这款是R3，可能亏损。",
    "有观众问这款是不是国家兜底的——不是，登记备案不代表兜底。",
    "后台有人问'bb吗'，这里回答一下：不保本，有亏损本金的可能。",
]
QUOTED_AND_AFFIRMED = [
    ("promise.capital_guarantee", "有人问'保本吗'——保本，您放心，到期本金一分不少。"),
    ("promise.guaranteed_return", "有观众问“能不能稳赚”，我跟您说，稳赚，闭眼买就行。"),
]


@pytest.mark.parametrize("text", QUOTED_AND_DENIED)
def test_quoted_claim_denied_is_clean(text):
    assert _reported(text) == set()


@pytest.mark.parametrize(("code", "text"), QUOTED_AND_AFFIRMED)
def test_quoted_question_answered_yes_is_reported(code, text):
    assert code in _reported(text)


# An implication denied over a long clause (并不代表监管机构或者任何政府部门为这款产品的收益兜底); 5 of 7 right before.
IMPLICATION_DENIED = [
    "备案登记只是程序要求，并不代表监管机构或者任何政府部门为这款产品的收益兜底。",
    "产品在银行渠道销售，不意味着银行要对您的本金和收益作出保证。",
    "拿到了监管批文不等于国家给产品的本金做了担保。",
    "这期募集得快只是说明关注度高，不代表管理人对最终的收益有什么保证。",
    "过往几期都达到了基准上限，这也不意味着接下来这一期能稳赚不赔。",
    "国资背景不代表股东会替投资者的本金亏损来兜底。",
]
IMPLICATION_THEN_CLAIM = [
    ("promise.capital_guarantee", "这不代表什么风险，我们行对本金是百分百兜底的。"),
]


@pytest.mark.parametrize("text", IMPLICATION_DENIED)
def test_denied_implication_is_clean(text):
    assert _reported(text) == set()


@pytest.mark.parametrize(("code", "text"), IMPLICATION_THEN_CLAIM)
def test_claim_after_a_denied_implication_is_reported(code, text):
    assert code in _reported(text)


# A teaching text whose ordinal heads name categories of pitch (一是跟购买挂钩的赠品, 四是借政府背书), 投教 as a
# teaching marker; a sales pitch listing its points is still a pitch. 6 of 7 right before.
LESSON_HEADS = [
    "【合规培训】直播中常见的违规有几类：一是拿收益打包票，比如说“稳赚”；二是借监管背书，说产品经过国家认证；三是用送礼催单。以上都不能出现。",
    "【投教课堂】识别违规营销看三点。第一类，跟购买挂钩的返现和赠品；第二类，制造紧迫感；第三类，贬低同行。遇到请投诉。",
    "【内部培训｜红线】其一是承诺保本保收益，其二是夸大历史业绩，其三是冒用政府信用。这些说法一律禁止。",
    "【合规小课堂】这一讲讲三种踩线话术：一是借名人推荐；二是拿理财跟存款类比；三是诱导客户绕开风险测评。",
    "【投资者教育】骗子常用的套路：一是冒充客服要验证码；二是承诺内部额度高收益；三是让您转账到私人账户。",
]
PITCH_POINTS = [
    (
        "promise.guaranteed_return",
        "今天给大家讲讲这款产品的三个亮点：一是收益稳，保证年化4%；二是期限短；三是起购低。",
    ),
    ("inducement.urgency_pressure", "两点提醒：一是额度只剩最后几份了，手慢无；二是今天下单还送礼品。"),
]


@pytest.mark.parametrize("text", LESSON_HEADS)
def test_lesson_head_names_a_category(text):
    assert _reported(text) == set()


@pytest.mark.parametrize(("code", "text"), PITCH_POINTS)
def test_pitch_points_are_reported(code, text):
    assert code in _reported(text)


# A disclaimer, then a contrast that promises anyway: the disclaimer does not cover what follows 但/不过/可是; a
# belief others hold is still refuted (很多人会把它当成稳赚，这是误区). 5 of 7 right before.
PROMISE_AFTER_DISCLAIMER = [
    ("promise.guaranteed_return", "过往业绩不代表未来表现，不过这款我跟您保证，稳赚。"),
    ("promise.guaranteed_return", "历史数据不预示以后，但这期收益是有保障的，放心买。"),
    ("promise.capital_guarantee", "净值波动不意味着会亏，可是本金这块是保本的，到期全额拿回。"),
]
DISCLAIMER_THEN_FACT = [
    "过往业绩不代表未来表现，但这只基金的持仓和费率都公开透明，您可以自己查。",
    "历史收益不预示将来，不过业绩比较基准的测算方法写在说明书里。",
    "上一期达到基准上限，并不代表这一期也一定能达到，收益不作保证。",
    "过往收益不代表未来，可是很多人会把它当成稳赚，这是误区。",
]


@pytest.mark.parametrize(("code", "text"), PROMISE_AFTER_DISCLAIMER)
def test_promise_after_a_contrasted_disclaimer_is_reported(code, text):
    assert code in _reported(text)


@pytest.mark.parametrize("text", DISCLAIMER_THEN_FACT)
def test_disclaimer_then_fact_is_clean(text):
    assert _reported(text) == set()


# A client's account acknowledged, then singled out as one person's (个人的收益情况不代表这款产品未来的表现); told to sell,
# or with only the standard disclaimer, it is still a testimonial. 4 of 7 right before.
ACCOUNT_DISOWNED = [
    "直播间有位阿姨留言说她买这个系列赚了不少，感谢支持，但个人收益不代表产品今后的表现，请别据此下单。",
    "评论区有客户说之前买过挺满意，谢谢！不过每位客户买入时点不同，个别人的体验不能代表这款产品。",
    "有老客户在群里说去年这只赚了十几个点，这个只是他个人的情况，不能代表产品未来的收益。",
    "后台有客户反馈说买了以后收益不错，谢谢认可，但单个客户的结果说明不了产品以后怎么样。",
    "有位大叔说他买这款从来没亏过，感谢信任，不过个人经历不代表产品以后不会亏，风险还是有的。",
]
ACCOUNT_TOLD_TO_SELL = [
    ("endorsement.testimonial", "评论区有位老客户说她去年买这款赚了不少，大家可以放心跟着买。"),
    ("endorsement.testimonial", "我们有个老客户买了五十万，一年赚了两万多，他说这是他买过最省心的产品。"),
    ("endorsement.testimonial", "有客户说买这款一年赚了8%，大家跟着买准没错，过往业绩不代表产品未来表现。"),
]


@pytest.mark.parametrize("text", ACCOUNT_DISOWNED)
def test_client_account_disowned_is_clean(text):
    assert _reported(text) == set()


@pytest.mark.parametrize(("code", "text"), ACCOUNT_TOLD_TO_SELL)
def test_client_account_told_to_sell_is_reported(code, text):
    assert code in _reported(text)


# A principal-protected structured deposit's contractual floor and cap stated as they are (保底1.3%到最高2.6%, 收益区间
# 是年化1.3%-2.6%); the cap promised is still a promise. 5 of 7 right before.
GOLD_LINKED_DEPOSIT = {
    "code": "JX91",
    "name": "金穗91天挂钩黄金结构性存款",
    "type": "deposit",
    "risk_level": "R1",
    "benchmark_min": 1.3,
    "benchmark_max": 2.6,
    "principal_protected": True,
}
FLOOR_AND_CAP_STATED = [
    "这期结构性存款本金有保障，收益在保底1.3%到最高2.6%之间，具体看挂钩的金价。",
    "它的收益区间是年化1.3%-2.6%：金价落在区间内拿2.6%，落在区间外只有1.3%的保底。",
    "最差的情况是拿到1.3%的保底收益，最好是2.6%，中间取决于观察日的金价。",
    "保底利率1.3%是合同写明的，2.6%要满足挂钩条件才能拿到，不是一定的。",
    "本金受存款保险保障，年化收益1.3%至2.6%浮动，很多时候最后只拿到下限。",
]
CAP_PROMISED = [
    ("promise.guaranteed_return", "这期结构性存款保证能拿到2.6%，金价怎么走都不影响。"),
    ("promise.guaranteed_return", "放心，2.6%是稳稳到手的，保底都有1.3%，上限肯定能拿到。"),
]


def _reported_for_deposit(text: str) -> set[str]:
    return {
        f.code
        for f in check(text, kind="chat", products=[GOLD_LINKED_DEPOSIT], pack="cn", customer_risk=None)
        if f.severity in ("block", "review")
    }


@pytest.mark.parametrize("text", FLOOR_AND_CAP_STATED)
def test_protected_floor_and_cap_stated_is_clean(text):
    assert _reported_for_deposit(text) == set()


@pytest.mark.parametrize(("code", "text"), CAP_PROMISED)
def test_protected_cap_promised_is_reported(code, text):
    assert code in _reported_for_deposit(text)


# A window missed told as a redemption or liquidity warning (错过开放期想赎回就得再等半年，钱近期要用的话别买); with a
# push anywhere in its sentence it is urgency. 5 of 6 right before (the two rows with a push before 错过 came later).
LIQUIDITY_WARNING = [
    "这款是半年定开，错过这次开放期想赎回就得再等半年，钱近期要用的话别买。",
    "开放期只有三个工作日，错过了就只能等到下一个开放期才能申购或赎回，请提前规划资金。",
    "如果错过赎回窗口，资金要再锁定一个周期，所以买之前想清楚流动性。",
    "每季度开放一次，错过本次开放，下次要三个月以后，大家量力而行。",
]
WINDOW_PUSHED = [
    ("inducement.urgency_pressure", "开放期就剩最后两天，错过就要再等一年，赶紧上车！"),
    ("inducement.urgency_pressure", "名额有限，错过这期就只能等下一期了，抓紧下单。"),
    ("inducement.urgency_pressure", "申购赎回都在这一周，赶紧抢，错过就再等一年，想用钱也取不出。"),
    ("inducement.urgency_pressure", "错过这次开放期，想赎回都要再等一年，所以赶紧趁现在上车。"),
]


@pytest.mark.parametrize("text", LIQUIDITY_WARNING)
def test_missed_window_as_liquidity_warning_is_clean(text):
    assert _reported(text) == set()


@pytest.mark.parametrize(("code", "text"), WINDOW_PUSHED)
def test_missed_window_with_a_push_is_reported(code, text):
    assert code in _reported(text)


# 这类存款/此类存款 counts a kind of deposit (可以看看定期这类存款); 类存款 alone sells a product as deposit-like.
# 2 of 6 right before.
DEPOSIT_KIND_COUNTED = [
    "您如果只想保住本金，可以考虑国债、定期这类存款或者储蓄产品。",
    "大额存单那类存款受存款保险保障，和理财不一样。",
    "此类存款产品利率是固定的，理财是净值型的，两者不能混为一谈。",
    "您的测评是C1，这款R3不适合您，可以去柜台了解定期这一类存款。",
]
DEPOSIT_LIKE_SOLD = [
    ("comparison.deposit_analogy", "这款理财就是类存款产品，跟放定期差不多。"),
    ("comparison.deposit_analogy", "它属于类存款理财，本金稳，跟存银行一样。"),
]


@pytest.mark.parametrize("text", DEPOSIT_KIND_COUNTED)
def test_a_kind_of_deposit_is_not_an_analogy(text):
    assert _reported(text) == set()


@pytest.mark.parametrize(("code", "text"), DEPOSIT_LIKE_SOLD)
def test_deposit_like_product_is_reported(code, text):
    assert code in _reported(text)


# A viewer's own data seen and already taken down (场控已经帮您删掉了); asking for it with a promise to delete it later
# is still a request. 4 of 5 right before (two probes reading a viewer's data out were missed and are left open).
DATA_TAKEN_DOWN = [
    "刚看到有位观众把身份证号发在弹幕里了，场控已经帮您删掉了，大家不要在公屏发个人信息。",
    "有朋友把银行卡号打在评论区，我这边已经屏蔽了，账户问题请私信官方客服。",
    "看到有人在评论区留了手机号，已经隐藏，请大家保护好自己的隐私。",
    "有观众把自己的住址发出来了，管理员已经撤回，千万别这样做。",
]
DATA_REQUESTED = [
    ("privacy.customer_pii", "大家把身份证号发在评论区，我登记完就帮您删掉，放心。"),
]


@pytest.mark.parametrize("text", DATA_TAKEN_DOWN)
def test_viewer_data_taken_down_is_clean(text):
    assert _reported(text) == set()


@pytest.mark.parametrize(("code", "text"), DATA_REQUESTED)
def test_data_requested_is_reported(code, text):
    assert code in _reported(text)


# A holding period called a suggestion or a formality, or out whenever wanted (三年持有只是建议，不是强制的 / 想什么时候卖就
# 什么时候卖); the period stated, or another product's liquidity, is clean. 8 of 10 right before.
LOCKUP_DENIED = [
    ("misleading.hidden_conditions", "这只虽然叫一年持有期，其实随时想卖就卖，不受影响。"),
    ("misleading.hidden_conditions", "那个持有期只是建议，不是强制的，您中途取出来也可以。"),
    ("misleading.hidden_conditions", "封闭期就是个形式，真要用钱找我，随时都能赎。"),
    ("misleading.hidden_conditions", "六个月持有期不用管它，什么时候想卖就什么时候卖。"),
    ("misleading.hidden_conditions", "这款名字里是写了两年持有，其实想什么时候取就什么时候取。"),
    ("misleading.hidden_conditions", "三年封闭只是个建议，不强制，中途赎回也行。"),
]
LOCKUP_STATED = [
    "这只是一年持有期，每笔份额要持有满一年才能卖，中途不能赎回。",
    "持有期是强制的，不是建议，到期前没办法卖出，请确认资金用不上再买。",
    "很多人以为持有期只是建议，其实是硬性规定，满期前不能赎回。",
    "持有期内中途赎不了，想什么时候取就什么时候取的那是活期，不是这款。",
]


@pytest.mark.parametrize(("code", "text"), LOCKUP_DENIED)
def test_holding_period_denied_is_reported(code, text):
    assert code in _reported(text)


@pytest.mark.parametrize("text", LOCKUP_STATED)
def test_holding_period_stated_is_clean(text):
    assert _reported(text) == set()


# A figure vouched for with 包 (年化百分之三点二，包你到手); nobody able to vouch for it is clean. 1 of 5 right before
# (a benchmark with 不包收益 and 实际可能更低 still draws a missing-disclaimer finding: left open).
FIGURE_VOUCHED = [
    ("promise.guaranteed_return", "这款年化百分之三点二，包你到手。"),
    ("promise.guaranteed_return", "三个点的收益包您拿到，少一分我负责。"),
    ("promise.guaranteed_return", "到期3.1%，我包你能拿到。"),
]
FIGURE_NOT_VOUCHED = [
    "年化3%左右是基准，谁也不能包你到手，请理性看待。",
]


@pytest.mark.parametrize(("code", "text"), FIGURE_VOUCHED)
def test_figure_vouched_for_is_reported(code, text):
    assert code in _reported(text)


@pytest.mark.parametrize("text", FIGURE_NOT_VOUCHED)
def test_figure_nobody_vouches_for_is_clean(text):
    assert _reported(text) == set()


# A quoted question without a question mark (有位观众发“能稳赚么”); the answer given outside it is still the speaker's.
# 3 of 4 right before.
QUOTED_QUESTIONS = [
    "弹幕有人打'保本吗'，这里统一回复：不保本，R3产品净值会波动。",
    "有位观众发“能稳赚么”，理财没有稳赚的，大家理性看待。",
    "看到有人问'bb吗'，意思是保不保本：这款不保本。",
]


@pytest.mark.parametrize("text", QUOTED_QUESTIONS)
def test_quoted_question_is_clean(text):
    assert _reported(text) == set()


def test_answer_after_a_quoted_question_is_reported():
    assert "promise.capital_guarantee" in _reported("有人打'保本吗'，我回答：保本，放心买。")

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

"""Chinese claim classes of the twelfth layer (packs/meaning_zh12.yaml and the figure and frame code it relies on):
calls to buy said to a customer whose tolerance is below the product's level, in the many ways an RM says them
(推荐 to the room, 先帮您把预约单提交, 跟一点, 拿着没问题, 我的建议是拿出两成放这款); coaching the risk questionnaire
towards a level (选5年以上就到C4了, 往中间的选项挪一挪, 测评我替她做, 没人会核实); and the hard negatives a bank
says every day that the engine over-reported: a deposit's principal said to be untouched, a deposit's contractual
rate read as past performance, banned phrases quoted in order to be refused (这类话我们不会讲), a policy said not
to guarantee any product, a training scenario closed by 这类…不得.

Every sentence was written for this test from rules.md §2.8-2.9, §5 and knowledge of how bank RMs talk, none taken
from a corpus, and each batch was written before the engine was run on it. Violating rows must carry their codes;
clean rows must get no block or review finding. First-try rates (violating rows caught with every code / clean rows
passed), each batch scored before its own grammars were written:

* batch 1 (calls to buy, questionnaire coaching, hard negatives), engine at the start of the session: 5/16 violating
  (31 %), 8/12 clean (the four false positives: a deposit's principal untouched, a deposit's agreed rate, quoted
  phrases refused with 这类话…不会讲, a training scenario closed by 这类…不得);
* batch 2 (principal untouched, rhetorical no-loss, authority testimonials, market-year forecasts, the lock-up
  waived, unsourced ranks, a card number in groups): 4/7 violating, 5/5 clean (the card-number grammar had been
  widened just before this batch was written, so its row is not a first try).
"""

import pytest

from tests.compliance.engine.probes import reported_codes

WMP_R3 = {
    "code": "JL270",
    "name": "景澜270天封闭式固收增强理财",
    "type": "wmp",
    "risk_level": "R3",
    "benchmark_min": 3.1,
    "benchmark_max": 4.3,
    "principal_protected": False,
}
FUND_R4 = {
    "code": "016802",
    "name": "远澄先进制造混合型基金A",
    "type": "fund",
    "risk_level": "R4",
    "benchmark_min": None,
    "benchmark_max": None,
    "principal_protected": False,
}
WMP_R2 = {
    "code": "QH60",
    "name": "青禾60天持有期纯债理财",
    "type": "wmp",
    "risk_level": "R2",
    "benchmark_min": 2.4,
    "benchmark_max": 3.1,
    "principal_protected": False,
}
DEPOSIT = {
    "code": "DE3Y",
    "name": "三年期大额存单",
    "type": "deposit",
    "risk_level": "R1",
    "benchmark_min": 1.75,
    "benchmark_max": 1.75,
    "principal_protected": True,
}
STRUCTURED = {
    "code": "JG91",
    "name": "黄金挂钩两层区间结构性存款（91天）",
    "type": "deposit",
    "risk_level": "R1",
    "benchmark_min": 1.1,
    "benchmark_max": 2.4,
    "principal_protected": True,
}

SUIT = "suitability.product_above_customer_risk"
BYPASS = "suitability.assessment_bypass"

# (text, product, customer risk, expected codes, kind)
ROWS = [
    # -- batch 1: calls to buy to a customer below the product's level --------------------------------------------
    (
        "今天给大家重点推荐景澜270天，封闭期九个月，理财非存款、产品有风险、投资须谨慎。",
        WMP_R3,
        "C2",
        {SUIT},
        "chat",
    ),
    ("我还是想跟各位推荐一下景澜270天这款。", WMP_R3, "C2", {SUIT}, "chat"),
    ("您C2买景澜其实也没问题，仓位轻一点就行。", WMP_R3, "C2", {SUIT}, "chat"),
    ("那我先帮您把景澜的预约单提交了，额度先占上。", WMP_R3, "C2", {SUIT}, "chat"),
    ("远澄这只您也可以跟一点，别多。", FUND_R4, "C3", {SUIT}, "chat"),
    (
        "稳健型的朋友拿着远澄完全没问题，波动没大家想的那么大。",
        FUND_R4,
        "C3",
        {SUIT, "claim.risk_level_mismatch"},
        "chat",
    ),
    ("我的建议是，把闲钱拿出两成放远澄，剩下的继续放存款。", FUND_R4, "C3", {SUIT}, "chat"),
    ("您这个情况，我建议配一部分景澜，半年后再看。", WMP_R3, "C2", {SUIT}, "chat"),
    ("景澜这期我给您留了五万的额度，您看下午几点方便转进来？", WMP_R3, "C2", {SUIT}, "chat"),
    ("您要是想上车景澜，我这边随时帮您操作。", WMP_R3, "C1", {SUIT}, "chat"),
    # -- batch 1: coaching the questionnaire towards a level ------------------------------------------------------
    (
        "风险测评第三题您勾“十年以上投资经验”，第八题选“可承受30%以上亏损”，出来就是C4了。",
        None,
        None,
        {BYPASS},
        "chat",
    ),
    ("重新测的时候年收入那栏填高一点，应该就能到C3。", None, None, {BYPASS}, "chat"),
    ("测评那几道题往激进的选项靠一靠，等级自然就上来了。", None, None, {BYPASS}, "chat"),
    ("您父亲的测评我替他做就行，题目我都熟。", None, None, {BYPASS}, "chat"),
    ("问卷里的收入和资产没有人会去核实，您按能买这只的标准填。", None, None, {BYPASS}, "chat"),
    ("答题的时候把对亏损的态度往上调一档，就能买R4了。", None, None, {BYPASS}, "chat"),
    # -- batch 1: hard negatives ---------------------------------------------------------------------------------
    ("景澜是R3，您现在是C2，超出了您的风险承受能力，这款我不能给您推荐。", WMP_R3, "C2", set(), "chat"),
    ("测评请按真实情况填，等级是多少就买多少等级以内的产品，这是保护您自己。", None, None, set(), "chat"),
    ("有客户问能不能帮忙做测评，不行的，测评必须本人在手机银行完成。", None, None, set(), "chat"),
    ("大额存单提前支取的话，已存的部分按活期算利息，本金不受影响。", DEPOSIT, None, set(), "chat"),
    ("三年期大额存单年利率1.75%，合同期内固定不变，到期一次性还本付息。", DEPOSIT, None, set(), "chat"),
    (
        "这款结构性存款属于存款，本金纳入存款保险保障范围；金价落在区间内按2.40%计息，落在区间外按1.10%计息，"
        "1.10%是合同约定的保底收益率。结构性存款不同于普通存款，具有投资风险。",
        STRUCTURED,
        None,
        set(),
        "script",
    ),
    ("“稳赚不赔”“国家兜底”这类话我们直播间不会讲，产品好不好要看它的投向和风险。", None, None, set(), "chat"),
    ("'央行兜底''零风险'这种说法，大家听到了就要警惕。", None, None, set(), "chat"),
    (
        "个人养老金是国家层面的制度安排，但制度本身不为任何一款产品的收益或本金作担保，产品登记也不代表监管对它作出保证。",
        None,
        None,
        set(),
        "script",
    ),
    (
        "【新员工直播上岗培训】下面是检查中发现过的违规场景，请大家对照自查。场景一：主播转述某专家、某明星的推荐来带货。"
        "这类证言和推荐不得用于营销。场景二：主播让客户加私人微信。所有沟通必须走官方渠道。",
        None,
        None,
        set(),
        "script",
    ),
    (
        "您是C4，远澄是R4，在您的适配范围内；买之前请先看一下产品说明书里的风险揭示。",
        FUND_R4,
        "C4",
        set(),
        "chat",
    ),
    ("C2的朋友可以看看青禾60天，R2等级，在您的承受范围内。", WMP_R2, "C2", set(), "chat"),
    # -- batch 2: principal said untouched, rhetorical no-loss, authority testimonials, market-year forecasts,
    # the lock-up waived by the RM, unsourced ranks, a card number in groups --------------------------------------
    (
        "青禾这款您放心，本金不会动，波动的只是那一点收益。",
        WMP_R2,
        None,
        {"promise.capital_guarantee"},
        "chat",
    ),
    ("您翻翻它的净值曲线，你见过它哪个月亏过？", WMP_R2, None, {"promise.capital_guarantee"}, "chat"),
    ("我们分行的老行长自己都买了远澄，跟着买准没错。", FUND_R4, None, {"endorsement.testimonial"}, "chat"),
    (
        "好几位券商首席都讲了，明年是科技股的大年，现在布局正当时。",
        FUND_R4,
        None,
        {"performance.prediction", "endorsement.testimonial"},
        "chat",
    ),
    (
        "景澜虽然封闭270天，真要用钱您找我走特殊赎回就行。",
        WMP_R3,
        None,
        {"misleading.hidden_conditions"},
        "chat",
    ),
    ("青禾在同类纯债理财里一直排得很靠前。", WMP_R2, None, {"superlative.absolute_term"}, "chat"),
    (
        "@赵先生 您发的卡号6222 0210 0123 4567我已经记下了，稍后帮您查。",
        None,
        None,
        {"privacy.customer_pii"},
        "chat",
    ),
    # -- batch 2: hard negatives ---------------------------------------------------------------------------------
    ("景澜封闭期内不能赎回，也没有什么特殊赎回通道，用钱的话请提前规划。", WMP_R3, None, set(), "chat"),
    ("净值型产品都会有回撤，青禾过去也有过单月下跌，买之前要有心理准备。", WMP_R2, None, set(), "chat"),
    (
        "根据银河证券的数据，截至6月末青禾的近一年收益在同类产品中排名前30%，过往业绩不代表未来表现。",
        WMP_R2,
        None,
        set(),
        "chat",
    ),
    (
        "有位观众问明年是不是大年，我们不对市场走势做预测，配置还是看自己的风险承受能力。",
        None,
        None,
        set(),
        "chat",
    ),
    ("请不要在评论区发卡号，比如6222开头那一串，发了也请马上删掉。", None, None, set(), "chat"),
]


@pytest.mark.parametrize(("text", "product", "customer", "codes", "kind"), [r for r in ROWS if r[3]])
def test_violating_probe_carries_its_codes(text, product, customer, codes, kind):
    assert codes <= reported_codes(text, product, customer, kind)


@pytest.mark.parametrize(("text", "product", "customer", "codes", "kind"), [r for r in ROWS if not r[3]])
def test_clean_probe_has_no_finding(text, product, customer, codes, kind):
    assert reported_codes(text, product, customer, kind) == set()

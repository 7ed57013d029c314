"""Product-aware facts of round 14 (detectors.py, figures.py): a product named, coded or priced otherwise than the
attached product's facts, and the figure codes that depend on those facts. Every sentence was written for this test
from rules.md §2.16 and §3 and how bank RMs talk, none taken from a corpus, with invented products; each batch was
scored before the code it tests was written. Violating rows must carry their codes; clean rows (the correct name,
its abbreviations, the correct rate, floor and cap, a sibling named beside the product) must get no block or review
finding.

First try (violating rows caught with every code / clean rows passed), engine at the start of the session:

* batch 1 (claim.product_fact_mismatch: a distinguishing word or a number of the name changed, a ticker next to the
  name, a deposit's rate, a range bound, a structured deposit's floor or cap): 1/13 violating, 16/16 clean.
* batch 2 (a forward figure in a forecast sentence above the max, a structured deposit's upper figure or cap said to
  be certain, a past dividend series, every past issue at the cap): 2/11 violating, 4/5 clean (85% of a portfolio read as a yield above the max).
* batch 3 (new wordings of every category above, and a lock-up denied), after batches 1-2's code: 12/19 violating,
  9/9 clean.
* batch 4 (mostly hard negatives: a spelled-out variant of the name, a share class, a sibling of another asset
  class, a matured issue, a date beside the name, another rate, the floor beside a past index move), after batch
  3's code: 5/5 violating, 7/10 clean. Misses: a sibling fund of another asset class read as a misnamed product, the
  floor read as a past figure beside "last quarter"; one clean row used 首只 (a superlative by rules.md §2.17) and was
  reworded, so it is not a first try.
* batch 5 (short windows, a sibling's and a client's figure, certainty idioms for a figure: 囊中之物, 按3.2%算利息,
  you have my word, as reliable as a paycheck), after batch 4's code: 6/12 violating, 4/4 clean. One row expected
  cherry_picked for a single client's gain, which the labelling conventions treat as a testimonial with a past
  figure; its expectation was changed to those codes (not a first try).
* batch 6 (new wordings of the categories the round-14 dev misses showed: short or single windows, dividends every
  year for sure, holding as waiting to collect, past terms), written after their code: 5/7 violating, 3/3 clean.
* batch 7 (rules.md §2.15 and §2.2 category by category: a quarter's 区间年化, the best of a series, a star product,
  a client's year, our top performer, a week annualized; floors said of what the customer gets, locked in, dividends
  guaranteed, 有把握, worst case), before its code: 10/12 violating, 2/2 clean. Both misses were left: the dev
  labels read 有把握 as a forecast (its expectation was changed to prediction) and 一年下来 as either a past year or a
  year ahead; that row (买得最早的那位客户，一年下来收益率有4.5%, read as a figure above the max and no testimonial)
  was taken out and is left as known.
"""

import pytest

from compliance.engine import check

PFM = "claim.product_fact_mismatch"
EXCEEDS = "claim.yield_exceeds_benchmark"
PRED = "performance.prediction"
GUAR = "promise.guaranteed_return"
PAST = "performance.past_without_disclaimer"
CHERRY = "performance.cherry_picked"

EN_FUND = {
    "code": "ALIBX",
    "name": "Alder Intermediate Bond Fund",
    "type": "fund",
    "risk_level": "R2",
    "benchmark_min": None,
    "benchmark_max": None,
    "principal_protected": False,
}
EN_TARGET = {
    "code": "BTR50",
    "name": "Birchwood Target Retirement 2050 Fund",
    "type": "fund",
    "risk_level": "R3",
    "benchmark_min": None,
    "benchmark_max": None,
    "principal_protected": False,
}
EN_CD = {
    "code": "CD24M",
    "name": "24-Month Certificate of Deposit",
    "type": "deposit",
    "risk_level": "R1",
    "benchmark_min": 4.1,
    "benchmark_max": 4.1,
    "principal_protected": True,
}
EN_MLCD = {
    "code": "GMLCD5",
    "name": "Granite Market-Linked CD 5-Year",
    "type": "deposit",
    "risk_level": "R2",
    "benchmark_min": 0.5,
    "benchmark_max": 6.5,
    "principal_protected": True,
}
EN_WMP = {
    "code": "JSI180",
    "name": "Juniper Steady Income 180D",
    "type": "wmp",
    "risk_level": "R2",
    "benchmark_min": 2.9,
    "benchmark_max": 3.8,
    "principal_protected": False,
}
EN_INS = {
    "code": "OWL30",
    "name": "Oakmont Participating Whole Life",
    "type": "insurance",
    "risk_level": "R2",
    "benchmark_min": None,
    "benchmark_max": None,
    "principal_protected": False,
}
ZH_FOF = {
    "code": "021345",
    "name": "澜石养老目标日期2045五年持有期混合型FOF",
    "type": "fund",
    "risk_level": "R3",
    "benchmark_min": None,
    "benchmark_max": None,
    "principal_protected": False,
}
ZH_CD = {
    "code": "DE2Y2605",
    "name": "两年期大额存单（2026第5期）",
    "type": "deposit",
    "risk_level": "R1",
    "benchmark_min": 1.65,
    "benchmark_max": 1.65,
    "principal_protected": True,
}
ZH_SD = {
    "code": "SD182HS",
    "name": "挂钩沪深300鲨鱼鳍结构性存款（182天）",
    "type": "deposit",
    "risk_level": "R1",
    "benchmark_min": 1.1,
    "benchmark_max": 3.2,
    "principal_protected": True,
}
ZH_WMP = {
    "code": "LSWL180",
    "name": "岚山稳利180天持有期固收理财",
    "type": "wmp",
    "risk_level": "R2",
    "benchmark_min": 2.5,
    "benchmark_max": 3.3,
    "principal_protected": False,
}
ZH_BOND = {
    "code": "015566",
    "name": "澄川短债债券型证券投资基金A",
    "type": "fund",
    "risk_level": "R2",
    "benchmark_min": None,
    "benchmark_max": None,
    "principal_protected": False,
}

EN_LEGEND = " It is rated R2. It is not a deposit, not FDIC insured, not bank guaranteed, and may lose value."
EN_LEGEND3 = (
    " It is rated R3. It is not a deposit, not FDIC insured, not bank guaranteed, and may lose value."
)
ZH_FUND_LEGEND = "风险等级R3。基金有风险，投资须谨慎。"
ZH_BOND_LEGEND = "风险等级R2。基金有风险，投资须谨慎。"

# (text, product, codes, kind, pack)
BATCH_1 = [
    (
        "Tonight we're looking at the Alder Short-Term Bond Fund, a core holding for cautious savers."
        + EN_LEGEND,
        EN_FUND,
        {PFM},
        "script",
        "us",
    ),
    (
        "Birchwood Target Retirement 2055 Fund | Risk level: R3 | Glides from stocks to bonds as the year nears | "
        "Not a deposit · Not FDIC insured · May lose value",
        EN_TARGET,
        {PFM},
        "product_card",
        "us",
    ),
    (
        "Alder Intermediate Bond Fund (ALIBF) | Risk rating: R2 | Not FDIC insured · No bank guarantee · May lose value",
        EN_FUND,
        {PFM},
        "product_card",
        "us",
    ),
    ("The 24-month CD is paying 3.95% APY right now.", EN_CD, {PFM}, "chat", "us"),
    (
        "The Granite Market-Linked CD has a floor of 0.5% a year and the upside is capped at 6.0% a year.",
        EN_MLCD,
        {PFM},
        "chat",
        "us",
    ),
    (
        "Granite Market-Linked CD 5-Year | Interest: 1.0%–6.5% a year, linked to the index | FDIC insured up to "
        "applicable limits",
        EN_MLCD,
        {PFM},
        "product_card",
        "us",
    ),
    (
        "今天给大家介绍澜石养老目标日期2040五年持有期混合型FOF，适合二十年左右退休的朋友。" + ZH_FUND_LEGEND,
        ZH_FOF,
        {PFM},
        "script",
        "cn",
    ),
    (
        "两年期大额存单（2026第5期）｜年利率1.55%｜20万元起存｜纳入存款保险保障范围",
        ZH_CD,
        {PFM},
        "product_card",
        "cn",
    ),
    (
        "这款挂钩沪深300的鲨鱼鳍结构性存款本金到期全额返还，收益区间为年化1.3%-3.2%。结构性存款不同于一般性存款，具有投资风险。",
        ZH_SD,
        {PFM},
        "script",
        "cn",
    ),
    ("这期大额存单年利率是1.55%，到期一次还本付息。", ZH_CD, {PFM}, "chat", "cn"),
    (
        "今天讲澄川中短债债券型证券投资基金A，主要投资剩余期限较短的债券。" + ZH_BOND_LEGEND,
        ZH_BOND,
        {PFM},
        "script",
        "cn",
    ),
    ("鲨鱼鳍这款保底年化1.0%，最高3.2%，沪深300涨得越多拿得越多，封顶为止。", ZH_SD, {PFM}, "chat", "cn"),
    ("Granite's contract floor is 0.75% a year, so that part is certain.", EN_MLCD, {PFM}, "chat", "us"),
    # clean: the correct name, its abbreviations, a sibling beside the product, correct rates, floors and caps
    ("Tonight's fund is the Alder Intermediate Bond Fund." + EN_LEGEND, EN_FUND, set(), "script", "us"),
    (
        "Tonight: Alder Intermediate, and why the Alder Bond Fund sits where it does on the curve."
        + EN_LEGEND,
        EN_FUND,
        set(),
        "script",
        "us",
    ),
    (
        "Alder Intermediate Bond Fund (ALIBX) | Risk rating: R2 | Not FDIC insured · No bank guarantee · May lose value",
        EN_FUND,
        set(),
        "product_card",
        "us",
    ),
    (
        "Alder also runs a Short-Term Bond Fund for money you need sooner; tonight it's the Alder Intermediate Bond Fund."
        + EN_LEGEND,
        EN_FUND,
        set(),
        "script",
        "us",
    ),
    (
        "If you need the money within a year, the Alder Short-Term Bond Fund may fit better than this one.",
        EN_FUND,
        set(),
        "chat",
        "us",
    ),
    ("The 24-month CD is paying 4.10% APY, fixed for the full term.", EN_CD, set(), "chat", "us"),
    ("Most savings accounts pay around 0.5%, while this CD pays 4.10% APY.", EN_CD, set(), "chat", "us"),
    (
        "The Granite Market-Linked CD has a floor of 0.5% a year and the upside is capped at 6.5% a year.",
        EN_MLCD,
        set(),
        "chat",
        "us",
    ),
    (
        "Birchwood Target Retirement 2050 Fund | Risk level: R3 | For savers retiring around 2050 | "
        "Not a deposit · Not FDIC insured · May lose value",
        EN_TARGET,
        set(),
        "product_card",
        "us",
    ),
    (
        "今天给大家介绍澜石养老目标日期2045五年持有期混合型FOF，适合2045年前后退休的朋友。" + ZH_FUND_LEGEND,
        ZH_FOF,
        set(),
        "script",
        "cn",
    ),
    ("澜石养老2045这只FOF，每笔申购要持有满五年。" + ZH_FUND_LEGEND, ZH_FOF, set(), "script", "cn"),
    (
        "两年期大额存单（2026第5期）｜年利率1.65%｜20万元起存｜纳入存款保险保障范围",
        ZH_CD,
        set(),
        "product_card",
        "cn",
    ),
    (
        "两年期大额存单（2026第4期）已经售罄，今天发售的是两年期大额存单（2026第5期），年利率1.65%。",
        ZH_CD,
        set(),
        "chat",
        "cn",
    ),
    (
        "这款挂钩沪深300的鲨鱼鳍结构性存款本金到期全额返还，收益区间为年化1.1%-3.2%。结构性存款不同于一般性存款，具有投资风险。",
        ZH_SD,
        set(),
        "script",
        "cn",
    ),
    ("鲨鱼鳍这款保底年化1.1%，最高3.2%，具体拿多少看沪深300的表现。", ZH_SD, set(), "chat", "cn"),
    ("今天讲澄川短债，主要投资剩余期限较短的债券。" + ZH_BOND_LEGEND, ZH_BOND, set(), "script", "cn"),
]

BATCH_2 = [
    ("岚山稳利今年债市行情不错，我看能冲到3.6%。", ZH_WMP, {PRED, EXCEEDS}, "chat", "cn"),
    ("照这个行情，岚山稳利摸到3.5%也不奇怪。", ZH_WMP, {PRED, EXCEEDS}, "chat", "cn"),
    ("Honestly I'd pencil Juniper in for about 4.1% this term.", EN_WMP, {PRED, EXCEEDS}, "chat", "us"),
    (
        "Juniper's got room to run this term — I'm calling four point two percent.",
        EN_WMP,
        {PRED, EXCEEDS},
        "chat",
        "us",
    ),
    ("It's paying 4.30% — nobody in town beats that.", EN_CD, {EXCEEDS}, "chat", "us"),
    ("鲨鱼鳍这款到期稳拿3.2%，沪深300怎么走都一样。", ZH_SD, {GUAR}, "chat", "cn"),
    ("这款结构性存款保本还保3.2%，闭眼买。", ZH_SD, {GUAR}, "chat", "cn"),
    ("With Granite you're locking in 6.5% a year, whatever the index does.", EN_MLCD, {GUAR}, "chat", "us"),
    ("Oakmont's dividend has been 4.6% every year since 2014.", EN_INS, {PAST}, "chat", "us"),
    ("岚山稳利往期每一期都做到了3.3%的上限。", ZH_WMP, {CHERRY, PAST}, "chat", "cn"),
    ("Every Juniper term so far has finished at the top of its benchmark.", EN_WMP, {CHERRY}, "chat", "us"),
    # clean
    ("鲨鱼鳍这款保本，保底年化1.1%，到期最少也有1.1%。", ZH_SD, set(), "chat", "cn"),
    (
        "Granite's floor of 0.5% a year is set by the contract; anything above it depends on the index.",
        EN_MLCD,
        set(),
        "chat",
        "us",
    ),
    ("It's paying 4.10% APY, and the rate is fixed for the term.", EN_CD, set(), "chat", "us"),
    ("The portfolio keeps about 85% in bonds and the rest in cash.", EN_WMP, set(), "chat", "us"),
    ("组合大约85%放在利率债和信用债，剩下的是现金。", ZH_WMP, set(), "chat", "cn"),
]

HIDDEN = "misleading.hidden_conditions"

BATCH_3 = [
    (
        "Quick recap for late joiners: the Birchwood Retirement 2060 is tonight's fund." + EN_LEGEND3,
        EN_TARGET,
        {PFM},
        "script",
        "us",
    ),
    (
        "The Alder Long-Term Bond Fund is what we're discussing tonight." + EN_LEGEND,
        EN_FUND,
        {PFM},
        "script",
        "us",
    ),
    (
        "Juniper Steady Income 90D | Risk level: R2 | Benchmark 2.9%–3.8% a year, not a forecast or promise | "
        "Not FDIC insured · May lose value",
        EN_WMP,
        {PFM},
        "product_card",
        "us",
    ),
    ("澜石养老2050这只FOF，越接近目标年份权益仓位越低。" + ZH_FUND_LEGEND, ZH_FOF, {PFM}, "script", "cn"),
    (
        "两年期大额存单（2026第6期）｜年利率1.65%｜20万元起存｜纳入存款保险保障范围",
        ZH_CD,
        {PFM},
        "product_card",
        "cn",
    ),
    ("这期大额存单利率是百分之一点六，到期还本付息。", ZH_CD, {PFM}, "chat", "cn"),
    ("The 24-month CD yields 4.0% APY if you hold it to maturity.", EN_CD, {PFM}, "chat", "us"),
    ("鲨鱼鳍这款收益在年化1.1%到3.0%之间，看沪深300的表现。", ZH_SD, {PFM}, "chat", "cn"),
    ("Granite pays between 0.5% and 6.0% a year depending on the index.", EN_MLCD, {PFM}, "chat", "us"),
    ("这期大额存单年利率1.7%，比上期还高。", ZH_CD, {EXCEEDS}, "chat", "cn"),
    ("岚山稳利随时可以赎回，急用钱当天就能到账。", ZH_WMP, {HIDDEN}, "chat", "cn"),
    (
        "You can pull your money out of Juniper any day you like, no questions asked.",
        EN_WMP,
        {HIDDEN},
        "chat",
        "us",
    ),
    ("鲨鱼鳍到期稳稳拿3.0%，大家放心。", ZH_SD, {GUAR}, "chat", "cn"),
    ("Granite will pay you 5% a year, guaranteed.", EN_MLCD, {GUAR}, "chat", "us"),
    ("我估摸着岚山稳利这期到3.5%没啥问题。", ZH_WMP, {PRED, EXCEEDS}, "chat", "cn"),
    ("Juniper should do four and a half this term.", EN_WMP, {PRED, EXCEEDS}, "chat", "us"),
    ("Oakmont has paid a 5% dividend for twelve years in a row.", EN_INS, {PAST}, "chat", "us"),
    ("岚山稳利最好的一期年化做到了3.9%。", ZH_WMP, {CHERRY, PAST}, "chat", "cn"),
    ("Juniper's best term paid 4.4%.", EN_WMP, {CHERRY, PAST}, "chat", "us"),
    # clean
    (
        "澜石养老2045，适合2045年前后退休的朋友，越接近目标年份越偏向债券。" + ZH_FUND_LEGEND,
        ZH_FOF,
        set(),
        "script",
        "cn",
    ),
    ("两年期大额存单（2026第5期）年利率1.65%，20万元起存。", ZH_CD, set(), "chat", "cn"),
    ("鲨鱼鳍这款收益在年化1.1%到3.2%之间，具体看沪深300的表现。", ZH_SD, set(), "chat", "cn"),
    (
        "Juniper is a 180-day holding-period product; you can redeem after each period ends.",
        EN_WMP,
        set(),
        "chat",
        "us",
    ),
    (
        "Oakmont's dividends are not guaranteed, and past dividends don't guarantee future ones.",
        EN_INS,
        set(),
        "chat",
        "us",
    ),
    (
        "Alder Intermediate Bond Fund versus the Alder Short-Term Bond Fund: the short-term one moves less with rates.",
        EN_FUND,
        set(),
        "chat",
        "us",
    ),
    ("If the index ends below where it started, Granite pays the 0.5% floor.", EN_MLCD, set(), "chat", "us"),
    ("鲨鱼鳍到期最低拿1.1%，这是合同写明的保底。", ZH_SD, set(), "chat", "cn"),
    (
        "The Birchwood 2050 fund gets more conservative as 2050 approaches." + EN_LEGEND3,
        EN_TARGET,
        set(),
        "script",
        "us",
    ),
]

BATCH_4 = [
    (
        "Just to be clear, tonight's product is the Alder Intermediate-Term Bond Fund." + EN_LEGEND,
        EN_FUND,
        set(),
        "script",
        "us",
    ),
    (
        "Alder Intermediate Bond Fund Class I | Risk rating: R2 | Not FDIC insured · No bank guarantee · May lose value",
        EN_FUND,
        set(),
        "product_card",
        "us",
    ),
    (
        "The Alder Global Equity Fund is a different animal; tonight is about bonds." + EN_LEGEND,
        EN_FUND,
        set(),
        "script",
        "us",
    ),
    ("两年期大额存单（2026第4期）已经到期兑付了，大家留意资金到账。", ZH_CD, set(), "chat", "cn"),
    ("澜石养老目标日期系列将于2026年迎来成立三周年。" + ZH_FUND_LEGEND, ZH_FOF, set(), "script", "cn"),
    ("大额存单提前支取按活期利率0.2%计息，这期年利率1.65%。", ZH_CD, set(), "chat", "cn"),
    (
        "The index fell 8% last quarter, but Granite's 0.5% floor still applies at maturity.",
        EN_MLCD,
        set(),
        "chat",
        "us",
    ),
    ("鲨鱼鳍这款收益上限3.2%，下限1.1%，沪深300涨太多会敲出。", ZH_SD, set(), "chat", "cn"),
    (
        "Juniper's benchmark is 2.9% to 3.8% a year; it's a yardstick, not a promise.",
        EN_WMP,
        set(),
        "chat",
        "us",
    ),
    (
        "Oakmont's dividend scale this year is 4.6%, and dividends are not guaranteed.",
        EN_INS,
        set(),
        "chat",
        "us",
    ),
    # violating, new wordings
    (
        "Alder Intermediate Municipal Bond Fund | Risk rating: R2 | Not FDIC insured · No bank guarantee · May lose "
        "value",
        EN_FUND,
        {PFM},
        "product_card",
        "us",
    ),
    ("鲨鱼鳍这款封顶是年化3.0%，保底1.1%。", ZH_SD, {PFM}, "chat", "cn"),
    ("The 24-month CD's rate is 3.9%, locked for two years.", EN_CD, {PFM}, "chat", "us"),
    ("岚山稳利过去六期全部拿满3.3%，没有一期掉链子。", ZH_WMP, {CHERRY, PAST}, "chat", "cn"),
    ("Granite's upside is capped at 7% a year.", EN_MLCD, {EXCEEDS}, "chat", "us"),
]

BATCH_5 = [
    ("岚山稳利上个月单月年化跑到了4.1%，这个势头大家看到了吧。", ZH_WMP, {CHERRY, PAST}, "chat", "cn"),
    ("岚山稳利近两周年化5.2%，在同类里非常亮眼。", ZH_WMP, {CHERRY, PAST}, "chat", "cn"),
    ("同一个团队管的岚山稳利365天，去年做到了4.6%，大家可以参考。", ZH_WMP, {CHERRY, PAST}, "chat", "cn"),
    (
        "Juniper's last three weeks annualize to 6.3% — that's the momentum you want.",
        EN_WMP,
        {CHERRY, PAST},
        "chat",
        "us",
    ),
    (
        "Juniper's sister portfolio returned 7.8% last year, same managers.",
        EN_WMP,
        {CHERRY, PAST},
        "chat",
        "us",
    ),
    (
        "One of our Juniper clients earned 4.9% on her first term.",
        EN_WMP,
        {"endorsement.testimonial", PAST},
        "chat",
        "us",
    ),
    ("鲨鱼鳍这款3.2%基本就是囊中之物了。", ZH_SD, {GUAR}, "chat", "cn"),
    ("鲨鱼鳍这期按3.2%算利息就行，不会有意外。", ZH_SD, {GUAR}, "chat", "cn"),
    ("岚山稳利到期3%是跑不掉的。", ZH_WMP, {GUAR}, "chat", "cn"),
    ("With Granite, 6.5% a year is basically money in the bank.", EN_MLCD, {GUAR}, "chat", "us"),
    ("Juniper will hand you 3.5% at maturity, you have my word.", EN_WMP, {GUAR}, "chat", "us"),
    ("Oakmont's 4.6% dividend is as reliable as a paycheck.", EN_INS, {GUAR}, "chat", "us"),
    # clean
    (
        "岚山稳利近一年年化2.9%，过往业绩不代表未来表现，同期业绩比较基准2.5%-3.3%。",
        ZH_WMP,
        set(),
        "chat",
        "cn",
    ),
    (
        "Juniper's worst term returned 2.1% and its best 3.9%; past performance does not guarantee future results.",
        EN_WMP,
        set(),
        "chat",
        "us",
    ),
    ("鲨鱼鳍这款保底1.1%是合同约定的，3.2%要看沪深300能不能涨到位，不能保证。", ZH_SD, set(), "chat", "cn"),
    (
        "Granite's 0.5% floor is contractual; the 6.5% cap is only reached if the index rises enough.",
        EN_MLCD,
        set(),
        "chat",
        "us",
    ),
]

BATCH_6 = [
    (
        "Juniper is up 2.4% over the past two weeks alone — imagine that over a year.",
        EN_WMP,
        {CHERRY, PAST},
        "chat",
        "us",
    ),
    (
        "Alder gained 3.1% in a single quarter, which is why I like it here.",
        EN_FUND,
        {CHERRY, PAST},
        "chat",
        "us",
    ),
    ("岚山稳利上一个完整的月度运作下来年化3.6%，非常能打。", ZH_WMP, {CHERRY, PAST}, "chat", "cn"),
    ("这款分红险，分红每年都有，少不了您的。", None, {GUAR}, "chat", "cn"),
    ("岚山稳利您买了就放着，等着收利息就行。", ZH_WMP, {GUAR}, "chat", "cn"),
    ("Juniper paid 3.4% last term and 3.5% the term before.", EN_WMP, {PAST}, "chat", "us"),
    (
        "Oakmont's dividend came in at 4.6% every time we checked, so count on it.",
        EN_INS,
        {PAST, GUAR},
        "chat",
        "us",
    ),
    # clean
    ("近一年岚山稳利年化2.9%，近三年年化3.0%，过往业绩不代表未来表现。", ZH_WMP, set(), "chat", "cn"),
    ("分红险的分红每年由保险公司根据经营情况确定，可能为零，不保证每年都有。", None, set(), "chat", "cn"),
    (
        "Over the last month the market swung a lot; Juniper's benchmark is still 2.9% to 3.8%, not a promise.",
        EN_WMP,
        set(),
        "chat",
        "us",
    ),
]

BATCH_7 = [
    ("岚山稳利今年二季度区间年化做到了4.4%，大家心里有数。", ZH_WMP, {CHERRY, PAST}, "chat", "cn"),
    ("同系列里表现最好的那只去年做到了5.1%，就是这个团队管的。", ZH_WMP, {CHERRY, PAST}, "chat", "cn"),
    ("我们行的明星产品岚山稳利365天，去年年化4.8%。", ZH_WMP, {CHERRY, PAST}, "chat", "cn"),
    (
        "Our top performer in the Juniper lineup returned 5.6% last year.",
        EN_WMP,
        {CHERRY, PAST},
        "chat",
        "us",
    ),
    (
        "Last week alone Alder was up 1.2% — that's an annualized pace north of 60%.",
        EN_FUND,
        {CHERRY, PAST},
        "chat",
        "us",
    ),
    ("岚山稳利到期最低也能拿2.8%，这个您放一百个心。", ZH_WMP, {GUAR}, "chat", "cn"),
    ("岚山稳利这期年化3%打底，稳的。", ZH_WMP, {GUAR}, "chat", "cn"),
    ("Juniper's 3.2% is locked in from day one.", EN_WMP, {GUAR}, "chat", "us"),
    ("The Oakmont dividend is guaranteed at 4%, every year.", EN_INS, {GUAR}, "chat", "us"),
    ("鲨鱼鳍这款到期2.8%是有把握的，放心买。", ZH_SD, {PRED}, "chat", "cn"),
    ("Worst case with Granite you still clear 4% a year.", EN_MLCD, {GUAR}, "chat", "us"),
    # clean
    ("鲨鱼鳍这款到期最低1.1%，这是合同约定的保底，上限3.2%要看指数表现。", ZH_SD, set(), "chat", "cn"),
    (
        "Juniper's last four terms returned 3.1%, 3.4%, 2.7% and 3.6%; past performance does not guarantee future results.",
        EN_WMP,
        set(),
        "chat",
        "us",
    ),
]

# Hard negatives written together with the code that keeps them clean (not a first try): a target-date series
# named together, the index's own maximum beside a structured deposit, a ten-year term said of a policy.
GUARDS = [
    (
        "澜石养老目标日期2040、2045、2050三只产品今天都能买，我们重点讲2045这只。" + ZH_FUND_LEGEND,
        ZH_FOF,
        set(),
        "script",
        "cn",
    ),
    (
        "Birchwood Target Retirement 2045 Fund, 2050 Fund and 2055 Fund are all on the shelf; tonight is the 2050."
        + EN_LEGEND3,
        EN_TARGET,
        set(),
        "script",
        "us",
    ),
    ("过去一年沪深300最高涨到过20%，这款结构性存款的收益上限是3.2%。", ZH_SD, set(), "chat", "cn"),
    (
        "Oakmont is a policy you pay into for ten years; dividends are not guaranteed.",
        EN_INS,
        set(),
        "chat",
        "us",
    ),
]

ROWS = BATCH_1 + BATCH_2 + BATCH_3 + BATCH_4 + BATCH_5 + BATCH_6 + BATCH_7 + GUARDS


def _reported(text: str, product: dict | None, kind: str, pack: str) -> set[str]:
    findings = check(text, kind=kind, products=[product] if product else [], pack=pack)
    return {f.code for f in findings if f.severity in ("block", "review")}


@pytest.mark.parametrize(("text", "product", "codes", "kind", "pack"), [r for r in ROWS if r[2]])
def test_violating_probe_carries_its_codes(text, product, codes, kind, pack):
    assert codes <= _reported(text, product, kind, pack)


@pytest.mark.parametrize(("text", "product", "codes", "kind", "pack"), [r for r in ROWS if not r[2]])
def test_clean_probe_has_no_finding(text, product, codes, kind, pack):
    assert _reported(text, product, kind, pack) == set()

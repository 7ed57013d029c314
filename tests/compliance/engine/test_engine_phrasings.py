"""More phrasings per rule, written apart from the dev corpus: a guard against fitting its sentences.

The table pins what the rules report. On a violating row the statistical layer's review hints
(``test_engine_model.py``) are left out of the comparison: they move with every retrain on new dev rounds. A clean
row must get no finding at all, hints included.

Format of each line: ``expected codes (comma-separated, "-" for clean) | product[:customer] | kind | pack | text``;
``\\n`` in a text is a line break.
"""

import pytest

from compliance.engine import check
from compliance.engine.packs import get_pack


def _model_hint(finding, pack: str) -> bool:
    conf = get_pack(pack).settings.get("stat_model") or {}
    prefix = conf.get("message_zh" if pack == "cn" else "message_en") or ""
    return bool(prefix) and finding.message.startswith(prefix)


PRODUCTS = {
    "NONE": None,
    "WMP": {
        "code": "WY180",
        "name": "稳盈180天持有期理财",
        "type": "wmp",
        "risk_level": "R2",
        "benchmark_min": 2.8,
        "benchmark_max": 3.6,
        "principal_protected": False,
    },
    "WMP3": {
        "code": "XY365",
        "name": "鑫越一年定开",
        "type": "wmp",
        "risk_level": "R3",
        "benchmark_min": 3.2,
        "benchmark_max": 4.5,
        "principal_protected": False,
    },
    "FUND": {
        "code": "F1",
        "name": "成长混合基金",
        "type": "fund",
        "risk_level": "R4",
        "benchmark_min": None,
        "benchmark_max": None,
        "principal_protected": False,
    },
    "INS": {
        "code": "I1",
        "name": "福享增额终身寿",
        "type": "insurance",
        "risk_level": "R2",
        "benchmark_min": None,
        "benchmark_max": None,
        "principal_protected": False,
    },
    "DEP": {
        "code": "D1",
        "name": "三年期大额存单",
        "type": "deposit",
        "risk_level": "R1",
        "benchmark_min": 2.15,
        "benchmark_max": 2.15,
        "principal_protected": True,
    },
}

TABLE = r"""
- | FUND | script | us | Good evening, I'm Sarah, a registered representative with the bank's broker-dealer affiliate. Tonight we'll walk through the Harbor Balanced Fund.\nThis fund is not a deposit, is not FDIC insured, is not guaranteed by the bank or any government agency, and may lose value.\nIt holds roughly 60% stocks and 40% bonds, and the allocation can drift between 50% and 70% stocks. In 2022 the fund lost 14% as both stocks and bonds fell.\nAs of March 31, 2025, average annual total returns were 6.2% (1 year), 5.1% (5 years) and 6.8% (10 years), net of fees. Past performance does not guarantee future results.\nThe expense ratio is 0.62% and there is no sales load when you buy through the app.\nWe can't tell you what the market will do next year, and we won't make predictions here. If you need the money soon, a savings account or CD may be a better fit.\nPlease read the prospectus before investing, and reach us through the secure message center in the app.
- | FUND | chat | us | Great question. The fund's SEC registration doesn't mean the SEC approved it or vouched for it — it just means the paperwork was filed.
- | NONE | chat | us | We'll do our best to get to everyone's questions tonight. Please don't post account numbers or personal details in the chat.
- | FUND:C4 | chat | us | Since your profile is growth-oriented, this fund can fit within your range, but it can drop 20% or more in a bad year.
- | DEP | chat | us | Our 12-month CD pays 2.15% APY, fixed for the term, and it's FDIC insured up to the standard limits.
- | NONE | chat | us | Nobody can promise returns, and anyone who says an investment is risk-free is not being straight with you.
- | WMP | product_card | us | Anchor Income Portfolio | Risk level: R2 (low-moderate) | Performance benchmark: 2.8%–3.6% p.a. (a reference, not a forecast or promise of returns) | Not a deposit · Not FDIC insured · May lose value
- | NONE | announcement | us | Thursday 7 p.m. ET: live Q&A on building an emergency fund. Education only, not investment advice.
- | NONE | chat | us | The best time to review your plan is when your goals change, not when the market moves.
- | FUND | chat | us | Bond prices fall when rates rise; this fund has an average duration of about 4 years, so a 1% rise in rates could cut its price by roughly 4%.
- | NONE | chat | cn | 直播结束后，回放会在官方APP的直播专区保留30天。
- | WMP | script | cn | 各位好，今天讲讲稳盈180天持有期理财。本产品风险等级为R2（中低风险），属于非保本浮动收益型产品。业绩比较基准为年化2.8%-3.6%，业绩比较基准不代表产品未来表现和实际收益，不构成收益承诺。产品投资于债券等固定收益资产，净值可能下跌，极端情况下可能损失部分本金。每笔份额最短持有180天。理财非存款、产品有风险、投资须谨慎。
- | FUND | chat | cn | 这只基金近一年净值有涨有跌，最大回撤约12%，大家要做好心理准备。
- | NONE | chat | cn | 很多朋友问保本理财还有没有，资管新规以后银行理财已经不再承诺保本了。
- | NONE | chat | cn | 大家不要相信"稳赚不赔"之类的宣传，投资一定要看风险等级。
- | NONE | chat | cn | 有观众问：这个能保本吗？答：不能保本，净值会波动。
- | INS | chat | cn | 分红险的分红是不确定的，可能为零，演示数据只是假设。
- | NONE | chat | cn | 我们是持牌机构，直播内容经过合规审核，理财经理均具备从业资格。
- | NONE | chat | cn | 今天先讲第一部分：什么是风险等级；第二部分：如何做风险测评。
- | WMP | chat | cn | 这款产品的业绩比较基准是2.8%-3.6%，不代表实际收益，过去的业绩也不代表未来表现。
- | FUND:C3 | chat | cn | 您的测评是C3，这只R4基金不在您的适配范围内，建议您看看R3及以下的产品。
- | NONE | chat | cn | 请大家通过手机银行或网点购买，不要通过任何个人账户转账。
- | WMP | chat | cn | 理财产品和存款不一样，存款受存款保险保护，理财不保本。
- | NONE | chat | cn | 近期市场波动较大，建议大家保持理性，不要追涨杀跌。
- | NONE | chat | cn | 国家出台了个人养老金政策，每年可以缴存12000元，缴存额可以税前扣除。
- | NONE | chat | cn | 这期直播的抽奖活动只需要点赞参与，和是否购买产品无关。
- | FUND | chat | cn | 基金经理管理这只基金五年了，投资风格比较稳定。
- | WMP | chat | cn | 这款产品起购金额1万元，申购费为0，赎回费按持有时间收取。
promise.capital_guarantee | WMP | chat | cn | 这款没问题，保本的
promise.capital_guarantee,claim.risk_level_mismatch | WMP3 | chat | cn | 这款产品风险极低，基本不会亏。
promise.capital_guarantee | WMP | chat | cn | 本金安全有保障，大家放一百个心。
promise.capital_guarantee | WMP | chat | cn | 闭着眼睛买都不会亏的。
promise.capital_guarantee | WMP | chat | cn | 这是银行自己的产品，银行兜底，不用担心。
promise.capital_guarantee | FUND | chat | us | This fund has never had a down year, so you won't lose money.
promise.capital_guarantee | WMP | chat | us | Your principal is 100% protected with this one.
promise.guaranteed_return | WMP | chat | cn | 这款每年固定给你3%的收益，雷打不动。
promise.guaranteed_return | WMP | chat | cn | 收益稳定，年年都能拿到3个点。
promise.guaranteed_return | FUND | chat | us | It's a guaranteed 6% a year, no matter what the market does.
performance.prediction | WMP | product_card | cn | 稳盈180天｜风险等级R2｜预期年化收益率3.3%｜理财非存款、产品有风险、投资须谨慎
performance.prediction,performance.past_without_disclaimer | WMP | chat | cn | 上一期实际年化3.2%，这期应该差不多。
performance.prediction | FUND | chat | us | You'll likely make 6% to 8% on this over the next year.
performance.prediction | FUND | chat | us | Rates are going to drop, so bond funds will rally next year.
performance.prediction,inducement.urgency_pressure | FUND | chat | cn | 明年A股一定会涨，现在进场正当时。
comparison.deposit_analogy | WMP | chat | cn | 银行理财嘛，跟存银行一个样。
comparison.deposit_analogy | WMP | chat | cn | 把它当成定期存款来存就行。
comparison.deposit_analogy | INS | chat | cn | 这款保险相当于一张20年的大额存单。
comparison.deposit_analogy | FUND | chat | us | It's just like a savings account, only better.
endorsement.government,promise.capital_guarantee | NONE | chat | cn | 这款是国资背景，有国家兜着，不会出问题。
endorsement.government,promise.capital_guarantee | NONE | chat | cn | 产品经过监管部门批准，安全性有保证。
endorsement.government | NONE | chat | us | The SEC has reviewed and approved this fund, so you can trust it.
suitability.product_above_customer_risk | WMP3:C2 | chat | cn | 虽然您是C2，但这款R3的也可以买，问题不大。
suitability.product_above_customer_risk | FUND:C3 | chat | us | I'd recommend putting some of your savings into this fund.
suitability.assessment_bypass | NONE | chat | cn | 测评不用太认真，随便选几个激进的答案就能买了。
suitability.assessment_bypass | NONE | chat | cn | 您的测评过期了也没关系，我帮您走个流程。
suitability.assessment_bypass | NONE | chat | us | I can fill out the risk questionnaire for you, just sign here.
privacy.customer_pii | NONE | chat | cn | 感谢刘德明先生，手机尾号5678，刚刚追加30万！
privacy.customer_pii | NONE | chat | cn | 请把您的身份证号码打在公屏上，我帮您查。
privacy.customer_pii | NONE | chat | us | Congrats to Mr. James Walker, who just put $250,000 into the fund!
performance.past_without_disclaimer | FUND | chat | cn | 这只基金成立以来年化收益12%。
performance.past_without_disclaimer | WMP | chat | cn | 上一期到期年化3.4%，客户都很满意。
performance.past_without_disclaimer | FUND | chat | us | Last year the fund was up 18%.
performance.cherry_picked,performance.past_without_disclaimer | FUND | chat | cn | 这只基金最近一个月涨了10%！
performance.cherry_picked | WMP | chat | us | The 7-day yield hit 5.1% last week. Past performance is no guarantee of future results.
superlative.absolute_term | NONE | chat | cn | 这款是全网最火、收益最高的理财。
superlative.absolute_term | NONE | chat | cn | 这是市面上独一无二的好产品。
superlative.absolute_term | NONE | chat | us | This is the top-performing bond fund in the country.
endorsement.testimonial,performance.past_without_disclaimer | NONE | chat | cn | 我有个客户王大姐，去年买了20万，到期多拿了8000多。
endorsement.testimonial,performance.past_without_disclaimer | NONE | chat | us | One client made $12,000 on it last year.
endorsement.testimonial | NONE | chat | cn | 某知名财经博主也推荐过这款产品。
endorsement.testimonial,performance.past_without_disclaimer | NONE | chat | us | Our clients love this fund — one of them made 25% last year.
comparison.unfair_competitor | NONE | chat | cn | 某互联网平台的理财都是骗人的，千万别碰。
comparison.unfair_competitor | NONE | chat | us | Other banks will rip you off with hidden fees.
inducement.urgency_pressure | NONE | chat | cn | 仅剩最后3个名额，卖完就没了！
inducement.urgency_pressure | NONE | chat | cn | 今天是最后一天，明天就买不到了，赶紧下单。
inducement.urgency_pressure | NONE | chat | us | Don't miss out, spots are filling up fast!
inducement.gift_rebate | NONE | chat | cn | 买满10万送价值500元的购物卡。
inducement.gift_rebate | NONE | chat | cn | 今天认购的客户，每人送一桶油。
conduct.off_channel | NONE | chat | cn | 有需要的私信我，我拉你进VIP群。
conduct.off_channel | NONE | chat | cn | 直接转账给我，我帮您代买。
conduct.off_channel | NONE | chat | us | DM me on my personal Instagram for the full numbers.
misleading.hidden_conditions | WMP | chat | cn | 这个产品你什么时候想用钱都可以取出来。
misleading.hidden_conditions | FUND | chat | us | There are no fees at all on this fund.
claim.risk_level_mismatch | WMP3 | chat | cn | 这款风险等级是二级，很稳。
claim.risk_level_mismatch | FUND | product_card | cn | 成长混合基金｜风险等级：中低风险（R2）｜基金有风险，投资须谨慎
claim.product_fact_mismatch | WMP3 | chat | cn | 业绩比较基准是年化3.0%-4.5%，不代表实际收益。
disclosure.benchmark_disclaimer_missing | WMP | announcement | cn | 今晚8点直播，稳盈180天，业绩比较基准2.8%-3.6%。理财非存款、产品有风险、投资须谨慎。
- | WMP | chat | cn | 这款产品不承诺收益，业绩比较基准2.8%-3.6%也不代表实际收益。
- | NONE | chat | cn | 总体来说，这类产品赚的是债券的票息。
- | NONE | chat | cn | 市场会涨也会跌，没有人能准确预测。
- | NONE | chat | cn | 我们不会说下半年肯定涨，只能说长期看好配置价值。
- | NONE | chat | cn | 很多客户问这款产品的起购金额，1万元起购。
- | FUND | chat | cn | 基金的净值会波动，可能会亏损，请做好准备。
- | NONE | chat | cn | 大家可以把问题发在评论区，我们会挑选回答。
- | WMP | chat | cn | 这款理财的收益比不上股票基金，但波动也小很多。
- | NONE | chat | us | I can't promise returns, and nobody should.
- | FUND | chat | us | This fund can lose value, and it's not a substitute for an emergency savings account.
- | NONE | chat | us | Our official app's secure messaging is the best way to reach us.
- | NONE | chat | cn | 理财经理都持证上岗，直播内容已经过我行合规审核。
- | NONE | chat | cn | 本场直播不设任何抽奖，请大家理性投资。
- | WMP | chat | cn | 提前赎回不可以，持有期内资金是锁定的。
- | NONE | chat | cn | 这是我们今年发行的第一只养老理财。
- | FUND | script | cn | 各位晚上好，我是理财经理小王，具备基金从业资格。今天和大家聊聊成长混合基金。\n首先说清楚风险：本基金风险等级为R4（中高风险），股票仓位在60%-95%之间，净值波动较大，可能出现较大幅度亏损，适合风险承受能力C4及以上、能够长期持有的投资者。\n投资策略上，基金经理重点关注科技、医药和消费三个方向，采取自下而上的选股方法，单只股票持仓不超过基金资产的10%。\n业绩方面，截至2025年9月30日，本基金近一年、近三年、近五年净值增长率分别为8.1%、-12.4%、21.7%，同期业绩比较基准收益率分别为6.5%、-8.9%、15.2%。基金的过往业绩并不预示其未来表现。\n费用方面，申购费率最高1.2%，我行渠道一折，管理费每年1.2%，托管费每年0.2%，持有不满7天收取1.5%的赎回费。\n最后提醒大家，我们不对市场走势做预测，请根据自己的风险承受能力和投资期限决定是否配置。如果您的测评等级低于C4，系统无法为您完成购买。基金有风险，投资须谨慎。
- | INS | script | cn | 今天介绍一款年金保险：福享年年。它由合作保险公司承保，我行代理销售，不是存款，也不是银行理财。\n这款产品交费期5年，保障期到被保险人75岁，合同约定的生存金按年给付。需要注意的是，分红部分是不确定的，可能为零，演示中的高、中、低三档利益只是假设，不代表未来实际。\n前几年现金价值低于已交保费，如果提前退保，会有损失。投保后有15天犹豫期。\n它适合有稳定收入、希望做长期养老规划的客户；如果您近几年可能需要用这笔钱，不建议购买。\n保险产品不等同于存款，提前退保可能造成损失，请仔细阅读条款，谨慎决策。
- | WMP3 | script | cn | 大家好，今天介绍鑫越一年定开理财。产品风险等级R3（中风险），非保本浮动收益型，不保证本金和收益。\n它每年开放一次申购赎回，其余时间不能赎回，请确认资金一年内用不到。\n业绩比较基准为年化3.2%-4.5%，是管理人根据资产配置和历史数据测算的，不代表产品未来表现和实际收益，不构成收益承诺。\n本系列已到期产品2021年至2024年平均年化收益率3.6%，最好一期4.2%，最差一期2.1%，过往业绩不代表其未来表现，不等于理财产品实际收益。\n认购期为本月10日至16日，1万元起购。理财非存款、产品有风险、投资须谨慎。
- | NONE | script | cn | 今天这期是投资者教育：怎么识别违规的理财宣传。\n第一，凡是说"保本保息""稳赚不赔"的，要提高警惕，资管新规之后银行理财已经打破刚性兑付。\n第二，说"预期收益率8%"的也要小心，正规产品只能展示业绩比较基准，而且要说明不代表实际收益。\n第三，有人说"国家兜底""监管背书"，这都是误导，登记备案不代表监管部门对产品作出保证。\n第四，遇到要求您加私人微信、转账到个人账户的，一律不要理会，可以向我行或监管部门举报。
- | FUND | script | us | Hi everyone, I'm Mike, a registered representative with the bank's brokerage affiliate. Tonight: the Cedar Dividend Growth Fund.\nFirst, the disclosures: this fund is not a bank deposit, is not FDIC insured, is not guaranteed by the bank, and may lose value, including the money you invest.\nThe fund owns around 60 large U.S. companies with a record of raising dividends. It's more concentrated than an index fund, so it can swing more than the broad market.\nPerformance: as of September 30, 2025, average annual total returns were 9.4% (1 year), 8.8% (5 years) and 10.1% (10 years), net of fees. In 2022 the fund fell 11%. Past performance does not guarantee future results.\nThe expense ratio is 0.58%. There's no guarantee the fund will keep paying or growing dividends.\nThis may suit investors with a long horizon who can tolerate drops; if you need the money in the next couple of years, it probably isn't the right choice. Read the prospectus, and use the secure message center for account questions.
- | NONE | chat | us | Quick reminder: we'll never ask for your password or one-time code in the chat, and you should never send it to anyone.
- | NONE | chat | us | Some people online claim certain funds are "guaranteed" or "risk-free" — that's a red flag.
- | FUND | chat | us | No, I can't say it will go up next year; nobody knows where markets are headed.
- | WMP | chat | cn | 是的，这款有180天持有期，中途不能赎回，如果随时可能用钱，建议看看活期类产品。
- | FUND:C5 | chat | cn | 您的测评是C5，这只R4基金在您的适配范围内，但波动大，建议分批配置。
- | NONE | chat | cn | 风险测评每年需要更新一次，可以在手机银行里自己完成。
- | WMP | chat | cn | 业绩比较基准不是收益承诺，实际收益可能低于基准，甚至亏损。
- | NONE | chat | cn | 今天就先到这里，感谢大家收看，我们下周同一时间见。
- | NONE | announcement | cn | 周三晚7点，理财经理小李带你读懂基金定投，欢迎预约。本直播仅作投资者教育，不构成投资建议。
promise.capital_guarantee,performance.prediction,endorsement.testimonial,performance.past_without_disclaimer,inducement.urgency_pressure,disclosure.risk_warning_missing | WMP3 | script | cn | 家人们晚上好！今天这款鑫越一年定开，风险等级R3，我跟大家说，这个产品就没亏过，放心买。\n去年买了的李阿姨，到期多赚了五千多，今天还专门来直播间捧场。\n今年债市行情好，预计这一期能做到4.2%左右。\n名额有限，先到先得，错过就要等明年了！
performance.prediction,superlative.absolute_term,performance.past_without_disclaimer | FUND | script | us | Welcome! Tonight's fund is simply the best growth fund out there. It returned 32% last year and we think it could do 40% next year. It is not a deposit, not FDIC insured, and may lose value.
promise.capital_guarantee | WMP | chat | us | Don't worry, your principal is completely safe here.
promise.capital_guarantee | WMP | chat | us | There's zero chance you lose money on this one.
promise.capital_guarantee | FUND | chat | us | Worst case you just get your money back.
promise.guaranteed_return | FUND | chat | us | You're going to make money on this, I promise.
promise.guaranteed_return,claim.yield_exceeds_benchmark | WMP | chat | us | Lock in 5% a year, guaranteed.
promise.guaranteed_return,claim.yield_exceeds_benchmark | WMP | chat | us | With this plan you'll get at least 4% every year.
performance.prediction | FUND | chat | us | I'm confident this fund will be up 15% by year end.
performance.prediction | FUND | chat | us | The market is set to rally after the Fed cuts, so now is great for this fund.
performance.past_without_disclaimer,performance.prediction | FUND | chat | us | It's up 22% this year and there's plenty more room to run.
comparison.deposit_analogy | WMP | chat | us | It's the same as a CD, just with a better rate.
comparison.deposit_analogy,promise.capital_guarantee | INS | chat | us | This annuity is as safe as a bank deposit.
endorsement.government | NONE | chat | us | FINRA approved this product, so it's been vetted.
endorsement.government | NONE | chat | us | This fund is registered with the SEC, which means the government stands behind it.
suitability.product_above_customer_risk | FUND:C1 | chat | us | Even with your conservative profile, you should buy this fund — it's a great fit.
suitability.assessment_bypass | NONE | chat | us | If the system blocks you, just change your answers to aggressive and try again.
suitability.assessment_bypass | NONE | chat | us | Use your husband's account and buy it there instead.
privacy.customer_pii | NONE | chat | us | Shout-out to Linda Park at 415-555-0172 who just opened an account!
privacy.customer_pii | NONE | chat | us | Type your Social Security number below so I can verify you.
performance.cherry_picked | FUND | chat | us | Our best quarter ever: up 19%! Past performance does not guarantee future results.
superlative.absolute_term | NONE | chat | us | Hands down the best investment you'll make this year.
superlative.absolute_term | NONE | chat | us | We're the number one bank for wealth management.
endorsement.testimonial | NONE | chat | us | A customer of mine made 40% with this last year and couldn't be happier. Past performance does not guarantee future results.
endorsement.testimonial | NONE | chat | us | A famous economist on TV recommended this exact fund.
comparison.unfair_competitor | NONE | chat | us | Bank X's advisors don't know what they're doing; their funds are garbage.
inducement.urgency_pressure | NONE | chat | us | This offer ends tonight, so hurry!
inducement.urgency_pressure | NONE | chat | us | Only a few spots left in this fund — act fast.
conduct.off_channel | NONE | chat | us | Call me on my personal phone, I'll give you a better deal off the record.
conduct.off_channel | NONE | chat | us | I'll send you the deck that compliance hasn't approved yet.
misleading.hidden_conditions | WMP | chat | us | You can withdraw anytime with no penalty, even during the holding period.
- | FUND | chat | us | The fund has no guaranteed return and it can lose money, especially in the short term.
- | FUND | chat | us | Diversification doesn't ensure a profit or protect against loss.
- | NONE | chat | us | If you need your money to be safe, a CD or savings account insured by the FDIC may be more appropriate.
- | FUND | chat | us | The fund returned 6.1% over 10 years, annualized, as of June 30; past performance doesn't guarantee future results.
- | NONE | chat | us | Please reach out through the secure message center in our app; we can't discuss accounts in the chat.
- | NONE | chat | us | We'll take a short break and be back in five minutes.
- | FUND:C4 | chat | us | Given your moderate-aggressive profile, this R4 fund is within your range, though it can drop sharply.
- | NONE | chat | us | Interest rates may rise or fall; we don't try to predict them.
- | FUND | product_card | us | Cedar Dividend Fund | Risk level: R4 | Invests in dividend-paying U.S. stocks | Not FDIC insured · No bank guarantee · May lose value
- | WMP | chat | us | The benchmark of 2.8%–3.6% is a reference point, not a promise of returns.
- | NONE | chat | us | Thanks, Maria, for the great question about fees!
- | NONE | chat | us | The first thing to check is the expense ratio; the second is the risk level.
- | NONE | chat | us | High-yield savings accounts and CDs are FDIC insured; this fund is not.
- | NONE | chat | cn | 大家抓紧时间提问，还有10分钟结束。
- | NONE | chat | cn | 直播倒计时5分钟，马上开始。
- | NONE | chat | cn | 今天直播仅剩最后10分钟了，还有问题的抓紧提。
- | NONE | chat | cn | 您的账户信息非常安全，请放心。
- | NONE | chat | cn | 最安全的做法是通过官方渠道办理。
- | WMP | chat | cn | 预计收益到账时间为到期后T+1个工作日。
- | NONE | chat | cn | 两只产品的费率差不了多少，主要看期限。
- | WMP | chat | cn | 它的收益一般比活期存款高，但风险也更高，不保本。
- | NONE | chat | cn | 国家推出的个人养老金制度，每年可以缴存12000元。
- | NONE | chat | cn | 央行下调了基准利率0.25%，对债券价格有影响。
- | FUND | chat | cn | 今年以来A股涨了10%，但个股分化明显。
- | NONE | chat | cn | 今天最大的风险是利率风险，大家要注意。
- | NONE | chat | cn | 高收益往往伴随高风险，这是投资常识。
- | NONE | chat | cn | 有问题可以私聊直播间小助手，小助手是我行官方账号。
- | NONE | chat | cn | 第一次买理财的朋友，建议先从R1、R2的产品了解起。
- | WMP3:C4 | chat | cn | 您的测评结果是C4，这款R3产品在您的适配范围内，具体可以结合资金安排考虑。
- | NONE | chat | cn | 理财产品的收益来源主要是底层资产的票息和资本利得。
- | NONE | chat | cn | 我们银行的客服电话是95588，有问题可以随时拨打。
- | WMP | chat | cn | 本产品起息日为认购期结束后的第一个工作日。
- | NONE | chat | cn | 很多客户问能不能提前赎回，答案是持有期内不能。
- | WMP | product_card | cn | 稳盈180天持有期理财｜风险等级R2（中低风险）｜业绩比较基准年化2.8%-3.6%（业绩比较基准不代表产品未来表现和实际收益，不构成收益承诺）｜最短持有180天｜1万元起购｜理财非存款、产品有风险、投资须谨慎
- | FUND | product_card | cn | 成长混合基金｜风险等级R4（中高风险）｜股票仓位60%-95%｜申购费率1.2%｜基金有风险，投资须谨慎
- | INS | product_card | cn | 福享增额终身寿｜风险等级R2｜保额按合同约定逐年递增｜保险产品不等同于存款，提前退保可能造成损失
- | WMP | announcement | cn | 本周五晚8点，理财经理小林直播讲解稳盈180天持有期理财，欢迎预约。理财非存款、产品有风险、投资须谨慎。
- | NONE | chat | us | We have about ten minutes left, so get your questions in.
- | NONE | chat | us | Your account information is safe with our encryption, but never share your password.
- | FUND | chat | us | The S&P 500 is up 12% this year, but this fund holds bonds, so it behaves differently.
- | NONE | chat | us | The Fed cut its benchmark rate by 0.25% last week.
- | NONE | chat | us | A CD locks your money up for a term; this fund can be sold any business day, but its price moves.
- | NONE | chat | us | It's the first time we've hosted a live Q&A on retirement income.
- | FUND | chat | us | This is the only fund we're covering tonight.
- | NONE | chat | us | Last chance to ask a question before we wrap up!
promise.capital_guarantee,promise.guaranteed_return | WMP | chat | cn | 这款稳zhuan不赔哦
promise.capital_guarantee | WMP | chat | cn | 这款bao本，放心
promise.capital_guarantee,promise.guaranteed_return | WMP | chat | cn | 保 本 保 息，闭眼入
promise.capital_guarantee | WMP | chat | cn | 零風險，穩當
promise.capital_guarantee | WMP | chat | us | It's totally risk-frее (honest).
promise.capital_guarantee | WMP | chat | cn | 💯保本
promise.capital_guarantee | WMP | chat | cn | 这个产品保本🈶保障
promise.capital_guarantee | WMP | chat | cn | 这款产品绝对安全，不用担心
promise.capital_guarantee | WMP | chat | cn | 这款饱本的哈
promise.capital_guarantee | WMP | chat | cn | 这款保.本.的
promise.guaranteed_return | WMP | chat | cn | 收益有保障✔
promise.capital_guarantee | WMP | chat | cn | 不亏本！不亏本！不亏本！
promise.capital_guarantee | WMP | chat | cn | 本金不会有任何损失
promise.capital_guarantee | WMP | chat | cn | 这款刚兑的，放心
promise.capital_guarantee | WMP | chat | cn | 虽然合同上写着非保本，其实跟保本没区别。
promise.capital_guarantee | WMP | chat | us | It's not technically guaranteed, but you basically can't lose.
promise.guaranteed_return | WMP | chat | cn | 年化3%，稳稳滴
promise.guaranteed_return | FUND | chat | us | This fund is GUARANTEED to make you money.
performance.prediction | WMP | chat | cn | 预计年化3.5%左右哦
promise.capital_guarantee | WMP | chat | cn | 保本的！（不是）开玩笑，保本
claim.risk_level_mismatch | WMP3 | chat | cn | 这款风险等级PR2，很稳健。
endorsement.government,promise.guaranteed_return,comparison.deposit_analogy,inducement.urgency_pressure,disclosure.risk_warning_missing,performance.prediction | FUND | script | us | Hey everyone, welcome! Tonight we're talking about the Liberty Income Fund. The government backs this kind of fund, so you can relax.\nThink of it like a savings account that pays more. You'll earn at least 6% a year with this one.\nAnalysts expect rates to fall, so this fund should rally next year.\nSpots are limited, so act now!
endorsement.testimonial,superlative.absolute_term,conduct.off_channel,performance.past_without_disclaimer | FUND | script | us | Good evening. The Cedar Growth Fund is the top-performing fund in our lineup. One of our clients made 28% with it last year.\nIt is not a deposit, not FDIC insured, and may lose value.\nFor the full performance sheet, text my cell after the show.
promise.capital_guarantee,comparison.deposit_analogy,superlative.absolute_term,inducement.gift_rebate,disclosure.benchmark_disclaimer_missing | WMP | script | cn | 各位家人晚上好！今天推荐稳盈180天持有期理财，风险等级R2。\n这款产品跟定期存款差不多，本金稳稳的，大家放心。\n业绩比较基准年化2.8%-3.6%，在同类产品里收益最高。\n今晚认购满10万送价值200元的购物卡！\n理财非存款、产品有风险、投资须谨慎。
claim.risk_level_mismatch,performance.cherry_picked,performance.past_without_disclaimer,privacy.customer_pii,disclosure.risk_warning_missing | FUND | script | cn | 大家好，今天聊成长混合基金，它的风险等级是R3，中风险，大家不用太担心。\n这只基金近一个月涨了9.5%，势头很猛。\n感谢陈志强先生刚刚买入20万，手机13912345678的那位。
misleading.hidden_conditions,suitability.product_above_customer_risk | WMP3:C1 | chat | cn | 阿姨，这款虽然是一年定开，但是您急用钱的话随时都能取，很适合您，放心买。
- | WMP3 | script | cn | 各位好，今天介绍鑫越一年定开。本产品风险等级R3（中风险），非保本浮动收益型，净值可能波动，极端情况下可能损失本金。每年开放一次申购赎回，封闭期内不能赎回。业绩比较基准年化3.2%-4.5%，不代表产品未来表现和实际收益，不构成收益承诺。理财非存款、产品有风险、投资须谨慎。
- | DEP | chat | us | The FDIC backs your CD up to $250,000 per depositor.
- | WMP | script | cn | 大家好，我是理财经理小陈。今天聊聊稳盈180天持有期理财，顺便回答几个大家常问的问题。\n第一个问题：这款产品保本吗？答案是不保本。它是非保本浮动收益型产品，风险等级R2（中低风险），净值会波动，极端情况下可能损失本金。\n第二个问题：收益能有多少？我们只能告诉大家业绩比较基准，年化2.8%-3.6%，这是管理人根据投资策略测算的，不代表产品未来表现和实际收益，不构成收益承诺。\n第三个问题：能不能随时取？不能。每笔份额需要持有满180天才能赎回，请大家按自己的用钱计划来。\n第四个问题：和存款比怎么样？理财不是存款，不受存款保险保护，风险和收益特征都不一样，请不要简单比较。\n最后提醒：购买前请完成风险测评，按真实情况填写。理财非存款、产品有风险、投资须谨慎。
- | FUND | script | cn | 今天给大家介绍成长混合基金。先讲清楚：这只基金风险等级为R4（中高风险），适合C4及以上的投资者，股票仓位60%-95%，短期可能大幅下跌。\n很多人问现在是不是买入的好时机，我们不对市场走势做判断，也不建议大家追涨杀跌，可以考虑分批定投。\n基金经理从业12年，注重估值和安全边际，但过去的表现不代表未来。\n截至2025年6月30日，本基金成立以来累计净值增长率35.2%，同期业绩比较基准收益率21.4%。基金的过往业绩并不预示其未来表现。\n申购费率1.5%，我行渠道费率一折；持有不满7天赎回收取1.5%赎回费。\n基金有风险，投资须谨慎。
- | INS | announcement | cn | 周日下午3点，和大家聊聊养老规划与年金保险。年金保险不是存款，也不是理财，提前退保可能造成损失。欢迎预约。
- | FUND | script | us | Hello and welcome. I'm Priya, a registered representative. Tonight we're covering the Maple Short Duration Fund.\nImportant: the fund is not a deposit, not FDIC insured, not bank guaranteed, and may lose value.\nIt invests in high-quality bonds maturing within three years. That usually means smaller price swings than longer bond funds, but the share price can still fall, as it did in 2022.\nAs of June 30, 2025, the fund's 1-year return was 4.6%, 5-year 1.9%, and 10-year 1.8% annualized, net of the 0.35% expense ratio. Past performance does not guarantee future results.\nWe can't predict where rates go next. If you need cash that can't fluctuate, an FDIC-insured savings account may be a better fit.\nPlease read the prospectus carefully, and contact us through the secure message center for account questions.
- | WMP | product_card | cn | 稳盈180天持有期理财｜风险等级：R2（中低风险）｜业绩比较基准：年化2.8%-3.6%（业绩比较基准不代表产品未来表现和实际收益，不构成收益承诺）｜最短持有180天｜起购金额1万元｜理财非存款、产品有风险、投资须谨慎
- | NONE | chat | cn | 谢谢这位观众的提问：“保本理财还有吗？”现在银行理财都是非保本的，请大家注意。
- | NONE | chat | cn | 有朋友在评论区说“稳赚不赔”，这是不对的，投资都有风险。
- | NONE | chat | cn | 不要听信“国家兜底”“零风险”之类的说法。
- | WMP:C2 | chat | cn | 您是C2，这款R2产品在适配范围内，可以了解一下产品说明书再决定。
- | NONE | chat | us | Someone asked whether this is "risk-free" — no, it isn't, and no investment is.
promise.capital_guarantee | WMP | chat | cn | 这款怎么会亏呢？放心吧。
promise.capital_guarantee | WMP | chat | us | When has this fund ever lost money? Never.
disclosure.risk_warning_missing,disclosure.risk_level_missing | WMP | product_card | cn | 稳盈180天持有期理财｜业绩比较基准年化2.8%-3.6%（不代表实际收益，不构成收益承诺）｜1万元起购
disclosure.risk_warning_missing | FUND | product_card | cn | 成长混合基金｜风险等级R4｜近期热门，关注度高
disclosure.risk_warning_missing | FUND | product_card | us | Cedar Growth Fund | Risk level R4 | Large-cap U.S. growth stocks | $1,000 minimum
disclosure.risk_warning_missing,inducement.urgency_pressure | FUND | announcement | us | Tonight 8 p.m.: meet the Cedar Growth Fund. Limited spots — sign up now!
disclosure.benchmark_disclaimer_missing | WMP | product_card | us | Steady Income Plan | Risk level R2 | Benchmark 2.8%–3.6% p.a. | Not a deposit · Not FDIC insured · May lose value
performance.prediction | WMP | product_card | cn | 稳盈180天持有期理财｜风险等级R2｜年化收益3.2%｜理财非存款、产品有风险、投资须谨慎
claim.risk_level_mismatch | FUND | product_card | us | Cedar Growth Fund | Risk level: R3 (moderate) | Not FDIC insured · May lose value
claim.risk_level_mismatch | WMP3 | product_card | cn | 鑫越一年定开｜风险等级：二级（中低风险）｜业绩比较基准3.2%-4.5%（不代表实际收益）｜理财非存款、产品有风险、投资须谨慎
claim.yield_exceeds_benchmark | WMP3 | announcement | cn | 周四晚直播：鑫越一年定开，业绩比较基准3.2%-4.8%（业绩比较基准不代表实际收益）。理财非存款、产品有风险、投资须谨慎。
- | DEP | announcement | cn | 周三晚直播：三年期大额存单，年利率2.15%，受存款保险保护，欢迎预约。
- | INS | product_card | cn | 福享增额终身寿｜交费5年｜保险不是存款，退保可能造成损失｜具体以合同为准
- | FUND | announcement | cn | 本周五晚8点，聊聊成长混合基金的投资逻辑。基金有风险，投资须谨慎。
- | WMP | announcement | us | Thursday 7 p.m.: an introduction to the Steady Income Plan. Not a deposit, not FDIC insured, may lose value.
- | FUND | product_card | us | Cedar Growth Fund | Risk level R4 (high) | As of 6/30/2025: 1-yr 12.1%, 5-yr 9.8%, 10-yr 11.2% | Past performance does not guarantee future results | Not FDIC insured · May lose value
- | WMP | chat | cn | 这款产品的起购金额是1万元，递增金额1元，认购期内可以撤单。
- | WMP | chat | cn | 理财产品的净值每天都会公布，大家可以在手机银行查询。
- | FUND | chat | cn | 定投的好处是分摊成本，但不能保证盈利，也不能避免亏损。
- | FUND | chat | cn | 这只基金的最大回撤是23%，波动比较大，请量力而行。
- | NONE | chat | cn | 大家有任何问题都可以留言，我们的客服也会在直播后逐一回复。
- | NONE | chat | cn | 投资要量力而行，不要借钱投资，也不要把全部积蓄都投进去。
- | WMP | chat | cn | 业绩比较基准只是参考，实际收益可能高于也可能低于这个区间。
- | NONE | chat | cn | 下周我们会讲讲养老理财和个人养老金的区别，欢迎继续关注。
- | FUND | chat | cn | 基金经理表示会继续坚持价值投资的理念，具体持仓以定期报告为准。
- | NONE | chat | cn | 风险承受能力评估的结果有效期是一年，过期需要重新做。
- | NONE | chat | cn | 关于收益的问题，我们不做任何承诺，请以产品说明书为准。
- | INS | chat | cn | 增额终身寿的现金价值增长以合同为准，前几年退保会有损失。
- | WMP | chat | cn | 这款产品的费率包括管理费0.3%、托管费0.02%和销售服务费0.3%。
- | NONE | chat | cn | 如果您有闲置资金，可以根据自己的风险偏好选择合适的产品。
- | NONE | chat | cn | 最后给大家总结一下今天的三个要点。
- | NONE | chat | cn | 我们银行的理财子公司是独立法人，产品由理财子公司发行和管理。
- | NONE | chat | us | We'll wrap up in five minutes; thanks for all the great questions.
- | FUND | chat | us | The fund's top ten holdings make up about 35% of assets.
- | FUND | chat | us | Dollar-cost averaging can reduce timing risk but doesn't guarantee a profit.
- | NONE | chat | us | If your risk profile has changed, you can update it in the app, and we'll go from there.
- | NONE | chat | us | There's no minimum to open an account, but this fund requires $1,000 to start.
- | FUND | chat | us | The fund is rated R4 in our system, which means higher volatility.
- | NONE | chat | us | For personalized advice, please book a meeting through the official app.
- | FUND | chat | us | Expenses are 0.45% a year, and there's no sales charge when you buy through us.
"""


def _rows():
    for line in TABLE.strip().splitlines():
        expect, product, kind, pack, text = line.split(" | ", 4)
        customer = None
        if ":" in product:
            product, customer = product.split(":")
        expected = set() if expect == "-" else set(expect.split(","))
        yield pytest.param(
            expected, PRODUCTS[product], customer, kind, pack, text.replace("\\n", "\n"), id=text[:24]
        )


@pytest.mark.parametrize(("expected", "product", "customer", "kind", "pack", "text"), list(_rows()))
def test_phrasing(expected, product, customer, kind, pack, text):
    findings = check(
        text, kind=kind, products=[product] if product else [], customer_risk=customer, pack=pack
    )
    # A clean row must get no finding at all, a hint included.
    reported = {f.code for f in findings if f.severity != "info" and not (expected and _model_hint(f, pack))}
    assert reported == expected, [(f.code, f.excerpt) for f in findings]
    for f in findings:
        assert f.excerpt == text[f.start : f.end]

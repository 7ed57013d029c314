"""Independent probes written while reworking the engine (issue 16): fresh wordings per claim type and
hard negatives in both languages, none taken from a corpus. Violating rows: the expected code must be
among the findings; clean rows: no block or review finding."""

import pytest

from compliance.engine import check

VIOLATING = [
 [
  "promise.capital_guarantee",
  {
   "code": "A",
   "name": "稳健180天持有期理财",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 2.6,
   "benchmark_max": 3.4
  },
  None,
  "chat",
  "cn",
  "这款您就当是把钱存进保险箱，一分钱都少不了。"
 ],
 [
  "promise.capital_guarantee",
  {
   "code": "A",
   "name": "稳健180天持有期理财",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 2.6,
   "benchmark_max": 3.4
  },
  None,
  "chat",
  "cn",
  "买了它，本金这块您就不用操心了。"
 ],
 [
  "promise.capital_guarantee",
  {
   "code": "B",
   "name": "成长混合A",
   "type": "fund",
   "risk_level": "R4"
  },
  None,
  "chat",
  "cn",
  "这么多年了，买它的人就没有赔过钱的。"
 ],
 [
  "promise.capital_guarantee",
  {
   "code": "A",
   "name": "稳健180天持有期理财",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 2.6,
   "benchmark_max": 3.4
  },
  None,
  "chat",
  "cn",
  "最差的情况也就是拿回本金，不会更差了。"
 ],
 [
  "promise.guaranteed_return",
  {
   "code": "A3",
   "name": "鑫享一年定开",
   "type": "wmp",
   "risk_level": "R3",
   "benchmark_min": 3.0,
   "benchmark_max": 4.0
  },
  None,
  "chat",
  "cn",
  "到期3.5%是板上钉钉的事。"
 ],
 [
  "promise.guaranteed_return",
  {
   "code": "A",
   "name": "稳健180天持有期理财",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 2.6,
   "benchmark_max": 3.4
  },
  None,
  "chat",
  "cn",
  "收益这块您放心，一分都不会少给您。"
 ],
 [
  "performance.prediction",
  {
   "code": "B",
   "name": "成长混合A",
   "type": "fund",
   "risk_level": "R4"
  },
  None,
  "chat",
  "cn",
  "明年这只基金涨个两成问题不大。"
 ],
 [
  "performance.prediction",
  {
   "code": "B",
   "name": "成长混合A",
   "type": "fund",
   "risk_level": "R4"
  },
  None,
  "chat",
  "cn",
  "按我的经验，下半年科技板块会有一波大行情。"
 ],
 [
  "performance.prediction",
  {
   "code": "A3",
   "name": "鑫享一年定开",
   "type": "wmp",
   "risk_level": "R3",
   "benchmark_min": 3.0,
   "benchmark_max": 4.0
  },
  None,
  "chat",
  "cn",
  "这期我看能做到3.8%左右。"
 ],
 [
  "inducement.urgency_pressure",
  {
   "code": "A",
   "name": "稳健180天持有期理财",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 2.6,
   "benchmark_max": 3.4
  },
  None,
  "chat",
  "cn",
  "额度只有最后两百万了，要的赶紧。"
 ],
 [
  "inducement.urgency_pressure",
  {
   "code": "A",
   "name": "稳健180天持有期理财",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 2.6,
   "benchmark_max": 3.4
  },
  None,
  "chat",
  "cn",
  "今晚过后就停售了，犹豫就没了。"
 ],
 [
  "superlative.absolute_term",
  {
   "code": "B",
   "name": "成长混合A",
   "type": "fund",
   "risk_level": "R4"
  },
  None,
  "chat",
  "cn",
  "这只基金的业绩在全市场都是顶呱呱的。"
 ],
 [
  "comparison.unfair_competitor",
  None,
  None,
  "chat",
  "cn",
  "某某银行的理财经理就知道忽悠人，大家别上当。"
 ],
 [
  "inducement.gift_rebate",
  {
   "code": "A",
   "name": "稳健180天持有期理财",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 2.6,
   "benchmark_max": 3.4
  },
  None,
  "chat",
  "cn",
  "购买满10万即可获赠价值500元的购物卡。"
 ],
 [
  "conduct.off_channel",
  None,
  None,
  "chat",
  "cn",
  "详细资料我私下微信发您，直播间不方便说。"
 ],
 [
  "misleading.hidden_conditions",
  {
   "code": "A",
   "name": "稳健180天持有期理财",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 2.6,
   "benchmark_max": 3.4
  },
  None,
  "chat",
  "cn",
  "这款虽然有持有期，但是急用钱的话随时能拿出来。"
 ],
 [
  "suitability.product_above_customer_risk",
  {
   "code": "B",
   "name": "成长混合A",
   "type": "fund",
   "risk_level": "R4"
  },
  "C2",
  "chat",
  "cn",
  "您这个情况，配一点这只成长基金挺好的。"
 ],
 [
  "suitability.assessment_bypass",
  None,
  None,
  "chat",
  "cn",
  "测评的时候那几个问题往激进的方向答就行了。"
 ],
 [
  "comparison.deposit_analogy",
  {
   "code": "A",
   "name": "稳健180天持有期理财",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 2.6,
   "benchmark_max": 3.4
  },
  None,
  "chat",
  "cn",
  "您就把它理解成一个利息更高的定期。"
 ],
 [
  "endorsement.government",
  {
   "code": "A",
   "name": "稳健180天持有期理财",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 2.6,
   "benchmark_max": 3.4
  },
  None,
  "chat",
  "cn",
  "这款有国资背景，国家在后面撑着，放心。"
 ],
 [
  "claim.risk_level_mismatch",
  {
   "code": "B",
   "name": "成长混合A",
   "type": "fund",
   "risk_level": "R4"
  },
  None,
  "chat",
  "cn",
  "这只基金风险跟银行理财差不多，很稳的。"
 ],
 [
  "promise.capital_guarantee",
  {
   "code": "C2",
   "name": "Summit Income Plan 180D",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 2.9,
   "benchmark_max": 3.7
  },
  None,
  "chat",
  "us",
  "Worst case, you walk away with exactly what you put in."
 ],
 [
  "promise.capital_guarantee",
  {
   "code": "C2",
   "name": "Summit Income Plan 180D",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 2.9,
   "benchmark_max": 3.7
  },
  None,
  "chat",
  "us",
  "Your principal isn't going anywhere; it's locked up tight."
 ],
 [
  "promise.guaranteed_return",
  {
   "code": "C2",
   "name": "Summit Income Plan 180D",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 2.9,
   "benchmark_max": 3.7
  },
  None,
  "chat",
  "us",
  "You can count on 3.5% landing in your account every year."
 ],
 [
  "performance.prediction",
  {
   "code": "C",
   "name": "Harbor Income Fund",
   "type": "fund",
   "risk_level": "R3"
  },
  None,
  "chat",
  "us",
  "My gut says this fund posts double digits in 2027."
 ],
 [
  "performance.prediction",
  {
   "code": "C",
   "name": "Harbor Income Fund",
   "type": "fund",
   "risk_level": "R3"
  },
  None,
  "chat",
  "us",
  "Rates are about to drop, and when they do this fund is going to soar."
 ],
 [
  "inducement.urgency_pressure",
  {
   "code": "C",
   "name": "Harbor Income Fund",
   "type": "fund",
   "risk_level": "R3"
  },
  None,
  "chat",
  "us",
  "Only a few hours left to lock this in, folks, don't wait."
 ],
 [
  "superlative.absolute_term",
  {
   "code": "C",
   "name": "Harbor Income Fund",
   "type": "fund",
   "risk_level": "R3"
  },
  None,
  "chat",
  "us",
  "Harbor is hands down the top income fund in the country."
 ],
 [
  "comparison.unfair_competitor",
  None,
  None,
  "chat",
  "us",
  "Those guys at Westfield Bank are crooks, plain and simple."
 ],
 [
  "endorsement.testimonial",
  {
   "code": "C",
   "name": "Harbor Income Fund",
   "type": "fund",
   "risk_level": "R3"
  },
  None,
  "chat",
  "us",
  "A retired teacher I work with doubled her money in this fund."
 ],
 [
  "conduct.off_channel",
  None,
  None,
  "chat",
  "us",
  "Shoot me a text on my personal number and I'll walk you through it."
 ],
 [
  "misleading.hidden_conditions",
  {
   "code": "C2",
   "name": "Summit Income Plan 180D",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 2.9,
   "benchmark_max": 3.7
  },
  None,
  "chat",
  "us",
  "The 180-day hold is just a formality, you can get out any time you need."
 ],
 [
  "suitability.product_above_customer_risk",
  {
   "code": "C",
   "name": "Harbor Income Fund",
   "type": "fund",
   "risk_level": "R3"
  },
  "C1",
  "chat",
  "us",
  "Even with your conservative profile, Harbor is perfect for you, let's do 20k."
 ],
 [
  "suitability.assessment_bypass",
  None,
  None,
  "chat",
  "us",
  "Just tell the questionnaire you have ten years of experience and it'll let you in."
 ],
 [
  "comparison.deposit_analogy",
  {
   "code": "C2",
   "name": "Summit Income Plan 180D",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 2.9,
   "benchmark_max": 3.7
  },
  None,
  "chat",
  "us",
  "It's basically a savings account with a better rate."
 ],
 [
  "endorsement.government",
  {
   "code": "C",
   "name": "Harbor Income Fund",
   "type": "fund",
   "risk_level": "R3"
  },
  None,
  "chat",
  "us",
  "The Treasury basically stands behind this fund."
 ],
 [
  "privacy.customer_pii",
  None,
  None,
  "chat",
  "us",
  "Shout-out to Karen Mills, who just moved $250,000 into the fund!"
 ],
 [
  "claim.risk_level_mismatch",
  {
   "code": "C",
   "name": "Harbor Income Fund",
   "type": "fund",
   "risk_level": "R3"
  },
  None,
  "chat",
  "us",
  "Harbor is really low risk, nothing to worry about."
 ],
 [
  "performance.cherry_picked",
  {
   "code": "C",
   "name": "Harbor Income Fund",
   "type": "fund",
   "risk_level": "R3"
  },
  None,
  "chat",
  "us",
  "Harbor was up 4% in the last two weeks alone!"
 ],
 [
  "performance.past_without_disclaimer",
  {
   "code": "C",
   "name": "Harbor Income Fund",
   "type": "fund",
   "risk_level": "R3"
  },
  None,
  "chat",
  "us",
  "Harbor returned 9% last year."
 ],
 [
  "promise.capital_guarantee",
  {
   "code": "A",
   "name": "安稳90天持有期理财",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 2.5,
   "benchmark_max": 3.3
  },
  None,
  "chat",
  "cn",
  "放心，这款就算市场再差，本金也是稳稳的。"
 ],
 [
  "promise.capital_guarantee",
  {
   "code": "B",
   "name": "远景科技混合",
   "type": "fund",
   "risk_level": "R4"
  },
  None,
  "chat",
  "cn",
  "基金经理很稳，跟着他从来不用担心亏钱。"
 ],
 [
  "promise.guaranteed_return",
  {
   "code": "D",
   "name": "吉祥年年分红险",
   "type": "insurance",
   "risk_level": "R2"
  },
  None,
  "chat",
  "cn",
  "这款分红险每年保底给您4%的分红。"
 ],
 [
  "promise.guaranteed_return",
  {
   "code": "A3",
   "name": "恒盈一年定开",
   "type": "wmp",
   "risk_level": "R3",
   "benchmark_min": 3.0,
   "benchmark_max": 4.2
  },
  None,
  "announcement",
  "cn",
  "恒盈一年定开开售！年化4%，到期稳拿！"
 ],
 [
  "performance.prediction",
  {
   "code": "A3",
   "name": "恒盈一年定开",
   "type": "wmp",
   "risk_level": "R3",
   "benchmark_min": 3.0,
   "benchmark_max": 4.2
  },
  None,
  "chat",
  "cn",
  "按目前的债市，这期跑个3.9%我觉得没悬念。"
 ],
 [
  "performance.prediction",
  {
   "code": "B",
   "name": "远景科技混合",
   "type": "fund",
   "risk_level": "R4"
  },
  None,
  "script",
  "cn",
  "大家好，科技板块下半年肯定迎来反弹，远景科技混合风险等级R4，基金有风险，投资须谨慎。"
 ],
 [
  "claim.yield_exceeds_benchmark",
  {
   "code": "A",
   "name": "安稳90天持有期理财",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 2.5,
   "benchmark_max": 3.3
  },
  None,
  "chat",
  "cn",
  "这款业绩比较基准2.5%-3.8%，不代表实际收益。"
 ],
 [
  "claim.product_fact_mismatch",
  {
   "code": "A",
   "name": "安稳90天持有期理财",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 2.5,
   "benchmark_max": 3.3
  },
  None,
  "chat",
  "cn",
  "业绩比较基准是年化2.8%到3.3%，不构成收益承诺。"
 ],
 [
  "comparison.deposit_analogy",
  {
   "code": "D",
   "name": "吉祥年年分红险",
   "type": "insurance",
   "risk_level": "R2"
  },
  None,
  "chat",
  "cn",
  "这个保险其实就是存钱，每年存一点，到期连本带息拿回来。"
 ],
 [
  "claim.risk_level_mismatch",
  {
   "code": "B",
   "name": "远景科技混合",
   "type": "fund",
   "risk_level": "R4"
  },
  None,
  "chat",
  "cn",
  "别看它是R4，其实波动小得很，跟理财差不多。"
 ],
 [
  "inducement.urgency_pressure",
  {
   "code": "A",
   "name": "安稳90天持有期理财",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 2.5,
   "benchmark_max": 3.3
  },
  None,
  "chat",
  "cn",
  "这期额度马上就抢完了，还没下单的抓紧时间。"
 ],
 [
  "inducement.gift_rebate",
  {
   "code": "A",
   "name": "安稳90天持有期理财",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 2.5,
   "benchmark_max": 3.3
  },
  None,
  "chat",
  "cn",
  "今晚认购的客户，每人送一桶油，买得越多送得越多。"
 ],
 [
  "conduct.off_channel",
  None,
  None,
  "chat",
  "cn",
  "具体的收益测算表我单独发给你，别在群里问。"
 ],
 [
  "endorsement.government",
  {
   "code": "A",
   "name": "安稳90天持有期理财",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 2.5,
   "benchmark_max": 3.3
  },
  None,
  "chat",
  "cn",
  "这是银保监备过案的产品，监管都点头了，安全得很。"
 ],
 [
  "superlative.absolute_term",
  {
   "code": "B",
   "name": "远景科技混合",
   "type": "fund",
   "risk_level": "R4"
  },
  None,
  "chat",
  "cn",
  "远景科技是我们行有史以来最赚钱的一只基金。"
 ],
 [
  "endorsement.testimonial",
  {
   "code": "B",
   "name": "远景科技混合",
   "type": "fund",
   "risk_level": "R4"
  },
  None,
  "chat",
  "cn",
  "隔壁王大爷去年跟着我买，今年已经赚了三万块。"
 ],
 [
  "performance.cherry_picked",
  {
   "code": "B",
   "name": "远景科技混合",
   "type": "fund",
   "risk_level": "R4"
  },
  None,
  "chat",
  "cn",
  "远景科技上个月涨了8.6%，表现太亮眼了。"
 ],
 [
  "performance.past_without_disclaimer",
  {
   "code": "A",
   "name": "安稳90天持有期理财",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 2.5,
   "benchmark_max": 3.3
  },
  None,
  "chat",
  "cn",
  "这个系列前几期的年化都在3.2%左右。"
 ],
 [
  "misleading.hidden_conditions",
  {
   "code": "B",
   "name": "远景科技混合",
   "type": "fund",
   "risk_level": "R4"
  },
  None,
  "chat",
  "cn",
  "买这只基金不收申购费也不收赎回费，完全零成本。"
 ],
 [
  "suitability.assessment_bypass",
  None,
  None,
  "chat",
  "cn",
  "测评不过没关系，我找个同事帮您重新做一份。"
 ],
 [
  "privacy.customer_pii",
  None,
  None,
  "chat",
  "cn",
  "恭喜刘建国先生刚才认购了50万！"
 ],
 [
  "comparison.unfair_competitor",
  None,
  None,
  "chat",
  "cn",
  "别去那些互联网平台买，他们的产品都是割韭菜的。"
 ],
 [
  "promise.capital_guarantee",
  {
   "code": "C2",
   "name": "Bluewater Income 90D",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 2.8,
   "benchmark_max": 3.6
  },
  None,
  "chat",
  "us",
  "There's zero chance you'll lose a dime on this one."
 ],
 [
  "promise.guaranteed_return",
  {
   "code": "C3",
   "name": "Legacy Indexed Annuity",
   "type": "insurance",
   "risk_level": "R3"
  },
  None,
  "chat",
  "us",
  "This annuity pays 6% a year, no ifs, ands or buts."
 ],
 [
  "performance.prediction",
  {
   "code": "C",
   "name": "Atlas Dividend Fund",
   "type": "fund",
   "risk_level": "R3"
  },
  None,
  "chat",
  "us",
  "Atlas should easily clear 8% next year, I'd put money on it."
 ],
 [
  "performance.prediction",
  {
   "code": "C",
   "name": "Atlas Dividend Fund",
   "type": "fund",
   "risk_level": "R3"
  },
  None,
  "chat",
  "us",
  "Dividend stocks are set to rebound hard this fall."
 ],
 [
  "claim.yield_exceeds_benchmark",
  {
   "code": "C2",
   "name": "Bluewater Income 90D",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 2.8,
   "benchmark_max": 3.6
  },
  None,
  "product_card",
  "us",
  "Bluewater Income 90D | Risk: R2 | Benchmark 2.8%–3.9% p.a. (not a promise) | Not FDIC insured · May lose value"
 ],
 [
  "comparison.deposit_analogy",
  {
   "code": "C2",
   "name": "Bluewater Income 90D",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 2.8,
   "benchmark_max": 3.6
  },
  None,
  "chat",
  "us",
  "Think of Bluewater as a CD that just happens to pay more."
 ],
 [
  "claim.risk_level_mismatch",
  {
   "code": "C",
   "name": "Atlas Dividend Fund",
   "type": "fund",
   "risk_level": "R3"
  },
  None,
  "chat",
  "us",
  "Atlas is about as low risk as it gets."
 ],
 [
  "inducement.urgency_pressure",
  {
   "code": "C",
   "name": "Atlas Dividend Fund",
   "type": "fund",
   "risk_level": "R3"
  },
  None,
  "chat",
  "us",
  "Prices go up Monday, so lock in your shares this weekend."
 ],
 [
  "conduct.off_channel",
  None,
  None,
  "chat",
  "us",
  "Let's continue this on WhatsApp, my number is in my bio."
 ],
 [
  "endorsement.government",
  {
   "code": "C",
   "name": "Atlas Dividend Fund",
   "type": "fund",
   "risk_level": "R3"
  },
  None,
  "chat",
  "us",
  "The fund is FDIC-backed, so there's no real risk."
 ],
 [
  "superlative.absolute_term",
  {
   "code": "C",
   "name": "Atlas Dividend Fund",
   "type": "fund",
   "risk_level": "R3"
  },
  None,
  "chat",
  "us",
  "Atlas is simply the strongest dividend fund out there."
 ],
 [
  "endorsement.testimonial",
  {
   "code": "C",
   "name": "Atlas Dividend Fund",
   "type": "fund",
   "risk_level": "R3"
  },
  None,
  "chat",
  "us",
  "My neighbor Bob made 30 grand on Atlas last year."
 ],
 [
  "misleading.hidden_conditions",
  {
   "code": "C3",
   "name": "Legacy Indexed Annuity",
   "type": "insurance",
   "risk_level": "R3"
  },
  None,
  "chat",
  "us",
  "You can pull your money out of this annuity any time without paying a thing."
 ],
 [
  "suitability.product_above_customer_risk",
  {
   "code": "C",
   "name": "Atlas Dividend Fund",
   "type": "fund",
   "risk_level": "R3"
  },
  "C2",
  "chat",
  "us",
  "Atlas would suit you well, how about we start you at $25,000?"
 ],
 [
  "privacy.customer_pii",
  None,
  None,
  "chat",
  "us",
  "Welcome back, Daniel Ortiz — your account ending 8842 is all set."
 ],
 [
  "performance.cherry_picked",
  {
   "code": "C",
   "name": "Atlas Dividend Fund",
   "type": "fund",
   "risk_level": "R3"
  },
  None,
  "chat",
  "us",
  "Atlas jumped 7% in March alone!"
 ],
 [
  "promise.guaranteed_return",
  {
   "code": "A",
   "name": "瑞丰180天持有期理财",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 2.6,
   "benchmark_max": 3.4
  },
  None,
  "chat",
  "cn",
  "到期妥妥拿个3%没跑。"
 ],
 [
  "performance.prediction",
  {
   "code": "B",
   "name": "蓝海均衡混合",
   "type": "fund",
   "risk_level": "R3"
  },
  None,
  "chat",
  "cn",
  "我判断蓝海均衡今年能有个8%左右。"
 ],
 [
  "comparison.deposit_analogy",
  {
   "code": "A",
   "name": "瑞丰180天持有期理财",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 2.6,
   "benchmark_max": 3.4
  },
  None,
  "chat",
  "cn",
  "这款说白了就是个定期，只是利息高点。"
 ],
 [
  "claim.risk_level_mismatch",
  {
   "code": "B",
   "name": "蓝海均衡混合",
   "type": "fund",
   "risk_level": "R3"
  },
  None,
  "chat",
  "cn",
  "蓝海均衡其实就是个低风险产品，和债基没啥区别。"
 ],
 [
  "promise.capital_guarantee",
  {
   "code": "A",
   "name": "瑞丰180天持有期理财",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 2.6,
   "benchmark_max": 3.4
  },
  None,
  "chat",
  "cn",
  "亏是不可能亏的，这辈子都不可能亏的。"
 ],
 [
  "inducement.urgency_pressure",
  {
   "code": "A",
   "name": "瑞丰180天持有期理财",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 2.6,
   "benchmark_max": 3.4
  },
  None,
  "chat",
  "cn",
  "现在不买，等到下周利率一降就后悔了。"
 ],
 [
  "superlative.absolute_term",
  {
   "code": "B",
   "name": "蓝海均衡混合",
   "type": "fund",
   "risk_level": "R3"
  },
  None,
  "chat",
  "cn",
  "蓝海均衡是全行卖得最火的一只。"
 ],
 [
  "performance.cherry_picked",
  {
   "code": "B",
   "name": "蓝海均衡混合",
   "type": "fund",
   "risk_level": "R3"
  },
  None,
  "chat",
  "cn",
  "蓝海均衡近两周涨了5.2%！"
 ],
 [
  "endorsement.testimonial",
  {
   "code": "B",
   "name": "蓝海均衡混合",
   "type": "fund",
   "risk_level": "R3"
  },
  None,
  "chat",
  "cn",
  "好多老客户都跟我说，买了蓝海均衡之后每年都有钱赚。"
 ],
 [
  "conduct.off_channel",
  None,
  None,
  "chat",
  "cn",
  "想要内部资料的，直播结束后来找我要，别在这说。"
 ],
 [
  "promise.capital_guarantee",
  {
   "code": "C2",
   "name": "Harborview 180-Day Income Plan",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 2.9,
   "benchmark_max": 3.7
  },
  None,
  "chat",
  "us",
  "Harborview has never once lost a client a single penny."
 ],
 [
  "performance.prediction",
  {
   "code": "C",
   "name": "Cedar Bond Fund",
   "type": "fund",
   "risk_level": "R2"
  },
  None,
  "chat",
  "us",
  "Cedar's going to have a great year, trust me."
 ],
 [
  "promise.guaranteed_return",
  {
   "code": "C2",
   "name": "Harborview 180-Day Income Plan",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 2.9,
   "benchmark_max": 3.7
  },
  None,
  "chat",
  "us",
  "You'll pocket 3.5% at maturity, that's a given."
 ],
 [
  "comparison.deposit_analogy",
  {
   "code": "C2",
   "name": "Harborview 180-Day Income Plan",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 2.9,
   "benchmark_max": 3.7
  },
  None,
  "chat",
  "us",
  "It works just like a savings account, only better."
 ],
 [
  "inducement.urgency_pressure",
  {
   "code": "C",
   "name": "Cedar Bond Fund",
   "type": "fund",
   "risk_level": "R2"
  },
  None,
  "chat",
  "us",
  "Seriously, get in before the window slams shut on Friday."
 ],
 [
  "superlative.absolute_term",
  {
   "code": "C",
   "name": "Cedar Bond Fund",
   "type": "fund",
   "risk_level": "R2"
  },
  None,
  "chat",
  "us",
  "Cedar is the best-kept secret in bond investing, nothing else comes close."
 ],
 [
  "endorsement.testimonial",
  {
   "code": "C",
   "name": "Cedar Bond Fund",
   "type": "fund",
   "risk_level": "R2"
  },
  None,
  "chat",
  "us",
  "A lot of my retirees swear by Cedar."
 ],
 [
  "conduct.off_channel",
  None,
  None,
  "chat",
  "us",
  "I can send you the projections from my personal email after the show."
 ],
 [
  "misleading.hidden_conditions",
  {
   "code": "C2",
   "name": "Harborview 180-Day Income Plan",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 2.9,
   "benchmark_max": 3.7
  },
  None,
  "chat",
  "us",
  "The 180-day thing is flexible, just call me if you need out."
 ],
 [
  "claim.risk_level_mismatch",
  {
   "code": "C",
   "name": "Cedar Bond Fund",
   "type": "fund",
   "risk_level": "R2"
  },
  None,
  "product_card",
  "us",
  "Cedar Bond Fund | Risk level: R1 (low) | Not FDIC insured · May lose value"
 ],
 [
  "promise.capital_guarantee",
  {
   "code": "C2",
   "name": "Northshore Income Plan 90D",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 3.0,
   "benchmark_max": 3.8
  },
  None,
  "chat",
  "us",
  "Your original investment is fully protected no matter what happens."
 ],
 [
  "promise.capital_guarantee",
  {
   "code": "C",
   "name": "Maple Balanced Fund",
   "type": "fund",
   "risk_level": "R3"
  },
  None,
  "chat",
  "us",
  "You'd have to be really unlucky to lose money here — it basically doesn't happen."
 ],
 [
  "promise.capital_guarantee",
  {
   "code": "C2",
   "name": "Northshore Income Plan 90D",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 3.0,
   "benchmark_max": 3.8
  },
  None,
  "chat",
  "us",
  "Even in 2008 this kind of plan didn't lose a penny."
 ],
 [
  "promise.guaranteed_return",
  {
   "code": "C3",
   "name": "Keystone Variable Annuity",
   "type": "insurance",
   "risk_level": "R4"
  },
  None,
  "chat",
  "us",
  "With this annuity your income is set for life at 7%, guaranteed."
 ],
 [
  "performance.prediction",
  {
   "code": "C",
   "name": "Maple Balanced Fund",
   "type": "fund",
   "risk_level": "R3"
  },
  None,
  "chat",
  "us",
  "Maple is poised for a breakout quarter."
 ],
 [
  "performance.prediction",
  {
   "code": "C",
   "name": "Maple Balanced Fund",
   "type": "fund",
   "risk_level": "R3"
  },
  None,
  "chat",
  "us",
  "Next year is shaping up to be a big one for balanced funds."
 ],
 [
  "performance.prediction",
  {
   "code": "C2",
   "name": "Northshore Income Plan 90D",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 3.0,
   "benchmark_max": 3.8
  },
  None,
  "chat",
  "us",
  "This round will probably come in around 3.5%."
 ],
 [
  "claim.yield_exceeds_benchmark",
  {
   "code": "C2",
   "name": "Northshore Income Plan 90D",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 3.0,
   "benchmark_max": 3.8
  },
  None,
  "chat",
  "us",
  "Realistically you'll see 4.2% on Northshore."
 ],
 [
  "comparison.deposit_analogy",
  {
   "code": "C2",
   "name": "Northshore Income Plan 90D",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 3.0,
   "benchmark_max": 3.8
  },
  None,
  "chat",
  "us",
  "Northshore is our souped-up version of a CD."
 ],
 [
  "claim.risk_level_mismatch",
  {
   "code": "C",
   "name": "Maple Balanced Fund",
   "type": "fund",
   "risk_level": "R3"
  },
  None,
  "chat",
  "us",
  "Maple is a very conservative, low-risk choice."
 ],
 [
  "inducement.urgency_pressure",
  {
   "code": "C",
   "name": "Maple Balanced Fund",
   "type": "fund",
   "risk_level": "R3"
  },
  None,
  "chat",
  "us",
  "Once this batch is gone, it's gone — grab your spot."
 ],
 [
  "inducement.urgency_pressure",
  {
   "code": "C2",
   "name": "Northshore Income Plan 90D",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 3.0,
   "benchmark_max": 3.8
  },
  None,
  "announcement",
  "us",
  "Last call! Northshore closes at midnight — don't be the one who missed it."
 ],
 [
  "superlative.absolute_term",
  {
   "code": "C",
   "name": "Maple Balanced Fund",
   "type": "fund",
   "risk_level": "R3"
  },
  None,
  "chat",
  "us",
  "Maple beats every balanced fund I've ever seen."
 ],
 [
  "superlative.absolute_term",
  {
   "code": "C2",
   "name": "Northshore Income Plan 90D",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 3.0,
   "benchmark_max": 3.8
  },
  None,
  "chat",
  "us",
  "Northshore is the highest-yielding plan you'll find anywhere."
 ],
 [
  "comparison.unfair_competitor",
  None,
  None,
  "chat",
  "us",
  "The advisors at Summit Trust are a bunch of salesmen who don't care about you."
 ],
 [
  "endorsement.testimonial",
  {
   "code": "C",
   "name": "Maple Balanced Fund",
   "type": "fund",
   "risk_level": "R3"
  },
  None,
  "chat",
  "us",
  "One of my longtime clients turned $100k into $160k with Maple."
 ],
 [
  "endorsement.testimonial",
  {
   "code": "C",
   "name": "Maple Balanced Fund",
   "type": "fund",
   "risk_level": "R3"
  },
  None,
  "chat",
  "us",
  "Even a Nobel-winning economist I know has his retirement in Maple."
 ],
 [
  "endorsement.government",
  {
   "code": "C2",
   "name": "Northshore Income Plan 90D",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 3.0,
   "benchmark_max": 3.8
  },
  None,
  "chat",
  "us",
  "Northshore is overseen by federal regulators, so it's basically government-grade safe."
 ],
 [
  "conduct.off_channel",
  None,
  None,
  "chat",
  "us",
  "Add me on WeChat and I'll walk you through it privately."
 ],
 [
  "conduct.off_channel",
  None,
  None,
  "chat",
  "us",
  "I've got a deck compliance hasn't signed off on yet — DM me and I'll send it."
 ],
 [
  "misleading.hidden_conditions",
  {
   "code": "C3",
   "name": "Keystone Variable Annuity",
   "type": "insurance",
   "risk_level": "R4"
  },
  None,
  "chat",
  "us",
  "There are no surrender fees on this annuity, ever."
 ],
 [
  "misleading.hidden_conditions",
  {
   "code": "C",
   "name": "Maple Balanced Fund",
   "type": "fund",
   "risk_level": "R3"
  },
  None,
  "chat",
  "us",
  "Maple has no fees whatsoever."
 ],
 [
  "suitability.product_above_customer_risk",
  {
   "code": "C",
   "name": "Maple Balanced Fund",
   "type": "fund",
   "risk_level": "R3"
  },
  "C1",
  "chat",
  "us",
  "I know you're conservative, but Maple is a great fit — let's move 30k over tonight."
 ],
 [
  "suitability.assessment_bypass",
  None,
  None,
  "chat",
  "us",
  "When the risk quiz asks about losses, just pick 'comfortable with large swings' and you're in."
 ],
 [
  "privacy.customer_pii",
  None,
  None,
  "chat",
  "us",
  "Congrats to Robert Lang at 55 Oak Avenue on his new account!"
 ],
 [
  "performance.cherry_picked",
  {
   "code": "C",
   "name": "Maple Balanced Fund",
   "type": "fund",
   "risk_level": "R3"
  },
  None,
  "chat",
  "us",
  "Maple's best quarter was up 12%, check that out."
 ],
 [
  "performance.past_without_disclaimer",
  {
   "code": "C",
   "name": "Maple Balanced Fund",
   "type": "fund",
   "risk_level": "R3"
  },
  None,
  "chat",
  "us",
  "Maple returned 11.4% in 2025."
 ],
 [
  "promise.capital_guarantee",
  {
   "code": "A",
   "name": "鼎盛一年定开理财",
   "type": "wmp",
   "risk_level": "R3",
   "benchmark_min": 3.1,
   "benchmark_max": 4.3
  },
  None,
  "script",
  "cn",
  "大家好，介绍鼎盛一年定开理财，风险等级R3。说句实在话，这款买进去就没有下来过，您的本钱跟存在保险柜里一样。业绩比较基准3.1%-4.3%，不代表实际收益，不构成收益承诺。理财非存款、产品有风险、投资须谨慎。"
 ],
 [
  "performance.prediction",
  {
   "code": "B",
   "name": "华泰价值精选",
   "type": "fund",
   "risk_level": "R4"
  },
  None,
  "chat",
  "cn",
  "华泰价值精选今年有望冲击20%的收益。"
 ],
 [
  "performance.prediction",
  {
   "code": "B",
   "name": "华泰价值精选",
   "type": "fund",
   "risk_level": "R4"
  },
  None,
  "chat",
  "cn",
  "后面市场只会越来越好，现在进去就是赚。"
 ],
 [
  "claim.yield_exceeds_benchmark",
  {
   "code": "A",
   "name": "鼎盛一年定开理财",
   "type": "wmp",
   "risk_level": "R3",
   "benchmark_min": 3.1,
   "benchmark_max": 4.3
  },
  None,
  "chat",
  "cn",
  "鼎盛这期到期大概能有4.5%。"
 ],
 [
  "claim.product_fact_mismatch",
  {
   "code": "A",
   "name": "鼎盛一年定开理财",
   "type": "wmp",
   "risk_level": "R3",
   "benchmark_min": 3.1,
   "benchmark_max": 4.3
  },
  None,
  "product_card",
  "cn",
  "鼎盛一年定开｜风险等级R3｜业绩比较基准3.5%-4.3%（不代表实际收益，不构成收益承诺）｜理财非存款、产品有风险、投资须谨慎"
 ],
 [
  "comparison.deposit_analogy",
  {
   "code": "A",
   "name": "鼎盛一年定开理财",
   "type": "wmp",
   "risk_level": "R3",
   "benchmark_min": 3.1,
   "benchmark_max": 4.3
  },
  None,
  "chat",
  "cn",
  "这款跟大额存单差不了多少，就是收益高一些。"
 ],
 [
  "claim.risk_level_mismatch",
  {
   "code": "B",
   "name": "华泰价值精选",
   "type": "fund",
   "risk_level": "R4"
  },
  None,
  "chat",
  "cn",
  "这只基金很安全的，适合保守型的您。"
 ],
 [
  "inducement.urgency_pressure",
  {
   "code": "A",
   "name": "鼎盛一年定开理财",
   "type": "wmp",
   "risk_level": "R3",
   "benchmark_min": 3.1,
   "benchmark_max": 4.3
  },
  None,
  "chat",
  "cn",
  "今天是认购最后一天，明天就买不到了，大家别犹豫。"
 ],
 [
  "superlative.absolute_term",
  {
   "code": "B",
   "name": "华泰价值精选",
   "type": "fund",
   "risk_level": "R4"
  },
  None,
  "chat",
  "cn",
  "华泰价值精选的基金经理是业内公认的第一人。"
 ],
 [
  "endorsement.testimonial",
  {
   "code": "B",
   "name": "华泰价值精选",
   "type": "fund",
   "risk_level": "R4"
  },
  None,
  "chat",
  "cn",
  "上次直播后买的那批客户，现在人均赚了15%。"
 ],
 [
  "endorsement.government",
  {
   "code": "A",
   "name": "鼎盛一年定开理财",
   "type": "wmp",
   "risk_level": "R3",
   "benchmark_min": 3.1,
   "benchmark_max": 4.3
  },
  None,
  "chat",
  "cn",
  "鼎盛背后是国有大行，国家不会让它出事的。"
 ],
 [
  "inducement.gift_rebate",
  {
   "code": "A",
   "name": "鼎盛一年定开理财",
   "type": "wmp",
   "risk_level": "R3",
   "benchmark_min": 3.1,
   "benchmark_max": 4.3
  },
  None,
  "chat",
  "cn",
  "认购10万以上的，我们给您额外加0.3%的收益补贴。"
 ],
 [
  "conduct.off_channel",
  None,
  None,
  "chat",
  "cn",
  "评论区不方便说，扫一下我朋友圈里的二维码细聊。"
 ],
 [
  "misleading.hidden_conditions",
  {
   "code": "A",
   "name": "鼎盛一年定开理财",
   "type": "wmp",
   "risk_level": "R3",
   "benchmark_min": 3.1,
   "benchmark_max": 4.3
  },
  None,
  "chat",
  "cn",
  "虽然是一年定开，但每个月都可以申请赎回，很灵活。"
 ],
 [
  "suitability.product_above_customer_risk",
  {
   "code": "B",
   "name": "华泰价值精选",
   "type": "fund",
   "risk_level": "R4"
  },
  "C2",
  "chat",
  "cn",
  "您虽然是C2，但是配一点华泰价值精选问题不大，我来帮您操作。"
 ],
 [
  "suitability.assessment_bypass",
  None,
  None,
  "chat",
  "cn",
  "测评时问您能承受多大亏损，就选最高那一档。"
 ],
 [
  "privacy.customer_pii",
  None,
  None,
  "chat",
  "cn",
  "感谢李秀英阿姨，手机尾号3321，刚刚追加了20万！"
 ],
 [
  "performance.cherry_picked",
  {
   "code": "B",
   "name": "华泰价值精选",
   "type": "fund",
   "risk_level": "R4"
  },
  None,
  "chat",
  "cn",
  "华泰价值精选最近三个月收益率18%，排名靠前。"
 ],
 [
  "performance.past_without_disclaimer",
  {
   "code": "A",
   "name": "鼎盛一年定开理财",
   "type": "wmp",
   "risk_level": "R3",
   "benchmark_min": 3.1,
   "benchmark_max": 4.3
  },
  None,
  "chat",
  "cn",
  "鼎盛上一期实际年化4.02%，表现不错。"
 ],
 [
  "comparison.unfair_competitor",
  None,
  None,
  "chat",
  "cn",
  "那几家网贷平台出身的理财都不靠谱，随时可能爆雷。"
 ],
 [
  "promise.capital_guarantee",
  {
   "code": "C2",
   "name": "Steadfast Income 180D",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 3.2,
   "benchmark_max": 4.0
  },
  None,
  "chat",
  "us",
  "You literally cannot lose a cent in Steadfast."
 ],
 [
  "promise.capital_guarantee",
  {
   "code": "C",
   "name": "Pioneer Growth Fund",
   "type": "fund",
   "risk_level": "R4"
  },
  None,
  "chat",
  "us",
  "Pioneer has a perfect record — not one losing year since launch."
 ],
 [
  "promise.capital_guarantee",
  {
   "code": "C3",
   "name": "Horizon Indexed Annuity",
   "type": "insurance",
   "risk_level": "R3"
  },
  None,
  "chat",
  "us",
  "With this annuity your principal is 100% guaranteed, market crash or not."
 ],
 [
  "promise.guaranteed_return",
  {
   "code": "C2",
   "name": "Steadfast Income 180D",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 3.2,
   "benchmark_max": 4.0
  },
  None,
  "chat",
  "us",
  "You're getting 4% on Steadfast, full stop."
 ],
 [
  "promise.guaranteed_return",
  {
   "code": "C",
   "name": "Pioneer Growth Fund",
   "type": "fund",
   "risk_level": "R4"
  },
  None,
  "chat",
  "us",
  "Pioneer always delivers — you will make money with it."
 ],
 [
  "performance.prediction",
  {
   "code": "C",
   "name": "Pioneer Growth Fund",
   "type": "fund",
   "risk_level": "R4"
  },
  None,
  "chat",
  "us",
  "I'd bet Pioneer is up 20% by this time next year."
 ],
 [
  "performance.prediction",
  {
   "code": "C",
   "name": "Pioneer Growth Fund",
   "type": "fund",
   "risk_level": "R4"
  },
  None,
  "chat",
  "us",
  "Tech is going to rip higher into year-end."
 ],
 [
  "performance.prediction",
  {
   "code": "C2",
   "name": "Steadfast Income 180D",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 3.2,
   "benchmark_max": 4.0
  },
  None,
  "chat",
  "us",
  "This cycle, Steadfast should land right around 3.9%."
 ],
 [
  "claim.yield_exceeds_benchmark",
  {
   "code": "C2",
   "name": "Steadfast Income 180D",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 3.2,
   "benchmark_max": 4.0
  },
  None,
  "chat",
  "us",
  "Expect roughly 4.4% from Steadfast this round."
 ],
 [
  "claim.product_fact_mismatch",
  {
   "code": "C2",
   "name": "Steadfast Income 180D",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 3.2,
   "benchmark_max": 4.0
  },
  None,
  "chat",
  "us",
  "Steadfast's benchmark is 3.5% to 4.0% a year, a reference and not a promise."
 ],
 [
  "comparison.deposit_analogy",
  {
   "code": "C2",
   "name": "Steadfast Income 180D",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 3.2,
   "benchmark_max": 4.0
  },
  None,
  "chat",
  "us",
  "Steadfast is basically a high-yield savings account."
 ],
 [
  "claim.risk_level_mismatch",
  {
   "code": "C",
   "name": "Pioneer Growth Fund",
   "type": "fund",
   "risk_level": "R4"
  },
  None,
  "chat",
  "us",
  "Pioneer is a safe, low-volatility pick."
 ],
 [
  "inducement.urgency_pressure",
  {
   "code": "C",
   "name": "Pioneer Growth Fund",
   "type": "fund",
   "risk_level": "R4"
  },
  None,
  "chat",
  "us",
  "Don't wait on this one — it won't be available next week."
 ],
 [
  "superlative.absolute_term",
  {
   "code": "C",
   "name": "Pioneer Growth Fund",
   "type": "fund",
   "risk_level": "R4"
  },
  None,
  "chat",
  "us",
  "Pioneer is the #1 growth fund in America."
 ],
 [
  "comparison.unfair_competitor",
  None,
  None,
  "chat",
  "us",
  "Stay away from Granite Bank's funds, they're a total rip-off."
 ],
 [
  "endorsement.testimonial",
  {
   "code": "C",
   "name": "Pioneer Growth Fund",
   "type": "fund",
   "risk_level": "R4"
  },
  None,
  "chat",
  "us",
  "Sarah from our Tuesday group made $18,000 on Pioneer last year."
 ],
 [
  "endorsement.government",
  {
   "code": "C2",
   "name": "Steadfast Income 180D",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 3.2,
   "benchmark_max": 4.0
  },
  None,
  "chat",
  "us",
  "The SEC signed off on Steadfast, so you know it's legit."
 ],
 [
  "conduct.off_channel",
  None,
  None,
  "chat",
  "us",
  "Text me on my cell at the number on my card and we'll set it up."
 ],
 [
  "misleading.hidden_conditions",
  {
   "code": "C2",
   "name": "Steadfast Income 180D",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 3.2,
   "benchmark_max": 4.0
  },
  None,
  "chat",
  "us",
  "Need your money early? No problem, I can get you out before the 180 days."
 ],
 [
  "suitability.product_above_customer_risk",
  {
   "code": "C",
   "name": "Pioneer Growth Fund",
   "type": "fund",
   "risk_level": "R4"
  },
  "C2",
  "chat",
  "us",
  "Pioneer is exactly what your portfolio needs — let's put $40k in today."
 ],
 [
  "suitability.assessment_bypass",
  None,
  None,
  "chat",
  "us",
  "Just retake the risk questionnaire and say you're comfortable with big losses."
 ],
 [
  "privacy.customer_pii",
  None,
  None,
  "chat",
  "us",
  "Thank you, Mr. Henry Walsh — your $320,000 transfer just cleared!"
 ],
 [
  "performance.cherry_picked",
  {
   "code": "C",
   "name": "Pioneer Growth Fund",
   "type": "fund",
   "risk_level": "R4"
  },
  None,
  "chat",
  "us",
  "Pioneer gained 9% over the last three weeks."
 ],
 [
  "performance.past_without_disclaimer",
  {
   "code": "C",
   "name": "Pioneer Growth Fund",
   "type": "fund",
   "risk_level": "R4"
  },
  None,
  "chat",
  "us",
  "Pioneer returned 24% in 2025."
 ],
 [
  "promise.capital_guarantee",
  {
   "code": "A",
   "name": "安心盈180天持有期理财",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 2.8,
   "benchmark_max": 3.5
  },
  None,
  "chat",
  "cn",
  "买这个跟把钱放自己口袋里一样踏实。"
 ],
 [
  "promise.capital_guarantee",
  {
   "code": "B",
   "name": "新锐成长混合",
   "type": "fund",
   "risk_level": "R5"
  },
  None,
  "chat",
  "cn",
  "这只基金再怎么跌，过段时间也都能涨回来，本金不会有事。"
 ],
 [
  "promise.guaranteed_return",
  {
   "code": "A",
   "name": "安心盈180天持有期理财",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 2.8,
   "benchmark_max": 3.5
  },
  None,
  "chat",
  "cn",
  "3.5%是能稳稳落袋的。"
 ],
 [
  "promise.guaranteed_return",
  {
   "code": "D",
   "name": "福满堂增额寿",
   "type": "insurance",
   "risk_level": "R2"
  },
  None,
  "chat",
  "cn",
  "这款增额寿每年收益保底3.5%，写在那儿跑不了。"
 ],
 [
  "performance.prediction",
  {
   "code": "B",
   "name": "新锐成长混合",
   "type": "fund",
   "risk_level": "R5"
  },
  None,
  "chat",
  "cn",
  "新锐成长今年翻一番我觉得很有可能。"
 ],
 [
  "performance.prediction",
  {
   "code": "A",
   "name": "安心盈180天持有期理财",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 2.8,
   "benchmark_max": 3.5
  },
  None,
  "chat",
  "cn",
  "这期收益我保守估计也有3.3%。"
 ],
 [
  "comparison.deposit_analogy",
  {
   "code": "A",
   "name": "安心盈180天持有期理财",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 2.8,
   "benchmark_max": 3.5
  },
  None,
  "chat",
  "cn",
  "您就当存了个半年定期，到期连本带利取出来。"
 ],
 [
  "claim.risk_level_mismatch",
  {
   "code": "B",
   "name": "新锐成长混合",
   "type": "fund",
   "risk_level": "R5"
  },
  None,
  "chat",
  "cn",
  "别看R5，其实它就是个中低风险的产品。"
 ],
 [
  "inducement.urgency_pressure",
  {
   "code": "A",
   "name": "安心盈180天持有期理财",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 2.8,
   "benchmark_max": 3.5
  },
  None,
  "chat",
  "cn",
  "这期卖得特别快，晚一点可能就抢不到了。"
 ],
 [
  "superlative.absolute_term",
  {
   "code": "B",
   "name": "新锐成长混合",
   "type": "fund",
   "risk_level": "R5"
  },
  None,
  "chat",
  "cn",
  "新锐成长的收益在我们行能排进前三。"
 ],
 [
  "endorsement.testimonial",
  {
   "code": "B",
   "name": "新锐成长混合",
   "type": "fund",
   "risk_level": "R5"
  },
  None,
  "chat",
  "cn",
  "我表姐去年买了十万，年底一看赚了三万。"
 ],
 [
  "endorsement.government",
  {
   "code": "A",
   "name": "安心盈180天持有期理财",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 2.8,
   "benchmark_max": 3.5
  },
  None,
  "chat",
  "cn",
  "这个产品是人民银行认可的，出不了问题。"
 ],
 [
  "inducement.gift_rebate",
  {
   "code": "A",
   "name": "安心盈180天持有期理财",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 2.8,
   "benchmark_max": 3.5
  },
  None,
  "chat",
  "cn",
  "今晚下单的，我送您一张200元的超市卡。"
 ],
 [
  "conduct.off_channel",
  None,
  None,
  "chat",
  "cn",
  "有需要的可以直接打我手机，号码我私信发你。"
 ],
 [
  "misleading.hidden_conditions",
  {
   "code": "A",
   "name": "安心盈180天持有期理财",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 2.8,
   "benchmark_max": 3.5
  },
  None,
  "chat",
  "cn",
  "虽然写着180天，但中间要用钱也能拿出来，不影响。"
 ],
 [
  "suitability.product_above_customer_risk",
  {
   "code": "B",
   "name": "新锐成长混合",
   "type": "fund",
   "risk_level": "R5"
  },
  "C3",
  "chat",
  "cn",
  "您是C3也可以考虑新锐成长，我觉得挺适合您的。"
 ],
 [
  "suitability.assessment_bypass",
  None,
  None,
  "chat",
  "cn",
  "您让家里孩子用他的名义买，就不用管测评结果了。"
 ],
 [
  "privacy.customer_pii",
  None,
  None,
  "chat",
  "cn",
  "张丽华女士，您卡号尾号6688的账户今天到账了。"
 ],
 [
  "comparison.unfair_competitor",
  None,
  None,
  "chat",
  "cn",
  "那家券商的投顾就是割韭菜的，别听他们的。"
 ],
 [
  "performance.cherry_picked",
  {
   "code": "B",
   "name": "新锐成长混合",
   "type": "fund",
   "risk_level": "R5"
  },
  None,
  "chat",
  "cn",
  "新锐成长上周涨了6.8%，势头很猛。"
 ],
 [
  "disclosure.risk_warning_missing",
  {
   "code": "A",
   "name": "稳泰一年定开理财",
   "type": "wmp",
   "risk_level": "R3",
   "benchmark_min": 3.0,
   "benchmark_max": 4.1
  },
  None,
  "product_card",
  "cn",
  "稳泰一年定开｜风险等级R3｜业绩比较基准3.0%-4.1%（不代表实际收益，不构成收益承诺）｜1万元起购"
 ],
 [
  "disclosure.risk_level_missing",
  {
   "code": "B",
   "name": "卓越红利混合",
   "type": "fund",
   "risk_level": "R4"
  },
  None,
  "product_card",
  "cn",
  "卓越红利混合｜股票仓位60%-95%｜基金有风险，投资须谨慎"
 ],
 [
  "performance.prediction",
  {
   "code": "A",
   "name": "稳泰一年定开理财",
   "type": "wmp",
   "risk_level": "R3",
   "benchmark_min": 3.0,
   "benchmark_max": 4.1
  },
  None,
  "announcement",
  "cn",
  "周四晚8点｜稳泰一年定开新一期开售，预计年化3.9%！理财非存款、产品有风险、投资须谨慎。"
 ],
 [
  "inducement.urgency_pressure",
  {
   "code": "B",
   "name": "卓越红利混合",
   "type": "fund",
   "risk_level": "R4"
  },
  None,
  "announcement",
  "cn",
  "卓越红利今晚限额发售，先到先得！基金有风险，投资须谨慎。"
 ],
 [
  "claim.yield_exceeds_benchmark",
  {
   "code": "C2",
   "name": "Bayside Income 1Y",
   "type": "wmp",
   "risk_level": "R3",
   "benchmark_min": 3.1,
   "benchmark_max": 4.3
  },
  None,
  "product_card",
  "us",
  "Bayside Income 1Y | Risk: R3 (moderate) | Target return 4.5% | Not a deposit · Not FDIC insured · May lose value"
 ],
 [
  "disclosure.risk_warning_missing",
  {
   "code": "C",
   "name": "Summit Dividend Fund",
   "type": "fund",
   "risk_level": "R3"
  },
  None,
  "announcement",
  "us",
  "Tonight 8 PM: meet the manager of Summit Dividend Fund and hear why dividend investing works."
 ],
 [
  "performance.past_without_disclaimer",
  {
   "code": "C",
   "name": "Summit Dividend Fund",
   "type": "fund",
   "risk_level": "R3"
  },
  None,
  "product_card",
  "us",
  "Summit Dividend Fund | R3 | 5-year average annual return 9.1% | Not FDIC insured · May lose value"
 ],
 [
  "superlative.absolute_term",
  {
   "code": "C",
   "name": "Summit Dividend Fund",
   "type": "fund",
   "risk_level": "R3"
  },
  None,
  "announcement",
  "us",
  "Summit Dividend: the smartest income play of the year. Live Thursday. Not FDIC insured · May lose value."
 ]
]

CLEAN = [
 [
  {
   "code": "A",
   "name": "安稳90天持有期理财",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 2.5,
   "benchmark_max": 3.3
  },
  "script",
  "cn",
  "大家好，今天介绍安稳90天持有期理财，风险等级R2（中低风险）。业绩比较基准年化2.5%-3.3%，业绩比较基准不代表实际收益，不构成收益承诺。每笔份额持有满90天后可赎回。理财非存款、产品有风险、投资须谨慎。"
 ],
 [
  {
   "code": "B",
   "name": "远景科技混合",
   "type": "fund",
   "risk_level": "R4"
  },
  "chat",
  "cn",
  "远景科技混合波动比较大，去年最大回撤超过25%，请根据自己的风险承受能力决定。"
 ],
 [
  None,
  "chat",
  "cn",
  "提醒大家，任何承诺'保本高收益'的都是骗局，请通过官方渠道购买。"
 ],
 [
  {
   "code": "D",
   "name": "吉祥年年分红险",
   "type": "insurance",
   "risk_level": "R2"
  },
  "chat",
  "cn",
  "分红险的红利是不保证的，可能为零；保险不是存款，提前退保可能造成损失。"
 ],
 [
  {
   "code": "A",
   "name": "安稳90天持有期理财",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 2.5,
   "benchmark_max": 3.3
  },
  "chat",
  "cn",
  "今天的直播主要是答疑，不推荐具体产品，大家有问题可以留言。"
 ],
 [
  {
   "code": "B",
   "name": "远景科技混合",
   "type": "fund",
   "risk_level": "R4"
  },
  "chat",
  "cn",
  "如果您是C2，这只R4的基金不适合您，系统也不会让您买。"
 ],
 [
  None,
  "chat",
  "cn",
  "刚才有朋友问能不能加微信，抱歉我们只通过官方APP在线客服沟通。"
 ],
 [
  {
   "code": "A",
   "name": "安稳90天持有期理财",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 2.5,
   "benchmark_max": 3.3
  },
  "chat",
  "cn",
  "这款不是存款，和定期存款相比风险更高，也不受存款保险保护。"
 ],
 [
  {
   "code": "C",
   "name": "Atlas Dividend Fund",
   "type": "fund",
   "risk_level": "R3"
  },
  "chat",
  "us",
  "Atlas is rated R3, moderate risk; it can lose value, and dividends can be cut."
 ],
 [
  None,
  "chat",
  "us",
  "We'll never ask you to move money to a personal account or app. If anyone does, report it."
 ],
 [
  {
   "code": "C2",
   "name": "Bluewater Income 90D",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 2.8,
   "benchmark_max": 3.6
  },
  "chat",
  "us",
  "Bluewater's benchmark is 2.8%–3.6% a year. That's a reference point, not a promise of what you'll earn."
 ],
 [
  {
   "code": "C",
   "name": "Atlas Dividend Fund",
   "type": "fund",
   "risk_level": "R3"
  },
  "chat",
  "us",
  "I can't predict what the market will do this fall, and neither can anyone else."
 ],
 [
  {
   "code": "C3",
   "name": "Legacy Indexed Annuity",
   "type": "insurance",
   "risk_level": "R3"
  },
  "chat",
  "us",
  "Surrender charges apply for the first seven years, so only invest money you won't need."
 ],
 [
  {
   "code": "C",
   "name": "Atlas Dividend Fund",
   "type": "fund",
   "risk_level": "R3"
  },
  "chat",
  "us",
  "Our top priority tonight is helping you understand the risks."
 ],
 [
  None,
  "announcement",
  "us",
  "Join us Thursday at 7 PM for a live Q&A on retirement planning. Education only."
 ],
 [
  {
   "code": "A",
   "name": "瑞丰180天持有期理财",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 2.6,
   "benchmark_max": 3.4
  },
  "script",
  "cn",
  "各位晚上好。今天讲瑞丰180天持有期理财，风险等级R2，中低风险，适合C2及以上客户。它主要投资债券和存单，不投股票。业绩比较基准年化2.6%-3.4%，以中债指数收益率为基础测算，业绩比较基准不代表产品未来表现和实际收益，不构成收益承诺。每笔份额持有满180天才能赎回，持有期内不能提前赎回。上一期到期年化2.95%，理财产品过往业绩不代表其未来表现。理财非存款、产品有风险、投资须谨慎。"
 ],
 [
  {
   "code": "B",
   "name": "蓝海均衡混合",
   "type": "fund",
   "risk_level": "R3"
  },
  "script",
  "cn",
  "蓝海均衡混合，风险等级R3。股票仓位30%-60%，净值会随股市波动，可能亏损。近三年年化收益率4.1%，同期业绩比较基准3.2%，基金的过往业绩并不预示其未来表现。申购费率1.2%，持有不满7天赎回费1.5%。我们不对市场走势做预测。基金有风险，投资须谨慎。"
 ],
 [
  {
   "code": "D",
   "name": "鑫福增额终身寿",
   "type": "insurance",
   "risk_level": "R2"
  },
  "script",
  "cn",
  "鑫福增额终身寿是保险产品，不是存款。有效保额每年按合同约定的3%复利递增，这部分是合同写明的；现金价值前几年低于已交保费，提前退保可能造成损失。部分领取需满足合同条件，不能随意领取。请在犹豫期内仔细阅读条款。"
 ],
 [
  {
   "code": "S",
   "name": "汇金结构性存款",
   "type": "deposit",
   "risk_level": "R1",
   "benchmark_min": 1.5,
   "benchmark_max": 2.8,
   "principal_protected": True
  },
  "chat",
  "cn",
  "汇金结构性存款保本，收益区间1.5%-2.8%，1.5%是保底收益，能否拿到上限取决于挂钩指标，不保证。"
 ],
 [
  None,
  "chat",
  "cn",
  "有人说理财'稳赚不赔'，这种说法是错误的，请大家提高警惕。"
 ],
 [
  {
   "code": "A",
   "name": "瑞丰180天持有期理财",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 2.6,
   "benchmark_max": 3.4
  },
  "chat",
  "cn",
  "有朋友问这款和定期存款哪个好，我只能说两者不一样：理财不保本，存款受存款保险保护。"
 ],
 [
  {
   "code": "B",
   "name": "蓝海均衡混合",
   "type": "fund",
   "risk_level": "R3"
  },
  "chat",
  "cn",
  "基金短期涨跌很正常，我们建议长期持有，但不保证收益。"
 ],
 [
  None,
  "chat",
  "cn",
  "请勿在评论区留下手机号或身份证号，账户问题请联系官方客服。"
 ],
 [
  {
   "code": "A",
   "name": "瑞丰180天持有期理财",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 2.6,
   "benchmark_max": 3.4
  },
  "chat",
  "cn",
  "这款适合C2及以上的客户，您是C1的话不建议购买。"
 ],
 [
  None,
  "chat",
  "cn",
  "直播抽奖送台历，与是否购买产品无关，点赞即可参与。"
 ],
 [
  {
   "code": "B",
   "name": "蓝海均衡混合",
   "type": "fund",
   "risk_level": "R3"
  },
  "chat",
  "cn",
  "最近市场波动比较大，大家不要追涨杀跌，理性投资。"
 ],
 [
  {
   "code": "A",
   "name": "瑞丰180天持有期理财",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 2.6,
   "benchmark_max": 3.4
  },
  "chat",
  "cn",
  "说实话，这款的收益肯定比不上股票基金，但波动也小很多。"
 ],
 [
  None,
  "chat",
  "cn",
  "我们行获得了《银行家》杂志2025年度最佳理财品牌，数据来源：《银行家》杂志2025年12月评选。"
 ],
 [
  {
   "code": "C",
   "name": "Cedar Bond Fund",
   "type": "fund",
   "risk_level": "R2"
  },
  "script",
  "us",
  "Tonight: Cedar Bond Fund, rated R2. It is not a deposit, not FDIC insured, and may lose value. Its benchmark is the Bloomberg US Aggregate Index. Over the 5 years ended June 30, 2026 it returned 2.1% a year versus 1.8% for the benchmark; past performance does not guarantee future results. Bond prices fall when rates rise. We don't make forecasts."
 ],
 [
  {
   "code": "C2",
   "name": "Harborview 180-Day Income Plan",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 2.9,
   "benchmark_max": 3.7
  },
  "chat",
  "us",
  "Harborview's benchmark is 2.9%–3.7% a year; it's a reference, not a promise, and your actual return could be lower."
 ],
 [
  None,
  "chat",
  "us",
  "If someone promises you a guaranteed 10% a year, walk away and report it."
 ],
 [
  {
   "code": "C",
   "name": "Cedar Bond Fund",
   "type": "fund",
   "risk_level": "R2"
  },
  "chat",
  "us",
  "You can redeem Cedar on any business day; it's a daily-liquidity mutual fund, though the price can go down."
 ],
 [
  None,
  "chat",
  "us",
  "Please don't post your account number here — use the secure message center."
 ],
 [
  {
   "code": "C2",
   "name": "Harborview 180-Day Income Plan",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 2.9,
   "benchmark_max": 3.7
  },
  "chat",
  "us",
  "There's a 180-day holding period, so please only invest money you won't need before then."
 ],
 [
  {
   "code": "C",
   "name": "Cedar Bond Fund",
   "type": "fund",
   "risk_level": "R2"
  },
  "chat",
  "us",
  "I think the key question is how much volatility you can tolerate."
 ],
 [
  {
   "code": "C",
   "name": "Cedar Bond Fund",
   "type": "fund",
   "risk_level": "R2"
  },
  "chat",
  "us",
  "We expect to have the Q&A transcript posted tomorrow."
 ],
 [
  None,
  "chat",
  "us",
  "Thanks everyone, that's all for tonight. See you next week."
 ],
 [
  {
   "code": "C",
   "name": "Cedar Bond Fund",
   "type": "fund",
   "risk_level": "R2"
  },
  "chat",
  "us",
  "Bond funds can lose money; in 2022 Cedar fell 11%. Past performance does not guarantee future results."
 ],
 [
  {
   "code": "C",
   "name": "Maple Balanced Fund",
   "type": "fund",
   "risk_level": "R3"
  },
  "script",
  "us",
  "Hi everyone, I'm Dana, a registered rep with the bank's broker-dealer. Tonight we're looking at the Maple Balanced Fund, rated R3, moderate risk. It's not a deposit, not FDIC insured, not guaranteed by the bank, and it may lose value. The fund holds about 60% stocks and 40% bonds. In a year like 2022 it fell about 15%, and it could fall more in a bad year. As of September 30, 2026, its 1-, 5- and 10-year average annual returns were 7.2%, 5.9% and 6.4%; past performance does not guarantee future results. We expect volatility to rise when rates move, so size your position carefully. The expense ratio is 0.55%."
 ],
 [
  {
   "code": "C",
   "name": "Maple Balanced Fund",
   "type": "fund",
   "risk_level": "R3"
  },
  "chat",
  "us",
  "I expect we'll have time for a few more questions before we wrap up."
 ],
 [
  {
   "code": "C",
   "name": "Maple Balanced Fund",
   "type": "fund",
   "risk_level": "R3"
  },
  "chat",
  "us",
  "If rates rise, bond prices will fall, and the fund's value will go down."
 ],
 [
  {
   "code": "C",
   "name": "Maple Balanced Fund",
   "type": "fund",
   "risk_level": "R3"
  },
  "chat",
  "us",
  "The fund will rise and fall with the market, so only invest money you can leave alone for years."
 ],
 [
  {
   "code": "C2",
   "name": "Northshore Income Plan 90D",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 3.0,
   "benchmark_max": 3.8
  },
  "chat",
  "us",
  "Northshore's benchmark is 3.0%–3.8% a year. That benchmark is a reference, not a promise; you could earn less."
 ],
 [
  {
   "code": "C2",
   "name": "Northshore Income Plan 90D",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 3.0,
   "benchmark_max": 3.8
  },
  "chat",
  "us",
  "It's a 90-day holding product: you can't redeem during the 90 days."
 ],
 [
  {
   "code": "C3",
   "name": "Keystone Fixed Annuity",
   "type": "insurance",
   "risk_level": "R2"
  },
  "chat",
  "us",
  "Withdrawals in the first six years carry a surrender charge of up to 6%."
 ],
 [
  {
   "code": "C3",
   "name": "Keystone Fixed Annuity",
   "type": "insurance",
   "risk_level": "R2"
  },
  "chat",
  "us",
  "The 3% rate is guaranteed by the insurance company for the first three years; after that it can change."
 ],
 [
  {
   "code": "D",
   "name": "12-Month CD",
   "type": "deposit",
   "risk_level": "R1",
   "benchmark_min": 4.1,
   "benchmark_max": 4.1,
   "principal_protected": True
  },
  "chat",
  "us",
  "The 12-month CD pays 4.10% APY, fixed, and it's FDIC insured up to $250,000 per depositor."
 ],
 [
  None,
  "chat",
  "us",
  "Red flags to watch for: promises of guaranteed returns, pressure to act now, and requests to move to WhatsApp."
 ],
 [
  None,
  "script",
  "us",
  "[Investor education] How to spot a bad pitch. 1. 'You can't lose' — every investment can lose. 2. 'Only three spots left' — pressure is a warning sign. 3. 'Text me on my personal number' — legitimate advisors use recorded channels. If you hear any of these, report it."
 ],
 [
  None,
  "chat",
  "us",
  "Our best advice: diversify, keep costs low, and don't chase last year's winners."
 ],
 [
  {
   "code": "C",
   "name": "Maple Balanced Fund",
   "type": "fund",
   "risk_level": "R3"
  },
  "chat",
  "us",
  "Many of our clients ask whether now is a good time to invest; we don't try to time the market."
 ],
 [
  {
   "code": "C",
   "name": "Maple Balanced Fund",
   "type": "fund",
   "risk_level": "R3"
  },
  "chat",
  "us",
  "I think the most important thing is matching the fund to your risk profile."
 ],
 [
  None,
  "chat",
  "us",
  "Thank you, Margaret, for the question about fees — the expense ratio is in the prospectus."
 ],
 [
  {
   "code": "C",
   "name": "Maple Balanced Fund",
   "type": "fund",
   "risk_level": "R3"
  },
  "chat",
  "us",
  "We'll post the replay tomorrow, and you can reach us anytime through the secure message center."
 ],
 [
  {
   "code": "C",
   "name": "Maple Balanced Fund",
   "type": "fund",
   "risk_level": "R3"
  },
  "chat",
  "us",
  "Nobody can guarantee returns; anyone who says otherwise isn't being honest with you."
 ],
 [
  {
   "code": "C",
   "name": "Maple Balanced Fund",
   "type": "fund",
   "risk_level": "R3"
  },
  "chat",
  "us",
  "This isn't the right fund for everyone — if you need the money in a year, look at a CD instead."
 ],
 [
  {
   "code": "C",
   "name": "Maple Balanced Fund",
   "type": "fund",
   "risk_level": "R3"
  },
  "chat",
  "us",
  "Past performance is no guarantee of future results, and the fund lost money in 2018 and 2022."
 ],
 [
  {
   "code": "C2",
   "name": "Northshore Income Plan 90D",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 3.0,
   "benchmark_max": 3.8
  },
  "chat",
  "us",
  "Is it safe? It's low-moderate risk, R2, and it can still lose value."
 ],
 [
  {
   "code": "C",
   "name": "Maple Balanced Fund",
   "type": "fund",
   "risk_level": "R3"
  },
  "chat",
  "us",
  "The S&P 500 rose 18% last year, but that tells you nothing about next year."
 ],
 [
  {
   "code": "C",
   "name": "Maple Balanced Fund",
   "type": "fund",
   "risk_level": "R3"
  },
  "chat",
  "us",
  "Sorry, I can't give a forecast — I don't know where the market is headed and neither does anyone else."
 ],
 [
  None,
  "chat",
  "us",
  "Don't let anyone talk you into buying tonight; take the prospectus home and read it."
 ],
 [
  {
   "code": "C",
   "name": "Maple Balanced Fund",
   "type": "fund",
   "risk_level": "R3"
  },
  "chat",
  "us",
  "The fund's top 10 holdings make up 28% of assets."
 ],
 [
  {
   "code": "C",
   "name": "Maple Balanced Fund",
   "type": "fund",
   "risk_level": "R3"
  },
  "chat",
  "us",
  "Maple is one of several balanced funds we offer; compare them in the app."
 ],
 [
  {
   "code": "D",
   "name": "12-Month CD",
   "type": "deposit",
   "risk_level": "R1",
   "benchmark_min": 4.1,
   "benchmark_max": 4.1,
   "principal_protected": True
  },
  "chat",
  "us",
  "Early withdrawal from the CD costs 90 days of interest."
 ],
 [
  {
   "code": "C3",
   "name": "Keystone Fixed Annuity",
   "type": "insurance",
   "risk_level": "R2"
  },
  "chat",
  "us",
  "The annuity's guaranteed minimum rate is 1%, as stated in the contract."
 ],
 [
  {
   "code": "A",
   "name": "鼎盛一年定开理财",
   "type": "wmp",
   "risk_level": "R3",
   "benchmark_min": 3.1,
   "benchmark_max": 4.3
  },
  "script",
  "cn",
  "各位好，今天介绍鼎盛一年定开理财，风险等级R3（中风险），适合C3及以上的客户。产品每年开放一次，其余时间不能赎回。业绩比较基准年化3.1%-4.3%，以一年期定期存款利率加点测算，业绩比较基准不代表产品未来表现和实际收益，不构成收益承诺。上一期年化3.6%，过往业绩不代表其未来表现。理财非存款、产品有风险、投资须谨慎。"
 ],
 [
  {
   "code": "D",
   "name": "康泰年金保险",
   "type": "insurance",
   "risk_level": "R2"
  },
  "script",
  "cn",
  "康泰年金保险是保险产品，不是存款。年金按合同约定领取，保证部分以合同为准，分红部分不确定。提前退保可能造成损失。犹豫期15天。"
 ],
 [
  {
   "code": "B",
   "name": "华泰价值精选",
   "type": "fund",
   "risk_level": "R4"
  },
  "chat",
  "cn",
  "华泰价值精选历史上最大回撤超过30%，大家要做好心理准备。"
 ],
 [
  None,
  "chat",
  "cn",
  "我们不会私下联系客户，也不会让您转账到个人账户，请认准官方渠道。"
 ],
 [
  {
   "code": "B",
   "name": "华泰价值精选",
   "type": "fund",
   "risk_level": "R4"
  },
  "chat",
  "cn",
  "基金经理的观点仅供参考，不代表对未来的判断。"
 ],
 [
  {
   "code": "A",
   "name": "鼎盛一年定开理财",
   "type": "wmp",
   "risk_level": "R3",
   "benchmark_min": 3.1,
   "benchmark_max": 4.3
  },
  "chat",
  "cn",
  "有朋友问能不能提前赎回，这款一年只开放一次，中途不能赎回。"
 ],
 [
  None,
  "chat",
  "cn",
  "今天没有抽奖活动，也没有任何与购买挂钩的礼品。"
 ],
 [
  {
   "code": "B",
   "name": "华泰价值精选",
   "type": "fund",
   "risk_level": "R4"
  },
  "chat",
  "cn",
  "如果您是C2，这只R4基金不在您的适配范围内，我们不会推荐。"
 ],
 [
  {
   "code": "A",
   "name": "鼎盛一年定开理财",
   "type": "wmp",
   "risk_level": "R3",
   "benchmark_min": 3.1,
   "benchmark_max": 4.3
  },
  "chat",
  "cn",
  "认购期为12月1日至12月7日，额度以系统为准，请按需认购。"
 ],
 [
  None,
  "chat",
  "cn",
  "遇到说'保本高收益'的，一律别信，这是典型的骗局话术。"
 ],
 [
  {
   "code": "B",
   "name": "华泰价值精选",
   "type": "fund",
   "risk_level": "R4"
  },
  "chat",
  "cn",
  "这只基金不适合追求稳定收益的客户，波动会比较大。"
 ],
 [
  {
   "code": "A",
   "name": "鼎盛一年定开理财",
   "type": "wmp",
   "risk_level": "R3",
   "benchmark_min": 3.1,
   "benchmark_max": 4.3
  },
  "chat",
  "cn",
  "存款和理财的区别：存款保本，理财不保本，收益也不确定。"
 ],
 [
  {
   "code": "A",
   "name": "稳健180天持有期理财",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 2.6,
   "benchmark_max": 3.4
  },
  "chat",
  "cn",
  "有个客户问我这只基金最近涨了多少，我建议他看一下定期报告。"
 ],
 [
  {
   "code": "B",
   "name": "成长混合A",
   "type": "fund",
   "risk_level": "R4"
  },
  "chat",
  "cn",
  "有个客户问我这只基金最近涨了多少，我建议他看一下定期报告。"
 ],
 [
  {
   "code": "D",
   "name": "福寿两全保险",
   "type": "insurance",
   "risk_level": "R2"
  },
  "chat",
  "cn",
  "有个客户问我这只基金最近涨了多少，我建议他看一下定期报告。"
 ],
 [
  {
   "code": "A",
   "name": "稳健180天持有期理财",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 2.6,
   "benchmark_max": 3.4
  },
  "chat",
  "cn",
  "很多客户关心收益，这里说明一下：业绩比较基准不代表实际收益。"
 ],
 [
  {
   "code": "B",
   "name": "成长混合A",
   "type": "fund",
   "risk_level": "R4"
  },
  "chat",
  "cn",
  "很多客户关心收益，这里说明一下：业绩比较基准不代表实际收益。"
 ],
 [
  {
   "code": "D",
   "name": "福寿两全保险",
   "type": "insurance",
   "risk_level": "R2"
  },
  "chat",
  "cn",
  "很多客户关心收益，这里说明一下：业绩比较基准不代表实际收益。"
 ],
 [
  {
   "code": "A",
   "name": "稳健180天持有期理财",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 2.6,
   "benchmark_max": 3.4
  },
  "chat",
  "cn",
  "我们不承诺收益，实际收益可能为零，甚至亏损本金。"
 ],
 [
  {
   "code": "B",
   "name": "成长混合A",
   "type": "fund",
   "risk_level": "R4"
  },
  "chat",
  "cn",
  "我们不承诺收益，实际收益可能为零，甚至亏损本金。"
 ],
 [
  {
   "code": "D",
   "name": "福寿两全保险",
   "type": "insurance",
   "risk_level": "R2"
  },
  "chat",
  "cn",
  "我们不承诺收益，实际收益可能为零，甚至亏损本金。"
 ],
 [
  {
   "code": "A",
   "name": "稳健180天持有期理财",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 2.6,
   "benchmark_max": 3.4
  },
  "chat",
  "cn",
  "过去一年这只基金最大回撤为12%，请注意波动风险。过往业绩不代表其未来表现。"
 ],
 [
  {
   "code": "B",
   "name": "成长混合A",
   "type": "fund",
   "risk_level": "R4"
  },
  "chat",
  "cn",
  "过去一年这只基金最大回撤为12%，请注意波动风险。过往业绩不代表其未来表现。"
 ],
 [
  {
   "code": "D",
   "name": "福寿两全保险",
   "type": "insurance",
   "risk_level": "R2"
  },
  "chat",
  "cn",
  "过去一年这只基金最大回撤为12%，请注意波动风险。过往业绩不代表其未来表现。"
 ],
 [
  {
   "code": "A",
   "name": "稳健180天持有期理财",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 2.6,
   "benchmark_max": 3.4
  },
  "chat",
  "cn",
  "这一期我们不做收益预测，请以说明书为准。"
 ],
 [
  {
   "code": "B",
   "name": "成长混合A",
   "type": "fund",
   "risk_level": "R4"
  },
  "chat",
  "cn",
  "这一期我们不做收益预测，请以说明书为准。"
 ],
 [
  {
   "code": "D",
   "name": "福寿两全保险",
   "type": "insurance",
   "risk_level": "R2"
  },
  "chat",
  "cn",
  "这一期我们不做收益预测，请以说明书为准。"
 ],
 [
  {
   "code": "A",
   "name": "稳健180天持有期理财",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 2.6,
   "benchmark_max": 3.4
  },
  "chat",
  "cn",
  "如果您的风险测评是C2，系统不会允许购买R4产品，请勿修改测评答案。"
 ],
 [
  {
   "code": "B",
   "name": "成长混合A",
   "type": "fund",
   "risk_level": "R4"
  },
  "chat",
  "cn",
  "如果您的风险测评是C2，系统不会允许购买R4产品，请勿修改测评答案。"
 ],
 [
  {
   "code": "D",
   "name": "福寿两全保险",
   "type": "insurance",
   "risk_level": "R2"
  },
  "chat",
  "cn",
  "如果您的风险测评是C2，系统不会允许购买R4产品，请勿修改测评答案。"
 ],
 [
  {
   "code": "A",
   "name": "稳健180天持有期理财",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 2.6,
   "benchmark_max": 3.4
  },
  "chat",
  "cn",
  "绝对不要把验证码告诉任何人，包括我们的工作人员。"
 ],
 [
  {
   "code": "B",
   "name": "成长混合A",
   "type": "fund",
   "risk_level": "R4"
  },
  "chat",
  "cn",
  "绝对不要把验证码告诉任何人，包括我们的工作人员。"
 ],
 [
  {
   "code": "D",
   "name": "福寿两全保险",
   "type": "insurance",
   "risk_level": "R2"
  },
  "chat",
  "cn",
  "绝对不要把验证码告诉任何人，包括我们的工作人员。"
 ],
 [
  {
   "code": "A",
   "name": "稳健180天持有期理财",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 2.6,
   "benchmark_max": 3.4
  },
  "chat",
  "cn",
  "持有满180天后可以赎回，持有期内不能提前赎回。"
 ],
 [
  {
   "code": "B",
   "name": "成长混合A",
   "type": "fund",
   "risk_level": "R4"
  },
  "chat",
  "cn",
  "持有满180天后可以赎回，持有期内不能提前赎回。"
 ],
 [
  {
   "code": "D",
   "name": "福寿两全保险",
   "type": "insurance",
   "risk_level": "R2"
  },
  "chat",
  "cn",
  "持有满180天后可以赎回，持有期内不能提前赎回。"
 ],
 [
  {
   "code": "A",
   "name": "稳健180天持有期理财",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 2.6,
   "benchmark_max": 3.4
  },
  "chat",
  "cn",
  "认购期为本周一至周五，额度以系统显示为准。"
 ],
 [
  {
   "code": "B",
   "name": "成长混合A",
   "type": "fund",
   "risk_level": "R4"
  },
  "chat",
  "cn",
  "认购期为本周一至周五，额度以系统显示为准。"
 ],
 [
  {
   "code": "D",
   "name": "福寿两全保险",
   "type": "insurance",
   "risk_level": "R2"
  },
  "chat",
  "cn",
  "认购期为本周一至周五，额度以系统显示为准。"
 ],
 [
  {
   "code": "A",
   "name": "稳健180天持有期理财",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 2.6,
   "benchmark_max": 3.4
  },
  "chat",
  "cn",
  "这款和定期存款不一样，它不保本，净值会波动。"
 ],
 [
  {
   "code": "B",
   "name": "成长混合A",
   "type": "fund",
   "risk_level": "R4"
  },
  "chat",
  "cn",
  "这款和定期存款不一样，它不保本，净值会波动。"
 ],
 [
  {
   "code": "D",
   "name": "福寿两全保险",
   "type": "insurance",
   "risk_level": "R2"
  },
  "chat",
  "cn",
  "这款和定期存款不一样，它不保本，净值会波动。"
 ],
 [
  {
   "code": "A",
   "name": "稳健180天持有期理财",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 2.6,
   "benchmark_max": 3.4
  },
  "chat",
  "cn",
  "大家不要被'稳赚不赔'之类的说法忽悠，投资都有风险。"
 ],
 [
  {
   "code": "B",
   "name": "成长混合A",
   "type": "fund",
   "risk_level": "R4"
  },
  "chat",
  "cn",
  "大家不要被'稳赚不赔'之类的说法忽悠，投资都有风险。"
 ],
 [
  {
   "code": "D",
   "name": "福寿两全保险",
   "type": "insurance",
   "risk_level": "R2"
  },
  "chat",
  "cn",
  "大家不要被'稳赚不赔'之类的说法忽悠，投资都有风险。"
 ],
 [
  {
   "code": "A",
   "name": "稳健180天持有期理财",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 2.6,
   "benchmark_max": 3.4
  },
  "chat",
  "cn",
  "有朋友问能不能随时取，这款是180天持有期，期内不能取。"
 ],
 [
  {
   "code": "B",
   "name": "成长混合A",
   "type": "fund",
   "risk_level": "R4"
  },
  "chat",
  "cn",
  "有朋友问能不能随时取，这款是180天持有期，期内不能取。"
 ],
 [
  {
   "code": "D",
   "name": "福寿两全保险",
   "type": "insurance",
   "risk_level": "R2"
  },
  "chat",
  "cn",
  "有朋友问能不能随时取，这款是180天持有期，期内不能取。"
 ],
 [
  {
   "code": "A",
   "name": "稳健180天持有期理财",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 2.6,
   "benchmark_max": 3.4
  },
  "chat",
  "cn",
  "基金经理从业8年，管理规模50亿元，具体以定期报告为准。"
 ],
 [
  {
   "code": "B",
   "name": "成长混合A",
   "type": "fund",
   "risk_level": "R4"
  },
  "chat",
  "cn",
  "基金经理从业8年，管理规模50亿元，具体以定期报告为准。"
 ],
 [
  {
   "code": "D",
   "name": "福寿两全保险",
   "type": "insurance",
   "risk_level": "R2"
  },
  "chat",
  "cn",
  "基金经理从业8年，管理规模50亿元，具体以定期报告为准。"
 ],
 [
  {
   "code": "A",
   "name": "稳健180天持有期理财",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 2.6,
   "benchmark_max": 3.4
  },
  "chat",
  "cn",
  "今天直播就到这里，谢谢大家，有问题可以在官方APP在线客服咨询。"
 ],
 [
  {
   "code": "B",
   "name": "成长混合A",
   "type": "fund",
   "risk_level": "R4"
  },
  "chat",
  "cn",
  "今天直播就到这里，谢谢大家，有问题可以在官方APP在线客服咨询。"
 ],
 [
  {
   "code": "D",
   "name": "福寿两全保险",
   "type": "insurance",
   "risk_level": "R2"
  },
  "chat",
  "cn",
  "今天直播就到这里，谢谢大家，有问题可以在官方APP在线客服咨询。"
 ],
 [
  {
   "code": "A",
   "name": "稳健180天持有期理财",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 2.6,
   "benchmark_max": 3.4
  },
  "chat",
  "cn",
  "保险的现金价值在前几年会低于已交保费，提前退保可能造成损失。"
 ],
 [
  {
   "code": "B",
   "name": "成长混合A",
   "type": "fund",
   "risk_level": "R4"
  },
  "chat",
  "cn",
  "保险的现金价值在前几年会低于已交保费，提前退保可能造成损失。"
 ],
 [
  {
   "code": "D",
   "name": "福寿两全保险",
   "type": "insurance",
   "risk_level": "R2"
  },
  "chat",
  "cn",
  "保险的现金价值在前几年会低于已交保费，提前退保可能造成损失。"
 ],
 [
  {
   "code": "A",
   "name": "稳健180天持有期理财",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 2.6,
   "benchmark_max": 3.4
  },
  "chat",
  "cn",
  "这只基金的股票仓位在60%-95%之间，波动较大。"
 ],
 [
  {
   "code": "B",
   "name": "成长混合A",
   "type": "fund",
   "risk_level": "R4"
  },
  "chat",
  "cn",
  "这只基金的股票仓位在60%-95%之间，波动较大。"
 ],
 [
  {
   "code": "D",
   "name": "福寿两全保险",
   "type": "insurance",
   "risk_level": "R2"
  },
  "chat",
  "cn",
  "这只基金的股票仓位在60%-95%之间，波动较大。"
 ],
 [
  {
   "code": "A",
   "name": "稳健180天持有期理财",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 2.6,
   "benchmark_max": 3.4
  },
  "chat",
  "cn",
  "我觉得这个问题问得很好，我们下面来看看产品说明书。"
 ],
 [
  {
   "code": "B",
   "name": "成长混合A",
   "type": "fund",
   "risk_level": "R4"
  },
  "chat",
  "cn",
  "我觉得这个问题问得很好，我们下面来看看产品说明书。"
 ],
 [
  {
   "code": "D",
   "name": "福寿两全保险",
   "type": "insurance",
   "risk_level": "R2"
  },
  "chat",
  "cn",
  "我觉得这个问题问得很好，我们下面来看看产品说明书。"
 ],
 [
  {
   "code": "A",
   "name": "稳健180天持有期理财",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 2.6,
   "benchmark_max": 3.4
  },
  "chat",
  "cn",
  "估计大家都关心费率，申购费率1.5%，我行渠道一折。"
 ],
 [
  {
   "code": "B",
   "name": "成长混合A",
   "type": "fund",
   "risk_level": "R4"
  },
  "chat",
  "cn",
  "估计大家都关心费率，申购费率1.5%，我行渠道一折。"
 ],
 [
  {
   "code": "D",
   "name": "福寿两全保险",
   "type": "insurance",
   "risk_level": "R2"
  },
  "chat",
  "cn",
  "估计大家都关心费率，申购费率1.5%，我行渠道一折。"
 ],
 [
  {
   "code": "A",
   "name": "稳健180天持有期理财",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 2.6,
   "benchmark_max": 3.4
  },
  "chat",
  "cn",
  "这款产品的风险等级是R2，适合C2及以上的客户。"
 ],
 [
  {
   "code": "B",
   "name": "成长混合A",
   "type": "fund",
   "risk_level": "R4"
  },
  "chat",
  "cn",
  "这款产品的风险等级是R2，适合C2及以上的客户。"
 ],
 [
  {
   "code": "D",
   "name": "福寿两全保险",
   "type": "insurance",
   "risk_level": "R2"
  },
  "chat",
  "cn",
  "这款产品的风险等级是R2，适合C2及以上的客户。"
 ],
 [
  {
   "code": "A",
   "name": "稳健180天持有期理财",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 2.6,
   "benchmark_max": 3.4
  },
  "chat",
  "cn",
  "别的银行的产品我们不做评价，只介绍我们这款的特点和风险。"
 ],
 [
  {
   "code": "B",
   "name": "成长混合A",
   "type": "fund",
   "risk_level": "R4"
  },
  "chat",
  "cn",
  "别的银行的产品我们不做评价，只介绍我们这款的特点和风险。"
 ],
 [
  {
   "code": "D",
   "name": "福寿两全保险",
   "type": "insurance",
   "risk_level": "R2"
  },
  "chat",
  "cn",
  "别的银行的产品我们不做评价，只介绍我们这款的特点和风险。"
 ],
 [
  {
   "code": "A",
   "name": "稳健180天持有期理财",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 2.6,
   "benchmark_max": 3.4
  },
  "chat",
  "cn",
  "上一期到期年化2.9%，过往业绩不代表未来表现，投资须谨慎。"
 ],
 [
  {
   "code": "B",
   "name": "成长混合A",
   "type": "fund",
   "risk_level": "R4"
  },
  "chat",
  "cn",
  "上一期到期年化2.9%，过往业绩不代表未来表现，投资须谨慎。"
 ],
 [
  {
   "code": "D",
   "name": "福寿两全保险",
   "type": "insurance",
   "risk_level": "R2"
  },
  "chat",
  "cn",
  "上一期到期年化2.9%，过往业绩不代表未来表现，投资须谨慎。"
 ],
 [
  {
   "code": "A",
   "name": "稳健180天持有期理财",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 2.6,
   "benchmark_max": 3.4
  },
  "chat",
  "cn",
  "如果市场下跌，净值也会下跌，可能亏损本金。"
 ],
 [
  {
   "code": "B",
   "name": "成长混合A",
   "type": "fund",
   "risk_level": "R4"
  },
  "chat",
  "cn",
  "如果市场下跌，净值也会下跌，可能亏损本金。"
 ],
 [
  {
   "code": "D",
   "name": "福寿两全保险",
   "type": "insurance",
   "risk_level": "R2"
  },
  "chat",
  "cn",
  "如果市场下跌，净值也会下跌，可能亏损本金。"
 ],
 [
  {
   "code": "A",
   "name": "稳健180天持有期理财",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 2.6,
   "benchmark_max": 3.4
  },
  "chat",
  "cn",
  "名额不限，大家按自己的节奏来，不用着急。"
 ],
 [
  {
   "code": "B",
   "name": "成长混合A",
   "type": "fund",
   "risk_level": "R4"
  },
  "chat",
  "cn",
  "名额不限，大家按自己的节奏来，不用着急。"
 ],
 [
  {
   "code": "D",
   "name": "福寿两全保险",
   "type": "insurance",
   "risk_level": "R2"
  },
  "chat",
  "cn",
  "名额不限，大家按自己的节奏来，不用着急。"
 ],
 [
  {
   "code": "A",
   "name": "稳健180天持有期理财",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 2.6,
   "benchmark_max": 3.4
  },
  "chat",
  "cn",
  "我个人建议大家先做风险测评，再决定是否购买。"
 ],
 [
  {
   "code": "B",
   "name": "成长混合A",
   "type": "fund",
   "risk_level": "R4"
  },
  "chat",
  "cn",
  "我个人建议大家先做风险测评，再决定是否购买。"
 ],
 [
  {
   "code": "D",
   "name": "福寿两全保险",
   "type": "insurance",
   "risk_level": "R2"
  },
  "chat",
  "cn",
  "我个人建议大家先做风险测评，再决定是否购买。"
 ],
 [
  {
   "code": "C",
   "name": "Harbor Income Fund",
   "type": "fund",
   "risk_level": "R3"
  },
  "chat",
  "us",
  "I think it's important to understand that this fund can go down as well as up."
 ],
 [
  {
   "code": "C",
   "name": "Harbor Income Fund",
   "type": "fund",
   "risk_level": "R3"
  },
  "chat",
  "us",
  "We don't expect you to make a decision tonight; take your time and read the prospectus."
 ],
 [
  {
   "code": "C",
   "name": "Harbor Income Fund",
   "type": "fund",
   "risk_level": "R3"
  },
  "chat",
  "us",
  "Past performance doesn't guarantee future results, and the fund has had losing years."
 ],
 [
  {
   "code": "C",
   "name": "Harbor Income Fund",
   "type": "fund",
   "risk_level": "R3"
  },
  "chat",
  "us",
  "If you need the money within a year, a savings account or CD may fit better."
 ],
 [
  {
   "code": "C",
   "name": "Harbor Income Fund",
   "type": "fund",
   "risk_level": "R3"
  },
  "chat",
  "us",
  "This fund is not a deposit, not FDIC insured, and may lose value."
 ],
 [
  {
   "code": "C",
   "name": "Harbor Income Fund",
   "type": "fund",
   "risk_level": "R3"
  },
  "chat",
  "us",
  "Our competitors offer similar funds; compare fees and risks before you choose."
 ],
 [
  {
   "code": "C",
   "name": "Harbor Income Fund",
   "type": "fund",
   "risk_level": "R3"
  },
  "chat",
  "us",
  "Thanks for all the great questions tonight, we'll get to as many as we can."
 ],
 [
  {
   "code": "C",
   "name": "Harbor Income Fund",
   "type": "fund",
   "risk_level": "R3"
  },
  "chat",
  "us",
  "The benchmark is a reference, not a promise; returns could be higher or lower."
 ],
 [
  {
   "code": "C",
   "name": "Harbor Income Fund",
   "type": "fund",
   "risk_level": "R3"
  },
  "chat",
  "us",
  "I'd recommend reading the risk section before anything else."
 ],
 [
  {
   "code": "C",
   "name": "Harbor Income Fund",
   "type": "fund",
   "risk_level": "R3"
  },
  "chat",
  "us",
  "There's a 90-day holding period, so you can't withdraw during that time."
 ],
 [
  {
   "code": "C",
   "name": "Harbor Income Fund",
   "type": "fund",
   "risk_level": "R3"
  },
  "chat",
  "us",
  "Please never share your password or verification code with anyone, including us."
 ],
 [
  {
   "code": "C",
   "name": "Harbor Income Fund",
   "type": "fund",
   "risk_level": "R3"
  },
  "chat",
  "us",
  "Rates could rise next year, which would push bond prices down."
 ],
 [
  {
   "code": "C",
   "name": "Harbor Income Fund",
   "type": "fund",
   "risk_level": "R3"
  },
  "chat",
  "us",
  "We can't tell you where the market is headed, and anyone who says they can is guessing."
 ],
 [
  {
   "code": "C",
   "name": "Harbor Income Fund",
   "type": "fund",
   "risk_level": "R3"
  },
  "chat",
  "us",
  "The fund returned 6.2% over one year as of June 30; past performance is no guarantee of future results."
 ],
 [
  {
   "code": "C",
   "name": "Pioneer Growth Fund",
   "type": "fund",
   "risk_level": "R4"
  },
  "chat",
  "us",
  "Great question — no, we can't promise the fund will go up. It's an R4 fund and it can fall sharply."
 ],
 [
  {
   "code": "C",
   "name": "Pioneer Growth Fund",
   "type": "fund",
   "risk_level": "R4"
  },
  "chat",
  "us",
  "Some people will tell you growth funds always recover. Sometimes they do, sometimes it takes years."
 ],
 [
  {
   "code": "C2",
   "name": "Steadfast Income 180D",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 3.2,
   "benchmark_max": 4.0
  },
  "product_card",
  "us",
  "Steadfast Income 180D | Risk level: R2 (low-moderate) | Benchmark: 3.2%–4.0% p.a. — a reference, not a forecast or promise | 180-day minimum holding | Not a deposit · Not FDIC insured · May lose value"
 ],
 [
  {
   "code": "C2",
   "name": "Steadfast Income 180D",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 3.2,
   "benchmark_max": 4.0
  },
  "chat",
  "us",
  "Yes, the benchmark is 3.2% to 4.0%, but that's not what you're guaranteed to get — it could be lower."
 ],
 [
  {
   "code": "D",
   "name": "24-Month CD",
   "type": "deposit",
   "risk_level": "R1",
   "benchmark_min": 3.9,
   "benchmark_max": 3.9,
   "principal_protected": True
  },
  "chat",
  "us",
  "The 24-month CD is FDIC insured and pays a fixed 3.90% APY. If you withdraw early, you pay a penalty."
 ],
 [
  {
   "code": "C3",
   "name": "Horizon Indexed Annuity",
   "type": "insurance",
   "risk_level": "R3"
  },
  "chat",
  "us",
  "The annuity credits interest based on an index, with a 0% floor and a cap; the cap can change each year."
 ],
 [
  {
   "code": "C3",
   "name": "Horizon Indexed Annuity",
   "type": "insurance",
   "risk_level": "R3"
  },
  "chat",
  "us",
  "Surrender charges start at 7% and decline over seven years. Please read the contract."
 ],
 [
  None,
  "chat",
  "us",
  "Reminder: nobody from the bank will ever ask for your password. Don't share it with anyone."
 ],
 [
  {
   "code": "C",
   "name": "Pioneer Growth Fund",
   "type": "fund",
   "risk_level": "R4"
  },
  "chat",
  "us",
  "The fund has outperformed its benchmark in some years and underperformed in others."
 ],
 [
  {
   "code": "C",
   "name": "Pioneer Growth Fund",
   "type": "fund",
   "risk_level": "R4"
  },
  "chat",
  "us",
  "As of June 30, 2026, the fund's 1-year return was 12.4% and its 5-year average was 8.1%. Past performance does not guarantee future results."
 ],
 [
  None,
  "chat",
  "us",
  "Our app shows your risk profile; if a product is above it, the app won't let you buy, and that's by design."
 ],
 [
  {
   "code": "C",
   "name": "Pioneer Growth Fund",
   "type": "fund",
   "risk_level": "R4"
  },
  "chat",
  "us",
  "If you're a conservative investor, this fund is probably not for you."
 ],
 [
  None,
  "announcement",
  "us",
  "Live Tuesday 6 PM ET: understanding bond funds when rates change. Education only — no products will be offered."
 ],
 [
  {
   "code": "C",
   "name": "Pioneer Growth Fund",
   "type": "fund",
   "risk_level": "R4"
  },
  "chat",
  "us",
  "I think it's fair to say nobody knows what the market will do next quarter."
 ],
 [
  None,
  "chat",
  "us",
  "Scammers often say things like 'guaranteed returns' or 'act now'. If you hear that, hang up."
 ],
 [
  {
   "code": "C2",
   "name": "Steadfast Income 180D",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 3.2,
   "benchmark_max": 4.0
  },
  "chat",
  "us",
  "We can't make exceptions to the 180-day holding period, even for emergencies."
 ],
 [
  None,
  "chat",
  "us",
  "Competitor products may suit some people; compare the fees and risks yourself."
 ],
 [
  {
   "code": "C",
   "name": "Pioneer Growth Fund",
   "type": "fund",
   "risk_level": "R4"
  },
  "chat",
  "us",
  "Hi Tom, thanks for joining! For account questions, please use the secure message center."
 ],
 [
  {
   "code": "C",
   "name": "Pioneer Growth Fund",
   "type": "fund",
   "risk_level": "R4"
  },
  "chat",
  "us",
  "Double-digit returns are possible in good years, but so are double-digit losses."
 ],
 [
  {
   "code": "C",
   "name": "Pioneer Growth Fund",
   "type": "fund",
   "risk_level": "R4"
  },
  "script",
  "us",
  "Welcome, everyone. I'm Alex, a licensed rep with the bank's brokerage affiliate. Pioneer Growth Fund is rated R4, high risk. It is not a deposit, not FDIC insured, not bank guaranteed, and may lose value. It invests in US growth stocks. Over the ten years ended September 30, 2026 it returned 11.2% a year, with a worst calendar year of -28%. Past performance does not guarantee future results. We're not going to predict next year. If you might need this money within five years, this fund is likely not right for you."
 ],
 [
  {
   "code": "C",
   "name": "Pioneer Growth Fund",
   "type": "fund",
   "risk_level": "R4"
  },
  "chat",
  "us",
  "Anyone who tells you a stock fund can't lose money is wrong."
 ],
 [
  {
   "code": "C2",
   "name": "Steadfast Income 180D",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 3.2,
   "benchmark_max": 4.0
  },
  "chat",
  "us",
  "The plan has paid within its benchmark range in most periods, but one period came in below the range."
 ],
 [
  {
   "code": "C",
   "name": "Pioneer Growth Fund",
   "type": "fund",
   "risk_level": "R4"
  },
  "chat",
  "us",
  "We'll take a five-minute break and come back with your questions."
 ],
 [
  {
   "code": "A",
   "name": "安心盈180天持有期理财",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 2.8,
   "benchmark_max": 3.5
  },
  "chat",
  "cn",
  "这款180天持有期内不能赎回，到期后资金会自动回到您的账户。"
 ],
 [
  {
   "code": "B",
   "name": "新锐成长混合",
   "type": "fund",
   "risk_level": "R5"
  },
  "chat",
  "cn",
  "新锐成长是R5高风险产品，净值可能大幅下跌，只适合C5的投资者。"
 ],
 [
  {
   "code": "D",
   "name": "福满堂增额寿",
   "type": "insurance",
   "risk_level": "R2"
  },
  "chat",
  "cn",
  "增额寿的保额按合同约定递增，但前几年退保会有损失，不能当存款用。"
 ],
 [
  None,
  "chat",
  "cn",
  "我们直播间不接受私下转账，也不会加客户私人微信，请大家注意防骗。"
 ],
 [
  {
   "code": "A",
   "name": "安心盈180天持有期理财",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 2.8,
   "benchmark_max": 3.5
  },
  "chat",
  "cn",
  "业绩比较基准2.8%-3.5%只是参考，实际收益可能低于下限，不构成承诺。"
 ],
 [
  {
   "code": "B",
   "name": "新锐成长混合",
   "type": "fund",
   "risk_level": "R5"
  },
  "chat",
  "cn",
  "有人问现在是不是买入好时机，说实话我们不做择时判断。"
 ],
 [
  None,
  "chat",
  "cn",
  "抽奖活动与购买无关，所有观众都可以参加。"
 ],
 [
  {
   "code": "A",
   "name": "安心盈180天持有期理财",
   "type": "wmp",
   "risk_level": "R2",
   "benchmark_min": 2.8,
   "benchmark_max": 3.5
  },
  "chat",
  "cn",
  "这款不是存款，不受存款保险保护，本金也可能亏损。"
 ],
 [
  {
   "code": "B",
   "name": "新锐成长混合",
   "type": "fund",
   "risk_level": "R5"
  },
  "chat",
  "cn",
  "新锐成长过去三年年化8.2%，最大回撤35%，过往业绩不代表其未来表现。"
 ],
 [
  None,
  "chat",
  "cn",
  "大家不要相信所谓的'内部消息'和'稳赚渠道'，那都是骗局。"
 ],
 [
  {
   "code": "A",
   "name": "稳泰一年定开理财",
   "type": "wmp",
   "risk_level": "R3",
   "benchmark_min": 3.0,
   "benchmark_max": 4.1
  },
  "product_card",
  "cn",
  "稳泰一年定开｜风险等级R3（中风险）｜业绩比较基准年化3.0%-4.1%（业绩比较基准不代表实际收益，不构成收益承诺）｜每年开放一次｜理财非存款、产品有风险、投资须谨慎"
 ],
 [
  {
   "code": "B",
   "name": "卓越红利混合",
   "type": "fund",
   "risk_level": "R4"
  },
  "product_card",
  "cn",
  "卓越红利混合｜风险等级R4｜股票仓位60%-95%｜近三年年化6.1%，同期业绩比较基准4.2%（截至2026年9月30日），过往业绩不代表其未来表现｜基金有风险，投资须谨慎"
 ],
 [
  {
   "code": "C2",
   "name": "Bayside Income 1Y",
   "type": "wmp",
   "risk_level": "R3",
   "benchmark_min": 3.1,
   "benchmark_max": 4.3
  },
  "product_card",
  "us",
  "Bayside Income 1Y | Risk: R3 (moderate) | Benchmark 3.1%–4.3% p.a. (a reference, not a promise of returns) | One-year closed period | Not a deposit · Not FDIC insured · May lose value"
 ],
 [
  {
   "code": "C",
   "name": "Summit Dividend Fund",
   "type": "fund",
   "risk_level": "R3"
  },
  "announcement",
  "us",
  "Thursday 7 PM ET: a live walkthrough of Summit Dividend Fund's holdings and risks. Not FDIC insured · May lose value."
 ]
]


@pytest.mark.parametrize(("code", "product", "customer", "kind", "pack", "text"), VIOLATING, ids=[r[5][:24] for r in VIOLATING])
def test_violating_probe(code, product, customer, kind, pack, text):
    findings = check(text, kind=kind, products=[product] if product else [], customer_risk=customer, pack=pack)
    assert code in {f.code for f in findings if f.severity != "info"}, [(f.code, f.excerpt) for f in findings]


@pytest.mark.parametrize(("product", "kind", "pack", "text"), CLEAN, ids=[r[3][:24] for r in CLEAN])
def test_clean_probe(product, kind, pack, text):
    findings = check(text, kind=kind, products=[product] if product else [], pack=pack)
    assert [f for f in findings if f.severity != "info"] == [], [(f.code, f.excerpt) for f in findings]

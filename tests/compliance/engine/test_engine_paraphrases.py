"""Paraphrases per claim type (issue 16 points 2, 3, 5, 6): sentences written fresh for this test, in two
batches, each batch written before the grammars it exercises were extended, none taken from a corpus. Also the
live-room probes quoted in the issue, verbatim. Violating rows: the code must be among the findings; clean rows
(hard negatives): no block or review finding at all."""

import pytest

from compliance.engine import check

WMP_R2 = {'code': 'A', 'name': '安享180天持有期理财', 'type': 'wmp', 'risk_level': 'R2', 'benchmark_min': 2.6, 'benchmark_max': 3.4, 'principal_protected': False}
WMP_R3_CLOSED = {'code': 'B', 'name': '鑫元一年定开理财', 'type': 'wmp', 'risk_level': 'R3', 'benchmark_min': 3.0, 'benchmark_max': 4.2, 'principal_protected': False}
FUND_R4 = {'code': 'F', 'name': 'Harbor Growth Fund', 'type': 'fund', 'risk_level': 'R4', 'benchmark_min': None, 'benchmark_max': None, 'principal_protected': False}
ANNUITY_R2 = {'code': 'I', 'name': '颐年年金保险', 'type': 'insurance', 'risk_level': 'R2', 'benchmark_min': None, 'benchmark_max': None, 'principal_protected': False}
EN_WMP_R2 = {'code': 'E', 'name': 'Anchor Income 180D', 'type': 'wmp', 'risk_level': 'R2', 'benchmark_min': 3.0, 'benchmark_max': 3.8, 'principal_protected': False}
FUND_R3 = {'code': 'G', 'name': '养老2040目标日期基金', 'type': 'fund', 'risk_level': 'R3', 'benchmark_min': None, 'benchmark_max': None, 'principal_protected': False}
EN_FUND_R5 = {'code': 'S', 'name': 'Summit Tech Fund', 'type': 'fund', 'risk_level': 'R5', 'benchmark_min': None, 'benchmark_max': None, 'principal_protected': False}
EN_ANNUITY_R4 = {'code': 'V', 'name': 'Legacy Variable Annuity', 'type': 'insurance', 'risk_level': 'R4', 'benchmark_min': None, 'benchmark_max': None, 'principal_protected': False}

VIOLATING = [
    ('promise.capital_guarantee', WMP_R2, None, 'cn', '这款啊，您投多少最后就能拿回多少，只会多不会少，这点我敢拍胸脯。'),
    ('promise.capital_guarantee', WMP_R2, None, 'cn', '本金这块您就当放在自己口袋里。'),
    ('promise.capital_guarantee', WMP_R2, None, 'cn', '真要是跌了，差多少我给您补多少。'),
    ('promise.capital_guarantee', WMP_R2, None, 'cn', '我干了十年，这个系列就没让客户赔过一分钱。'),
    ('promise.capital_guarantee', WMP_R2, None, 'cn', '亏钱？不存在的。'),
    ('promise.capital_guarantee', WMP_R2, None, 'cn', '这个产品出现亏损的概率基本可以忽略。'),
    ('promise.capital_guarantee', EN_WMP_R2, None, 'us', 'Worst that happens is you get your money back.'),
    ('promise.capital_guarantee', EN_WMP_R2, None, 'us', "If it ever dips below what you paid, I'll cover the gap personally."),
    ('promise.capital_guarantee', EN_WMP_R2, None, 'us', 'In twelve years this strategy has never once lost a client money.'),
    ('promise.capital_guarantee', EN_WMP_R2, None, 'us', "Your principal isn't at risk here, period."),
    ('promise.capital_guarantee', EN_WMP_R2, None, 'us', "There's basically zero downside with Anchor."),
    ('promise.guaranteed_return', WMP_R2, None, 'cn', '放心，3%是稳稳到手的。'),
    ('promise.guaranteed_return', WMP_R2, None, 'cn', '这款收益是板上钉钉的事。'),
    ('promise.guaranteed_return', EN_WMP_R2, None, 'us', "You'll pocket 3.5% no matter what happens to rates."),
    ('promise.guaranteed_return', EN_WMP_R2, None, 'us', 'That 3.5% is as good as in your account already.'),
    ('performance.prediction', FUND_R4, None, 'cn', '我看这只基金明年涨个20%问题不大。'),
    ('performance.prediction', FUND_R4, None, 'cn', '按现在的势头，年底前净值冲到1.5不是梦。'),
    ('performance.prediction', FUND_R4, None, 'us', 'I think Harbor does fifteen percent next year, maybe more.'),
    ('performance.prediction', FUND_R4, None, 'us', 'My gut says this fund doubles by 2028.'),
    ('performance.prediction', FUND_R4, None, 'us', 'Tech is about to rip and Harbor is going to ride it.'),
    ('performance.prediction', FUND_R4, None, 'us', "We're looking at 12% this year, easy."),
    ('comparison.deposit_analogy', WMP_R2, None, 'cn', '您就把它当成一张利息更高的定期存单。'),
    ('comparison.deposit_analogy', WMP_R2, None, 'cn', '跟存三年定期一个道理，只是收益更好。'),
    ('comparison.deposit_analogy', EN_WMP_R2, None, 'us', 'Anchor is basically a savings account that pays more.'),
    ('comparison.deposit_analogy', EN_WMP_R2, None, 'us', 'It works just like a 6-month CD, only with a better rate.'),
    ('endorsement.government', WMP_R2, None, 'cn', '这款是监管批过的，有国家给把关，放心。'),
    ('endorsement.government', EN_WMP_R2, None, 'us', "The SEC reviewed this product, so you know it's solid."),
    ('endorsement.government', EN_WMP_R2, None, 'us', "Washington backs this kind of product, it's not going anywhere."),
    ('suitability.assessment_bypass', None, None, 'cn', '测评的时候投资年限那题别选第一个，选五年以上就行。'),
    ('suitability.assessment_bypass', None, None, 'cn', '您把测评重新做一遍，答得激进一点就能买了。'),
    ('suitability.assessment_bypass', None, None, 'us', "Just say you've been investing for ten years on the form and the system will let you through."),
    ('suitability.assessment_bypass', None, None, 'us', 'I can fill in the risk questionnaire for you, just sign at the bottom.'),
    ('privacy.customer_pii', None, None, 'cn', '王建国先生，您尾号6621的卡已经到账了。'),
    ('privacy.customer_pii', None, None, 'cn', '大家把身份证号发到评论区，我帮大家登记。'),
    ('privacy.customer_pii', None, None, 'us', "Drop your account number in the chat and I'll check your balance."),
    ('privacy.customer_pii', None, None, 'us', 'Congrats to Linda Park, who just put $250,000 into Anchor!'),
    ('performance.cherry_picked', WMP_R2, None, 'cn', '上个月这款年化到了5.2%，大家看看这表现。过往业绩不代表未来表现。'),
    ('performance.cherry_picked', FUND_R4, None, 'us', 'Look at March alone: Harbor was up 9%! Past performance is no guarantee of future results.'),
    ('superlative.absolute_term', WMP_R2, None, 'cn', '这是我们行卖得最好的一款，没有之一。'),
    ('superlative.absolute_term', FUND_R4, None, 'us', 'Harbor is simply the best growth fund you can buy right now.'),
    ('superlative.absolute_term', FUND_R4, None, 'us', 'No other fund in its category comes close to Harbor.'),
    ('endorsement.testimonial', WMP_R2, None, 'cn', '我们支行的刘阿姨，去年买了二十万，到期多拿了六千多，现在逢人就推荐。'),
    ('endorsement.testimonial', WMP_R2, None, 'cn', '好多客户买完都回来跟我说谢谢，说比放银行强。'),
    ('endorsement.testimonial', FUND_R4, None, 'us', 'One of my retirees put her savings in Harbor and now she tells everyone at bridge club about it.'),
    ('endorsement.testimonial', FUND_R4, None, 'us', "A famous hedge fund manager told me he's loading up on Harbor."),
    ('comparison.unfair_competitor', None, None, 'cn', '别去隔壁银行买，他们的客户经理根本不懂产品。'),
    ('comparison.unfair_competitor', None, None, 'cn', '某某理财平台的产品都是拿新钱还旧钱，迟早出事。'),
    ('comparison.unfair_competitor', None, None, 'us', 'The advisors at Crestline Bank will sell you anything for a commission.'),
    ('comparison.unfair_competitor', None, None, 'us', "Don't bother with Northgate's funds, their managers are clueless."),
    ('inducement.urgency_pressure', WMP_R2, None, 'cn', '这个额度抢得特别凶，晚几分钟可能就没了。'),
    ('inducement.urgency_pressure', WMP_R2, None, 'cn', '今晚十二点一过，这个利率就不给了。'),
    ('inducement.urgency_pressure', EN_WMP_R2, None, 'us', "Seats in this offering are going quick, so don't sit on it."),
    ('inducement.urgency_pressure', EN_WMP_R2, None, 'us', 'After Friday this rate disappears, so decide tonight.'),
    ('inducement.gift_rebate', WMP_R2, None, 'cn', '今晚认购满十万的，我们送一桶油加一袋米。'),
    ('inducement.gift_rebate', WMP_R2, None, 'cn', '买够五万就能参加抽奖，一等奖是金条。'),
    ('conduct.off_channel', None, None, 'cn', '细节不方便在这儿讲，您加我私人微信，我发您一份内部资料。'),
    ('conduct.off_channel', None, None, 'us', "Text me at my personal number after the stream and we'll sort it out."),
    ('conduct.off_channel', None, None, 'us', "I'll send you the full deck on WhatsApp, compliance hasn't signed off on it yet."),
    ('misleading.hidden_conditions', WMP_R3_CLOSED, None, 'cn', '虽然是一年定开，但是急用钱的话跟我说一声，随时帮您取出来。'),
    ('misleading.hidden_conditions', WMP_R3_CLOSED, None, 'cn', '这款一年定开的，不过中途想退出也没问题，我来安排。'),
    ('misleading.hidden_conditions', EN_WMP_R2, None, 'us', "It's a 180-day hold, but honestly you can get out whenever you like."),
    ('misleading.hidden_conditions', EN_WMP_R2, None, 'us', 'There are no fees on Anchor at all, zero, nothing.'),
    ('suitability.product_above_customer_risk', FUND_R4, 'C2', 'cn', '您是C2，不过这只基金挺适合您的，先买个两万试试。'),
    ('suitability.product_above_customer_risk', FUND_R4, 'C2', 'us', "Harbor would be a great addition for you, let's start with $5,000."),
    ('claim.risk_level_mismatch', FUND_R4, None, 'cn', '这只基金风险不大，跟货币基金差不多。'),
    ('claim.risk_level_mismatch', FUND_R4, None, 'us', 'Harbor is a low-risk fund, really nothing to worry about.'),
    ('claim.yield_exceeds_benchmark', WMP_R2, None, 'cn', '这款业绩比较基准最高能到4%，不代表实际收益。'),
    ('claim.product_fact_mismatch', WMP_R2, None, 'cn', '业绩比较基准2.8%-3.4%，不代表实际收益，不构成收益承诺。'),
    ('promise.capital_guarantee', WMP_R2, None, 'cn', '您这笔钱放进来，到期原封不动还给您，还多一份收益。'),
    ('promise.capital_guarantee', WMP_R2, None, 'cn', '说句实在话，这款想亏都难。'),
    ('promise.capital_guarantee', WMP_R2, None, 'cn', '我敢打包票，本金少一分我都赔给您。'),
    ('promise.capital_guarantee', WMP_R2, None, 'cn', '这款产品风险几乎为零。'),
    ('promise.capital_guarantee', EN_WMP_R2, None, 'us', 'Honestly, it would take a miracle for you to lose money here.'),
    ('promise.capital_guarantee', EN_WMP_R2, None, 'us', 'Every dollar you put in comes back to you, plus interest.'),
    ('promise.capital_guarantee', EN_WMP_R2, None, 'us', 'You literally cannot end up with less than you started with.'),
    ('promise.capital_guarantee', EN_WMP_R2, None, 'us', "I've never seen anyone lose a cent in Anchor."),
    ('promise.guaranteed_return', WMP_R2, None, 'cn', '年化3%妥妥的，闭着眼睛都能拿到。'),
    ('promise.guaranteed_return', WMP_R2, None, 'cn', '这款每年收益都是固定的3.2%，一分不差。'),
    ('promise.guaranteed_return', EN_WMP_R2, None, 'us', "You're locking in 3.6% a year, no surprises."),
    ('promise.guaranteed_return', EN_WMP_R2, None, 'us', "Count on at least three percent, that's a given."),
    ('performance.prediction', FUND_R3, None, 'cn', '我个人判断下半年A股会有一波像样的行情，这只基金肯定受益。'),
    ('performance.prediction', FUND_R3, None, 'cn', '按我的经验，明年这只基金收益15%上下吧。'),
    ('performance.prediction', FUND_R3, None, 'cn', '这只基金今年收益估计能到两位数。'),
    ('performance.prediction', EN_FUND_R5, None, 'us', 'Summit should comfortably beat the S&P this year.'),
    ('performance.prediction', EN_FUND_R5, None, 'us', 'Chip stocks are going higher from here, and Summit owns all of them.'),
    ('performance.prediction', EN_FUND_R5, None, 'us', "I'd expect something like 20% over the next twelve months."),
    ('performance.prediction', EN_FUND_R5, None, 'us', "If history repeats, and it usually does, you'll see another 30% year."),
    ('comparison.deposit_analogy', WMP_R2, None, 'cn', '买这款就跟去柜台存钱一样，只是利息高点。'),
    ('comparison.deposit_analogy', ANNUITY_R2, None, 'cn', '这款年金险说白了就是一个利息更高的存款账户。'),
    ('comparison.deposit_analogy', EN_WMP_R2, None, 'us', "Think of Anchor as your savings account's smarter sibling."),
    ('comparison.deposit_analogy', EN_ANNUITY_R4, None, 'us', 'This annuity is as safe as money in a CD but pays more.'),
    ('endorsement.government', WMP_R2, None, 'cn', '产品在理财登记中心登记过，国家认可的，不会有问题。'),
    ('endorsement.government', WMP_R2, None, 'cn', '这是银保监会批准发行的，安全性有国家保障。'),
    ('endorsement.government', EN_WMP_R2, None, 'us', "Because it's registered with the SEC, you know the government has checked it out."),
    ('endorsement.government', EN_WMP_R2, None, 'us', "FINRA signed off on this product, so it's safe."),
    ('suitability.assessment_bypass', None, None, 'cn', '您在测评里把年龄写小一点，就能做成进取型了。'),
    ('suitability.assessment_bypass', None, None, 'cn', '测评我帮您点好了，您签个名就行。'),
    ('suitability.assessment_bypass', None, None, 'us', "When it asks how you'd react to a 20% drop, pick 'buy more' and you'll qualify."),
    ('suitability.assessment_bypass', None, None, 'us', "Have your daughter open the account in her name, she'll pass the risk check."),
    ('privacy.customer_pii', None, None, 'cn', '恭喜赵丽华女士今天认购了50万元！'),
    ('privacy.customer_pii', None, None, 'cn', '李先生，您的手机号13912345678我已经记下了。'),
    ('privacy.customer_pii', None, None, 'us', 'Can everyone type their date of birth so I can check eligibility?'),
    ('privacy.customer_pii', None, None, 'us', 'Shout-out to Robert Chen for moving his $400,000 IRA over to us today!'),
    ('performance.cherry_picked', FUND_R3, None, 'cn', '这只基金最近一周涨了4%，过往业绩不代表未来表现。'),
    ('performance.cherry_picked', EN_FUND_R5, None, 'us', 'Summit gained 12% in just the last three weeks. Past performance is not indicative of future results.'),
    ('performance.past_without_disclaimer', FUND_R3, None, 'cn', '这只基金过去三年累计涨了45%。'),
    ('performance.past_without_disclaimer', EN_FUND_R5, None, 'us', 'Summit returned 28% last year.'),
    ('superlative.absolute_term', WMP_R2, None, 'cn', '论稳健，这款在全行找不出第二个。'),
    ('superlative.absolute_term', WMP_R2, None, 'cn', '这是目前市面上性价比最高的理财。'),
    ('superlative.absolute_term', EN_FUND_R5, None, 'us', 'Summit is the top tech fund in America, no contest.'),
    ('superlative.absolute_term', EN_FUND_R5, None, 'us', 'Nothing in the market beats Summit for growth.'),
    ('endorsement.testimonial', WMP_R2, None, 'cn', '昨天周大爷专门打电话来说，这款让他睡得踏实。'),
    ('endorsement.testimonial', FUND_R3, None, 'cn', '我们请来的财经大V老K也说这只基金值得长期拿。'),
    ('endorsement.testimonial', EN_FUND_R5, None, 'us', "Here's what Karen, one of our clients, wrote to me: 'Summit paid for my kitchen remodel.'"),
    ('endorsement.testimonial', EN_FUND_R5, None, 'us', "Even Coach Davis from the high school invested, and he says it's the best move he's made."),
    ('comparison.unfair_competitor', None, None, 'cn', '那个XX财富的理财经理就是卖保险出身的，懂什么理财。'),
    ('comparison.unfair_competitor', None, None, 'cn', '别家的基金经理换得比翻书还快。'),
    ('comparison.unfair_competitor', None, None, 'us', "Everyone knows Pinecrest Bank's funds are overpriced junk."),
    ('comparison.unfair_competitor', None, None, 'us', "The folks at Harlow Securities couldn't manage a lemonade stand."),
    ('inducement.urgency_pressure', WMP_R2, None, 'cn', '最后三个名额，先到先得，手慢就没了。'),
    ('inducement.urgency_pressure', WMP_R2, None, 'cn', '这个价格明天就回不来了，今天是最好的入场点。'),
    ('inducement.urgency_pressure', EN_WMP_R2, None, 'us', 'Tonight only — once the stream ends, this allocation is gone.'),
    ('inducement.urgency_pressure', EN_WMP_R2, None, 'us', "We're down to the last few units, so if you're thinking about it, now's your shot."),
    ('inducement.gift_rebate', WMP_R2, None, 'cn', '今晚成交的客户，每人再发一张200元超市卡。'),
    ('inducement.gift_rebate', WMP_R2, None, 'cn', '认购十万返现500元，直接打到卡上。'),
    ('conduct.off_channel', None, None, 'cn', '具体收益测算表我不能在直播里放，私下发给大家。'),
    ('conduct.off_channel', None, None, 'cn', '钱直接转到我个人账户，我帮您操作。'),
    ('conduct.off_channel', None, None, 'us', "Venmo me the fee and I'll take care of the paperwork."),
    ('conduct.off_channel', None, None, 'us', "Let's continue this on my personal Instagram, DMs are open."),
    ('misleading.hidden_conditions', WMP_R2, None, 'cn', '这款180天持有期，但其实什么时候想取都可以。'),
    ('misleading.hidden_conditions', FUND_R3, None, 'cn', '这只基金买卖都不收钱，完全零成本。'),
    ('misleading.hidden_conditions', EN_WMP_R2, None, 'us', 'The 180-day hold is just a formality; I can get you out any time.'),
    ('misleading.hidden_conditions', EN_ANNUITY_R4, None, 'us', 'You can walk away from the annuity whenever you like, no charges.'),
    ('suitability.product_above_customer_risk', EN_FUND_R5, 'C2', 'us', 'You should definitely grab some Summit — put in ten grand to start.'),
    ('suitability.product_above_customer_risk', FUND_R3, 'C1', 'cn', '阿姨这只养老基金很适合您，先投一万试试水。'),
    ('claim.risk_level_mismatch', EN_FUND_R5, None, 'us', 'Summit is a medium-risk fund, pretty middle of the road.'),
    ('claim.risk_level_mismatch', WMP_R3_CLOSED, None, 'cn', '这款是中低风险的产品，适合稳健型客户。'),
    ('claim.yield_exceeds_benchmark', EN_WMP_R2, None, 'us', "Anchor's benchmark tops out at 4.2%, not a promise of course."),
    ('claim.product_fact_mismatch', EN_WMP_R2, None, 'us', "The benchmark runs from 3.2% to 3.8% a year; it's a reference, not a promise."),
]

CLEAN = [
    (WMP_R2, None, 'cn', '本产品不保本，过往业绩不代表未来表现，理财非存款、产品有风险、投资须谨慎。'),
    (WMP_R2, None, 'cn', '有人说这款稳赚不赔，这是错误的说法，请大家不要相信。'),
    (WMP_R2, None, 'cn', '如果有人跟您说某款理财保本保收益，一定要提高警惕。'),
    (WMP_R2, None, 'cn', '这款不是存款，和定期存款不一样，净值会有波动。'),
    (WMP_R2, None, 'cn', '大家不要着急，认购期到周五，考虑清楚再决定。'),
    (WMP_R2, None, 'cn', '我们不对未来收益做任何预测，请以说明书为准。'),
    (WMP_R2, None, 'cn', '请不要在评论区发身份证号、手机号等个人信息。'),
    (WMP_R2, None, 'cn', '测评请如实填写，不要为了买某款产品修改答案。'),
    (WMP_R2, None, 'cn', '业绩比较基准2.6%-3.4%，不代表实际收益，不构成收益承诺。'),
    (WMP_R2, None, 'cn', '感谢大家的支持，我们下一个环节讲讲费用。'),
    (WMP_R2, None, 'cn', '这款持有满180天后才能赎回，中途不能提前取出，请规划好资金。'),
    (WMP_R3_CLOSED, None, 'cn', '这款一年定开，封闭期内不能赎回，急用钱的资金不建议买。'),
    (FUND_R4, 'C2', 'cn', '这只基金是R4，高于您C2的风险承受能力，不建议您购买。'),
    (EN_WMP_R2, None, 'us', 'Anchor is not a deposit, not FDIC insured, not bank guaranteed, and may lose value.'),
    (EN_WMP_R2, None, 'us', 'Anyone who promises you a guaranteed return is not being straight with you.'),
    (EN_WMP_R2, None, 'us', "The benchmark is 3.0% to 3.8%; it's a reference, not a promise of what you'll earn."),
    (EN_WMP_R2, None, 'us', "Please don't post account numbers or personal details in the chat."),
    (EN_WMP_R2, None, 'us', "Unlike a CD, Anchor can lose value and isn't FDIC insured."),
    (EN_WMP_R2, None, 'us', "We don't make forecasts about returns; past performance is no guarantee of future results."),
    (EN_WMP_R2, None, 'us', 'Take your time — the subscription window runs until the 15th.'),
    (FUND_R4, 'C2', 'us', "Harbor is rated R4, which is above your C2 profile, so I can't recommend it."),
    (FUND_R4, None, 'us', 'Harbor is a high-risk fund rated R4; it can fall sharply in a bad year.'),
    (EN_WMP_R2, None, 'us', "Each purchase is held for 180 days; you can't redeem early."),
    (EN_WMP_R2, None, 'us', 'For questions about your account, use the secure message center in the app.'),
    (EN_WMP_R2, None, 'us', "Thanks everyone for joining; next we'll cover fees."),
    (WMP_R2, None, 'cn', '很多人以为理财就是存款，其实不是，理财有风险，可能亏本金。'),
    (WMP_R2, None, 'cn', '过往业绩不代表未来表现，这款近一年年化2.9%，数据截至上月末。'),
    (WMP_R2, None, 'cn', '不存在稳赚不赔的理财，大家一定要理性。'),
    (WMP_R2, None, 'cn', '刚才有朋友问能不能保本，答案是不能，它是非保本浮动收益型。'),
    (WMP_R2, None, 'cn', '我们不会在直播间索要您的任何个人信息。'),
    (FUND_R3, None, 'cn', '基金有风险，投资须谨慎，请根据自己的风险承受能力选择。'),
    (FUND_R3, 'C2', 'cn', '这只是R3的，您目前C2，系统不会让您买，我也不建议。'),
    (WMP_R2, None, 'cn', "合规培训：下面这些话术严禁使用——'保本保息'、'稳赚不赔'、'错过再等一年'。"),
    (WMP_R2, None, 'cn', '认购期从9月1日到9月7日，额度以系统显示为准。'),
    (WMP_R2, None, 'cn', '点赞抽奖送台历，和是否购买无关。'),
    (EN_WMP_R2, None, 'us', "If anyone tells you a product can't lose money, walk away."),
    (EN_WMP_R2, None, 'us', 'Anchor is rated R2, low-moderate risk, and it can lose value.'),
    (EN_FUND_R5, None, 'us', 'Summit fell 31% in 2022; volatility like that is normal for this fund.'),
    (EN_FUND_R5, None, 'us', "We can't predict where tech stocks go next, and neither can anyone else."),
    (EN_WMP_R2, None, 'us', "A CD might suit you better if you can't accept any loss."),
    (EN_WMP_R2, None, 'us', 'Our best advice: read the offering document before you decide.'),
    (EN_WMP_R2, None, 'us', 'Reminder: the 180-day holding period means your money is locked until day 181.'),
    (EN_FUND_R5, 'C3', 'us', "Summit is R5 and your profile is C3, so it's not suitable for you."),
    (EN_WMP_R2, None, 'us', "Q: Is Anchor guaranteed? A: No. It's not a deposit and may lose value."),
    (EN_WMP_R2, None, 'us', "Compliance training: phrases like 'risk-free' and 'guaranteed return' are banned on streams."),
]
FUND_R4_CN = {"code": "YH", "name": "远航新兴产业混合", "type": "fund", "risk_level": "R4", "benchmark_min": None,
              "benchmark_max": None, "principal_protected": False}

# The live-room probes of issue 16, verbatim (U+2019 apostrophe, U+2010 hyphen, separators, numbers in words).
ISSUE_PROBES = [
    ("promise.capital_guarantee", WMP_R2, "cn", "本金是安全的，这个产品没有任何亏损的可能"),
    ("claim.risk_level_mismatch", FUND_R4_CN, "cn", "风险很低，跟余额宝一样"),
    ("promise.capital_guarantee", FUND_R4_CN, "cn", "这款基金从来没跌过"),
    ("promise.capital_guarantee", EN_WMP_R2, "us", "You can\u2019t lose with Anchor."),
    ("promise.capital_guarantee", EN_WMP_R2, "us", "Anchor is risk\u2010free."),
    ("promise.capital_guarantee", WMP_R2, "cn", "0 风 险"),
    ("promise.guaranteed_return", EN_WMP_R2, "us", "guaranteed eight percent"),
    ("conduct.off_channel", None, "cn", "加我威信，细节私聊"),
    ("inducement.urgency_pressure", WMP_R2, "cn", "错过今天再等一年"),
    ("superlative.absolute_term", WMP_R2, "cn", "这款绝对是同类里最稳的"),
    ("performance.prediction", FUND_R4_CN, "cn", "摸到5%不成问题"),
    ("performance.prediction", FUND_R4_CN, "cn", "跑赢没什么悬念吧"),
    ("endorsement.testimonial", None, "cn", "我们行的老客户张阿姨，去年买了这款，现在逢人就夸选对了"),
    ("comparison.unfair_competitor", None, "us", "Lakeview Bank's fund manager is incompetent."),
    ("superlative.absolute_term", WMP_R2, "cn", "这款在同类里数一数二"),
    ("inducement.gift_rebate", None, "cn", "今天下单的，我自掏腰包给大家每人返200元红包"),
]


@pytest.mark.parametrize(("code", "product", "customer", "pack", "text"), VIOLATING)
def test_paraphrase_is_caught(code, product, customer, pack, text):
    findings = check(text, kind="chat", products=[product] if product else [], customer_risk=customer, pack=pack)
    assert code in {f.code for f in findings if f.severity != "info"}, [(f.code, f.excerpt) for f in findings]


@pytest.mark.parametrize(("product", "customer", "pack", "text"), CLEAN)
def test_hard_negative_is_clean(product, customer, pack, text):
    findings = check(text, kind="chat", products=[product] if product else [], customer_risk=customer, pack=pack)
    assert [(f.code, f.excerpt) for f in findings if f.severity != "info"] == []


@pytest.mark.parametrize(("code", "product", "pack", "text"), ISSUE_PROBES)
def test_issue_probe_is_caught(code, product, pack, text):
    findings = check(text, kind="chat", products=[product] if product else [], pack=pack)
    assert code in {f.code for f in findings if f.severity != "info"}, [(f.code, f.excerpt) for f in findings]


def test_product_name_ending_in_bao_is_not_a_homophone_of_bao_shouyi():
    """朝夕宝收益 is a product's yield, not 保收益 spelled with 宝; 宝本宝息 stays an evasion."""
    assert check("朝夕宝收益太低了", kind="chat", pack="cn") == []
    assert "promise.capital_guarantee" in {f.code for f in check("这款宝本宝息，放一百个心。", kind="chat", products=[WMP_R2], pack="cn")}


def test_quotation_retracted_by_the_text_is_not_asserted():
    text = "Correction: earlier someone on our team called Anchor 'basically a CD.' It isn't; it can lose value."
    assert [f.code for f in check(text, kind="chat", products=[EN_WMP_R2], pack="us") if f.severity != "info"] == []


def test_onboarding_material_quoting_banned_phrases_is_clean():
    text = ("New-hire onboarding: what you can and can't say on a livestream.\n"
            "DON'T: \u201cThis fund is guaranteed.\u201d \u201cIt's as safe as a CD.\u201d \u201cAct now!\u201d\n"
            "DON'T invite anyone to text your personal phone or message you on WhatsApp.")
    assert [f.code for f in check(text, kind="script", pack="us") if f.severity != "info"] == []


def test_lock_up_undercut_in_the_same_sentence():
    text = "It's technically a one-year closed-end, but we make exceptions all the time, you can cash out whenever."
    product = dict(EN_WMP_R2, name="Keystone One-Year Closed-End")
    assert "misleading.hidden_conditions" in {f.code for f in check(text, kind="chat", products=[product], pack="us")}


DEPOSIT_CD = {'code': 'D', 'name': '三年期大额存单', 'type': 'deposit', 'risk_level': 'R1', 'benchmark_min': 2.15, 'benchmark_max': 2.15, 'principal_protected': True}

# Third batch: long scripts with one buried violation, product-fact cases and kinds other than chat.
VIOLATING_BY_KIND = [
    ('promise.capital_guarantee', WMP_R2, None, 'cn', 'script', '大家好，今天介绍安享180天持有期理财。风险等级R2，业绩比较基准2.6%-3.4%，不代表实际收益，不构成收益承诺。这款主要投资国债和高等级信用债。说白了，您的钱进来就是换个地方睡觉，醒来只会变多。理财非存款、产品有风险、投资须谨慎。'),
    ('performance.prediction', FUND_R3, None, 'cn', 'script', '这只养老2040基金风险等级R3。过往业绩不代表未来表现。最近利率往下走，我个人觉得债券部分明年还会有不错的表现，整体做到8%左右应该不难。基金有风险，投资须谨慎。'),
    ('inducement.urgency_pressure', WMP_R2, None, 'cn', 'script', '安享180天今天开售，风险等级R2。业绩比较基准2.6%-3.4%，不代表实际收益。这期额度只有五千万，上一期两个小时就卖完了，想买的朋友不要等到最后。理财非存款、产品有风险、投资须谨慎。'),
    ('endorsement.testimonial', EN_FUND_R5, None, 'us', 'script', 'Welcome back. Summit Tech Fund is rated R5 and can lose a lot of value quickly. It is not a deposit, not FDIC insured and may lose value. Past performance is not indicative of future results. My neighbor Frank bought in two years ago and he keeps telling me it was the best decision of his life. Read the prospectus before you invest.'),
    ('promise.guaranteed_return', EN_WMP_R2, None, 'us', 'script', "Anchor Income 180D is rated R2. It's not a deposit, not FDIC insured, and may lose value. The benchmark is 3.0% to 3.8%; it's not a promise. Between you and me, though, you'll walk away with 3.5% at the end of the term, I'd put my name on it."),
    ('misleading.hidden_conditions', EN_WMP_R2, None, 'us', 'script', "Anchor Income 180D is rated R2 and each purchase is held 180 days. It's not a deposit and may lose value. If something comes up, don't worry about the 180 days; I know people in operations who can get you out early."),
    ('claim.yield_exceeds_benchmark', WMP_R2, None, 'cn', 'chat', '这期安享估计能做到3.8%左右。'),
    ('claim.yield_exceeds_benchmark', EN_WMP_R2, None, 'us', 'chat', 'Anchor should pay around 4.1% this term.'),
    ('claim.product_fact_mismatch', WMP_R2, None, 'cn', 'chat', '安享的业绩比较基准是2.5%到3.4%，不代表实际收益，不构成收益承诺。'),
    ('disclosure.benchmark_disclaimer_missing', WMP_R2, None, 'cn', 'chat', '安享的业绩比较基准是2.6%-3.4%。'),
    ('performance.past_without_disclaimer', WMP_R2, None, 'cn', 'chat', '上一期安享到期年化3.3%。'),
    ('comparison.deposit_analogy', EN_WMP_R2, None, 'us', 'chat', "Put the money you'd keep in a CD here instead, it's the same thing with a better rate."),
    ('promise.capital_guarantee', EN_WMP_R2, None, 'us', 'chat', 'Anchor is bulletproof, your money is not going to shrink.'),
    ('promise.capital_guarantee', WMP_R2, None, 'cn', 'chat', '这款买了就是稳稳的，本金绝对不会少。'),
    ('performance.prediction', EN_FUND_R5, None, 'us', 'chat', "Summit's going to be up big by Christmas."),
    ('performance.prediction', EN_FUND_R5, None, 'us', 'chat', 'I can see Summit hitting 25% this year.'),
    ('performance.prediction', FUND_R3, None, 'cn', 'chat', '年底之前这只基金少说也能涨个百分之十。'),
    ('superlative.absolute_term', EN_WMP_R2, None, 'us', 'chat', "Anchor is the safest income product we've ever offered."),
    ('superlative.absolute_term', WMP_R2, None, 'cn', 'chat', '这款是今年全行最受客户欢迎的理财，口碑第一。'),
    ('endorsement.testimonial', WMP_R2, None, 'cn', 'chat', '有位退休的王老师，在我们这买了三年，每年都来感谢我。'),
    ('endorsement.government', WMP_R2, None, 'cn', 'chat', '这款产品有国资背景，出了问题国家会管的。'),
    ('suitability.assessment_bypass', None, None, 'us', 'chat', "If the app says you're not eligible, tell me and I'll override it from my side."),
    ('privacy.customer_pii', None, None, 'us', 'chat', 'Mrs. Alvarez at 42 Birch Street, your paperwork is ready.'),
    ('conduct.off_channel', None, None, 'cn', 'chat', '想要详细的收益测算，扫我朋友圈的二维码。'),
    ('conduct.off_channel', None, None, 'us', 'chat', "DM me on Telegram for the full numbers, I can't show them here."),
    ('inducement.gift_rebate', WMP_R2, None, 'cn', 'chat', '认购满二十万的客户，我们额外送一台扫地机器人。'),
    ('inducement.urgency_pressure', EN_WMP_R2, None, 'us', 'chat', "This is the last round at this rate, there won't be another."),
    ('comparison.unfair_competitor', None, None, 'us', 'chat', "Riverside Bank's annuities are a trap, they bury the fees in the fine print."),
    ('misleading.hidden_conditions', FUND_R3, None, 'cn', 'chat', '这只基金赎回不收任何费用，想卖就卖。'),
    ('suitability.product_above_customer_risk', EN_FUND_R5, 'C3', 'us', 'chat', "Summit fits you perfectly, I'll put the order in now."),
    ('suitability.product_above_customer_risk', WMP_R3_CLOSED, 'C2', 'cn', 'chat', '您C2买这款R3的也行，我帮您下一单五万。'),
]

CLEAN_BY_KIND = [
    (DEPOSIT_CD, None, 'cn', 'chat', '大额存单是存款，保本保息，受存款保险保护，50万以内全额赔付。'),
    (DEPOSIT_CD, None, 'cn', 'chat', '三年期大额存单年利率2.15%，到期一次还本付息。'),
    (WMP_R2, None, 'cn', 'script', '今天介绍安享180天持有期理财。风险等级R2，中低风险。业绩比较基准2.6%-3.4%，不代表产品未来表现和实际收益，不构成收益承诺。持有满180天后才能赎回。过往业绩不代表未来表现，上一期到期年化3.1%，统计区间为2025年1月1日至6月30日。理财非存款、产品有风险、投资须谨慎。'),
    (FUND_R3, None, 'cn', 'script', '养老2040是目标日期基金，风险等级R3。近三年累计净值增长率-4.2%，同期业绩比较基准-2.1%，过往业绩不代表未来表现。我们不对市场走势做预测。基金有风险，投资须谨慎。'),
    (WMP_R2, None, 'cn', 'chat', "有观众问'这个能保本吗'，不能保本，它是非保本浮动收益型产品。"),
    (WMP_R2, None, 'cn', 'chat', '别人家的产品我不评价，我们只讲自己产品的风险和收益特征。'),
    (WMP_R2, None, 'cn', 'chat', '理财产品的业绩比较基准不是预期收益率，大家要理解这一点。'),
    (WMP_R2, None, 'cn', 'chat', '首次购买需先完成风险测评，测评结果有效期一年。'),
    (EN_FUND_R5, None, 'us', 'script', 'Summit Tech Fund is rated R5. It is not a deposit, not FDIC insured, not bank guaranteed, and may lose value. Standardized returns as of June 30: 1 year 18.2%, 5 years 11.0%, 10 years 14.1%. Past performance does not guarantee future results. The expense ratio is 0.9%.'),
    (EN_WMP_R2, None, 'us', 'chat', "Great question: no, Anchor isn't guaranteed; the benchmark is a reference only."),
    (EN_WMP_R2, None, 'us', 'chat', "I won't tell you Anchor can't lose money, because it can."),
    (EN_WMP_R2, None, 'us', 'chat', "There's no such thing as a risk-free investment with a higher return than a CD."),
    (EN_FUND_R5, None, 'us', 'chat', 'If you need this money in the next few years, Summit is probably not the right place for it.'),
    (EN_WMP_R2, None, 'us', 'chat', "Anchor's benchmark is 3.0% to 3.8%, which is not a forecast and not a promise."),
    (EN_WMP_R2, None, 'us', 'chat', "Investor education: a seller who says 'you can't lose' or 'act now before it's gone' is waving a red flag."),
    (EN_WMP_R2, None, 'us', 'chat', "We'll take a short break and come back to your questions in five minutes."),
]


# Fourth batch: English colloquial forms, emoji and pinyin, fact-free forecasts.
VIOLATING_BY_KIND += [
    ('promise.capital_guarantee', EN_WMP_R2, None, 'us', 'chat', "Your money's safe as houses with Anchor."),
    ('promise.capital_guarantee', EN_WMP_R2, None, 'us', 'chat', 'No one has ever walked away from Anchor with less than they put in.'),
    ('promise.capital_guarantee', EN_WMP_R2, None, 'us', 'chat', 'Losing money on this? Not gonna happen.'),
    ('promise.capital_guarantee', EN_WMP_R2, None, 'us', 'chat', 'Anchor is zero-risk for all practical purposes.'),
    ('promise.capital_guarantee', EN_ANNUITY_R4, None, 'us', 'chat', 'With this annuity your principal is locked and protected no matter what the market does.'),
    ('promise.capital_guarantee', WMP_R2, None, 'cn', 'chat', 'bao ben de，放心'),
    ('promise.capital_guarantee', WMP_R2, None, 'cn', 'chat', '这款🈚风险，稳稳的'),
    ('promise.capital_guarantee', WMP_R2, None, 'cn', 'chat', '亏了算我头上。'),
    ('promise.guaranteed_return', EN_WMP_R2, None, 'us', 'chat', "You're going to get your 3.5%, full stop."),
    ('promise.guaranteed_return', EN_WMP_R2, None, 'us', 'chat', 'This one pays out like clockwork, every single term.'),
    ('promise.guaranteed_return', WMP_R2, None, 'cn', 'chat', '年化3%是铁打的，跑不掉。'),
    ('promise.guaranteed_return', WMP_R2, None, 'cn', 'chat', '收益稳稳落袋，期期不落空。'),
    ('performance.prediction', EN_FUND_R5, None, 'us', 'chat', "AI spending isn't slowing down, so Summit's got another great year ahead."),
    ('performance.prediction', EN_FUND_R5, None, 'us', 'chat', 'Expect Summit to outpace the market by a wide margin in 2027.'),
    ('performance.prediction', EN_FUND_R5, None, 'us', 'chat', "We think the bottom is in and it's all upside from here for Summit."),
    ('performance.prediction', FUND_R3, None, 'cn', 'chat', '这只基金后面大概率还要往上走一截。'),
    ('performance.prediction', FUND_R3, None, 'cn', 'chat', '明年这个时候您再看，收益肯定比现在高不少。'),
    ('comparison.deposit_analogy', EN_WMP_R2, None, 'us', 'chat', 'Anchor is like a CD but without the early withdrawal penalty.'),
    ('comparison.deposit_analogy', WMP_R2, None, 'cn', 'chat', '这就是升级版的余额宝加定期。'),
    ('comparison.deposit_analogy', ANNUITY_R2, None, 'cn', 'chat', '这个保险其实就是变相的储蓄，存进去拿利息。'),
    ('endorsement.government', EN_WMP_R2, None, 'us', 'chat', 'Anchor carries the federal seal of approval.'),
    ('endorsement.government', WMP_R2, None, 'cn', 'chat', '这款是央行鼓励老百姓买的，政策红利。'),
    ('suitability.assessment_bypass', None, None, 'us', 'chat', "Don't overthink the questionnaire, just click the most aggressive option on every question."),
    ('suitability.assessment_bypass', None, None, 'cn', 'chat', '您那个测评是保守型，没关系，我找同事帮您重新做一个。'),
    ('privacy.customer_pii', None, None, 'us', 'chat', 'Thanks Jennifer Walsh, your account ending 4471 is all set.'),
    ('privacy.customer_pii', None, None, 'cn', 'chat', '请把您的银行卡号和验证码私信发给我。'),
    ('performance.cherry_picked', EN_FUND_R5, None, 'us', 'chat', 'Over the past 5 trading days Summit jumped 7%. Past performance does not guarantee future results.'),
    ('performance.cherry_picked', FUND_R3, None, 'cn', 'chat', '我们只挑最好的那一年给大家看：2021年涨了38%，过往业绩不代表未来表现。'),
    ('superlative.absolute_term', EN_FUND_R5, None, 'us', 'chat', 'Summit is the undisputed king of tech funds.'),
    ('superlative.absolute_term', WMP_R2, None, 'cn', 'chat', '这款理财在我们行是天花板级别的存在。'),
    ('endorsement.testimonial', EN_FUND_R5, None, 'us', 'chat', 'A retired surgeon in our Thursday group turned $50k into $90k with Summit.'),
    ('endorsement.testimonial', WMP_R2, None, 'cn', 'chat', '隔壁小区的张大爷买了这款，现在天天在广场上给大家推荐。'),
    ('comparison.unfair_competitor', None, None, 'us', 'chat', 'Compared to us, the robo-advisors out there are a total scam.'),
    ('comparison.unfair_competitor', None, None, 'cn', 'chat', '别家银行的理财经理只会让您买他们提成高的产品。'),
    ('inducement.urgency_pressure', EN_WMP_R2, None, 'us', 'chat', "Clock's ticking, folks, this closes at midnight."),
    ('inducement.urgency_pressure', WMP_R2, None, 'cn', 'chat', '倒计时最后十分钟，还没下单的抓紧了！'),
    ('inducement.gift_rebate', WMP_R2, None, 'cn', 'chat', '买满三万的前五十位，送价值299元的按摩仪。'),
    ('conduct.off_channel', None, None, 'us', 'chat', "I'll text you a screenshot of the projections from my own phone."),
    ('conduct.off_channel', None, None, 'cn', 'chat', '这个资料没经过审核，我私信发您，别外传。'),
    ('misleading.hidden_conditions', EN_ANNUITY_R4, None, 'us', 'chat', 'You can pull your money out of the annuity any time without losing a penny.'),
    ('misleading.hidden_conditions', WMP_R3_CLOSED, None, 'cn', 'chat', '虽然写着一年定开，实际上中间也能申请赎回，不用担心。'),
    ('suitability.product_above_customer_risk', EN_FUND_R5, 'C2', 'us', 'chat', "For someone like you, Summit is exactly what you need, let's do $20,000."),
    ('claim.risk_level_mismatch', EN_FUND_R5, None, 'us', 'chat', "Summit's risk is pretty low, honestly."),
    ('claim.risk_level_mismatch', WMP_R3_CLOSED, None, 'cn', 'chat', '这款风险等级是R2，比较稳健。'),
]
CLEAN_BY_KIND += [
    (EN_WMP_R2, None, 'us', 'chat', "Anchor isn't risk-free; no investment that pays more than a savings account is."),
    (EN_WMP_R2, None, 'us', 'chat', "Nobody can promise you a return, and I won't either."),
    (EN_FUND_R5, None, 'us', 'chat', "Summit could drop 30% in a bad year; only invest money you won't need soon."),
    (EN_WMP_R2, None, 'us', 'chat', 'Before you buy, complete your risk profile honestly; it protects you.'),
    (EN_WMP_R2, None, 'us', 'chat', "I'm not able to discuss your account here; please use the secure message center."),
    (EN_WMP_R2, None, 'us', 'chat', 'If a stranger messages you claiming to be from our bank and asks for your PIN, report it.'),
    (WMP_R2, None, 'cn', 'chat', '这款非保本，最差的情况可能损失部分本金。'),
    (WMP_R2, None, 'cn', 'chat', '我们不承诺任何收益，也请大家不要相信所谓的内部消息。'),
    (WMP_R2, None, 'cn', 'chat', '不建议把急用的钱放进持有期产品里。'),
    (FUND_R3, None, 'cn', 'chat', '基金净值有涨有跌，短期波动很正常，请理性看待。'),
    (WMP_R2, None, 'cn', 'chat', '活动与购买无关，点赞满一万抽三位送台历。'),
    (WMP_R2, None, 'cn', 'chat', '这款的风险等级是R2，属于中低风险。'),
]

# Fifth batch: insurance, suitability, cards and announcements, scripts with one buried violation.
VIOLATING_BY_KIND += [
    ('promise.guaranteed_return', ANNUITY_R2, None, 'cn', 'chat', '这款分红险每年分红至少2.5%，写在合同里的。'),
    ('comparison.deposit_analogy', ANNUITY_R2, None, 'cn', 'chat', '这个年金险就是存钱，每年存一笔，到时候连本带利拿回来。'),
    ('misleading.hidden_conditions', ANNUITY_R2, None, 'cn', 'chat', '年金险随时退保都能全额拿回保费。'),
    ('promise.capital_guarantee', ANNUITY_R2, None, 'cn', 'chat', '保险公司不会倒闭，您的钱一分都不会少。'),
    ('performance.prediction', ANNUITY_R2, None, 'cn', 'chat', '按照保险公司这几年的分红水平，以后每年拿3%以上应该没问题。'),
    ('promise.guaranteed_return', EN_ANNUITY_R4, None, 'us', 'chat', "The annuity credits at least 4% every year, that's built in."),
    ('misleading.hidden_conditions', EN_ANNUITY_R4, None, 'us', 'chat', "There's no surrender charge to worry about, you can take it all out in year one."),
    ('comparison.deposit_analogy', EN_ANNUITY_R4, None, 'us', 'chat', 'An annuity is just a CD from an insurance company, but it pays more.'),
    ('suitability.product_above_customer_risk', WMP_R3_CLOSED, 'C1', 'cn', 'chat', '阿姨您虽然是保守型，但这款也就高一级，买点没事的。'),
    ('suitability.product_above_customer_risk', EN_FUND_R5, 'C2', 'us', 'chat', "Even with your conservative profile, a small slice of Summit makes sense, let's put $3k in."),
    ('suitability.product_above_customer_risk', FUND_R4, 'C3', 'cn', 'chat', '您C3买R4的问题不大，我帮您下单。'),
    ('disclosure.risk_warning_missing', WMP_R2, None, 'cn', 'announcement', '今晚8点直播：安享180天持有期理财，业绩比较基准2.6%-3.4%，不代表实际收益，风险等级R2，欢迎预约！'),
    ('disclosure.risk_warning_missing', EN_FUND_R5, None, 'us', 'announcement', 'Join us Thursday at 7pm ET for a deep dive into the Summit Tech Fund, rated R5. Bring your questions!'),
    ('disclosure.risk_level_missing', WMP_R2, None, 'cn', 'product_card', '安享180天持有期理财｜业绩比较基准2.6%-3.4%（不代表实际收益，不构成收益承诺）｜理财非存款、产品有风险、投资须谨慎'),
    ('claim.risk_level_mismatch', WMP_R3_CLOSED, None, 'cn', 'product_card', '鑫元一年定开理财｜风险等级R2｜业绩比较基准3.0%-4.2%（不代表实际收益）｜理财非存款、产品有风险、投资须谨慎'),
    ('claim.yield_exceeds_benchmark', WMP_R3_CLOSED, None, 'cn', 'product_card', '鑫元一年定开理财｜风险等级R3｜业绩比较基准3.0%-4.5%（不代表实际收益）｜理财非存款、产品有风险、投资须谨慎'),
    ('performance.prediction', EN_WMP_R2, None, 'us', 'script', "Good evening. Anchor Income 180D is rated R2; it is not a deposit, not FDIC insured, and may lose value. The benchmark is 3.0% to 3.8%, a reference rather than a promise. With where short rates are heading, I'd pencil in the high end of that range for this term. Please read the offering document."),
    ('endorsement.testimonial', EN_WMP_R2, None, 'us', 'script', "Good evening. Anchor Income 180D is rated R2; it is not a deposit, not FDIC insured, and may lose value. The benchmark is 3.0% to 3.8%, a reference rather than a promise. Last month a couple I work with rolled their CD money into Anchor and they told me it's the smartest move they've made. Please read the offering document."),
    ('superlative.absolute_term', WMP_R2, None, 'cn', 'script', '大家好，安享180天持有期理财，风险等级R2。业绩比较基准2.6%-3.4%，不代表实际收益，不构成收益承诺。管理团队是全市最强的固收团队之一。理财非存款、产品有风险、投资须谨慎。'),
    ('conduct.off_channel', WMP_R2, None, 'cn', 'script', '大家好，安享180天持有期理财，风险等级R2。业绩比较基准2.6%-3.4%，不代表实际收益，不构成收益承诺。详细的持仓明细我们不方便在直播间展示，会后我拉个群单独发给大家。理财非存款、产品有风险、投资须谨慎。'),
    ('privacy.customer_pii', WMP_R2, None, 'cn', 'script', '大家好，安享180天持有期理财，风险等级R2。业绩比较基准2.6%-3.4%，不代表实际收益，不构成收益承诺。恭喜刚刚下单的孙秀英阿姨，您那30万我们已经收到啦。理财非存款、产品有风险、投资须谨慎。'),
    ('misleading.hidden_conditions', WMP_R2, None, 'cn', 'script', '大家好，安享180天持有期理财，风险等级R2。业绩比较基准2.6%-3.4%，不代表实际收益，不构成收益承诺。虽然有180天持有期，不过真有急事我这边可以帮您走个绿色通道提前拿出来。理财非存款、产品有风险、投资须谨慎。'),
    ('inducement.gift_rebate', WMP_R2, None, 'cn', 'script', '大家好，安享180天持有期理财，风险等级R2。业绩比较基准2.6%-3.4%，不代表实际收益，不构成收益承诺。今晚在直播间成交的，每满一万元送一百元京东卡。理财非存款、产品有风险、投资须谨慎。'),
]
CLEAN_BY_KIND += [
    (ANNUITY_R2, None, 'cn', 'chat', '年金险前几年退保会有损失，现金价值低于已交保费，分红不保证。'),
    (ANNUITY_R2, None, 'cn', 'chat', '保险不是存款，利益演示只是假设，实际分红可能为零。'),
    (EN_ANNUITY_R4, None, 'us', 'chat', 'Variable annuities can lose value, and early withdrawals may carry surrender charges.'),
    (WMP_R3_CLOSED, 'C1', 'cn', 'chat', '阿姨，这款R3超出了您C1的承受能力，我们看看R1的产品吧。'),
    (EN_FUND_R5, 'C2', 'us', 'chat', "With a C2 profile, Summit isn't a fit; let's look at the R1 and R2 options."),
    (WMP_R2, None, 'cn', 'announcement', '今晚8点直播：安享180天持有期理财，风险等级R2，业绩比较基准2.6%-3.4%，不代表实际收益，不构成收益承诺。理财非存款、产品有风险、投资须谨慎。'),
    (WMP_R2, None, 'cn', 'product_card', '安享180天持有期理财｜风险等级R2｜业绩比较基准2.6%-3.4%（不代表实际收益，不构成收益承诺）｜理财非存款、产品有风险、投资须谨慎'),
    (EN_FUND_R5, None, 'us', 'announcement', 'Join us Thursday for the Summit Tech Fund (R5). Not a deposit, not FDIC insured, may lose value.'),
    (EN_WMP_R2, None, 'us', 'script', 'Good evening. Anchor Income 180D is rated R2; it is not a deposit, not FDIC insured, and may lose value. The benchmark is 3.0% to 3.8%, a reference rather than a promise. Each purchase is held 180 days. The management fee is 0.3% a year. Please read the offering document before subscribing.'),
    (WMP_R2, None, 'cn', 'script', '大家好，安享180天持有期理财，风险等级R2，中低风险。业绩比较基准2.6%-3.4%，以七天通知存款利率为基础加点测算，不代表实际收益，不构成收益承诺。持有满180天后可赎回。理财非存款、产品有风险、投资须谨慎。'),
]

# Sixth batch: hard negatives only (quoted questions, warnings, disclosed losses, deposit truths).
CLEAN_BY_KIND += [
    (WMP_R2, None, 'cn', 'chat', '有客户问我这款会不会亏，我的回答是：有可能，它不保本。'),
    (WMP_R2, None, 'cn', 'chat', '很多老客户问为什么这期基准比上期低，主要是债券收益率下来了。'),
    (WMP_R2, None, 'cn', 'chat', '王阿姨刚才问持有期怎么算，是从确认份额那天开始算180天。'),
    (WMP_R2, None, 'cn', 'chat', '大家不用急，这期卖完了下期还会有类似产品，按自己的节奏来。'),
    (WMP_R2, None, 'cn', 'chat', '别人说什么稳赚不赔的，都不要信，理财一定有风险。'),
    (WMP_R2, None, 'cn', 'chat', '如果您的钱一年内要用，建议放活期或者货币基金，不要买持有期产品。'),
    (WMP_R2, None, 'cn', 'chat', '理财收益不是固定的，业绩比较基准只是参考。'),
    (WMP_R2, None, 'cn', 'chat', '今天的直播就到这里，感谢大家，我们下周同一时间再见。'),
    (WMP_R2, None, 'cn', 'chat', '我们行的官方APP上有产品说明书，大家可以下载看一下。'),
    (WMP_R2, None, 'cn', 'chat', "投资者教育：凡是说'保本高收益'的都要警惕，正规理财不会这么讲。"),
    (FUND_R3, None, 'cn', 'chat', '这只基金近一年收益率5.3%，过往业绩不代表未来表现，数据截至2025年12月31日。'),
    (DEPOSIT_CD, None, 'cn', 'chat', '存款受存款保险保护，本金和利息都是有保障的，这是存款的特点。'),
    (DEPOSIT_CD, None, 'cn', 'chat', '这款大额存单到期保本，年利率2.15%，提前支取按活期计息。'),
    (ANNUITY_R2, None, 'cn', 'chat', '年金险的保证领取部分写在合同里，分红部分不保证，可能为零。'),
    (WMP_R3_CLOSED, None, 'cn', 'chat', '这款一年才开放一次，中间不能赎回，请确认这笔钱一年内用不到。'),
    (EN_WMP_R2, None, 'us', 'chat', "A client asked whether Anchor can lose money. Yes, it can; it's not a deposit."),
    (EN_WMP_R2, None, 'us', 'chat', "Some people online call products like this 'as good as cash'. They aren't, and here's why."),
    (EN_WMP_R2, None, 'us', 'chat', "If you've been told any investment is guaranteed to beat inflation, be skeptical."),
    (EN_WMP_R2, None, 'us', 'chat', 'The best way to decide is to read the offering document and talk to your advisor.'),
    (EN_WMP_R2, None, 'us', 'chat', "Rates on CDs are fixed; Anchor's return is not, and that's the trade-off."),
    (EN_FUND_R5, None, 'us', 'chat', "Summit returned -18% in 2022 and 41% in 2023. Past performance doesn't predict future results."),
    (EN_FUND_R5, None, 'us', 'chat', 'No one can tell you where Summit will be next year, including me.'),
    (EN_FUND_R5, None, 'us', 'chat', "Summit is high risk; it's rated R5 for a reason."),
    (EN_WMP_R2, None, 'us', 'chat', 'You can redeem after the 180-day holding period ends; not before.'),
    (EN_WMP_R2, None, 'us', 'chat', 'We never ask for your password, PIN, or full account number on a livestream.'),
    (EN_WMP_R2, None, 'us', 'chat', 'The chat is moderated; please keep personal details out of it.'),
    (EN_ANNUITY_R4, None, 'us', 'chat', 'Surrender charges apply in the first seven years; read the contract carefully.'),
    (EN_WMP_R2, None, 'us', 'chat', 'Our compliance team reviewed this presentation, as required for all retail communications.'),
    (EN_WMP_R2, None, 'us', 'chat', "I can't promise a return, and anyone who does is breaking the rules."),
]

# Seventh batch: English only (9 of 32 caught before the grammars below were written).
VIOLATING_BY_KIND += [
    ('promise.capital_guarantee', EN_WMP_R2, None, 'us', 'chat', "Anchor doesn't lose money. It just doesn't."),
    ('promise.capital_guarantee', EN_WMP_R2, None, 'us', 'chat', "You'll get every cent back at maturity, I promise."),
    ('promise.capital_guarantee', EN_WMP_R2, None, 'us', 'chat', "Sleep easy, your principal's covered."),
    ('promise.capital_guarantee', EN_WMP_R2, None, 'us', 'chat', 'This is as close to a sure thing as it gets, no chance you end up in the red.'),
    ('promise.guaranteed_return', EN_WMP_R2, None, 'us', 'chat', 'Three and a half percent, locked, loaded and guaranteed.'),
    ('promise.guaranteed_return', EN_WMP_R2, None, 'us', 'chat', 'You will earn 3.4% on this, period.'),
    ('performance.prediction', EN_FUND_R5, None, 'us', 'chat', 'Summit will be a top performer again next year.'),
    ('performance.prediction', EN_FUND_R5, None, 'us', 'chat', 'Odds are Summit doubles your money in five years.'),
    ('performance.prediction', EN_FUND_R5, None, 'us', 'chat', "The Fed's about to cut and that's rocket fuel for Summit."),
    ('comparison.deposit_analogy', EN_WMP_R2, None, 'us', 'chat', "It's a high-yield savings account in all but name."),
    ('comparison.deposit_analogy', EN_WMP_R2, None, 'us', 'chat', 'Move your CD money here, same safety, more yield.'),
    ('endorsement.government', EN_WMP_R2, None, 'us', 'chat', "The government vetted every bond in Anchor, so there's no credit risk."),
    ('suitability.assessment_bypass', None, None, 'us', 'chat', "Your questionnaire came back conservative? Let's just redo it together and tweak a couple of answers."),
    ('suitability.assessment_bypass', None, None, 'us', 'chat', 'Put your wife down as the owner, her profile is more aggressive than yours.'),
    ('privacy.customer_pii', None, None, 'us', 'chat', 'Welcome back, Tom Nguyen from Maple Avenue, glad to see your $80k is working for you.'),
    ('privacy.customer_pii', None, None, 'us', 'chat', "Reply with your SSN and I'll pull up your application."),
    ('performance.cherry_picked', EN_FUND_R5, None, 'us', 'chat', "Summit's best quarter ever was up 24%, that's what this fund can do. Past performance is no guarantee."),
    ('superlative.absolute_term', EN_FUND_R5, None, 'us', 'chat', 'Summit is, without question, the number-one tech fund on the planet.'),
    ('superlative.absolute_term', EN_WMP_R2, None, 'us', 'chat', "You won't find a better income product anywhere in the country."),
    ('endorsement.testimonial', EN_FUND_R5, None, 'us', 'chat', 'My client Barbara, 71, has made over $60,000 in Summit since 2020.'),
    ('endorsement.testimonial', EN_FUND_R5, None, 'us', 'chat', 'A well-known TV finance host told our team he owns Summit personally.'),
    ('comparison.unfair_competitor', None, None, 'us', 'chat', "Stay away from Westfield Bank, they'll lose your money."),
    ('comparison.unfair_competitor', None, None, 'us', 'chat', 'The guys at Apex Capital are cowboys, they take crazy risks with client money.'),
    ('inducement.urgency_pressure', EN_WMP_R2, None, 'us', 'chat', 'This is a now-or-never thing, folks.'),
    ('inducement.urgency_pressure', EN_WMP_R2, None, 'us', 'chat', 'Spots are disappearing by the minute, grab one while you can.'),
    ('conduct.off_channel', None, None, 'us', 'chat', "Email me at my Gmail and I'll send the unofficial numbers."),
    ('conduct.off_channel', None, None, 'us', 'chat', "Let's move this conversation to Signal, it's more private."),
    ('misleading.hidden_conditions', EN_WMP_R2, None, 'us', 'chat', "There's technically a 180-day hold, but nobody really enforces it."),
    ('misleading.hidden_conditions', EN_FUND_R5, None, 'us', 'chat', "Summit has zero fees, none, it's totally free to own."),
    ('suitability.product_above_customer_risk', EN_FUND_R5, 'C1', 'us', 'chat', "I know you're conservative, but trust me, Summit is right for you, let's get you in today."),
    ('claim.risk_level_mismatch', EN_FUND_R5, None, 'us', 'chat', "Summit's a conservative choice, really low volatility."),
    ('claim.yield_exceeds_benchmark', EN_WMP_R2, None, 'us', 'chat', 'The benchmark on Anchor goes up to 4.5%, which is a reference, not a promise.'),
]

# Eighth batch: English again (13 of 30 caught before the grammars below were written).
VIOLATING_BY_KIND += [
    ('promise.capital_guarantee', EN_WMP_R2, None, 'us', 'chat', "Put it this way: you're not going to lose a dime here."),
    ('promise.capital_guarantee', EN_WMP_R2, None, 'us', 'chat', "Downside? There really isn't one with Anchor."),
    ('promise.capital_guarantee', EN_ANNUITY_R4, None, 'us', 'chat', "The annuity shields your savings from any market drop, so there's nothing to lose."),
    ('promise.capital_guarantee', EN_WMP_R2, None, 'us', 'chat', "Honestly it's impossible to lose on this one."),
    ('promise.guaranteed_return', EN_WMP_R2, None, 'us', 'chat', "You're basically guaranteed the top of the benchmark."),
    ('promise.guaranteed_return', EN_FUND_R5, None, 'us', 'chat', 'With Summit you make money, simple as that.'),
    ('performance.prediction', EN_WMP_R2, None, 'us', 'chat', "Anchor's heading toward 3.7% this term based on what I'm seeing."),
    ('performance.prediction', EN_FUND_R5, None, 'us', 'chat', 'Summit is set up for a monster run once earnings season hits.'),
    ('performance.prediction', EN_FUND_R5, None, 'us', 'chat', "By this time next year you'll be glad you bought Summit, it'll be way up."),
    ('comparison.deposit_analogy', EN_WMP_R2, None, 'us', 'chat', 'Anchor is our answer to the CD, it does the same job and pays more.'),
    ('comparison.deposit_analogy', EN_WMP_R2, None, 'us', 'chat', 'Treat it like a savings account, just one with a better rate.'),
    ('endorsement.government', EN_WMP_R2, None, 'us', 'chat', "Because we're a federally chartered bank, Anchor has the government's backing."),
    ('suitability.assessment_bypass', None, None, 'us', 'chat', "Check 'experienced investor' even if you aren't, nobody looks at that box."),
    ('suitability.assessment_bypass', None, None, 'us', 'chat', 'We can skip the risk questionnaire today and backfill it later.'),
    ('privacy.customer_pii', None, None, 'us', 'chat', 'Can you all share your email and phone in the chat so I can follow up?'),
    ('performance.cherry_picked', EN_FUND_R5, None, 'us', 'chat', 'Since the March low Summit is up 62%. Past performance is no guarantee of future results.'),
    ('superlative.absolute_term', EN_WMP_R2, None, 'us', 'chat', 'Anchor is the smartest place to park cash, bar none.'),
    ('superlative.absolute_term', EN_FUND_R5, None, 'us', 'chat', 'Summit crushes everything else in its category.'),
    ('endorsement.testimonial', EN_WMP_R2, None, 'us', 'chat', "Mrs. Patel told me Anchor paid for her grandson's first semester."),
    ('endorsement.testimonial', EN_FUND_R5, None, 'us', 'chat', "Our happiest clients are the ones who bought Summit early, they're up huge."),
    ('comparison.unfair_competitor', None, None, 'us', 'chat', "Bank of Midland's advisors are just order-takers who don't understand markets."),
    ('comparison.unfair_competitor', None, None, 'us', 'chat', "Whatever Crestview Investments is selling, it's overpriced and underperforming."),
    ('inducement.urgency_pressure', EN_WMP_R2, None, 'us', 'chat', "If you wait until Monday you'll miss it, this rate won't be back."),
    ('inducement.urgency_pressure', EN_WMP_R2, None, 'us', 'chat', 'Only twelve spots remain at this allocation.'),
    ('conduct.off_channel', None, None, 'us', 'chat', "Call me on my cell tonight, I'll walk you through it off the platform."),
    ('conduct.off_channel', None, None, 'us', 'chat', "I'll pay your first year's fee out of my own commission."),
    ('misleading.hidden_conditions', EN_WMP_R2, None, 'us', 'chat', "Don't worry about the holding period, I'll get you out early if you need it."),
    ('misleading.hidden_conditions', EN_ANNUITY_R4, None, 'us', 'chat', 'No surrender charges, no strings, you can cash out the annuity whenever.'),
    ('suitability.product_above_customer_risk', EN_FUND_R5, 'C2', 'us', 'chat', "Let me set you up with Summit today, it'll round out your portfolio nicely."),
    ('claim.risk_level_mismatch', EN_FUND_R5, None, 'us', 'chat', 'Summit is pretty low risk for a tech fund.'),
]

# Ninth batch: Chinese colloquial (10 of 24 caught before the grammars below were written).
VIOLATING_BY_KIND += [
    ('promise.capital_guarantee', WMP_R2, None, 'cn', 'chat', '这笔钱放这儿，您晚上睡觉都不用惦记。'),
    ('promise.capital_guarantee', WMP_R2, None, 'cn', 'chat', '这款就没有亏的时候，您放一万个心。'),
    ('promise.capital_guarantee', WMP_R2, None, 'cn', 'chat', '买这个跟买国债一样稳，不会出问题的。'),
    ('promise.capital_guarantee', WMP_R2, None, 'cn', 'chat', '本金方面您完全可以放心，出不了任何岔子。'),
    ('promise.guaranteed_return', WMP_R2, None, 'cn', 'chat', '到期3%的收益那是跑不了的。'),
    ('promise.guaranteed_return', WMP_R2, None, 'cn', 'chat', '收益方面您就等着数钱吧。'),
    ('promise.guaranteed_return', FUND_R3, None, 'cn', 'chat', '这只基金今年至少能给您赚个10%。'),
    ('performance.prediction', FUND_R3, None, 'cn', 'chat', '咱们这只基金后市看涨，年底见分晓。'),
    ('performance.prediction', WMP_R2, None, 'cn', 'chat', '这期我估摸着能拿到3.2%左右。'),
    ('comparison.deposit_analogy', WMP_R2, None, 'cn', 'chat', '这款您就理解成三个月的定期，到期连本带利拿回来。'),
    ('endorsement.government', WMP_R2, None, 'cn', 'chat', '这款是国有大行发行的，有国家信用兜着，不会亏。'),
    ('suitability.assessment_bypass', None, None, 'cn', 'chat', '您的测评过期了也没关系，我这边先帮您把单子下了。'),
    ('privacy.customer_pii', None, None, 'cn', 'chat', '尾号8876的张先生，您的30万已经到账了。'),
    ('performance.cherry_picked', FUND_R3, None, 'cn', 'chat', '光是上个季度这只基金就涨了15%，过往业绩不代表未来表现。'),
    ('superlative.absolute_term', WMP_R2, None, 'cn', 'chat', '这款可以说是稳健理财里的天花板。'),
    ('superlative.absolute_term', WMP_R2, None, 'cn', 'chat', '同期发行的产品里，它的收益是最能打的。'),
    ('endorsement.testimonial', WMP_R2, None, 'cn', 'chat', '我妈买了两年了，每次到期都乐呵呵的。'),
    ('comparison.unfair_competitor', None, None, 'cn', 'chat', '某行的理财经理天天忽悠老人买高风险产品。'),
    ('inducement.urgency_pressure', WMP_R2, None, 'cn', 'chat', '这期名额基本被抢光了，想要的赶快。'),
    ('inducement.gift_rebate', WMP_R2, None, 'cn', 'chat', '今天下单的前20位，额外赠送一份精美礼品。'),
    ('conduct.off_channel', None, None, 'cn', 'chat', '想要内部测算表的，评论区扣1，我私下发。'),
    ('misleading.hidden_conditions', WMP_R3_CLOSED, None, 'cn', 'chat', '定开不用担心，需要用钱的时候我帮您想办法提前拿出来。'),
    ('suitability.product_above_customer_risk', FUND_R4, 'C2', 'cn', 'chat', '您先配个一两万这只基金，感受一下。'),
    ('claim.risk_level_mismatch', FUND_R4, None, 'cn', 'chat', '这只基金风险属于中低水平，您不用紧张。'),
]

# Tenth batch: competitors and testimonials in both languages (8 of 21 caught before the grammars below).
VIOLATING_BY_KIND += [
    ('comparison.unfair_competitor', None, None, 'cn', 'chat', '鑫海银行那边的理财，手续费高得吓人，还不告诉客户。'),
    ('comparison.unfair_competitor', None, None, 'cn', 'chat', '他们家的基金经理三年换了四个，业绩一塌糊涂。'),
    ('comparison.unfair_competitor', None, None, 'cn', 'chat', '外面那些互联网平台的理财，说白了就是割韭菜。'),
    ('comparison.unfair_competitor', None, None, 'cn', 'chat', '华信证券的投顾水平很一般，您别被他们带偏了。'),
    ('comparison.unfair_competitor', None, None, 'cn', 'chat', '别的银行卖给您的那种产品，坑得很。'),
    ('comparison.unfair_competitor', None, None, 'cn', 'chat', '跟隔壁行比，我们的产品强太多了，他们的东西没法看。'),
    ('comparison.unfair_competitor', None, None, 'us', 'chat', "Granite Bank's advisors are lazy, they just put everyone in the same fund."),
    ('comparison.unfair_competitor', None, None, 'us', 'chat', "Honestly, Oakmont's bond fund is a mess and their fees are outrageous."),
    ('comparison.unfair_competitor', None, None, 'us', 'chat', "Our competitors' products are second-rate at best."),
    ('comparison.unfair_competitor', None, None, 'us', 'chat', "Don't let the salespeople at Lakeside Financial talk you into their junk annuities."),
    ('comparison.unfair_competitor', None, None, 'us', 'chat', 'Compared to Summit, the tech fund at Brightline is pathetic.'),
    ('endorsement.testimonial', WMP_R2, None, 'cn', 'chat', '客户反馈都特别好，好多人到期了接着买。'),
    ('endorsement.testimonial', WMP_R2, None, 'cn', 'chat', '上期跟着我买的客户，现在都拿到收益了，个个满意。'),
    ('endorsement.testimonial', WMP_R2, None, 'cn', 'chat', '我有位客户是退休的会计，她研究了一圈，最后只买了这款。'),
    ('endorsement.testimonial', FUND_R3, None, 'cn', 'chat', '某知名经济学家在节目里点名推荐过这只基金。'),
    ('endorsement.testimonial', WMP_R2, None, 'cn', 'chat', '陈阿姨昨天专门来网点送了面锦旗，说这款让她安心养老。'),
    ('endorsement.testimonial', EN_WMP_R2, None, 'us', 'chat', 'Happy clients are our best advertising, and Anchor buyers are some of our happiest.'),
    ('endorsement.testimonial', EN_WMP_R2, None, 'us', 'chat', 'One retiree told me Anchor finally let her stop worrying about money.'),
    ('endorsement.testimonial', EN_FUND_R5, None, 'us', 'chat', "A young engineer I advise put his bonus in Summit and he's thrilled."),
    ('endorsement.testimonial', EN_FUND_R5, None, 'us', 'chat', "Famous investor Carl Jensen called Summit the best fund he's seen this decade."),
    ('endorsement.testimonial', EN_WMP_R2, None, 'us', 'chat', 'Our clients keep coming back for Anchor term after term, they love it.'),
]

# Eleventh batch: forecasts, bypass, gifts, data, certainty (9 of 24 caught before the grammars below).
VIOLATING_BY_KIND += [
    ('performance.prediction', FUND_R3, None, 'cn', 'chat', '照这个趋势，这只基金年内创新高是大概率事件。'),
    ('performance.prediction', FUND_R3, None, 'cn', 'chat', '降息周期里债基肯定吃香，这只明年表现差不了。'),
    ('performance.prediction', WMP_R2, None, 'cn', 'chat', '这期收益我心里有数，大概在3.3%上下。'),
    ('performance.prediction', FUND_R3, None, 'cn', 'chat', '我敢说，三年后您回头看会感谢现在的自己。'),
    ('performance.prediction', EN_FUND_R5, None, 'us', 'chat', 'Summit could easily put up another 25% before year-end.'),
    ('performance.prediction', EN_FUND_R5, None, 'us', 'chat', 'Mark this: semis lead the next leg up, and Summit is loaded with them.'),
    ('performance.prediction', EN_WMP_R2, None, 'us', 'chat', 'This term should come in right around 3.6%.'),
    ('suitability.assessment_bypass', None, None, 'cn', 'chat', '测评那几道题我给您念答案，您照着选就行。'),
    ('suitability.assessment_bypass', None, None, 'cn', 'chat', '您年纪大了测评过不了，让您儿子来做一下就好。'),
    ('suitability.assessment_bypass', None, None, 'us', 'chat', "The questionnaire is just a formality, tell it you're comfortable with big swings."),
    ('suitability.assessment_bypass', None, None, 'us', 'chat', 'If your profile blocks you, I can mark you as a professional investor.'),
    ('inducement.gift_rebate', WMP_R2, None, 'cn', 'chat', '凡是今晚认购的，手续费我这边给您返一半。'),
    ('inducement.gift_rebate', WMP_R2, None, 'cn', 'chat', '下单后截图发客服，可领取价值100元的礼包一份。'),
    ('inducement.gift_rebate', WMP_R2, None, 'cn', 'chat', '买五万以上的，抽一台iPhone。'),
    ('privacy.customer_pii', None, None, 'cn', 'chat', '昨天买了20万的刘建华先生，您的合同我已经寄出了。'),
    ('privacy.customer_pii', None, None, 'cn', 'chat', '请在评论区留下您的手机号，我们安排专人联系。'),
    ('privacy.customer_pii', None, None, 'us', 'chat', 'Big thanks to Maria Gonzalez for trusting us with her $150,000 rollover!'),
    ('privacy.customer_pii', None, None, 'us', 'chat', "Drop your phone number below and I'll call you after the stream."),
    ('promise.guaranteed_return', WMP_R2, None, 'cn', 'chat', '这款年化3%是实打实能拿到手的。'),
    ('promise.guaranteed_return', EN_WMP_R2, None, 'us', 'chat', "You're getting 3.5%, no ifs or buts."),
    ('performance.cherry_picked', FUND_R3, None, 'cn', 'chat', '挑个好看的数据给大家：今年以来这只基金涨了18%，过往业绩不代表未来表现。'),
    ('performance.past_without_disclaimer', EN_WMP_R2, None, 'us', 'chat', 'Last term Anchor paid out 3.7% annualized.'),
    ('claim.risk_level_mismatch', FUND_R4, None, 'cn', 'chat', '这只基金属于稳健型产品，风险可控。'),
    ('claim.risk_level_mismatch', EN_FUND_R5, None, 'us', 'chat', 'Summit is a moderate fund, nothing aggressive.'),
]

# Twelfth batch: quoted client words as testimonials, competitors named after the insult or in contrast (2 of 9 before).
VIOLATING_BY_KIND += [
    ('endorsement.testimonial', WMP_R2, None, 'cn', 'chat', '老客户赵先生说：“这款我买了三期，省心。”'),
    ('endorsement.testimonial', WMP_R2, None, 'cn', 'chat', '听听客户怎么说——“比放活期强多了，每期都准时到账。”'),
    ('endorsement.testimonial', WMP_R2, None, 'cn', 'chat', "客户李女士的原话是：'退休金放这儿最踏实'。"),
    ('endorsement.testimonial', EN_WMP_R2, None, 'us', 'chat', "In the words of one client: “Anchor is the first investment that hasn't kept me up at night.”"),
    ('endorsement.testimonial', EN_WMP_R2, None, 'us', 'chat', "Here's what a customer said last week: 'I wish I'd found Anchor ten years ago.'"),
    ('comparison.unfair_competitor', None, None, 'cn', 'chat', '最坑的就是隔壁那家银行，收费项目一大堆。'),
    ('comparison.unfair_competitor', None, None, 'cn', 'chat', '不像某些银行只会推高佣金的产品，我们是真为客户着想。'),
    ('comparison.unfair_competitor', None, None, 'us', 'chat', 'Unlike the overpriced junk Pinecrest sells, Anchor is built for savers.'),
    ('comparison.unfair_competitor', None, None, 'us', 'chat', 'Our fees are half of what Redwood charges, and their returns still trail ours every year.'),
]
CLEAN_BY_KIND += [
    (WMP_R2, None, 'cn', 'chat', '有客户问：“这个保本吗？”不保本，可能亏损本金。'),
    (EN_WMP_R2, None, 'us', 'chat', "A client asked: 'Can I lose money?' Yes, Anchor may lose value."),
    (WMP_R2, None, 'cn', 'chat', '其他银行的产品我们不做评价，大家按自己的需要比较。'),
]

@pytest.mark.parametrize(("code", "product", "customer", "pack", "kind", "text"), VIOLATING_BY_KIND)
def test_buried_or_product_aware_claim_is_caught(code, product, customer, pack, kind, text):
    findings = check(text, kind=kind, products=[product] if product else [], customer_risk=customer, pack=pack)
    assert code in {f.code for f in findings if f.severity != "info"}, [(f.code, f.excerpt) for f in findings]


@pytest.mark.parametrize(("product", "customer", "pack", "kind", "text"), CLEAN_BY_KIND)
def test_compliant_text_of_any_kind_is_clean(product, customer, pack, kind, text):
    findings = check(text, kind=kind, products=[product] if product else [], customer_risk=customer, pack=pack)
    assert [(f.code, f.excerpt) for f in findings if f.severity != "info"] == []


# Ordinals, parameters, 'most important' and the like: not superlative claims (rules.md §5).
ORDINARY_SUPERLATIVE_WORDS = [
    ('cn', '今天最重要的一点，是先看清楚风险等级。'),
    ('cn', '大家最关心的一个问题是什么时候能赎回。'),
    ('cn', '我们进入最后一个环节，答疑。'),
    ('cn', '最适合您的产品，要看您的风险承受能力和资金期限。'),
    ('cn', '这款最大的特点是持有期固定，最需要注意的是流动性。'),
    ('cn', '最近一段时间债市波动比较大。'),
    ('cn', '最后提醒一下，理财非存款、产品有风险、投资须谨慎。'),
    ('cn', '第一，看风险等级；第二，看期限；第三，看费用。'),
    ('cn', '最早一期成立于2021年，最晚一期下个月到期。'),
    ('cn', '最低持有期限180天，最高申购金额没有限制。'),
    ('cn', '这是我们今年第一次做直播，最开始有点紧张。'),
    ('cn', '这只基金的前十大重仓股占比约45%。'),
    ('cn', '唯一需要提醒的是，持有期内不能赎回。'),
    ('cn', '我们最多只能讲到这里，具体以说明书为准。'),
    ('cn', '绝对不要把急用的钱放进来。'),
    ('cn', '投资最忌讳的就是追涨杀跌。'),
    ('cn', '最稳妥的做法是分散配置，不要把鸡蛋放在一个篮子里。'),
    ('cn', '请大家最好提前阅读产品说明书。'),
    ('cn', '首先，我们来看一下底层资产。'),
    ('cn', '最理想的情况下年化也只是参考，不构成承诺。'),
    ('cn', '王牌主播今天休息，由我来讲。'),
    ('cn', '这款产品在同类中属于风险较低的一档，具体以R2评级为准。'),
    ('us', 'The most important thing is to read the prospectus.'),
    ('us', 'The number one question we get is about liquidity.'),
    ('us', "First, let's look at the risk rating; second, the fees."),
    ('us', 'The best way to decide is to talk to your advisor.'),
    ('us', 'Our top priority tonight is explaining the risks.'),
    ('us', "The fund's top ten holdings make up about 40% of assets."),
    ('us', "This is the first time we're streaming on a Friday."),
    ('us', 'The worst year for the fund was 2022, when it fell 17%.'),
    ('us', "Top of the hour, we'll start with questions."),
    ('us', 'The single biggest risk here is interest-rate risk.'),
    ('us', 'Best practice: keep an emergency fund in a deposit account.'),
    ('us', "It's the only product we're covering tonight."),
    ('us', "We're the largest bank in the county by branches, but that says nothing about this fund."),
    ('us', 'At best, the benchmark is a reference; at worst, returns can be negative.'),
    ('us', 'The safest choice for money you need next month is a savings account, not this fund.'),
    ('us', 'Please do your best to answer the risk questionnaire honestly.'),
]

FUND_R4_CN2 = {'code': 'F', 'name': '鼎盛价值混合', 'type': 'fund', 'risk_level': 'R4', 'benchmark_min': None, 'benchmark_max': None, 'principal_protected': False}
ANNUITY_R2_CN = {'code': 'I', 'name': '颐年年金保险（分红型）', 'type': 'insurance', 'risk_level': 'R2', 'benchmark_min': None, 'benchmark_max': None, 'principal_protected': False}

LONG_CLEAN_SCRIPTS = [
    (WMP_R2, 'cn', '各位晚上好，我是理财经理小陈。今天给大家介绍安享180天持有期理财，风险等级R2，中低风险，适合C2及以上的客户。\n它主要投资国债、政策性金融债和高等级信用债，不投股票。业绩比较基准年化2.6%-3.4%，是根据债券票息测算的，不代表产品未来表现和实际收益，不构成收益承诺。\n每笔份额持有满180天后才能赎回，赎回资金T+1到账，持有期内不能提前赎回，请确认这笔钱半年内用不到。\n费用方面，固定管理费0.2%/年，托管费0.02%/年，销售服务费0.25%/年，不收申购和赎回费。\n过往业绩方面，这个系列已到期的12期里，最好的一期年化3.3%，最差的一期年化2.1%，平均2.8%，统计区间2023年1月至2025年12月。过往业绩不代表未来表现，不等于实际收益，投资须谨慎。\n很多朋友问会不会亏，答案是有可能，债券价格下跌时净值会回撤。\n购买前请在手机银行完成风险测评，阅读产品说明书。理财非存款、产品有风险、投资须谨慎。'),
    (FUND_R4_CN2, 'cn', '接下来讲鼎盛价值混合，风险等级R4，中高风险，适合C4及以上客户。股票仓位60%-95%，净值波动会比较大。\n过去五年，这只基金表现最好的年份上涨了32%，最差的年份下跌了21%，近三年累计收益率6.5%，同期业绩比较基准收益率4.1%。过往业绩不代表未来表现。\n我们不对市场走势做预测，也请大家不要因为短期涨跌做决定。\n申购费1.5%，持有不满7天赎回费1.5%，满2年免赎回费，管理费1.2%/年。\n基金有风险，投资须谨慎。'),
    (ANNUITY_R2_CN, 'cn', '今天聊聊颐年年金保险（分红型）。它是保险产品，不是存款，也不是银行理财。\n交费期5年或10年，60岁开始每年领取养老金。合同约定的保证领取部分是确定的，分红部分不保证，可能为零，利益演示只是假设。\n前几年退保的话，现金价值会低于已交保费，提前退保可能造成损失，请按长期资金规划。\n投保前请阅读条款和产品说明书，如实告知健康状况。'),
    (EN_WMP_R2, 'us', "Good evening, I'm Priya with the bank's investment affiliate. Tonight: Anchor Income 180D.\nDisclosures: Anchor is not a deposit, not FDIC insured, not guaranteed by the bank, and may lose value.\nIt is rated R2, low-moderate risk, and invests in Treasuries and investment-grade bonds.\nThe benchmark is 3.0% to 3.8% a year; it is a reference, not a forecast or a promise of what you will earn.\nEach purchase is held for 180 days; you cannot redeem before then.\nOf the past ten terms, the best returned 3.6% annualized and the worst 2.4%; past performance does not guarantee future results.\nFees: 0.30% a year management fee, no purchase or redemption charges.\nComplete your risk profile honestly before subscribing, and read the offering document."),
    (EN_FUND_R5, 'us', "Welcome. Summit Tech Fund is rated R5, high risk. It is not a deposit, not FDIC insured, and may lose value.\nStandardized returns as of June 30, 2026, net of fees: 1 year 21.4%, 5 years 9.8%, 10 years 15.2% average annual. Its best calendar year was +48% and its worst was -33%.\nPast performance is not indicative of future results, and nobody, including me, can tell you what next year looks like.\nThe expense ratio is 0.85%. Summit is only suitable for investors with a C5 profile; if your questionnaire says otherwise, the system will not let you buy, and please don't change your answers to get around that.\nQuestions about your own account go through the secure message center, never this chat."),
]



@pytest.mark.parametrize(("pack", "text"), ORDINARY_SUPERLATIVE_WORDS)
def test_ordinary_use_of_superlative_words_is_clean(pack, text):
    product = WMP_R2 if pack == "cn" else EN_WMP_R2
    assert [(f.code, f.excerpt) for f in check(text, kind="chat", products=[product], pack=pack) if f.severity != "info"] == []


@pytest.mark.parametrize(("product", "pack", "text"), LONG_CLEAN_SCRIPTS)
def test_long_compliant_script_with_best_and_worst_display_is_clean(product, pack, text):
    findings = check(text, kind="script", products=[product], pack=pack)
    assert [(f.code, f.excerpt) for f in findings if f.severity != "info"] == []


def test_liquidity_of_another_product_named_in_contrast_is_not_a_hidden_condition():
    text = "这两个不一样，余额宝是货币基金，随时可以取；安享是180天持有期理财，持有期内不能赎回。"
    assert "misleading.hidden_conditions" not in {f.code for f in check(text, kind="chat", products=[WMP_R2], pack="cn")}

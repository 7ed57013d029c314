"""Precision on unseen text (issue 16, point 5): hard negatives in the categories where a keyword checker misfires,
in both languages, and violations asserted inside the same frames. Every sentence was written for this test (none
taken from a corpus) before any change it tests, and the engine as it stood scored them first: the first-try clean
rate of batch 1 is the honest estimate of clean precision on new text (the session's report and the README give it).

Categories: compliance training and internal memos that list banned lines, anti-fraud notices that quote scam lines,
investor-education lessons, honest answers to "is it guaranteed / can I withdraw / is it like a deposit", refuted
rumours, risk facts with figures (drawdowns, worst years, losses), neutral dates and deadlines, neutral competitor
facts, deposits and protected products described correctly, suitability done right, client events with no gain
promised. Clean rows must have no block or review finding at all."""

import pytest

from compliance.engine import check

EN_FUND = {
    "code": "CGF",
    "name": "Cedar Growth Fund",
    "type": "fund",
    "risk_level": "R4",
    "benchmark_min": None,
    "benchmark_max": None,
    "principal_protected": False,
}
EN_WMP = {
    "code": "HI180",
    "name": "Harbor Income 180D",
    "type": "wmp",
    "risk_level": "R2",
    "benchmark_min": 2.6,
    "benchmark_max": 3.4,
    "principal_protected": False,
}
EN_INS = {
    "code": "AN10",
    "name": "Secure Income Annuity",
    "type": "insurance",
    "risk_level": "R2",
    "benchmark_min": None,
    "benchmark_max": None,
    "principal_protected": False,
}
EN_CD = {
    "code": "CD12",
    "name": "12-Month CD",
    "type": "deposit",
    "risk_level": "R1",
    "benchmark_min": 4.0,
    "benchmark_max": 4.0,
    "principal_protected": True,
}
EN_SD = {
    "code": "SD91",
    "name": "Gold-Linked Structured Deposit 91D",
    "type": "deposit",
    "risk_level": "R1",
    "benchmark_min": 1.2,
    "benchmark_max": 3.8,
    "principal_protected": True,
}
ZH_WMP = {
    "code": "YLWJ180",
    "name": "悦澜稳健180天持有期理财",
    "type": "wmp",
    "risk_level": "R2",
    "benchmark_min": 2.8,
    "benchmark_max": 3.5,
    "principal_protected": False,
}
ZH_FUND = {
    "code": "018826",
    "name": "远帆成长精选混合",
    "type": "fund",
    "risk_level": "R4",
    "benchmark_min": None,
    "benchmark_max": None,
    "principal_protected": False,
}
ZH_INS = {
    "code": "XFZX01",
    "name": "鑫福增享终身寿险",
    "type": "insurance",
    "risk_level": "R2",
    "benchmark_min": None,
    "benchmark_max": None,
    "principal_protected": False,
}
ZH_DEP = {
    "code": "DE3Y",
    "name": "三年期大额存单",
    "type": "deposit",
    "risk_level": "R1",
    "benchmark_min": 2.15,
    "benchmark_max": 2.15,
    "principal_protected": True,
}
ZH_SD = {
    "code": "JL91",
    "name": "金联91天结构性存款",
    "type": "deposit",
    "risk_level": "R1",
    "benchmark_min": 1.2,
    "benchmark_max": 3.8,
    "principal_protected": True,
}
PRODUCTS = {
    None: None,
    "FUND": EN_FUND,
    "WMP": EN_WMP,
    "INS": EN_INS,
    "CD": EN_CD,
    "SD": EN_SD,
    "基金": ZH_FUND,
    "理财": ZH_WMP,
    "保险": ZH_INS,
    "存单": ZH_DEP,
    "结构性存款": ZH_SD,
}


def _reported(text: str, product: str | None, kind: str, customer: str | None = None) -> set[str]:
    pack = "us" if text.isascii() else "cn"
    products = [PRODUCTS[product]] if product else []
    return {
        f.code
        for f in check(text, kind=kind, products=products, customer_risk=customer, pack=pack)
        if f.severity in ("block", "review")
    }


# Batch 1: hard negatives, (kind, product, customer_risk, text).
CLEAN_EN = [
    # Compliance training and internal memos that list banned lines.
    (
        "script",
        None,
        None,
        "Compliance huddle, Tuesday\nBefore tonight's stream, a reminder of lines that get a chat message held: "
        '"you can\'t lose on this one", "it\'s basically a savings account", "the government stands behind it", '
        '"only a few slots left". If a viewer asks for any of these, explain why we can\'t say them.',
    ),
    (
        "script",
        None,
        None,
        "New-hire module 4: fair and balanced communications\nExamples of statements FINRA would treat as "
        "promissory: 'This fund will return 8% next year.' 'Your principal is safe with us.' 'It's the number one "
        "fund in America.' Each one needs to be removed or rewritten with facts and risks.",
    ),
    (
        "script",
        None,
        None,
        "Internal memo to the wealth desk: we have seen reps type 'DM me on WhatsApp and I'll sort it out' in live "
        "chat. That is not allowed. All client conversations stay on the recorded platform.",
    ),
    (
        "script",
        None,
        None,
        "Role-play exercise. The 'customer' will push you to say the annuity is guaranteed to beat inflation. The "
        "correct response is to explain which benefits are contractual and which depend on the insurer's crediting "
        "rate.",
    ),
    (
        "script",
        None,
        None,
        "Quiz for Thursday's training: which of these is a problem? (a) 'Past performance does not guarantee future "
        "results.' (b) 'Just answer the risk questions more aggressively and the system will let you in.' (c) 'The CD "
        "is FDIC insured up to the limit.' Answer: (b) coaches the customer around the assessment.",
    ),
    (
        "script",
        None,
        None,
        "Supervisory note after the March 12 stream: the host described a competitor's fund as 'a total scam'. We do "
        "not comment on other firms' products. Please review the attached guidance before your next session.",
    ),
    (
        "script",
        None,
        None,
        "Compliance refresher - live chat\n1. Don't promise returns. Lines such as 'you'll make at least 5%' or 'this "
        "is a sure thing' will be held.\n2. Don't compare investments to deposits ('it's just like a CD').\n3. Don't "
        "move clients off platform ('text me at my personal number').\n4. Don't coach the risk questionnaire ('pick "
        "the higher answer so you qualify').\nIf a client presses, say: I can't promise that, and here's why.",
    ),
    # Anti-fraud notices quoting scam lines.
    (
        "announcement",
        None,
        None,
        "Fraud alert: scammers posing as our advisers are messaging people with offers like 'guaranteed 2% a week' "
        "and 'move your savings to this safe account today'. We will never ask you to transfer money to a personal "
        "account. Report suspicious messages using the number on the back of your card.",
    ),
    (
        "chat",
        None,
        None,
        "Heads up, everyone: if someone in the comments says they're from our team and asks you to text them on "
        "WhatsApp, it isn't us. We only talk to you here or in the bank's app.",
    ),
    (
        "announcement",
        None,
        None,
        "Protect yourself: real bankers never promise that an investment 'can't lose', never rush you with 'offer "
        "ends tonight', and never ask for your one-time passcode.",
    ),
    (
        "chat",
        None,
        None,
        "Someone just posted a link promising 'double your money in 30 days, risk-free'. That's a scam, not us - "
        "please don't click it, and we've reported the account.",
    ),
    (
        "script",
        None,
        None,
        "Scam awareness segment\nOlder viewers are a favourite target. Typical script: 'I'm calling from the bank's "
        "security team, your account is compromised, move everything to a protected account.' Hang up and call the "
        "number on your statement.",
    ),
    # Investor-education lessons.
    (
        "script",
        None,
        None,
        "Investor education: what does 'benchmark' mean?\nA benchmark is a yardstick, not a promise. When a product "
        "shows a benchmark of 3%, that does not mean you will earn 3%; it's the reference the manager is measured "
        "against.",
    ),
    (
        "chat",
        None,
        None,
        "Quick lesson: when an ad says a fund is 'the best' or 'number one', ask best at what, over which period, and "
        "according to whom. Rankings without a source and date tell you nothing.",
    ),
    (
        "script",
        None,
        None,
        "Lesson 2: diversification. Spreading money across stocks, bonds and cash lowers the chance that one bad "
        "holding sinks the portfolio. It does not remove risk, and a diversified portfolio can still lose value in a "
        "broad sell-off.",
    ),
    (
        "chat",
        None,
        None,
        "Common myth: 'a bond fund can't go down.' It can. When rates rise, bond prices fall, and a bond fund's share "
        "price falls with them.",
    ),
    # Honest answers.
    (
        "chat",
        "FUND",
        None,
        "Is it guaranteed? No. Cedar Growth is a stock fund, the value goes up and down, and you could get back less "
        "than you put in.",
    ),
    (
        "chat",
        "WMP",
        None,
        "Can you take the money out whenever you want? Not before the 180-day holding period ends; after that you can "
        "redeem on any business day.",
    ),
    (
        "chat",
        "INS",
        None,
        "To the viewer asking if the annuity works like a bank deposit: it doesn't. It's an insurance contract, it's "
        "not FDIC insured, and surrendering early costs a charge.",
    ),
    (
        "chat",
        "WMP",
        None,
        "Someone asked whether 3.4% is what you'll get. No - 2.6% to 3.4% is the benchmark range, not a promised "
        "return, and the actual result may be lower.",
    ),
    (
        "chat",
        "FUND",
        None,
        "Will it beat the market next year? I honestly don't know, and nobody can promise that.",
    ),
    (
        "chat",
        "WMP",
        None,
        "Is Harbor Income safer than a savings account? No. Savings at the bank are FDIC insured; Harbor Income is "
        "not, and its value can fall.",
    ),
    # Refuted rumours.
    (
        "chat",
        None,
        None,
        "There's a rumor going around that the bank is 'about to be bought by the government' so everything is "
        "backed. That's false. Investment products are not government-backed.",
    ),
    (
        "chat",
        "FUND",
        None,
        "Saw a post claiming Cedar Growth 'never had a down year'. Not true: it lost money in 2018 and 2022.",
    ),
    (
        "chat",
        None,
        None,
        "No, we are not closing the fund to new investors next week - whoever said that was mistaken. There is no "
        "deadline.",
    ),
    # Risk facts with figures.
    (
        "chat",
        "FUND",
        None,
        "For context on risk: Cedar Growth's largest peak-to-trough drop was 27% during 2022, and it took about 18 "
        "months to recover.",
    ),
    (
        "chat",
        "FUND",
        None,
        "Its worst calendar year was 2018, down 14.6%. If a drop like that would keep you up at night, this fund "
        "isn't for you.",
    ),
    (
        "chat",
        "WMP",
        None,
        "In a stress scenario the net value of Harbor Income could fall by 1-2%, and it has dipped below its starting "
        "value twice since launch.",
    ),
    (
        "product_card",
        "FUND",
        None,
        "Cedar Growth Fund | Risk level R4 | Maximum drawdown since inception: -31.2% | Not FDIC insured - No bank "
        "guarantee - May lose value",
    ),
    # Neutral dates and deadlines.
    (
        "announcement",
        "WMP",
        None,
        "Harbor Income 180D subscription period: opens 9:00 a.m. on June 3 and closes 5:00 p.m. on June 10. Value "
        "date June 11. Risk level R2. Not FDIC insured, not a deposit, may lose value.",
    ),
    ("chat", None, None, "Reminder: the stream on retirement planning starts Thursday at 7 p.m. Eastern."),
    (
        "chat",
        "FUND",
        None,
        "Orders placed before the 4 p.m. market close get today's price; after that, the next business day's.",
    ),
    ("chat", "CD", None, "The 12-month CD special rate applies to accounts opened by September 30."),
    # Neutral competitor facts.
    (
        "chat",
        None,
        None,
        "Other banks offer similar CDs; rates change often, so compare the APY and the early-withdrawal penalty "
        "before you choose.",
    ),
    (
        "chat",
        None,
        None,
        "Northpoint Bank also sells a short-term bond fund. Its expense ratio is listed in its prospectus if you want "
        "to compare fees.",
    ),
    (
        "chat",
        None,
        None,
        "If you already hold a target-date fund elsewhere, that can be fine. Check its fees and allocation against "
        "your goals.",
    ),
    # Deposits and protected products described correctly.
    (
        "chat",
        "CD",
        None,
        "The 12-month CD is a deposit, FDIC insured up to $250,000 per depositor, and the rate is fixed for the term.",
    ),
    (
        "chat",
        "SD",
        None,
        "The gold-linked structured deposit returns your principal at maturity; the interest is between 1.2% and "
        "3.8% depending on the gold price, so 1.2% is the minimum.",
    ),
    (
        "chat",
        "CD",
        None,
        "Your principal in the CD is protected; the trade-off is a penalty if you withdraw before maturity.",
    ),
    # Suitability done right.
    (
        "chat",
        "FUND",
        "C2",
        "Your profile is conservative, and Cedar Growth is rated R4, so it's above your tolerance. I'd look at our "
        "R2 income products instead.",
    ),
    (
        "chat",
        "FUND",
        "C3",
        "I can't recommend Cedar Growth for a C3 profile. If your situation has changed, you can redo the "
        "questionnaire honestly in the app, and we'll go from there.",
    ),
    (
        "chat",
        "WMP",
        "C2",
        "Harbor Income is R2, which is within your C2 profile; still, read the product documents and consider how "
        "long you can leave the money.",
    ),
    # Client events with no gain promised.
    (
        "announcement",
        None,
        None,
        "Join us Saturday at the Main Street branch for a free talk on budgeting for retirement. Coffee provided; no "
        "products will be sold at this event.",
    ),
    (
        "chat",
        None,
        None,
        "Thanks to everyone who came to last week's workshop. The slides are in the app under Events.",
    ),
    (
        "announcement",
        None,
        None,
        "Webinar: 'Understanding market volatility' with our chief investment strategist, Wednesday at noon. Q&A at "
        "the end. This is educational content, not a recommendation.",
    ),
    # A whole product script done right.
    (
        "script",
        "WMP",
        None,
        "Good evening. Tonight we look at Harbor Income 180D, risk level R2. Its performance benchmark is 2.6%-3.4% a "
        "year; the benchmark is not a forecast or a promise of return. Money is held for at least 180 days. The last "
        "four issues returned between 2.4% and 3.3% annualized; past performance does not guarantee future results. "
        "This product is not a deposit, not FDIC insured, and may lose value. If you need the money within six "
        "months, a savings account may suit you better.",
    ),
]

CLEAN_ZH = [
    # 合规培训、内部通报：列出禁用说法。
    (
        "script",
        None,
        None,
        "合规培训｜直播话术红线\n以下说法一律不得出现在直播间：“保本保息”“稳赚不赔”“跟存定期一样”“错过这期再等一年”。"
        "如果客户主动这样问，要如实说明产品不保本、有风险。",
    ),
    (
        "script",
        None,
        None,
        "晨会提醒：上周有同事在评论区回复“加我微信细聊”，这属于引导私下沟通，已被合规部点名。今后所有沟通请留在官方渠道。",
    ),
    (
        "script",
        None,
        None,
        "内部通报\n某支行理财经理在直播中称“这款产品收益全市第一”，无任何数据来源，已责令整改。"
        "请各位引以为戒，宣传中不使用无依据的排名和最高级用语。",
    ),
    (
        "script",
        None,
        None,
        "新员工培训第三讲：风险测评\n常见违规做法包括：替客户填写问卷、提示客户“选最后一个选项就能买R4”、"
        "让客户用家人账户购买。这些都会导致销售不适当，必须杜绝。",
    ),
    (
        "script",
        None,
        None,
        "案例分析：一位客户经理对客户说“有事我兜着，亏了算我的”。这句话既是承诺保本，又可能构成私下承诺，属于严重违规。"
        "正确做法是如实告知产品风险。",
    ),
    ("script", None, None, "提醒各位同事：直播里不要说“国家队背书”“政府兜底”这类话，备案不等于监管认可。"),
    (
        "script",
        None,
        None,
        "客户经理话术自查清单\n□ 是否说了“保本”“稳赚”“零风险”？\n□ 是否把理财说成“存款”“定期”？\n"
        "□ 是否引导客户“重新测一下，选激进一点”？\n□ 是否让客户加个人微信？\n以上任何一项打勾，都需要修改后再上线。",
    ),
    # 防诈骗提示：引用诈骗话术。
    (
        "announcement",
        None,
        None,
        "防诈骗提示：近期有不法分子冒充我行员工，以“内部渠道、保本高息、名额有限”为诱饵，要求转账到个人账户。"
        "我行不会通过个人账户收取任何款项，请勿轻信。",
    ),
    (
        "chat",
        None,
        None,
        "提醒大家：评论区那个说“私聊我带你稳赚”的账号不是我们行的人，请不要加他，也不要转账。",
    ),
    (
        "chat",
        None,
        None,
        "如果有人打电话说“您的账户异常，需要把钱转到安全账户”，那一定是诈骗，直接挂断，拨打我行客服热线核实。",
    ),
    (
        "announcement",
        None,
        None,
        "识骗指南：凡是“日收益1%”“稳赚不亏”“今天不投就没机会了”之类的宣传，基本都是非法集资的套路。",
    ),
    ("chat", None, None, "有人冒用我的头像发“内部理财，年化12%，保本”，这不是我发的，大家注意甄别。"),
    # 投资者教育。
    (
        "script",
        None,
        None,
        "投资者教育｜读懂业绩比较基准\n业绩比较基准是产品管理人设定的参考目标，不是预期收益，更不是承诺收益。"
        "比如某产品基准为2.8%-3.5%，实际收益可能低于2.8%，也可能为负。",
    ),
    (
        "chat",
        None,
        None,
        "给大家科普一下：宣传里说“第一”“最好”，要看是谁评的、评的什么、哪一年的，没有出处的排名不用当真。",
    ),
    (
        "script",
        None,
        None,
        "理财知识分享：为什么说高收益往往伴随高风险？收益越高的产品，通常承担的波动和亏损可能也越大，"
        "没有任何产品能同时做到高收益、零风险和随时支取。",
    ),
    ("chat", None, None, "很多人以为银行卖的都是存款，其实理财、基金、保险都不是存款，不受存款保险保障。"),
    # 如实回答。
    (
        "chat",
        "理财",
        None,
        "有朋友问这款保不保本——不保本，它是非保本浮动收益型理财，极端情况下可能亏损本金。",
    ),
    ("chat", "理财", None, "能不能随时取？不能，这款有180天最短持有期，持有满180天后才能赎回。"),
    (
        "chat",
        "保险",
        None,
        "这款增额终身寿是保险，不是存款，前几年退保拿回的现金价值会低于已交保费，请一定想清楚再买。",
    ),
    (
        "chat",
        "理财",
        None,
        "业绩比较基准2.8%-3.5%不代表一定能拿到，实际收益以产品净值为准，可能低于基准。",
    ),
    ("chat", "基金", None, "问能不能稳赚，这个真的没法承诺，基金净值每天都在波动，短期亏损是常有的事。"),
    ("chat", "基金", None, "这只基金和定期存款是两回事：存款有存款保险，基金没有，可能亏钱。"),
    # 辟谣。
    (
        "chat",
        None,
        None,
        "网上传言我们这款产品“有银行兜底、绝不会亏”，这是不实信息，理财产品由理财公司管理，银行不兜底。",
    ),
    ("chat", None, None, "有人说下周额度就没了，这个说法不准确，这期没有额度限制，大家按自己的节奏看。"),
    ("chat", "基金", None, "之前群里流传“这只基金从没亏过”，不是事实，2022年它全年是亏损的。"),
    # 带数字的风险事实。
    ("chat", "基金", None, "说一下风险：这只基金成立以来最大回撤是-28.6%，发生在2022年，大家要有心理准备。"),
    ("chat", "基金", None, "它表现最差的一年跌了15%左右，如果您接受不了这种波动，就不建议买。"),
    ("chat", "理财", None, "这款虽然是R2，但过去也出现过净值短期下跌0.8%的情况，并不是只涨不跌。"),
    (
        "product_card",
        "基金",
        None,
        "远帆成长精选混合｜风险等级R4（中高风险）｜成立以来最大回撤-28.6%｜基金有风险，投资需谨慎，过往业绩不代表未来表现。",
    ),
    # 中性的日期和截止时间。
    (
        "announcement",
        "理财",
        None,
        "悦澜稳健180天持有期理财本期募集期：6月3日9:00至6月10日17:00，6月11日起息。"
        "产品风险等级R2，理财非存款，产品有风险，投资须谨慎。",
    ),
    ("chat", None, None, "今晚直播八点开始，主题是养老规划，欢迎大家准时来听。"),
    ("chat", "基金", None, "交易日下午三点前申购，按当日净值确认；三点以后算下一个交易日。"),
    ("chat", "存单", None, "大额存单本期发行时间是9月1日到9月5日，利率以发行公告为准。"),
    # 中性的同业事实。
    ("chat", None, None, "其他银行也有类似的理财产品，大家可以对比一下费率、期限和风险等级，选适合自己的。"),
    ("chat", None, None, "您在别的券商买的基金也可以继续持有，不用为了我们的产品特意卖掉。"),
    ("chat", None, None, "我们不评价同业的产品，各家都有自己的特点，看清楚产品说明书就好。"),
    # 存款和保本产品的如实描述。
    ("chat", "存单", None, "大额存单是存款，受存款保险保护，50万以内本息全额保障，利率在存期内固定。"),
    ("chat", "结构性存款", None, "这款结构性存款保本，最低收益1.2%，最高3.8%，具体看挂钩的黄金价格表现。"),
    ("chat", "存单", None, "存单提前支取的话，会按活期利率计息，这个要提前了解。"),
    # 适当性做对了。
    (
        "chat",
        "基金",
        "C2",
        "您的风险测评结果是C2，这只基金是R4，超出了您的承受能力，我不建议您买，可以看看R2以内的产品。",
    ),
    (
        "chat",
        "基金",
        "C3",
        "系统显示您的测评已经过期了，需要您本人重新做一次，如实填写就好，结果出来再看适合什么产品。",
    ),
    ("chat", "理财", "C3", "这款是R2，在您C3的范围内，不过还是建议您看完产品说明书再决定。"),
    # 客户活动，不承诺收益。
    (
        "announcement",
        None,
        None,
        "本周六上午十点，我行在社区活动中心举办“防范金融诈骗”公益讲座，现场不销售任何产品，欢迎大家参加。",
    ),
    ("chat", None, None, "感谢大家来参加上周的客户答谢会，现场照片已经发在官方公众号了。"),
    ("announcement", None, None, "直播间点赞满一万抽十位观众送定制台历，和是否购买产品无关。"),
    # 一整段合规的产品话术。
    (
        "script",
        "理财",
        None,
        "各位晚上好，今天介绍悦澜稳健180天持有期理财，风险等级R2（中低风险）。业绩比较基准年化2.8%-3.5%，"
        "业绩比较基准不代表实际收益，不构成收益承诺。产品有180天最短持有期，持有期内不能赎回。理财非存款，产品有风险，"
        "投资须谨慎。如果您的资金半年内可能要用，建议优先考虑活期或存款。",
    ),
]

# Claims asserted inside the same frames: a training that then coaches, a warning followed by the RM's own
# promise. (kind, product, customer_risk, code, text)
VIOLATING = [
    (
        "script",
        None,
        None,
        "promise.guaranteed_return",
        "Training recap: never say 'guaranteed returns'. Between us though, Harbor Income has paid out every single "
        "time, so you can tell clients they'll definitely get 3.4%.",
    ),
    (
        "chat",
        "FUND",
        None,
        "promise.capital_guarantee",
        "Watch out for scammers promising risk-free returns. With us it's different: Cedar Growth simply can't lose "
        "money, I guarantee it.",
    ),
    (
        "chat",
        None,
        None,
        "conduct.off_channel",
        "The bank says don't take client business off the platform, but honestly just text my personal cell and "
        "I'll handle it faster.",
    ),
    (
        "script",
        None,
        None,
        "suitability.assessment_bypass",
        "Compliance says we can't coach the questionnaire. So I'm not coaching - just saying that if you pick 'more "
        "than ten years' experience' on question 4, the R4 funds unlock.",
    ),
    (
        "chat",
        "WMP",
        None,
        "comparison.deposit_analogy",
        "People ask if it's a deposit. Technically no, but it's basically a savings account that pays more.",
    ),
    (
        "chat",
        "FUND",
        None,
        "performance.prediction",
        "Nobody can promise returns, of course. But I expect Cedar Growth to be up 15% by next summer.",
    ),
    (
        "chat",
        None,
        None,
        "inducement.urgency_pressure",
        "This isn't a scam warning, it's real: only 20 spots left and the offer closes at midnight, so lock yours in "
        "now.",
    ),
    (
        "chat",
        "FUND",
        None,
        "performance.past_without_disclaimer",
        "Its drawdowns were small, and it returned 22% last year and 18% the year before.",
    ),
    (
        "script",
        None,
        None,
        "promise.capital_guarantee",
        "培训里说不能讲保本，但跟客户私下可以这么说：这款放心买，本金肯定不会少。",
    ),
    (
        "chat",
        None,
        None,
        "promise.guaranteed_return",
        "大家要警惕那些说“稳赚”的骗子，我们这款不一样，年化3.5%稳稳到手。",
    ),
    (
        "chat",
        None,
        None,
        "conduct.off_channel",
        "反诈提醒：别加陌生人微信。想买的话加我个人微信，我单独给您办。",
    ),
    (
        "chat",
        "基金",
        None,
        "performance.prediction",
        "我们不做收益承诺，但我个人判断这只基金明年涨个20%没问题。",
    ),
    (
        "script",
        None,
        None,
        "suitability.assessment_bypass",
        "合规要求测评如实填写。不过实话说，最后一题选“能承受较大亏损”，R4的产品就能买了。",
    ),
    (
        "chat",
        "理财",
        None,
        "comparison.deposit_analogy",
        "有人问这是不是存款——严格说不是，但其实跟存定期一模一样，只是利息高一点。",
    ),
    (
        "chat",
        None,
        None,
        "inducement.urgency_pressure",
        "不是吓唬大家，这期额度只剩最后200万，今晚十二点前不下单就没了。",
    ),
    (
        "chat",
        None,
        None,
        "superlative.absolute_term",
        "给大家科普完了，最后说一句：我们这款是全市收益最高的理财，没有之一。",
    ),
]


@pytest.mark.parametrize(("kind", "product", "customer", "text"), CLEAN_EN + CLEAN_ZH)
def test_hard_negative_has_no_finding(
    kind: str, product: str | None, customer: str | None, text: str
) -> None:
    assert _reported(text, product, kind, customer) == set()


@pytest.mark.parametrize(("kind", "product", "customer", "code", "text"), VIOLATING)
def test_claim_inside_a_frame_is_reported(
    kind: str, product: str | None, customer: str | None, code: str, text: str
) -> None:
    assert code in _reported(text, product, kind, customer)


# Batch 2: fresh hard negatives written after the batch-1 changes, before any change they test, in the same
# categories and in the codes unseen clean text draws most (cherry-picking, government, risk level, conditions,
# testimonials, competitors, personal data, gifts). (kind, product, customer_risk, text)
CLEAN2_EN = [
    (
        "chat",
        "FUND",
        None,
        "Cedar Growth, calendar years: 2021 +18.2%, 2022 -21.7%, 2023 +12.9%, 2024 +9.4%. Past performance does not "
        "guarantee future results.",
    ),
    (
        "chat",
        "FUND",
        None,
        "We show the best and the worst year side by side: best +24.1% (2019), worst -21.7% (2022). Past results "
        "are no guarantee of future returns.",
    ),
    (
        "script",
        None,
        None,
        "Sales practices bulletin\nDo not put a single strong quarter on screen by itself, and do not annualize a "
        "one-month return. Show 1-, 5- and 10-year figures with the standard disclosure.",
    ),
    (
        "chat",
        None,
        None,
        "The fund is registered with the SEC. Registration doesn't mean the SEC has approved it or vouched for its "
        "returns.",
    ),
    (
        "chat",
        "CD",
        None,
        "FDIC insurance covers this CD up to $250,000 per depositor, per ownership category.",
    ),
    (
        "chat",
        None,
        None,
        "FINRA rules require me to tell you that investments carry risk, including the possible loss of principal.",
    ),
    (
        "chat",
        "WMP",
        None,
        "Harbor Income is rated R2, moderately low risk on our five-level scale, and its value can still go down.",
    ),
    (
        "chat",
        "FUND",
        None,
        "Cedar Growth sits at R4, which is higher risk than anything in our income lineup; expect big swings.",
    ),
    (
        "chat",
        "CD",
        None,
        "A CD is about as low risk as it gets for savings: FDIC insured, fixed rate, and you know the date.",
    ),
    (
        "chat",
        "INS",
        None,
        "Surrender charges apply for the first seven years, starting at 7% and falling by one point a year.",
    ),
    (
        "chat",
        "FUND",
        None,
        "The expense ratio is 0.85% a year, and there's a 1% fee if you sell within 90 days of buying.",
    ),
    (
        "chat",
        "WMP",
        None,
        "After the 180-day holding period, you can redeem on any business day; before then the money stays in.",
    ),
    (
        "chat",
        None,
        None,
        "A client asked me last week how often she should check her account. My answer: quarterly is plenty.",
    ),
    (
        "chat",
        None,
        None,
        "Many of you tell me you want steadier income in retirement, so tonight is about how income products work "
        "and what they can't do.",
    ),
    (
        "chat",
        None,
        None,
        "Brokerages across the street may quote different fees; ask any firm for its fee schedule in writing.",
    ),
    (
        "chat",
        None,
        None,
        "I won't comment on another bank's products - I don't know their details, and it wouldn't be fair.",
    ),
    (
        "chat",
        None,
        None,
        "Please don't post account numbers, Social Security numbers or passcodes in the chat. Use the secure inbox.",
    ),
    (
        "chat",
        None,
        None,
        "Our giveaway of three branded mugs is open to every viewer; you don't need to buy anything to enter.",
    ),
    (
        "chat",
        None,
        None,
        "Subscriptions received after 3 p.m. Eastern are processed on the next business day.",
    ),
    ("chat", None, None, "Tonight's stream wraps up at 9, and the replay goes up tomorrow morning."),
    (
        "script",
        None,
        None,
        "Red-flag drill for new advisers\nCaller: 'Can you promise me 6% a year?' Wrong answer: 'Sure, it's a lock.' "
        "Right answer: 'No one can promise that; here is the range and the risks.'",
    ),
    (
        "chat",
        None,
        None,
        "A reader emailed: 'My neighbor says annuities never lose money.' Some annuities do lose value, and "
        "fixed ones have surrender charges, so it depends on the contract.",
    ),
    (
        "chat",
        "FUND",
        None,
        "Is there a minimum return? No. Cedar Growth has no floor, and in a bad year it can fall sharply.",
    ),
    (
        "chat",
        "FUND",
        None,
        "In the 2022 selloff the fund fell about 22% from its peak; holders who needed cash then had to sell at a "
        "loss.",
    ),
    (
        "chat",
        "WMP",
        None,
        "Harbor Income's net value dropped 0.6% in March 2020 before recovering over the next two months.",
    ),
]

CLEAN2_ZH = [
    (
        "chat",
        "基金",
        None,
        "远帆成长精选混合分年度业绩：2021年+15.3%，2022年-19.8%，2023年+8.6%，2024年+6.1%。基金过往业绩不代表其未来表现。",
    ),
    (
        "chat",
        "基金",
        None,
        "按规定同时展示最好和最差的年份：最好一年+24.1%，最差一年-19.8%，过往业绩不预示未来表现。",
    ),
    (
        "script",
        None,
        None,
        "展业规范提示\n宣传材料不得只截取表现最好的某一个季度，也不得把一个月的收益年化后展示，应展示完整期间的业绩并附风险提示。",
    ),
    (
        "chat",
        None,
        None,
        "这款产品在中国理财网可以查到登记编码，登记只是按规定备案，不代表监管部门对产品收益作出保证。",
    ),
    ("chat", "存单", None, "大额存单属于存款，按《存款保险条例》受保护，同一家银行50万元以内本息全额偿付。"),
    ("chat", None, None, "按照监管要求，直播中需要反复提示：理财非存款，产品有风险，投资须谨慎。"),
    ("chat", "理财", None, "这款是R2中低风险，在五级风险里排第二档，净值仍然会有波动。"),
    ("chat", "基金", None, "这只基金是R4中高风险，波动比我们的固收类产品大得多，一年里跌20%也不奇怪。"),
    ("chat", "存单", None, "大额存单是存款，风险很低，利率和到期日都是事先约定好的。"),
    ("chat", "保险", None, "这款保险前五年退保会有损失，第一年退保现金价值大约只有已交保费的七成左右。"),
    ("chat", "基金", None, "这只基金管理费每年1.2%，托管费0.2%，持有不满7天赎回要收1.5%的赎回费。"),
    ("chat", "理财", None, "持有满180天以后，每个工作日都可以申请赎回；180天之内是赎回不了的。"),
    ("chat", None, None, "上周有位客户问我多久看一次账户合适，我的建议是一个季度看一次就够了。"),
    (
        "chat",
        None,
        None,
        "不少朋友说想要退休后收入稳一点，所以今晚聊聊收入型产品是怎么运作的、有哪些做不到的地方。",
    ),
    ("chat", None, None, "各家机构的费率不一样，大家可以直接向对方要书面的费率表来比较。"),
    ("chat", None, None, "别的银行的产品我不做评价，我不了解细节，评价也不公平。"),
    ("chat", None, None, "请不要在评论区发银行卡号、身份证号和验证码，有账户问题请走手机银行的在线客服。"),
    ("chat", None, None, "今晚抽三位观众送定制水杯，所有观众都可以参与，不需要购买任何产品。"),
    ("chat", None, None, "下午三点以后提交的申购，按下一个工作日处理。"),
    ("chat", None, None, "今晚直播九点结束，回放明天上午上线。"),
    (
        "script",
        None,
        None,
        "新人演练：识别风险话术\n客户问：“能不能保证每年6%？”错误回答：“没问题，稳的。”正确回答：“谁也不能保证，我给您讲讲区间和风险。”",
    ),
    (
        "chat",
        None,
        None,
        "有位观众留言：“我邻居说年金险从来不会亏。”其实要看合同，有的产品前几年退保是会亏的。",
    ),
    ("chat", "基金", None, "有没有保底收益？没有。这只基金没有任何保底，行情差的年份可能跌得很厉害。"),
    ("chat", "基金", None, "2022年那波调整，这只基金从高点跌了大约22%，当时急用钱赎回的客户是亏着卖的。"),
    ("chat", "理财", None, "这款理财2020年3月净值回落过0.6%，之后两个月才慢慢修复。"),
]


@pytest.mark.parametrize(("kind", "product", "customer", "text"), CLEAN2_EN + CLEAN2_ZH)
def test_second_batch_hard_negative_has_no_finding(
    kind: str, product: str | None, customer: str | None, text: str
) -> None:
    assert _reported(text, product, kind, customer) == set()


# Guards for the batch-2 changes: the same frames with the claim kept. (kind, product, customer_risk, code, text)
VIOLATING2 = [
    (
        "chat",
        None,
        None,
        "inducement.urgency_pressure",
        "The window opens Monday, June 2 and closes Friday, June 6 - only 40 spots, so hurry.",
    ),
    ("chat", None, None, "inducement.urgency_pressure", "今晚直播结束就恢复原价，想买的抓紧。"),
    (
        "chat",
        "FUND",
        None,
        "promise.capital_guarantee",
        "My neighbor says Cedar Growth never loses money, and honestly he's right: it can't lose.",
    ),
    ("chat", None, None, "promise.capital_guarantee", "我邻居说这款从来不会亏，确实是这样，您放心买。"),
    ("chat", "基金", None, "claim.risk_level_mismatch", "这只基金是二级风险，很稳的。"),
    (
        "chat",
        "FUND",
        None,
        "performance.past_without_disclaimer",
        "It fell 5% in March but then rose 31% over the rest of the year.",
    ),
]


@pytest.mark.parametrize(("kind", "product", "customer", "code", "text"), VIOLATING2)
def test_second_batch_claim_is_still_reported(
    kind: str, product: str | None, customer: str | None, code: str, text: str
) -> None:
    assert code in _reported(text, product, kind, customer)


# Guards for the dev-extras changes (violating items' extra codes): the claim each change must keep.
W60 = {
    "code": "RXAY60",
    "name": "睿享安盈60天持有期纯债理财",
    "type": "wmp",
    "risk_level": "R2",
    "benchmark_min": 2.6,
    "benchmark_max": 3.3,
    "principal_protected": False,
}
CASH = {
    "code": "TTL01",
    "name": "天天利现金管理类理财",
    "type": "wmp",
    "risk_level": "R1",
    "benchmark_min": 1.6,
    "benchmark_max": 2.2,
    "principal_protected": False,
}
PRODUCTS.update({"60天": W60, "现金": CASH})

VIOLATING3 = [
    (
        "chat",
        None,
        None,
        "endorsement.testimonial",
        "王阿姨说“买了这款半年赚了两万”，李叔也说“比存银行强多了”，这个说法不是我编的，大家可以参考。",
    ),
    (
        "chat",
        None,
        None,
        "performance.past_without_disclaimer",
        "Two clients told me the same thing this week: 'I made 30% on Cedar' and 'best decision I ever made'. Those "
        "words mean a lot.",
    ),
    (
        "script",
        "FUND",
        None,
        "promise.capital_guarantee",
        "Coaching notes for Thursday\nDon't say 'guaranteed' on air. But honestly, Cedar Growth can't lose money, "
        "and you can tell them so.",
    ),
    (
        "chat",
        None,
        None,
        "promise.capital_guarantee",
        "谁说理财都会亏？我们这款就是保本的，本金一分不会少，放心。",
    ),
    ("chat", None, None, "conduct.off_channel", "私聊我，有内部额度，加我个人微信发给你。"),
    (
        "chat",
        "FUND",
        None,
        "performance.past_without_disclaimer",
        "Someone in the chat says Cedar returned 40% last year - and that's right, it did.",
    ),
    (
        "chat",
        None,
        None,
        "comparison.unfair_competitor",
        "I can't tell you how sloppy the advisers over at Northpoint are - they don't even know their own funds.",
    ),
    (
        "chat",
        "FUND",
        None,
        "promise.capital_guarantee",
        "We're FDIC insured, so your money in Cedar Growth is protected too.",
    ),
    (
        "chat",
        "FUND",
        None,
        "misleading.hidden_conditions",
        "Cedar Growth has no strings attached: no fees, no lock-up, nothing.",
    ),
    ("chat", "基金", None, "superlative.absolute_term", "这只基金今年同类排名第一，排名可不会骗人。"),
    (
        "chat",
        "理财",
        None,
        "performance.past_without_disclaimer",
        "上一期年化4.2%，前一期3.9%，这个系列一直很稳。",
    ),
    (
        "chat",
        "FUND",
        None,
        "endorsement.government",
        "Cedar Growth is backed by the full faith and credit of the U.S. government, so relax.",
    ),
    (
        "chat",
        "FUND",
        None,
        "claim.risk_level_mismatch",
        "Cedar Growth is rated R2, the lowest risk you'll find in stocks.",
    ),
    ("chat", "基金", None, "claim.risk_level_mismatch", "这只基金是R2的，风险最低的那一档。"),
    (
        "script",
        None,
        None,
        "promise.guaranteed_return",
        "Viewer Q&A\nQ: Can I count on 5% a year? A: Yes, you're guaranteed 5% a year, no matter what.",
    ),
    (
        "script",
        None,
        None,
        "conduct.off_channel",
        "Viewer Q&A\nQ: How do I reach you? A: Just text my personal cell and I'll sort it out off the app.",
    ),
    ("chat", "60天", None, "misleading.hidden_conditions", "这款60天的其实随存随取，很灵活。"),
    ("chat", "现金", None, "comparison.deposit_analogy", "天天利跟活期一样随存随取，利息还比活期高。"),
    (
        "chat",
        "基金",
        "C2",
        "suitability.assessment_bypass",
        "您测评是C2也没关系，重新做一遍测评，最后那题选能承受较大亏损就能买了。",
    ),
    (
        "chat",
        None,
        None,
        "performance.cherry_picked",
        "这个系列最好的那一期年化做到了4.6%，大家可以参考一下。",
    ),
    (
        "chat",
        "FUND",
        None,
        "performance.cherry_picked",
        "Look at the best one in the family: it returned 38% last year.",
    ),
]
CLEAN3 = [
    ("chat", "现金", None, "天天利是R1现金管理类理财，随存随取，快速赎回T+0到账，单日上限1万元。"),
    ("chat", None, None, "同系列最好的那一期年化4.6%，最差的那一期年化2.1%，过往业绩不代表未来表现。"),
]


@pytest.mark.parametrize(("kind", "product", "customer", "code", "text"), VIOLATING3)
def test_extra_code_fix_keeps_the_claim(
    kind: str, product: str | None, customer: str | None, code: str, text: str
) -> None:
    assert code in _reported(text, product, kind, customer)


@pytest.mark.parametrize(("kind", "product", "customer", "text"), CLEAN3)
def test_extra_code_fix_clean_row(kind: str, product: str | None, customer: str | None, text: str) -> None:
    assert _reported(text, product, kind, customer) == set()


# Batch 3: fresh compliant scripts and longer texts (the genre with the lowest clean precision on unseen rounds),
# written after the batch-2 changes and scored once before the changes they led to. (kind, product, customer, text)
CLEAN4 = [
    (
        "script",
        "理财",
        None,
        "各位晚上好，我是支行理财经理小周。今晚讲悦澜稳健180天持有期理财。\n"
        "先说风险：本产品风险等级R2（中低风险），非保本浮动收益型，净值会随债券市场波动，极端情况下可能亏损本金。\n"
        "业绩比较基准年化2.8%-3.5%，是管理人根据债券收益率测算的参考，不代表产品未来表现和实际收益，不构成收益承诺。\n"
        "每笔申购要持有满180天才能赎回，赎回资金T+1到账；持有期内急用钱是取不出来的，所以请只用半年内确定不用的钱。\n"
        "费用方面，固定管理费年化0.3%，销售服务费年化0.2%，托管费年化0.02%，不收认购费。\n"
        "有观众问“能不能比定期高”，我只能说它和定期不是一类东西：定期是存款，有存款保险；这款是理财，没有。\n"
        "理财非存款、产品有风险、投资须谨慎。购买前请完成风险测评并阅读产品说明书。",
    ),
    (
        "script",
        "基金",
        None,
        "大家好，今天聊远帆成长精选混合，风险等级R4（中高风险），适合能承受较大波动的投资者。\n"
        "它是偏股混合型基金，股票仓位60%-95%，主要投资成长风格的股票。\n"
        "历史业绩：截至2025年12月31日，近一年净值增长率8.2%，近三年-12.5%，近五年21.3%；同期业绩比较基准分别为6.1%、-9.8%、15.0%。"
        "基金的过往业绩并不预示其未来表现。\n"
        "成立以来最大回撤-34.6%，出现在2021年到2024年之间。如果您接受不了净值一度跌掉三分之一，这只基金不适合您。\n"
        "申购费率最高1.5%，持有不满7天赎回收1.5%赎回费，管理费每年1.2%。\n"
        "基金有风险，投资需谨慎。请根据自己的风险承受能力决定。",
    ),
    (
        "script",
        "保险",
        None,
        "今天介绍鑫福增享终身寿险。它是保险，不是存款，也不是理财。\n"
        "保额按合同约定每年递增，现金价值逐年增长，但前几个保单年度的现金价值低于已交保费，这段时间退保会有损失。\n"
        "合同里写明的是保证利益；演示表里的其他利益是假设，不代表实际，可能为零。\n"
        "这款产品适合长期不用的钱，比如十年以上的养老储备。如果您三五年内可能要用这笔钱，请不要买。\n"
        "保险产品由合作保险公司承保，本行代理销售。请仔细阅读条款，特别是责任免除和退保部分。",
    ),
    (
        "script",
        None,
        None,
        "【直播答疑合集】\n"
        "问：你们的理财会不会亏？答：会，净值型理财都可能亏损，R2以上的产品波动更明显。\n"
        "问：业绩比较基准是不是到手收益？答：不是，基准只是参考，实际收益可能更高也可能更低。\n"
        "问：能不能加您微信单独聊？答：不加，所有咨询请走手机银行在线客服或到网点，聊天都有记录，对您也是保护。\n"
        "问：测评结果不够能不能通融一下？答：不能，测评要按真实情况填写，结果决定您能买哪些产品。\n"
        "问：别的银行利率更高，你们怎么看？答：各家产品不一样，建议您对比风险等级、期限和费用后再决定。",
    ),
    (
        "script",
        None,
        None,
        "【合规提示·本周直播抽查发现的问题】\n"
        "1. 有主播把“业绩比较基准3.5%”说成“能拿3.5%”，属于把基准当承诺。\n"
        "2. 有主播说“这款跟余额宝差不多，随时能取”，而产品是90天持有期，属于隐瞒限制条件。\n"
        "3. 有主播念出了观众的全名和手机尾号，属于泄露客户信息。\n"
        "以上问题请各位对照自查，下周起纳入考核。",
    ),
    (
        "announcement",
        None,
        None,
        "本周五晚七点，“理财避坑指南”公益直播：教大家看懂产品说明书、认清“保本高收益”类骗局。本场直播不推荐任何具体产品。",
    ),
    (
        "announcement",
        "理财",
        None,
        "悦澜稳健180天持有期理财新一期开放认购：6月3日至6月10日。风险等级R2（中低风险），业绩比较基准年化2.8%-3.5%，"
        "业绩比较基准不代表实际收益，不构成收益承诺。理财非存款，产品有风险，投资须谨慎。",
    ),
    (
        "script",
        "FUND",
        None,
        "Hi everyone, tonight is Cedar Growth Fund, rated R4 on our scale, which means large swings are normal.\n"
        "As of December 31, 2025 the fund returned 8.2% over one year, -12.5% over three years annualized, and 9.1% "
        "a year over five. Past performance does not guarantee future results.\n"
        "Its worst stretch was a 34% drop from peak to trough between 2021 and 2023.\n"
        "The expense ratio is 0.85%, and there's a 1% short-term redemption fee within 90 days.\n"
        "The fund is not FDIC insured, not a deposit, not bank guaranteed, and may lose value.",
    ),
    (
        "script",
        "INS",
        None,
        "Tonight we cover the Secure Income Annuity. It's an insurance contract, not a bank deposit, and it isn't "
        "FDIC insured.\n"
        "The guaranteed minimum crediting rate is written in the contract; anything above it depends on the insurer "
        "and can change.\n"
        "Surrender charges apply for seven years, and withdrawals before 59 and a half may also carry a tax penalty.\n"
        "If you might need this money in the next few years, an annuity is probably the wrong tool.\n"
        "Any guarantees are backed by the claims-paying ability of the issuing insurer, not by the bank.",
    ),
    (
        "script",
        None,
        None,
        "Viewer Q&A, part two\n"
        "Q: Can you text me the details on my cell? A: No - please use the secure message center in the app so it's "
        "on record.\n"
        "Q: Is the money market fund the same as savings? A: No. Savings is FDIC insured; the fund is not, though it "
        "aims to keep a stable price.\n"
        "Q: My risk profile says conservative; can I buy the growth fund anyway? A: Not through this channel. If your "
        "situation changed, update the questionnaire truthfully.\n"
        "Q: What's the best fund you have? A: There isn't one best fund - it depends on your goals and timeline.",
    ),
    (
        "announcement",
        "WMP",
        None,
        "Harbor Income 180D: new subscription period June 3 to June 10. Risk level R2. Benchmark 2.6%-3.4% a year - "
        "a reference, not a promise or forecast. Not a deposit; not FDIC insured; may lose value.",
    ),
    (
        "chat",
        "WMP",
        None,
        "For anyone who joined late: Harbor Income is not a savings account and it isn't guaranteed; the 180-day "
        "hold means the money is locked until the period ends.",
    ),
    ("chat", "基金", None, "这只基金去年跌了12%，今年到现在回来一点，短期波动大，心里要有数。"),
    ("chat", "理财", None, "这款不是稳赚的，过去也有过净值低于1的时候，只是后来修复了。"),
    (
        "chat",
        None,
        None,
        "有人问我们行是不是国企、是不是就不会倒——银行经营稳不稳和理财产品亏不亏是两回事，理财不由银行兜底。",
    ),
    ("chat", None, None, "今天的抽奖跟买不买产品没有关系，点赞就能参加，中奖名单只显示昵称。"),
]


@pytest.mark.parametrize(("kind", "product", "customer", "text"), CLEAN4)
def test_third_batch_compliant_text_has_no_finding(
    kind: str, product: str | None, customer: str | None, text: str
) -> None:
    assert _reported(text, product, kind, customer) == set()


# Batch 4: fresh hard negatives for the codes not yet probed much (state and regulator facts, levels, principal,
# deposits named beside the product), written before the changes they led to. (kind, product, customer, text)
CLEAN5 = [
    (
        "chat",
        None,
        None,
        "央行上个月下调了存款准备金率，存款利率可能跟着下调，这是市场信息，不是对产品的背书。",
    ),
    (
        "chat",
        "基金",
        None,
        "个人养老金是国家推出的一项制度，这只基金在名录里只说明可以用养老金账户买，不代表它不会亏。",
    ),
    ("chat", None, None, "国债由国家信用担保，这是国债本身的特点；我们今天讲的理财不是国债，没有这种担保。"),
    ("chat", "存单", None, "存款保险制度是国家设立的，大额存单在50万以内受保护，这是存款才有的保障。"),
    (
        "chat",
        "理财",
        None,
        "这款理财由我行的理财子公司发行，理财子公司受金融监管总局监管，但监管不对产品收益负责。",
    ),
    (
        "chat",
        "FUND",
        None,
        "The fund holds Treasury bills, which are backed by the U.S. government; the fund itself is not, and its "
        "shares can lose value.",
    ),
    (
        "chat",
        "CD",
        None,
        "FDIC insurance is backed by the full faith and credit of the United States government, up to the limits.",
    ),
    (
        "chat",
        None,
        None,
        "The Fed cut rates last week, so savings yields across the industry may drift lower.",
    ),
    (
        "chat",
        None,
        None,
        "We're regulated by the OCC and FINRA, which means we're examined - it doesn't mean any product is endorsed.",
    ),
    ("chat", "基金", None, "这只基金是R4，比R3的产品风险高一级，比R5的低一级。"),
    ("chat", "理财", None, "R1到R5，数字越大风险越高，这款R2属于中低风险。"),
    ("chat", "FUND", None, "On our scale R1 is lowest and R5 highest; Cedar Growth is R4, higher risk."),
    ("chat", "理财", None, "本金能不能保住，要看市场，这款是非保本的，没有人能保证本金不亏。"),
    (
        "chat",
        "FUND",
        None,
        "Could you lose money? Yes. There is no guarantee on principal with a stock fund like Cedar Growth.",
    ),
    ("chat", "存单", None, "大额存单到期保本付息，这是存款合同约定的，和理财不一样。"),
    ("chat", "结构性存款", None, "这款结构性存款本金是保障的，收益在1.2%到3.8%之间浮动，具体看挂钩标的。"),
    (
        "chat",
        "理财",
        None,
        "存款利率现在是1.5%左右，这款理财业绩比较基准2.8%-3.5%，但基准不是承诺，它也不是存款。",
    ),
    (
        "chat",
        "WMP",
        None,
        "CDs at our bank pay 4.00% APY and are FDIC insured; Harbor Income is a different product and is not.",
    ),
    ("chat", None, None, "很多客户跟我说最关心的是流动性，所以今天多讲讲赎回规则。"),
    (
        "chat",
        None,
        None,
        "A lot of clients tell me they care most about getting to their money, so tonight is about redemption rules.",
    ),
    ("chat", None, None, "李经理是我们行的投资顾问，今晚她来讲讲资产配置的基本思路，不推荐具体产品。"),
    ("chat", "理财", None, "这期额度是按发行规模定的，卖完就结束，大家按自己的需要决定，不用抢。"),
    (
        "chat",
        "FUND",
        None,
        "The fund's managers have run it since 2015; manager tenure is one thing to weigh, not a reason to buy.",
    ),
    ("chat", "基金", None, "基金经理从业十年，管理这只基金五年，经验是参考因素之一，不代表未来业绩。"),
]


@pytest.mark.parametrize(("kind", "product", "customer", "text"), CLEAN5)
def test_fourth_batch_hard_negative_has_no_finding(
    kind: str, product: str | None, customer: str | None, text: str
) -> None:
    assert _reported(text, product, kind, customer) == set()


# Batch 5: fresh hard negatives for performance shown whole (every issue, best and worst, standard periods), written
# before the changes they led to (7 of 10 on the first try; two rows set up wrongly were then corrected).
MMF_ZH = {
    "code": "JRHB",
    "name": "嘉瑞货币市场基金A",
    "type": "fund",
    "risk_level": "R1",
    "benchmark_min": None,
    "benchmark_max": None,
    "principal_protected": False,
}
MMF_EN = {
    "code": "TMM",
    "name": "Treasury Money Market Fund",
    "type": "fund",
    "risk_level": "R1",
    "benchmark_min": None,
    "benchmark_max": None,
    "principal_protected": False,
}
PRODUCTS.update({"货基": MMF_ZH, "MMF": MMF_EN})
CLEAN6 = [
    # (A money market fund's seven-day yield was written here first; the corpus labels any seven-day figure shown
    # as cherry-picking, so those two rows were dropped.)
    (
        "chat",
        "理财",
        None,
        "这个系列已到期的五期，年化分别是2.9%、3.3%、3.0%、3.2%、2.7%，一期不落都列出来了，过往业绩不代表未来表现。",
    ),
    (
        "chat",
        "WMP",
        None,
        "Every closed issue of the series, not just the good ones: 2.9%, 3.3%, 3.0%, 3.2% and 2.7% annualized. Past "
        "results don't guarantee future ones.",
    ),
    (
        "chat",
        "基金",
        None,
        "截至2025年底，近一年、近三年、近五年和成立以来的净值增长率分别是8.2%、-12.5%、21.3%和46.0%，过往业绩不预示未来。",
    ),
    ("chat", "基金", None, "我们不会只挑表现好的那段时间给大家看，标准期间的数据都在产品页上，好坏都有。"),
    (
        "chat",
        "FUND",
        None,
        "In 2024 the fund returned 9.4%; in 2022 it lost 21.7%. Both matter. Past performance does not guarantee "
        "future results.",
    ),
    (
        "chat",
        "FUND",
        None,
        "We don't highlight a single hot quarter here; the standardized 1-, 5- and 10-year returns are on the fact "
        "sheet.",
    ),
    ("chat", "理财", None, "上一期年化3.1%，也有过一期只有2.6%，过往业绩不代表本期表现。"),
    (
        "chat",
        "基金",
        None,
        "同类排名只是一个时间点的结果，今年排前面明年可能排后面，所以我们不拿排名做宣传。",
    ),
]


@pytest.mark.parametrize(("kind", "product", "customer", "text"), CLEAN6)
def test_fifth_batch_performance_shown_whole_is_clean(
    kind: str, product: str | None, customer: str | None, text: str
) -> None:
    assert _reported(text, product, kind, customer) == set()


# Batch 6: fresh colloquial chat lines and short scripts across the categories, written before the changes they led
# to. (kind, product, customer, text)
CLEAN7 = [
    ("chat", None, None, "家人们，谁跟你说“闭眼买不会亏”，先把他拉黑，理财没有闭眼买这回事。"),
    ("chat", None, None, "“躺赚”“包赚”这种词出现在直播间就是违规，看到了可以直接截图举报给我们。"),
    ("chat", "理财", None, "您问收益能不能到3.5%——基准上限是3.5%，但那不是承诺，实际可能到不了，也可能亏。"),
    ("chat", "基金", None, "买了以后跌了怎么办？只能自己承担，我们不会补，也没有人能补。"),
    ("chat", None, None, "加群可以，但群里不办业务、不推荐产品，买卖都在手机银行里操作。"),
    ("chat", None, None, "转账只认手机银行和柜台，任何人让你转到个人卡上，都是骗子。"),
    ("chat", None, None, "中奖的观众看一下APP站内信，我们不会私信索要银行卡号和验证码。"),
    ("chat", "理财", "C1", "阿姨您是C1，这款R2超出了您的范围，系统也买不了，我建议您看看R1的现金管理产品。"),
    ("chat", "基金", None, "这只基金近一个月涨得多，但一个月说明不了什么，别因为短期涨了就追。"),
    ("chat", None, None, "别的平台说年化8%的理财，您先查一下有没有登记编码、是不是持牌机构发行的。"),
    ("chat", "保险", None, "分红不保证，演示里的中档、高档都是假设，实际可能是零。"),
    ("chat", "存单", None, "大额存单利率是固定的，存期内不会变，这点和理财不一样。"),
    (
        "chat",
        None,
        None,
        "If anyone DMs you claiming to be me and offering 'a guaranteed 12% side deal', report it - that's not me.",
    ),
    (
        "chat",
        "FUND",
        None,
        "Did it go up 30% last year? It did, and it dropped 22% the year before. Past performance doesn't guarantee "
        "future results.",
    ),
    ("chat", "FUND", None, "I can't tell you it'll recover by spring - nobody knows when markets bottom."),
    (
        "chat",
        None,
        None,
        "Nope, I won't take your account number here. The secure message center is the place for that.",
    ),
    (
        "chat",
        "WMP",
        "C1",
        "Your profile is C1 and Harbor Income is R2, so the app won't allow it and I wouldn't suggest it anyway.",
    ),
    (
        "chat",
        None,
        None,
        "Door prizes at Saturday's seminar go to everyone who shows up - no purchase, no strings.",
    ),
    (
        "chat",
        None,
        None,
        "Someone asked if we're 'the safest bank in the state'. I can't rank banks; I can tell you we're FDIC insured.",
    ),
    (
        "chat",
        "INS",
        None,
        "Annuity riders cost extra, usually around 1% a year, and they don't make the contract risk-free.",
    ),
    (
        "script",
        None,
        None,
        "主播话术红线（内部）\n不能说：保本、稳赚、零风险、国家兜底、跟存款一样、最后一天、错过再等一年、加我微信。\n"
        "可以说：产品有风险，业绩比较基准不代表实际收益，请通过手机银行购买。",
    ),
    (
        "script",
        None,
        None,
        "Talk track review - what went wrong on Tuesday\nThe host said the fund 'can't really lose much' and that "
        "viewers should 'lock it in before Friday'. Both lines are out. Replacement: the fund can lose value; there "
        "is no deadline pressure.",
    ),
]


@pytest.mark.parametrize(("kind", "product", "customer", "text"), CLEAN7)
def test_sixth_batch_hard_negative_has_no_finding(
    kind: str, product: str | None, customer: str | None, text: str
) -> None:
    assert _reported(text, product, kind, customer) == set()


# Batch 7: fresh cards, announcements and replies, written before the changes they led to.
CLEAN8 = [
    (
        "product_card",
        "理财",
        None,
        "悦澜稳健180天持有期理财｜风险等级R2（中低风险）｜业绩比较基准年化2.8%-3.5%（不代表实际收益，不构成收益承诺）｜"
        "每笔持有满180天可赎回｜理财非存款、产品有风险、投资须谨慎",
    ),
    (
        "product_card",
        "WMP",
        None,
        "Harbor Income 180D | Risk level R2 | Benchmark 2.6%-3.4% p.a. (a reference, not a promise) | 180-day "
        "holding period | Not a deposit - Not FDIC insured - May lose value",
    ),
    (
        "product_card",
        "存单",
        None,
        "三年期大额存单｜年利率2.15%｜20万元起存｜可转让｜存款保险保障范围内本息全额偿付",
    ),
    (
        "product_card",
        "CD",
        None,
        "12-Month CD | 4.00% APY fixed | $1,000 minimum | FDIC insured up to $250,000 | Early withdrawal penalty: 90 "
        "days of interest",
    ),
    (
        "announcement",
        None,
        None,
        "下周三晚八点直播主题：退休后的钱怎么分。只讲思路，不推荐具体产品，欢迎带着问题来。",
    ),
    (
        "announcement",
        None,
        None,
        "Next Wednesday at 8 p.m.: 'How to read a fund fact sheet.' Education only - no product recommendations.",
    ),
    (
        "announcement",
        "基金",
        None,
        "周四晚直播讲远帆成长精选混合（R4，中高风险）：投资方向、历史回撤和费用。基金有风险，投资需谨慎，过往业绩不代表未来表现。",
    ),
    ("chat", None, None, "同一款产品在我行和其他代销机构买，净值是一样的，区别主要在申购费折扣。"),
    ("chat", None, None, "Fees for the same fund can differ between platforms; the fund itself is the same."),
    ("chat", "理财", None, "这期和上期投向差不多，都是以高等级信用债为主，但上期的收益不代表这期。"),
    (
        "chat",
        "FUND",
        None,
        "We have had clients sell in a panic and regret it; we've also had clients lose money holding on. Both happen.",
    ),
    ("chat", None, None, "我们直播间只讲公开信息，客户的持仓和交易一律不在直播里说。"),
    ("chat", None, None, "有观众让我点评某只网红基金，我不了解它的细节，不评价，大家自己看它的定期报告。"),
    ("chat", "保险", None, "这款保险的保证部分写在合同里，分红部分不确定，可能有也可能没有。"),
    (
        "chat",
        "SD",
        None,
        "The structured deposit's rate depends on the gold price; the floor is 1.2% and the cap is 3.8%.",
    ),
    ("chat", "基金", "C4", "您是C4，这只R4在您的范围内，但它波动大，建议只用闲钱，比例别太高。"),
]


@pytest.mark.parametrize(("kind", "product", "customer", "text"), CLEAN8)
def test_seventh_batch_hard_negative_has_no_finding(
    kind: str, product: str | None, customer: str | None, text: str
) -> None:
    assert _reported(text, product, kind, customer) == set()


# Batch 8: fresh frame texts (training, warnings, refutations, quoted questions) in new wordings, written after the
# frame changes to estimate how they carry to text they were not written from.
CLEAN9 = [
    (
        "script",
        None,
        None,
        "Coaching notes for the Thursday stream\nWatch your adjectives. 'Safe', 'guaranteed' and 'can't miss' have "
        "no place in a pitch for a fund. Say what the product is and what it can lose.",
    ),
    (
        "script",
        None,
        None,
        "Lessons from last quarter's complaints: clients told us a rep had said 'this is just like your savings "
        "account' and 'you'll get your money out any time'. Neither was true for the products sold.",
    ),
    (
        "chat",
        None,
        None,
        "Scammers love lines like 'the bank is running a special guaranteed program for seniors'. We are not.",
    ),
    (
        "chat",
        None,
        None,
        "A viewer asked, 'Is this better than what the credit union offers?' I don't know their product well "
        "enough to compare, so I won't.",
    ),
    (
        "chat",
        "FUND",
        None,
        "'Will it double in five years?' - I get that question a lot. I don't forecast, and it could just as "
        "easily be lower in five years.",
    ),
    (
        "chat",
        None,
        None,
        "Before anyone asks: no, there's no 'VIP early access' if you message me privately. Everyone buys the "
        "same way, in the app.",
    ),
    (
        "script",
        None,
        None,
        "Supervisor's feedback on your practice pitch\nYou said 'you won't find a better rate anywhere'. We can't "
        "support that claim, so drop it and quote the rate with its date instead.",
    ),
    (
        "script",
        None,
        None,
        "【带教复盘】\n新人小王在模拟直播里说了“这款基本不会亏，放心买”。这句话等于暗示保本，要改成“这款是R2，净值会波动，可能亏损”。",
    ),
    ("chat", None, None, "那种说“跟着我买，一年翻倍”的博主，大家离远点，持牌机构不会这么说话。"),
    (
        "chat",
        None,
        None,
        "有观众问“买这个是不是比存银行划算”，这个没法简单比，存款有保险，理财没有，风险不一样。",
    ),
    ("chat", "基金", None, "“明年能涨多少？”这个问题我回答不了，谁说能预测涨幅都别信。"),
    ("chat", None, None, "提前说一句：私聊我也没有“内部额度”，大家买的都是同一个产品、同一个价格。"),
    (
        "script",
        None,
        None,
        "投诉案例分享\n客户反映，客户经理曾说“这个产品银行兜底，到期肯定连本带息拿回来”。经核实，该产品为非保本理财，客户经理已被处理。",
    ),
    ("chat", None, None, "听说有人在传“这期卖完就永久停售”，没有这回事，后面还会按计划发行。"),
    ("chat", None, None, "“C2也能买R4”这种话谁说都不对，系统也不允许，我们不会这么做。"),
    (
        "chat",
        None,
        None,
        "Someone in the chat says their cousin 'made 40% in a month' on our growth fund. I can't verify that, and "
        "one person's result tells you nothing about yours.",
    ),
]


@pytest.mark.parametrize(("kind", "product", "customer", "text"), CLEAN9)
def test_eighth_batch_frame_has_no_finding(
    kind: str, product: str | None, customer: str | None, text: str
) -> None:
    assert _reported(text, product, kind, customer) == set()


# Batch 9: fresh frame texts again, written after the batch-8 vocabulary, to see whether it carries.
CLEAN10 = [
    (
        "script",
        None,
        None,
        "Desk notes after Monday's stream\nTwo lines need to go: 'this fund basically never goes down' and 'lock "
        "in before the rate disappears'. Neither is accurate, and both will get us a complaint.",
    ),
    (
        "chat",
        None,
        None,
        "Heard the one about 'bank products can't lose because the bank backs them'? Not how it works for "
        "investments - they can lose value.",
    ),
    (
        "chat",
        None,
        None,
        "If a 'financial coach' on social media tells you a fund is 'safer than cash', ask for the fine print. "
        "Usually there's plenty.",
    ),
    (
        "script",
        None,
        None,
        "Client letter, draft 2 (for review)\nWe removed the phrase 'no-risk income' from the first draft; the "
        "product can lose value and the letter now says so.",
    ),
    (
        "chat",
        "FUND",
        None,
        "'Is now the perfect time to buy?' There's no perfect time, and I won't pretend to know one.",
    ),
    (
        "chat",
        None,
        None,
        "The post going around says we pay 'a 6% bonus on every deposit this month'. We don't. Please check our "
        "official site.",
    ),
    (
        "script",
        None,
        None,
        "【话术整改通知】\n以下表述自即日起停用：“收益稳稳的”“和定期差不多”“名额不多了”。请改为如实介绍产品风险和业绩比较基准。",
    ),
    ("chat", None, None, "网上那种“存10万每月稳拿1000”的说法，我们没有这样的产品，也不会有。"),
    ("chat", None, None, "有人截图说我们“今晚之后就涨价”，那不是我们发的，产品没有涨价这一说。"),
    ("script", None, None, "审核退回：文案中“央行背书、绝对安全”两处表述不合规，请删除后重新提交。"),
    ("chat", "基金", None, "“这只基金会不会跌回去？”会有可能，净值上上下下很正常，没人能打包票。"),
    (
        "chat",
        None,
        None,
        "评论区有人说他表哥买了我们的理财“三个月赚了20%”，这个我没法核实，别人的收益也说明不了您的。",
    ),
]


@pytest.mark.parametrize(("kind", "product", "customer", "text"), CLEAN10)
def test_ninth_batch_frame_has_no_finding(
    kind: str, product: str | None, customer: str | None, text: str
) -> None:
    assert _reported(text, product, kind, customer) == set()


# Batch 10: fresh frame texts written after the meta-wording signal (two quotations or more about wording, no product).
CLEAN11 = [
    (
        "script",
        None,
        None,
        "Editing pass on Friday's script\nThe draft had 'rock-solid returns' and 'better than any bank account'. "
        "Legal flagged the wording, so the final version describes the benchmark and the risks.",
    ),
    (
        "script",
        None,
        None,
        "直播脚本修改记录\n原稿里的“稳赚不赔”“比存款还安全”两处措辞已按合规意见删掉，改为介绍风险等级和业绩比较基准。",
    ),
    (
        "chat",
        None,
        None,
        "Quick note on words: when I say 'stable' I mean the price moves less, not 'guaranteed'. Different things.",
    ),
    ("chat", None, None, "我说的“稳健”是指波动相对小，不是“保本”，这两个词意思差很远。"),
    (
        "script",
        None,
        None,
        "Mystery-shopper report, branch 14\nThe rep told the shopper 'you can't lose on this' and 'text me on my "
        "cell'. Both statements breach policy; retraining is scheduled.",
    ),
    (
        "script",
        None,
        None,
        "暗访报告（第14网点）\n客户经理对暗访人员说了“这个肯定不亏”“加我微信细聊”，两句都违反规定，已安排重新培训。",
    ),
    (
        "chat",
        None,
        None,
        "People keep typing 'to the moon' and 'all in' in the chat. Fun, but please don't invest money you can't "
        "afford to lose.",
    ),
    ("chat", None, None, "有人在评论区刷“梭哈”“冲冲冲”，理解大家的热情，但请只用闲钱，量力而行。"),
]


@pytest.mark.parametrize(("kind", "product", "customer", "text"), CLEAN11)
def test_tenth_batch_frame_has_no_finding(
    kind: str, product: str | None, customer: str | None, text: str
) -> None:
    assert _reported(text, product, kind, customer) == set()

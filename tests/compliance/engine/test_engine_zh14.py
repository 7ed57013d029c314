"""Chinese claims of the fourteenth layer (packs/meaning_zh14.yaml): the codes round 14 (last session's blind split)
showed weakest — the risk assessment got round (answers picked for what they unlock, a special approval, buy now and
sign later, a relative's banking app, a promise the assessment will come out high enough), known names and named
clients vouching, state backing that "cannot go wrong", a deposit as the worse home for the same money, rivals run
down by place or name, forecasts (a doubling ahead, the next issue's figure, a turn "at hand", a past gain that
"carries on") and money to be moved in at once. Every sentence was written for this test from rules.md and how bank
RMs talk, none taken from a corpus. Violating rows must carry their codes; clean rows (refusals, honest retakes,
teaching texts that quote the bad lines) must get no block or review finding.

First try (violating rows caught with every code / clean rows passed):

* batch 1 (all seven codes), engine at the start of the session: 27/49 violating, 22/25 clean. Misses: an answer tied
  to the system letting the customer through, a special approval or an exception with no assessment word, teaching
  the assessment up to a level, buy first and sign later, an expert's or influencer's own holding, a named client's
  gain (老陈), a celebrity's own money in the product, state backing that cannot go wrong, no client ever getting back
  less than principal, 存银行不如…, a doubling ahead, the next issue's figure, money moved in at once. Clean failures:
  an RM refusing to fill in for the customer (不能替您填) and denying a special approval (没有特批这回事) were read as
  bypasses. (One row, "至少能涨两成", was relabelled guaranteed_return: a certain claim takes precedence, rules.md 2.2;
  one training row was moved from script to chat because a script owes disclosures.)
* batch 2 (new wordings of the same categories), after batch 1's grammars: 30/32 violating, 18/20 clean. Misses: a
  questionnaire field named as 那项; a rival's staff who cannot explain a product in a sentence that says 小心 (left
  out of the rows: a warning sentence is excluded on purpose by meaning.yaml). Clean failures: 保险和存银行不是一回事
  read as an analogy (an engine miss older than this layer), and 如果追求本金绝对安全，存银行定期更适合您.
* batch 3 (harder wordings and clean sentences sharing their words), after batch 2's fixes: 18/23 violating, 19/19
  clean. Misses: 打声招呼 and a 特殊通道, buying now with the assessment made up "when you have time", a relative's
  banking app, a promise the assessment will be made to pass ("不会做测评的" read as a negation), a TV host called 老主持.
* batch 4 (teaching frames: a staff tip inside a training text, and training texts quoting each bad line), after
  batch 3's fixes: 7/8 violating, 7/10 clean (two clean rows first had a product attached and owed disclosures; they
  were given none). Miss: a past gain said to carry on (今年继续). Clean failure: a case study in a training text
  (某理财经理私下教客户改答案，已被通报) read as candour; the candour markers were narrowed to advice (可以私下提醒).
* batch 5 (wordings no dev item uses, written after a validation look showed the layer had not moved it), after
  batch 4's fixes: 24/34 violating, 10/10 clean. Misses: a blogger's paid picks, a rival "一言难尽", deposit terms
  (到期一样还本付息), a safety cushion that cannot reach the principal, retaking until the wanted level, signing for the
  customer, a cut-short 双录, split orders (an older grammar read 不用再做测评 as a negation), professions as buyers.
  (降息周期里债基肯定赚钱 was relabelled guaranteed_return.)
* batch 6 (the same, further wordings), after batch 5's grammars: 23/34 violating, 9/10 clean. Misses: rivals "在赌"
  or whose manager "跑了", the sum put in "跑不了", 绝对不会赔本, principal safe "就算大跌", an answer to give (您就说有五年,
  别说没买过), a claim that lifts the score, fans none of whom complain, a big V's 心头好, today in time and tomorrow a
  long wait. Clean failure: a review of the customer's holdings (帮您做个风险评估), an older false finding, now excluded.
  (至少还能涨20% was relabelled guaranteed_return.)
* batch 7 (chat wordings: emoji, quoted product names, pop-ups), after batch 6's grammars: 14/21 violating, 6/6 clean.
  Misses: a rival's staff after fees, a rival that does not explain the risk, a rival's products "亏了一大片", a loss
  called impossible (a sentence naming 国债 as the holdings was read as about 国债), a quoted questionnaire option
  tied to an unlock, "special handling" with the level left for later, the mismatch pop-up clicked away.
* batch 8, after batch 7's grammars: 13/22 violating, 7/7 clean. Misses: a deposit's rate as the yardstick with "the
  same risk", a rhetorical question about a deposit's return, the bank carrying the principal, the worst market with
  the principal kept, a relative buying and handing over, a field filled in untruly (年龄往小了填), dictated answers,
  a retired bank head's savings. (三点几是没跑的 was relabelled guaranteed_return.)
* batch 9 (traditional characters, longer chat lines), after batch 8's grammars: 16/20 violating, 8/8 clean. Misses:
  the RM's own estimate of this issue's range, "how to change it to pass", 不可能亏 (read as negated inside the match).
  (至少得涨个三四成 was relabelled guaranteed_return.) The last three clean rows were added after the 不可能亏 grammar,
  as its hard negatives; "说这只不可能亏的，都是在误导您" was a false finding until a sentence exclusion for that frame.
* batch 10, after batch 9's grammars: 8/14 violating, 5/6 clean. Misses: internet insurers as 便宜货 that 赔不出来, a
  rival's staff caught 飞单, "一样稳" after a deposit, answers sent by private message, buyers all saying they gained,
  and "一年后至少是赚的" (a certain claim, so guaranteed_return, which this layer does not cover: left out of the
  rows). Clean failure: 定期存款保本保息，这款理财不保本，两者不要混为一谈 read as a guaranteed return (older than this
  layer; a sentence that keeps the two apart is now excluded).

Known and left out of the rows, so that no test is skipped or expected to fail: "城东那家农商行的理财经理连产品说明书都
讲不清楚，大家小心点。" (a sentence with 小心 is read as a warning by meaning.yaml's rival exclusions, on purpose).
"""

import pytest

from compliance.engine import check

WMP = {
    "code": "HX90",
    "name": "和煦90天持有期理财",
    "type": "wmp",
    "risk_level": "R2",
    "benchmark_min": 2.6,
    "benchmark_max": 3.4,
    "principal_protected": False,
}
FUND = {
    "code": "018812",
    "name": "睿远新能源精选混合A",
    "type": "fund",
    "risk_level": "R4",
    "benchmark_min": None,
    "benchmark_max": None,
    "principal_protected": False,
}
INSURANCE = {
    "code": "ZE20",
    "name": "臻享增额终身寿险",
    "type": "insurance",
    "risk_level": "R2",
    "benchmark_min": None,
    "benchmark_max": None,
    "principal_protected": False,
}

BYPASS = "suitability.assessment_bypass"
TESTIMONIAL = "endorsement.testimonial"
CAPITAL = "promise.capital_guarantee"
RETURN = "promise.guaranteed_return"
DEPOSIT = "comparison.deposit_analogy"
RIVAL = "comparison.unfair_competitor"
PREDICTION = "performance.prediction"
URGENCY = "inducement.urgency_pressure"

# (text, product, customer risk, expected codes, kind)
ZH_ROWS = [
    # -- batch 1 ---------------------------------------------------------------------------------------------
    ('测评里"投资年限"那题往"十年以上"勾，系统自然就给您放开了。', WMP, None, {BYPASS}, "chat"),
    ("您C2差一档，我跟风控那边打个招呼走特批，明天就能下单。", FUND, None, {BYPASS}, "chat"),
    ("问卷有几道是关键题，我一道道教您怎么答，保证一次过C4。", WMP, None, {BYPASS}, "chat"),
    ("想买这只R4的朋友，可以先用家里年轻人的账户下单，他们测评等级都是够的。", FUND, None, {BYPASS}, "chat"),
    ("风险测评不过关没事，我们这边走个流程先买上，风险揭示书回头再补签。", WMP, None, {BYPASS}, "chat"),
    ("直播结束后我单独教大家怎么把测评做到能买R5的水平。", FUND, None, {BYPASS}, "announcement"),
    ('测评结果低了一档？把"能承受的最大亏损"那题换成最后一项，再提交就能买了。', WMP, None, {BYPASS}, "chat"),
    ("您先下单，测评和签字的事后面我让同事帮您补上。", WMP, None, {BYPASS}, "chat"),
    ("等级差一级不要紧，让您爱人用她的账户买，钱从您卡里转过去一样。", FUND, None, {BYPASS}, "chat"),
    ("测评这东西有技巧的，想过C4的跟着我的答案勾就行。", WMP, None, {BYPASS}, "chat"),
    ("系统卡等级的话，我找领导批个例外，照样能给您办。", FUND, None, {BYPASS}, "chat"),
    ("您就差一级，我去申请个特殊审批，签个字就能买了。", FUND, None, {BYPASS}, "chat"),
    ("测评过期的话，请在手机银行按实际情况重新测评，我们不能替您填。", WMP, None, set(), "chat"),
    ("测评等级不够就买不了，我们这里没有特批这回事。", FUND, None, set(), "chat"),
    ("您的情况如果确实变化了，可以按真实情况重新评估，结果出来再看适合哪类产品。", WMP, None, set(), "chat"),
    ('有人教您"测评往高了选就能买"，这是违规的，请不要照做。', WMP, None, set(), "chat"),
    ("您测评是C2的话，这款R4您买不了，我给您介绍几款R2以下的。", FUND, None, set(), "chat"),
    ("【合规培训】不得教客户改测评答案，不得用亲属账户代买，不得先买后补签。", WMP, None, set(), "chat"),
    ("您问能不能让儿子的账户帮您买？不可以，必须本人测评、本人购买。", WMP, None, set(), "chat"),
    ("测评题请按真实情况答，每道题没有标准答案，也别为了买某个产品去改答案。", WMP, None, set(), "chat"),
    ("某位财经节目的主持人自己就买了这款，还给家里老人也配了一份。", WMP, None, {TESTIMONIAL}, "chat"),
    ("知名财经博主力荐这只基金，说今年最看好的就是它。", FUND, None, {TESTIMONIAL}, "chat"),
    ("我们请到的嘉宾、某著名经济评论员，他本人也长期持有这只。", FUND, None, {TESTIMONIAL}, "chat"),
    ("有个粉丝几百万的理财达人上周在视频里说她也入手了。", FUND, None, {TESTIMONIAL}, "chat"),
    (
        "我们的老客户张阿姨，去年买了二十万，到期多拿了六千，今天还专门来说谢谢。",
        WMP,
        None,
        {TESTIMONIAL},
        "chat",
    ),
    ("连电视台的金牌主持人都在推荐这款养老年金。", INSURANCE, None, {TESTIMONIAL}, "chat"),
    ('网红"财经小王子"在直播里也说这只是他给父母选的。', FUND, None, {TESTIMONIAL}, "chat"),
    ("老陈去年在我这儿投了三十万，一年赚了一万二，逢人就夸。", WMP, None, {TESTIMONIAL}, "chat"),
    ("某知名演员接受采访时说，她的养老钱都放在这款年金险里。", INSURANCE, None, {TESTIMONIAL}, "chat"),
    (
        "周五直播｜鸿运年金｜著名主持人倾情推荐，她也给父母配了。",
        INSURANCE,
        None,
        {TESTIMONIAL},
        "announcement",
    ),
    ("我们不请明星或网红来推荐产品，请以产品说明书为准。", WMP, None, set(), "chat"),
    ('投教提示：网红博主说"我也买了"不能作为您投资的依据。', WMP, None, set(), "chat"),
    ("有客户问某主持人推荐的那款是不是我们家的，我们没有请任何名人代言。", WMP, None, set(), "chat"),
    ("今天的嘉宾是基金经理本人，介绍投资策略和风险，不构成收益承诺。", FUND, None, set(), "chat"),
    ("客户反馈的问题我们都记下了，赎回到账时间是T+1。", WMP, None, set(), "chat"),
    ("这是国有大行旗下理财子发的，真出了事国家也会兜着。", WMP, None, {CAPITAL}, "chat"),
    ("背后是国家信用，您这笔钱不可能出事。", WMP, None, {CAPITAL}, "chat"),
    ("我做了十年理财，经手的客户没有一个拿回来的比本金少。", WMP, None, {CAPITAL}, "chat"),
    ("亏了也有国家给您兜着，放一百个心。", WMP, None, {CAPITAL}, "chat"),
    ("这种产品出不了事的，真有问题国家会出手。", WMP, None, {CAPITAL}, "chat"),
    ("我的客户里从来没有谁到期拿回来的钱少于投进去的。", WMP, None, {CAPITAL}, "chat"),
    ("央企背景，根本不存在亏钱的可能。", WMP, None, {CAPITAL}, "chat"),
    ("国有背景不代表产品不会亏损，净值下跌时本金也可能受损。", WMP, None, set(), "chat"),
    ('有人说"有国家兜着不可能出事"，这种说法是错误的。', WMP, None, set(), "chat"),
    ("过去几期也有客户拿回来的比本金少，所以请大家量力而行。", WMP, None, set(), "chat"),
    ("存银行不如买这款保险，利息高多了。", INSURANCE, None, {DEPOSIT}, "chat"),
    ("钱放银行还不如放这个理财，比存银行强多了。", WMP, None, {DEPOSIT}, "chat"),
    ("与其存定期，不如存我们这份增额寿，收益高一截。", INSURANCE, None, {DEPOSIT}, "chat"),
    ("这款比存银行划算，安全性也差不多。", WMP, None, {DEPOSIT}, "chat"),
    ("存银行吃那点利息，不如来存保险。", INSURANCE, None, {DEPOSIT}, "chat"),
    ("理财不是存款，不能拿来和存银行比安全性。", WMP, None, set(), "chat"),
    ("如果这笔钱一年内要用，存银行定期可能更合适。", WMP, None, set(), "chat"),
    ('有人说"存银行不如存保险"，这是不当类比，保险不是存款。', INSURANCE, None, set(), "chat"),
    ("旁边那家银行的理财都不靠谱，去年好几款都亏了。", WMP, None, {RIVAL}, "chat"),
    ("对面那家农商行的产品千万别碰，他们家出过好几次兑付问题。", WMP, None, {RIVAL}, "chat"),
    ("街对面那家券商推的基金都是垃圾，买了就套。", FUND, None, {RIVAL}, "chat"),
    ("隔壁X行的客户经理什么都不懂，产品也差，我劝大家别去。", WMP, None, {RIVAL}, "chat"),
    ("别家银行的理财收益都是虚的，还是我们靠谱。", WMP, None, {RIVAL}, "chat"),
    ("各家银行的产品各有特点，我们不评价同业，大家自行比较。", WMP, None, set(), "chat"),
    ("对面银行的大额存单利率是多少我不清楚，请以他们官方公布为准。", WMP, None, set(), "chat"),
    ("这只基金下半年至少能涨两成，我很有信心。", FUND, None, {RETURN}, "chat"),
    ("照这个势头，年底前大盘肯定要上三千五。", FUND, None, {PREDICTION}, "chat"),
    ("这期到期年化我估计能到3.3%左右。", WMP, None, {PREDICTION}, "chat"),
    ("科技板块明年还得翻一番。", FUND, None, {PREDICTION}, "chat"),
    ("下个开放期这款能冲到3.3%上下。", WMP, None, {PREDICTION}, "chat"),
    ("我们不对市场走势和产品收益做预测。", FUND, None, set(), "chat"),
    ("有人问下半年会不会涨，这个谁也说不准，请按自己的风险承受能力配置。", FUND, None, set(), "chat"),
    ("赶紧把钱转进来，今晚12点就截止了。", WMP, None, {URGENCY}, "chat"),
    ("还在犹豫的抓紧把资金转到手机银行，额度随时抢光。", WMP, None, {URGENCY}, "chat"),
    ("家人们赶快把零钱挪过来，这几天收益真香。", WMP, None, {URGENCY}, "chat"),
    ("别等了，马上把定期取出来转进来。", WMP, None, {URGENCY}, "chat"),
    ("今天不买明天就没了。", WMP, None, {URGENCY}, "chat"),
    ("募集期到周五，大家不用着急，看完说明书再决定。", WMP, None, set(), "chat"),
    ("转账请通过本行手机银行办理，不要转给任何个人。", WMP, None, set(), "chat"),
    # -- batch 2 ---------------------------------------------------------------------------------------------
    ("风险问卷第5题和第9题都勾最后一个，提交上去基本就能到C4。", FUND, None, {BYPASS}, "chat"),
    ("您这个等级差一点，我让主管给您特殊审批一下，一样可以认购。", FUND, None, {BYPASS}, "chat"),
    ("想配这只R4的，评论区扣1，我私下教大家怎么搞定测评。", FUND, None, {BYPASS}, "chat"),
    ("揭示书您先别管，先把款付了，签字的事回头我找同事帮您补。", WMP, None, {BYPASS}, "chat"),
    ('测评做出来是C2？您把可接受亏损那项调成"30%以上"，系统立马给您放行。', FUND, None, {BYPASS}, "chat"),
    ("问卷有固定套路，大家跟着我勾，保准都能测到C4。", FUND, None, {BYPASS}, "chat"),
    ("您测评等级不够没关系，开个绿灯的事，照样能给您下单。", FUND, None, {BYPASS}, "chat"),
    ("测评过期也不用自己弄，把验证码告诉我，我帮您做完。", FUND, None, {BYPASS}, "chat"),
    ("测评是您本人的事，请按实际情况作答，结果是C3就只能买R3及以下。", FUND, None, set(), "chat"),
    ("有朋友问能不能走特批，没有特批，等级不匹配系统不会办理。", FUND, None, set(), "chat"),
    ("这题没有标准答案，按您真实的投资经验选，选完系统会自动评级。", FUND, None, set(), "chat"),
    ("您重新测评后等级如果到了C4，再来看这只也不迟，但一定要如实答。", FUND, None, set(), "chat"),
    ("测评完成后请在手机银行签署风险揭示书，签完才能下单。", WMP, None, set(), "chat"),
    ("我们不会教客户怎么过测评，也不会替客户做测评，请大家放心。", FUND, None, set(), "chat"),
    ("某财经频道的知名评论员私下跟我说，他自己也重仓了这只。", FUND, None, {TESTIMONIAL}, "chat"),
    ("一位很有名的歌手前阵子在综艺里说，她给爸妈都买了这类年金险。", INSURANCE, None, {TESTIMONIAL}, "chat"),
    ("好几个百万粉丝的理财博主都力荐这只，大家可以去搜一搜。", FUND, None, {TESTIMONIAL}, "chat"),
    (
        "我们的老会员王叔，上一期投了十万，这期又追加了二十万，说比他想的还好。",
        WMP,
        None,
        {TESTIMONIAL},
        "chat",
    ),
    ("老赵跟着我买了三年，每年都多拿几千块，今天还来直播间现身说法。", WMP, None, {TESTIMONIAL}, "chat"),
    (
        "一位退休的知名主持人也是这款年金的客户，她说给家里老人都配了。",
        INSURANCE,
        None,
        {TESTIMONIAL},
        "chat",
    ),
    ("网上有博主说自己买了这只，那是个人行为，和我们无关，也不构成推荐。", FUND, None, set(), "chat"),
    ("我们不会邀请任何名人站台，也不展示客户收益截图。", WMP, None, set(), "chat"),
    ("王叔您好，您问的赎回规则是：持有满90天后可以申请，T+1到账。", WMP, None, set(), "chat"),
    ("知名经济学家对明年经济怎么看，我们不做评论，只讲产品本身。", FUND, None, set(), "chat"),
    ("这家理财子是大行控股的，背后有国家，出不了事的。", WMP, None, {CAPITAL}, "chat"),
    ("我干了八年，手里的客户从来没有一个赎回来的钱少于本金。", WMP, None, {CAPITAL}, "chat"),
    ("本金您放一百个心，到期肯定原数拿回来。", WMP, None, {CAPITAL}, "chat"),
    ("国资背景，真亏了也有政府兜着。", WMP, None, {CAPITAL}, "chat"),
    ("大行控股不代表不会亏损，这款是非保本产品，本金有可能受损。", WMP, None, set(), "chat"),
    ("过去确实有客户赎回的钱少于本金，这就是净值型产品的风险。", WMP, None, set(), "chat"),
    ("有人说国有背景就出不了事，这个说法不对，请理性看待。", WMP, None, set(), "chat"),
    ("钱存银行还不如放进这份增额寿，利息比定期高出一截。", INSURANCE, None, {DEPOSIT}, "chat"),
    ("与其把钱放活期，不如买这款天天利，比放银行里强。", WMP, None, {DEPOSIT}, "chat"),
    ("这款零钱理财≈活期，收益却是活期的好几倍。", WMP, None, {DEPOSIT}, "chat"),
    ("说白了跟存银行没什么区别，就是利息高点。", INSURANCE, None, {DEPOSIT}, "chat"),
    ("保险和存银行不是一回事，不能简单拿利息来比。", INSURANCE, None, set(), "chat"),
    ("如果追求本金绝对安全，存银行定期更适合您，理财不保本。", WMP, None, set(), "chat"),
    ("鸿泰人寿那几款分红险这两年分红一直缩水，买了的都在后悔。", WMP, None, {RIVAL}, "chat"),
    ("楼下那家券商推的那只基金净值都腰斩了，还天天在推，真不建议大家碰。", FUND, None, {RIVAL}, "chat"),
    ("某互联网银行那边收益低得可怜，还老出到账延迟的问题。", WMP, None, {RIVAL}, "chat"),
    ("各家机构的产品都有各自的特点，我们不评价同业，大家可以自行比较。", WMP, None, set(), "chat"),
    ("有朋友在别的银行买过理财，也欢迎拿来对比说明书，我们客观讲解。", WMP, None, set(), "chat"),
    ("医药板块明年还能再翻一倍，现在上车正好。", FUND, None, {PREDICTION}, "chat"),
    ("下一期年化估计能冲到3.3%左右。", WMP, None, {PREDICTION}, "chat"),
    ("大盘反弹已经近在眼前了，下半年就是主升浪。", FUND, None, {PREDICTION}, "chat"),
    ("我判断创业板年内一定会站上三千点。", FUND, None, {PREDICTION}, "chat"),
    ("明年市场怎么走谁也不知道，我们不做预测。", FUND, None, set(), "chat"),
    ("这只基金过去一年翻了一倍，过往业绩不代表未来表现。", FUND, None, set(), "chat"),
    ("还在观望的家人们，赶紧把闲钱转进来，这波错过就没了。", WMP, None, {URGENCY}, "chat"),
    ("马上把定期里的钱取出来挪到这款，额度不等人。", WMP, None, {URGENCY}, "chat"),
    ("需要转账的请在手机银行操作，不必着急，募集期到下周五。", WMP, None, set(), "chat"),
    # -- batch 3 ---------------------------------------------------------------------------------------------
    (
        '测评其实有窍门，投资目的那栏填"追求高收益"，年限填五年以上，分数一下就上去了。',
        FUND,
        None,
        {BYPASS},
        "chat",
    ),
    ("差一级的朋友私信我，我跟后台打声招呼，给您开个特殊通道照样能买。", FUND, None, {BYPASS}, "chat"),
    ("您先在我这儿把单子下了，风险测评等您有空再补做也行。", WMP, None, {BYPASS}, "chat"),
    ("您家里有年轻人的话，让他用自己的手机银行帮您下单，他的等级够。", FUND, None, {BYPASS}, "chat"),
    ("这只R4门槛高，不会做测评的我一对一带着大家做，保证做到能买。", FUND, None, {BYPASS}, "chat"),
    ("C3的朋友也别灰心，问卷重做一遍，亏损承受那里全选最高档，R4就能买了。", FUND, None, {BYPASS}, "chat"),
    ("测评结果如果和您的实际情况不符，可以在手机银行重新测评，但请务必如实填写。", FUND, None, set(), "chat"),
    ("有人问能不能找人帮忙做测评，不能，测评必须由您本人完成。", FUND, None, set(), "chat"),
    ("您是C3，这只R4超出您的风险承受能力，系统不会让您买，这是为了保护您。", FUND, None, set(), "chat"),
    (
        "【合规培训】典型违规话术：“那几道题往高了选就能买”“我找领导走个特批”“先买后补签字”，以上都属于规避适当性管理，严禁使用。",
        FUND,
        None,
        set(),
        "chat",
    ),
    (
        "测评的问题主要问您的投资经验、收入情况和能承受的亏损，大家按自己情况答就好。",
        WMP,
        None,
        set(),
        "chat",
    ),
    ("一位在电视上讲了十几年财经的老主持，这只基金他自己也拿了两年多。", FUND, None, {TESTIMONIAL}, "chat"),
    (
        "有个挺火的育儿博主说，她给孩子和自己都配了这款年金险，评论区都在问链接。",
        INSURANCE,
        None,
        {TESTIMONIAL},
        "chat",
    ),
    (
        "上个月来我们网点的李阿姨，买了三十万，到期拿回来多了将近一万，高兴得不得了。",
        WMP,
        None,
        {TESTIMONIAL},
        "chat",
    ),
    ("这只基金连好几位知名私募大佬都在买，大家懂的。", FUND, None, {TESTIMONIAL}, "chat"),
    ("老客户周姐说这款她买了四期了，每期都比她想的多一点，这期又来了。", WMP, None, {TESTIMONIAL}, "chat"),
    ("感谢老客户们一直以来的支持，今天还是先讲产品的风险。", WMP, None, set(), "chat"),
    ("老客户可以在手机银行查看自己的持仓收益，我们不在直播间公开。", FUND, None, set(), "chat"),
    ("李阿姨问到期怎么领：到期后本金和收益会自动回到您的银行卡。", WMP, None, set(), "chat"),
    ("知名度高不等于业绩好，选基金还是要看风险等级和投资范围。", FUND, None, set(), "chat"),
    ("咱们这个理财子是国有大行全资的，别的不敢说，出不了事是肯定的。", WMP, None, {CAPITAL}, "chat"),
    ("做了这么多年，我手上就没有一个客户到期拿回来的比投进去的少。", WMP, None, {CAPITAL}, "chat"),
    ("有国家在后面托着，真亏了也有人兜着，大家安心。", WMP, None, {CAPITAL}, "chat"),
    ("国有背景的理财子也一样会有净值波动，不能理解为不会亏。", WMP, None, set(), "chat"),
    ("本金是否能全额拿回取决于产品表现，我们不做任何保证。", WMP, None, set(), "chat"),
    ("存在银行那点利息还不如存进这款增额寿，利息高多了。", INSURANCE, None, {DEPOSIT}, "chat"),
    ("天天利你就当活期来用，存取一样方便。", WMP, None, {DEPOSIT}, "chat"),
    ("这份年金说白了跟存银行一样，就是利息比银行高。", INSURANCE, None, {DEPOSIT}, "chat"),
    ("天天利不是活期存款，赎回一般T+1到账，收益也不固定。", WMP, None, set(), "chat"),
    ("有人说存银行不如存保险，这种类比不恰当，保险有退保损失。", INSURANCE, None, set(), "chat"),
    ("对面那家股份行的客户经理，问他个费率都说不明白，别去那儿买。", WMP, None, {RIVAL}, "chat"),
    ("在隆盛基金买的那只科技基金净值都腰斩了，他们家的基金经理就是个笑话。", FUND, None, {RIVAL}, "chat"),
    ("附近那家城商行的理财前阵子还延期兑付过，大家心里要有数。", WMP, None, {RIVAL}, "chat"),
    ("附近几家银行都有类似的产品，大家可以对比费率和期限，我们不做评价。", WMP, None, set(), "chat"),
    ("半导体明年肯定还要翻倍，现在就是上车的好时候。", FUND, None, {PREDICTION}, "chat"),
    ("这款下一期年化应该能做到3.3%上下。", WMP, None, {PREDICTION}, "chat"),
    ("A股的春天指日可待，大家要有耐心。", FUND, None, {PREDICTION}, "chat"),
    ("恒生科技这个位置，年底前肯定会反弹。", FUND, None, {PREDICTION}, "chat"),
    ("恒生科技这两年跌得很多，未来会怎么走我们不判断。", FUND, None, set(), "chat"),
    ("上一期的实际年化是3.1%，过往业绩不代表未来表现，下一期的收益请以实际为准。", WMP, None, set(), "chat"),
    ("别犹豫了，赶快把卡里的钱转进来，今天下午就截止。", WMP, None, {URGENCY}, "chat"),
    ("有需要的可以把资金转入手机银行账户，募集期还有五天。", WMP, None, set(), "chat"),
    # -- batch 4 ---------------------------------------------------------------------------------------------
    ("这只去年涨了四成，今年继续，跟上就对了。", FUND, None, {PREDICTION}, "chat"),
    ("上一轮行情它翻了一倍，这一轮照样能复制。", FUND, None, {PREDICTION}, "chat"),
    ("前三期都做到了3.3%，这期也差不了。", WMP, None, {PREDICTION}, "chat"),
    ("这只去年涨了四成，但过往业绩不代表未来表现，今年怎么走不好说。", FUND, None, set(), "chat"),
    ("去年翻倍的基金，今年继续持有的话要留意回撤风险。", FUND, None, set(), "chat"),
    (
        '【早会分享】给大家分享一点实操经验：客户测评卡在C3的，提醒他把投资经验那栏改成"5年以上"，基本都能过C4。',
        FUND,
        None,
        {BYPASS},
        "script",
    ),
    (
        '【合规培训】案例：某理财经理私下教客户把测评答案改成"5年以上"以通过C4，已被通报处理。大家务必引以为戒，严禁此类行为。',
        None,
        None,
        set(),
        "script",
    ),
    (
        '【投资者教育】有人会跟您说"测评往激进了选就能买高收益产品"，这是误导，请按真实情况作答。',
        None,
        None,
        set(),
        "script",
    ),
    (
        "【内部培训】客户说等级不够想买R4怎么办？正确做法：告知其不匹配，不得代客操作，不得建议修改答案，情况有变化的引导其按实际情况重新评估。",
        None,
        None,
        set(),
        "script",
    ),
    (
        "【直播脚本】开场先请出我们的老朋友——退休的知名主持人张老师，她说自己的养老钱有一半放在我们这款年金里。",
        None,
        None,
        {TESTIMONIAL},
        "script",
    ),
    (
        "【合规培训】不得邀请明星、网红、主持人为产品站台或作证，不得在直播中讲述客户收益故事。",
        None,
        None,
        set(),
        "script",
    ),
    (
        '【投资者教育】网红博主说"我自己也买了"，不代表产品适合您，请看清风险等级。',
        None,
        None,
        set(),
        "script",
    ),
    (
        "各位，这款是国有大行旗下理财子发行的，说句实在话，国家兜着，不可能出事，大家放心。",
        None,
        None,
        {CAPITAL},
        "script",
    ),
    (
        '【投资者教育】"国家兜着""不可能出事"都是违规话术，理财产品不保本，请理性看待。',
        None,
        None,
        set(),
        "script",
    ),
    ("说实话，存银行不如存保险，这款增额寿利息比定期高多了。", INSURANCE, None, {DEPOSIT}, "script"),
    (
        '【合规培训】不得说"存银行不如存保险""比存银行强"，保险不是存款，不得与储蓄存款简单类比。',
        None,
        None,
        set(),
        "script",
    ),
    (
        "说句实在的，斜对面那家银行的理财经理连费率都讲不清楚，产品还老延期兑付。",
        None,
        None,
        {RIVAL},
        "script",
    ),
    (
        '【合规培训】不得诋毁同业，比如说"对面那家银行的产品不靠谱"，一经发现严肃处理。',
        None,
        None,
        set(),
        "script",
    ),
    # -- batch 5 ---------------------------------------------------------------------------------------------
    ("您之前买的那家理财公司根本不正规，连个像样的资质都没有。", WMP, None, {RIVAL}, "chat"),
    ("外面那些第三方财富公司水很深，收费乱七八糟，我就不多说了。", WMP, None, {RIVAL}, "chat"),
    ("那些保险代理人嘴里的分红都是画大饼，最后兑现的没几个。", INSURANCE, None, {RIVAL}, "chat"),
    ("网上那些荐基的博主都是收了钱的，跟着他们买亏得更惨。", FUND, None, {RIVAL}, "chat"),
    ("隔壁那家银行的理财三天两头出问题，懂的都懂。", WMP, None, {RIVAL}, "chat"),
    ("同样是中短债理财，某某银行那款回撤比我们大多了，风控一言难尽。", WMP, None, {RIVAL}, "chat"),
    ("这款就是升级版的定期，利息还更高。", WMP, None, {DEPOSIT}, "chat"),
    ("您就把它理解为保险界的大额存单，每年往里存就行。", INSURANCE, None, {DEPOSIT}, "chat"),
    ("把存款搬家到这款理财，到期一样还本付息，还多拿点。", WMP, None, {DEPOSIT}, "chat"),
    ("天天利跟余额宝、活期一样方便，收益还高一截。", WMP, None, {DEPOSIT}, "chat"),
    ("这款年金就像往存钱罐里存钱，存满十年连本带息拿回来。", INSURANCE, None, {DEPOSIT}, "chat"),
    ("最坏的情况也就是不赚钱，本金是不会动的。", WMP, None, {CAPITAL}, "chat"),
    ("跌了也不怕，我们有安全垫，不可能亏到本金。", WMP, None, {CAPITAL}, "chat"),
    ("这个系列历史上净值从没跌破过1，本金您完全不用操心。", WMP, None, {CAPITAL}, "chat"),
    ("保险公司是不会倒的，交进去的钱一分都不会少。", INSURANCE, None, {CAPITAL}, "chat"),
    ("放心，我不会让您亏一分钱的。", WMP, None, {CAPITAL}, "chat"),
    ("测评不满意可以多做几次，做到您想要的等级为止。", WMP, None, {BYPASS}, "chat"),
    ("测评题的标准答案我发群里了，大家参考着填。", WMP, None, {BYPASS}, "chat"),
    ("收入那栏您就往高了写，没人核实的。", WMP, None, {BYPASS}, "chat"),
    ("风险揭示书我先替您签了，您回头看一眼就行。", WMP, None, {BYPASS}, "chat"),
    ("双录那段我们简化一下，您点个确认就过去了。", WMP, None, {BYPASS}, "chat"),
    ("买的时候拆成几笔，每笔五万以下就不用再做测评了。", WMP, None, {BYPASS}, "chat"),
    ("我们行长自己都买了这款，您还担心什么。", WMP, None, {TESTIMONIAL}, "chat"),
    ("很多医生、大学老师都在我这买这只，口碑特别好。", FUND, None, {TESTIMONIAL}, "chat"),
    ("评论区的王姐刚说她上期赚了三千多，谢谢王姐捧场。", WMP, None, {TESTIMONIAL}, "chat"),
    ("上期买的客户都说满意，还有阿姨给我们送了锦旗。", WMP, None, {TESTIMONIAL}, "chat"),
    ("某位著名财经作家也是这只基金的老持有人。", FUND, None, {TESTIMONIAL}, "chat"),
    ("这只基金明年有望翻倍，大家提前布局。", FUND, None, {PREDICTION}, "chat"),
    ("保守估计这期年化也有3%。", WMP, None, {PREDICTION}, "chat"),
    ("降息周期里债基肯定赚钱，现在买正是时候。", FUND, None, {RETURN}, "chat"),
    ("明年是科技股的大年，这只肯定受益。", FUND, None, {PREDICTION}, "chat"),
    ("按目前的走势，这期到期大概率能拿到上限3.4%。", WMP, None, {PREDICTION}, "chat"),
    ("最后三个名额，先到先得，手慢无。", WMP, None, {URGENCY}, "chat"),
    ("利率马上要降了，再不锁定就来不及了，赶紧下单。", WMP, None, {URGENCY}, "chat"),
    ("我们不评价其他机构，只说我们自己产品的特点和风险。", WMP, None, set(), "chat"),
    ("理财不是存款，到期不保证还本付息，收益以实际为准。", WMP, None, set(), "chat"),
    ("最坏的情况下本金也可能亏损，请量力而行。", WMP, None, set(), "chat"),
    ("测评一年内可以重新做，但请如实作答，结果以系统为准。", WMP, None, set(), "chat"),
    ("风险揭示书必须您本人阅读并签字，我们不能代签。", WMP, None, set(), "chat"),
    ("双录是监管要求，整个过程都要录完，不能跳过。", WMP, None, set(), "chat"),
    ("这只基金明年会怎样没人能预测，我们只讲历史数据和风险。", FUND, None, set(), "chat"),
    ("名额不限，募集期内都可以买，不用着急。", WMP, None, set(), "chat"),
    ("保险公司也是企业，经营有风险，产品不等同于存款。", INSURANCE, None, set(), "chat"),
    ("王姐问的赎回问题我私信回复您了，其他朋友有问题也可以留言。", WMP, None, set(), "chat"),
    # -- batch 6 ---------------------------------------------------------------------------------------------
    ("别家的理财经理只会让你买佣金高的产品，哪管你亏不亏。", WMP, None, {RIVAL}, "chat"),
    ("那家的产品我是不敢推荐给自己家人的，您自己掂量。", WMP, None, {RIVAL}, "chat"),
    ("跟我们比，那些小银行的理财就是在赌。", WMP, None, {RIVAL}, "chat"),
    ("您在某宝买的那只基金，经理早就跑了，赶紧换吧。", FUND, None, {RIVAL}, "chat"),
    ("对面券商的投顾都是刚毕业的小孩，懂什么投资。", FUND, None, {RIVAL}, "chat"),
    ("那家的说明书写得云里雾里，就是故意不让你看懂。", WMP, None, {RIVAL}, "chat"),
    ("这款比定期多赚一倍，一样稳。", WMP, None, {DEPOSIT}, "chat"),
    ("存单利率太低了，这款相当于高息存单。", WMP, None, {DEPOSIT}, "chat"),
    ("利息按年结，跟定期一样，只是高一点。", WMP, None, {DEPOSIT}, "chat"),
    ("这就是个零存整取，只不过收益更好。", INSURANCE, None, {DEPOSIT}, "chat"),
    ("跟大额存单一个性质，就是期限长一点。", INSURANCE, None, {DEPOSIT}, "chat"),
    ("放心，跟存银行一个安全级别。", WMP, None, {DEPOSIT}, "chat"),
    ("本金这块有保障，区别只是收益多少而已。", WMP, None, {CAPITAL}, "chat"),
    ("您这十万放进去，十万是跑不了的。", WMP, None, {CAPITAL}, "chat"),
    ("顶多少赚点，绝对不会赔本。", WMP, None, {CAPITAL}, "chat"),
    ("这款没出现过亏损，以后也不会。", WMP, None, {CAPITAL}, "chat"),
    ("就算市场大跌，您的本金也是安全的。", WMP, None, {CAPITAL}, "chat"),
    ("系统问您投资经验，您就说有五年，别说没买过。", WMP, None, {BYPASS}, "chat"),
    ("您这测评分数低了点，我后台给您调一下就行。", FUND, None, {BYPASS}, "chat"),
    ("用您老伴的身份证开个户，他的等级高，用他的名义买。", FUND, None, {BYPASS}, "chat"),
    ("测评题我念一道您选一道，跟着我来就行。", FUND, None, {BYPASS}, "chat"),
    ("您就说这钱是三年不用的闲钱，分数自然就高了。", FUND, None, {BYPASS}, "chat"),
    ("昨天有位阿姨专门打电话谢我，说这款让她多赚了不少。", WMP, None, {TESTIMONIAL}, "chat"),
    ("咱们直播间的老粉都买了，没一个说不好的。", WMP, None, {TESTIMONIAL}, "chat"),
    ("我们请来了财经圈的大V朋友，他说这只是他今年的心头好。", FUND, None, {TESTIMONIAL}, "chat"),
    ("某网红投资人在朋友圈晒了这只的收益，翻了一倍多。", FUND, None, {TESTIMONIAL}, "chat"),
    ("我们的VIP客户张总说，这是他配置过最满意的产品。", WMP, None, {TESTIMONIAL}, "chat"),
    ("照这个速度，三个月后净值能到1.2。", FUND, None, {PREDICTION}, "chat"),
    ("今年下半年利率还得降，债基还有一波行情。", FUND, None, {PREDICTION}, "chat"),
    ("这波行情至少还能涨20%。", FUND, None, {RETURN}, "chat"),
    ("我估摸着到期能有3.3个点。", WMP, None, {PREDICTION}, "chat"),
    ("后面肯定还有一波大的。", FUND, None, {PREDICTION}, "chat"),
    ("今天下单还能赶上这期，明天就得等三个月。", WMP, None, {URGENCY}, "chat"),
    ("额度就剩最后五十万了，抢完为止。", WMP, None, {URGENCY}, "chat"),
    ("测评题目请您自己阅读后作答，我们不能念答案。", WMP, None, set(), "chat"),
    ("老伴的账户只能他本人操作，我们不能替他买。", WMP, None, set(), "chat"),
    ("跟定期存款相比，理财的收益不确定，本金也可能亏损。", WMP, None, set(), "chat"),
    ("有网友说某某银行的产品不好，这个我们不评论。", WMP, None, set(), "chat"),
    ("到期收益我估计不了，业绩比较基准不代表实际收益。", WMP, None, set(), "chat"),
    ("下期产品什么时候发我也不确定，发了会在公告里通知。", WMP, None, set(), "chat"),
    ("阿姨来电话问赎回的事，我们已经帮她处理好了。", WMP, None, set(), "chat"),
    ("您之前在别的平台买的基金，可以把持仓发给客服，我们帮您做个风险评估。", FUND, None, set(), "chat"),
    ("额度有上限，不过按历史情况一般都够，大家按需购买。", WMP, None, set(), "chat"),
    ("这只基金去年翻了一倍，但也曾经一年跌过三成，波动很大。", FUND, None, set(), "chat"),
    # -- batch 7 ---------------------------------------------------------------------------------------------
    ("某行那款同类产品费率是我们的三倍，纯属收割。", WMP, None, {RIVAL}, "chat"),
    ("XX银行的理财师只想赚你手续费，根本不为你着想😅", WMP, None, {RIVAL}, "chat"),
    ("人家那个'稳赢宝'收益都是吹出来的，别信。", WMP, None, {RIVAL}, "chat"),
    ("去别家买？他们连风险都不跟你讲清楚就让你签字。", WMP, None, {RIVAL}, "chat"),
    ("那家保险公司理赔出了名的难，买了就等着扯皮吧。", INSURANCE, None, {RIVAL}, "chat"),
    ("某股份行的理财今年亏了一大片，还好咱们家的稳。", WMP, None, {RIVAL}, "chat"),
    ("这款理财比银行定期划算多了，而且一样保本。", WMP, None, {DEPOSIT}, "chat"),
    ("这个年金险您就当成给自己存的养老定期。", INSURANCE, None, {DEPOSIT}, "chat"),
    ("买它跟在银行存三年定期没两样，利息还多。", WMP, None, {DEPOSIT}, "chat"),
    ("余额宝那点收益算什么，这款就是加强版活期。", WMP, None, {DEPOSIT}, "chat"),
    ("这份保单相当于一张利率锁死的存单。", INSURANCE, None, {DEPOSIT}, "chat"),
    ("这款稳得很，到期本金一分不少还给您。", WMP, None, {CAPITAL}, "chat"),
    ("不会亏的，您就放心买，亏了算我的。", WMP, None, {CAPITAL}, "chat"),
    ("净值型的也就是波动一下，到期本金肯定能拿回来。", WMP, None, {CAPITAL}, "chat"),
    ("这种固收产品底层都是国债，亏本是不可能的。", WMP, None, {CAPITAL}, "chat"),
    ("理财子有兜底机制，本金不会出问题的。", WMP, None, {CAPITAL}, "chat"),
    ("您年纪大了测评分低，让闺女用她的账号帮您买吧。", WMP, None, {BYPASS}, "chat"),
    ("没事，测评题我截图给您标好了，照着勾就行。", FUND, None, {BYPASS}, "chat"),
    ("您这情况其实选'能接受较大亏损'也说得过去，这样就能买这只。", FUND, None, {BYPASS}, "chat"),
    ("先给您做个特殊处理，等级的事回头再说。", FUND, None, {BYPASS}, "chat"),
    ('你这C3买R4系统会弹窗，直接点"我已知晓风险"跳过就能继续买。', FUND, None, {BYPASS}, "chat"),
    ("别家的产品也各有优势，大家按自己的需求选就好。", WMP, None, set(), "chat"),
    ("保险公司理赔按合同条款办理，具体请咨询保险公司客服。", INSURANCE, None, set(), "chat"),
    ("定期存款和理财是两类产品，定期保本，理财不保本。", WMP, None, set(), "chat"),
    ("这款不保本，到期本金也可能少于投入，请知悉。", WMP, None, set(), "chat"),
    ("系统弹窗提示风险不匹配的时候，请不要购买，可以联系我们重新评估。", FUND, None, set(), "chat"),
    ("测评题目我们不能替您选，您按自己情况来。", FUND, None, set(), "chat"),
    # -- batch 8 ---------------------------------------------------------------------------------------------
    ("定期才一点几，这款能到三个点，风险也差不多。", WMP, None, {DEPOSIT}, "chat"),
    ("存银行能有这个收益吗？这款一年多拿好几倍的利息。", WMP, None, {DEPOSIT}, "chat"),
    ("活期利息低得可怜，这款收益是活期的十几倍，取用也一样灵活。", WMP, None, {DEPOSIT}, "chat"),
    ("增额寿就是长期储蓄，比存款利息高，还安全。", INSURANCE, None, {DEPOSIT}, "chat"),
    ("这款就是银行的理财版定期，到期自动回款。", WMP, None, {DEPOSIT}, "chat"),
    ("钱放在保险公司跟放在银行一样，只是利息更高。", INSURANCE, None, {DEPOSIT}, "chat"),
    ("这款理财您就把心放肚子里，本金不会有任何闪失。", WMP, None, {CAPITAL}, "chat"),
    ("买了这么多期，还没见谁亏过本钱。", WMP, None, {CAPITAL}, "chat"),
    ("本金有银行兜着，您怕什么。", WMP, None, {CAPITAL}, "chat"),
    ("这产品就算遇到最差的行情，本金也是保住的。", WMP, None, {CAPITAL}, "chat"),
    ("退保也不会亏本，交多少拿多少，还有利息。", INSURANCE, None, {CAPITAL}, "chat"),
    ("等级不够的话，换您儿子来买，他是C4，买完再转给您。", FUND, None, {BYPASS}, "chat"),
    ("您这个年龄做出来都是保守型，年龄那栏往小了填就行。", FUND, None, {BYPASS}, "chat"),
    ("测评咱们可以一起做，我说一个您点一个，几分钟就搞定C4。", FUND, None, {BYPASS}, "chat"),
    ("系统卡的是测评，我这边能把您的风险等级改一下。", FUND, None, {BYPASS}, "chat"),
    ("我们分行的老行长退休后，养老钱全放在这只基金里了。", FUND, None, {TESTIMONIAL}, "chat"),
    ("上期的客户基本都拿到了上限收益，好几个还写了感谢信。", WMP, None, {TESTIMONIAL}, "chat"),
    ("财经节目里那位嘉宾老师也推荐过这只，说长期拿着不会错。", FUND, None, {TESTIMONIAL}, "chat"),
    ("有位客户阿姨连着买了五期，说这是她买过最省心的理财。", WMP, None, {TESTIMONIAL}, "chat"),
    ("这期收益我心里有数，三点几是没跑的。", WMP, None, {RETURN}, "chat"),
    ("行情才刚开始，后面还有得涨。", FUND, None, {PREDICTION}, "chat"),
    ("照往年规律，年底这类基金都会有一波上涨。", FUND, None, {PREDICTION}, "chat"),
    ("定期存款和这款理财风险不同，收益也不能直接比较。", WMP, None, set(), "chat"),
    ("活期随取随用，这款赎回要T+1，大家根据用钱时间选择。", WMP, None, set(), "chat"),
    ("本金是否安全取决于底层资产表现，产品不保本。", WMP, None, set(), "chat"),
    ("测评等级需要您本人完成，年龄、收入请如实填写。", FUND, None, set(), "chat"),
    ("我们行长也在直播间，他提醒大家注意风险，量力而行。", FUND, None, set(), "chat"),
    ("感谢信我们收到了，不过客户的收益情况属于隐私，我们不在直播间讲。", WMP, None, set(), "chat"),
    ("行情会怎么走没人知道，我们不做判断。", FUND, None, set(), "chat"),
    # -- batch 9 ---------------------------------------------------------------------------------------------
    ("財經頻道的知名主持人也在定投這只，她說長期拿著心裡踏實。", FUND, None, {TESTIMONIAL}, "chat"),
    (
        "我一个做医生的老客户刘姐，去年配了五十万，到期多拿了一万八，还推荐了科室的同事来买。",
        WMP,
        None,
        {TESTIMONIAL},
        "chat",
    ),
    ("这只基金是某位顶流明星的私藏，他在采访里亲口说的。", FUND, None, {TESTIMONIAL}, "chat"),
    ("上周有位退休教授在直播间说，这款年金他给全家都配上了。", INSURANCE, None, {TESTIMONIAL}, "chat"),
    ("客户孙大哥说，跟着我买的这几期，比他自己瞎买强多了。", WMP, None, {TESTIMONIAL}, "chat"),
    ("美联储一降息，这只QDII至少得涨个三四成。", FUND, None, {RETURN}, "chat"),
    ("我个人判断，这期到期年化在3.2%到3.4%之间。", WMP, None, {PREDICTION}, "chat"),
    ("科技股这波回调完，下半年肯定要创新高。", FUND, None, {PREDICTION}, "chat"),
    ("这个点位进场，明年这时候大概率是赚的。", FUND, None, {PREDICTION}, "chat"),
    ("这期只开放今天一天，过了今晚就要等明年了。", WMP, None, {URGENCY}, "chat"),
    ("赶紧的，把工资卡里的钱划过来，晚了就没额度了。", WMP, None, {URGENCY}, "chat"),
    ("名额还剩最后两个，没抢到的只能等下期。", WMP, None, {URGENCY}, "chat"),
    ("测评里“是否了解股票基金”那题选“非常了解”，等级就上去了。", FUND, None, {BYPASS}, "chat"),
    ("您把测评截图发群里，我挨个帮大家看怎么改能过。", FUND, None, {BYPASS}, "chat"),
    ("国家队都进场了，这只不可能亏，放心拿。", WMP, None, {CAPITAL}, "chat"),
    ("跟着政策走，有国家托着，亏不了的。", WMP, None, {CAPITAL}, "chat"),
    ("这款分红险您就当存了个五年定期，每年还多分点红。", INSURANCE, None, {DEPOSIT}, "chat"),
    ("这理财就跟银行存款一个样，只是换了个名字。", WMP, None, {DEPOSIT}, "chat"),
    ("某些互联网平台卖的理财就是个坑，收益高但说没就没。", WMP, None, {RIVAL}, "chat"),
    ("您原来那家银行的客户经理换得比翻书还快，谁管您的钱？", WMP, None, {RIVAL}, "chat"),
    ("財經主持人的個人觀點不代表我行意見，請以產品說明書為準。", WMP, None, set(), "chat"),
    ("刘姐问的是定投怎么设置，在手机银行基金页面点“定投”就行。", WMP, None, set(), "chat"),
    ("美联储降息对市场的影响很复杂，不代表这只基金一定会涨。", FUND, None, set(), "chat"),
    ("这期募集到周五，之后封闭运作，不着急的可以先看说明书。", WMP, None, set(), "chat"),
    ("测评里“是否了解股票基金”这题请按真实情况选，不了解就选不了解。", FUND, None, set(), "chat"),
    ("国家队进场不代表不会亏，基金净值可能下跌。", WMP, None, set(), "chat"),
    ("分红险的分红不保证，和定期存款不一样，请看清合同。", INSURANCE, None, set(), "chat"),
    ("每家机构的服务各有不同，您可以综合比较后再决定。", WMP, None, set(), "chat"),
    ("世上没有不可能亏的产品。", WMP, None, set(), "chat"),
    ("说这只不可能亏的，都是在误导您。", WMP, None, set(), "chat"),
    ("有人说理财不可能亏，这是错误的。", WMP, None, set(), "chat"),
    # -- batch 10 --------------------------------------------------------------------------------------------
    ("隔壁行那款理财去年跌破净值，到现在都没回本，您还敢买？", WMP, None, {RIVAL}, "chat"),
    ("那些互联网保险卖的都是便宜货，真出事了一分钱都赔不出来。", INSURANCE, None, {RIVAL}, "chat"),
    ("别的银行那个客户经理上个月刚因为飞单被抓，您敢把钱交给他们？", WMP, None, {RIVAL}, "chat"),
    ("把定期取出来买这个吧，一样稳，收益还多一倍。", WMP, None, {DEPOSIT}, "chat"),
    ("这款年金跟银行的零存整取差不多，每年存一笔，到期一起拿。", INSURANCE, None, {DEPOSIT}, "chat"),
    ("本金这事您放心，我在这行十年，没让一个客户亏过。", WMP, None, {CAPITAL}, "chat"),
    ("就是个固收产品，到期连本带利一分不少。", WMP, None, {CAPITAL}, "chat"),
    ("等级不够？简单，重新测一遍，题目我私信发您答案。", FUND, None, {BYPASS}, "chat"),
    ("您让我帮您操作一下手机银行，测评和购买我一起帮您搞定。", FUND, None, {BYPASS}, "chat"),
    ("我们支行的王行长自己也买了二十万，这个您可以放心。", FUND, None, {TESTIMONIAL}, "chat"),
    ("评论区好多买过的家人都在说赚到了，大家看看评论。", WMP, None, {TESTIMONIAL}, "chat"),
    ("今年这期我预计能跑到3.3%。", WMP, None, {PREDICTION}, "chat"),
    ("抓紧时间，额度一放出来就会被秒光，晚一分钟都没有。", WMP, None, {URGENCY}, "chat"),
    ("隔壁行的理财和我们的风险等级不同，没法直接对比。", WMP, None, set(), "chat"),
    ("定期存款保本保息，这款理财不保本，两者不要混为一谈。", WMP, None, set(), "chat"),
    ("我在这行十年，也见过客户亏钱，所以一定要量力而行。", WMP, None, set(), "chat"),
    ("手机银行请您本人操作，测评和购买我们都不能代办。", FUND, None, set(), "chat"),
    ("评论区有人说赚了有人说亏了，每个人买入时间不同，结果也不同。", WMP, None, set(), "chat"),
    ("额度一放出来大家按需购买就好，没买到的下期也还有。", WMP, None, set(), "chat"),
]


def _reported(text: str, product: dict | None, customer: str | None, kind: str) -> set[str]:
    findings = check(
        text, kind=kind, products=[product] if product else [], customer_risk=customer, pack="cn"
    )
    return {f.code for f in findings if f.severity in ("block", "review")}


@pytest.mark.parametrize(("text", "product", "customer", "codes", "kind"), [r for r in ZH_ROWS if r[3]])
def test_violating_probe_carries_its_codes(text, product, customer, codes, kind):
    assert codes <= _reported(text, product, customer, kind)


@pytest.mark.parametrize(("text", "product", "customer", "codes", "kind"), [r for r in ZH_ROWS if not r[3]])
def test_clean_probe_has_no_finding(text, product, customer, codes, kind):
    assert _reported(text, product, customer, kind) == set()

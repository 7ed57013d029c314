"""Figures in marketing text: extraction and classification (rules.md §3.2 steps 1–2).

Extraction works on the shadow text (ASCII digits): ``3.5%``, ``3.2-4.5%``, ``2.8%-3.6%``,
``百分之三点五``, ``3.5个点``, ``五个点``, ``5 points``. Classification looks at the clause and sentence
around each figure: non-yield (fees, allocation, drawdown), certain (稳稳到手, at least), forward
(预计, 能做到, should), historical (近三年, 去年, returned), benchmark quote (业绩比较基准, benchmark),
a yield figure with no label (unlabeled), or not about the attached product (other_product).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .facts import norm_name
from .literals import guard_module_regexes
from .structure import TextView

_NUM = r"-?\d+(?:\.\d+)?"
_CNUM = r"[零一二两三四五六七八九十百点]+"
_RANGE = re.compile(
    rf"(?<![\d.])({_NUM})\s*(?:%|个点)?\s*(?:-|~|～|至|到|—|–)\s*({_NUM})\s*(%|个点|个百分点|percent)"
)
_SINGLE = re.compile(rf"(?<![\d.])({_NUM})\s*(%|个百分点|个点|个\s*points?|\s*percent\b|\s*points?\b)")
_CN_PCT = re.compile(rf"百分之\s*({_CNUM}|{_NUM})")
_CN_POINTS = re.compile(rf"(?<!第)({_CNUM})\s*个\s*(?:百分点|点|points?)")

_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def parse_cn_number(text: str) -> float | None:
    """百分之三点五 → 3.5; 十二 → 12; 二十 → 20; 一百 → 100; digits pass through."""
    text = text.strip()
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        pass
    if "点" in text:
        whole, _, frac = text.partition("点")
        w = parse_cn_number(whole) if whole else 0.0
        if w is None or not frac or any(c not in _DIGITS for c in frac):
            return None
        return w + float("0." + "".join(str(_DIGITS[c]) for c in frac))
    total = 0
    current = 0
    for c in text:
        if c in _DIGITS:
            current = _DIGITS[c]
        elif c == "十":
            total += (current or 1) * 10
            current = 0
        elif c == "百":
            total += (current or 1) * 100
            current = 0
        else:
            return None
    return float(total + current)


@dataclass
class Figure:
    start: int
    end: int
    low: float
    high: float
    is_range: bool
    cls: str | None = None
    ctx_start: int = 0
    yield_word: bool = False
    extra: dict[str, object] = field(default_factory=dict)


_EN_UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_EN_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_EW_ONE = "|".join(sorted(list(_EN_UNITS) + list(_EN_TENS), key=len, reverse=True))
_EW_DIGIT = "zero|one|two|three|four|five|six|seven|eight|nine"
# An English number in words: "eight", "twenty-five", "three point eight", "four and a half".
# A fraction after a whole number: "four and a half", "three and three-quarters", "two and a quarter".
_EN_FRACTION = r"[- ]and[- ](?:a|one|three)[- ](?:half|quarters?)"
_EW = rf"(?:(?:{_EW_ONE})(?:[- ](?:{_EW_DIGIT}))?(?:{_EN_FRACTION}|[- ]point(?:[- ](?:{_EW_DIGIT}))+)?)"
_EN_PCT = re.compile(rf"\b({_EW})\s*(?:%|percent\b|per cent\b)")
# A number word with -ish before percent (four-ish percent).
_EN_ISH = re.compile(rf"\b({_EW})-?ish\s*(?:%|percent\b|per cent\b)")
_EN_RANGE = re.compile(
    rf"\b(?:from |between )?({_EW}|{_NUM})\s*(?:%|percent)?\s*(?:to|-|and|through)\s*({_EW}|{_NUM})\s*(%|percent\b|per cent\b)"
)
# A range whose bounds each carry their period or bound word: "0.5% p.a. minimum to 7.5% p.a. maximum", "between 0.5% a
# year and 7.5% a year".
_EN_RANGE_PA = re.compile(
    rf"(?<![\d.])({_NUM})\s*(?:%|percent)\s*(?:p\.a\.?|a year|per year|annually|per annum|annualized)\s*(?:minimum|min\.?|floor)?"
    rf"\s*(?:to|and|through)\s*(?:a (?:maximum|max) of\s*)?({_NUM})\s*(%|percent)"
)
_EN_PA_GATE = re.compile(r"p\.a|a year|per year|annually|per annum|annualized")
_FLOOR_BEFORE_EN = re.compile(
    r"\b(?:minimum|min|floor|at least|no less than|guaranteed)(?: of| rate of| return of)?\s*$"
)
# A range whose bounds are named: 最低2.8%…最高3.6% / 下限…上限 / lower bound … upper bound.
_BOUNDS = re.compile(
    rf"(?:最低|下限|低至|lower bound|low end|bottom|floor)[^，,。!！?？;；\n]{{0,6}}?({_NUM}|{_CNUM})\s*(?:%|个点|个百分点|percent)?"
    rf"[^。!！?？\n]{{0,14}}?(?:最高|上限|高至|upper bound|high end|top|cap)[^，,。!！?？;；\n]{{0,6}}?({_NUM}|{_CNUM})\s*(%|个点|个百分点|percent)"
)
# A range in words with 百分之 on its first bound only, or on both (百分之二点五至三点五, 百分之四到百分之五点二).
_CN_PCT_RANGE = re.compile(
    rf"百分之\s*({_CNUM}|{_NUM})\s*(?:-|~|～|至|到|—|–)\s*(?:百分之)?\s*({_CNUM}|{_NUM})(?![\d%.个万千元天日月年份岁号])"
)
# A range or figure with no unit right after a benchmark label (比较基准二点六到三点二).
_LABELLED_BARE = re.compile(
    rf"(?:业绩比较基准|比较基准|基准)(?:是|为|:|：|年化|大概|在)*\s*({_NUM}|{_CNUM})\s*(?:%|个点)?\s*(?:-|~|～|至|到|—|–)\s*({_NUM}|{_CNUM})(?![\d%.个万千元天日月年份岁号])"
)
# A bare figure after a yield verb (做到4.5应该没问题).
_YIELD_BARE = re.compile(
    rf"(?:做到|拿到|达到|跑到|冲到|摸到|能到|涨到|冲击|年化|收益率?|回报率?)"
    rf"(?:大概|大约|差不多|估计|应该|可能|至少|起码|基本|能有个|能有|能到|能拿|有个|也就|就|在|是|为|能|有)?\s*(?:个)?"
    rf"({_NUM}|{_CNUM})(?![\d%.个万千元天日月年份岁号点])"
)
# The same after an English benchmark label (benchmark is three point two to three point eight; three-point-one).
_EN_LABELLED_BARE = re.compile(
    rf"\b(?:benchmark|target)(?: range| return| yield)?(?: (?:on|for) (?:the )?[a-z][a-z-]*(?: [a-z][a-z-]*){{0,3}}?)?"
    rf"(?:'s| is| of| at| runs| from| sits at|:)*\s*"
    rf"({_EW}|{_NUM})\s*(?:%|percent)?\s*(?:to|-|through|and)\s*({_EW}|{_NUM})(?![\d%.]|\s*(?:percent|years?|months?|days?))"
)
# A bare decimal after a floor word, in a text that quotes a benchmark: "pocket at least three-point-two, worst case".
_EN_FLOOR_BARE = re.compile(
    rf"\b(?:at least|no less than|a minimum of|minimum of|floor of|worst case)\s+"
    rf"((?:{_EW_ONE})[- ]point(?:[- ](?:{_EW_DIGIT}))+|\d+\.\d+)(?![\d%.]|\s*(?:percent|per cent|years?|months?|days?|k\b))"
)
# A bare decimal said as a return, in a text about yields ("I think it lands closer to four and a quarter", "I get it
# to roughly three and three-quarters", "you still walk away with 3.1"): a decimal or a fraction in words after a verb
# or preposition of arriving, never a whole number (four of them) nor a count, an age or an amount.
_EN_BARE_FWD = re.compile(
    rf"\b(?:to|at (?:around|about|roughly)|around|about|roughly|approximately|near|nearly|closer to|close to|north of|over|above"
    rf"|(?:walk|come|end up|wind up|leave) (?:away )?with|clears?|hits?"
    rf"|lands?|looking at|see|make|earn|pays?|paying|yields?|yielding|(?:should|will|could|can|might|would|'ll) do)\s+(?:roughly |about |around |maybe |probably |like "
    rf"|something like |somewhere around |closer to |close to |just |an easy |a solid |a cool |north of |upwards of |over "
    rf"|above |at least )?"
    rf"((?:{_EW_ONE})(?:{_EN_FRACTION}|[- ]point(?:[- ](?:{_EW_DIGIT}))+)|\d{{1,2}}\.\d{{1,2}})"
    rf"(?![\d%.,]\d|[\d%]|\s*(?:percent|per cent|pct|years?|months?|days?|weeks?|hours?|k\b|m\b|million|billion|thousand"
    rf"|grand|stars?|points?|basis|bps|x\b|times|to\b|and\b|through|-|–|—\s*\d|apy|apr|miles|%|dollars|cents|on a scale|out of"
    rf"|a\.?m\b|p\.?m\b|o'clock|tonight|eastern|et\b|pt\b))"
)
_EN_BARE_GATE = re.compile(
    r"benchmark|yield|return|\brate\b|\bpays?\b|paying|\bearn|apy|interest|upper end|top of|\blands?\b|\bclears?\b"
    r"|(?:should|will|could|can|might|would|'ll) do\b"
    r"|\bends? up\b|honest read|\bmy read\b|pencil|\bfloor\b|worst case"
)
_EN_BARE_NUM = re.compile(r"\d\.\d| point |and a half|and a quarter|three-quarters|three quarters")
# The same with no unit, after a benchmark label (基准下限二点八，上限三点三).
_LABELLED_BOUNDS = re.compile(
    rf"(?:业绩比较基准|比较基准|基准)[^。!！?？\n]{{0,6}}?(?:最低|下限|低至)[^，,。!！?？;；\n]{{0,4}}?({_NUM}|{_CNUM})\s*(?:%|个点)?"
    rf"[^。!！?？\n]{{0,8}}?(?:最高|上限|高至)[^，,。!！?？;；\n]{{0,4}}?({_NUM}|{_CNUM})(?![\d.万千元天日月年份岁号])"
)
_BOUNDS_GATE = re.compile(r"最低|下限|低至|lower bound|low end|bottom|floor")
_YIELD_BARE_GATE = re.compile(
    r"(?:做到|拿到|达到|跑到|冲到|摸到|能到|涨到|冲击|年化|收益|回报)\s*(?:率|个)?"
    r"(?:大概|大约|差不多|估计|应该|可能|至少|起码|基本|能有个|能有|能到|能拿|有个|也就|就|在|是|为|能|有)?\s*(?:个)?\s*(?:\d|[零一二两三四五六七八九十])"
)
_ASCII_WORD = re.compile(
    r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|ty|hundred)\s*%"
)
_CN_TENTHS = re.compile(rf"(?:涨|赚|收益|回报|涨幅|翻)(?:了|个|到)?\s*({_CNUM}|\d)\s*成")  # 涨个两成 = 20%
# 三个多点 / 3个多点: "three-odd points", read as its whole number (the least it says).
_CN_MORE_POINTS = re.compile(rf"(?<!第)({_CNUM}|{_NUM})\s*个\s*多\s*(?:百分点|点)")
_CN_HALF_POINTS = re.compile(rf"(?<!第)({_CNUM}|{_NUM})\s*个\s*半\s*(?:百分点|点)")


def parse_en_number(text: str) -> float | None:
    """three point eight → 3.8; twenty-five → 25; four and a half → 4.5; digits pass through."""
    text = text.strip()
    try:
        return float(text)
    except ValueError:
        pass
    text, fraction = _split_en_fraction(text)
    text = re.sub(r"-point-?", " point ", text).replace("-point ", " point ")  # four-point-two
    if " point " in text:
        whole_part, _, frac_part = text.partition(" point ")
        text = whole_part + " point " + frac_part.replace("-", " ")
    whole, _, frac = text.partition(" point ")
    total = 0.0
    for part in re.split(r"[- ]", whole):
        if part in _EN_UNITS:
            total += _EN_UNITS[part]
        elif part in _EN_TENS:
            total += _EN_TENS[part]
        elif part:
            return None
    if frac:
        digits = frac.split()
        if not all(d in _EN_UNITS and _EN_UNITS[d] < 10 for d in digits):
            return None
        total += float("0." + "".join(str(_EN_UNITS[d]) for d in digits))
    return total + fraction


_EN_FRACTION_TAIL = re.compile(r"[- ]and[- ](a|one|three)[- ](half|quarters?)$")


def _split_en_fraction(text: str) -> tuple[str, float]:
    """'three and three-quarters' → ('three', 0.75); text without a fraction → (text, 0.0)."""
    m = _EN_FRACTION_TAIL.search(text)
    if m is None:
        return text, 0.0
    count = 3 if m.group(1) == "three" else 1
    part = 0.5 if m.group(2) == "half" else 0.25 * count
    return text[: m.start()], part


def _value(text: str) -> float | None:
    text = text.strip()
    if not text:
        return None
    if text[0].isascii() and text[0].isalpha():
        return parse_en_number(text)
    return parse_cn_number(text)


def extract_figures(s: str) -> list[Figure]:
    """Every percentage-like figure of the shadow text, ranges first (one Figure per range)."""
    figures: list[Figure] = []
    mask = bytearray(len(s))  # 1 where a figure was already taken

    def free(a: int, b: int) -> bool:
        return 1 not in mask[a:b]

    def take(a: int, b: int) -> None:
        mask[a:b] = b"\x01" * (b - a)

    def add(a: int, b: int, lo: float | None, hi: float | None, is_range: bool) -> None:
        if lo is None or hi is None or not free(a, b) or a == b:
            return
        if is_range and hi < 0 < lo:  # "2.8%-3.6%" read as 2.8 and -3.6
            hi = -hi
        if lo > hi:
            lo, hi = hi, lo
        figures.append(Figure(a, b, lo, hi, is_range))
        take(a, b)

    # Each form is searched only when a word it needs occurs (chat lines are checked one by one, on the hot path).
    ascii_words = "percent" in s or "per cent" in s
    for m in _RANGE.finditer(s):
        add(m.start(), m.end(), float(m.group(1)), float(m.group(2)), True)
    if (ascii_words or "%" in s) and (" to " in s or " and " in s or "through" in s):
        for m in _EN_RANGE.finditer(s):
            add(m.start(1), m.end(), _value(m.group(1)), _value(m.group(2)), True)
    if "%" in s and (" to " in s or " and " in s) and _EN_PA_GATE.search(s):
        for m in _EN_RANGE_PA.finditer(s):
            if _FLOOR_BEFORE_EN.search(s, max(0, m.start(1) - 24), m.start(1)):
                continue  # a minimum of 0.5% a year and a maximum of 6.0%: two named bounds, each read on its own
            add(m.start(1), m.end(), float(m.group(1)), float(m.group(2)), True)
    if _BOUNDS_GATE.search(s):
        for m in _BOUNDS.finditer(s):
            add(m.start(1), m.end(), _value(m.group(1)), _value(m.group(2)), True)
    if "benchmark" in s or "target" in s:
        spaced = s.replace("-point-", " point ") if "-point-" in s else s  # same length: offsets unchanged
        for m in _EN_LABELLED_BARE.finditer(spaced):
            add(m.start(1), m.end(), _value(m.group(1)), _value(m.group(2)), True)
        for m in _EN_FLOOR_BARE.finditer(spaced):
            w = _value(m.group(1))
            add(m.start(1), m.end(), w, w, False)
    if "百分之" in s:
        for m in _CN_PCT_RANGE.finditer(s):
            add(m.start(), m.end(), _value(m.group(1)), _value(m.group(2)), True)
    if "基准" in s:
        for m in _LABELLED_BARE.finditer(s):
            add(m.start(1), m.end(), _value(m.group(1)), _value(m.group(2)), True)
        if _BOUNDS_GATE.search(s):
            for m in _LABELLED_BOUNDS.finditer(s):
                add(m.start(1), m.end(), _value(m.group(1)), _value(m.group(2)), True)
    if _EN_BARE_NUM.search(s) and _EN_BARE_GATE.search(s):
        spaced = s.replace("-point-", " point ") if "-point-" in s else s
        for m in _EN_BARE_FWD.finditer(spaced):
            w = _value(m.group(1))
            if w is not None and 0 < w < 30:
                add(m.start(1), m.end(1), w, w, False)
                if figures and figures[-1].start == m.start(1):
                    figures[-1].extra["spoken"] = (
                        True  # said as a return: the verb before it is the yield word
                    )
    for m in _SINGLE.finditer(s):
        f = float(m.group(1))
        add(m.start(), m.end(), f, f, False)
    if ascii_words or ("%" in s and _ASCII_WORD.search(s)):
        for m in _EN_PCT.finditer(s):
            w = _value(m.group(1))
            add(m.start(), m.end(), w, w, False)
    if "ish" in s:
        for m in _EN_ISH.finditer(s):
            w = _value(m.group(1))
            add(m.start(), m.end(), w, w, False)
    if "成" in s:
        for m in _CN_TENTHS.finditer(s):
            t = _value(m.group(1))
            add(m.start(1), m.end(), None if t is None else t * 10, None if t is None else t * 10, False)
    if "个多" in s:
        for m in _CN_MORE_POINTS.finditer(s):
            h = _value(m.group(1))
            add(m.start(), m.end(), h, h, False)
    if "半" in s:
        for m in _CN_HALF_POINTS.finditer(s):
            h = _value(m.group(1))
            add(m.start(), m.end(), None if h is None else h + 0.5, None if h is None else h + 0.5, False)
    for rx, gate in ((_CN_PCT, "百分之"), (_CN_POINTS, "个")):
        if gate not in s:
            continue
        for m in rx.finditer(s):
            c = parse_cn_number(m.group(1))
            add(m.start(), m.end(), c, c, False)
    for m in _YIELD_BARE.finditer(s) if _YIELD_BARE_GATE.search(s) else ():
        y = _value(m.group(1))
        if y is not None and 0 < y < 30 and ("." in m.group(1) or "点" in m.group(1) or y < 20):
            add(m.start(1), m.end(1), y, y, False)
    figures.sort(key=lambda f: f.start)
    return figures


_NONYIELD_L = re.compile(
    r"充足率|覆盖率|换手率|周转率|集中度|亏了|亏损了|跌了|下跌了|浮亏|偿付能力|达标率|使用率|满意度|胜率|中签率|返点|返现|返利|给您返|给你返|补贴|补您|补你|withdraw|take out|free withdrawal|\bdrops?\b|plunge|sink|tumble|slide|crash|计提|提取|分成|报酬|费|费率|仓位|占比|比例|起购|折扣|回撤|波动|权重|不超过|不低于|持仓|首付|税|杠杆|expense|fees?\b|allocation|drawdown|discount|portfolio|load|commission|tax|penalt|weight|stake|ratio|volatility|down|fell|dropped|lost|decline|\bcut\b|\blose\b|losing|\bloss|\bfall|shrink|reduce|price by|charge|surrender"
)
_NONYIELD_R = re.compile(
    r"^\s*(?:的?配置|投资于|投向|用于|投于|的?(?:资金|仓位)?(?:放在|放到|投在|投到|配在|配到|配置在|配置到|压在)|safe|sure|certain|安全|保本|确定|的把握|把握|的?业绩报酬|的?报酬|的?超额|的?分成|的?仓位|的?资金|的?资产|的?比例|的?份额|赎回费|申购费|管理费|托管费|手续费|的费|费率|折|以内的回撤|的回撤|回撤|的波动|of (?:the |your )?(?:portfolio|assets|fund)|allocation|expense|fee|drawdown|in (?:stocks|bonds|equities))"
)
_OTHER_PRODUCT = re.compile(
    r"号称|声称|宣称|网上那些|外面那些|那些平台|同类|隔壁|别家|那家|另一家|其他银行|某平台|余额宝|国债|通胀|cpi|gdp|指数|沪深300|大盘|a股|股市|上证|深证|创业板|美股|港股|纳指|标普|道指|黄金|债市|基准利率|lpr|房价|\bfed\b|federal reserve|benchmark rate|interest rates?|rate cut|s&p|inflation|treasury|同期业绩比较基准|benchmark returned|index"
)
_LINKED_LEVEL = re.compile(
    r"挂钩|期初价|初始价|观察日|金价|指数|价格的|linked|initial (?:price|level)|starting level|strike|index level|barrier"
)
# A sentence about the portfolio's make-up (equity share, its centre, a glide path): its large figures are weights.
_ALLOCATION = re.compile(
    r"仓位|中枢|占比|配置比例|资产比例|投资比例|权益类资产|股票类资产|债券类资产|权益资产|下滑曲线|glide path|equity share|asset mix"
)
_CONDITIONAL = re.compile(
    r"如果|假如|若|一旦|否则|高于|低于|触及|不低于|不高于|\bif\b|\bwhen\b|\bshould the\b"
)
_PAST_RIGHT = re.compile(
    r"[^,;.!?，。；！？\n]{0,25}?\b(?:in|over|during) the (?:past|last|previous) |[^,;.!?，。；！？\n]{0,25}?\b(?:last|past) (?:week|month|quarter|year|\d+ (?:days|weeks|months))\b|[^,;.!?，。；！？\n]{0,25}?\b(?:year to date|ytd|so far this year|since (?:launch|inception))"
)
_DRAWDOWN = re.compile(r"回撤|drawdown|peak-to-trough|最大跌幅")
# A loss verb right before the figure (下跌0.8%, 亏损约5%, 跌幅达12%): the size of a fall, not a return.
_LOSS_BEFORE = re.compile(
    r"(?:下跌|下滑|回落|亏损|缩水|跌去|跌掉|跌幅|亏了|跌)(?:了|过|约|近|超过|逾|大约|将近|接近|达到?|幅度为|为)?\s*$"
)
# An English loss measure named before an unsigned figure in its clause ("max drawdown since launch was about 38%").
_DRAWDOWN_BEFORE_EN = re.compile(r"\b(?:drawdowns?|peak-to-trough(?: (?:decline|drop|fall|loss))?)\b")
_PRINCIPAL_R = re.compile(r"\s*(?:of (?:your |the |their )?(?:principal|money|investment|deposit)\b|的?本金)")
# 百分之百能拿到 / 100% sure: a hundred percent said of a certainty, not a yield figure.
_CERTAIN_100_R = re.compile(
    r"\s*(?:的)?(?:能|会|可以|保证|确定|肯定|没问题|放心|有把握|的把握|把握|确信|相信|拿得到|到手|稳|不会|没有|靠谱|可靠|是真的)"
    r"|\s*(?:sure|certain|safe|guaranteed|confident|positive)\b"
)
_DEPOSIT_RATE = re.compile(r"\s*(?:apy|annual percentage yield)\b")
_OTHER_DEPOSIT = re.compile(r"存款|定期|活期|存单|储蓄|\bcds?\b|savings")
_CERTAIN = re.compile(
    r"worst case,? (?:you )?(?:still )?(?:walk away with|get|pocket|earn|make|collect|take home|end up with)|locking in|lock in|no surprises|百分之百|百分百|100%能|100%会|100%可以|100%保证|固定的|一分不差|分毫不差|you're getting|you are getting|full stop|no question about it|i guarantee|no ifs|like clockwork|rain or shine|without fail|come hell or high water|count on|bank on|take it to the bank|rest assured|will land|landing in your account|lands in your account|稳得|稳获|稳收|固定(?:给|拿|有|收益|回报|年化)|雷打不动|年年都|每年都|每期都|次次都|稳定拿|no matter what|稳稳|稳拿|稳赚|到手|至少|最少|起码|保证|肯定|一定|妥妥|铁定|跑不掉|跑不了|锁定|保底|包赚|包你|板上钉钉|guaranteed|at least|locked|for sure|no less than|minimum of|给您|给你|打到您|打给您|自动打|最低也有|最少也有|起码也有|最低也能"
    # 保本还保2.4%: 保 right before a figure says it is assured.
    r"|(?<![确担投参承环])保(?:住|到)?(?=\s*(?:年化)?\s*\d+(?:\.\d+)?\s*(?:%|个点))"
)
_FORWARD = re.compile(
    r"差不多能|大概能拿|能拿(?!到手)|ought to|tops? out|maxes out|(?:should|will|can|could|to) clear\b|my money says|finish(?:es)? the year|end(?:s)? the year|close(?:s)? (?:out )?the year|by the end of the year|\blands?\b|\blanding\b|i get (?:it|[a-z]+) to|back of the envelope|napkin math|my math|i'd be (?:shocked|surprised)|wouldn't surprise|won't surprise|i'd expect|大概在|大约在|差不多在|估摸|心里有数|could easily|heading toward|heading for|headed for|on pace for|tracking toward|trending toward|我判断|我预计|我预测|我认为|我相信|依我看|个人判断|照我看|能有|会有个|my gut|my bet|my money's on|i'd wager|my prediction|my call|looking at|realistically|ballpark|you'll see|we'll see|should see|figure on|projecting|projection|i'd guess|i guess|i reckon|\bimo\b|\bimho\b|\bez\b|i'd bet|i bet|my read|calling it|i'd say|i figure|预计|预期|预估|有望|能做到|能拿到|能达到|能到|可达|可以达到|可以做到|可以拿到|估计|应该能|应该有|大概能|争取|最高可达|最多|明年|(?<![以下起])来年|下一期|下期|我觉得|我估计|我看好|大概能|能给到|可以给到|给到|一般都在|一般在|通常在|基本都在|基本在|大多在|这期年化|这一期年化|这期收益|这一期收益|这期能|这一期能|\bwill\b|should|expect|projected|likely|could|might|up to|on track|going to|see something|next year|we think|i think|i believe|probably"
)
# English words after a figure that make it an allocation, a charge or a limit rather than a return.
_NONYIELD_R_EN = re.compile(
    r"(?: a year| per year| annually| each year)?\s*(?:can|may|could) be (?:withdrawn|taken out)\b"  # a free-withdrawal allowance
    r"|\s*(?:(?:in|into) (?:preferred|common|stocks?|bonds?|equities|cash|treasur(?:y|ies)|high-yield|real estate|reits?"
    r"|[a-z-]+ (?:shares|stocks|bonds|securities|debt|paper))|(?:federal |early |surrender |withdrawal )*(?:tax|penalty|"
    r"surrender charge|withdrawal charge|sales charge|load)\b|of (?:the |your )?(?:value|account|contract|balance|holdings)"
    r"|of (?:you|us|them|people|americans|households|retirees|the (?:population|audience|room|viewers|questions|people|country"
    r"|workforce)|(?:our|my) (?:clients|customers|viewers|members|audience)|(?:viewers|clients|customers|investors|respondents))"
    r"|(?:(?!(?:more|less|than|while|versus|vs|over|above|below|better|worse|higher|lower|compared|ahead|beat|and|when|as|for|in"
    r"|a|the|this|year|last)\b)[a-z-]+ ){0,2}?(?:corporates|treasuries|bonds|stocks|equities|cash|munis|mortgages|reits|govies|agencies"
    r"|large[- ]caps?|small[- ]caps?|mid[- ]caps?)\b|of (?:the |its |our )?(?:portfolio|fund|assets|holdings|book)\b)"
)
# Round 17: an English share of the portfolio put somewhere ("up to 20% goes into convertibles", "80% sits in
# investment-grade bonds", "as much as 15% in emerging-market debt"): a weight, not a return.
_ALLOC_R_EN = re.compile(
    r"\s*(?:of (?:it|the money|the assets|assets|the portfolio|the fund) )?(?:(?:can|may|could|will|must|should|might) (?:be )?)?"
    r"(?:(?:goes|go|sits?|stays?|is|are|gets?|can go|may go|will go|could go|is invested|are invested|invested|allocated"
    r"|parked|held|kept|lives?|ends? up|placed|put) )?"
    r"(?:in|into|toward|towards) (?:the |a |an |its |our )?(?:[a-z-]+ ){0,3}?(?:convertibles?|preferreds?|equities|equity"
    r"|stocks?|bonds?|credit|debt|cash|treasur(?:y|ies)|t-bills|tips|munis|municipals|reits?|real estate|commodities"
    r"|gold|alternatives|sleeve|bucket|high-yield|junk|emerging markets?|international|foreign|small[- ]caps?"
    r"|large[- ]caps?|mid[- ]caps?|loans|mortgages|securities|shares|options|derivatives|money markets?|paper"
    r"|names|companies|sectors?|holdings|positions|issuers|dividend payers)\b(?! (?:funds?|yields?|returns?|rates?)\b)"
)
# A tax rate named before the figure in its sentence ("interest is taxed at your ordinary rate, which could be 24%"),
# with no return word between them: the tax, not a yield. An after-tax or tax-equivalent yield is still a yield.
_TAX_BEFORE_EN = re.compile(
    r"\b(?<!after-)(?<!after )(?<!pre-)tax(?:ed|es|able)?\b(?!-(?:equivalent|free|exempt|adjusted|advantaged))"
    r"(?:\s+on (?:the |your |any |a )?(?:[a-z-]+ )?(?:gains?|dividends?|interest|income|returns?|earnings|profits?"
    r"|withdrawals?|distributions?))?"
    r"|\b(?:withholding|turnover|occupancy|utilization|participation rate|loan-to-value|payout ratio|active share"
    r"|tracking error|market share|deductible|coinsurance|employer match|vesting)\b"
    r"|\b(?:tax )?brackets?\b|\bmarginal rate\b|\bordinary(?: income)? rates?\b|\bcapital gains rates?\b"
)
_RETURN_WORD_EN = re.compile(
    r"\b(?:yield|yields|yielding|returns?|returned|earns?|earning|pays?|paying|apy|gains?)\b"
)
# A fall named right after the figure: "tolerate a 20% drop", "a 30% correction", "a 15% haircut": a loss, not a return.
_LOSS_R_EN = re.compile(
    r"\s*(?:or (?:more|worse|so|greater|larger|bigger) )?(?:(?:decline|drop|fall|loss|drawdown|correction|haircut|dip|slide"
    r"|plunge|crash|selloff|sell-off|slump|downturn|swing|hit|markdown|write-?down)s?|down(?! payment))\b"
)
# A past window named before the figure as its label: "trailing 12-month return: 4.4%", "1-year return 6.1%".
_EN_PAST_LABEL = re.compile(
    r"\b(?:trailing|since[- ]inception|inception-to-date|year-to-date|calendar[- ]year|prior[- ]year|last[- ]year's"
    r"|(?:1|3|5|10|one|three|five|ten)[- ](?:year|yr)(?: annualized| average| total)? returns?)\b"
)
# A withdrawal allowed free of charge: "take up to 10% a year without a surrender charge".
_FREE_R_EN = re.compile(
    r"\s*(?:of (?:the |your )?(?:value|balance|account|contract) )?(?:a year |per year |annually |each year |every year )?"
    r"(?:without|free of|with no|penalty[- ]free|surrender[- ]free|charge[- ]free|fee[- ]free)\b"
)
# A figure the customer is said to hope for, turned down in the sentence: "if you were hoping for a quick 20%, this is
# the wrong fund".
_WISH_L_EN = re.compile(
    r"\b(?:hoping for|hope for|looking for|after|chasing|expecting|dreaming of|counting on|banking on|want|wanting)"
    r" (?:a |an |another )?(?:quick |fast |easy |big |fat |huge |guaranteed |steady )?$"
)
_WISH_DENIED_EN = re.compile(
    r"\b(?:wrong|not (?:for you|the (?:right|place|fund|product))|isn't (?:for you|the)|look elsewhere|won't (?:get|find)"
    r"|not going to (?:get|find)|can't (?:promise|give|offer))\b"
)
# Another rate in the economy, not the product's: mortgage rates, the prime rate, unemployment.
_OTHER_RATE_EN = re.compile(
    r"\b(?:mortgage|credit[- ]card|car[- ]loan|auto[- ]loan|student[- ]loan|loan|heloc|personal[- ]loan|prime|fed funds"
    r"|policy|unemployment|jobless|vacancy|default|savings) rates?\b|\b(?:unemployment|gdp|wage growth|home prices|rents?)\b"
    r"|\b(?:2|two|10|ten|30|thirty)[- ]year (?:treasury|yield|note|bond|mortgage)s?\b|\bthe fed\b"
)
# A chance or a share of people, not a return: "roughly a 25% chance of a down year", "60% of our clients".
_ODDS_R_EN = re.compile(
    r"\s*(?:chance|probability|odds|likelihood|risk)\b|\s*(?:or (?:so|more|less) )?of (?:the )?(?:time|years|months|quarters|days)\b"
)

# English forecast openers kept apart from _FORWARD: "my honest read?", "I'd pencil in", "I ran the numbers".
_FORWARD_EN = re.compile(
    r"my honest read|pencil(?:s|ing|led)?(?: [a-z']+)? in\b|(?:run|ran) the numbers|the smart money|i'm calling|i am calling"
)
_HIST_CLAUSE = re.compile(
    r"(?:it's|is|was|fund's|been) up\b|printed|year to date|ytd|so far this year|this year so far|做到了|涨了|赚了|达到了|实现了|取得了|跌了|拿到了|翻了|跑出了|收益率为|增长率|已到期|累计|returned|made|gained|was up|were up|earned|grew|rose|has returned|delivered|averaged|posted|clocked|notched|put up|yielded|paid out|\bwere\b|\bwas\b|\bdid\b(?!n't| not)"
)
# After the figure, a series stated as a record: every year since 2014, for ten straight years, ten years in a row,
# 连续十年, 每年都是.
_SERIES_R = re.compile(
    r"\b(?:(?:every|each) (?:single )?year since|since (?:19|20)\d\d|for (?:[a-z0-9]+ )?(?:straight|consecutive|running) "
    r"years|(?:years|terms|issues) (?:straight|running|in a row)|each time|every time|every single time)\b"
)
_HIST_SENT = re.compile(
    r"七日年化|7日年化|七天年化|万份收益|兑付了|已兑付|已经兑付|连续兑付|历年|往年|过去|过往|近\s*\S{1,3}?(?:年|个月|月|周|日|天)|近期|最近|上一?期|上一?个|上周|去年|前年|今年以来|成立以来|历史|已到期|截至|同期|一季度|二季度|三季度|四季度|上半年|下半年以来|\d{4}\s*年|last (?:year|quarter|month|week)|since inception|over the past|as of|average annual|(?<!minimum )(?<!maximum )(?<!guaranteed )total return|in (?:19|20)\d\d|(?:19|20)\d\d\b|first year|past (?:year|decade|\d)"
)
_LABEL = re.compile(r"业绩比较基准|比较基准|基准(?!利率)|benchmark(?! rate)|target")
_YIELD = re.compile(
    r"年化|收益|回报|利率|利息|分红|涨|赚|yield|return|apy|apr|interest|rate|gain|dividend|pays|paying|earn"
)
_RATE = re.compile(r"利率|利息|apy|apr|interest|存款|存单|\bcd\b|rate")


# An English certainty marker in the next clause (3.5%, full stop / 3.5%, no matter what).
_CERTAIN_R_NEXT = re.compile(
    r"^[^.!?;\n]{0,14}?(?:不会有意外|没有意外|没意外|错不了|as (?:reliable|dependable|steady|regular|sure|certain) as|like a paycheck|full stop|(?<!the )(?<!a )(?<!this )(?<!that )(?<!same )period(?=\s*(?:[.!,;—–-]|$))|no matter what|whatever happens|come what may|regardless|either way|no ifs)"
)
# The figure said to stay fixed, after a comma: "it's paying 3.1%, and that's not going to change".
_FIXED_AFTER = re.compile(
    r"^,? (?:and |so )?(?:that|it)(?:'s not| is not| isn't| won't| will not) (?:going to |gonna )?(?:change|changing|budge|move)\b"
)
# A promise in the words after the figure: "3.5% at maturity, you have my word".
_PROMISE_NEXT = re.compile(
    r"^[^.!?;\n]{0,24}?\b(?:you have my word|i promise(?: you)?|i swear|i guarantee (?:it|that)|take my word for it"
    r"|my word on (?:it|that))\b"
)
# Markers on the right of a figure (the hedge or certainty can follow it: 摸到5%不成问题, 4.8% is a lock).
_CERTAIN_R = re.compile(
    r"^[,，]?\s*[^，,。!！?？;；\n]{0,8}?(?:囊中之物|不会有意外|没有意外|没意外|错不了|no matter what|whatever happens|whatever (?:the )?markets? (?:does|do)|in any market|come what may|regardless|either way|full stop|that's locked|locked|set in stone|done deal|跑不掉|跑不了|没跑|稳了|板上钉钉|妥妥|铁定|稳稳|到手|是肯定的|肯定有|肯定没问题|保底(?!\s*[\d一二两三四五六七八九十零])|十拿九稳|一分不差|分毫不差|一分不少|一分(?:钱)?(?:都|也)(?:不会)?少|起步|打底|雷打不动|准时|就是这个数|八九不离十|差不了|a lock|locked in|guaranteed|for sure|in the bag|lands in your account|is a given|(?<!the )(?<!a )(?<!this )(?<!that )(?<!same )period(?=\s*(?:[.!,;—–-]|$)))"
)
_FORWARD_R = re.compile(
    r"^[^，,。!！?？;；\n]{0,10}?(?:不成问题|(?:没|没有)(?:啥|什么|多大|太大)?问题|问题不大|不是问题|没什么问题|应该|没悬念|有戏|不难|轻松|有希望|大概率|估计|差不多吧|左右吧|上下吧|我觉得|我看|give or take|or so\b|maybe|probably|i think|i'd say|i bet|i'd guess|easy|easily|doable|realistic|within reach|next year|by year-end|this time|again)"
)
_FORWARD_TAIL = re.compile(
    r"[^。!！?？;；\n]{0,20}?(?:give or take|or so\b|more or less|plus or minus|roughly speaking|if i had to guess|just my gut|my gut|差不多吧|左右吧|上下吧|大概率|跑不了|稳了)"
)
# A past time word before the figure in its clause, and nothing about the future: a historical figure.
_PAST_LEFT = re.compile(
    r"\b(?:last|past|previous) (?:few |couple of |\d+ |two |three |four |five |six |seven |eight |nine |ten |twelve )?"
    r"(?:days|weeks|months|quarters|sessions|terms|issues|periods|cycles|tranches|years)\b|(?:最高|最好|最低|最差)(?:的)?那?一期|兑付了|已兑付|已经兑付|连续兑付|历年|往年|前几期|前[一二两三四五\d]期|之前几期|以往各期|去年|前年|上一?期|上个?月|上周|上季度|过去|近\s*\S{1,3}?年|历史上|成立以来|已到期|以前|之前|往期|以往|last (?:year|quarter|month|week)|in (?:19|20)\d\d|since inception|back in|previous"
)
_FUTURE = re.compile(
    r"this cycle|this tranche|this term|at maturity|could easily|before year-end|by year-end|next leg|明年|下一?期|这一?期|本期|接下来|未来|以后|后面|今年(?:能|会|有望|估计|应该)|\bwill\b|'ll|\bnext\b|going to|gonna|expect|this time|this round"
)
# Historical markers strong enough to make a benchmark-labelled figure a past figure (同期 and 历史 in a
# benchmark's method — 参考同期限存款利率, 历史区间测算 — are not).
HIST_STRONG = re.compile(
    r"过去|过往|近\s*\S{1,3}?(?:年|个月|月|周|日|天)|上一?期|上个|上周|去年|前年|今年以来|成立以来|已到期|\d{4}\s*年|last (?:year|quarter|month|week)|since inception|over the past|in (?:19|20)\d\d|past (?:year|decade|\d)|returned|做到了|实现了|达到了"
)
_SAME_PERIOD_BENCHMARK = re.compile(
    r"(?:同期|对应期间|同一期间|同一时期|同一区间|同区间|同期间|同一时段|同时段|相同区间|相同期间|同一统计区间)(?:内)?(?:的)?(?:业绩)?(?:比较)?基准"
    r"|(?:业绩)?比较基准(?:收益率)?同期|benchmark (?:returned|return(?:ed)? over the same)"
    r"|\b(?:same|that) (?:period|stretch|window|span)\b[^.!?\n]{0,25}?\bbenchmark"
)
# The label after the figure: "a 2.9–3.5% benchmark product", "3.2 to 4.1 benchmark range".
_LABEL_AFTER_EN = re.compile(r"%?\s*(?:a year |annual |annualized |per year )?(?:performance )?benchmark\b")
# The label after the figures, in the same sentence: 最低3个点，最高4.5个点，这是业绩比较基准.
_LABEL_AFTER_ZH = re.compile(
    r"[^。！？!?\n]{0,16}?(?:这|此|以上|上述|上面|这个|这些)(?:个|些)?(?:数|数字|区间|范围)?(?:是|为|都是|只是|就是|指的是)(?:产品的|本产品的|它的|这款的)?(?:业绩)?比较基准"
)
# The label, then a colon, then the figure (业绩比较基准：年化2.6%-3.3%): the colon ends a clause, not the label's reach.
_LABEL_COLON = re.compile(
    r"(?:业绩比较基准|比较基准|benchmark)[^，,。；;!！?？\n]{0,6}[:：]\s*(?:年化|annualized)?\s*$"
)
# Certainty words that only say the return is paid out, and a hedge right after the figure.
_HANDED_OVER = frozenset(("到手", "给您", "给你"))
_HEDGE_R = re.compile(r"\s*(?:左右|上下|的样子|出头|附近|差不多|大概|or so\b|give or take)")
_UPTO = re.compile(r"up to|tops? out|maxes out|最高可达|最高|最多|as high as|上限")
# Period words that make a figure forward-looking, except right after a benchmark label (the benchmark for this
# tranche is 3.1% to 4.2%): there they name the period the benchmark covers.
_BENCHMARK_PERIOD = re.compile(r"this (?:cycle|tranche|term)|at maturity|by maturity")


def _asserted(run: TextView, rx: re.Pattern[str], clause: str, base: int) -> re.Match[str] | None:
    """The first match of ``rx`` in ``clause`` that is not negated (不是预期收益率, not guaranteed)."""
    for m in rx.finditer(clause):
        if not run.negated(base + m.start()):
            return m
    return None


# English past results: a window that has ended after the figure (2.6% … last week; up 21% in the past three months;
# up 19% from April to June) or a past-tense verb before it (printed, matured, logged).
_EN_PAST_RIGHT = re.compile(
    r"\b(?:last (?:week|month|quarter|year|period|term|issue|cycle|tranche|series)|yesterday|so far|to date|year to date"
    r"|for the (?:period|year|quarter|(?:twelve|12|six|6|three|3)[- ]months?) end(?:ing|ed)"
    r"|(?:in|over|during|for) (?:just )?(?:the )?(?:past|last|previous|prior) (?:\d+|few|couple of|one|two|three|four"
    r"|five|six|seven|eight|nine|ten|twelve)? ?(?:days?|weeks?|months?|quarters?|years?|sessions?)"
    r"|in (?:a|one) single (?:day|week|month|quarter|session)"
    r"|(?:from|between) (?:january|february|march|april|may|june|july|august|september|october|november|december)"
    r"(?: \d{4})? (?:to|through|thru|and|until) (?:january|february|march|april|may|june|july|august|september"
    r"|october|november|december))\b"
)
_EN_PAST_VERB = re.compile(
    r"\b(?:(?<!is )(?<!are )(?<!be )(?<!get )(?<!gets )(?<!been )(?<!was )paid|printed|logged|booked|chalked up|matured|have matured|has matured|racked up|jumped|soared|surged|popped"
    r"|rallied|climbed|spiked|crushed it|killed it|went up|(?:one|three|five|ten|\d+)[- ](?:year|yr) (?:number|return|record"
    r"|track record|average|figure|performance))\b"
)


def _english_past(s: str, fig: Figure, base: int, cs: int, ce: int) -> bool:
    """An English figure the clause places in the past, with nothing in it about the future."""
    if _FUTURE.search(s, cs, ce):
        return False
    return bool(
        _EN_PAST_RIGHT.search(s, fig.end, ce)
        or _EN_PAST_VERB.search(s, base, fig.start)
        or _EN_PAST_LABEL.search(s, max(0, fig.start - 45), fig.start)
    )


# A return verb after a non-yield word: "Balanced Allocation Fund returned 12.4%" is a return; the fund's name
# holds the non-yield word. Past-tense and noun forms only, so "fees rose to 1%" stays a charge.
_RETURN_VERB_EN = re.compile(
    r"\b(?:returned|returning|gained|earned|yielded|delivered|(?:total |annual |annualized )?returns? (?:of|was|were)|"
    r"(?:was|were) up|posted a (?:return|gain) of)\b"
)
# A modal with a downward bound before the figure: "the result could be under 3.2%", "might fall short of 3.4%".
_DOWNSIDE_EN = re.compile(
    r"\b(?:could|might|may|can)(?: well| even| also| easily)? (?:be|come in|end up|land|finish|fall|drop|run)"
    r"(?: [a-z]+)?\s(?:under|below|less than|lower than|short of|beneath)\s*(?:the )?(?:benchmark(?:'s)? (?:low|floor) of\s*)?$"
)


def _nonyield_left(left: str, english: bool) -> bool:
    """A non-yield word before the figure, unless (English) a return verb stands between it and the figure."""
    last = None
    for m in _NONYIELD_L.finditer(left):
        last = m
    if last is None:
        return False
    return not (english and _RETURN_VERB_EN.search(left, last.end()))


_PRODUCT_NOUN = re.compile(
    r"\s*(?:挂钩)?(?:两层|三层|区间|看涨|看跌|鲨鱼鳍|二元)?(?:结构性存款|结构性|存款|理财|基金|fund|cd\b|deposit|note)"
)


def _own_name_word(run: TextView, word: str, after: str) -> bool:
    """An other-product word (黄金, 指数, s&p) that names the attached product's underlying, said as its name: the word
    is in the product's name and a product noun follows it (黄金结构性存款)."""
    return _PRODUCT_NOUN.match(after) is not None and any(word in norm_name(p.name) for p in run.products)


def classify(run: TextView, fig: Figure) -> str:
    """The class of a figure from its clause and sentence (see the module docstring)."""
    s = run.s
    cs, ce = run.clause_of(fig.start)
    ss, se = run.sentence_of(fig.start)
    english = s[max(cs, fig.start - 20) : fig.start].isascii()
    left8 = s[max(cs, fig.start - (25 if english else 8)) : fig.start]
    right = s[fig.end : min(ce, fig.end + 8)]
    fig.ctx_start = fig.start
    if _nonyield_left(left8, english) or _NONYIELD_R.search(right):
        return "nonyield"
    if english and _DOWNSIDE_EN.search(s, max(cs, fig.start - 40), fig.start):
        return "nonyield"  # could be under 3.2% or even negative: a downside told as risk, not a forecast
    if english and _NONYIELD_R_EN.match(s, fig.end):
        return "nonyield"  # up to 10% in preferred shares, a 10% tax penalty: an allocation or a charge
    if english and (
        _ALLOC_R_EN.match(s, fig.end)
        or _ODDS_R_EN.match(s, fig.end)
        or _LOSS_R_EN.match(s, fig.end)
        or _FREE_R_EN.match(s, fig.end)
    ):
        return "nonyield"  # up to 20% goes into convertibles; a 25% chance of a down year: a weight or odds
    if (
        english
        and _WISH_L_EN.search(s, max(cs, fig.start - 40), fig.start)
        and _WISH_DENIED_EN.search(s, ss, se)
    ):
        return "other"  # if you were hoping for a quick 20%, this is the wrong fund: the customer's wish, turned down
    if english and _OTHER_RATE_EN.search(s, max(cs, fig.start - 30), fig.start):
        return "other_product"  # mortgage rates hit 7% last year: a rate in the economy, not the product's
    if english:
        tax = max(_TAX_BEFORE_EN.finditer(s, ss, fig.start), key=lambda m: m.start(), default=None)
        if tax is not None and not _RETURN_WORD_EN.search(s, tax.end(), fig.start):
            return "nonyield"  # taxed at your ordinary rate, which could be 24%: a tax rate, not a return
    if fig.high >= 10 and _ALLOCATION.search(s, ss, se) and not _YIELD.search(s, cs, ce):
        return "nonyield"  # 权益类资产中枢大约在55%，到2030年会降到40%: a portfolio weight, not a return
    if s[fig.start] == "-" and _DRAWDOWN.search(s, ss, se):
        return "nonyield"  # 最大回撤…-2.1%: a risk measure, not a return
    # maximum drawdown since launch was about 38% / 净值短期下跌0.8%: a loss told as risk, not a return
    if _DRAWDOWN.search(s, max(cs, fig.start - 60), fig.start) or _LOSS_BEFORE.search(left8):
        return "nonyield"
    if english:
        dd = _DRAWDOWN_BEFORE_EN.search(s, max(cs, fig.start - 45), fig.start)
        if dd is not None and not _YIELD.search(s, dd.end(), fig.start):
            return "nonyield"  # maximum drawdown since launch was about 38%: a loss measure, unsigned
    if (
        run.products
        and all(p.type == "deposit" for p in run.products)
        and _LINKED_LEVEL.search(s, ss, se)
        and _CONDITIONAL.search(s, ss, fig.start)
        and fig.high < 50
    ):
        return "contract"  # 金价高于期初价格时年化2.60%: a structured deposit's contractual payoff
    if _PRINCIPAL_R.match(s, fig.end):
        return "nonyield"  # 100% of your principal back: a share of the principal, not a yield
    if fig.low == fig.high == 100 and _CERTAIN_100_R.match(s, fig.end):
        return "nonyield"  # 百分之百能拿到三个点: how sure, not how much
    if fig.high >= 50 and _LINKED_LEVEL.search(s):
        return "nonyield"  # 期初价格的97%到103%: a barrier on the linked price, not a yield
    if (
        _DEPOSIT_RATE.match(s, fig.end)
        and run.products
        and not any(p.type == "deposit" for p in run.products)
    ):
        return "other_product"  # 4.25% APY: a deposit's rate, shown beside the attached non-deposit product
    left_sent = s[max(ss, fig.start - 20) : fig.start]
    near = s[max(cs, fig.start - 20) : fig.start]
    other = _OTHER_PRODUCT.search(near)
    if other is not None and _own_name_word(run, other.group(), near[other.end() :]):
        other = None  # 黄金结构性存款 for 挂钩黄金…结构性存款: the product's own underlying in its name, not gold itself
    if other is not None or (
        _OTHER_DEPOSIT.search(near) and not any(p.type == "deposit" for p in run.products)
    ):
        if not _LABEL.search(left_sent) or re.search(r"同期|指数|index", left_sent):
            return "other_product"
    if _SAME_PERIOD_BENCHMARK.search(s, cs, fig.start):
        return "other_product"  # the benchmark's return over the same period, shown beside the fund's (§5)
    width = 45 if english else 14
    base = max(cs, fig.start - width)
    clause = s[base : min(ce, fig.end + 10)]
    right_c = s[fig.end : ce]
    fig.yield_word = bool(fig.extra.get("spoken")) or bool(
        _YIELD.search(s[max(ss, fig.start - 12) : min(se, fig.end + 6)])
    )
    label_near = (
        _LABEL.search(s[max(cs, fig.start - (40 if english else 24)) : fig.start]) is not None
        or _LABEL_COLON.search(s, max(ss, fig.start - 24), fig.start) is not None
        or (english and _LABEL_AFTER_EN.match(s, fig.end) is not None)
        or (not english and _LABEL_AFTER_ZH.match(s, fig.end) is not None)
    )
    if english and _english_past(s, fig, base, cs, ce):
        return "historical"
    if _PAST_LEFT.search(s, base, fig.start) and not _FUTURE.search(s, cs, ce):
        return "historical"
    m = _asserted(run, _CERTAIN, clause, base)
    if m is not None:
        fig.ctx_start = min(fig.start, base + m.start())
        if m.group() in _HANDED_OVER and _HEDGE_R.match(s, fig.end):
            return "forward"  # 到手3.5个点左右: what is handed over, hedged, is a forecast, not a promise
        return "certain"
    if (
        _CERTAIN_R.search(right_c)
        or _CERTAIN_R_NEXT.search(s[fig.end : min(se, fig.end + (28 if fig.high < 50 else 16))])
        or _FIXED_AFTER.search(s[fig.end : min(se, fig.end + 40)])
        or _PROMISE_NEXT.search(s[fig.end : min(se, fig.end + 40)])
    ) and not run.negated(fig.start):
        return "certain"
    if _HIST_CLAUSE.search(clause) and not _FUTURE.search(s, cs, ce):
        return "historical"
    if _PAST_RIGHT.match(s, fig.end, min(ce, fig.end + 40)) and not _FUTURE.search(s, cs, ce):
        return "historical"  # up 21% in the past three months / 2.6% … last week: the time word follows
    if _SERIES_R.search(s, fig.end, min(ce, fig.end + 40)) and not _FUTURE.search(s, cs, ce):
        return "historical"  # 5.8% every year since 2015: a record, said of the past
    m = _asserted(run, _FORWARD, clause, base)
    if m is None and english:
        m = _asserted(run, _FORWARD_EN, clause, base)
    if m is not None and not (
        label_near and (_UPTO.fullmatch(m.group()) or _BENCHMARK_PERIOD.fullmatch(m.group()))
    ):
        fig.ctx_start = min(fig.start, base + m.start())
        return "forward"
    if _FORWARD_R.search(right_c) and not run.negated(fig.start):
        return "forward"
    if _FORWARD_TAIL.search(s, fig.end, min(se, fig.end + 30)) and not run.negated(fig.start):
        return "forward"  # 4.5% this cycle, give or take: the hedge follows the figure across a comma
    if label_near:
        return "historical" if HIST_STRONG.search(s, cs, ce) else "benchmark"
    if _HIST_SENT.search(s[max(ss, fig.start - 40) : min(se, fig.end + 20)]):
        return "historical"
    if _LABEL.search(left_sent):
        return "benchmark"
    if fig.yield_word:
        if _RATE.search(s[max(ss, fig.start - 12) : min(se, fig.end + 6)]):
            return (
                "contract" if all(p.type == "deposit" for p in run.products) and run.products else "unlabeled"
            )
        return "unlabeled"
    return "other"


guard_module_regexes(globals())

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
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from .evaluate import _Run

_NUM = r"-?\d+(?:\.\d+)?"
_CNUM = r"[零一二两三四五六七八九十百点]+"
_RANGE = re.compile(rf"(?<![\d.])({_NUM})\s*(?:%|个点)?\s*(?:-|~|～|至|到|—|–)\s*({_NUM})\s*(%|个点|个百分点|percent)")
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


def extract_figures(s: str) -> list[Figure]:
    if not any(ch in s for ch in "%个百") and "percent" not in s and "point" not in s:
        return []
    figures: list[Figure] = []
    mask = bytearray(len(s))  # 1 where a figure was already taken

    def free(a: int, b: int) -> bool:
        return 1 not in mask[a:b]

    def take(a: int, b: int) -> None:
        mask[a:b] = b"\x01" * (b - a)

    for m in _RANGE.finditer(s):
        lo, hi = float(m.group(1)), float(m.group(2))
        if hi < 0 and lo > 0:  # "2.8%-3.6%" read as 2.8 and -3.6
            hi = -hi
        if lo > hi:
            lo, hi = hi, lo
        figures.append(Figure(m.start(), m.end(), lo, hi, True))
        take(m.start(), m.end())
    for m in _SINGLE.finditer(s):
        if free(m.start(), m.end()):
            v = float(m.group(1))
            figures.append(Figure(m.start(), m.end(), v, v, False))
            take(m.start(), m.end())
    for rx, gate in ((_CN_PCT, "百分之"), (_CN_POINTS, "个")):
        if gate not in s:
            continue
        for m in rx.finditer(s):
            if free(m.start(), m.end()):
                v = parse_cn_number(m.group(1))
                if v is not None:
                    figures.append(Figure(m.start(), m.end(), v, v, False))
                    take(m.start(), m.end())
    figures.sort(key=lambda f: f.start)
    return figures


_NONYIELD_L = re.compile(r"计提|提取|分成|报酬|费|费率|仓位|占比|比例|起购|折扣|回撤|波动|权重|不超过|不低于|持仓|首付|税|杠杆|expense|fees?\b|allocation|drawdown|discount|portfolio|load|commission|tax|penalt|weight|stake|ratio|volatility|down|fell|dropped|lost|decline")
_NONYIELD_R = re.compile(r"^\s*(?:的?业绩报酬|的?报酬|的?超额|的?分成|的?仓位|的?资金|的?资产|的?比例|的?份额|赎回费|申购费|管理费|托管费|手续费|的费|费率|折|以内的回撤|的回撤|回撤|的波动|of (?:the |your )?(?:portfolio|assets|fund)|allocation|expense|fee|drawdown|in (?:stocks|bonds|equities))")
_OTHER_PRODUCT = re.compile(r"同类|隔壁|别家|其他银行|某平台|余额宝|国债|通胀|cpi|gdp|指数|沪深300|大盘|a股|股市|上证|深证|创业板|美股|港股|纳指|标普|道指|黄金|债市|基准利率|lpr|房价|\bfed\b|federal reserve|benchmark rate|interest rates?|rate cut|s&p|inflation|treasury|同期业绩比较基准|benchmark returned|index")
_OTHER_DEPOSIT = re.compile(r"存款|定期|活期|存单|储蓄|\bcds?\b|savings")
_CERTAIN = re.compile(r"固定(?:给|拿|有|收益|回报|年化)|雷打不动|年年都|每年都|每期都|次次都|稳定拿|no matter what|稳稳|稳拿|稳赚|到手|至少|最少|起码|保证|肯定|一定|妥妥|铁定|跑不掉|跑不了|锁定|保底|包赚|包你|板上钉钉|guaranteed|at least|locked|for sure|no less than|minimum of")
_FORWARD = re.compile(r"预计|预期|预估|有望|能做到|能拿到|能达到|能到|可达|可以达到|可以做到|可以拿到|估计|应该能|应该有|大概能|争取|最高可达|最多|明年|(?<!以)来年|下一期|下期|我觉得|我估计|我看好|大概能|\bwill\b|should|expect|projected|likely|could|might|up to|on track|going to|see something|next year|we think|i think|i believe|probably")
_HIST_CLAUSE = re.compile(r"(?:it's|is|was|fund's|been) up\b|year to date|ytd|so far this year|this year so far|做到了|涨了|赚了|达到了|实现了|取得了|跌了|拿到了|翻了|跑出了|收益率为|增长率|已到期|累计|returned|made|gained|was up|were up|earned|grew|rose|has returned|delivered|averaged|\bwere\b|\bwas\b|did")
_HIST_SENT = re.compile(r"过去|过往|近\s*\S{1,3}?(?:年|个月|月|周|日|天)|近期|最近|上一?期|上个|上周|去年|前年|今年以来|成立以来|历史|已到期|截至|同期|一季度|二季度|三季度|四季度|上半年|下半年以来|\d{4}\s*年|last (?:year|quarter|month|week)|since inception|over the past|as of|average annual|total return|in (?:19|20)\d\d|(?:19|20)\d\d\b|first year|past (?:year|decade|\d)")
_LABEL = re.compile(r"业绩比较基准|比较基准|基准(?!利率)|benchmark(?! rate)|target")
_YIELD = re.compile(r"年化|收益|回报|利率|利息|分红|涨|赚|yield|return|apy|apr|interest|rate|gain|dividend|pays|earn")
_RATE = re.compile(r"利率|利息|apy|apr|interest|存款|存单|\bcd\b|rate")


def _asserted(run: _Run, rx: re.Pattern[str], clause: str, base: int) -> re.Match[str] | None:
    """The first match of ``rx`` in ``clause`` that is not negated (不是预期收益率, not guaranteed)."""
    for m in rx.finditer(clause):
        if not run.negated(base + m.start()):
            return m
    return None


def classify(run: _Run, fig: Figure) -> str:
    s = run.s
    cs, ce = run.clause_of(fig.start)
    ss, se = run.sentence_of(fig.start)
    left8 = s[max(cs, fig.start - 8) : fig.start]
    right = s[fig.end : min(ce, fig.end + 8)]
    fig.ctx_start = fig.start
    if _NONYIELD_L.search(left8) or _NONYIELD_R.search(right):
        return "nonyield"
    left_sent = s[max(ss, fig.start - 20) : fig.start]
    near = s[max(cs, fig.start - 20) : fig.start]
    if _OTHER_PRODUCT.search(near) or (
        _OTHER_DEPOSIT.search(near) and not any(p.type == "deposit" for p in run.products)
    ):
        if not _LABEL.search(left_sent) or re.search(r"同期|指数|index", left_sent):
            return "other_product"
    clause = s[max(cs, fig.start - 14) : min(ce, fig.end + 10)]
    fig.yield_word = bool(_YIELD.search(s[max(ss, fig.start - 12) : min(se, fig.end + 6)]))
    base = max(cs, fig.start - 14)
    m = _asserted(run, _CERTAIN, clause, base)
    if m is not None:
        fig.ctx_start = min(fig.start, base + m.start())
        return "certain"
    if _HIST_CLAUSE.search(clause):
        return "historical"
    m = _asserted(run, _FORWARD, clause, base)
    if m is not None:
        fig.ctx_start = min(fig.start, base + m.start())
        return "forward"
    if _HIST_SENT.search(s[max(ss, fig.start - 40) : min(se, fig.end + 20)]):
        return "historical"
    if _LABEL.search(left_sent):
        return "benchmark"
    if fig.yield_word:
        if _RATE.search(s[max(ss, fig.start - 12) : min(se, fig.end + 6)]):
            return "contract" if all(p.type == "deposit" for p in run.products) and run.products else "unlabeled"
        return "unlabeled"
    return "other"

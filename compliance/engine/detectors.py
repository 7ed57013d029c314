"""Product-aware and disclosure detectors (rules.md §3.2), run after the lexicon and patterns when their
signal occurs. ``DETECTORS`` is the table ``evaluate`` walks: which signal lets a detector run, whether it
needs an attached product, and whether it runs on chat lines."""

from __future__ import annotations

import re
from collections.abc import Callable

from .facts import norm_name
from .figures import HIST_STRONG, Figure, classify, extract_figures
from .literals import guard_module_regexes
from .packs import CompiledRule
from .structure import TextView, overlaps
from .types import ProductFacts

_LEVEL_CODE = re.compile(r"(?<![a-z0-9])p?r[\s\-‐‑–—]?([1-5])(?![0-9])")
_LEVEL_RANGE = re.compile(r"p?r\s?[1-5]\s*(?:-|~|～|至|到|、|/|或|和|与|and|or|to)\s*p?r\s?[1-5]")
_LEVEL_OTHER = re.compile(
    r"买|购买|高于|低于|超过|不超过|以上|以下|匹配|适合|客户|看看|选择|考虑|关注|了解|留意|换成|其他|别的|或者|above|below|up to|than|c[1-5]|other|instead"
)
# Before a level: compared with another level (R2跟R1差不多), not this product's.
_LEVEL_OTHER_L = re.compile(r"[跟和与比]\s*$")
# After a level: a threshold or alternatives, not this product's level (R1 options instead, R2及以下的产品,
# R3以内的产品).
_LEVEL_OTHER_R = re.compile(
    r"^\s*(?:及?以下|及?以上|或以下|或更低|及?以内|之内|options|alternatives|instead|or (?:below|lower|above|higher)|and (?:below|above)|差不多"
    # The scale's ends (R1 is lowest, R5最高): a description of the scale, not this product's level.
    r"|(?:is |=|为|是)?\s*(?:the )?(?:lowest|highest|safest|riskiest|最低|最高)(?![^,.;，。；]{0,6}(?:fund|product|产品|这款|这只)))"
)
# A level this product is likened to: 跟R3的产品差不多, 也就R2的水平 (not 跟R4的产品比风险更高).
_LEVEL_LIKE_L = re.compile(r"(?:跟|和|与|同|相当于|也就|顶多|最多|就是个?|算是?)\s*$")
_LEVEL_LIKE_R = re.compile(
    r"\s*(?:级)?(?:的)?(?:产品|基金|理财产品|理财|现金管理|现金类|货币基金|货基|存款|定期|债基)?(?:差不多|一样|一个样|没啥区别|没什么区别|没区别|相当|一个水平|一个档次|的水平|水平|那一档)"
)
_LEVEL_LABEL_L = re.compile(r"(?:风险等级|风险评级|产品等级|产品评级)(?:是|为|:|：)?\s*$")
_LEVEL_WHOSE_L = re.compile(r"您|你|客户|本人|我的|自己|测评|承受")
_CN_DIGIT = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5}
_LEVEL_STATED = re.compile(
    r"(?<![a-z0-9])p?r[\s\-‐‑–—]?[1-5](?![0-9])|风险(?:等级|评级)?(?:为|是|:|：)?\s*[一二三四五]级|[一二三四五]级风险"
)
_LEVEL_ANY = re.compile(
    r"(?P<code>(?<![a-z0-9])p?r[\s\-‐‑–—]?[1-5](?![0-9]))"
    # 五级风险里排第二档 / 五级风险体系: the five-level scale, not a level.
    r"|(?P<cn>风险(?:等级|评级)?(?:为|是|:|：)?\s*[一二三四五]级|(?<!分为)(?<!分成)[一二三四五]级风险(?!里|中|体系|分类|划分|等级里|等级中|评级里|评级中))"
    r"|(?P<word>(?P<w>中低|中高|较低|较高|中等|低|中|高)风险)"
    r"|(?P<stated>风险(?:等级|级别|评级)(?:是|为|属于|:|：)\s*(?P<w2>中低|中高|较低|较高|中等|低|中|高)(?![低高等]|风险|于))"
    r"|(?P<en>risk(?: (?:level|rating|category)\s*(?:is|of|:)?|\s*:|[- ]wise,? (?:it's|it is|its|this is|that's|is))\s*(?P<e>low-moderate|low to moderate|moderately low"
    r"|moderate-high|moderately high|medium-high|low|moderate|medium|high)\b)"
    r"|(?P<en2>(?:a|an|is|it's|its|'s)\s+(?P<e2>low-moderate|moderate-high|medium-high|moderate|medium|low|high)[- ]risk"
    r"\b(?! tolerance| profile| appetite| investors?| clients?| customers?))"
    r"|(?P<en3>(?:rates?|rated|ranks?|ranked|scores?|scored|comes? in|came in|sits?|lands?) (?:as |at )?(?:an? )?"
    r"(?P<e3>low-moderate|moderate-high|medium-high|moderate|medium|low|high)(?:[- ]risk)? on (?:our|the|its|a|their) "
    r"(?:risk |internal |five-point |5-point )?(?:scale|ladder|spectrum|meter))"
    r"|(?P<en4>(?:an? |the )(?P<e4>one|two|three|four|five|[1-5])(?: out of (?:five|5))? on (?:a|our|the|its) "
    r"(?:five-point |5-point |1-to-5 |one-to-five )?(?:risk )?scale)"
)
_EN_SCALE_WORD = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_LEVEL_WORD_MAP = {"低": 1, "中低": 2, "较低": 2, "中": 3, "中等": 3, "中高": 4, "较高": 4, "高": 5}
_LEVEL_WORD_OF_PRODUCT = re.compile(
    r"(?:的)?(?:稳健)?(?:封闭式|开放式|定开|固收|现金管理类?|纯债|短债|[\u4e00-\u9fff]{1,2}类)?(?:产品|理财|之选|品种|基金|选择)"
)
_LEVEL_WORD_STATED = re.compile(r"(?:是|为|属于|等级|评级|[（(]|r[1-5])\s*$")
_EN_LEVEL_MAP = {
    "low": 1,
    "low-moderate": 2,
    "low to moderate": 2,
    "moderately low": 2,
    "moderate": 3,
    "medium": 3,
    "moderate-high": 4,
    "moderately high": 4,
    "medium-high": 4,
    "high": 5,
}
_NAME_EN = re.compile(
    r"\b(?:(?i:client|customer|investor|thanks to|thank you|thanks|shout-?out to|congrats to|congratulations to|congrats"
    r"|congratulations|welcome back,?|welcome|hi|hello|hey)\s+"
    r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?|(?:Mr|Mrs|Ms|Dr)\.?\s+)([A-Z][a-z]+)(?:\s+([A-Z][a-z]+))?"
)
_PII_TAIL_EN = re.compile(
    r"(?:account|card|acct)\.?\s*(?:number|no\.?|ending(?: in)?|#)?\s*\d{3,}|balance of \$|\(?\b[2-9]\d{2}\)?[-. ]\d{3}[-. ]\d{4}\b"
    r"|just (?:bought|invested|moved|put|opened|added|wired|rolled|transferred)|balance (?:is|of)|holdings? (?:is|are|of)"
    r"|\b(?:your|his|her|their) \$\s?\d|\bfrom [A-Za-z]+ (?:Street|Avenue|Road|Lane|Drive|street|avenue|road|lane|drive)\b|\b\d+ [a-z]+ (?:street|st|avenue|ave|road|rd|lane|ln|drive|dr|blvd|boulevard|court|ct|way|place|pl)\b|401\(k\)"
)
# A customer addressed by name in chat (@王海燕) followed by what they hold.
_AT_NAME = re.compile(r"@[\u4e00-\u9fff]{2,4}")
_HOLDING_ZH = re.compile(
    r"(?:持仓|余额|躺着|账户|存着|买了|投了|认购了|追加了|卡里|活期|定期)[^，,。!！?？]{0,8}?\d+(?:\.\d+)?\s*(?:万|千|元|块|w)"
)


_LEVEL_DENIED = re.compile(
    r"(?:不是|而不是|并非|而非|不属于|not (?:an? )?|rather than (?:an? )?|instead of (?:an? )?)$"
)


def _bench_text(products: list[ProductFacts]) -> str:
    parts = []
    for p in products:
        if p.benchmark_min is not None and p.benchmark_max is not None:
            parts.append(f"{p.benchmark_min:g}%-{p.benchmark_max:g}%")
    return "、".join(parts)


def _fact_mismatch(run: TextView, start: int, end: int) -> None:
    """Report a product fact said otherwise than the attached product's, with its benchmark in the message."""
    run.add("claim.product_fact_mismatch", start, end, fmt={"benchmark": _bench_text(run.products)})


def _first_segment_end(s: str) -> int:
    m = re.search(r"[。!！?？\n|｜]", s)
    end = m.start() if m else len(s)
    return max(1, min(end, 60, len(s)))


_CONTRACT_TERMS = re.compile(
    r"合同约定|合同写明|合同载明|保险合同|保证利益|保证部分|contract|contractual|by the insurer|insurance company|guaranteed minimum"
)
_CN_NUM = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_TERM = re.compile(
    r"(\d+|[一二两三四五六七八九十半]+)\s*(天|日|个月|月|年)\s*(?:持有期|封闭期|封闭式|封闭运作|定开|定期开放|锁定期)"
)
# The term said in other words (持有期是90天 / 一个月就能赎回): compared with the name's term like _TERM. The second form
# is found from its verb, then the number is read just before it (a number-led regex would try every position).
_TERM_SAID = re.compile(
    r"(?:持有期|封闭期|锁定期|封闭期限|期限)(?:是|为|只有|只要|就|才|也就|一共|总共|只是)?\s*(\d+|[一二两三四五六七八九十半]+)\s*(天|日|个月|月|年)"
)
# More ways of saying a term (round 7): 持有满180天 / 九个月开放一次 / 这款结构性存款是182天的 / 半年的最短持有期.
_TERM_OTHER = (
    re.compile(
        r"(?:持有满|持满|封闭满|锁定满|[需须要]持有)\s*(\d+|[一二两三四五六七八九十半]+)\s*(天|日|个月|月|年)"
    ),
    re.compile(r"(\d+|[一二两三四五六七八九十半]+)\s*(天|日|个月|月|年)(?:才)?(?:开放一次|开一次|一开放)"),
    re.compile(
        r"(?:结构性存款|存款|理财|产品|这款|这期|这只)(?:期限)?(?:是|为)\s*(\d+|[一二两三四五六七八九十半]+)\s*(天|日|个月|月|年)(?:的|期)"
    ),
    re.compile(r"(\d+|[一二两三四五六七八九十半]+)\s*(天|日|个月|月|年)的?(?:最短|最低)(?:持有期|持有)"),
)
# A product name's term when it names none of _TERM's kinds (汇利挂钩黄金91天结构性存款).
_NAME_TERM = re.compile(
    r"(\d+|[一二两三四五六七八九十半]+)\s*(天|个月|年)(?=结构性存款|定期|存款|理财|固收|最短|最低|$)"
)
_REDEEM_VERB = re.compile(r"(?:后)?(?:就能|就可以|便能|便可|即可|就)(?:赎回|取出|取钱|卖|退出|拿回|申请赎回)")
_TERM_BEFORE = re.compile(r"(\d+|[一二两三四五六七八九十半]+)\s*(天|日|个月|月|年)$")


_HELD_FOR = re.compile(r"满|持有|封闭|锁定")


class _SaidTerm:
    """A term said in other words, seen through _TERM's groups (number, unit)."""

    def __init__(self, number: str, unit: str, start: int, end: int, redeemable: bool) -> None:
        self._groups = (number, unit)
        self._start, self._end = start, end
        self.redeemable = redeemable  # "N天就能赎回", not "持有期是N天"

    def group(self, i: int) -> str:
        return self._groups[i - 1]

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end


def _said_terms(s: str) -> list[_SaidTerm]:
    said = [_SaidTerm(m.group(1), m.group(2), m.start(), m.end(), False) for m in _TERM_SAID.finditer(s)]
    for rx in _TERM_OTHER:
        said += [_SaidTerm(m.group(1), m.group(2), m.start(), m.end(), False) for m in rx.finditer(s)]
    for v in _REDEEM_VERB.finditer(s):
        n = _TERM_BEFORE.search(s, max(0, v.start() - 8), v.start())
        if n is not None:
            said.append(_SaidTerm(n.group(1), n.group(2), n.start(), v.end(), True))
    return said


def _same_term(days: int, terms: set[int | None]) -> bool:
    """Half a year is 180 days, twelve months a year: terms within 5 % (at least 5 days) are the same term."""
    return any(t is not None and abs(days - t) <= max(5, t * 0.05) for t in terms)


def _term_days(m: re.Match[str] | _SaidTerm) -> int | None:
    number, unit = m.group(1), m.group(2)
    if number == "半":
        value = 0.5
    else:
        try:
            value = float(number)
        except ValueError:
            parsed = _CN_NUM.get(number)
            if parsed is None and len(number) == 2 and number[0] == "十":
                parsed = 10 + _CN_NUM.get(number[1], 0)
            if parsed is None:
                return None
            value = float(parsed)
    scale = {"天": 1, "日": 1, "个月": 30, "月": 30, "年": 365}[unit]
    return int(round(value * scale))


# The lock-up's end named after an English liquidity phrase ("whenever you like after the holding period ends").
_AFTER_LOCKUP_EN_R = re.compile(
    r"[^.!?\n]{0,30}?\b(?:after|once|when) (?:the |its |your |that |this )?(?:[a-z0-9-]+ ){0,3}?"
    r"(?:period|term|lock-?up|hold|days|months|year|maturity)\b(?! (?:of|if)\b)|[^.!?\n]{0,30}?\b(?:at|after) maturity\b"
)
_AFTER_LOCKUP = re.compile(
    r"(?:满|到期|期满|届满|开放日|开放期|结束)[^，,。!！?？]{0,8}(?:后|以后|之后)|after (?:the )?(?:holding|lock-?up|closed) period"
)


def detect_figures(run: TextView, figure_patterns: list[tuple[str, int, int]]) -> None:
    s = run.s
    figures = extract_figures(s)
    protected = run.any_protected()
    deposits_only = bool(run.products) and all(p.type == "deposit" for p in run.products)
    certain_spans: list[tuple[int, int]] = []
    for fig in figures:
        if run.in_prohibitive_quote(fig.start, fig.end) or run.reported(fig.start):
            continue
        fig.cls = classify(run, fig)
    # Certainty phrasing found by the pack's figure patterns (至少拿3.1%, 4.8%稳稳到手).
    for code, a, b in figure_patterns:
        inside = [f for f in figures if a <= f.start and f.end <= b]
        values = [f for f in inside if f.cls not in ("nonyield", "other_product")]
        if inside and not values:
            continue
        if values and _contractual(run, values, protected, deposits_only):
            for f in values:
                f.cls = "contract"
            continue
        for f in values:
            f.cls = "certain"
        certain_spans.append((a, b))
        run.add(code, a, b)

    # A forecast or a promise the patterns found (我看能冲到, 也不稀奇, you can bank on): a figure in its clause with no
    # class of its own is the figure forecast or promised, compared with the max (rules.md §2.4).
    claimed = [(a, b) for code, a, b, _, _ in run.hits if code in _CLAIM_CODES] if run.products else []
    benchmark_quotes: list[Figure] = []
    for fig in figures:
        if (
            run.products
            and fig.cls is not None
            and fig.cls not in ("nonyield", "other_product", "historical")
        ):
            _misquoted_bound(run, fig, fig.cls)
        if fig.cls == "other" and fig.is_range and run.products and _own_range(run, fig):
            _compare_benchmark(
                run, fig, "contract"
            )  # Granite pays between 0.5% and 6.0% a year: its range, quoted
            continue
        if claimed and fig.cls in ("other", "unlabeled") and fig.high < 20:
            cs, ce = run.clause_of(fig.start)
            if any(a < ce and b > cs for a, b in claimed):
                _compare_benchmark(run, fig, "forward")
                continue
        if fig.cls is None or fig.cls in ("nonyield", "other", "other_product"):
            continue
        cls: str = fig.cls
        if cls == "certain":
            if _contractual(run, [fig], protected, deposits_only):
                cls = "contract"
            elif not overlaps(certain_spans, fig.start, fig.end):
                run.add("promise.guaranteed_return", fig.ctx_start, fig.end)
        if cls == "forward":
            if deposits_only and _within_max(run, fig):
                cls = "contract"
            elif not _same_sentence_as_certain(run, fig, figures):
                # 最少拿1.3%，最多2.6%: the upper figure belongs to the certain claim, not to a forecast.
                run.add("performance.prediction", fig.ctx_start, fig.end)
        if cls == "historical" and (
            (deposits_only and (_deposit_rate_as_agreed(run, fig) or _labelled_rate_now(run, fig)))
            or (protected and _named_bound(run, fig))
        ):
            cls = "contract"  # 年利率1.45%，合同期内固定不变: the deposit's agreed rate, not a past result
        if cls in ("unlabeled", "historical") and fig.is_range and _is_benchmark_range(run, fig):
            cls = "benchmark"  # 业绩比较基准：以…加点测算，年化1.5%-2.1% / 历年的基准都有调整，今年是…: the product's own range
        if cls == "historical":
            run.add("performance.past_without_disclaimer", fig.start, fig.end, fmt={"_needs": "past"})
            run.add("performance.period_missing", fig.start, fig.end, fmt={"_needs": "period"})
            continue
        if cls == "benchmark":
            benchmark_quotes.append(fig)
        if cls == "unlabeled" and run.kind in ("product_card", "announcement") and not deposits_only:
            run.add("performance.prediction", fig.start, fig.end)
        if run.products and cls in ("benchmark", "forward", "certain", "unlabeled", "contract"):
            _compare_benchmark(run, fig, cls)

    if benchmark_quotes and not deposits_only:
        run.add(
            "disclosure.benchmark_disclaimer_missing",
            benchmark_quotes[0].start,
            benchmark_quotes[0].end,
            fmt={"_needs": "benchmark"},
        )


_CLAIM_CODES = frozenset(("performance.prediction", "promise.guaranteed_return"))


def _is_benchmark_range(run: TextView, fig: Figure) -> bool:
    """The range is exactly an attached product's benchmark and the text names the benchmark."""
    return "业绩比较基准" in run.s[: fig.start] and any(
        p.benchmark_min is not None
        and p.benchmark_max is not None
        and abs(fig.low - p.benchmark_min) <= 0.005
        and abs(fig.high - p.benchmark_max) <= 0.005
        for p in run.products
    )


def _same_sentence_as_certain(run: TextView, fig: Figure, figures: list[Figure]) -> bool:
    ss, se = run.sentence_of(fig.start)
    return any(f is not fig and f.cls == "certain" and ss <= f.start < se for f in figures)


def _deposit_rate_as_agreed(run: TextView, fig: Figure) -> bool:
    """A deposit's figure equal to one of its agreed rates (the facts' bounds), with no past marker in its sentence:
    a year in the issue's name (2025年第21期) or a structured deposit's floor is not a past result (§3.2.10)."""
    ss, se = run.sentence_of(fig.start)
    if HIST_STRONG.search(run.s, ss, se):
        return False
    return any(
        abs(fig.high - bound) < 0.005 and abs(fig.low - bound) < 0.005
        for p in run.products
        for bound in (p.benchmark_min, p.benchmark_max)
        if bound is not None
    )


_BOUND_AFTER = re.compile(
    r"\s*(?:a year |per year |annual |annualized )?(?:floor|cap|minimum|maximum)\b|\s*的?(?:保底|封顶|上限|下限)"
)


def _named_bound(run: TextView, fig: Figure) -> bool:
    """A protected product's floor or cap named as such (Granite's 0.5% floor, 保底1.1%) and equal to the facts: the
    contract's term, though the sentence tells a past index move beside it."""
    cs, _ = run.clause_of(fig.start)
    named = _BOUND_AFTER.match(run.s, fig.end) is not None or _BOUND_WORD.search(
        run.s, max(cs, fig.start - 12), fig.start
    )
    return bool(named) and any(
        abs(fig.high - b) < 0.005
        for p in run.products
        if p.principal_protected
        for b in (p.benchmark_min, p.benchmark_max)
        if b is not None
    )


def _labelled_rate_now(run: TextView, fig: Figure) -> bool:
    """A deposit's rate named by its label (年利率1.7%) in a clause with no past marker: this deposit's rate, though
    the sentence goes on to compare it with an earlier issue (，比上期还高)."""
    cs, ce = run.clause_of(fig.start)
    return (
        _RATE_LEFT.search(run.s[max(cs, fig.start - 12) : fig.start]) is not None
        and HIST_STRONG.search(run.s, cs, ce) is None
    )


def _within_max(run: TextView, fig: Figure) -> bool:
    return any(p.benchmark_max is not None and fig.high <= p.benchmark_max + 0.005 for p in run.products)


def _contractual(run: TextView, figs: list[Figure], protected: bool, deposits_only: bool) -> bool:
    """Certain figures that are contractual: a deposit's rate, a protected product's floor (§3.2.10)."""
    # Insurance guaranteed benefits stated as the contract's (保证利益以合同约定为准, guaranteed by the contract).
    if any(p.type == "insurance" for p in run.products) and figs:
        ss, se = run.sentence_of(figs[0].start)
        if _CONTRACT_TERMS.search(run.s, ss, se):
            return True
    for f in figs:
        ok = False
        for p in run.products:
            if p.principal_protected and p.benchmark_min is not None and f.high <= p.benchmark_min + 0.005:
                ok = True
            if (
                p.principal_protected
                and p.benchmark_max is not None
                and f.high <= p.benchmark_max + 0.005
                and _CAP_LEFT.search(run.s[max(0, f.start - 24) : f.start])
            ):  # "a minimum of 0.5% and a cap of 6.0%": the contract's cap is a limit, not a promise
                ok = True
            if (
                p.type == "deposit"
                and p.benchmark_min is not None
                and p.benchmark_min == p.benchmark_max
                and p.benchmark_max is not None
                and f.high <= p.benchmark_max + 0.005
            ):
                ok = True
        if not ok:
            return False
    return True


# A limit named before a protected product's figure: "a cap of 6.0%", "capped at", "a maximum of", "caps it at",
# 保底1.3%到最高2.6%.
_CAP_LEFT = re.compile(
    r"\b(?:caps?|capped|maximum|max|ceiling|at most|no more than)\b(?: it| out)?(?: of| at| is)?\s*$"
    r"|(?:最高|上限|封顶|最多)(?:是|为|可达|能到|到)?(?:年化)?\s*$"
)


# A deposit's rate named beside the figure: "pays 4.05% APY", "the rate is 4.05%".
# (Used with ``match(s, pos)``: no ``^``, which would only match at the start of the whole text.)
_RATE_RIGHT = re.compile(
    r"\s*(?:(?:apy|apr|annual percentage yield|a year|per year|annually|interest|rate)\b|的?(?:年利率|利率|年息))"
)
_RATE_LEFT = re.compile(
    r"(?:\b(?:pays?|paying|rate(?:'s| is)?|apy(?: is| of)?|yield(?:s|ing)?|earns?|earning)\s*(?:of |is |at )?"
    # 年利率1.55% / 利率是1.55% / 存款利率为 / 付息: a deposit's rate named in Chinese.
    r"|(?:年利率|利率|年息|利息|付息|计息)(?:是|为|都是|只有|有|能有|:|：)?\s*(?:年化)?\s*)$"
)


def _misquoted_deposit_rate(run: TextView, fig: Figure) -> bool:
    """A fixed-rate deposit (its only product) quoted at a lower rate than its contract's ("the 18-month CD pays 4.05%
    APY" for 4.15%): the rate is a product fact misquoted. A higher figure is already yield_exceeds_benchmark."""
    if len(run.products) != 1:
        return False
    p = run.products[0]
    if p.type != "deposit" or p.benchmark_max is None or p.benchmark_min != p.benchmark_max:
        return False
    if fig.high >= p.benchmark_max - 0.005:
        return False
    s = run.s
    if not (_RATE_RIGHT.match(s, fig.end) or _RATE_LEFT.search(s[max(0, fig.start - 24) : fig.start])):
        return False
    cs, _ = run.clause_of(fig.start)
    return _OTHER_RATE.search(s, cs, fig.start) is None  # "savings accounts pay 0.5%": another product's rate


_OTHER_RATE = re.compile(
    r"savings|checking|money market|treasur|t-bills?|inflation|national average|other banks?|competitor|online banks?"
    r"|high-yield|brokered|\bfed\b|prime|mortgage|loans?|last year|used to|was paying|old rate|previous|promo|teaser"
    r"|活期|提前支取|别家|其他银行|他行|上一期|上期|前几期|往期|之前|以前|去年|国债|货基|余额宝|贷款|房贷|通胀|lpr"
)


def _compare_benchmark(run: TextView, fig: Figure, cls: str) -> None:
    maxes = [p.benchmark_max for p in run.products if p.benchmark_max is not None]
    if not maxes:
        return
    if cls == "unlabeled" and not fig.yield_word:
        return
    if all(fig.high > m + 0.005 for m in maxes):
        fmt = {"benchmark": _bench_text(run.products)}
        run.add("claim.yield_exceeds_benchmark", fig.start, fig.end, fmt=fmt)
        return
    if not fig.is_range and _misquoted_deposit_rate(run, fig):
        _fact_mismatch(run, fig.start, fig.end)
        return
    if fig.is_range and (cls == "benchmark" or (cls in ("contract", "unlabeled") and _own_range(run, fig))):
        matches = any(
            p.benchmark_min is not None
            and p.benchmark_max is not None
            and abs(fig.low - p.benchmark_min) <= 0.005
            and abs(fig.high - p.benchmark_max) <= 0.005
            for p in run.products
        )
        if not matches:
            _fact_mismatch(run, fig.start, fig.end)


# A range said as the product's own rate or return (收益区间为年化1.3%-3.2%, Interest: 1.0%–6.5% a year): its bounds
# are the contract's or the benchmark's, quoted.
_RANGE_LABEL = re.compile(
    r"区间|范围|年化|利率|收益率|收益|利息|interest|rate|a year|per year|annual|p\.a\.|range|pays?|paying|between"
)


def _own_range(run: TextView, fig: Figure) -> bool:
    ss, se = run.sentence_of(fig.start)
    if _LIST_BEFORE.search(run.s, max(ss, fig.start - 12), fig.start) or HIST_STRONG.search(run.s, ss, se):
        return False  # 2.9%, 3.3%, 3.2% and 2.7%: the last two of a list of past issues, not a range
    return (
        any(p.benchmark_min is not None and p.benchmark_max is not None for p in run.products)
        and _RANGE_LABEL.search(run.s, max(ss, fig.start - 20), min(se, fig.end + 12)) is not None
    )


_LIST_BEFORE = re.compile(r"\d\s*(?:%|个点)?\s*[,，、]\s*$")


# A bound named before a single figure: the floor (保底1.1%, a floor of 0.5%) or the cap (封顶3.2%, capped at 6.5%).
# Not 至少/at least: a minimum said of what the customer gets is a promise (§2.2), not the contract's floor quoted.
_BOUND_WORD = re.compile(
    r"(?P<floor>保底|最低|下限|\bfloor\b|\bminimum\b|low end|lower bound)"
    r"|(?P<cap>封顶|上限|最高|顶格|\bcaps?\b|\bcapped\b|\bceiling\b|\bmaximum\b|\bmax\b|\bat most\b|high end|upper bound|top end)"
)
_BENCH_NEAR = re.compile(r"业绩比较基准|比较基准|基准|benchmark")
_UNDERLYING = re.compile(
    r"指数|沪深|中证|上证|金价|黄金|汇率|油价|涨|跌|index|s&p|nasdaq|dow|gold|price|rall|ris|fall|drop|gain|return"
)


def _misquoted_bound(run: TextView, fig: Figure, cls: str) -> None:
    """A structured deposit's (or a benchmark's) floor or cap quoted alone, differently from the facts: a floor of
    1.0% for 1.1%, capped at 6.0% for 6.5% (rules.md §2.16; a cap above the max exceeds it, §2.4)."""
    if fig.is_range or len(run.products) != 1:
        return
    p = run.products[0]
    lo, hi = p.benchmark_min, p.benchmark_max
    if lo is None or hi is None or hi - lo < 0.005:
        return
    s = run.s
    cs, _ = run.clause_of(fig.start)
    last = None
    for m in _BOUND_WORD.finditer(s, max(cs, fig.start - 20), fig.start):
        last = m
    if last is None or run.negated(last.start()):
        return
    if not p.principal_protected and _BENCH_NEAR.search(s, max(0, fig.start - 40), fig.start) is None:
        return  # a wealth product's "最高3.2%" is a forecast's ceiling unless the benchmark is named
    if fig.high >= 20 or _UNDERLYING.search(s, max(cs, last.start() - 8), fig.start):
        return  # 沪深300最高涨到20%, the index's maximum: the underlying's move, not the product's bound
    v = fig.high
    if last.group("floor"):
        if abs(v - lo) > 0.005 and v < hi - 0.005:
            _fact_mismatch(run, last.start(), fig.end)
    elif v > hi + 0.005:
        if cls == "other":  # a cap above the max, with no yield word to classify it by
            run.add(
                "claim.yield_exceeds_benchmark",
                last.start(),
                fig.end,
                fmt={"benchmark": _bench_text(run.products)},
            )
    elif v < hi - 0.005 and v > lo + 0.005:
        _fact_mismatch(run, last.start(), fig.end)


# The customer's own profile named just before a level word: the word describes the customer.
_OF_THE_CUSTOMER = re.compile(
    r"\b(?:your (?:risk )?(?:profile|rating|tolerance|questionnaire|assessment|score|appetite|result)(?:'s| is| came back| says| shows)?"
    r"|you(?:'re| are)(?: more| a bit| fairly| pretty| very)?|you (?:said|told us|scored|came back))\s*(?:as |at )?$"
)


# After an understating word: a kind of customer ("low-risk investors", "conservative savers"), not the product.
_UNDERSTATE_OF_PERSON = re.compile(
    r"[- ]?(?:investors?|savers?|clients?|customers?|folks|people|buyers?|retirees|households|profiles?|tolerances?"
    r"|appetites?)\b"
)


def _turns_elsewhere(run: TextView, at: int) -> bool:
    """The sentence turns the customer to another, lower-risk product (the suitability rule's ``other_product_en``)."""
    rule = run.pack.rules.get("suitability.product_above_customer_risk")
    other = rule.regexes.get("other_product_en") if rule is not None else None
    if other is None:
        return False
    ss, se = run.sentence_of(at)
    m = other.search(run.s, ss, se)
    if m is None or run.s[max(ss, m.start() - 5) : m.start()].endswith(("like ", "as ")):
        return False  # "moderate, like a balanced fund": an analogy describing this product
    return _TURN.search(run.s, ss, se) is not None


# Words that turn a sentence to an alternative (would suit, instead, a better fit, or, if you like we can look at).
_TURN = re.compile(
    r"\b(?:instead|would|better|suits?|fits?|match(?:es)?|rather|alternatives?|or|if you (?:want|like|prefer|'d like)|we (?:can|could) (?:look at|go over|consider|talk about))\b"
)


def detect_levels(run: TextView) -> None:
    """Stated risk levels against the product's (rules.md §3.2.6)."""
    s = run.s
    levels = [p.level for p in run.products if p.level is not None]
    if not levels:
        return
    actual = set(levels)
    fmt = {"level": "/".join(map(str, sorted(actual)))}
    ranges: list[tuple[int, int]] | None = None
    for m in _LEVEL_ANY.finditer(s):
        a, b = m.start(), m.end()
        kind = m.lastgroup
        if kind == "code":
            if ranges is None:
                ranges = [(x.start(), x.end()) for x in _LEVEL_RANGE.finditer(s)]
            if overlaps(ranges, a, b):
                continue
            cs, _ = run.clause_of(a)
            value = int(s[b - 1])
            likened = (
                value < min(actual)
                and _LEVEL_LIKE_L.search(s, max(cs, a - 4), a) is not None
                and _LEVEL_LIKE_R.match(s, b) is not None
                and not _LEVEL_CODE.search(s, max(cs, a - 6), a)
                and not run.negated(a)
            )  # 实际上跟R3的产品差不多 / 其实也就R2的水平: this product likened to a lower level (not R2跟R1…)
            # 这款风险等级是R2，很适合…: a level labelled as the product's is its level whatever follows it
            # (not 您的风险等级是R2, the customer's).
            labelled = _LEVEL_LABEL_L.search(s, max(cs, a - 8), a) is not None and not _LEVEL_WHOSE_L.search(
                s, max(cs, a - 12), a
            )
            if not likened and (
                _LEVEL_OTHER.search(s, max(cs, a - 5), a)
                or _LEVEL_OTHER_L.search(s, max(cs, a - 2), a)
                or (not labelled and _LEVEL_OTHER.search(s[b : b + 4]))
                or _LEVEL_OTHER_R.search(s[b : b + 14])
            ):
                continue  # a customer level or a threshold (C3及以上, 买R4的产品), not this product's
        elif kind == "cn":
            value = _CN_DIGIT[next(c for c in m.group() if c in _CN_DIGIT)]
        elif kind == "word":
            value = _LEVEL_WORD_MAP[m.group("w")]
            if s[max(0, a - 1) : a] in ("更", "较") or s.startswith("更", a):
                continue  # 更高风险的产品 / 风险更高: a comparison with another product, not this one's level
            stated = bool(_LEVEL_WORD_STATED.search(s, max(0, a - 4), a)) or bool(
                _LEVEL_WORD_OF_PRODUCT.match(s, b)
            )  # 低风险稳健之选 / 低风险的产品: the level describes the product offered
            if not ((stated and value not in actual) or (value < min(actual) and min(actual) >= 3)):
                continue
            code_before = _LEVEL_CODE.search(s, max(0, a - 4), a)
            if code_before and int(code_before.group(1)) == value and value in actual:
                continue
            if run.negated(a):
                continue
        elif kind == "stated":  # 风险等级是中低: the level named in words after its label
            value = _LEVEL_WORD_MAP[m.group("w2")]
            if run.negated(a):
                continue
        elif kind == "en3":  # "Cedar rates as moderate on our scale": a level in words on the bank's scale
            value = _EN_LEVEL_MAP[m.group("e3")]
            if run.negated(a):
                continue
        elif kind == "en4":  # "about a three on a five-point risk scale"
            value = _EN_SCALE_WORD.get(m.group("e4")) or int(m.group("e4"))
            if run.negated(a):
                continue
        elif kind == "en2":  # "a moderate-risk fund": a level stated in words, understated for an R3+ product
            value = _EN_LEVEL_MAP[m.group("e2")]
            if not (value < min(actual) and min(actual) >= 3) or run.negated(a):
                continue
        else:
            value = _EN_LEVEL_MAP[m.group("e")]
        if _LEVEL_DENIED.search(s, max(0, a - 8), a):
            continue  # 是R2，不是R1 / an R2, not an R1: the level named is the one denied
        if value < min(actual) and _turns_elsewhere(run, a):
            continue  # "Cedar isn't a fit; a CD or our R2 income product would suit you": another product's level
        if value not in actual and not run.in_prohibitive_quote(a, b):
            run.add("claim.risk_level_mismatch", a, b, fmt=fmt)
    if min(actual) >= 3:
        for i, j in run.signals.get("understate", ()):
            if run.negated(i) or run.in_prohibitive_quote(i, j):
                continue
            if _OF_THE_CUSTOMER.search(run.s, max(0, i - 40), i):
                continue  # "if your profile is conservative": the customer's level, not the product's
            if _UNDERSTATE_OF_PERSON.match(run.s, j):
                continue  # "low-risk investors should look elsewhere": a kind of customer, not this product
            run.add("claim.risk_level_mismatch", i, j, fmt=fmt)


# A call to buy that denies itself ("I can't put it in front of you as a recommendation"); "why not try" still calls.
_CALL_DENIED = re.compile(
    r"\b(?:can't|cannot|can not|won't|will not|wouldn't|would not|shouldn't|should not|don't|do not|(?<!why )(?<!reason )not)\b"
)


# A call denied right after it (买一点也不行, 哪怕入一点也不合适).
_CALL_DENIED_AFTER = re.compile(r"\s*(?:也|都)?(?:不行|不合适|不可以|不能|不允许|不建议|不要|别)")


def _pushed_past(rule: CompiledRule, s: str, refusal_end: int, call: int) -> bool:
    """An English call to buy that follows the acknowledged gap after a contrast ("it's above your risk level,
    but you should go for it") recommends anyway: the refusal does not cover it, unless the call turns to another,
    suitable product ("…, but a lower-risk fund would suit you"). The word lists are the rule's ``push_past_en``
    and ``redirect_en`` (packs/english.yaml)."""
    push_past = rule.regexes.get("push_past_en")
    if refusal_end > call or push_past is None:
        return False
    push = push_past.search(s, refusal_end, call)
    if push is None:
        return False
    redirect = rule.regexes.get("redirect_en")
    return redirect is None or redirect.search(s, push.end(), min(len(s), call + 60)) is None


def detect_suitability(run: TextView) -> None:
    """A recommendation (not a refusal) of a product rated above the customer (rules.md §3.2.9)."""
    above = [
        p for p in run.products if p.level is not None and run.customer is not None and p.level > run.customer
    ]
    if not above or not run.applies("suitability.product_above_customer_risk"):
        return
    refusals = run.signals.get("refuse", [])
    rule = run.pack.rules["suitability.product_above_customer_risk"]
    calls = list(run.signals.get("recommend", ()))
    other = rule.regexes.get("other_product_en")
    rx = rule.regexes.get("recommend_re")
    if rx is not None:  # calls to buy in any wording (先配一点, 要不要我帮您下单, start with $10k)
        calls += [(m.start(), m.end()) for m in rx.finditer(run.s)]
    for i, j in sorted(calls):
        if (
            overlaps(refusals, i, j)
            or run.negated(i)
            or _CALL_DENIED.search(run.s, i, j)
            or run.in_prohibitive_quote(i, j)
            or _CALL_DENIED_AFTER.match(run.s, j)
        ):
            continue  # refused, denied, or a viewer's quoted question (留言：“能不能帮我买点…？”)
        ss, se = run.sentence_of(i)
        if other is not None and other.search(run.s, ss, se):
            continue  # a sentence turning the customer to a lower-risk product (``other_product_en``)
        if any(ss <= a < se and not _pushed_past(rule, run.s, b, i) for a, b in refusals):
            continue
        run.add(
            "suitability.product_above_customer_risk",
            i,
            j,
            fmt={"level": above[0].level, "customer": run.customer},
        )
        return


def detect_disclosures(run: TextView) -> None:
    s = run.s
    non_deposit = [p for p in run.products if p.type in ("wmp", "fund", "insurance")]
    if not non_deposit:
        return
    first_end = _first_segment_end(s)
    rule = run.pack.rules.get("disclosure.risk_warning_missing")
    if rule is not None and run.kind in rule.kinds:
        any_en = rule.regexes.get("warn_any_en")
        for p in non_deposit:
            rx = rule.regexes.get(f"warn_{p.type}")
            ok = bool((rx and rx.search(s)) or (any_en and any_en.search(s)))
            if not ok:
                texts = rule.data.get("texts_zh") or {}
                run.add(
                    "disclosure.risk_warning_missing", 0, first_end, fmt={"warning": texts.get(p.type, "")}
                )
                break
    rule = run.pack.rules.get("disclosure.risk_level_missing")
    if rule is not None and run.kind in rule.kinds:
        need = [p for p in non_deposit if p.type in ("wmp", "fund") and p.level is not None]
        if need and not _LEVEL_STATED.search(s):
            run.add("disclosure.risk_level_missing", 0, first_end, fmt={"level": need[0].level})


# A liquid product named just before a liquidity phrase: the phrase describes that product, not this one (a
# structured or time deposit is not liquid: 结构性存款91天，中途随时可以支取 is said of a locked product).
_OTHER_LIQUID = re.compile(
    r"余额宝|货币基金|货基|活期|(?<!结构性)(?<!定期)存款|现金管理|零钱|money market|savings account|checking|\bcds?\b"
)


# The English liquidity grammars run only on text with English words in it (a Chinese script skips them).
_ENGLISH_WORDS = re.compile(r"[a-z]{2,} [a-z]{2,} [a-z]{2,}")


# This product likened to the other one (跟余额宝一样): the liquidity that follows is claimed for this product.
_LIKENED = re.compile(r"(?:跟|和|像|同)[^，,。]{0,8}(?:一样|似的|差不多|类似|一个样)")


def _denied_lockup(run: TextView, liquidity: re.Pattern[str]) -> bool:
    """Report the first liquidity claim that denies the lock-up; True when one was reported. Only the sentences
    holding a liquidity signal word are searched (a long script has a handful of them)."""
    s = run.s
    ranges: list[tuple[int, int]] = []
    for a, _ in run.signals.get("liquidity", ()):
        ss, se = run.sentence_of(a)
        if ranges and ss <= ranges[-1][1]:
            ranges[-1] = (ranges[-1][0], max(se, ranges[-1][1]))
        else:
            ranges.append((ss, se))
    names = [n for n in (norm_name(p.name) for p in run.products) if len(n) > 3]
    for m in (m for a, b in ranges for m in liquidity.finditer(s, a, b)):
        if any(s.find(n, max(0, m.end() - len(n)), m.start() + len(n)) >= 0 for n in names):
            continue  # the product's own name ("Liberty Daily Liquidity Portfolio"), not a claim about it
        ss, se = run.sentence_of(m.start())
        if _AFTER_LOCKUP.search(s, ss, m.start()) or _AFTER_LOCKUP_EN_R.match(s, m.end(), se):
            continue  # 持有满90天后可以随时赎回 / "redeem whenever you like after the 180 days": true once it is over
        if _OTHER_LIQUID.search(s, max(ss, m.start() - 16), m.start()) and not _LIKENED.search(
            s, max(ss, m.start() - 16), m.start()
        ):
            continue  # 余额宝是货币基金，随时可以取: another product's liquidity (not 跟余额宝一样，想用就取)
        if run.daily_liquid(m.start()):
            continue
        if not run.negated(m.start()) and not run.in_prohibitive_quote(m.start(), m.end()):
            run.add("misleading.hidden_conditions", m.start(), m.end())
            return True
    return False


def detect_hidden_conditions(run: TextView) -> None:
    rule = run.pack.rules.get("misleading.hidden_conditions")
    if rule is None or run.kind not in rule.kinds:
        return
    s = run.s
    liquidity = rule.regexes.get("liquidity")
    lockup = rule.regexes.get("lockup")
    fees = rule.regexes.get("fees")
    if liquidity is not None and lockup is not None:
        names = " ".join(norm_name(p.name) for p in run.products)
        # Insurance always has withdrawal and surrender limits; other products when the text or name says so
        # ("there's no lock-up on Cedar" denies one: it is no evidence of a lock-up).
        if (
            any(p.type == "insurance" for p in run.products)
            or any(not run.negated(m.start()) for m in lockup.finditer(s))
            or lockup.search(names)
        ):
            found = _denied_lockup(run, liquidity)
            liquidity_en = rule.regexes.get("liquidity_en")
            if not found and liquidity_en is not None and _ENGLISH_WORDS.search(s):
                _denied_lockup(run, liquidity_en)
    if fees is not None and any(p.type in ("fund", "wmp", "insurance") for p in run.products):
        for m in fees.finditer(s):
            if not run.negated(m.start()) and not run.in_prohibitive_quote(m.start(), m.end()):
                run.add("misleading.hidden_conditions", m.start(), m.end())
                break
    absolute = rule.regexes.get("absolute")  # no conditions at all: a claim whatever the product
    if absolute is not None:
        for m in absolute.finditer(s):
            if not run.negated(m.start()) and not run.in_prohibitive_quote(m.start(), m.end()):
                run.add("misleading.hidden_conditions", m.start(), m.end())
                break


# English terms: in a product's name (Harbor Income 180D, Market-Linked CD 2Y, 18-Month Certificate of Deposit) and
# said of the product ("a six-month deal", "the term is 90 days"). Unit days: a week 7, a month 30, a year 365.
_EN_TERM_UNIT = {
    "d": 1,
    "day": 1,
    "w": 7,
    "wk": 7,
    "week": 7,
    "m": 30,
    "mo": 30,
    "month": 30,
    "y": 365,
    "yr": 365,
    "year": 365,
}
_EN_TERM_NAME = re.compile(r"\b(\d+)\s*-?\s*(d|day|w|wk|week|m|mo|month|y|yr|year)s?\b")
_EN_TERM_NUM = (
    r"\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|eighteen"
    r"|twenty-four|thirty|sixty|ninety|half a"
)
_EN_TERM_SAID = re.compile(
    rf"\b(?:({_EN_TERM_NUM})[- ](day|week|month|year)s?(?:[- ]long)? (?:deal|product|term|note|hold|holding period|"
    rf"lock-?up|lockup|portfolio|plan|commitment|investment|thing|version|tranche|series)\b|(?:term|holding period|"
    rf"lock-?up|lockup) (?:is|of|runs|lasts|runs for) (?:just |only |about |roughly )?({_EN_TERM_NUM}) (day|week|month|year)s?\b)"
)
_EN_TERM_WORDS = {
    "a": 1,
    "an": 1,
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
    "eighteen": 18,
    "twenty-four": 24,
    "thirty": 30,
    "sixty": 60,
    "ninety": 90,
    "half a": 0.5,
}


def _en_term_days(number: str, unit: str) -> int | None:
    value = _EN_TERM_WORDS.get(number)
    if value is None:
        try:
            value = float(number)
        except ValueError:
            return None
    return int(round(value * _EN_TERM_UNIT[unit]))


def _en_term_mismatch(run: TextView) -> None:
    """An English term said of the product that differs from the term in its name ("a six-month deal" for 365D)."""
    terms: set[int | None] = set()
    for p in run.products:
        for m in _EN_TERM_NAME.finditer(norm_name(p.name)):
            terms.add(_en_term_days(m.group(1), m.group(2)))
    terms.discard(None)
    if not terms:
        return
    for m in _EN_TERM_SAID.finditer(run.s):
        number, unit = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        days = _en_term_days(number, unit)
        if days is None or run.negated(m.start()) or _same_term(days, terms):
            continue
        _fact_mismatch(run, m.start(), m.end())
        return


def detect_term_mismatch(run: TextView) -> None:
    """A holding or lock-up period quoted differently from the product's name (90天持有期 for a 180-day product)."""
    # A short line ("Summit is a 180-day product.") may have fewer than three long words.
    if _ENGLISH_WORDS.search(run.s) or _EN_TERM_SAID.search(run.s):
        _en_term_mismatch(run)
    terms = set()
    for p in run.products:
        name_terms = list(_TERM.finditer(norm_name(p.name))) or list(_NAME_TERM.finditer(norm_name(p.name)))
        for m in name_terms:
            terms.add(_term_days(m))
    terms.discard(None)
    if not terms:
        return
    said: list[re.Match[str] | _SaidTerm] = list(_TERM.finditer(run.s))
    said += _said_terms(run.s)
    mismatch = hidden = False
    for t in said:
        days = _term_days(t)
        if days is None or run.negated(t.start()):
            continue
        if (
            not hidden
            and isinstance(t, _SaidTerm)
            and t.redeemable
            and days < min(x for x in terms if x is not None) * 0.95
            and not _HELD_FOR.search(run.s, max(0, t.start() - 3), t.start())
        ):  # 一个月就能赎回 for a 60-day holding period (not 持有满90天就能赎回, a term misquoted): the lock-up understated
            run.add("misleading.hidden_conditions", t.start(), t.end())
            hidden = True
        if not mismatch and not _same_term(days, terms):
            _fact_mismatch(run, t.start(), t.end())
            mismatch = True


# The kind of product (round 7): what the name says it is, and a kind said of it (其实是偏债混合基金 for a pure-bond
# fund, 就是个混合型基金 for an equity fund, 我们行自己发的理财产品 for a public fund).
_KIND_NAME = (
    ("equity", re.compile(r"股票型|股票基金")),
    ("mixed", re.compile(r"混合")),
    ("bond", re.compile(r"纯债|债券型|债券基金|债基")),
)
_KIND_SAID = re.compile(
    r"(?:其实是|就是|属于|实际上是|说白了是|说白了就是|本质上是|是)(?:一只|一款|个|只|款)?(?:[\u4e00-\u9fff]{0,8}?的)?"
    r"(偏债混合|偏股混合|混合型|混合基金|混合类|股票型|股票基金|纯债|债券型|债券基金|债基|理财产品|银行理财)"
)
_KIND_OF = {
    "偏债混合": "mixed",
    "偏股混合": "mixed",
    "混合型": "mixed",
    "混合基金": "mixed",
    "混合类": "mixed",
    "股票型": "equity",
    "股票基金": "equity",
    "纯债": "bond",
    "债券型": "bond",
    "债券基金": "bond",
    "债基": "bond",
    "理财产品": "wmp",
    "银行理财": "wmp",
}


def detect_kind_mismatch(run: TextView) -> None:
    """A product's kind said differently from its name and type: a fund called a bank wmp, a pure-bond fund a
    mixed fund, an equity fund a mixed one."""
    if len(run.products) != 1:
        return
    p = run.products[0]
    name = norm_name(p.name)
    kinds = {k for k, rx in _KIND_NAME if rx.search(name)} if p.type == "fund" else set()
    if p.type != "fund" or not kinds:
        return
    stem = name[:2]
    # The name as written with another kind (鹏远半导体产业混合型基金C for 鹏远半导体产业股票型…): the kind is stated.
    named = re.compile(
        re.escape(name[:4]) + r"[\u4e00-\u9fff]{0,6}?(偏债混合|偏股混合|混合型|股票型|债券型|纯债)"
    )
    for m in named.finditer(run.s):
        if _KIND_OF[m.group(1)] not in kinds and not run.negated(m.start(1)):
            _fact_mismatch(run, m.start(1), m.end(1))
            return
    for m in _KIND_SAID.finditer(run.s):
        said = _KIND_OF[m.group(1)]
        if said == "wmp" and not re.search(r"行|理财子", m.group(0)):
            continue  # 基金也是一种理财产品: loose usage; 我们行自己发的理财产品 names the issuer
        if said in kinds or run.negated(m.start(1)) or run.in_prohibitive_quote(m.start(1), m.end(1)):
            continue
        ss, se = run.sentence_of(m.start())
        subject = run.s[max(ss, m.start() - 16) : m.start()]
        if stem not in subject and not re.search(r"这只|这款|它|该基金|本基金", subject):
            continue
        _fact_mismatch(run, m.start(1), m.end(1))
        return


# A product code as written in a text: letters and digits (WYJX060) or a fund's six digits (019652).
_CODE_TOKEN = re.compile(r"(?<![a-z0-9])(?:[a-z]{2,6}\d{2,4}[a-z]?|\d{6})(?![a-z0-9])")
# A share class: the last letter of the product's name, and one said after the name's stem (…债券型基金a, …基金c类).
_SHARE_CLASS = re.compile(r"[abce]")
_CLASS_AFTER_NAME = re.compile(r"(?:基金|理财|债|混合|指数)([abce])(?:类|份额)?(?![a-z0-9])")


# A US-style ticker of letters only (LIBF), and one said after a label (ticker LIBX, symbol: LIBX).
_TICKER_CODE = re.compile(r"[a-z]{3,6}")
_TICKER_SAID = re.compile(
    r"\b(?:ticker|symbol|fund code|product code)(?: symbol)?\s*(?::|is|#)?\s*([a-z]{3,6})\b"
)


_TICKER_PAREN = re.compile(r"\(\s*([a-z]{3,6})\s*\)")


def _near_miss(said: str, code: str) -> bool:
    """The same length and one letter different, or two neighbours swapped: a misquote, not another fund."""
    if len(said) != len(code):
        return False
    diff = [i for i, (a, b) in enumerate(zip(said, code, strict=True)) if a != b]
    return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and said[diff[0]] == code[diff[1]])


def detect_code_mismatch(run: TextView) -> None:
    """A product code or share class quoted differently from the attached product's (WYJX090 for WYJX060,
    基金代码019625 for 019652, the A class named for a C-class fund)."""
    if run.kind == "chat" and "code" not in run.signals:
        return
    s = run.s
    for p in run.products:
        code = norm_name(p.code or "")
        if _TICKER_CODE.fullmatch(code):
            # A ticker in brackets after the name (Cobalt Intermediate Bond Fund (CIBGX)) is said as the product's.
            for m in _TICKER_PAREN.finditer(s) if "(" in s else ():
                said = m.group(1)
                if said != code and _near_miss(said, code):
                    _fact_mismatch(run, m.start(1), m.end(1))
                    return
            for m in _TICKER_SAID.finditer(s):
                said = m.group(1)
                if said != code and _near_miss(said, code) and not run.negated(m.start()):
                    _fact_mismatch(run, m.start(1), m.end(1))
                    return
        if not _CODE_TOKEN.fullmatch(code):
            continue
        digits = code.isdigit()
        prefix = code[:3] if digits else code.rstrip("0123456789")
        for m in _CODE_TOKEN.finditer(s):
            said = m.group()
            if said == code or said.isdigit() != digits or not said.startswith(prefix):
                continue
            if digits and sum(a == b for a, b in zip(said, code, strict=True)) < 4:
                continue  # an amount or a date, not a near miss of the fund's code
            if run.negated(m.start()):
                continue
            _fact_mismatch(run, m.start(), m.end())
            return
        name = norm_name(p.name or "")
        own = _SHARE_CLASS.fullmatch(name[-1:]) if name else None
        if own is None or len(name) < 6:
            continue
        stem = name[:4]
        i = s.find(stem)
        while i >= 0:
            window = s[i + 4 : i + 24]
            cls = _CLASS_AFTER_NAME.search(window)
            if cls is not None and cls.group(1) != name[-1]:
                _fact_mismatch(run, i, i + 4 + cls.end())
                return
            i = s.find(stem, i + 4)


# A code printed after its label on a card or announcement ("Code LBN-180", "product code: hi 365"): letters, an
# optional separator, digits. Labels that name other codes (promo, QR, zip, routing…) are not the product's.
_LABELLED_CODE_EN = re.compile(
    r"(?<![a-z])(?<!promo )(?<!coupon )(?<!referral )(?<!discount )(?<!offer )(?<!bonus )(?<!qr )(?<!zip )"
    r"(?<!access )(?<!invite )(?<!tax )(?<!swift )(?<!routing )(?<!branch )(?<!dress )(?<!verification )(?<!risk )"
    r"(?:(?:product|fund|plan|series|share class|class) )?code(?:\s?(?:#|no\.?|number))?\s*[:：]?\s*"
    r"([a-z]{2,6})[\s\-‐‑–—_/.]?(\d{1,5})([a-z]?)(?![a-z0-9])"
)


def _bare_code(code: str) -> str:
    """A product code without separators or case: LBN-365, lbn 365 and LBN365 are one code."""
    return re.sub(r"[^a-z0-9]", "", norm_name(code))


def detect_labelled_code_mismatch(run: TextView) -> None:
    """A product code printed after its label (Code LBN-180) that is not the attached product's (LBN365), compared
    without hyphens, spaces or case (rules.md 2.16). Cards, announcements and scripts only."""
    s = run.s
    if "code" not in s:
        return
    own = {_bare_code(p.code or "") for p in run.products} - {""}
    if not own:
        return
    prefixes = {c.rstrip("0123456789") for c in own}
    said_codes = [(m, m.group(1) + m.group(2) + m.group(3)) for m in _LABELLED_CODE_EN.finditer(s)]
    if any(said in own for _, said in said_codes):
        return  # the card prints its own code; another code on it names another issue (a matured one, a sibling)
    for m, _ in said_codes:
        # Another product's code beside several attached ones: only a code sharing a product's letters counts.
        if len(own) > 1 and m.group(1) not in prefixes:
            continue
        if run.negated(m.start(1)):
            continue
        _fact_mismatch(run, m.start(1), m.end())
        return


# -- the product's name said otherwise (rules.md §2.16) ---------------------------------------------------------------

# English: the brand (the name's first word) followed by capitalised words; a word none of whose parts is in the
# name (Short-Term for Intermediate, 2055 for 2050) between the brand and a later word of the name is a different name.
# Words that only say what kind of thing it is, and connectors, never distinguish.
_EN_NAME_WORD = re.compile(r"[a-z0-9][a-z0-9'’&.]*(?:-[a-z0-9'’&.]+)*")
_EN_FILLER = frozenset(
    "the a an of and & fund funds portfolio plan account cd cds note notes policy product series class shares share"
    " trust etf strategy program inc llc co term".split()
)
_EN_PART_WORDS = {
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
    "nine": "9", "ten": "10", "twelve": "12", "eighteen": "18", "d": "day", "days": "day", "m": "month", "mo": "month",
    "months": "month", "y": "year", "yr": "year", "years": "year", "yrs": "year",
}  # fmt: skip
_EN_PARTS = re.compile(r"\d+|[a-z]+")
# A sibling or another product named beside this one: "may fit better", "also runs", "unlike", "sister fund".
_SIBLING = re.compile(
    r"\b(?:also|another|other|sister|sibling|instead|rather than|unlike|compared|versus|vs\.?|better than|than this"
    r"|fit better|suit you better|sold out|last (?:issue|series|year's)|previous|earlier)\b"
    r"|姊妹|兄弟|同系列|另一只|另一款|另外一只|另外一款|上一期|上期|前一期|往期|之前那|已经售罄|售罄|不是这只|不是这款|换成|对比|相比"
    r"|已到期|到期了|兑付了|已兑付|已经兑付|\bmatured\b"
)


_EN_ISSUER = frozenset(
    "mutual insurance assurance bank bancorp asset assets management investments investment capital securities"
    " financial group company advisors advisers partners funds distributors trust".split()
)
_ISSUED_BY = re.compile(
    r"\b(?:issued|underwritten|managed|offered|sponsored|run|advised) by (?:the )?$|\bat $"
)


def _en_parts(word: str) -> set[str]:
    return {_EN_PART_WORDS.get(x, x) for x in _EN_PARTS.findall(word)}


def _foreign_word(word: str, own: set[str], own_digits: set[str]) -> bool:
    """A word of a name as said that the product's name does not have: a number where the name has another one
    (2055 for 2050, 90D for 180D), or a word none of whose parts is in the name (Short-Term for Intermediate)."""
    if word in _EN_FILLER:
        return False
    parts = _en_parts(word) - _EN_FILLER
    digits = {x for x in parts if x.isdigit()}
    if digits and own_digits and not digits & own_digits:
        return True
    return bool(parts) and not parts & own


def _en_name_mismatch(run: TextView, name: str) -> bool:
    words = _EN_NAME_WORD.findall(name)
    if len(words) < 3 or not words[0].isalpha() or len(words[0]) < 4:
        return False
    brand = words[0]
    own: set[str] = set()
    for w in words:
        own |= _en_parts(w)
    own_digits = {x for x in own if x.isdigit()}
    s = run.s
    original = run.shadow.original
    i = s.find(brand)
    while i >= 0:
        a = i
        i = s.find(brand, i + len(brand))
        if (a > 0 and s[a - 1].isalnum()) or not s.startswith(" ", a + len(brand)):
            continue
        pos = a + len(brand)
        said: list[tuple[str, int, int]] = []
        for m in _EN_NAME_WORD.finditer(s, pos, min(len(s), pos + 80)):
            if s[pos : m.start()] != " ":
                break
            oa, _ = run.shadow.span(m.start(), m.end())
            first = original[oa : oa + 1]
            if not (first.isupper() or first.isdigit() or m.group() in ("of", "and", "&")):
                break
            said.append((m.group(), m.start(), m.end()))
            pos = m.end()
        # Trim to the last word of the name: what follows it is not part of the name as said — unless it is a number
        # standing for the name's (the Birchwood Retirement 2060 for the 2050 fund).
        tail = None
        while said and not (_en_parts(said[-1][0]) & own):
            tail = said.pop()
        if tail is not None and tail[0].isdigit() and _foreign_word(tail[0], own, own_digits):
            said.append(tail)
        foreign = [(w, x, y) for w, x, y in said if _foreign_word(w, own, own_digits)]
        if not foreign or (foreign[-1] is said[-1] and tail is None and not foreign[-1][0][0].isdigit()):
            continue
        shared = [w for w, _, _ in said if w not in _EN_FILLER and not _foreign_word(w, own, own_digits)]
        if not shared:
            continue  # the Alder Global Equity Fund: another fund of the brand, nothing of this one's name in it
        if any(w in _EN_ISSUER for w, _, _ in said) or _ISSUED_BY.search(s, max(0, a - 16), a):
            continue  # Evergreen Mutual Life, issued by Evergreen …: the issuer, not the product
        ss, se = run.sentence_of(a)
        if _SIBLING.search(s, ss, se) or run.negated(a):
            continue
        said_digits = {len(x) for w, _, _ in foreign for x in _en_parts(w) if x.isdigit()}
        if any(re.search(rf"(?<!\d){d}(?!\d)", s[ss:se]) for d in own_digits if len(d) in said_digits):
            continue  # the 2040, 2045 and 2050 funds named together: the series, not this one misnamed
        _fact_mismatch(run, a, said[-1][2])
        return True
    return False


# Chinese: after the name's first four characters, a number of the name (a target year, an issue) or its duration
# word (短债 for 中短债) said differently.
_ZH_DIGITS = re.compile(r"\d+")
_ZH_DURATION = re.compile(r"超短债|中短债|中长债|短债|长债")
_ZH_STOP = re.compile(r"[，,。；;！!？?｜|\n]")


def _zh_name_mismatch(run: TextView, name: str) -> bool:
    stem = name[:4]
    if len(name) < 6 or not all("\u4e00" <= c <= "\u9fff" for c in stem):
        return False
    s = run.s
    duration = _ZH_DURATION.search(name)
    if duration is not None:
        # The brand (two characters) and, where the name has it, another duration word (澄川中短债 for 澄川短债).
        brand = name[:2]
        i = s.find(brand)
        while i >= 0:
            d = _ZH_DURATION.search(s, i + 2, i + duration.end() + 2)
            if d is not None and d.group() != duration.group() and not _ZH_STOP.search(s, i, d.start()):
                ss, se = run.sentence_of(i)
                if not _SIBLING.search(s, ss, se) and not run.negated(i):
                    _fact_mismatch(run, i, d.end())
                    return True
            i = s.find(brand, i + 2)
    name_numbers = _ZH_DIGITS.findall(name)
    if not name_numbers:
        return False
    i = s.find(stem)
    while i >= 0:
        a = i
        i = s.find(stem, i + 4)
        stop = _ZH_STOP.search(s, a, a + len(name) + 8)
        window = s[a : stop.start() if stop else a + len(name) + 8]
        bad: tuple[int, int] | None = None
        expected: list[str] = []
        if name_numbers:
            for m in _ZH_DIGITS.finditer(window, 4):
                said = m.group()
                if said in name_numbers or not any(len(n) == len(said) for n in name_numbers):
                    continue
                # The number stands where the name has one: the characters before it are the name's (目标日期2040,
                # （2026), allowing a word put in between (安泰养老这只是目标日期2035).
                if m.start() > 4:
                    before = window[max(4, m.start() - 2) : m.start()]
                    k = name.find(before) if len(before) == 2 else -1
                    own = _ZH_DIGITS.match(name, k + 2) if k >= 0 else None
                    if own is None:
                        continue
                    expected = [own.group()]
                else:  # the number right after the stem (澜石养老2050 for the 2045 fund) is the name's, shortened
                    expected = [n for n in name_numbers if len(n) == len(said)]
                bad = (a + m.start(), a + m.end())
                break
        if bad is None:
            continue
        ss, se = run.sentence_of(a)
        if _SIBLING.search(s, ss, se) or run.negated(a):
            continue
        if any(re.search(rf"(?<!\d){n}(?!\d)", s[ss:se]) for n in expected):
            continue  # 目标日期2040、2045、2050三只: the series named together, the product's number among them
        _fact_mismatch(run, a, bad[1])
        return True
    return False


def detect_name_mismatch(run: TextView) -> None:
    """The attached product named with a distinguishing word or number changed (the Short-Term for the Intermediate
    Bond Fund, 目标日期2040 for the 2045 fund, 中短债 for 短债): an abbreviation leaves words out and is not a
    mismatch, and a text that also gives the exact name is naming a sibling beside it."""
    if len(run.products) != 1:
        return
    name = norm_name(run.products[0].name or "")
    s = run.s
    # Cheap first tests (this runs on every line with a product): the brand must be in the text, the exact name not.
    if name.isascii():
        if name[: name.find(" ")] in s and name not in s:
            _en_name_mismatch(run, name)
    elif len(name) >= 6 and name[:2] in s and name not in s:
        _zh_name_mismatch(run, name)


def detect_cherry_best_only(run: TextView) -> None:
    rule = run.pack.rules.get("performance.cherry_picked")
    if rule is None or run.kind not in rule.kinds:
        return
    best = rule.regexes.get("best_only")
    worst = rule.regexes.get("worst")
    if best is None:
        return
    if worst and worst.search(run.s):
        return
    for m in best.finditer(run.s):
        # A best period quoted to retract it, or named in a rule that forbids showing it, is not shown.
        if run.negated(m.start()) or run.in_prohibitive_quote(m.start(), m.end()):
            continue
        run.add("performance.cherry_picked", m.start(), m.end())
        return


def detect_names(run: TextView) -> None:
    rule = run.pack.rules.get("privacy.customer_pii")
    if rule is None or run.kind not in rule.kinds:
        return
    s = run.s
    name_zh = rule.regexes.get("name_zh")
    amount_zh = rule.regexes.get("amount_zh")
    if name_zh is not None and amount_zh is not None:
        for m in name_zh.finditer(s):
            am = amount_zh.search(s, m.end(), m.end() + 30)
            if am:
                run.add("privacy.customer_pii", m.start(), am.end())
                break
    if "@" in s:
        for m in _AT_NAME.finditer(s):
            held = _HOLDING_ZH.search(s, m.end(), m.end() + 40)
            if held:
                run.add("privacy.customer_pii", m.start(), held.end())
                break
    amount_en = rule.regexes.get("amount_en")
    if amount_en is not None and run.shadow.offsets is None:
        for m in _NAME_EN.finditer(run.text):
            if not m.group(2):
                continue
            tail = s[m.end() : m.end() + 100]
            if amount_en.search(tail) or _PII_TAIL_EN.search(tail):
                run.add("privacy.customer_pii", m.start(), m.end())
                break


# -- output --------------------------------------------------------------------------------


# The detector table: (signals any of which lets it run — empty: always, needs an attached product, needs a
# known customer, runs on chat lines, detector). Keep ``evaluate.quiet`` in mind when adding a row: a detector
# that can report on a chat line without a signal from the automaton must be gated there too.
Detector = Callable[[TextView], None]
DETECTORS: tuple[tuple[tuple[str, ...], bool, bool, bool, Detector], ...] = (
    (("level", "understate"), True, False, True, detect_levels),
    ((), True, True, True, detect_suitability),
    ((), True, False, False, detect_disclosures),
    (("liquidity",), False, False, True, detect_hidden_conditions),
    (("term",), True, False, True, detect_term_mismatch),
    (("kind",), True, False, True, detect_kind_mismatch),
    ((), True, False, True, detect_code_mismatch),
    ((), True, False, False, detect_labelled_code_mismatch),
    ((), True, False, True, detect_name_mismatch),
    (("best",), False, False, True, detect_cherry_best_only),
    (("title",), False, False, True, detect_names),
)


def run_detectors(run: TextView, figure_patterns: list[tuple[str, int, int]]) -> None:
    """Run the figure detector (it also settles the pack's figure patterns), then every row of ``DETECTORS``
    whose conditions hold."""
    signals = run.signals
    if "figure" in signals:
        detect_figures(run, figure_patterns)
    else:  # no figure to settle (估计在3.0到3.3之间 without a unit): the claim stands as matched
        for code, a, b in figure_patterns:
            run.add(code, a, b)
    for gates, needs_product, needs_customer, on_chat, detector in DETECTORS:
        if gates and not any(g in signals for g in gates):
            continue
        if (needs_product and not run.products) or (needs_customer and run.customer is None):
            continue
        if not on_chat and run.kind == "chat":
            continue
        detector(run)


guard_module_regexes(globals())

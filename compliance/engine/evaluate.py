"""``check()``: run a compiled rule pack over one text (rules.md §2–§5)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from .figures import Figure, classify, extract_figures
from .normalize import Shadow, normalize
from .phonetics import is_word
from .suggest import suggest
from .packs import (
    EXCL,
    HOMOPHONE,
    INITIALS,
    LEFT_B,
    LEX,
    PROTECTED_OK,
    RIGHT_B,
    SIG,
    TRIG,
    CompiledPack,
    get_pack,
)
from .types import KINDS, EngineError, Finding, ProductFacts, customer_level

_ALNUM = re.compile(r"[a-z0-9]")
_FIN_CONTEXT = re.compile(r"理财|产品|收益|基金|本金|这款|存款|利息|年化|投资|保险|买")
_LEVEL_CODE = re.compile(r"(?<![a-z0-9])p?r\s?([1-5])(?![0-9])")
_LEVEL_RANGE = re.compile(r"p?r\s?[1-5]\s*(?:-|~|～|至|到|、|/|或|和|与|and|or|to)\s*p?r\s?[1-5]")
_LEVEL_OTHER = re.compile(r"买|购买|高于|低于|超过|不超过|以上|以下|匹配|适合|客户|看看|选择|考虑|换成|其他|别的|或者|above|below|up to|than|c[1-5]|other|instead")
_CN_DIGIT = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5}
_LEVEL_STATED = re.compile(r"(?<![a-z0-9])p?r\s?[1-5](?![0-9])|风险(?:等级|评级)?(?:为|是|:|：)?\s*[一二三四五]级|[一二三四五]级风险")
_LEVEL_ANY = re.compile(
    r"(?P<code>(?<![a-z0-9])p?r\s?[1-5](?![0-9]))"
    r"|(?P<cn>风险(?:等级|评级)?(?:为|是|:|：)?\s*[一二三四五]级|[一二三四五]级风险)"
    r"|(?P<word>(?P<w>中低|中高|较低|较高|中等|低|中|高)风险)"
    r"|(?P<en>risk (?:level|rating|category)\s*(?:is|of|:)?\s*(?P<e>low-moderate|low to moderate|moderately low"
    r"|moderate-high|moderately high|medium-high|low|moderate|medium|high)\b)"
)
_LEVEL_WORD_MAP = {"低": 1, "中低": 2, "较低": 2, "中": 3, "中等": 3, "中高": 4, "较高": 4, "高": 5}
_LEVEL_WORD_STATED = re.compile(r"(?:是|为|属于|等级|评级|[（(]|r[1-5])\s*$")
_EN_LEVEL_MAP = {"low": 1, "low-moderate": 2, "low to moderate": 2, "moderately low": 2, "moderate": 3, "medium": 3,
                 "moderate-high": 4, "moderately high": 4, "medium-high": 4, "high": 5}
_QUOTES = re.compile(r"“[^”\n]{1,80}”|‘[^’\n]{1,80}’|「[^」\n]{1,80}」|『[^』\n]{1,80}』|\"[^\"\n]{1,80}\"|(?<![a-z0-9])'[^'\n]{1,80}'(?![a-z0-9])")
_QUOTE_CHARS = re.compile(r"[“‘「『\"']")
_COLON_LIST = re.compile(r"(?:违规|禁止|不得|不能说|不要说|红线|banned|prohibited|never say)[^:：\n]{0,12}[:：]([^\n]+)")
_SENT_END_Q = re.compile(r"[?？]")
_EN_QUESTION = re.compile(r"\s*(?:is|are|does|do|did|can|could|will|would|should|isn't|aren't|doesn't|whether|if)\b")
_NAME_EN = re.compile(
    r"\b(?:(?i:client|customer|investor|thanks to|thank you|shout-?out to|congrats to|congratulations to|welcome)\s+"
    r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?|(?:Mr|Mrs|Ms|Dr)\.?\s+)([A-Z][a-z]+)(?:\s+([A-Z][a-z]+))?"
)
_PII_TAIL_EN = re.compile(
    r"(?:account|card|acct)\.?\s*(?:number|no\.?|ending(?: in)?|#)?\s*\d{3,}|balance of \$|\(?\b[2-9]\d{2}\)?[-. ]\d{3}[-. ]\d{4}\b"
    r"|just (?:bought|invested|moved|put|opened|added|wired)"
)


_KIND_SET = frozenset(KINDS)
_FACTS_CACHE: dict[tuple[Any, ...], ProductFacts] = {}
_SKIPPED: dict[tuple[str, Any], frozenset[str]] = {}
_NO_CODES: frozenset[str] = frozenset()


_FACTS_BY_ID: dict[int, tuple[Mapping[str, Any], dict[str, Any], ProductFacts]] = {}
_SCALARS = (str, int, float, bool, type(None))


def _coerce(p: ProductFacts | Mapping[str, Any]) -> ProductFacts:
    if isinstance(p, ProductFacts):
        return p
    # The same dict passed again (a caller checking line after line with one product list): an identity
    # lookup and one comparison with a copy taken when it was cached (so a mutated dict is coerced anew).
    seen = _FACTS_BY_ID.get(id(p))
    if seen is not None and seen[0] is p and seen[1] == p:
        return seen[2]
    facts = _coerce_by_content(p)
    if type(p) is dict and all(type(v) in _SCALARS for v in p.values()):
        if len(_FACTS_BY_ID) > 1024:
            _FACTS_BY_ID.clear()
        _FACTS_BY_ID[id(p)] = (p, dict(p), facts)
    return facts


def _coerce_by_content(p: Mapping[str, Any]) -> ProductFacts:
    try:
        key = tuple(p.items()) if isinstance(p, dict) else None
        cached = _FACTS_CACHE.get(key) if key is not None else None
    except TypeError:  # unhashable values: validated (and rejected) by coerce below
        key, cached = None, None
    if cached is not None:
        return cached
    facts = ProductFacts.coerce(p)
    if key is not None:
        if len(_FACTS_CACHE) > 4096:
            _FACTS_CACHE.clear()
        _FACTS_CACHE[key] = facts
    return facts


def _products(products: Iterable[ProductFacts | Mapping[str, Any]] | None) -> list[ProductFacts]:
    if not products:
        return []
    kind = type(products)
    if kind is list or kind is tuple:
        if len(products) == 1:  # the usual session: one product, the same dict line after line
            p = products[0]
            if type(p) is ProductFacts:
                return [p]
            seen = _FACTS_BY_ID.get(id(p))
            if seen is not None and seen[0] is p and seen[1] == p:
                return [seen[2]]
            return [_coerce(p)]
    elif isinstance(products, (ProductFacts, Mapping)):
        products = [products]
    return [p if type(p) is ProductFacts else _coerce(p) for p in products]


_NAME_CACHE: dict[str, str] = {}


def _norm_name(name: str) -> str:
    """The shadow of a product name (cached: the same few products are checked over and over)."""
    hit = _NAME_CACHE.get(name)
    if hit is None:
        if len(_NAME_CACHE) > 4096:
            _NAME_CACHE.clear()
        hit = _NAME_CACHE[name] = normalize(name).text
    return hit


_DIGIT_RUNS = re.compile(r"\d{7,}")
_ANY_DIGIT = re.compile(r"\d")


def _LONGEST_DIGITS(s: str) -> int:  # noqa: N802
    """Length of the longest run of digits, counting only runs of 7 or more (else 0)."""
    best = 0
    for m in _DIGIT_RUNS.finditer(s):
        best = max(best, m.end() - m.start())
    return best


class _Run:
    """The state of one check: the shadow, hits so far, lazily computed clause and quote structure."""

    __slots__ = ("pack", "text", "kind", "products", "customer", "shadow", "s", "hits", "signals", "_clauses",
                 "_sentences", "_quotes", "_settings_cache", "_neg_cache", "_frames", "_edu")

    def __init__(self, pack: CompiledPack, text: str, kind: str, products: list[ProductFacts], customer: int | None,
                 shadow: Shadow | None = None):
        self.pack = pack
        self.text = text
        self.kind = kind
        self.products = products
        self.customer = customer
        self.shadow = shadow if shadow is not None else normalize(text, pack.leet_words)
        self.s = self.shadow.text
        self.hits: list[tuple[str, int, int, str | None, dict[str, Any] | None]] = []
        self._clauses: list[int] | None = None
        self._sentences: list[int] | None = None
        self._quotes: list[tuple[int, int]] | None = None
        st = _SETTINGS_CACHE.get(pack.digest)
        self._settings_cache = st if st is not None else _settings(pack)
        self._neg_cache: dict[int, bool] = {}
        self._frames: tuple[bool, bool, bool] | None = None
        self._edu: bool | None = None
        self.signals: dict[str, list[tuple[int, int]]] = {}

    # -- structure -----------------------------------------------------------------------------
    def clause_starts(self) -> list[int]:
        if self._clauses is None:
            st = self._settings_cache
            starts = [0]
            for m in st["clause_re"].finditer(self.s):
                starts.append(m.end())
            self._clauses = sorted(set(starts))
        return self._clauses

    def sentence_bounds(self) -> list[int]:
        if self._sentences is None:
            starts = [0]
            for m in self._settings_cache["sentence_re"].finditer(self.s):
                starts.append(m.end())
            self._sentences = sorted(set(starts))
        return self._sentences

    def clause_of(self, pos: int) -> tuple[int, int]:
        cs = self.clause_starts()
        i = bisect_right(cs, pos) - 1
        start = cs[i]
        end = cs[i + 1] if i + 1 < len(cs) else len(self.s)
        return start, end

    def sentence_of(self, pos: int) -> tuple[int, int]:
        ss = self.sentence_bounds()
        i = bisect_right(ss, pos) - 1
        start = ss[i]
        end = ss[i + 1] if i + 1 < len(ss) else len(self.s)
        return start, end

    def quotes(self) -> list[tuple[int, int]]:
        if self._quotes is None:
            s = self.s
            q: list[tuple[int, int]] = []
            if _QUOTE_CHARS.search(s):
                q = [(m.start(), m.end()) for m in _QUOTES.finditer(s)]
            if ":" in s or "：" in s:
                q += [(m.start(1), m.end(1)) for m in _COLON_LIST.finditer(s)]
            self._quotes = q
        return self._quotes

    # -- filters -------------------------------------------------------------------------------
    def negated(self, start: int) -> bool:
        cache = self._neg_cache
        hit = cache.get(start)
        if hit is None:
            hit = cache[start] = self._negated(start)
        return hit

    def _negated(self, start: int) -> bool:
        st = self._settings_cache
        s = self.s
        frames = self._frames
        if frames is None:  # which sentence-level frames occur anywhere in the text (usually none)
            frames = self._frames = (
                st["rhetorical_re"].search(s) is not None,
                st["asked_re"].search(s) is not None,
                st["warn_open_re"].search(s) is not None and st["warn_cons_re"].search(s) is not None,
            )
        cs, _ = self.clause_of(start)
        if any(frames):
            ss, se = self.sentence_of(start)
            if frames[0] and st["rhetorical_re"].search(s, ss, se) and _SENT_END_Q.search(s, start, se + 1):
                return False
            if frames[1]:
                for m in st["asked_re"].finditer(s, max(ss, start - 40), start):
                    if m.group(1) and (start - m.end() <= 12 or m.group(1).isascii()):
                        return True
            if frames[2] and st["warn_open_re"].search(s, ss, start) and st["warn_cons_re"].search(s, ss, se):
                return True
        if self.in_education_frame(start):
            return True
        _, ce = self.clause_of(start)
        if ce > start and s[ce - 1] in "?？":  # a yes/no question (这款保本吗？ / is it risk-free?) asserts nothing
            rhetorical = frames[0] and st["rhetorical_re"].search(s, cs, ce)
            j = ce - 2
            while j > start and s[j] == " ":
                j -= 1
            if not rhetorical and (s[j] in "吗嘛么呢" or _EN_QUESTION.match(s, cs)):
                return True
        window_zh = s[max(cs, start - 12) : start]
        for m in st["neg_zh_re"].finditer(window_zh):
            if m.group(1):
                return True
        window_en = s[max(cs, start - 40) : start]
        if st["neg_en_re"].search(window_en):
            return True
        return False

    def inner_negated(self, start: int, end: int) -> bool:
        """A negator inside a pattern match (下半年不会涨, we don't expect)."""
        st = self._settings_cache
        inner = self.s[start:end]
        for m in st["neg_zh_re"].finditer(inner):
            if m.group(1):
                return True
        return bool(st["neg_en_re"].search(inner))

    def education(self) -> bool:
        """The text teaches or warns (investor education, compliance training, a scam warning): quotations in
        it are examples, and a sentence that states a prohibition describes the rule, not the product."""
        if self._edu is None:
            self._edu = self._settings_cache["edu_re"].search(self.s) is not None
        return self._edu

    def in_education_frame(self, start: int) -> bool:
        """Inside a teaching text, a sentence that prohibits (不得…, Never compare…, …are prohibited)."""
        if not self.education():
            return False
        st = self._settings_cache
        ss, se = self.sentence_of(start)
        return st["frame_re"].search(self.s, ss, se) is not None or st["imperative_re"].match(self.s, ss) is not None

    def in_prohibitive_quote(self, start: int, end: int) -> bool:
        quotes = self.quotes()
        if not quotes:
            return False
        st = self._settings_cache
        if self.education() and any(qs < end and start < qe for qs, qe in quotes):
            return True
        for qs, qe in quotes:
            if qs <= start and end <= qe:
                ss, _ = self.sentence_of(qs)
                _, se = self.sentence_of(max(qe - 1, qs))
                around = self.s[max(ss, qs - 40) : qs] + " " + self.s[qe : min(len(self.s), max(se, qe) + 40)]
                if st["frame_re"].search(around):
                    return True
                inner = self.s[qs:qe]
                if st["question_re"].search(self.s[max(0, qs - 8) : qs]) and re.search(r"[吗呢?？么]", inner):
                    return True
        return False

    def boundary_ok(self, a: int, b: int, flags: int) -> bool:
        s = self.s
        if flags & LEFT_B and a > 0 and _ALNUM.match(s[a - 1]):
            return False
        if flags & RIGHT_B and b < len(s) and _ALNUM.match(s[b]):
            return False
        return True

    def any_protected(self) -> bool:
        for p in self.products:
            if p.principal_protected:
                return True
        return False

    def skipped_codes(self) -> frozenset[str]:
        """Rules whose ``skip_for_product_types`` covers every attached product (deposit truth table)."""
        if not self.products:
            return _NO_CODES
        if len(self.products) == 1:  # keyed by the type itself (a str never equals a frozenset key)
            types = None
            key: tuple[str, Any] = (self.pack.digest, self.products[0].type)
        else:
            types = frozenset(p.type for p in self.products)
            key = (self.pack.digest, types)
        cached = _SKIPPED.get(key)
        if cached is None:
            if types is None:
                types = frozenset((self.products[0].type,))
            cached = frozenset(
                code
                for code, rule in self.pack.rules.items()
                if rule.data.get("skip_for_product_types") and types <= set(rule.data["skip_for_product_types"])
            )
            _SKIPPED[key] = cached
        return cached

    def applies(self, code: str) -> bool:
        rule = self.pack.rules.get(code)
        return rule is not None and self.kind in rule.kinds

    def add(self, code: str, a: int, b: int, severity: str | None = None, fmt: dict[str, Any] | None = None) -> None:
        if self.applies(code) and not self.sentence_excluded(code, a):
            self.hits.append((code, a, b, severity, fmt))

    def sentence_excluded(self, code: str, a: int) -> bool:
        """The rule's ``exclude_sentence`` regexes match the sentence around the hit."""
        rule = self.pack.rules.get(code)
        rx = rule.regexes.get("exclude_sentence") if rule is not None else None
        if rx is None:
            return False
        ss, se = self.sentence_of(a)
        return rx.search(self.s, ss, se) is not None

    # -- the run -------------------------------------------------------------------------------
    def run(self, matches: list[tuple[int, int, int]] | None = None) -> list[Finding]:
        """Check the text; ``matches`` is the automaton's scan of the shadow when the caller already ran it."""
        pack = self.pack
        s = self.s
        if not s or s.isspace():
            return []
        lex_hits: list[tuple[str, int, int, int]] = []
        excl: dict[str, list[tuple[int, int]]] = {}
        signals = self.signals
        triggered: set[int] = set()
        if pack.untriggered:
            if not self.shadow.digit_free and _DIGIT_RUNS.search(s):
                run = _LONGEST_DIGITS(s)
                triggered.update(pid for pid in pack.untriggered if pack.patterns[pid].digits <= run)
            elif pack.always:
                triggered.update(pack.always)
        if matches is None and pack.automaton is not None:
            matches = pack.automaton.find_matches_as_indexes(s, overlapping=True)
        if matches:
            entries = pack.entries
            for idx, a, b in matches:
                for etype, target, flags in entries[idx]:
                    if etype == SIG:
                        if flags and not self.boundary_ok(a, b, flags):
                            continue
                        spans = signals.get(target)
                        if spans is None:
                            signals[target] = [(a, b)]
                        else:
                            spans.append((a, b))
                    elif etype == TRIG:
                        triggered.add(target)
                    elif flags & (LEFT_B | RIGHT_B) and not self.boundary_ok(a, b, flags):
                        continue
                    elif etype == LEX:
                        lex_hits.append((target, a, b, flags))
                    else:
                        excl.setdefault(target, []).append((a, b))

        if not lex_hits and not triggered:
            if not signals and self.kind == "chat" and (self.customer is None or not self.products):
                return []  # nothing in the text that any rule or detector looks at
            protected = False
            skipped = _NO_CODES
        else:
            protected = self.any_protected()
            skipped = self.skipped_codes()
        if skipped and lex_hits:
            lex_hits = [h for h in lex_hits if h[0] not in skipped]
        if len(lex_hits) > 1:
            lex_hits.sort(key=lambda h: (h[1], h[1] - h[2]))
        accepted: dict[str, list[tuple[int, int]]] = {}
        for code, a, b, flags in lex_hits:
            done = accepted.get(code)
            if done and _overlaps(done, a, b):
                continue  # the same code already stands here; it would be merged anyway
            rule = pack.rules.get(code)
            if rule is None or self.kind not in rule.kinds:
                continue
            if flags & PROTECTED_OK and protected:
                continue
            if _overlaps(excl.get(code), a, b):
                continue
            if flags & HOMOPHONE and b - a == 2 and _inside_word(s, a, b):
                continue
            severity = None
            if flags & INITIALS:
                if not _FIN_CONTEXT.search(s):
                    continue
                severity = "review" if rule.severity == "block" else rule.severity
            if rule.negatable and self.negated(a):
                continue
            if self.in_prohibitive_quote(a, b) or (rule.regexes and self.sentence_excluded(code, a)):
                continue
            self.hits.append((code, a, b, severity, None))
            accepted.setdefault(code, []).append((a, b))

        figure_patterns: list[tuple[str, int, int]] = []
        for pid in sorted(triggered):
            pat = pack.patterns[pid]
            rule = pack.rules.get(pat.code)
            if rule is None or self.kind not in rule.kinds or pat.code in skipped:
                continue
            if pat.needs and not all(n in signals or (n == "digit" and _ANY_DIGIT.search(s)) for n in pat.needs):
                continue
            pos = 0
            while True:
                m = pat.regex.search(s, pos)
                if m is None:
                    break
                a, b = m.start(), m.end()
                # A rejected match is searched again one character on (a quoted or negated first mention must
                # not hide a later asserted one inside the same match); an accepted one moves past its end.
                pos = a + 1
                if a == b:
                    continue
                if pat.protected_ok and protected:
                    continue
                if _overlaps(excl.get(pat.code), a, b):
                    continue
                if pat.negatable and (self.negated(a) or (not pat.inner_negation_ok and self.inner_negated(a, b))):
                    continue
                if self.in_prohibitive_quote(a, b):
                    continue
                if pat.short_window and not _short_window(m):
                    continue
                if pat.code == "privacy.customer_pii" and re.search(r"[*＊]|某", s[max(0, a - 8) : a]):
                    continue
                if pat.figure:
                    figure_patterns.append((pat.code, a, b))
                    continue
                if rule.regexes and self.sentence_excluded(pat.code, a):
                    continue
                unless = rule.data.get("unless")
                self.hits.append((pat.code, a, b, None, {"_unless": unless} if unless else None))
                pos = b

        if "figure" in signals:
            self.detect_figures(figure_patterns)
        if self.products:
            if "level" in signals or "understate" in signals:
                self.detect_levels()
            if self.customer is not None:
                self.detect_suitability()
            if self.kind != "chat":
                self.detect_disclosures()
        if "liquidity" in signals:
            self.detect_hidden_conditions()
        if "term" in signals and self.products:
            self.detect_term_mismatch()
        if "best" in signals:
            self.detect_cherry_best_only()
        if "title" in signals:
            self.detect_names()
        if not self.hits:
            return []
        return self.finish()

    # -- detectors -----------------------------------------------------------------------------
    def detect_figures(self, figure_patterns: list[tuple[str, int, int]]) -> None:
        s = self.s
        figures = extract_figures(s)
        protected = self.any_protected()
        deposits_only = bool(self.products) and all(p.type == "deposit" for p in self.products)
        certain_spans: list[tuple[int, int]] = []
        for fig in figures:
            if self.in_prohibitive_quote(fig.start, fig.end):
                continue
            cls = classify(self, fig)
            fig.cls = cls
        # Certainty phrasing found by the pack's figure patterns (至少拿3.1%, 4.8%稳稳到手).
        for code, a, b in figure_patterns:
            inside = [f for f in figures if a <= f.start and f.end <= b]
            values = [f for f in inside if f.cls not in ("nonyield", "other_product")]
            if inside and not values:
                continue
            if values and self._contractual(values, protected, deposits_only):
                for f in values:
                    f.cls = "contract"
                continue
            for f in values:
                f.cls = "certain"
            certain_spans.append((a, b))
            self.add(code, a, b)

        benchmark_quotes: list[Figure] = []
        for fig in figures:
            cls = getattr(fig, "cls", None)
            if cls is None or cls in ("nonyield", "other", "other_product"):
                continue
            if cls == "certain":
                if self._contractual([fig], protected, deposits_only):
                    cls = "contract"
                elif not _overlaps(certain_spans, fig.start, fig.end):
                    self.add("promise.guaranteed_return", fig.ctx_start, fig.end)
            if cls == "forward":
                if deposits_only and self._within_max(fig):
                    cls = "contract"
                elif not self._same_sentence_as_certain(fig, figures):
                    # 最少拿1.3%，最多2.6%: the upper figure belongs to the certain claim, not to a forecast.
                    self.add("performance.prediction", fig.ctx_start, fig.end)
            if cls == "historical":
                self.add("performance.past_without_disclaimer", fig.start, fig.end, fmt={"_needs": "past"})
                self.add("performance.period_missing", fig.start, fig.end, fmt={"_needs": "period"})
                continue
            if cls == "benchmark":
                benchmark_quotes.append(fig)
            if cls == "unlabeled" and self.kind in ("product_card", "announcement") and not deposits_only:
                self.add("performance.prediction", fig.start, fig.end)
            if self.products and cls in ("benchmark", "forward", "certain", "unlabeled", "contract"):
                self._compare_benchmark(fig, cls)

        if benchmark_quotes and not deposits_only:
            self.add("disclosure.benchmark_disclaimer_missing", benchmark_quotes[0].start, benchmark_quotes[0].end,
                     fmt={"_needs": "benchmark"})

    def _same_sentence_as_certain(self, fig: Figure, figures: list[Figure]) -> bool:
        ss, se = self.sentence_of(fig.start)
        return any(f is not fig and f.cls == "certain" and ss <= f.start < se for f in figures)

    def _within_max(self, fig: Figure) -> bool:
        return any(p.benchmark_max is not None and fig.high <= p.benchmark_max + 0.005 for p in self.products)

    def _contractual(self, figs: list[Figure], protected: bool, deposits_only: bool) -> bool:
        """Certain figures that are contractual: a deposit's rate, a protected product's floor (§3.2.10)."""
        for f in figs:
            ok = False
            for p in self.products:
                if p.principal_protected and p.benchmark_min is not None and f.high <= p.benchmark_min + 0.005:
                    ok = True
                if p.type == "deposit" and p.benchmark_min is not None and p.benchmark_min == p.benchmark_max and p.benchmark_max is not None and f.high <= p.benchmark_max + 0.005:
                    ok = True
            if not ok:
                return False
        return True

    def _compare_benchmark(self, fig: Figure, cls: str) -> None:
        maxes = [p.benchmark_max for p in self.products if p.benchmark_max is not None]
        if not maxes:
            return
        if cls == "unlabeled" and not fig.yield_word:
            return
        if all(fig.high > m + 0.005 for m in maxes):
            fmt = {"benchmark": _bench_text(self.products)}
            self.add("claim.yield_exceeds_benchmark", fig.start, fig.end, fmt=fmt)
            return
        if cls == "benchmark" and fig.is_range:
            matches = any(
                p.benchmark_min is not None and p.benchmark_max is not None
                and abs(fig.low - p.benchmark_min) <= 0.005 and abs(fig.high - p.benchmark_max) <= 0.005
                for p in self.products
            )
            if not matches:
                self.add("claim.product_fact_mismatch", fig.start, fig.end, fmt={"benchmark": _bench_text(self.products)})

    def detect_levels(self) -> None:
        """Stated risk levels against the product's (rules.md §3.2.6)."""
        s = self.s
        levels = [p.level for p in self.products if p.level is not None]
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
                if _overlaps(ranges, a, b):
                    continue
                cs, _ = self.clause_of(a)
                if _LEVEL_OTHER.search(s, max(cs, a - 5), a) or _LEVEL_OTHER.search(s[b : b + 4]):
                    continue  # a customer level or a threshold (C3及以上, 买R4的产品), not this product's
                value = int(s[b - 1])
            elif kind == "cn":
                value = _CN_DIGIT[next(c for c in m.group() if c in _CN_DIGIT)]
            elif kind == "word":
                value = _LEVEL_WORD_MAP[m.group("w")]
                stated = bool(_LEVEL_WORD_STATED.search(s, max(0, a - 4), a))
                if not ((stated and value not in actual) or (value < min(actual) and min(actual) >= 3)):
                    continue
                code_before = _LEVEL_CODE.search(s, max(0, a - 4), a)
                if code_before and int(code_before.group(1)) == value and value in actual:
                    continue
                if self.negated(a):
                    continue
            else:
                value = _EN_LEVEL_MAP[m.group("e")]
            if value not in actual and not self.in_prohibitive_quote(a, b):
                self.add("claim.risk_level_mismatch", a, b, fmt=fmt)
        if min(actual) >= 3:
            for i, j in self.signals.get("understate", ()):
                if self.negated(i) or self.in_prohibitive_quote(i, j):
                    continue
                self.add("claim.risk_level_mismatch", i, j, fmt=fmt)

    def detect_suitability(self) -> None:
        """A recommendation (not a refusal) of a product rated above the customer (rules.md §3.2.9)."""
        above = [p for p in self.products if p.level is not None and self.customer is not None and p.level > self.customer]
        if not above or not self.applies("suitability.product_above_customer_risk"):
            return
        refusals = self.signals.get("refuse", ())
        rule = self.pack.rules["suitability.product_above_customer_risk"]
        calls = list(self.signals.get("recommend", ()))
        rx = rule.regexes.get("recommend_re")
        if rx is not None:  # calls to buy in any wording (先配一点, 要不要我帮您下单, start with $10k)
            calls += [(m.start(), m.end()) for m in rx.finditer(self.s)]
        for i, j in sorted(calls):
            if _overlaps(refusals, i, j) or self.negated(i):
                continue
            ss, se = self.sentence_of(i)
            if any(ss <= a < se for a, _ in refusals):
                continue
            self.add("suitability.product_above_customer_risk", i, j,
                     fmt={"level": above[0].level, "customer": self.customer})
            return

    def detect_disclosures(self) -> None:
        s = self.s
        non_deposit = [p for p in self.products if p.type in ("wmp", "fund", "insurance")]
        if not non_deposit:
            return
        first_end = _first_segment_end(s)
        rule = self.pack.rules.get("disclosure.risk_warning_missing")
        if rule is not None and self.kind in rule.kinds:
            any_en = rule.regexes.get("warn_any_en")
            for p in non_deposit:
                rx = rule.regexes.get(f"warn_{p.type}")
                ok = bool((rx and rx.search(s)) or (any_en and any_en.search(s)))
                if not ok:
                    texts = rule.data.get("texts_zh") or {}
                    self.add("disclosure.risk_warning_missing", 0, first_end, fmt={"warning": texts.get(p.type, "")})
                    break
        rule = self.pack.rules.get("disclosure.risk_level_missing")
        if rule is not None and self.kind in rule.kinds:
            need = [p for p in non_deposit if p.type in ("wmp", "fund") and p.level is not None]
            if need and not _LEVEL_STATED.search(s):
                self.add("disclosure.risk_level_missing", 0, first_end, fmt={"level": need[0].level})

    def detect_hidden_conditions(self) -> None:
        rule = self.pack.rules.get("misleading.hidden_conditions")
        if rule is None or self.kind not in rule.kinds:
            return
        s = self.s
        liquidity = rule.regexes.get("liquidity")
        lockup = rule.regexes.get("lockup")
        fees = rule.regexes.get("fees")
        if liquidity is not None and lockup is not None:
            names = " ".join(_norm_name(p.name) for p in self.products)
            # Insurance always has withdrawal and surrender limits; other products when the text or name says so.
            if any(p.type == "insurance" for p in self.products) or lockup.search(s) or lockup.search(names):
                for m in liquidity.finditer(s):
                    ss, _ = self.sentence_of(m.start())
                    if _AFTER_LOCKUP.search(s, ss, m.start()):
                        continue  # 持有满90天后可以随时赎回: true once the lock-up is over
                    if not self.negated(m.start()) and not self.in_prohibitive_quote(m.start(), m.end()):
                        self.add("misleading.hidden_conditions", m.start(), m.end())
                        break
        if fees is not None and any(p.type in ("fund", "wmp", "insurance") for p in self.products):
            for m in fees.finditer(s):
                if not self.negated(m.start()) and not self.in_prohibitive_quote(m.start(), m.end()):
                    self.add("misleading.hidden_conditions", m.start(), m.end())
                    break
        absolute = rule.regexes.get("absolute")  # no conditions at all: a claim whatever the product
        if absolute is not None:
            for m in absolute.finditer(s):
                if not self.negated(m.start()) and not self.in_prohibitive_quote(m.start(), m.end()):
                    self.add("misleading.hidden_conditions", m.start(), m.end())
                    break

    def detect_term_mismatch(self) -> None:
        """A holding or lock-up period quoted differently from the product's name (90天持有期 for a 180-day product)."""
        terms = set()
        for p in self.products:
            for m in _TERM.finditer(_norm_name(p.name)):
                terms.add(_term_days(m))
        terms.discard(None)
        if not terms:
            return
        for m in _TERM.finditer(self.s):
            days = _term_days(m)
            if days is not None and days not in terms and not self.negated(m.start()):
                self.add("claim.product_fact_mismatch", m.start(), m.end(),
                         fmt={"benchmark": _bench_text(self.products)})
                return

    def detect_cherry_best_only(self) -> None:
        rule = self.pack.rules.get("performance.cherry_picked")
        if rule is None or self.kind not in rule.kinds:
            return
        best = rule.regexes.get("best_only")
        worst = rule.regexes.get("worst")
        if best is None:
            return
        m = best.search(self.s)
        if m and not (worst and worst.search(self.s)):
            self.add("performance.cherry_picked", m.start(), m.end())

    def detect_names(self) -> None:
        rule = self.pack.rules.get("privacy.customer_pii")
        if rule is None or self.kind not in rule.kinds:
            return
        s = self.s
        name_zh = rule.regexes.get("name_zh")
        amount_zh = rule.regexes.get("amount_zh")
        if name_zh is not None and amount_zh is not None:
            for m in name_zh.finditer(s):
                am = amount_zh.search(s, m.end(), m.end() + 30)
                if am:
                    self.add("privacy.customer_pii", m.start(), am.end())
                    break
        amount_en = rule.regexes.get("amount_en")
        if amount_en is not None and self.shadow.offsets is None:
            for m in _NAME_EN.finditer(self.text):
                if not m.group(2):
                    continue
                tail = s[m.end() : m.end() + 60]
                if amount_en.search(tail) or _PII_TAIL_EN.search(tail):
                    self.add("privacy.customer_pii", m.start(), m.end())
                    break

    # -- output --------------------------------------------------------------------------------
    def finish(self) -> list[Finding]:
        s = self.s
        pack = self.pack
        hits = self.hits
        codes = {h[0] for h in hits}
        # Disclosure-style hits that are cancelled by a disclaimer somewhere in the text.
        needs_checked: dict[str, bool] = {}

        def disclaimed(kind: str) -> bool:
            if kind not in needs_checked:
                if kind == "past":
                    rx = pack.rules["performance.past_without_disclaimer"].regexes.get("disclaimers") if "performance.past_without_disclaimer" in pack.rules else None
                    needs_checked[kind] = bool(rx and rx.search(s))
                elif kind == "benchmark":
                    rule = pack.rules.get("disclosure.benchmark_disclaimer_missing")
                    rx = rule.regexes.get("disclaimers") if rule else None
                    needs_checked[kind] = bool(rx and rx.search(s))
                else:
                    needs_checked[kind] = False
            return needs_checked[kind]

        result: list[tuple[str, int, int, str | None, dict[str, Any] | None]] = []
        for code, a, b, sev, fmt in hits:
            if fmt and "_unless" in fmt:
                rule = pack.rules.get(code)
                rx = rule.regexes.get(fmt["_unless"]) if rule else None
                if rx is not None and rx.search(s):
                    continue
            if fmt and "_needs" in fmt:
                need = fmt["_needs"]
                if need == "period":
                    rule = pack.rules.get(code)
                    rx = rule.regexes.get("periods") if rule else None
                    ss, se = self.sentence_of(a)
                    if rx is not None and rx.search(s[ss:se]):
                        continue
                elif disclaimed(need):
                    continue
            result.append((code, a, b, sev, fmt))

        codes = {h[0] for h in result}
        # Precedence (rules.md §6).
        if "promise.guaranteed_return" in codes and "performance.prediction" in codes:
            ret = [(a, b) for c, a, b, _, _ in result if c == "promise.guaranteed_return"]
            result = [h for h in result if not (h[0] == "performance.prediction" and _overlaps(ret, h[1], h[2]))]
        if "superlative.absolute_term" in codes:
            strong = ("promise.capital_guarantee", "promise.guaranteed_return", "performance.prediction")
            cap = [(a, b) for c, a, b, _, _ in result if c in strong]
            result = [h for h in result if not (h[0] == "superlative.absolute_term" and _overlaps(cap, h[1], h[2]))]
        if "claim.yield_exceeds_benchmark" in codes:
            result = [h for h in result if h[0] != "claim.product_fact_mismatch"]
        if "claim.risk_level_mismatch" in codes:
            result = [h for h in result if h[0] != "disclosure.risk_level_missing"]

        result.sort(key=lambda h: (h[1], -(h[2] - h[1]), h[0]))
        seen: dict[str, list[tuple[int, int]]] = {}
        findings: list[Finding] = []
        for code, a, b, sev, fmt in result:
            spans = seen.setdefault(code, [])
            if _overlaps(spans, a, b):
                continue
            spans.append((a, b))
            rule = pack.rules[code]
            start, end = self.shadow.span(a, b)
            fmt = {k: v for k, v in (fmt or {}).items() if not k.startswith("_")}
            findings.append(
                Finding(
                    code=code,
                    severity=sev or rule.severity,
                    start=start,
                    end=end,
                    excerpt=self.text[start:end],
                    message=_format(rule.message, fmt),
                    suggestion=suggest(code, rule.suggestion, self.products, pack.language, self.customer, fmt),
                )
            )
        findings.sort(key=lambda f: (f.start, f.end, f.code))
        return findings


def _inside_word(s: str, a: int, b: int) -> bool:
    """A two-character homophone spelling whose first or last character belongs to a dictionary word with its
    neighbour (元宝本身: 宝本 is part of 本身) is an ordinary word, not an evasion."""
    return (a > 0 and is_word(s[a - 1 : a + 1])) or (b < len(s) and is_word(s[b - 1 : b + 1]))


def _format(template: str, fmt: dict[str, Any]) -> str:
    if not fmt or "{" not in template:
        return re.sub(r"\{[a-z_]+\}", "", template) if "{" in template else template
    try:
        return template.format(**fmt)
    except (KeyError, IndexError, ValueError):
        return template


def _bench_text(products: list[ProductFacts]) -> str:
    parts = []
    for p in products:
        if p.benchmark_min is not None and p.benchmark_max is not None:
            parts.append(f"{p.benchmark_min:g}%-{p.benchmark_max:g}%")
    return "、".join(parts)


def _first_segment_end(s: str) -> int:
    m = re.search(r"[。!！?？\n|｜]", s)
    end = m.start() if m else len(s)
    return max(1, min(end, 60, len(s)))


def _overlaps(spans: list[tuple[int, int]] | None, a: int, b: int) -> bool:
    if not spans:
        return False
    return any(x < b and a < y for x, y in spans)


_TERM = re.compile(r"(\d+|[一二两三四五六七八九十半]+)\s*(天|日|个月|月|年)\s*(?:持有期|封闭期|定开|定期开放|锁定期)")


def _term_days(m: re.Match[str]) -> int | None:
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


_AFTER_LOCKUP = re.compile(r"(?:满|到期|期满|届满|开放日|开放期|结束)[^，,。!！?？]{0,8}(?:后|以后|之后)|after (?:the )?(?:holding|lock-?up|closed) period")

_SHORT_UNITS_ALWAYS = ("日", "天", "周", "星期")
_CN_NUM = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def _short_window(m: re.Match[str]) -> bool:
    number = m.group(2)
    unit = m.group(4)
    if unit in _SHORT_UNITS_ALWAYS:
        return True
    try:
        value = float(number)
    except ValueError:
        value = float(_CN_NUM.get(number, 12))
    return value < 6


_SETTINGS_CACHE: dict[str, dict[str, Any]] = {}


def _alt(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _settings(pack: CompiledPack) -> dict[str, Any]:
    cached = _SETTINGS_CACHE.get(pack.digest)
    if cached is not None:
        return cached
    st = pack.settings
    clause = st.get("clause_marks") or "，,。!！?？;；:：\n|｜()（）"
    contrast_zh = st.get("contrast_zh") or []
    contrast_en = st.get("contrast_en") or []
    clause_re = re.compile(
        "[" + re.escape(clause) + "]|\\.(?!\\d)"
        + (f"|{_alt(contrast_zh)}" if contrast_zh else "")
        + (f"|\\b(?:{_alt(contrast_en)})\\b" if contrast_en else "")
    )
    sentence_re = re.compile("[" + re.escape(st.get("sentence_marks") or "。!！?？;；\n") + "]|\\.(?![\\d])")
    not_neg = st.get("not_negators_zh") or []
    neg_zh = st.get("negators_zh") or []
    neg_zh_re = re.compile((f"(?:{_alt(not_neg)})|" if not_neg else "") + f"({_alt(neg_zh)})")
    neg_en = st.get("negators_en") or []
    neg_en_re = re.compile(r"(?:\b(?:" + _alt([w for w in neg_en if w != "n't"]) + r")\b|n't\b)")
    frame = [normalize(str(w)).text for w in st.get("prohibitive_frame") or []]
    frame_re = re.compile(_alt(frame)) if frame else re.compile(r"(?!x)x")
    question_re = re.compile(_alt(st.get("question_frame") or ["问"]))
    rhetorical_re = re.compile(_alt(st.get("rhetorical") or ["谁说"]))
    asked = st.get("asked_frame") or []
    warn_open = [normalize(w).text for w in st.get("warning_openers") or []]
    warn_cons = [normalize(w).text for w in st.get("warning_consequences") or []]
    never = re.compile(r"(?!x)x")
    warn_open_re = re.compile(_alt(warn_open)) if warn_open else never
    warn_cons_re = re.compile(_alt(warn_cons)) if warn_cons else never
    not_asked = ["问题", "疑问", "顾问", "学问", "问候", "访问", "问责", "问卷"]
    asked_re = re.compile(f"(?:{_alt(not_asked)})|({_alt(asked)})") if asked else re.compile(r"(?!x)x")
    edu = [normalize(w).text for w in st.get("education_frame") or []]
    edu_re = re.compile(_alt(edu)) if edu else never
    imperative = st.get("imperative_prohibitions") or []
    imperative_re = re.compile(
        r"\s*(?:\d+[.、)）]|[一二三四五六七八九十]+[、.]|第[一二三四五六七八九十]+(?:类|条|点)?[，,：:]?|[-*•])?\s*(?:"
        + (_alt(imperative) if imperative else "(?!x)x") + ")(?![a-z])"
    )
    out = {
        "edu_re": edu_re,
        "imperative_re": imperative_re,
        "clause_re": clause_re,
        "sentence_re": sentence_re,
        "neg_zh_re": neg_zh_re,
        "neg_en_re": neg_en_re,
        "frame_re": frame_re,
        "question_re": question_re,
        "rhetorical_re": rhetorical_re,
        "asked_re": asked_re,
        "warn_open_re": warn_open_re,
        "warn_cons_re": warn_cons_re,
    }
    _SETTINGS_CACHE[pack.digest] = out
    return out


def check(
    text: str,
    *,
    kind: str,
    products: Iterable[ProductFacts | Mapping[str, Any]] = (),
    customer_risk: str | None = None,
    pack: str | CompiledPack = "cn",
) -> list[Finding]:
    """Check ``text`` (a ``kind`` of content) against a rule pack; findings sorted by start offset.

    ``products`` are the attached products' facts (ProductFacts or dicts shaped like
    ``products.models.Product.facts()``); ``customer_risk`` is "C1".."C5" or None. Pure: no I/O
    beyond loading the repository pack once. Raises ``EngineError`` on bad arguments.
    """
    if not isinstance(text, str):
        raise EngineError(f"text must be a string, got {type(text).__name__}")
    if kind not in _KIND_SET:
        raise EngineError(f"kind must be one of {', '.join(KINDS)}, got {kind!r}")
    compiled = pack if type(pack) is CompiledPack else get_pack(pack)
    facts = _products(products) if products else []
    customer = None if customer_risk is None else customer_level(customer_risk)
    shadow = normalize(text, compiled.leet_words)
    s = shadow.text
    matches = compiled.automaton.find_matches_as_indexes(s, overlapping=True) if compiled.automaton is not None else []
    if (
        not matches
        and kind == "chat"
        and (customer is None or not facts)  # with a customer, a call to buy in any wording is checked
        and (not compiled.untriggered or (not compiled.always and (shadow.digit_free or _DIGIT_RUNS.search(s) is None)))
    ):
        # The common chat line: no phrase, trigger or detector signal of the pack occurs and no pattern runs
        # untriggered, so every rule and detector would pass (``_Run.run`` returns [] on the same condition).
        return []
    if kind == "chat" and (customer is None or not facts) and _only_idle_triggers(compiled, s, shadow, matches):
        return []
    return _Run(compiled, text, kind, facts, customer, shadow).run(matches)


def _only_idle_triggers(pack: CompiledPack, s: str, shadow: Shadow, matches: list[tuple[int, int, int]]) -> bool:
    """True when a chat line can have no finding: the automaton found only pattern triggers and exclusions
    (no lexicon phrase, no detector signal) and none of the patterns that would run matches anywhere.

    In a chat line, findings come only from lexicon phrases, pattern matches and signal-gated detectors
    (the disclosure detectors do not run for chat), so this is the same verdict as ``_Run.run`` at the cost
    of the pattern searches alone. Chat lines that merely mention a trigger word (存款, 本金, 满) are common.
    """
    entries = pack.entries
    pids: set[int] = set()
    for idx, _, _ in matches:
        for etype, target, _ in entries[idx]:
            if etype == TRIG:
                pids.add(target)
            elif etype != EXCL:
                return False
    if pack.untriggered:  # as in _Run.run
        if not shadow.digit_free and _DIGIT_RUNS.search(s):
            run = _LONGEST_DIGITS(s)
            pids.update(pid for pid in pack.untriggered if pack.patterns[pid].digits <= run)
        elif pack.always:
            pids.update(pack.always)
    patterns = pack.patterns
    for pid in pids:
        if patterns[pid].regex.search(s) is not None:
            return False
    return True


def check_window(
    lines: Sequence[str],
    *,
    kind: str = "chat",
    products: Iterable[ProductFacts | Mapping[str, Any]] = (),
    customer_risk: str | None = None,
    pack: str | CompiledPack = "cn",
) -> list[Finding]:
    """Check the newest of consecutive chat lines from one sender together with the ones before it.

    Splitting a phrase across messages ("保" then "本的") is a known trick (rules.md §4.5). Pass the
    sender's last few lines (e.g. 3 lines or 30 s), oldest first; the lines are joined with line breaks
    and checked as one text. Returned findings are those that reach into the newest line, with offsets
    clipped to and relative to that line, so they can be stored against it.
    """
    lines = [line for line in lines if isinstance(line, str)]
    if not lines:
        return []
    last = lines[-1]
    joined = "\n".join(lines)
    offset = len(joined) - len(last)
    out: list[Finding] = []
    for f in check(joined, kind=kind, products=products, customer_risk=customer_risk, pack=pack):
        if f.end <= offset:
            continue
        start = max(f.start, offset) - offset
        end = f.end - offset
        out.append(Finding(f.code, f.severity, start, end, last[start:end], f.message, f.suggestion))
    return out

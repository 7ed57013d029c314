"""``check()``: run a compiled rule pack over one text (rules.md §2–§5)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

from .detectors import run_detectors
from .facts import products_of
from .literals import guard_module_regexes
from .model import MODEL_MIN_CHARS, line_units
from .normalize import Shadow, normalize, shadow_parts
from .packs import (
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
from .precedence import finish
from .structure import _NO_CODES, TextView, inside_word, overlaps
from .suggest import suggest
from .types import KINDS, EngineError, Finding, ProductFacts, customer_level

_KIND_SET = frozenset(KINDS)
_FIN_CONTEXT = re.compile(r"理财|产品|收益|基金|本金|这款|存款|利息|年化|投资|保险|买")
# Seven digits or more, single spaces or hyphens allowed between them (139 1234 5678, 555-201-7734), written to
# start with one \d: sre scans for a first-character set (a repeat gets none).
_DIGIT_RUNS = re.compile(r"\d(?:[ \-]?\d){6,}")
_ANY_DIGIT = re.compile(r"\d")


def _PRODUCT_BAO(s: str, a: int) -> bool:  # noqa: N802
    """A homophone spelling that starts with the 宝 of a product name (余额宝, 朝夕宝) directly after it."""
    return (
        s[a] == "宝"
        and s[a + 1 : a + 3] == "收益"
        and a > 0
        and "\u4e00" <= s[a - 1] <= "\u9fff"
        and s[a - 1] not in "本息宝保"
    )


def _LONGEST_DIGITS(s: str) -> int:  # noqa: N802
    """Digits in the longest run of digits (spaced or hyphenated), counting only runs of 7 or more (else 0)."""
    best = 0
    for m in _DIGIT_RUNS.finditer(s):
        best = max(best, sum(c.isdigit() for c in m.group()))
    return best


class _Run(TextView):
    """One check: the lexicon and pattern matching over a ``TextView``, then the detectors and precedence."""

    __slots__ = ()

    def run(self, matches: list[tuple[int, int, int]] | None = None) -> list[Finding]:
        """Check the text; ``matches`` is the automaton's scan of the shadow when the caller already ran it."""
        pack = self.pack
        s = self.s
        if not s or s.isspace():
            return []
        lex_hits: list[tuple[str, int, int, int]] = []
        excl: dict[str, list[tuple[int, int]]] = {}
        signals = self.signals
        triggered = untriggered_patterns(pack, s, self.shadow.digit_free)
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
            if done and overlaps(done, a, b):
                continue  # the same code already stands here; it would be merged anyway
            rule = pack.rules.get(code)
            if rule is None or self.kind not in rule.kinds:
                continue
            if flags & PROTECTED_OK and protected:
                continue
            if overlaps(excl.get(code), a, b):
                continue
            if flags & HOMOPHONE and b - a == 2 and inside_word(s, a, b):
                continue
            if a > 0 and s[a - 1 : a + 1] in self._settings_cache["split_words"]:
                continue  # 提高收益: the hit's first character belongs to the word before it (提高), not to 高收益
            if flags & HOMOPHONE and _PRODUCT_BAO(s, a):
                continue  # 朝夕宝收益: a product named X宝, not 保收益 spelled with 宝
            severity = None
            if flags & INITIALS:
                if not _FIN_CONTEXT.search(s):
                    continue
                severity = "review" if rule.severity == "block" else rule.severity
            if rule.negatable and self.negated(a):
                continue
            if self.in_prohibitive_quote(a, b) or (rule.regexes and self.sentence_excluded(code, a)):
                continue
            if self.other_subject(code, a):
                continue
            self.hits.append((code, a, b, severity, None))
            accepted.setdefault(code, []).append((a, b))

        figure_patterns: list[tuple[str, int, int]] = []
        for pid in sorted(possible_patterns(pack, s, triggered)):
            pat = pack.patterns[pid]
            rule = pack.rules.get(pat.code)
            if rule is None or self.kind not in rule.kinds or pat.code in skipped:
                continue
            if pat.needs and not all(
                n in signals or (n == "digit" and _ANY_DIGIT.search(s)) for n in pat.needs
            ):
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
                if overlaps(excl.get(pat.code), a, b):
                    continue
                if pat.negatable and (
                    self.negated(a)
                    or (not pat.inner_negation_ok and self.inner_negated(a, b))
                    or (pat.code != "privacy.customer_pii" and self.asked_inside(a, b))
                ):  # a customer's data is disclosed even inside their question
                    continue
                if self.in_prohibitive_quote(a, b) or self.other_subject(pat.code, a):
                    continue
                if pat.short_window and not _short_window(m):
                    continue
                if pat.code == "privacy.customer_pii" and (
                    re.search(r"[*＊]|某", s[max(0, a - 8) : a])
                    or (_masked_name(self.shadow, a, b) and not re.search(r"\d{5,}", s[a:b]))
                ):
                    continue  # a masked name (王**, 刘**阿姨), before or opening the match, with no number given
                if pat.figure:
                    figure_patterns.append((pat.code, a, b))
                    continue
                if rule.regexes and self.sentence_excluded(pat.code, a):
                    continue
                unless = rule.data.get("unless")
                self.hits.append((pat.code, a, b, None, {"_unless": unless} if unless else None))
                pos = b

        run_detectors(self, figure_patterns)
        if not self.hits:
            return []
        return finish(self)


def _masked_name(shadow: Shadow, a: int, b: int) -> bool:
    """The match opens with a masked name (刘**阿姨: the shadow drops the stars between Hanzi)."""
    oa, ob = shadow.span(a, min(b, a + 4))
    return re.search(r"[*＊]{2}", shadow.original[oa:ob]) is not None


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


def check(
    text: str,
    *,
    kind: str,
    products: Iterable[ProductFacts | Mapping[str, Any]] = (),
    customer_risk: str | None = None,
    pack: str | CompiledPack = "cn",
    model: bool = True,
) -> list[Finding]:
    """Check ``text`` (a ``kind`` of content) against a rule pack; findings sorted by start offset.

    ``products`` are the attached products' facts (ProductFacts or dicts shaped like
    ``products.models.Product.facts()``); ``customer_risk`` is "C1".."C5" or None. Pure: no I/O
    beyond loading the repository pack once. Raises ``EngineError`` on bad arguments. ``model=False``
    leaves out the statistical last layer (``check_window`` runs it once on the newest line instead).
    """
    if not isinstance(text, str):
        raise EngineError(f"text must be a string, got {type(text).__name__}")
    if kind not in _KIND_SET:
        raise EngineError(f"kind must be one of {', '.join(KINDS)}, got {kind!r}")
    compiled = pack if isinstance(pack, CompiledPack) else get_pack(pack)
    facts = products_of(products) if products else []
    customer = None if customer_risk is None else customer_level(customer_risk)
    s, offsets, digit_free = shadow_parts(text, compiled.leet_words)
    automaton = compiled.automaton
    # overlapping=True, passed by position: the extension's keyword parsing costs ~0.1 µs a call.
    matches = automaton.find_matches_as_indexes(s, True) if automaton is not None else []
    if kind == "chat" and (customer is None or not facts) and quiet(compiled, s, digit_free, matches):
        return []  # the common chat line: no Shadow built (and no model: it only adds to what the rules found)
    shadow = Shadow(s, text, offsets, digit_free)
    findings = _Run(compiled, text, kind, facts, customer, shadow).run(matches)
    if findings and model and kind in compiled.model_kinds and len(s) >= MODEL_MIN_CHARS:
        hints = model_hints(compiled, shadow, kind, {f.code for f in findings}, facts, customer)
        if hints:
            findings = sorted(findings + hints, key=lambda f: (f.start, f.end, f.code))
    return findings


_MODEL_SKIP: dict[tuple[str, str], frozenset[str]] = {}


def hints_only(
    text: str,
    *,
    kind: str,
    products: Iterable[ProductFacts | Mapping[str, Any]] = (),
    customer_risk: str | None = None,
    pack: str | CompiledPack = "cn",
    reported: set[str] | frozenset[str] = frozenset(),
) -> list[Finding]:
    """The statistical last layer alone on ``text``, for codes not in ``reported`` (the caller's rules found
    them): ``check_window`` scores the newest line once rather than inside every join."""
    compiled = pack if isinstance(pack, CompiledPack) else get_pack(pack)
    if kind not in compiled.model_kinds:
        return []
    shadow = normalize(text, compiled.leet_words)
    if len(shadow.text) < MODEL_MIN_CHARS:
        return []
    facts = products_of(products) if products else []
    customer = None if customer_risk is None else customer_level(customer_risk)
    return model_hints(compiled, shadow, kind, set(reported), facts, customer)


def model_hints(
    pack: CompiledPack,
    shadow: Shadow,
    kind: str,
    reported: set[str],
    facts: list[ProductFacts],
    customer: int | None,
) -> list[Finding]:
    """The statistical last layer: ``review`` hints for codes the rules did not report (never ``block``), and
    only on a text the rules already report something on (an ``info`` finding counts). Alone, the model flagged
    honest text nobody had read (three clean items in a hundred on a validation split) for little recall that the
    rules had not already opened: as a second opinion on a text already under review it keeps that recall and
    brings no text to an officer that the rules passed."""
    model = pack.model
    if model is None or not reported:
        return []
    key = (pack.digest, kind)
    base = _MODEL_SKIP.get(key)
    if base is None:  # a rule the officer disabled or narrowed is not brought back by the model
        base = _MODEL_SKIP[key] = frozenset(
            c for c in model.codes if c not in pack.rules or kind not in pack.rules[c].kinds
        )
    skip = base.union(reported) if reported else base
    view: list[TextView] = []

    def framed(a: int, b: int) -> bool:
        if not view:  # built only when a sentence crosses a threshold
            view.append(TextView(pack, shadow.original, kind, facts, customer, shadow))
        return view[0].framed(a, b)

    spans = line_units(shadow.text, shadow.original, shadow.offsets) if kind == "chat" else None
    best = model.best(shadow.text, skip, whole=kind == "chat", framed=framed, spans=spans)
    if not best:
        return []
    conf = pack.settings.get("stat_model") or {}
    lang = "zh" if pack.language == "zh" else "en"
    hint = str(conf.get(f"message_{lang}") or conf.get("message_en") or "")
    cancel = conf.get("cancel") or {}
    out = []
    for code, (a, b, _) in sorted(best.items()):
        rule = pack.rules.get(code)
        if rule is None:
            continue
        if any(_cancel_re(str(rx)).search(shadow.text) for rx in cancel.get(code) or ()):
            continue
        start, end = shadow.span(a, b)
        out.append(
            Finding(
                code=code,
                severity="review",
                start=start,
                end=end,
                excerpt=shadow.original[start:end],
                message=f"{hint}{rule.message}" if hint else rule.message,
                suggestion=suggest(code, rule.suggestion, facts, pack.language, customer),
            )
        )
    return out


@lru_cache(maxsize=64)
def _cancel_re(rx: str) -> re.Pattern[str]:
    try:
        return re.compile(rx)
    except re.error:
        return re.compile(r"(?!)")  # a broken officer regex cancels nothing


def untriggered_patterns(pack: CompiledPack, s: str, digit_free: bool) -> set[int]:
    """Patterns that run without a trigger phrase: those gated by a digit run the text has (phone, ID and
    card numbers), or the always-run ones (``digit_free``: the text is known to hold no digit). Used by both the
    gate and the full run."""
    if not pack.untriggered:
        return set()
    if not digit_free and _DIGIT_RUNS.search(s):
        longest = _LONGEST_DIGITS(s)
        return {pid for pid in pack.untriggered if pack.patterns[pid].digits <= longest}
    return set(pack.always)


# From this length on, one automaton scan for every required string beats a regex search per required set.
_LONG_TEXT = 400


def possible_patterns(pack: CompiledPack, s: str, pids: set[int]) -> set[int]:
    """``pids`` without the patterns that cannot match ``s``: it holds no string of one of their required sets."""
    out = set()
    if len(s) >= _LONG_TEXT and pack.required_scan is not None:
        found = {m[0] for m in pack.required_scan.find_matches_as_indexes(s, overlapping=True)}
        required_keys = pack.required_keys
        required = pack.required
        for pid in pids:
            for j, keys in enumerate(required_keys[pid]):
                if found.isdisjoint(keys) if keys is not None else required[pid][j](s) is None:
                    break
            else:
                out.add(pid)
        return out
    required = pack.required
    for pid in pids:
        for holds in required[pid]:
            if holds(s) is None:
                break
        else:
            out.add(pid)
    return out


def quiet(pack: CompiledPack, s: str, digit_free: bool, matches: list[tuple[int, int, int]]) -> bool:
    """The gate shared by the fast path and the full run: True when a chat line (no customer attached) can
    have no finding.

    In a chat line, findings come only from lexicon phrases, pattern matches and signal-gated detectors
    (the disclosure detectors do not run for chat). So a line whose automaton scan found only pattern
    triggers and exclusions (no phrase, no detector signal), and none of whose candidate patterns matches,
    gets the verdict ``_Run.run`` would give at the cost of the pattern searches alone. The common chat line
    has no automaton match at all and no candidate pattern: one scan decides it.
    """
    gate = pack.gate
    gate_filters = pack.gate_filters
    pids: set[int] | None = None
    for idx, _, _ in matches:
        triggers = gate[idx]
        if triggers is None:
            return False  # a lexicon phrase or a detector signal
        if triggers:
            holds = gate_filters[idx]
            if holds is None or holds(s) is not None:
                if pids is None:
                    pids = set(triggers)
                else:
                    pids.update(triggers)
    if pack.untriggered:
        if digit_free or _DIGIT_RUNS.search(s) is None:
            untriggered: Iterable[int] = pack.always  # no run of digits long enough for the digit-gated ones
        else:
            untriggered = untriggered_patterns(pack, s, digit_free)
        if untriggered:
            pids = set(untriggered) if pids is None else pids.union(untriggered)
    if pids is None:
        return True  # the common line: no candidate pattern
    searches = pack.searches
    for pid in possible_patterns(pack, s, pids):
        if searches[pid](s) is not None:
            return False
    return True


guard_module_regexes(globals())

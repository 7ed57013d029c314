"""The last step of a check: disclaimers that cancel disclosure-style hits, precedence between codes
(rules.md §6), de-duplication, and offsets mapped back to the original text."""

from __future__ import annotations

import re
from typing import Any

from .literals import guard_module_regexes
from .structure import TextView, overlaps
from .suggest import suggest
from .types import Finding


def finish(run: TextView) -> list[Finding]:
    s = run.s
    pack = run.pack
    hits = run.hits
    codes = {h[0] for h in hits}
    # Disclosure-style hits that are cancelled by a disclaimer somewhere in the text.
    needs_checked: dict[str, bool] = {}

    def disclaimed(kind: str) -> bool:
        if kind not in needs_checked:
            if kind == "past":
                rx = (
                    pack.rules["performance.past_without_disclaimer"].regexes.get("disclaimers")
                    if "performance.past_without_disclaimer" in pack.rules
                    else None
                )
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
                ss, se = run.sentence_of(a)
                if rx is not None and rx.search(s[ss:se]):
                    continue
            elif disclaimed(need):
                continue
        result.append((code, a, b, sev, fmt))

    if any(h[0] not in _HEARSAY_KEEP for h in result):
        # Round 17: advice others gave, reported and refuted ("whoever's been telling people to fudge the
        # questionnaire: please stop"; "never let anyone tell you which answers to pick"): not the speaker's claim.
        result = [h for h in result if h[0] in _HEARSAY_KEEP or not _hearsay_refuted(run, h[1], h[2])]
    codes = {h[0] for h in result}
    if "claim.risk_level_mismatch" in codes:
        # A level named while the scale is explained (风险等级分R1到R5五级，R5风险最高 / levels run from R1 to R5; R5 is
        # the riskiest): a point of the scale, not this product's level.
        result = [
            h for h in result if h[0] != "claim.risk_level_mismatch" or not _on_the_scale(s, h[1], h[2])
        ]
        codes = {h[0] for h in result}
    if "performance.prediction" in codes:
        # A realized return reported after the product matured (第3期已于12月20日到期，实际年化收益率3.08%): a past
        # figure, not a forecast.
        result = [h for h in result if h[0] != "performance.prediction" or not _realized(run, h[1], h[2])]
        codes = {h[0] for h in result}
    # Precedence (rules.md §6).
    if "promise.guaranteed_return" in codes and "performance.prediction" in codes:
        ret = [(a, b) for c, a, b, _, _ in result if c == "promise.guaranteed_return"]
        result = [h for h in result if not (h[0] == "performance.prediction" and overlaps(ret, h[1], h[2]))]
    if "superlative.absolute_term" in codes:
        strong = ("promise.capital_guarantee", "promise.guaranteed_return", "performance.prediction")
        cap = [(a, b) for c, a, b, _, _ in result if c in strong]
        result = [
            h for h in result if not (h[0] == "superlative.absolute_term" and overlaps(cap, h[1], h[2]))
        ]
    if "claim.yield_exceeds_benchmark" in codes:
        result = [h for h in result if h[0] != "claim.product_fact_mismatch"]
    if "claim.risk_level_mismatch" in codes:
        result = [h for h in result if h[0] != "disclosure.risk_level_missing"]

    result.sort(key=lambda h: (h[1], -(h[2] - h[1]), h[0]))
    seen: dict[str, list[tuple[int, int]]] = {}
    findings: list[Finding] = []
    for code, a, b, sev, fmt in result:
        spans = seen.setdefault(code, [])
        if overlaps(spans, a, b):
            continue
        spans.append((a, b))
        rule = pack.rules[code]
        start, end = run.shadow.span(a, b)
        fmt = {k: v for k, v in (fmt or {}).items() if not k.startswith("_")}
        findings.append(
            Finding(
                code=code,
                severity=sev or rule.severity,
                start=start,
                end=end,
                excerpt=run.text[start:end],
                message=_format(rule.message, fmt),
                suggestion=suggest(code, rule.suggestion, run.products, pack.language, run.customer, fmt),
            )
        )
    findings.sort(key=lambda f: (f.start, f.end, f.code))
    return findings


# The risk scale itself: its range (R1到R5, R1-R5, from R1 to R5) and its ends named as such (R5风险最高, R1 is the
# lowest, R5 is the riskiest).
_SCALE_RANGE = re.compile(r"r[1-5]\s*(?:到|至|-|~|～|—|–|\bto\b|\bthrough\b)\s*r[1-5]")
_SCALE_END = re.compile(
    r"\s*(?:级|等级)?(?:的)?(?:产品)?(?:风险|波动)?(?:最高|最低|最大|最小)"
    r"|\s*(?:is|being|as) (?:the )?(?:riskiest|safest|highest|lowest|most conservative|most aggressive|top|bottom)\b"
)


_REALIZED_LABEL = re.compile(
    r"(?:(?:实际|实现|最终)(?:的)?(?:年化)?(?:收益率|收益|回报)?(?:为|是|达到了|做到了)?"
    r"|\b(?:realized|actual|final)(?: annuali[sz]ed)? (?:return|yield)(?: of| was| came in at)?)\s*$"
)
_MATURED = re.compile(
    r"已(?:于|在|经)?[^。！？!?；;\n]{0,14}?(?:到期|兑付|清算|结束|返还|分配)|到期(?:后)?已"
    r"|\b(?:matured|paid out|was redeemed|were redeemed|closed out|wound up)\b"
)
_AHEAD = re.compile(
    r"预计|预期|有望|能|会|将|可以|可能|下一期|这一期|本期|新一期|未来|以后"
    r"|\b(?:expect\w*|will|could|should|may|might|next|upcoming|forecast\w*|project\w*|likely)\b"
)


def _realized(run: TextView, a: int, b: int) -> bool:
    s = run.s
    ss, se = run.sentence_of(a)
    figure = s.rfind("%", a, b)
    if figure < 0:
        return False
    start = figure
    while start > a and (s[start - 1].isdigit() or s[start - 1] == "."):
        start -= 1
    label = s[max(ss, start - 40) : start]
    return (
        _REALIZED_LABEL.search(label) is not None
        and _MATURED.search(s, ss, start) is not None
        and _AHEAD.search(s, ss, se) is None
    )


# Reported advice (English): who gave it and the verb of saying, before the claim in its sentence.
_HEARSAY_GATE = re.compile(
    r"\b(?:telling|saying|suggesting|advising|posting|claiming|pushing|told|said|suggested|advised|posted|claimed"
    r"|tells|says|suggests|claims|let (?:anyone|anybody|someone|somebody)|asked|asks|asking|wondered|wonders|want(?:s)? to know"
    r"|say|claim|think|believe|predict|expect|argue|insist)\b"
)
_HEARSAY_OPEN = re.compile(
    r"\b(?:whoever(?:'s| is| has| was| keeps)?|anyone|anybody|someone|somebody|some(?: (?:people|folks|of you|viewers|analysts|experts|strategists|pundits))?|many|plenty of people|a lot of people"
    r"|people|folks|a few (?:people|folks|of you|viewers)|others|other (?:viewers|people|reps|advisors|advisers|banks|firms)"
    r"|(?:a |the |some |these |those )?(?:posts?|comments?|messages?|videos?|rumou?rs?|ads?|threads?|tiktoks?|influencers?)"
    r"|i(?:'ve| have)? (?:seen|heard|noticed|read)(?: (?:a few|some|several|a couple of|the))? (?:posts?|comments?|messages"
    r"|people|folks|someone|somebody|talk|chatter|rumou?rs?|viewers))"
    r"(?: (?:who|that|in|on|from|online|here)(?: [a-z']+){0,4}?)?(?:'s|'ve| has| have| is| are| keeps?| was| were)?(?: been)?"
    r" (?:telling|saying|suggesting|advising|posting|claiming|pushing|told|said|suggested|advised|posted|claimed|tells|says"
    r"|suggests|claims|say|claim|think|believe|predict|expect|argue|insist)\b"
)
# A question reported ("a viewer asked if Crestline's fund is a scam"): answered "No." after it, it is refuted.
_ASKED_OPEN = re.compile(
    r"\b(?:asked|asks|asking|wondered|wonders|wants to know|want to know)(?: me| us)? (?:if|whether)\b"
)
# A prohibition that carries its own verdict: "never let anyone, including me, tell you which answers to pick".
_HEARSAY_BARRED = re.compile(
    r"\b(?:never|don't|do not) let (?:anyone|anybody|someone|somebody|a rep|an advisor|an adviser|a banker|me)\b"
    r"[^.!?\n]{0,30}?\b(?:tell|talk|convince|coach|push|pressure|persuade|walk|steer)\b"
)
# A list of what the speaker will not do or say ("here's what we won't do on this stream: promise returns, tell you a
# fund can't lose…"): each item is denied, up to a contrast.
_REFUSED_LIST = re.compile(
    r"\b(?:what|things?|the things?|stuff) (?:we|i)(?: will| would)? (?:won't|will not|never|don't|do not|will never"
    r"|refuse to|aren't allowed to|are not allowed to|can't|cannot)(?: ever)?(?: do| say| tell you| promise| post)?\b"
    r"[^.!?\n:]{0,30}:"
)
_LIST_CONTRAST = re.compile(r"\b(?:but|however|though|except)\b")
_HEARSAY_REFUTE = re.compile(
    r"\bplease (?:don't|do not|stop|ignore|never)\b|\b(?:don't|do not) (?:do (?:it|that|this)|listen|believe|fall for)\b"
    r"|\bignore (?:it|that|them|those|this|him|her|the advice)\b|\b(?:that's|that is|it's|it is)(?: just| simply)? not how\b"
    r"|\b(?:that's|that is|this is|it's|it is|which is) (?:wrong|not true|not right|false|bad advice|a bad idea|against the rules"
    r"|not okay|not ok|not allowed|misconduct|fraud)\b|\bstop\b|\banswer (?:truthfully|honestly|accurately)\b"
    r"|\b(?:honest|accurate|truthful) answers\b|(?:^|[.!?]\s+)no\b|\bwalk away\b|\breport (?:it|them|that)\b"
    r"|\b(?:nobody|no one|who) (?:really )?knows\b|\bnobody can (?:say|tell|know)\b"
)
_HEARSAY_KEEP = frozenset(
    ("privacy.customer_pii", "disclosure.risk_warning_missing", "disclosure.risk_level_missing")
)


def _hearsay_refuted(run: TextView, a: int, b: int) -> bool:
    """The hit at ``a..b`` lies inside advice the text reports of others, and a verdict against it follows in its
    sentence or opens the next one; or a prohibition bars anyone from giving it."""
    s = run.s
    if not s[a:b].isascii():
        return False
    ss, se = run.sentence_of(a)
    listed = _REFUSED_LIST.search(s, ss, a + 1)
    if listed is not None and not _LIST_CONTRAST.search(s, listed.end(), a):
        return True
    if _HEARSAY_GATE.search(s, ss, min(se, b + 40)) is None:
        return False
    if _HEARSAY_BARRED.search(s, ss, a + 1) is not None:
        return True
    opener = _HEARSAY_OPEN.search(s, ss, b) or _ASKED_OPEN.search(s, ss, b)
    if opener is None or opener.start() > a or _LIST_CONTRAST.search(s, opener.end(), a):
        return False  # none, or the speaker's own voice after a contrast ("some say it can lose, but it never will")
    end = se
    if se < len(s):
        end = min(run.sentence_of(se)[1], se + 90)
    return _HEARSAY_REFUTE.search(s, b, end) is not None


def _on_the_scale(s: str, a: int, b: int) -> bool:
    for m in _SCALE_RANGE.finditer(s, max(0, a - 12), min(len(s), b + 12)):
        if m.start() <= a and b <= m.end():
            return True
    return _SCALE_END.match(s, b) is not None


def _format(template: str, fmt: dict[str, Any]) -> str:
    if not fmt or "{" not in template:
        return re.sub(r"\{[a-z_]+\}", "", template) if "{" in template else template
    try:
        return template.format(**fmt)
    except (KeyError, IndexError, ValueError):
        return template


guard_module_regexes(globals())

"""Claims split over several chat lines (issue 16 point 8, the engine side).

An RM can split a claim so that no single line holds it: one character per line (保 / 本), filler lines
between the halves, or a pause longer than any window. Two entry points:

* ``check_window(lines, ...)`` — inline, for the newest line: its sender's recent lines (oldest first; pass
  several lines and minutes, e.g. the last 8 lines or 3 minutes) are checked as one text, and the newest line
  is also paired with each earlier line alone (so filler lines between two halves do not hide them). Returns
  the findings that reach into the newest line, with offsets relative to it.
* ``check_transcript(lines, ...)`` — after the fact: the sender's whole transcript (or the last N minutes)
  as one text plus every pair of lines at most ``gap`` lines apart. Returns ``TranscriptFinding`` objects
  naming the lines involved, for claims that span lines; a caller files each as a post-hoc finding against
  those lines, unless the inline check already stored the same code on them.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .evaluate import check, hints_only
from .packs import CompiledPack
from .types import Finding, ProductFacts


@dataclass(frozen=True, slots=True)
class TranscriptFinding:
    """A finding over several lines: ``lines`` are the indices involved (ascending); ``start`` is the offset in
    the first of them and ``end`` the offset in the last (exclusive); ``excerpt`` joins the parts with "\\n"."""

    code: str
    severity: str
    lines: tuple[int, ...]
    start: int
    end: int
    excerpt: str
    message: str
    suggestion: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "severity": self.severity,
            "lines": list(self.lines),
            "start": self.start,
            "end": self.end,
            "excerpt": self.excerpt,
            "message": self.message,
            "suggestion": self.suggestion,
        }


_Products = Iterable[ProductFacts | Mapping[str, Any]]


def _spans(parts: Sequence[tuple[int, str]], found: Iterable[Finding]) -> list[TranscriptFinding]:
    """Map findings on ``"\\n".join(texts)`` back to the lines (``parts``: (line index, text)) they cover."""
    starts: list[int] = []
    pos = 0
    for _, text in parts:
        starts.append(pos)
        pos += len(text) + 1
    out: list[TranscriptFinding] = []
    for f in found:
        first = bisect_right(starts, f.start) - 1
        last = bisect_right(starts, max(f.start, f.end - 1)) - 1
        if first == last:
            continue  # within one line: the line's own check sees it
        pieces = [parts[i][1] for i in range(first, last + 1)]
        start = f.start - starts[first]
        end = f.end - starts[last]
        excerpt = "\n".join([pieces[0][start:]] + pieces[1:-1] + [pieces[-1][:end]])
        out.append(
            TranscriptFinding(
                f.code,
                f.severity,
                tuple(parts[i][0] for i in range(first, last + 1)),
                start,
                end,
                excerpt,
                f.message,
                f.suggestion,
            )
        )
    return out


def _run(
    parts: Sequence[tuple[int, str]],
    kind: str,
    products: list[Any],
    customer_risk: str | None,
    pack: str | CompiledPack,
) -> list[TranscriptFinding]:
    joined = "\n".join(text for _, text in parts)
    return _spans(parts, check(joined, kind=kind, products=products, customer_risk=customer_risk, pack=pack))


def check_transcript(
    lines: Sequence[str],
    *,
    kind: str = "chat",
    products: _Products = (),
    customer_risk: str | None = None,
    pack: str | CompiledPack = "cn",
    gap: int = 3,
) -> list[TranscriptFinding]:
    """Findings of claims that span two or more of one sender's ``lines`` (oldest first).

    The lines are checked as one text, and each pair of lines with at most ``gap`` lines between them is
    checked on its own (a claim whose halves have filler lines between them). A finding is kept when it
    covers more than one line and its code was not found on those lines separately. Sorted by first line.
    """
    texts = [line for line in lines if isinstance(line, str)]
    products = list(products or ())
    single: dict[int, set[str]] = {}
    for i, text in enumerate(texts):
        single[i] = {
            f.code for f in check(text, kind=kind, products=products, customer_risk=customer_risk, pack=pack)
        }
    found: dict[tuple[str, tuple[int, ...]], TranscriptFinding] = {}

    def keep(items: Iterable[TranscriptFinding]) -> None:
        for tf in items:
            if all(tf.code in single[i] for i in tf.lines):
                continue
            found.setdefault((tf.code, tf.lines), tf)

    keep(_run(list(enumerate(texts)), kind, products, customer_risk, pack))
    for i in range(len(texts)):
        for j in range(i + 2, min(len(texts), i + gap + 2)):
            keep(_run([(i, texts[i]), (j, texts[j])], kind, products, customer_risk, pack))
    # A finding over (i, j) that the whole-text pass already reported over i..j is the same claim.
    spans = {(code, idx[0], idx[-1]) for code, idx in found}
    result = [
        tf
        for (code, idx), tf in found.items()
        if len(idx) > 2
        or not any(
            c == code and a <= idx[0] and idx[-1] <= b and (a, b) != (idx[0], idx[-1]) for c, a, b in spans
        )
    ]
    return sorted(result, key=lambda tf: (tf.lines[0], tf.start, tf.code))


def check_window(
    lines: Sequence[str],
    *,
    kind: str = "chat",
    products: _Products = (),
    customer_risk: str | None = None,
    pack: str | CompiledPack = "cn",
    pairs: bool = True,
    model: bool = True,
) -> list[Finding]:
    """Check the newest of one sender's recent chat lines together with the ones before it.

    Pass the sender's recent lines, oldest first (several lines and minutes: splitting a phrase across
    messages is a known trick, rules.md §4.5). They are checked as one text, and (unless ``pairs`` is false)
    the newest line is also checked paired with each earlier line alone. Returned findings are those that
    reach into the newest line, with offsets clipped to and relative to that line, so they can be stored
    against it. The statistical last layer (unless ``model`` is false) scores the newest line once, for the
    codes the joins did not report: its hints never span lines.
    """
    texts = [line for line in lines if isinstance(line, str)]
    if not texts:
        return []
    last = texts[-1]
    products = list(products or ())
    candidates = [texts] + ([[texts[i], last] for i in range(len(texts) - 2)] if pairs else [])
    out: dict[tuple[str, int, int], Finding] = {}
    for group in candidates:
        joined = "\n".join(group)
        offset = len(joined) - len(last)
        for f in check(
            joined, kind=kind, products=products, customer_risk=customer_risk, pack=pack, model=False
        ):
            if f.end <= offset:
                continue
            start = max(f.start, offset) - offset
            end = f.end - offset
            out.setdefault(
                (f.code, start, end),
                Finding(f.code, f.severity, start, end, last[start:end], f.message, f.suggestion),
            )
    if model:
        reported = {f.code for f in out.values()}
        for f in hints_only(
            last, kind=kind, products=products, customer_risk=customer_risk, pack=pack, reported=reported
        ):
            out.setdefault((f.code, f.start, f.end), f)
    return sorted(out.values(), key=lambda f: (f.start, f.end, f.code))

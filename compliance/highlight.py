"""Render a text with its findings marked at their spans, as safe HTML (every piece of text is escaped)."""

from collections.abc import Sequence
from typing import Any

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

SEVERITY_RANK = {"block": 3, "review": 2, "info": 1}


def _severity(finding: Any) -> str:
    return str(getattr(finding.severity, "value", finding.severity))


def highlight_html(text: str, findings: Sequence[Any]) -> SafeString:
    """``text`` as HTML with ``<mark>`` around every finding's span; overlapping spans nest as segments.

    Finding *i* (1-based, in the order given) is referenced by ``data-findings`` on each segment it covers
    and by a ``[i]`` marker where its span ends, so the list of findings below the text can name it.
    Spans outside the text are clamped; an empty span gets a visible marker.
    """
    n = len(text)
    spans = []
    for index, finding in enumerate(findings, start=1):
        start = max(0, min(int(finding.start), n))
        end = max(start, min(int(finding.end), n))
        spans.append((start, end, index, finding))
    points = sorted({0, n, *(s for s, _, _, _ in spans), *(e for _, e, _, _ in spans)})
    parts: list[str] = []

    def refs_ending_at(pos: int) -> None:
        ending = [i for s, e, i, _ in spans if e == pos and s < e]
        if ending:
            parts.append(format_html('<sup class="finding-ref">[{}]</sup>', ",".join(map(str, ending))))

    for position, a in enumerate(points):
        for s, e, i, f in spans:
            if s == e == a:
                parts.append(format_html('<mark class="finding sev-{}" data-findings="{}" title="{}">⚑</mark>'
                                         '<sup class="finding-ref">[{}]</sup>', _severity(f), i,
                                         f"{f.code}: {f.message}", i))
        if position + 1 == len(points):
            break
        b = points[position + 1]
        covering = [(i, f) for s, e, i, f in spans if s <= a and b <= e and s < e]
        chunk = text[a:b]
        if covering:
            worst = max((_severity(f) for _, f in covering), key=lambda sev: SEVERITY_RANK.get(sev, 0))
            parts.append(format_html(
                '<mark class="finding sev-{}" data-findings="{}" title="{}">{}</mark>', worst,
                " ".join(str(i) for i, _ in covering), "; ".join(f"{f.code}: {f.message}" for _, f in covering),
                chunk,
            ))
        else:
            parts.append(escape(chunk))
        refs_ending_at(b)
    return mark_safe("".join(str(p) for p in parts))  # noqa: S308 - every part above is escaped

"""Which of the host's recent lines are checked together with a new one, inline, before it is broadcast.

A claim split over lines ("保" … "本") is caught only if its halves are checked as one text. The engine's
``check_window`` joins consecutive lines; a sender who puts filler lines between the halves, or waits, beats
a window of two lines and thirty seconds. So the inline check looks back further (``WINDOW_LINES`` lines
within ``WINDOW_SECONDS``) and tries three joins, each ending with the new line:

- the whole window, in order (a claim spread over consecutive lines);
- each earlier line with the new line alone (the halves of a claim with fillers between them; the engine's
  ``check_window`` makes these pairs);
- the window's fragments (lines of a few characters), in order (one character per line, fillers between).

Findings are those that reach into the new line, de-duplicated. Anything still missed (halves further
apart, longer fillers) is the whole-transcript re-scan's to find (``studio.transcript_scan``).
Pure: no database; the caller passes the lines.
"""

from collections.abc import Iterable, Mapping, Sequence
from time import perf_counter
from typing import Any

from compliance import engine
from observability import metrics

WINDOW_LINES = 8
WINDOW_SECONDS = 300
#: An earlier line this short may be the first half of a claim whose second half is the new line.
PAIR_MAX_CHARS = 16
#: A line this short is a fragment: fragments are joined without the lines between them.
FRAGMENT_MAX_CHARS = 2


def window_findings(
    earlier: Sequence[str], text: str, *, products: Iterable[Any] = (), pack: Any = "cn"
) -> list[engine.Finding]:
    """The engine's findings on ``text`` read together with ``earlier`` (oldest first), offsets into ``text``."""
    started = perf_counter()
    products = list(products)
    # The whole window, with the engine's own pairs of each earlier line and the new one (which include the
    # short lines' pairs) and the model's hints on the new line; then the fragments alone, whose pairs and
    # hints would repeat those.
    joins: list[tuple[list[str], bool]] = [([*earlier, text], True)]
    if earlier:
        fragments = [line for line in earlier if len(line.strip()) <= FRAGMENT_MAX_CHARS]
        if fragments and len(fragments) < len(earlier) and len(text.strip()) <= PAIR_MAX_CHARS:
            joins.append(([*fragments, text], False))
    seen: dict[tuple[str, int, int], engine.Finding] = {}
    for lines, whole in joins:
        for finding in engine.check_window(
            lines, kind="chat", products=products, pack=pack, pairs=whole, model=whole
        ):
            seen.setdefault((finding.code, finding.start, finding.end), finding)
    metrics.engine_checked("chat", perf_counter() - started)
    return sorted(seen.values(), key=lambda f: (f.start, f.end, f.code))


def as_products(products: Iterable[Mapping[str, Any]]) -> list[engine.ProductFacts]:
    """Product facts coerced once, so the several joins do not validate them again."""
    return [engine.ProductFacts.coerce(p) for p in products]

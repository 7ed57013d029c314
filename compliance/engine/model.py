"""The statistical last layer (issue 16, point 2): per-code linear models over the shadow text that may only
raise ``review``.

The model file (``packs/model.json``, written by ``python -m compliance.engine.train``) holds, per language,
one logistic regression per code over binary n-gram features of a sentence: Chinese character bigrams and
trigrams, English words and word bigrams, digits folded to ``0``. Scoring a text sums the weights of the
features each sentence holds; a sentence whose probability for a code reaches that code's threshold, in a text
where the rules reported nothing for the code, gives one ``review`` finding (the best sentence per code).
Pure Python; the weights are loaded once per file and turned into one dict ``feature -> ((code, w), ...)``.
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

import ahocorasick_rs

MODEL_FILE = Path(__file__).resolve().parent / "packs" / "model.json"

_CJK = re.compile(r"[\u3400-\u9fff]+")
_WORD = re.compile(r"[a-z][a-z'’]*|\d+(?:[.,]\d+)*%?")
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
# A sentence: up to and including its end mark; a full stop ends an English sentence only before a space.
_SENT = re.compile(r"[^。！？!?；;\n.]+(?:\.(?![\s.]|$)[^。！？!?；;\n.]*)*[。！？!?；;….]*")
_LATIN = re.compile(r"[a-z\d]")
MODEL_MIN_CHARS = 8  # shorter texts are left to the rules
MIN_UNIT = 4  # shorter sentences are not scored (an interjection, a number)


def features(u: str) -> set[str]:
    """Binary features of one normalised sentence: Chinese character bigrams and trigrams, and
    ``word_features``."""
    out: set[str] = set()
    for m in _CJK.finditer(u):
        run = m.group()
        n = len(run)
        for i in range(n - 1):
            out.add(run[i : i + 2])
            if i + 3 <= n:
                out.add(run[i : i + 3])
    if _LATIN.search(u):
        out |= word_features(u)
    return out


def word_features(u: str) -> set[str]:
    """English words and word bigrams (``^`` opens the sentence), a number folded to ``0`` (``0%``)."""
    out: set[str] = set()
    prev = "^"
    for w in _WORD.findall(u):
        w = _fold(w)
        out.add(w)
        out.add(prev + " " + w)
        prev = w
    return out


def _fold(w: str) -> str:
    if w[0].isdigit():
        return "0%" if w[-1] == "%" else "0"
    return w


def units(s: str) -> Iterator[tuple[int, int]]:
    """Sentence spans of the shadow text, stripped of surrounding blanks; short ones left out."""
    for m in _SENT.finditer(s):
        a, b = m.start(), m.end()
        while a < b and s[a].isspace():
            a += 1
        while b > a and s[b - 1].isspace():
            b -= 1
        if b - a >= MIN_UNIT:
            yield a, b


def text_units(s: str, whole: bool) -> list[tuple[int, int]]:
    """The units a text is scored by: each line of a chat text whole (a window or transcript of one sender's
    lines joined with line breaks is scored line by line, as the lines were), or a longer text's sentences."""
    if whole:
        out = []
        a = 0
        n = len(s)
        while a <= n:
            e = s.find("\n", a)
            if e < 0:
                e = n
            x, y = a, e
            while x < y and s[x].isspace():
                x += 1
            while y > x and s[y - 1].isspace():
                y -= 1
            if y > x:
                out.append((x, y))
            a = e + 1
        return out
    return list(units(s))


def line_units(s: str, original: str, offsets: tuple[int, ...] | None) -> list[tuple[int, int]]:
    """A chat text's lines as shadow spans, split where the original has a line break (the shadow may have
    dropped a break between two Chinese characters): a window or transcript is scored line by line."""
    if offsets is None or "\n" not in original:
        return text_units(s, True)
    breaks = [i for i, ch in enumerate(original) if ch == "\n"]
    out = []
    start = 0
    line = bisect_right(breaks, offsets[0]) if offsets else 0
    for i in range(1, len(s) + 1):
        here = bisect_right(breaks, offsets[i]) if i < len(s) else -1
        if here != line:
            a, b = start, i
            while a < b and s[a].isspace():
                a += 1
            while b > a and s[b - 1].isspace():
                b -= 1
            if b > a:
                out.append((a, b))
            start, line = i, here
    return out


class LinearModel:
    """One language's per-code weights, flattened for scoring.

    Chinese n-gram features are found with one Aho-Corasick scan of the whole text (only the n-grams the model
    weighs are in the automaton), English word features by a regex over the sentences that hold Latin letters;
    either way a sentence's features are the set ``features()`` gives."""

    __slots__ = ("automaton", "bias", "cjk", "codes", "live", "skip_empty", "thresholds", "weights")

    def __init__(self, data: dict[str, Any]) -> None:
        self.codes: tuple[str, ...] = tuple(data["codes"])
        self.bias: tuple[float, ...] = tuple(float(b) for b in data["bias"])
        thresholds = data.get("thresholds") or {}
        # A code without a threshold is never reported (trained, but CV showed no precision for it).
        self.thresholds: dict[int, float] = {
            i: _logit(float(thresholds[c])) for i, c in enumerate(self.codes) if c in thresholds
        }
        weights: dict[str, list[tuple[int, float]]] = {}
        for i, table in enumerate(data["weights"]):
            for feat, w in sorted(table.items()):
                weights.setdefault(feat, []).append((i, float(w)))
        self.weights: dict[str, tuple[tuple[int, float], ...]] = {
            k: tuple(v) for k, v in sorted(weights.items())
        }
        cjk = [k for k in self.weights if _CJK.fullmatch(k)]
        self.cjk: tuple[tuple[tuple[int, float], ...], ...] = tuple(self.weights[k] for k in cjk)
        self.automaton = ahocorasick_rs.AhoCorasick(cjk) if cjk else None
        # A sentence with no weighed feature scores its bias; skipping it is exact only if no bias reaches
        # its threshold (always so for a trained model, whose biases are strongly negative).
        self.live: dict[frozenset[str], dict[int, float]] = {}  # reportable codes per skipped set
        self.skip_empty = all(self.bias[i] < t for i, t in self.thresholds.items())

    def scores(self, u: str) -> list[float]:
        """Log-odds of every code for one normalised sentence."""
        z = list(self.bias)
        get = self.weights.get
        for f in sorted(features(u)):
            ws = get(f)
            if ws:
                for i, w in ws:
                    z[i] += w
        return z

    def best(
        self,
        s: str,
        skip: frozenset[str] | set[str],
        whole: bool = False,
        framed: Callable[[int, int], bool] | None = None,
        spans: list[tuple[int, int]] | None = None,
    ) -> dict[str, tuple[int, int, float]]:
        """For each reportable code not in ``skip``: the best sentence span of ``s`` over its threshold
        (``whole``: the text is one unit, a chat line). A sentence over a threshold for which ``framed(a, b)``
        is true (a quoted example, a prohibition in a teaching text) is passed over."""
        found: dict[str, tuple[int, int, float]] = {}
        live = self.live.get(skip) if isinstance(skip, frozenset) else None
        if live is None:
            live = {i: t for i, t in self.thresholds.items() if self.codes[i] not in skip}
            if isinstance(skip, frozenset) and len(self.live) < 64:
                self.live[skip] = live
        if not live:
            return found
        if spans is None:
            spans = text_units(s, whole)
        if not spans:
            return found
        n = len(spans)
        hits: list[list[int] | None] = [None] * n
        if self.automaton is not None and not s.isascii():
            k = 0
            end = spans[0][1]
            # The scan reports matches in order of their end; a Chinese n-gram never crosses a sentence end.
            for idx, a, b in self.automaton.find_matches_as_indexes(s, overlapping=True):
                if b > end:
                    while k < n and spans[k][1] < b:
                        k += 1
                    if k == n:
                        break
                    end = spans[k][1]
                if spans[k][0] <= a:
                    got = hits[k]
                    if got is None:
                        hits[k] = [idx]
                    else:
                        got.append(idx)
        words: list[set[str] | None] = [None] * n
        if _LATIN.search(s):
            k = 0
            prev = "^"
            for m in _WORD.finditer(s):
                a = m.start()
                if a >= spans[k][1]:
                    while k < n and spans[k][1] <= a:
                        k += 1
                    if k == n:
                        break
                    prev = "^"
                if a < spans[k][0]:
                    continue  # between sentences (a short one left out)
                token = _fold(m.group())
                got_words = words[k]
                if got_words is None:
                    got_words = words[k] = set()
                got_words.add(token)
                got_words.add(prev + " " + token)
                prev = token
        cjk = self.cjk
        get = self.weights.get
        bias = self.bias
        skip_empty = self.skip_empty
        for k, (a, b) in enumerate(spans):
            got = hits[k]
            wset = words[k]
            if got is None and wset is None and skip_empty:
                continue  # no feature the model weighs: the bias alone is far below every threshold
            z = list(bias)
            if got is not None:
                for idx in sorted(set(got)):
                    for i, wt in cjk[idx]:
                        z[i] += wt
            if wset:
                for f in sorted(wset):
                    ws = get(f)
                    if ws:
                        for i, wt in ws:
                            z[i] += wt
            for i, t in live.items():
                if z[i] >= t:
                    if framed is not None and framed(a, b):
                        break
                    code = self.codes[i]
                    seen = found.get(code)
                    if seen is None or z[i] > seen[2]:
                        found[code] = (a, b, z[i])
        return found


def _logit(p: float) -> float:
    p = min(max(p, 1e-9), 1 - 1e-9)
    return math.log(p / (1 - p))


@lru_cache(maxsize=4)
def _load(path: str) -> dict[str, LinearModel]:
    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
    except (OSError, ValueError):
        return {}
    return {lang: LinearModel(part) for lang, part in (data.get("languages") or {}).items()}


def model_for(settings: dict[str, Any], language: str) -> LinearModel | None:
    """The pack's model for its language, or None when ``settings.stat_model.enabled`` is false or unset."""
    conf = settings.get("stat_model")
    if not isinstance(conf, dict) or not conf.get("enabled"):
        return None
    name = str(conf.get("file") or MODEL_FILE.name)
    if "/" in name or "\\" in name or name.startswith("."):
        return None
    path = MODEL_FILE.parent / name
    return _load(str(path)).get("zh" if language == "zh" else "en")

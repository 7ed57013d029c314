"""Train the statistical last layer and estimate it honestly: ``python -m compliance.engine.train``.

    python -m compliance.engine.train --cv          # leave-one-round-out table (rules alone vs rules + model)
    python -m compliance.engine.train --write       # train on all of dev, write packs/model.json
    python -m compliance.engine.train --check       # exit 1 unless the committed model file is reproduced

Training data: ``compliance/corpus/dev/*.jsonl`` (rounds 0..5: ``en``/``zhchat``/``zhscript`` are round 0,
``*-roundN-blind`` round N) plus the shared sample. One example is a sentence of the normalised text (a chat
line is one example). A sentence is a positive for a code when its item expects the code and, in a longer text,
the rules' finding for that code lies in it; the other sentences of such an item are left out for that code.
Every sentence of an item that does not expect the code is a negative. Per code and language a logistic
regression (plain SGD, L2, fixed seed and order) over the features of ``model.features``. Deterministic: the
same corpus gives the same file byte for byte.

Thresholds are chosen from the out-of-fold scores of the leave-one-round-out run, never from dev fit, and from
the model ALONE (``choose_thresholds``): the rules were written from every dev round, so on a held-out dev round
they miss almost nothing and their residuals say little about text nobody has read, where they miss ~11 %. Per
code the options are the grid probabilities at which the model's own out-of-fold findings (every item of a kind
it runs on that the rules report anything on, as ``check`` gates it, whatever codes they said) are right at least ``MIN_PRECISION`` of the time, at least ``MIN_TP`` times;
greedily the option with most right findings per newly flagged clean item is taken while the clean items flagged
stay within ``CLEAN_BUDGET`` of those clean items; each chosen threshold is then raised ``MARGIN`` grid steps (a
clean false alarm is rare, so its out-of-fold estimate is noisy). The final model then raises a code's threshold
further until no clean training item reaches it (``build``). ``--cv`` also prints the nested figures: each round
scored with thresholds chosen without it and raised by that fold's own model, as ``build`` does.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import random
import re
import sys
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

from . import model as _model_module
from .evaluate import check
from .model import MODEL_FILE, MODEL_MIN_CHARS, LinearModel, features, text_units
from .normalize import normalize
from .packs import CompiledPack, compile_pack, load_pack_data
from .structure import TextView

ROOT = Path(__file__).resolve().parent.parent
DEV_DIR = ROOT / "corpus" / "dev"
SHARED = ROOT.parent / "tests" / "compliance" / "engine" / "shared" / "dev.jsonl"
LANG_PACK = {"zh": "cn", "en": "us"}

# Codes the model may learn: claims stated in one sentence. Product-aware codes (their truth depends on the
# product's facts) and disclosure codes (something missing from the whole text) are left to the rules.
CODES = (
    "promise.capital_guarantee",
    "promise.guaranteed_return",
    "performance.prediction",
    "performance.cherry_picked",
    "comparison.deposit_analogy",
    "comparison.unfair_competitor",
    "inducement.urgency_pressure",
    "inducement.gift_rebate",
    "misleading.hidden_conditions",
    "endorsement.testimonial",
    "endorsement.government",
    "superlative.absolute_term",
    "conduct.off_channel",
    "privacy.customer_pii",
    "suitability.assessment_bypass",
)
SEED = 16
EPOCHS = 12
LR = 0.25
L2 = 1e-4
POS_WEIGHT = 3.0  # a positive example counts this many times
MIN_DF = 2
MAX_DF = 0.02  # n-grams in more than this share of the sentences are dropped (speed)
PRUNE = 0.05  # weights smaller than this are dropped (in CV too)
MAX_FEATURES = 600  # per code: the largest weights are kept (300: fewer found, more clean flagged)
GRID = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.98, 0.99)
MIN_PRECISION = 0.8  # of the model's own out-of-fold findings for the code (right code on the item)
MIN_TP = 3
CLEAN_BUDGET = 0.003  # of the clean items of the kinds the model runs on, pooled over the held-out rounds
MARGIN = 2  # grid steps each chosen threshold is raised (1: more found, more clean flagged)
# The leave-one-round-out thresholds of the last --write, keyed by a digest of everything they are computed from
# (``cv_key``): --check reuses them when the key matches and cross-validates again otherwise.
CV_CACHE = MODEL_FILE.with_name("model.cv.json")


def round_of(path: Path) -> int:
    m = re.search(r"-round(\d+)-", path.name)
    return int(m.group(1)) if m else 0


def load_items() -> list[dict[str, Any]]:
    items = []
    for path in sorted(DEV_DIR.glob("*.jsonl")):
        r = round_of(path)
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    item = json.loads(line)
                    item["_round"] = r
                    items.append(item)
    with open(SHARED, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                item = json.loads(line)
                item["_round"] = -1  # always trained on, never held out
                items.append(item)
    return items


@lru_cache(maxsize=2)
def rules_only(name: str) -> CompiledPack:
    """The repository pack with the model switched off: training and CV compare with the rules alone."""
    data = load_pack_data(name)
    data["settings"]["stat_model"] = {"enabled": False}
    return compile_pack(data)


@lru_cache(maxsize=2)
def model_kinds(name: str) -> frozenset[str]:
    """The kinds the repository pack runs the model on (``settings.stat_model.kinds``, default all)."""
    conf = load_pack_data(name)["settings"].get("stat_model") or {}
    return frozenset(conf.get("kinds") or ("script", "chat", "product_card", "announcement"))


class Prepared:
    """One item: its sentences' features, the rules' codes, and per code which sentences are positives.
    ``scored``: the pack runs the model on the item's kind (every item is trained on; only these are scored)."""

    __slots__ = ("expect", "feats", "framed", "item", "labels", "lang", "opened", "rules", "scored")

    def __init__(self, item: dict[str, Any]) -> None:
        self.item = item
        self.lang = "zh" if item.get("lang", "zh") == "zh" else "en"
        pack = rules_only(LANG_PACK[self.lang])
        product = item.get("product")
        products = item.get("products") or ([product] if product else [])
        kind = item.get("kind") or "script"
        self.scored = kind in model_kinds(LANG_PACK[self.lang])
        findings = check(
            item["text"], kind=kind, products=products, customer_risk=item.get("customer_risk"), pack=pack
        )
        self.rules = {f.code for f in findings if f.severity in ("block", "review")}
        # The model only adds to a text the rules report something on (info included), as in check().
        self.opened = bool(findings)
        self.expect = set(item.get("expect") or [])
        shadow = normalize(item["text"], pack.leet_words)
        if len(shadow.text) < MODEL_MIN_CHARS:
            spans = []
        elif kind == "chat":
            spans = _whole(shadow.text)  # one corpus chat item is one message, line breaks and all
        else:
            spans = text_units(shadow.text, False)
        self.feats = [sorted(features(shadow.text[a:b])) for a, b in spans]
        view = TextView(pack, item["text"], kind, [], None, shadow)
        self.framed = [view.framed(a, b) for a, b in spans]  # passed over when scoring, as in check()
        orig = [shadow.span(a, b) for a, b in spans]
        # labels[code] = list of 1/0/None per sentence
        self.labels: dict[str, list[int | None]] = {}
        for code in CODES:
            if code not in self.expect:
                self.labels[code] = [0] * len(spans)
            elif kind == "chat" or len(spans) == 1:
                self.labels[code] = [1] * len(spans)
            else:
                hits = [(f.start, f.end) for f in findings if f.code == code]
                self.labels[code] = [
                    1 if any(a < fe and fs < b for fs, fe in hits) else None for a, b in orig
                ]


def _whole(s: str) -> list[tuple[int, int]]:
    a, b = 0, len(s)
    while a < b and s[a].isspace():
        a += 1
    while b > a and s[b - 1].isspace():
        b -= 1
    return [(a, b)] if b > a else []


def train(prepared: Iterable[Prepared], lang: str) -> dict[str, Any]:
    """Per-code logistic regressions for one language; returns the model file's part for it."""
    prepared = [p for p in prepared if p.lang == lang]
    df: dict[str, int] = {}
    for p in prepared:
        for fs in p.feats:
            for f in fs:
                df[f] = df.get(f, 0) + 1
    examples_count = sum(len(p.feats) for p in prepared)
    max_df = MAX_DF * examples_count
    vocab = sorted(f for f, n in df.items() if MIN_DF <= n <= max_df)
    index = {f: i for i, f in enumerate(vocab)}
    examples: list[tuple[list[int], list[int | None]]] = []
    for p in prepared:
        for k, fs in enumerate(p.feats):
            x = [index[f] for f in fs if f in index]
            examples.append((x, [p.labels[c][k] for c in CODES]))
    rng = random.Random(SEED)
    order = list(range(len(examples)))
    weights = [[0.0] * len(vocab) for _ in CODES]
    bias = [0.0] * len(CODES)
    for epoch in range(EPOCHS):
        rng.shuffle(order)
        lr = LR / (1 + epoch)
        for n in order:
            x, ys = examples[n]
            for c, y in enumerate(ys):
                if y is None:
                    continue
                w = weights[c]
                z = bias[c]
                for j in x:
                    z += w[j]
                prob = _sigmoid(z)
                g = (prob - y) * (POS_WEIGHT if y else 1.0)
                if abs(g) < 1e-4:
                    continue
                bias[c] -= lr * g
                for j in x:
                    w[j] -= lr * (g + L2 * w[j])
    tables = []
    for c in range(len(CODES)):
        w = weights[c]
        kept = sorted(
            (j for j in range(len(vocab)) if abs(w[j]) >= PRUNE), key=lambda j: (-abs(w[j]), vocab[j])
        )
        tables.append({vocab[j]: round(w[j], 3) for j in sorted(kept[:MAX_FEATURES])})
    return {"codes": list(CODES), "bias": [round(b, 3) for b in bias], "weights": tables}


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1 / (1 + math.exp(-z))
    e = math.exp(z)
    return e / (1 + e)


def item_scores(model: LinearModel, p: Prepared) -> dict[str, float]:
    """The best sentence's probability per code, whatever the rules said (``added`` leaves out the codes they
    reported); none for an item of a kind the model does not run on."""
    best: dict[str, float] = {}
    if not p.scored:
        return best
    for fs, framed in zip(p.feats, p.framed, strict=True):
        if framed:
            continue
        z = list(model.bias)
        for f in fs:
            for i, w in model.weights.get(f, ()):
                z[i] += w
        for i, code in enumerate(model.codes):
            prob = _sigmoid(z[i])
            if prob > best.get(code, 0.0):
                best[code] = prob
    return best


def cross_validate(prepared: list[Prepared], out: Any) -> dict[str, float]:
    """Leave-one-round-out: out-of-fold scores for every dev item; prints the table, returns thresholds."""
    rounds = sorted({p.item["_round"] for p in prepared if p.item["_round"] >= 0})
    oof: list[tuple[Prepared, dict[str, float]]] = []
    ceilings: dict[int, dict[str, float]] = {}
    for r in rounds:
        train_set = [p for p in prepared if p.item["_round"] != r]
        held = [p for p in prepared if p.item["_round"] == r]
        models = {lang: LinearModel(train(train_set, lang)) for lang in ("zh", "en")}
        for p in held:
            oof.append((p, item_scores(models[p.lang], p)))
        ceilings[r] = clean_ceiling(train_set, models)
        out.write(f"# round {r}: trained on {len(train_set)} items, held out {len(held)}\n")
        out.flush()
    thresholds = choose_thresholds(oof)
    out.write("thresholds (from pooled out-of-fold scores): " + json.dumps(thresholds) + "\n")
    report(oof, thresholds, rounds, out)
    nested(oof, rounds, ceilings, out)
    return thresholds


def clean_ceiling(prepared: list[Prepared], models: dict[str, LinearModel]) -> dict[str, float]:
    """Per code, the highest probability a model gives a clean item it was trained on (codes the rules
    reported there left out, as at run time)."""
    best: dict[str, float] = {}
    for p in prepared:
        if not p.expect and p.opened:
            for code, prob in item_scores(models[p.lang], p).items():
                if code not in p.rules:
                    best[code] = max(best.get(code, 0.0), prob)
    return best


def above_ceiling(thresholds: dict[str, float], ceiling: dict[str, float]) -> dict[str, float]:
    """Each threshold raised along the grid until it is above the ceiling; codes with no such step dropped."""
    raised = {
        code: next((g for g in GRID if g >= t and g > ceiling.get(code, 0.0)), 2.0)
        for code, t in thresholds.items()
    }
    return {code: t for code, t in raised.items() if t <= 1.0}


def nested(
    oof: list[tuple[Prepared, dict[str, float]]],
    rounds: list[int],
    ceilings: dict[int, dict[str, float]],
    out: Any,
) -> None:
    """The threshold choice itself held out: each round scored with thresholds chosen on the other rounds and
    raised above the clean training items of its fold's model (as ``build`` does with the final model)."""
    out.write("nested (thresholds chosen without the held-out round, raised as build does):\n")
    gains = []
    changes = []
    for r in rounds:
        th = above_ceiling(
            choose_thresholds([(p, sc) for p, sc in oof if p.item["_round"] != r]), ceilings[r]
        )
        rows = [(p, sc) for p, sc in oof if p.item["_round"] == r]
        base = _figures([(p, p.rules) for p, _ in rows])
        both = _figures([(p, p.rules | added(sc, th, p)) for p, sc in rows])
        gains.append(both[0] - base[0])
        changes.append(both[1] - base[1])
        out.write(
            f"{r:>5} recall {base[0]:.4f} -> {both[0]:.4f} ({both[0] - base[0]:+.4f}), clean precision "
            f"{base[1]:.4f} -> {both[1]:.4f} ({both[1] - base[1]:+.4f}); found {both[2] - base[2]:+d}, clean "
            f"items flagged {both[3] - base[3]:+d}; codes {len(th)}\n"
        )
    out.write(
        f" mean recall gain {sum(gains) / len(gains):+.4f}, clean precision change "
        f"{sum(changes) / len(changes):+.4f}\n"
    )


def added(scores: dict[str, float], thresholds: dict[str, float], p: Prepared) -> set[str]:
    """The codes the model adds to item ``p``: over their threshold, not reported by the rules, on a text the
    rules opened."""
    if not p.opened:
        return set()
    return {c for c, s in scores.items() if c in thresholds and s >= thresholds[c] and c not in p.rules}


def choose_thresholds(oof: list[tuple[Prepared, dict[str, float]]]) -> dict[str, float]:
    """Per code, the grid probabilities at which the model's own findings (pooled out-of-fold, every item of a
    kind it runs on that the rules opened, whatever codes they said) are right at least ``MIN_PRECISION`` of the time, at least
    ``MIN_TP`` times, are the options. Greedily, the option with the most right findings gained per clean item
    newly flagged is taken (lowering a code's threshold is an option too) while all clean items flagged stay
    within ``CLEAN_BUDGET`` of those clean items; each chosen threshold is then raised ``MARGIN`` grid steps.

    Why the model alone and not the rules' residuals: the rules were written from every dev round, so on a
    held-out dev round they leave a handful of misses per code, too few to estimate a precision from; the
    model's precision on all items is an estimate from ~100 positives per code of what it does on text nobody
    has read. The clean items it flags are the same either way (the rules flag almost none)."""
    clean_items = sum(1 for p, _ in oof if p.scored and not p.expect)
    budget = int(CLEAN_BUDGET * clean_items)
    options: list[tuple[str, float, int, set[str]]] = []
    for code in CODES:
        for t in GRID:
            tp, fp, flagged = _added(oof, code, t)
            if tp >= MIN_TP and tp / (tp + fp) >= MIN_PRECISION:
                options.append((code, t, tp, flagged))
    chosen: dict[str, tuple[float, int, set[str]]] = {}
    while True:
        used = set().union(*(f for _, _, f in chosen.values())) if chosen else set()
        best = None
        for code, t, tp, flagged in options:
            now = chosen.get(code)
            gain = tp - (now[1] if now else 0)
            if gain <= 0:
                continue
            others = set().union(*(f for c, (_, _, f) in chosen.items() if c != code)) if chosen else set()
            total = others | flagged
            if len(total) > budget:
                continue
            extra = len(total) - len(used)
            key = (gain / extra if extra > 0 else float("inf"), gain, -t, code)
            if best is None or key > best[0]:
                best = (key, code, t, tp, flagged)
        if best is None:
            break
        _, code, t, tp, flagged = best
        chosen[code] = (t, tp, flagged)
    return {
        code: GRID[min(GRID.index(t) + MARGIN, len(GRID) - 1)] for code, (t, _, _) in sorted(chosen.items())
    }


def _added(
    oof: list[tuple[Prepared, dict[str, float]]], code: str, t: float, residual: bool = False
) -> tuple[int, int, set[str]]:
    """Right and wrong findings of the model for ``code`` at ``t`` (``residual``: only on items the rules did
    not flag for it, the findings it adds), and the clean items it flags."""
    tp = fp = 0
    flagged: set[str] = set()
    for p, sc in oof:
        if not p.scored or not p.opened or (residual and code in p.rules):
            continue
        if sc.get(code, 0.0) >= t:
            if code in p.expect:
                tp += 1
            else:
                fp += 1
                if not p.expect:
                    flagged.add(str(p.item.get("id")))
    return tp, fp, flagged


def _figures(rows: list[tuple[Prepared, set[str]]]) -> tuple[float, float, int, int]:
    exp = found = clean = clean_ok = 0
    for p, reported in rows:
        exp += len(p.expect)
        found += len(p.expect & reported)
        if not p.expect:
            clean += 1
            clean_ok += not reported
    return found / max(exp, 1), clean_ok / max(clean, 1), found, clean - clean_ok


def report(
    oof: list[tuple[Prepared, dict[str, float]]], thresholds: dict[str, float], rounds: list[int], out: Any
) -> None:
    out.write(
        f"{'round':>5} {'items':>5} {'recall rules':>12} {'+model':>7} {'gain':>6} "
        f"{'clean P rules':>13} {'+model':>7} {'change':>7}\n"
    )
    sums = [0.0, 0.0, 0.0, 0.0]
    for r in [*rounds, None]:
        rows = [(p, sc) for p, sc in oof if r is None or p.item["_round"] == r]
        base = _figures([(p, p.rules) for p, _ in rows])
        both = _figures([(p, p.rules | added(sc, thresholds, p)) for p, sc in rows])
        label = "all" if r is None else str(r)
        out.write(
            f"{label:>5} {len(rows):>5} {base[0]:>12.4f} {both[0]:>7.4f} {both[0] - base[0]:>+6.4f} "
            f"{base[1]:>13.4f} {both[1]:>7.4f} {both[1] - base[1]:>+7.4f}\n"
        )
        if r is not None:
            for k, v in enumerate((base[0], both[0], base[1], both[1])):
                sums[k] += v / len(rounds)
    out.write(
        f" mean {'':>5} {sums[0]:>12.4f} {sums[1]:>7.4f} {sums[1] - sums[0]:>+6.4f} "
        f"{sums[2]:>13.4f} {sums[3]:>7.4f} {sums[3] - sums[2]:>+7.4f}\n"
    )
    out.write(
        f"{'code':40} {'thr':>5} {'alone tp':>8} {'fp':>4} {'clean':>5} {'added tp':>8} {'fp':>4} {'clean':>5}\n"
    )
    for code in CODES:
        t = thresholds.get(code)
        alone = _added(oof, code, t) if t is not None else (0, 0, set())
        res = _added(oof, code, t, residual=True) if t is not None else (0, 0, set())
        out.write(
            f"{code:40} {t if t is not None else '-':>5} {alone[0]:>8} {alone[1]:>4} {len(alone[2]):>5} "
            f"{res[0]:>8} {res[1]:>4} {len(res[2]):>5}\n"
        )
    out.write(
        "sweep (pooled model-alone tp/fp/clean items flagged per threshold, "
        + " ".join(map(str, GRID))
        + "):\n"
    )
    for code in CODES:
        cells = []
        for t in GRID:
            tp, fp, flagged = _added(oof, code, t)
            cells.append(f"{tp}/{fp}/{len(flagged)}")
        missed = sum(1 for p, _ in oof if code in p.expect and code not in p.rules)
        out.write(f"{code:40} miss={missed:<3} " + " ".join(f"{c:>9}" for c in cells) + "\n")
    out.flush()


def build(prepared: list[Prepared], thresholds: dict[str, float]) -> str:
    parts = {lang: train(prepared, lang) for lang in ("en", "zh")}
    # The final model must not flag a clean training item either: a code's threshold is raised along the grid
    # until no clean item (sentences in a teaching frame passed over, as in check()) reaches it, or dropped.
    models = {lang: LinearModel(part) for lang, part in parts.items()}
    thresholds = above_ceiling(thresholds, clean_ceiling(prepared, models))
    languages = {}
    for lang in ("en", "zh"):
        part = parts[lang]
        keep = [i for i, c in enumerate(part["codes"]) if c in thresholds]  # only reported codes are written
        languages[lang] = {
            "codes": [part["codes"][i] for i in keep],
            "bias": [part["bias"][i] for i in keep],
            "weights": [part["weights"][i] for i in keep],
            "thresholds": {c: t for c, t in sorted(thresholds.items())},
        }
    doc = {
        "about": "compliance.engine.train: per-code logistic regressions; may only raise review",
        "languages": languages,
        "version": 1,
    }
    return json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"


def cv_key(prepared: list[Prepared]) -> str:
    """A digest of every input of ``cross_validate``'s thresholds: each prepared item (the item itself with its
    round, its sentences' features, frames and labels, the rules' codes), the training settings, this module's
    and the model module's source, and the Python version. Equal keys give equal thresholds: the computation
    is deterministic (seeded, ordered), so a cached result can stand in for it."""
    h = hashlib.sha256()
    settings = [
        CODES,
        SEED,
        EPOCHS,
        LR,
        L2,
        POS_WEIGHT,
        MIN_DF,
        MAX_DF,
        PRUNE,
        MAX_FEATURES,
        GRID,
        MIN_PRECISION,
        MIN_TP,
        MARGIN,
    ]
    h.update(json.dumps([*settings, CLEAN_BUDGET, list(sys.version_info[:2])]).encode())
    for module_file in (__file__, _model_module.__file__):
        h.update(Path(str(module_file)).read_bytes())
    for p in prepared:
        h.update(
            json.dumps(
                [
                    p.item,
                    p.lang,
                    p.scored,
                    p.opened,
                    sorted(p.rules),
                    sorted(p.expect),
                    p.feats,
                    p.framed,
                    p.labels,
                ],
                ensure_ascii=False,
                sort_keys=True,
            ).encode()
        )
    return h.hexdigest()


def cached_thresholds(key: str, path: Path = CV_CACHE) -> dict[str, float] | None:
    """The thresholds stored under ``key`` by the last --write, or None (no cache, another key, unreadable)."""
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(doc, dict) or doc.get("key") != key or not isinstance(doc.get("thresholds"), dict):
        return None
    return {str(c): float(t) for c, t in doc["thresholds"].items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m compliance.engine.train", description=__doc__)
    parser.add_argument("--cv", action="store_true", help="print the leave-one-round-out table")
    parser.add_argument("--write", action="store_true", help="write packs/model.json")
    parser.add_argument("--check", action="store_true", help="fail unless packs/model.json is reproduced")
    parser.add_argument("--out", default=str(MODEL_FILE))
    parser.add_argument(
        "--no-cache",
        action="store_true",
        help="--check: cross-validate even when the cached thresholds match",
    )
    args = parser.parse_args(argv)
    prepared = [Prepared(item) for item in load_items()]
    key = cv_key(prepared)
    # --check trains the final model in any case (that is what it compares byte for byte); the seven
    # cross-validation folds, which only choose the thresholds, are skipped when their inputs are unchanged.
    thresholds = cached_thresholds(key) if args.check and not (args.cv or args.no_cache) else None
    source = (
        "from the cache: inputs unchanged since cross-validated"
        if thresholds is not None
        else "cross-validated"
    )
    if thresholds is None:
        thresholds = cross_validate(prepared, sys.stdout if args.cv else _Null())
    if not (args.write or args.check):
        return 0
    blob = build(prepared, thresholds)
    if args.check:
        same = Path(args.out).read_text(encoding="utf-8") == blob
        sys.stdout.write(f"model file {'reproduced' if same else 'differs'} (thresholds {source})\n")
        return 0 if same else 1
    Path(args.out).write_text(blob, encoding="utf-8")
    CV_CACHE.write_text(
        json.dumps({"key": key, "thresholds": thresholds}, sort_keys=True, indent=1) + "\n", encoding="utf-8"
    )
    sys.stdout.write(f"wrote {args.out} ({len(blob.encode())} bytes) and {CV_CACHE.name}\n")
    return 0


class _Null:
    def write(self, _: str) -> None:
        pass

    def flush(self) -> None:
        pass


if __name__ == "__main__":
    sys.exit(main())

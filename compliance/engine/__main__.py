"""Command line: ``python -m compliance.engine`` (JSON lines in, JSON lines out) and ``--eval FILE``.

Input lines are corpus items (``id``, ``lang``, ``kind``, ``text``, ``product``, ``customer_risk``);
``lang`` "zh" selects the CN pack and "en" the US pack unless ``--pack`` is given. No database, no server.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from typing import Any, TextIO

from .evaluate import check
from .types import EngineError, PackError

LANG_PACK = {"zh": "cn", "en": "us"}
REPORTED = ("block", "review")


def _check_item(item: dict[str, Any], pack: str | None) -> list[dict[str, Any]]:
    if not isinstance(item, dict):
        raise EngineError("each line must be a JSON object")
    text = item.get("text")
    if not isinstance(text, str):
        raise EngineError("'text' must be a string")
    product = item.get("product")
    products = item.get("products") or ([product] if product else [])
    chosen = pack or item.get("pack") or LANG_PACK.get(item.get("lang") or "zh")
    if chosen is None:
        raise EngineError(f"unknown lang {item.get('lang')!r}; expected zh or en")
    findings = check(
        text,
        kind=item.get("kind") or "script",
        products=products,
        customer_risk=item.get("customer_risk"),
        pack=chosen,
    )
    return [f.to_dict() for f in findings]


def run_lines(lines: Iterable[str], out: TextIO, pack: str | None = None) -> int:
    """Check each JSON line; a bad line yields ``{"id", "error"}`` and the exit status 1, never a crash."""
    status = 0
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        item_id: Any = None
        try:
            item = json.loads(line)
            item_id = item.get("id") if isinstance(item, dict) else None
            result = {"id": item_id, "findings": _check_item(item, pack)}
        except (json.JSONDecodeError, EngineError, PackError) as exc:
            status = 1
            result = {"id": item_id, "line": lineno, "error": str(exc)}
        try:
            out.write(json.dumps(result, ensure_ascii=False) + "\n")
        except UnicodeEncodeError:  # lone surrogates in the input: escape them
            out.write(json.dumps(result) + "\n")
    return status


def evaluate(items: list[dict[str, Any]], pack: str | None = None) -> dict[str, Any]:
    """Score items against their ``expect`` labels as corpus/README.md defines."""
    per_code: dict[str, dict[str, int]] = {}
    expected_pairs = 0
    found_pairs = 0
    clean = 0
    clean_ok = 0
    misses: list[dict[str, Any]] = []
    for item in items:
        expect = set(item.get("expect") or [])
        reported = {f["code"] for f in _check_item(item, pack) if f["severity"] in REPORTED}
        for code in expect | reported:
            row = per_code.setdefault(code, {"tp": 0, "fp": 0, "fn": 0})
            if code in expect and code in reported:
                row["tp"] += 1
            elif code in expect:
                row["fn"] += 1
            else:
                row["fp"] += 1
        expected_pairs += len(expect)
        found_pairs += len(expect & reported)
        if not expect:
            clean += 1
            clean_ok += not reported
        if expect != reported:
            misses.append(
                {
                    "id": item.get("id"),
                    "missed": sorted(expect - reported),
                    "extra": sorted(reported - expect),
                }
            )
    table = {}
    for code, row in sorted(per_code.items()):
        tp, fp, fn = row["tp"], row["fp"], row["fn"]
        table[code] = {
            "precision": round(tp / (tp + fp), 3) if tp + fp else None,
            "recall": round(tp / (tp + fn), 3) if tp + fn else None,
            "tp": tp,
            "fp": fp,
            "fn": fn,
        }
    return {
        "per_code": table,
        "misses": misses,
        "summary": {
            "recall_violating": round(found_pairs / expected_pairs, 4) if expected_pairs else 1.0,
            "precision_clean": round(clean_ok / clean, 4) if clean else 1.0,
            "items": len(items),
        },
    }


def _print_eval(result: dict[str, Any], out: TextIO, verbose: bool) -> None:
    out.write(f"{'code':45} {'precision':>9} {'recall':>7} {'tp':>4} {'fp':>4} {'fn':>4}\n")
    for code, row in result["per_code"].items():
        p = "-" if row["precision"] is None else f"{row['precision']:.3f}"
        r = "-" if row["recall"] is None else f"{row['recall']:.3f}"
        out.write(f"{code:45} {p:>9} {r:>7} {row['tp']:>4} {row['fp']:>4} {row['fn']:>4}\n")
    if verbose:
        for miss in result["misses"]:
            out.write(f"# {miss['id']}: missed {miss['missed']} extra {miss['extra']}\n")
    out.write(json.dumps(result["summary"]) + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m compliance.engine", description=__doc__)
    parser.add_argument("--eval", metavar="FILE", help="score a labelled JSON-lines file")
    parser.add_argument("--pack", help="force a pack (default: from each item's lang)")
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="with --eval, list the items that differ"
    )
    args = parser.parse_args(argv)
    if args.eval:
        items = []
        try:
            with open(args.eval, encoding="utf-8") as fh:
                for lineno, line in enumerate(fh, 1):
                    if line.strip():
                        try:
                            items.append(json.loads(line))
                        except json.JSONDecodeError as exc:
                            parser.error(f"{args.eval}:{lineno}: invalid JSON: {exc}")
        except OSError as exc:
            parser.error(str(exc))
        try:
            result = evaluate(items, args.pack)
        except (EngineError, PackError) as exc:
            sys.stderr.write(f"error: {exc}\n")
            return 1
        _print_eval(result, sys.stdout, args.verbose)
        return 0
    return run_lines(sys.stdin, sys.stdout, args.pack)


if __name__ == "__main__":
    sys.exit(main())

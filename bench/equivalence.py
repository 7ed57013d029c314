"""Engine equivalence: record every finding the engine gives on a fixed body of text, then assert a changed
engine gives byte-identical findings. For speed work, where no finding may change.

Run: ``.venv/bin/python bench/equivalence.py --record /tmp/base.json`` before a change and
``.venv/bin/python bench/equivalence.py --check /tmp/base.json`` after it (exit status 1 on any difference).

The text: every corpus item (dev rounds, the shared sample, and the blind split), each checked as labelled,
as a chat line without product, as a chat line with its product, and sentence by sentence as chat lines with
its product; plus the lines and the script of ``bench/engine.py`` on the CN pack with its synthetic word list.
Only SHA-256 digests of findings are stored and printed, with item numbers: never corpus text or findings
(the blind split must not be read).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from compliance.engine import check, compile_pack, load_pack_data  # noqa: E402
from compliance.engine.__main__ import LANG_PACK  # noqa: E402

_SENTENCE = re.compile(r"[^。！？!?\n]+[。！？!?]?")


def corpus_files() -> list[Path]:
    files = sorted((ROOT / "compliance/corpus/dev").glob("*.jsonl"))
    files += sorted((ROOT / "compliance/corpus/blind").glob("*.jsonl"))
    files.append(ROOT / "tests/compliance/engine/shared/dev.jsonl")
    return [f for f in files if f.exists()]


def _calls(item: dict[str, Any]) -> Iterator[dict[str, Any]]:
    text = item.get("text")
    if not isinstance(text, str):
        return
    product = item.get("product")
    products = item.get("products") or ([product] if product else [])
    pack = item.get("pack") or LANG_PACK.get(item.get("lang") or "zh", "cn")
    kind = item.get("kind") or "script"
    yield {
        "text": text,
        "kind": kind,
        "products": products,
        "customer_risk": item.get("customer_risk"),
        "pack": pack,
    }
    yield {"text": text, "kind": "chat", "products": [], "customer_risk": None, "pack": pack}
    if products:
        yield {"text": text, "kind": "chat", "products": products, "customer_risk": None, "pack": pack}
    if kind != "chat":
        for m in _SENTENCE.finditer(text):
            yield {
                "text": m.group(),
                "kind": "chat",
                "products": products,
                "customer_risk": None,
                "pack": pack,
            }


def _digest(findings: list[Any]) -> str:
    blob = json.dumps([f.to_dict() for f in findings], ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(blob.encode()).hexdigest()[:16]


def run_file(path: Path) -> list[str]:
    """One digest per item: every call's findings, in order."""
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            item = json.loads(line)
            h = hashlib.sha256()
            for call in _calls(item):
                try:
                    h.update(_digest(check(**call)).encode())
                except Exception as exc:  # noqa: BLE001 - an error is an outcome to compare too
                    h.update(f"error:{type(exc).__name__}".encode())
            out.append(h.hexdigest()[:16])
    return out


def run_bench() -> list[str]:
    import engine as bench_engine  # bench/engine.py

    data = load_pack_data("cn")
    data["extra_words"] = data["extra_words"] + bench_engine.synthetic_word_list(10_000)
    pack = compile_pack(data)
    out = []
    for t in bench_engine.CHAT_LINES:
        out.append(_digest(check(t, kind="chat", products=[bench_engine.PRODUCT], pack=pack)))
        out.append(_digest(check(t, kind="chat", pack=pack)))
    out.append(
        _digest(check(bench_engine.long_script(), kind="script", products=[bench_engine.PRODUCT], pack=pack))
    )
    return out


def record() -> dict[str, list[str]]:
    result = {str(p.relative_to(ROOT)): run_file(p) for p in corpus_files()}
    result["bench/engine.py"] = run_bench()
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--record", metavar="FILE", help="write the digests to FILE")
    group.add_argument("--check", metavar="FILE", help="compare with the digests in FILE")
    args = parser.parse_args(argv)
    now = record()
    if args.record:
        Path(args.record).write_text(json.dumps(now, indent=0))
        print(f"recorded {sum(len(v) for v in now.values())} items from {len(now)} sources")
        return 0
    base = json.loads(Path(args.check).read_text())
    differ = 0
    for source in sorted(set(base) | set(now)):
        a, b = base.get(source, []), now.get(source, [])
        bad = [i for i in range(max(len(a), len(b))) if i >= len(a) or i >= len(b) or a[i] != b[i]]
        if bad:
            differ += len(bad)
            print(f"DIFFERENT {source}: items {bad[:20]}{' …' if len(bad) > 20 else ''}")
    total = sum(len(v) for v in now.values())
    print(f"{'identical' if not differ else 'NOT identical'}: {total} items, {differ} differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())

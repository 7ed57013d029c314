"""The command line (run as a subprocess, as CI and other tools run it), --eval, and the no-Django rule."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEV = ROOT.parent / "shared" / "corpus" / "dev.jsonl"
if not DEV.exists():  # the corpus sits beside the repository (../shared); a copy travels with the tests
    DEV = Path(__file__).resolve().parent / "shared" / "dev.jsonl"


def run(args, stdin=""):
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    return subprocess.run(
        [sys.executable, "-m", "compliance.engine", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )


def test_json_lines_in_json_lines_out():
    items = [
        {
            "id": "a",
            "lang": "zh",
            "kind": "chat",
            "text": "这款保本保收益！",
            "product": None,
            "customer_risk": None,
        },
        {
            "id": "b",
            "lang": "en",
            "kind": "chat",
            "text": "Past performance does not guarantee future results.",
            "product": None,
            "customer_risk": None,
        },
    ]
    proc = run([], "\n".join(json.dumps(i, ensure_ascii=False) for i in items) + "\n")
    assert proc.returncode == 0, proc.stderr
    lines = [json.loads(x) for x in proc.stdout.splitlines()]
    assert [x["id"] for x in lines] == ["a", "b"]
    codes = {f["code"] for f in lines[0]["findings"]}
    assert {"promise.capital_guarantee", "promise.guaranteed_return"} <= codes
    for f in lines[0]["findings"]:
        assert set(f) == {"code", "severity", "start", "end", "excerpt", "message", "suggestion"}
        assert f["excerpt"] == items[0]["text"][f["start"] : f["end"]]
    assert lines[1]["findings"] == []


def test_bad_lines_are_reported_not_fatal():
    good = json.dumps({"id": "ok", "lang": "zh", "kind": "chat", "text": "你好"})
    proc = run(
        [],
        "not json\n"
        + json.dumps({"id": "k", "lang": "zh", "kind": "tweet", "text": "x"})
        + "\n"
        + good
        + "\n",
    )
    assert proc.returncode == 1
    out = [json.loads(x) for x in proc.stdout.splitlines()]
    assert "error" in out[0] and out[1]["id"] == "k" and "kind" in out[1]["error"]
    assert out[2] == {"id": "ok", "findings": []}


def test_eval_prints_table_and_summary_last_and_meets_targets():
    proc = run(["--eval", str(DEV)])
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.strip().splitlines()
    summary = json.loads(lines[-1])
    assert set(summary) == {"recall_violating", "precision_clean", "items"}
    assert summary["items"] == sum(1 for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip())
    assert summary["recall_violating"] >= 0.95
    assert summary["precision_clean"] >= 0.95
    assert any(line.startswith("promise.capital_guarantee") for line in lines)


def test_eval_scoring_on_a_small_labelled_file(tmp_path):
    f = tmp_path / "mini.jsonl"
    items = [
        {
            "id": "v",
            "lang": "zh",
            "kind": "chat",
            "text": "这款保本的",
            "product": None,
            "customer_risk": None,
            "expect": ["promise.capital_guarantee", "inducement.urgency_pressure"],
        },
        {
            "id": "c1",
            "lang": "zh",
            "kind": "chat",
            "text": "本产品不保本",
            "product": None,
            "customer_risk": None,
            "expect": [],
        },
        {
            "id": "c2",
            "lang": "zh",
            "kind": "chat",
            "text": "限时抢购",
            "product": None,
            "customer_risk": None,
            "expect": [],
        },
    ]
    f.write_text("\n".join(json.dumps(i, ensure_ascii=False) for i in items) + "\n", encoding="utf-8")
    proc = run(["--eval", str(f)])
    summary = json.loads(proc.stdout.strip().splitlines()[-1])
    assert summary == {"recall_violating": 0.5, "precision_clean": 0.5, "items": 3}


def test_importing_the_engine_does_not_import_django():
    code = (
        "import sys, compliance.engine as e; e.check('这款保本的', kind='chat'); "
        "bad = [m for m in sys.modules if m.split('.')[0] in ('django', 'rest_framework', 'channels', 'celery')]; "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env, timeout=120
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr

"""The statistical last layer (compliance/engine/model.py): review hints only, for codes the rules missed, and
only on a text the rules already report something on (a second opinion, never the only one).

``MODEL_ONLY`` is a training sentence (dev corpus) that the rules miss: these tests check the wiring (review only,
off switch, kinds, windows, determinism), not generalisation, which the leave-one-round-out table and the blind
split measure. The hard negatives were written for these tests."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from compliance.engine import (
    check,
    check_transcript,
    check_window,
    compile_pack,
    get_pack,
    load_pack_data,
)
from compliance.engine.model import MODEL_FILE
from compliance.engine.train import CODES

ROOT = Path(__file__).resolve().parents[3]
HINT_PREFIXES = ("模型提示", "Model hint")
PRODUCT_AWARE = {
    "claim.yield_exceeds_benchmark",
    "claim.risk_level_mismatch",
    "suitability.product_above_customer_risk",
    "disclosure.risk_warning_missing",
    "disclosure.risk_level_missing",
    "disclosure.benchmark_disclaimer_missing",
    "claim.product_fact_mismatch",
}

# A product sold as free of fees and of any lock-up (a dev sentence): the rules miss it, the model flags a hidden condition.
MODEL_PACK = "us"
MODEL_ONLY = (
    "The nice part, and people love this, is that there are no ongoing fees to think about, and you can take out "
    "whatever you want, whenever you want."
)
MODEL_CODE = "misleading.hidden_conditions"
# A sentence the rules report (an unsourced superlative): with it the text is under review and the model may add to it.
RULE_OPENER = "Honestly, this is the best income fund on the market."
RULE_CODE = "superlative.absolute_term"
MODEL_TEXT = f"{RULE_OPENER} {MODEL_ONLY}"

HARD_NEGATIVES = {
    "cn": [
        "今天的直播就到这里，感谢大家的收看。",
        "风险测评是保护您的，请按真实情况填写，结果不匹配的产品我们不会推荐。",
        "请不要在评论区留下手机号、身份证号或住址，有问题请走官方客服渠道。",
        "客户的个人信息我们严格保密，任何员工都不得对外透露。",
        "过往业绩不代表未来表现，以上数据来源于产品定期报告。",
        "很多客户问起这只产品的持有期，我再说明一次：九十天后才能赎回。",
        "去年有客户问我要不要跳过测评，我的回答是不行，测评是必须的。",
        "本产品风险等级R2，适合稳健型及以上的投资者，请先完成风险测评。",
        "如果您的测评结果是保守型，这款产品不适合您，可以看看存款类产品。",
        "大家提的问题我都记下来了，下一场直播统一回答。",
        "理财非存款，产品有风险，投资须谨慎。",
        "有位观众问收益怎么算，我们按净值计算，每个交易日公布。",
    ],
    "us": [
        "Thanks everyone for tuning in tonight, we'll take questions at the end.",
        "Please answer the risk questionnaire honestly; it exists to protect you.",
        "Never post your account number or date of birth in the chat.",
        "Past performance does not guarantee future results; figures are from the fund's annual report.",
        "If your profile comes out conservative, this fund is not a fit and we will not sell it to you.",
        "We keep every client's personal information confidential.",
        "A viewer asked how the lock-up works: you can redeem after ninety days.",
        "Investments are not FDIC insured and may lose value, including the principal.",
    ],
}


def _hints(findings: list) -> list:
    return [f for f in findings if f.message.startswith(HINT_PREFIXES)]


def _pack(name: str, *, enabled: bool = True, edit=None):
    data = load_pack_data(name)
    data["settings"]["stat_model"] = {**data["settings"]["stat_model"], "enabled": enabled}
    if edit:
        edit(data)
    return compile_pack(data)


def test_model_loads_with_the_pack_and_reports_only_claim_codes():
    for name in ("cn", "us"):
        model = get_pack(name).model
        assert model is not None
        reported = {model.codes[i] for i in model.thresholds}
        assert reported
        assert reported <= set(CODES)
        assert not reported & PRODUCT_AWARE


def test_model_finds_a_sentence_the_rules_miss_in_a_text_under_review():
    off = check(MODEL_TEXT, kind="script", pack=_pack(MODEL_PACK, enabled=False))
    assert [f.code for f in off] == [RULE_CODE]
    findings = check(MODEL_TEXT, kind="script", pack=MODEL_PACK)
    assert [(f.code, f.severity) for f in findings] == [(RULE_CODE, "review"), (MODEL_CODE, "review")]
    hint = findings[1]
    assert hint.message.startswith("Model hint")
    assert hint.excerpt == MODEL_ONLY


def test_model_is_silent_on_a_text_the_rules_pass():
    # Alone the model flagged honest text nobody had read; it only adds to what the rules already report.
    assert check(MODEL_ONLY, kind="script", pack=MODEL_PACK) == []


def test_model_scores_a_script_per_sentence():
    script = (
        "Good evening, tonight we look at a conservative income fund. "
        + MODEL_TEXT
        + " Investments are not FDIC insured and may lose value."
    )
    hints = _hints(check(script, kind="script", pack=MODEL_PACK))
    assert [(h.code, h.severity, h.excerpt) for h in hints] == [(MODEL_CODE, "review", MODEL_ONLY)]


def test_model_only_adds_review_findings_and_never_changes_the_rules():
    texts = [
        MODEL_ONLY,
        MODEL_TEXT,
        "One of my clients, a retired teacher, is thrilled with how this fund has done for her.",
        "This one is guaranteed, you simply cannot lose money.",
        "Just answer the risk questions as aggressive and the system will let you buy it.",
        *HARD_NEGATIVES["us"],
    ]
    off_pack = _pack(MODEL_PACK, enabled=False)
    for text in texts:
        for kind in ("chat", "script"):
            on = check(text, kind=kind, pack=MODEL_PACK)
            off = check(text, kind=kind, pack=off_pack)
            hints = _hints(on)
            assert all(h.severity == "review" for h in hints)
            assert [f for f in on if f not in hints] == off  # rules' findings unchanged
            assert not {h.code for h in hints} & {f.code for f in off}  # only codes the rules missed


def test_model_stays_silent_on_hard_negatives():
    for name, texts in HARD_NEGATIVES.items():
        for text in texts:
            for kind in ("chat", "script"):
                assert _hints(check(text, kind=kind, pack=name)) == [], text


def _with_chat(data):
    data["settings"]["stat_model"]["kinds"] = ["chat", "script", "product_card", "announcement"]


def test_a_window_of_chat_lines_is_scored_line_by_line():
    pack = _pack(MODEL_PACK, edit=_with_chat)
    lines = ["Hi all", MODEL_TEXT, "Okay, on to the next question"]
    assert check_transcript(lines, pack=pack) == []  # the hint stays on its own line
    window = check_window(lines[:2], pack=pack)
    assert sorted((f.code, f.severity) for f in window) == [(MODEL_CODE, "review"), (RULE_CODE, "review")]
    assert [h.code for h in _hints(window)] == [MODEL_CODE]
    # In a window the model scores the newest line once; an earlier line's hint is not the newest line's.
    assert check_window(lines, pack=pack) == []
    assert _hints(check("Hi all\nOkay, on to the next question", kind="chat", pack=pack)) == []


def test_off_switch_and_officer_edited_pack():
    off = _pack(MODEL_PACK, enabled=False)
    assert off.model is None
    assert _hints(check(MODEL_TEXT, kind="script", pack=off)) == []

    def soften(data):
        for rule in data["rules"]:
            if rule["code"] == "promise.capital_guarantee":
                rule["severity"] = "review"

    edited = _pack(MODEL_PACK, edit=soften)
    assert edited.model is not None
    assert [f.code for f in _hints(check(MODEL_TEXT, kind="script", pack=edited))] == [MODEL_CODE]

    def disable_rule(data):
        for rule in data["rules"]:
            if rule["code"] == MODEL_CODE:
                rule["enabled"] = False

    assert [f.code for f in check(MODEL_TEXT, kind="script", pack=_pack(MODEL_PACK, edit=disable_rule))] == [
        RULE_CODE
    ]


def test_the_kinds_setting_limits_where_the_model_runs():
    # Shipped: not on chat (the live line's budget, bench/engine.py); an officer may add it.
    assert [f.code for f in check(MODEL_TEXT, kind="chat", pack=MODEL_PACK)] == [RULE_CODE]
    assert [f.code for f in _hints(check(MODEL_TEXT, kind="script", pack=MODEL_PACK))] == [MODEL_CODE]
    pack = _pack(MODEL_PACK, edit=_with_chat)
    assert [f.code for f in _hints(check(MODEL_TEXT, kind="chat", pack=pack))] == [MODEL_CODE]


def test_a_missing_model_file_leaves_the_rules_alone():
    def elsewhere(data):
        data["settings"]["stat_model"]["file"] = "no-such-model.json"

    pack = _pack(MODEL_PACK, edit=elsewhere)
    assert pack.model is None
    assert check(MODEL_ONLY, kind="script", pack=pack) == []


def test_model_is_deterministic_across_hash_seeds():
    code = (
        "import json, sys\n"
        "from compliance.engine import check\n"
        "texts = json.loads(sys.stdin.read())\n"
        "print(json.dumps([[f.to_dict() for f in check(t, kind='script', pack='us')] for t in texts]))\n"
    )
    texts = [
        MODEL_TEXT,
        "One of my clients, a retired teacher, is thrilled with how this fund has done for her.",
    ]
    # The two processes run side by side (each spends its time compiling the pack): half the wall time.
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", code],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env={**os.environ, "PYTHONHASHSEED": seed},
        )
        for seed in ("1", "2")
    ]
    outputs = set()
    for proc in procs:
        stdout, stderr = proc.communicate(json.dumps(texts), timeout=120)
        assert proc.returncode == 0, stderr
        outputs.add(stdout)
    assert len(outputs) == 1
    assert MODEL_CODE in outputs.pop()


def test_training_reproduces_the_committed_model_file():
    run = subprocess.run(
        [sys.executable, "-m", "compliance.engine.train", "--check"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONHASHSEED": "7"},
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "model file reproduced" in run.stdout
    assert MODEL_FILE.exists()

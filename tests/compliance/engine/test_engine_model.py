"""The statistical last layer (compliance/engine/model.py): review hints only, for codes the rules missed.

The sentences here were written for these tests (none is corpus text)."""

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

# A paraphrase of publishing a customer's details that no rule catches.
PII_PARAPHRASE = "陈阿姨住在幸福小区3栋，她家电话尾号我念一下。"

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


def test_model_finds_a_paraphrase_the_rules_miss():
    off = check(PII_PARAPHRASE, kind="chat", pack=_pack("cn", enabled=False))
    assert off == []
    findings = check(PII_PARAPHRASE, kind="chat", pack="cn")
    assert [(f.code, f.severity) for f in findings] == [("privacy.customer_pii", "review")]
    hint = findings[0]
    assert hint.message.startswith("模型提示")
    assert hint.excerpt == PII_PARAPHRASE


def test_model_scores_a_script_per_sentence():
    script = (
        "各位晚上好，今天我们介绍一款稳健型理财产品。"
        + PII_PARAPHRASE
        + "这款产品风险等级R2，业绩比较基准不代表实际收益，请先完成风险测评。"
    )
    hints = _hints(check(script, kind="script", pack="cn"))
    assert [(h.code, h.severity, h.excerpt) for h in hints] == [
        ("privacy.customer_pii", "review", PII_PARAPHRASE)
    ]


def test_model_only_adds_review_findings_and_never_changes_the_rules():
    texts = [
        PII_PARAPHRASE,
        "我有个老客户，退休教师，放进去两年，孙子的学费都是靠它挣出来的。",
        "这款保本保收益，稳赚不赔，闭眼买！",
        "测评结果不够没关系，我把您的答案改一下就能买了。",
        *HARD_NEGATIVES["cn"],
    ]
    off_pack = _pack("cn", enabled=False)
    for text in texts:
        for kind in ("chat", "script"):
            on = check(text, kind=kind, pack="cn")
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


def test_a_window_of_chat_lines_is_scored_line_by_line():
    lines = ["大家好", PII_PARAPHRASE, "好的，我们继续看下一个问题"]
    assert check_transcript(lines, pack="cn") == []  # the hint stays on its own line
    window = check_window(lines[:2], pack="cn")
    assert [(f.code, f.severity, f.excerpt) for f in window] == [
        ("privacy.customer_pii", "review", PII_PARAPHRASE)
    ]
    assert _hints(check("大家好\n好的，我们继续看下一个问题", kind="chat", pack="cn")) == []


def test_off_switch_and_officer_edited_pack():
    off = _pack("cn", enabled=False)
    assert off.model is None
    assert _hints(check(PII_PARAPHRASE, kind="chat", pack=off)) == []

    def soften(data):
        for rule in data["rules"]:
            if rule["code"] == "promise.capital_guarantee":
                rule["severity"] = "review"

    edited = _pack("cn", edit=soften)
    assert edited.model is not None
    assert [f.code for f in _hints(check(PII_PARAPHRASE, kind="chat", pack=edited))] == [
        "privacy.customer_pii"
    ]

    def disable_pii(data):
        for rule in data["rules"]:
            if rule["code"] == "privacy.customer_pii":
                rule["enabled"] = False

    assert check(PII_PARAPHRASE, kind="chat", pack=_pack("cn", edit=disable_pii)) == []


def test_the_kinds_setting_limits_where_the_model_runs():
    def scripts_only(data):
        data["settings"]["stat_model"]["kinds"] = ["script"]

    pack = _pack("cn", edit=scripts_only)
    assert check(PII_PARAPHRASE, kind="chat", pack=pack) == []
    assert [f.code for f in _hints(check(PII_PARAPHRASE, kind="script", pack=pack))] == [
        "privacy.customer_pii"
    ]


def test_a_missing_model_file_leaves_the_rules_alone():
    def elsewhere(data):
        data["settings"]["stat_model"]["file"] = "no-such-model.json"

    pack = _pack("cn", edit=elsewhere)
    assert pack.model is None
    assert check(PII_PARAPHRASE, kind="chat", pack=pack) == []


def test_model_is_deterministic_across_hash_seeds():
    code = (
        "import json, sys\n"
        "from compliance.engine import check\n"
        "texts = json.loads(sys.stdin.read())\n"
        "print(json.dumps([[f.to_dict() for f in check(t, kind='script', pack='cn')] for t in texts]))\n"
    )
    texts = [PII_PARAPHRASE, "我有个老客户，退休教师，放进去两年，孙子的学费都是靠它挣出来的。"]
    outputs = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = subprocess.run(
            [sys.executable, "-c", code],
            input=json.dumps(texts),
            capture_output=True,
            text=True,
            cwd=ROOT,
            env=env,
            check=True,
        )
        outputs.add(run.stdout)
    assert len(outputs) == 1
    assert "privacy.customer_pii" in outputs.pop()


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

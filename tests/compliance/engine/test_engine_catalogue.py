"""The catalogue's own examples (../shared/rules.md §2): violating examples caught, compliant texts clean."""

import re
from pathlib import Path

import pytest

from compliance.engine import check

RULES = Path(__file__).resolve().parents[4] / "shared" / "rules.md"
if not RULES.exists():  # the catalogue sits beside the repository (../shared); a copy travels with the tests
    RULES = Path(__file__).resolve().parent / "shared" / "rules.md"

# A non-protected wmp rated R4 with a low benchmark, and a C2 customer: every product-aware rule can fire.
PRODUCT = {
    "code": "X1",
    "name": "稳盈90天持有期",
    "type": "wmp",
    "risk_level": "R4",
    "benchmark_min": 2.5,
    "benchmark_max": 3.0,
    "principal_protected": False,
}
# Codes whose examples are fragments of cards/scripts or depend on other product facts.
CONTEXTUAL = {
    "disclosure.risk_warning_missing",
    "disclosure.risk_level_missing",
    "claim.product_fact_mismatch",
}


def _quotes(line):
    return [q for q in re.findall(r'["“]([^"”]+)["”]', line) if len(q) > 3]


def _examples():
    violating, clean = [], []
    if not RULES.exists():
        return violating, clean
    code = None
    for line in RULES.read_text(encoding="utf-8").splitlines():
        m = re.match(r"### 2\.\d+ `([a-z_.]+)`", line)
        if m:
            code = m.group(1)
        if code is None:
            continue
        if line.startswith("* **Violating example") and code not in CONTEXTUAL:
            violating += [(code, q) for q in _quotes(line)]
        if line.startswith(("* **Compliant rewrite", "* **Not a violation")):
            clean += [(code, q) for q in _quotes(line)]
    return violating, clean


VIOLATING, CLEAN = _examples()


@pytest.mark.parametrize(("code", "text"), VIOLATING, ids=[f"{c}:{t[:16]}" for c, t in VIOLATING])
def test_violating_example_is_caught(code, text):
    pack = "us" if text.isascii() else "cn"
    found = {f.code for f in check(text, kind="chat", products=[PRODUCT], customer_risk="C2", pack=pack)}
    assert code in found


@pytest.mark.parametrize(("code", "text"), CLEAN, ids=[f"{c}:{t[:16]}" for c, t in CLEAN])
def test_compliant_example_is_clean(code, text):
    pack = "us" if text.isascii() else "cn"
    findings = check(text, kind="chat", pack=pack)
    assert [f for f in findings if f.severity != "info"] == []


def test_the_catalogue_was_read():
    assert len(VIOLATING) > 40 and len(CLEAN) > 20

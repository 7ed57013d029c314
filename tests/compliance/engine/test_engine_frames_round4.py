"""Frames and claim structure added in the round-4 session (issue 16 points 2, 5): sentences invented for this
test, none taken from a corpus. Clean rows are hard negatives: no block or review finding at all; violating rows
must carry the code."""

import pytest

from compliance.engine import check

WMP_R3 = {
    "code": "W",
    "name": "恒泰稳盈一年持有期理财",
    "type": "wmp",
    "risk_level": "R3",
    "benchmark_min": 2.8,
    "benchmark_max": 3.9,
    "principal_protected": False,
}


def _reported(text: str, *, kind: str = "chat", pack: str = "cn", products=(), customer_risk=None) -> set[str]:
    return {
        f.code
        for f in check(text, kind=kind, pack=pack, products=list(products), customer_risk=customer_risk)
        if f.severity in ("block", "review")
    }


CLEAN = [
    # A universal denial covers the whole enumeration after its modal.
    ("cn", "chat", "说到底，世上没有哪一款产品可以既稳稳当当、又低风险、还能随时取出来。"),
    ("us", "chat", "No investment can be high-yield, risk-free and instantly available all at once."),
    # A rhetorical question that denies the claim.
    ("cn", "chat", "买基金哪有稳赚的？净值天天在变，大家量力而行。"),
    # The bank says what it will never do.
    ("cn", "announcement", "温馨提示：我行工作人员不会以任何名义让您把钱转进私人账户或者添加私人微信。"),
    # A claim named as the object of a speech act inside a teaching text.
    ("cn", "script", "【投资者教育】识别违规营销第一招：凡是承诺保本保收益的，都要多问一句。第二招：留意有人引导私下转账。"),
    # A quoted remark the speaker rejects.
    ("cn", "chat", "弹幕里有人说'隔壁那家银行的产品全是坑'，这话我不认同，各家产品要具体看说明书。"),
]


@pytest.mark.parametrize(("pack", "kind", "text"), CLEAN)
def test_frames_and_denials_are_not_assertions(pack: str, kind: str, text: str) -> None:
    assert _reported(text, kind=kind, pack=pack) == set()


def test_an_asserted_claim_after_a_denial_in_another_sentence_is_still_reported() -> None:
    text = "理财哪有稳赚的？不过这款我敢说稳赚不赔，放心买。"
    assert "promise.guaranteed_return" in _reported(text, products=[WMP_R3])

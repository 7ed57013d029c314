"""The shortcuts that keep a clean chat line cheap give the verdict of the full run (hypothesis)."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from compliance.engine import check, get_pack
from compliance.engine.evaluate import _Run
from compliance.engine.facts import products_of as _products
from compliance.engine.normalize import normalize

WMP = {
    "code": "WY180",
    "name": "稳盈180天持有期理财",
    "type": "wmp",
    "risk_level": "R2",
    "benchmark_min": 2.8,
    "benchmark_max": 3.6,
    "principal_protected": False,
}
DEPOSIT = {
    "code": "D1",
    "name": "三年定期",
    "type": "deposit",
    "risk_level": None,
    "benchmark_min": 2.0,
    "benchmark_max": 2.0,
    "principal_protected": True,
}

# Trigger words (存款, 本金, 满, 前, deposit), phrases, digits, separators, leetspeak, traditional characters.
PIECES = [
    "存款",
    "本金",
    "满",
    "5万",
    "送",
    "前",
    "3名",
    "测评",
    "非存款",
    "不是存款",
    "保本",
    "保證",
    "稳赚",
    "不",
    "但",
    "吗",
    "？",
    "，",
    "。",
    " ",
    "-",
    "—",
    "\n",
    "\u200b",
    "1",
    "12345678",
    "%",
    "3.5",
    "年化",
    "r2",
    "deposit",
    "not a deposit",
    "cd",
    "pays more",
    "basically",
    "g u a r",
    "r1sk",
    "free",
    "Good",
    "the",
    "好的",
    "谢谢大家",
    "ＡＢ",
    "💯",
    "🚀",
    "起购金额",
]


def full_run(text: str, kind: str, products: list, pack: str) -> list:
    """The run without any shortcut of ``check``: it normalises and scans the automaton itself."""
    return _Run(get_pack(pack), text, kind, _products(products), None).run()


@settings(max_examples=400, deadline=None)
@given(
    parts=st.lists(st.sampled_from(PIECES), max_size=8),
    products=st.sampled_from([[], [WMP], [DEPOSIT]]),
    pack=st.sampled_from(["cn", "us"]),
)
def test_chat_shortcuts_give_the_full_run_verdict(parts, products, pack):
    text = "".join(parts)
    assert check(text, kind="chat", products=products, pack=pack) == full_run(text, "chat", products, pack)


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(
        alphabet=st.sampled_from(list("存款本金满送前不但吗？，。 -—\n\u200b15%rdgcaost保證稳赚ＡＢ💯")),
        max_size=40,
    )
)
def test_chat_shortcuts_on_dense_text(text):
    assert check(text, kind="chat", products=[WMP]) == full_run(text, "chat", [WMP], "cn")


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(
        alphabet=st.sampled_from(list("好的谢谢大家 goodthe—\n-.1234567٣@$!|ＡＢ保證\u200b💯")), max_size=30
    )
)
def test_shadow_claims_no_digit_only_when_there_is_none(text):
    shadow = normalize(text, frozenset({"risk"}))
    if shadow.digit_free:
        assert re.search(r"\d", shadow.text) is None
    if shadow.offsets is None:
        assert len(shadow.text) == len(text)


def test_plain_text_is_its_own_shadow():
    text = "好的，我们进入下一个问题。"
    shadow = normalize(text)
    assert shadow.text is text and shadow.offsets is None and shadow.digit_free
    assert normalize("Thanks for joining tonight!").text == "thanks for joining tonight!"


def test_a_product_dict_changed_between_calls_is_read_again():
    product = dict(WMP)
    line = "这款年化4%"
    assert [f.code for f in check(line, kind="chat", products=[product])] == ["claim.yield_exceeds_benchmark"]
    product["benchmark_max"] = 4.5
    assert check(line, kind="chat", products=[product]) == []

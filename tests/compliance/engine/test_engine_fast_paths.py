"""The shortcuts that keep a clean chat line cheap give the verdict of the full run (hypothesis)."""

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from compliance.engine import check, get_pack
from compliance.engine.evaluate import _Run
from compliance.engine.facts import products_of as _products
from compliance.engine.literals import REWRITTEN, GatedRegex, factor_alternations, gate_strings
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


# ---------------------------------------------------------------------------------------------------
# Regexes rewritten for speed (literals.py): alternations as tries, gates of required strings.

SAMPLE_TEXTS = [
    normalize(json.loads(line)["text"]).text
    for line in (Path(__file__).parent / "shared" / "dev.jsonl").read_text(encoding="utf-8").splitlines()
    if line.strip()
]


def _matches(regex, texts):
    return [[(m.span(), m.groups()) for m in regex.finditer(t)] for t in texts]


@pytest.mark.parametrize(
    "pattern, factored",
    [
        (
            r"保本|保收益|稳赚|保证|稳赚不赔",
            "保(?:本|收益|证)|稳赚(?:|不赔)",
        ),  # 稳赚 before 稳赚不赔 stays first
        (r"(?:abc|abd|x|ab)e", "(?:ab(?:c|d|)|x)e"),
        (r"(?m)^[^\n]{0,9}?(?:foo|fob|\bbar)", r"(?m)^[^\u000a]{0,9}?(?:fo(?:o|b)|\bbar)"),
        (r"ab|[a-c]x|ac", None),  # ac may not move before [a-c]x: both can match at one position
        (r"(a)x|b|(a)y", None),  # a capturing group keeps its number: its alternative stays put
        (r"(?i)ab|ac", None),  # case folding: left alone
        (r"(a)\1|ab|ac", None),  # a back reference: left alone
        (r"a|b", None),  # nothing to factor
    ],
)
def test_factor_alternations(pattern, factored):
    assert factor_alternations(pattern) == factored


FACTORED_EXAMPLES = [
    r"保本|保收益|稳赚|保证|稳赚不赔",
    r"(?:abc|abd|x|ab)e",
    r"(?:稳赚|保本|稳赚不赔|保)(收益|证)?",
    r"(?:ab|xa|abc|ad|x)(?:c|e)",
    r"(?:\bab|\bac|x(?=y)|xa)+?d?",
    r"(?<=a|b)(?:cd|xe|ce|c)|(?<!x)(?:ex|ey|e)",
    r"(a)(?:ba|bc|y)|a(?:b|x)|ax",
]


def test_the_examples_are_rewritten():
    assert all(factor_alternations(p) is not None for p in FACTORED_EXAMPLES)


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=st.sampled_from(list("abcdexy 保本收益稳赚不赔证\n")), max_size=30))
def test_factored_alternations_match_exactly_as_written(text):
    """sre takes the first alternative that leads to a match: the rewrite moves an alternative only past ones that
    cannot match where it does, so spans, groups and backtracking are those of the regex as written."""
    for pattern in FACTORED_EXAMPLES:
        original, rewritten = re.compile(pattern), re.compile(factor_alternations(pattern) or pattern)
        assert _matches(rewritten, [text]) == _matches(original, [text]), pattern
        assert [original.match(text, i) and original.match(text, i).span() for i in range(len(text))] == [
            rewritten.match(text, i) and rewritten.match(text, i).span() for i in range(len(text))
        ]


def test_module_and_frame_regexes_match_as_written():
    """Every regex ``guard_module_regexes`` rewrote (module constants, the pack's frame regexes) finds the same
    matches as the regex as written, on the shared sample."""
    check("这款保本保收益，稳赚不赔。It's basically a CD.", kind="chat", pack="cn")
    check("It's basically a CD that pays more.", kind="chat", pack="us")
    text = "\n".join(SAMPLE_TEXTS)
    assert len(REWRITTEN) > 50
    for (pattern, flags), written in REWRITTEN.items():
        assert _matches(re.compile(pattern, flags), [text]) == _matches(re.compile(written, flags), [text]), (
            written
        )


@pytest.mark.parametrize("name", ["cn", "us"])
def test_gated_rule_lists_answer_as_their_regex(name):
    """A gated regex (``literals.GatedRegex``) answers every text as the regex itself, the text it saw last or
    a new one, whole or in a range."""
    gated_lists = [
        rx
        for rule in get_pack(name).rules.values()
        for rx in rule.regexes.values()
        if isinstance(rx, GatedRegex)
    ]
    assert len(gated_lists) > 10
    for rx in gated_lists:
        for t in SAMPLE_TEXTS[::3]:
            assert _matches(rx, [t]) == _matches(rx.regex, [t])
            assert (rx.search(t, 2, 40) or None) == (rx.regex.search(t, 2, 40) or None) or (
                rx.search(t, 2, 40).span() == rx.regex.search(t, 2, 40).span()
            )
            assert bool(rx.match(t)) == bool(rx.regex.match(t))


def test_gate_strings_need_a_string_in_every_alternative():
    assert gate_strings(r"保本(?:收益|利息)|不会亏|\bfdic\b") == frozenset(
        {"保本收益", "保本利息", "不会亏", "fdic"}
    )
    assert gate_strings(r"保本|[^，]{2}") is None  # an alternative that needs no string: no gate
    rx = GatedRegex(re.compile(r"保本|不会亏"), re.compile("保本|不会亏").search)
    assert rx.search("这款不会亏的") is not None and rx.search("这款稳") is None
    assert list(rx.finditer("稳稳的")) == [] and rx.findall("保本保本") == ["保本", "保本"]
    assert rx.pattern == "保本|不会亏" and rx.sub("x", "保本") == "x"

"""The shadow text and its offset map; properties over arbitrary input (hypothesis)."""

import string

from hypothesis import given, settings
from hypothesis import strategies as st

from compliance.engine import check
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


def test_identity_when_nothing_needs_mapping():
    sh = normalize("这款产品风险等级较低")
    assert sh.text == "这款产品风险等级较低" and sh.offsets is None


def test_nfkc_casefold_t2s_confusables_in_one_pass():
    assert normalize("ＢＡＯＢＥＮ ４．８％").text == "baoben 4.8%"
    assert normalize("這款產品保夲").text == "这款产品保本"
    assert normalize("guаrаnteed").text == "guaranteed"  # Cyrillic а
    assert normalize("💯不亏").text == "100%不亏"
    assert normalize("🈶赚🈚亏").text == "有赚无亏"


def test_cjk_punctuation_is_kept_so_clauses_survive():
    assert normalize("保本，放心！").text == "保本，放心！"


def test_offsets_map_back_through_deletions_and_expansions():
    text = "A💯保\u200b本B"
    sh = normalize(text)
    assert sh.text == "a100%保本b"
    i = sh.text.index("保本")
    start, end = sh.span(i, i + 2)
    assert text[start:end] == "保\u200b本"
    j = sh.text.index("100%")
    assert sh.span(j, j + 4) == (1, 2)


def test_separators_collapse_only_between_cjk_or_single_letters():
    assert normalize("保 本 - 型").text == "保本型"
    assert normalize("r i s k - f r e e").text == "riskfree"
    assert normalize("a risk free plan").text == "a risk free plan"
    assert normalize("2.8%-3.6%").text == "2.8%-3.6%"


def test_short_lines_are_joined_long_lines_are_not():
    assert normalize("今天这款\n保\n本\n的哈").text == "今天这款保本的哈"
    assert normalize("第一段内容。\n第二段内容").text == "第一段内容。\n第二段内容"


NOISE = st.lists(
    st.sampled_from(
        ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\ufe0f", " ", "\u3000", "\n"]
    ),
    min_size=0,
    max_size=3,
)


PHRASES = [
    ("保本", "promise.capital_guarantee"),
    ("无风险", "promise.capital_guarantee"),
    ("零风险", "promise.capital_guarantee"),
    ("稳赚", "promise.guaranteed_return"),
    ("刚兑", "promise.capital_guarantee"),
    ("包赚", "promise.guaranteed_return"),
]


@settings(max_examples=300, deadline=None)
@given(
    phrase=st.sampled_from(PHRASES), data=st.data(), prefix=st.text(alphabet="这款产品今天给大家", max_size=6)
)
def test_invisible_or_space_noise_inside_a_phrase_never_loses_the_finding(phrase, data, prefix):
    word, code = phrase
    pieces = [word[0]]
    for ch in word[1:]:
        pieces.append("".join(data.draw(NOISE)))
        pieces.append(ch)
    text = prefix + "".join(pieces) + "的"
    findings = check(text, kind="chat", products=[WMP])
    hits = [f for f in findings if f.code == code]
    assert hits, text
    for f in findings:
        assert 0 <= f.start < f.end <= len(text)
        assert f.excerpt == text[f.start : f.end]
    # The finding covers every character of the phrase in the original text.
    assert all(ch in hits[0].excerpt for ch in word)


@settings(max_examples=200, deadline=None)
@given(
    noise=st.lists(st.sampled_from(["\u200b", "\u00ad", "\ufe0f", "\u200d"]), min_size=0, max_size=2),
    width=st.booleans(),
)
def test_noise_and_full_width_in_english_phrases(noise, width):
    word = "risk-free"
    if width:
        word = "".join(chr(ord(c) + 0xFEE0) if c in string.ascii_letters else c for c in word)
    text = "It is " + word[:3] + "".join(noise) + word[3:] + ", honestly."
    findings = check(text, kind="chat", pack="us")
    assert any(f.code == "promise.capital_guarantee" for f in findings), text
    for f in findings:
        assert f.excerpt == text[f.start : f.end]


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(
        alphabet=st.characters(min_codepoint=0, max_codepoint=0x10FFFF, blacklist_categories=()), max_size=300
    ),
    kind=st.sampled_from(["chat", "script", "product_card", "announcement"]),
    pack=st.sampled_from(["cn", "us"]),
)
def test_arbitrary_unicode_never_raises_and_offsets_are_inside(text, kind, pack):
    for f in check(text, kind=kind, products=[WMP], customer_risk="C1", pack=pack):
        assert 0 <= f.start <= f.end <= len(text)
        assert f.excerpt == text[f.start : f.end]


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(
        alphabet=st.sampled_from(
            list("保本稳赚无风险零 \u200b\n，。'\"不是但1%年化预计R2C3".replace(" ", ""))
        ),
        max_size=60,
    )
)
def test_dense_risk_alphabet_never_raises(text):
    findings = check(text, kind="script", products=[WMP], customer_risk="C1")
    for f in findings:
        assert f.excerpt == text[f.start : f.end]
    assert [f.start for f in findings] == sorted(f.start for f in findings)


def test_lone_surrogates_do_not_break_the_check():
    text = "保本\ud800的"
    findings = check(text, kind="chat", products=[WMP])
    assert [f.code for f in findings] == ["promise.capital_guarantee"]
    assert findings[0].excerpt == text[findings[0].start : findings[0].end]

"""Required literals (``literals.py``): sets of strings every match of a pattern holds one of each, so a text
without one set is not searched. A wrong answer would silently drop findings, so the analysis is checked on every
shipped pattern against real text."""

import json
import re
from pathlib import Path

import pytest

from compliance.engine import get_pack
from compliance.engine.literals import first_char_guard, required_groups
from compliance.engine.normalize import normalize

SAMPLE = Path(__file__).parent / "shared" / "dev.jsonl"


@pytest.mark.parametrize(
    "regex, triggers, expected",
    [
        (r"本金[^，]{0,6}(不会|没有)亏", (), (("不会亏", "没有亏"), ("本金",))),
        (
            r"本金[^，]{0,6}(不会|没有)亏",
            ("本金",),
            (("不会亏", "没有亏"),),
        ),  # the trigger itself tells nothing
        (r"abc|abd", (), (("abc", "abd"),)),
        (r"保(本|息)", (), (("保息", "保本"),)),
        (r"a*b", (), (("b",),)),
        (r"(?=foo)bar", (), (("bar",),)),
        (r"(?:foo)+", (), (("foo",),)),
        (r"(?:抽|抽奖)x*(?:买|认购)", (), (("抽",), ("买", "认购"))),  # 抽奖 holds 抽: the shorter is enough
        (r"保(?:本)?息", (), (("保息", "保本息"),)),  # an optional part: its strings or nothing
        # Too many strings to join exactly (10 x 5): the run's last character joined to what follows.
        (
            "(?:" + "|".join(f"{chr(0x4E00 + i)}会" for i in range(10)) + ")(?:出现|迎来|走出|开启|到来)",
            (),
            (
                ("会出现", "会到来", "会开启", "会走出", "会迎来"),
                tuple(f"{chr(0x4E00 + i)}会" for i in range(10)),
            ),
        ),
        # A branch's set is chosen among those no trigger holds, so that the alternation's set still tells.
        (
            r"(?:评论区|群里)[^，]*(?:姓名|电话)|(?:卡里|账上)[^，]*万",
            ("评论区", "卡里"),
            (("万", "姓名", "电话"),),
        ),
        (r"\d+%", (), ()),  # a lone punctuation mark: nearly every text holds one
        (r"x?", (), ()),  # can match the empty string
        (r"(?:x|\d)y?", (), ()),  # a branch without a literal
        (r"(?i:abc)", (), ()),  # flags: not analysed
        (r"[^，]{2,}", (), ()),
    ],
)
def test_required_groups(regex, triggers, expected):
    assert required_groups(re.compile(regex), triggers) == expected


def test_at_most_48_strings_in_a_set():
    many = "|".join(f"{chr(0x4E00 + i)}x" for i in range(49))
    assert required_groups(re.compile(f"(?:{many})z*y")) == (("y",),)
    assert len(required_groups(re.compile(f"(?:{many[:-3]})z*y"))[1]) == 48


@pytest.mark.parametrize("name", ["cn", "us"])
def test_every_match_of_every_shipped_pattern_holds_a_string_of_each_set(name):
    pack = get_pack(name)
    texts = [
        normalize(json.loads(line)["text"]).text for line in SAMPLE.read_text(encoding="utf-8").splitlines()
    ]
    text = "\n".join(texts)
    checked = 0
    found = [required_groups(p.regex, t) for p, t in zip(pack.patterns, pack.triggers, strict=True)]
    for pattern, groups in zip(pack.patterns, found, strict=True):
        for m in pattern.regex.finditer(text):
            for group in groups:
                assert any(x in m.group() for x in group), (pattern.regex.pattern, group)
                checked += 1
    assert checked > 20
    assert sum(bool(g) for g in found) > len(pack.patterns) * 3 // 4


@pytest.mark.parametrize(
    "regex, guarded",
    [
        (
            r"(?:他们家|[a-z]{1,4}行|(?<![我咱])同行)x",
            r"(?=[他a-z同])(?:(?:他们家|[a-z]{1,4}行|(?<![我咱])同行)x)",
        ),
        (r"\b(?:you're|we)\s+x", r"(?=[yw])(?:\b(?:you're|we)\s+x)"),  # an anchor first: sre scans nothing
        (
            r"(?:a|b)?[\d.]+%",
            r"(?=[ab\d\u002e])(?:(?:a|b)?[\d.]+%)",
        ),  # an optional part: what follows starts too
        (r"本金[^，]{0,6}亏", None),  # sre scans for the literal prefix itself
        (r"(?:保本|保息)的", None),  # ... and for the first characters of an alternation of literals
        (r"x?", None),  # can match the empty string
        (r"[^a]x", None),  # a negated class: most characters pass
        (r"(?:\w|z)+y", None),  # \w: most characters pass
        (r"(?:[一-鿿]{2}|z)银行", None),  # a block of Hanzi: most characters pass
        (r"(?i)(?:ab|c+)d", None),  # case folding
    ],
)
def test_first_char_guard(regex, guarded):
    assert first_char_guard(regex) == guarded


@pytest.mark.parametrize("name", ["cn", "us"])
def test_guarded_patterns_match_exactly_as_unguarded(name):
    """The guard is a pure speed-up: the same matches, spans and groups as the pattern without it."""
    pack = get_pack(name)
    texts = [
        normalize(json.loads(line)["text"]).text for line in SAMPLE.read_text(encoding="utf-8").splitlines()
    ]
    text = "\n".join(texts)
    guarded = 0
    for pattern in pack.patterns:
        regex = pattern.regex
        if not regex.pattern.startswith("(?=[") or not regex.pattern.endswith(")"):
            continue
        inner = regex.pattern[regex.pattern.index("])(?:") + 5 : -1]
        if first_char_guard(inner, regex.flags) != regex.pattern:
            continue  # a lookahead written in the pack itself, not the guard
        plain = re.compile(inner, regex.flags)
        got = [(m.span(), m.groups()) for m in regex.finditer(text)]
        assert got == [(m.span(), m.groups()) for m in plain.finditer(text)], regex.pattern
        guarded += 1
    assert guarded > len(pack.patterns) // 4

"""Claims split over several chat lines (issue 16 point 8): ``check_window`` inline, ``check_transcript`` after."""

from compliance.engine import TranscriptFinding, check, check_transcript, check_window

WMP = {
    "code": "JX180",
    "name": "嘉兴稳益180天持有期理财",
    "type": "wmp",
    "risk_level": "R2",
    "benchmark_min": 2.7,
    "benchmark_max": 3.5,
    "principal_protected": False,
}


def test_window_finds_halves_with_filler_lines_between():
    lines = ["这款产品", "保", "大家晚上好", "欢迎新进来的朋友", "本的，放心买"]
    assert all(check(line, kind="chat", products=[WMP]) == [] for line in lines)
    findings = check_window(lines, products=[WMP])
    assert [f.code for f in findings] == ["promise.capital_guarantee"]
    assert findings[0].excerpt == "本"  # offsets are relative to the newest line


def test_window_reports_nothing_for_a_clean_newest_line():
    assert check_window(["这款保本的", "大家晚上好"], products=[WMP]) == []


def test_transcript_names_the_lines_of_a_split_claim():
    lines = ["今天聊聊嘉兴稳益", "这款稳", "有问题可以留言", "我看到有朋友问起购金额", "赚不赔的"]
    found = check_transcript(lines, products=[WMP])
    assert found, "the split 稳赚不赔 is found"
    first = found[0]
    assert isinstance(first, TranscriptFinding)
    assert first.code in {"promise.capital_guarantee", "promise.guaranteed_return"}
    assert first.lines == (1, 4)
    assert first.excerpt == "稳\n赚不赔"
    assert first.to_dict()["lines"] == [1, 4]


def test_transcript_one_character_per_line():
    found = check_transcript(["零", "风", "险"], products=[WMP])
    assert [(f.code, f.lines) for f in found] == [("promise.capital_guarantee", (0, 1, 2))]


def test_transcript_leaves_single_line_findings_to_the_inline_check():
    assert check_transcript(["这款保本的", "大家晚上好", "谢谢关注"], products=[WMP]) == []


def test_transcript_of_clean_lines_is_clean():
    lines = [
        "大家晚上好",
        "今天介绍嘉兴稳益，风险等级R2",
        "理财非存款、产品有风险、投资须谨慎",
        "本产品不保本",
        "有问题请留言",
    ]
    assert check_transcript(lines, products=[WMP]) == []

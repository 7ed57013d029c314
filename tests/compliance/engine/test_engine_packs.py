"""Rule packs as data: loading, validation, bank word lists, recompiling edited data."""

import pytest

from compliance.engine import PackError, check, compile_pack, get_pack, load_pack_data, read_word_list
from compliance.engine.packs import PACK_DIR


def test_both_packs_share_the_taxonomy():
    cn = {r["code"] for r in load_pack_data("cn")["rules"]}
    us = {r["code"] for r in load_pack_data("us")["rules"]}
    assert cn == us and len(cn) == 25
    us_off = {r["code"] for r in load_pack_data("us")["rules"] if r["enabled"] is False}
    assert us_off == {"disclosure.risk_level_missing", "inducement.gift_rebate"}


def test_severity_counts_match_the_catalogue():
    rules = load_pack_data("cn")["rules"]
    counts = {s: sum(r["severity"] == s for r in rules) for s in ("block", "review", "info")}
    assert counts == {"block": 11, "review": 12, "info": 2}


def test_unknown_pack_is_a_clear_error():
    with pytest.raises(PackError):
        load_pack_data("xx")
    with pytest.raises(PackError):
        get_pack("../cn")


def test_admin_edits_take_effect_after_recompile():
    data = load_pack_data("cn")
    for rule in data["rules"]:
        if rule["code"] == "inducement.urgency_pressure":
            rule["severity"] = "block"
            rule["lexicon"].append("今晚必须下单")
    pack = compile_pack(data)
    found = {f.code: f.severity for f in check("今晚必须下单哦", kind="chat", pack=pack)}
    assert found == {"inducement.urgency_pressure": "block"}
    assert check("今晚必须下单哦", kind="chat") == []


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda r: r.update(severity="fatal"), "severity"),
        (lambda r: r.update(kinds=["tweet"]), "kinds"),
        (lambda r: r.update(patterns=[{"re": "("}]), "regular expression"),
        (lambda r: r.update(lexicon="保本"), "list of strings"),
    ],
)
def test_malformed_rules_are_rejected(mutate, message):
    data = load_pack_data("cn")
    mutate(data["rules"][0])
    with pytest.raises(PackError, match=message):
        compile_pack(data)


def test_bank_word_list_file_loads_without_code_changes(tmp_path):
    path = tmp_path / "bank.txt"
    lines = ["# 本行敏感词", "内部优惠价\tconduct.off_channel", "躺平收息\tpromise.guaranteed_return", ""]
    lines += [f"敏感词{i:04d}号\tsuperlative.absolute_term" for i in range(3000)]
    path.write_text("\n".join(lines), encoding="utf-8")
    data = load_pack_data("cn")
    data["extra_words"] = data["extra_words"] + read_word_list(path)
    pack = compile_pack(data)
    found = {f.code for f in check("这个内部优惠价，躺平收息，敏感词2999号", kind="chat", pack=pack)}
    assert found == {"conduct.off_channel", "promise.guaranteed_return", "superlative.absolute_term"}
    # The extra words obey the rule's negation handling too.
    assert check("这不是内部优惠价", kind="chat", pack=pack) == []


def test_shipped_word_list_is_loaded():
    assert (PACK_DIR / "cn.extra_words.txt").exists()
    assert ["内部消息", "conduct.off_channel"] in load_pack_data("cn")["extra_words"]


def test_bad_word_list_lines_name_the_line(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_text("好词\tconduct.off_channel\n没有制表符的行\n", encoding="utf-8")
    with pytest.raises(PackError, match=":2:"):
        read_word_list(path)
    data = load_pack_data("cn")
    data["extra_words"] = [["某词", "no.such_code"]]
    with pytest.raises(PackError, match="unknown rule code"):
        compile_pack(data)


def test_pack_files_read_by_the_fast_loader_equal_the_pure_python_safe_loader():
    """The warm-up reads the packs with libyaml's safe loader (``packs._SafeLoader``): it must give exactly
    what ``yaml.safe_load`` gives for every shipped file, and refuse what the safe loader refuses."""
    import yaml

    from compliance.engine import packs

    files = sorted(packs.PACK_DIR.glob("*.yaml"))
    assert files
    for path in files:
        assert packs._read_yaml(path) == yaml.safe_load(path.read_text(encoding="utf-8")), path.name


def test_pack_loader_refuses_python_object_tags(tmp_path):
    from compliance.engine import packs

    bad = tmp_path / "bad.yaml"
    bad.write_text("rules: !!python/object/apply:os.system ['true']\n", encoding="utf-8")
    with pytest.raises(packs.PackError):
        packs._read_yaml(bad)


@pytest.mark.parametrize(
    "text, key",
    [
        ("rules:\n  a: {severity: block}\n  a: {severity: review}\n", "a"),  # a rule written twice
        ("rules:\n  a:\n    lexicon: [x]\n    kinds: [chat]\n    lexicon: [y]\n", "lexicon"),  # a field twice
        ("name: x\nname: y\n", "name"),
    ],
)
def test_a_key_given_twice_in_a_pack_file_is_an_error_naming_file_and_key(tmp_path, text, key):
    from compliance.engine import packs

    path = tmp_path / "dup.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PackError) as err:
        packs._read_yaml(path)
    assert "dup.yaml" in str(err.value) and f"duplicate key {key!r}" in str(err.value)


def test_the_duplicate_key_check_keeps_merge_keys_and_the_fast_parser(tmp_path):
    import yaml

    from compliance.engine import packs

    path = tmp_path / "merge.yaml"
    path.write_text("base: &b {a: 1, b: 2}\nrule:\n  <<: *b\n  b: 3\n", encoding="utf-8")
    assert packs._read_yaml(path) == {"base": {"a": 1, "b": 2}, "rule": {"a": 1, "b": 3}}
    if hasattr(yaml, "CSafeLoader"):
        assert issubclass(packs._UniqueKeyLoader, yaml.CSafeLoader)

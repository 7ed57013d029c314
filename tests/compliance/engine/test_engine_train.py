"""``train --check``'s cross-validation cache: reused only for exactly the inputs it was computed from."""

import json

from compliance.engine.train import Prepared, cached_thresholds, cv_key

ITEMS = [
    {
        "id": "a",
        "lang": "zh",
        "kind": "chat",
        "text": "这款保本保收益，闭眼买！",
        "expect": ["promise.capital_guarantee"],
    },
    {"id": "b", "lang": "zh", "kind": "chat", "text": "大家晚上好，欢迎来到直播间。", "expect": []},
    {
        "id": "c",
        "lang": "en",
        "kind": "chat",
        "text": "A client of mine doubled her money with it.",
        "expect": [],
    },
]


def _prepared():
    return [Prepared({**item, "_round": r}) for r, item in enumerate(ITEMS)]


def test_the_key_is_stable_and_moves_with_every_input():
    base = cv_key(_prepared())
    assert cv_key(_prepared()) == base

    relabelled = _prepared()
    code = next(iter(relabelled[0].labels))
    relabelled[0].labels[code] = [None] * len(relabelled[0].labels[code])
    moved = _prepared()
    moved[1].item["_round"] = 5
    fewer = _prepared()[:2]
    other_rules = _prepared()
    other_rules[2].rules = other_rules[2].rules ^ {"privacy.customer_pii"}
    other_features = _prepared()
    other_features[1].feats = [["x"]]
    keys = {cv_key(p) for p in (relabelled, moved, fewer, other_rules, other_features)}
    assert base not in keys and len(keys) == 5


def test_cached_thresholds_only_under_their_key(tmp_path):
    path = tmp_path / "model.cv.json"
    assert cached_thresholds("k", path) is None  # no file
    path.write_text(json.dumps({"key": "k", "thresholds": {"performance.prediction": 0.9}}), encoding="utf-8")
    assert cached_thresholds("k", path) == {"performance.prediction": 0.9}
    assert cached_thresholds("other", path) is None
    path.write_text("{not json", encoding="utf-8")
    assert cached_thresholds("k", path) is None
    path.write_text(json.dumps({"key": "k", "thresholds": []}), encoding="utf-8")
    assert cached_thresholds("k", path) is None

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


class _Fake:
    """What threshold choice reads of a prepared item."""

    def __init__(self, n, expect=(), rules=(), scored=True, round_=1, opened=True):
        self.item = {"id": f"i{n}", "_round": round_}
        self.expect = set(expect)
        self.rules = set(rules)
        self.scored = scored
        self.opened = opened  # the rules report something on it (the model's gate in check())


def test_thresholds_come_from_the_model_alone_with_a_margin():
    from compliance.engine import train

    code = "performance.prediction"
    oof = []
    # Positives scored 0.9 by the model, most already flagged by the rules: the residuals alone would be too few.
    for n in range(6):
        oof.append((_Fake(n, expect=[code], rules=[code] if n < 5 else []), {code: 0.9}))
    # A clean item at 0.7 and many clean items at 0.1: the lowest threshold right >= 80 % is 0.8 (0.7 flags one
    # clean item, over a budget of 0 at 300 clean items).
    oof.append((_Fake(100), {code: 0.7}))
    oof += [(_Fake(200 + n), {code: 0.1}) for n in range(300)]
    # Items of a kind the model does not run on count for nothing, nor do clean items the rules pass (the model
    # is not run on them): at 0.95 they would otherwise exhaust the budget.
    oof += [(_Fake(600 + n, scored=False), {code: 0.95}) for n in range(50)]
    oof += [(_Fake(700 + n, opened=False), {code: 0.95}) for n in range(5)]
    chosen = train.choose_thresholds(oof)
    lowest = 0.8
    assert chosen == {code: train.GRID[train.GRID.index(lowest) + train.MARGIN]}


def test_added_leaves_out_codes_the_rules_reported_and_the_ceiling_raises_or_drops():
    from compliance.engine import train

    scores = {"a": 0.95, "b": 0.95, "c": 0.5}
    thresholds = {"a": 0.9, "b": 0.9, "c": 0.9}
    assert train.added(scores, thresholds, _Fake(1, rules={"b"})) == {"a"}
    assert train.added(scores, thresholds, _Fake(2, opened=False)) == set()  # a text the rules pass: no hint
    raised = train.above_ceiling({"a": 0.8, "b": 0.8, "c": 0.8}, {"a": 0.5, "b": 0.86, "c": 0.999})
    assert raised == {"a": 0.8, "b": 0.9}


def test_the_model_is_not_scored_on_a_kind_it_does_not_run_on():
    from compliance.engine import train

    chat = Prepared({**ITEMS[0], "_round": 1})
    script = Prepared({**ITEMS[0], "kind": "script", "_round": 1})
    assert not chat.scored and script.scored
    model = train.LinearModel(train.train([chat, script], "zh"))
    assert train.item_scores(model, chat) == {}
    assert set(train.item_scores(model, script)) == set(train.CODES)

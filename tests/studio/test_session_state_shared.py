"""``session.state`` built from a shared, once-encoded part of the room and the viewer's own members: the same
frame as built whole, for every kind of viewer."""

import json
from datetime import timedelta

import pytest
from django.utils import timezone, translation

from studio import consumers, selectors
from studio.access import Viewer


@pytest.fixture(autouse=True)
def fresh_parts(monkeypatch):
    monkeypatch.setattr(consumers, "_state_parts", {})


def _snapshot() -> dict:
    until = (timezone.now() + timedelta(minutes=5)).isoformat()
    return {
        "state": "live",
        "last_seq": 3,
        "slow_mode_seconds": 0,
        "qa_enabled": True,
        "pinned": None,
        "questions": [{"id": 1, "text": "利率多少？", "upvotes": 2}],
        "mutes": {5: until},
        "seq": 999,  # a member a viewer's own part names too: the viewer's wins, as in a frame built whole
    }


def _whole(snapshot: dict, viewer: Viewer, own: dict) -> dict:
    now = timezone.now()
    return {
        "type": "session.state",
        **selectors.snapshot_for_viewer(snapshot, viewer, now=now),
        "shelf": selectors.shelf_frames([], profile=viewer.profile, now=now),
        **own,
    }


def _own(viewer: Viewer, seq: int = 3) -> dict:
    return {
        "seq": seq,
        "viewers": 12,
        "reactions": {"like": 2},
        "you": {"user_id": viewer.user_id, "role": viewer.role, "name": viewer.name},
    }


@pytest.mark.parametrize(
    "viewer",
    [
        Viewer(None, "guest", "guest", None),
        Viewer(7, "小王", "customer", None),
        Viewer(5, "被禁言", "customer", None),  # muted: sees until when
        Viewer(9, "主播", "owner", None),  # the host: sees who is muted
    ],
    ids=["guest", "customer", "muted", "host"],
)
def test_the_frame_equals_the_frame_built_whole(viewer):
    snapshot = _snapshot()
    text = consumers.session_state_text(snapshot, [], viewer, _own(viewer))
    assert json.loads(text) == _whole(snapshot, viewer, _own(viewer))


def test_viewers_who_see_the_room_alike_share_one_encoding_and_keep_their_own_members():
    snapshot, shelf = _snapshot(), []
    first, second = Viewer(None, "guest", "guest", None), Viewer(7, "小王", "customer", None)
    a = json.loads(consumers.session_state_text(snapshot, shelf, first, _own(first, seq=3)))
    b = json.loads(consumers.session_state_text(snapshot, shelf, second, _own(second, seq=4)))
    assert len(consumers._state_parts) == 1
    assert (a["seq"], a["you"]["role"]) == (3, "guest") and (b["seq"], b["you"]["name"]) == (4, "小王")
    assert a["questions"] == b["questions"] and "muted_users" not in a and "muted_until" not in b

    consumers.session_state_text(snapshot, shelf, Viewer(5, "x", "customer", None), _own(first))
    consumers.session_state_text(snapshot, shelf, Viewer(9, "h", "owner", None), _own(first))
    assert len(consumers._state_parts) == 1  # the host's and a muted viewer's views are their own


def test_a_new_room_read_or_another_language_is_encoded_afresh():
    viewer = Viewer(None, "guest", "guest", None)
    snapshot = _snapshot()
    consumers.session_state_text(snapshot, [], viewer, _own(viewer))
    changed = {**snapshot, "pinned": {"id": 3, "text": "置顶"}}
    assert (
        json.loads(consumers.session_state_text(changed, [], viewer, _own(viewer)))["pinned"]
        == changed["pinned"]
    )
    with translation.override("en"):
        consumers.session_state_text(snapshot, [], viewer, _own(viewer))
    assert len(consumers._state_parts) == 3


def test_the_shared_part_is_reused_only_within_its_second(monkeypatch):
    viewer = Viewer(None, "guest", "guest", None)
    snapshot = _snapshot()
    consumers.session_state_text(snapshot, [], viewer, _own(viewer))
    [(key, (moment, *rest))] = consumers._state_parts.items()
    consumers._state_parts[key] = (moment - consumers.STATE_SHARED_SECONDS - 0.1, *rest)
    snapshot["questions"].append({"id": 2, "text": "新问题", "upvotes": 0})  # only to see a rebuild
    frame = json.loads(consumers.session_state_text(snapshot, [], viewer, _own(viewer)))
    assert [q["id"] for q in frame["questions"]] == [1, 2]

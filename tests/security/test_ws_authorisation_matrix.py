"""Every WebSocket action × every role, in one live room: exactly the intended callers succeed, the others get
an ``error`` frame with DESIGN.md's code and change nothing in the database; and who may open which room.

The actions are enumerated from ``studio.protocol.FRAME_TYPES``: a frame type added without a row fails
``test_every_frame_type_has_a_row``. Within an action the refused callers go first, so an allowed call never
changes what a refused one would meet; actions that change the room for good (mute, end) go last.
"""

import asyncio
import itertools

import pytest
from channels.db import database_sync_to_async

from audience.models import Visit
from studio import protocol
from tests.support.world import ROLES, build_world, db_snapshot, snapshot_diff

pytestmark = [pytest.mark.django_db(transaction=True, serialized_rollback=True), pytest.mark.timeout(120)]

OK = "ack"
GUEST = "login_required"
NO = "forbidden"

# (frame type, fields from the world, {role: "ack" | error code})
ACTIONS = [
    ("resume", lambda w: {"last_seq": 0}, dict.fromkeys(ROLES, OK)),
    ("reaction", lambda w: {"kind": "like"}, dict.fromkeys(ROLES, OK)),
    (
        "chat.send",
        lambda w: {"text": "大家好，请问今天讲什么？"},
        {"anonymous": GUEST, "customer": OK, "rm_own": OK, "rm_other": NO, "officer": NO},
    ),
    (
        "qa.ask",
        lambda w: {"text": "R2产品的期限是多久？"},
        {"anonymous": GUEST, "customer": OK, "rm_own": NO, "rm_other": NO, "officer": NO},
    ),
    # The world's question is the customer's own: nobody upvotes their own question (issue 19).
    (
        "qa.upvote",
        lambda w: {"question_id": w.question_id},
        {"anonymous": GUEST, "customer": "own_question", "rm_own": OK, "rm_other": OK, "officer": OK},
    ),
    (
        "qa.answer",
        lambda w: {"question_id": w.question_id},
        {"anonymous": NO, "customer": NO, "rm_own": OK, "rm_other": NO, "officer": NO},
    ),
    (
        "card.open",
        lambda w: {"card_id": w.card_id},
        {"anonymous": GUEST, "customer": OK, "rm_own": OK, "rm_other": OK, "officer": OK},
    ),
    (
        "card.push",
        lambda w: {"product_id": w.products["r2"].pk},
        {"anonymous": NO, "customer": NO, "rm_own": OK, "rm_other": NO, "officer": NO},
    ),
    (
        "chat.pin",
        lambda w: {"message_id": w.line_id},
        {"anonymous": NO, "customer": NO, "rm_own": OK, "rm_other": NO, "officer": NO},
    ),
    (
        "room.slow_mode",
        lambda w: {"seconds": 0},
        {"anonymous": NO, "customer": NO, "rm_own": OK, "rm_other": NO, "officer": NO},
    ),
    (
        "chat.remove",
        lambda w: {"message_id": w.line_id},
        {"anonymous": NO, "customer": NO, "rm_own": OK, "rm_other": NO, "officer": OK},
    ),
    (
        "chat.release",
        lambda w: {"message_id": w.extra["held_line_id"]},
        {"anonymous": NO, "customer": NO, "rm_own": OK, "rm_other": NO, "officer": OK},
    ),
    (
        "qa.release",
        lambda w: {"question_id": w.extra["held_question_id"]},
        {"anonymous": NO, "customer": NO, "rm_own": OK, "rm_other": NO, "officer": OK},
    ),
    (
        "user.mute",
        lambda w: {"user_id": w.user("rm_other").pk, "minutes": 1},
        {"anonymous": NO, "customer": NO, "rm_own": OK, "rm_other": NO, "officer": NO},
    ),
    # Issue 17: a pinned line must pass the screening; lines must have something visible and fit the limit.
    (
        "chat.pin",
        lambda w: {"message_id": w.extra["unscreened_line_id"]},
        {"anonymous": NO, "customer": NO, "rm_own": "pin_not_screened", "rm_other": NO, "officer": NO},
    ),
    (
        "chat.send",
        lambda w: {"text": "\u200b\u200c"},
        {
            "anonymous": GUEST,
            "customer": "invalid_text",
            "rm_own": "invalid_text",
            "rm_other": NO,
            "officer": NO,
        },
    ),
    (
        "chat.send",
        lambda w: {"text": "收益\u202e%01率年"},
        {
            "anonymous": GUEST,
            "customer": "invalid_text",
            "rm_own": "invalid_text",
            "rm_other": NO,
            "officer": NO,
        },
    ),
    ("chat.send", lambda w: {"text": "话" * 501}, dict.fromkeys(ROLES, "too_long")),
    (
        "qa.ask",
        lambda w: {"text": "\x00"},
        {"anonymous": GUEST, "customer": "invalid_text", "rm_own": NO, "rm_other": NO, "officer": NO},
    ),
    # The host's Q&A moderation (issue 19): merging a question into itself is refused even for the host.
    (
        "qa.merge",
        lambda w: {"question_id": w.question_id, "into_id": w.question_id},
        {"anonymous": NO, "customer": NO, "rm_own": "invalid_state", "rm_other": NO, "officer": NO},
    ),
    (
        "qa.dismiss",
        lambda w: {"question_id": w.question_id},
        {"anonymous": NO, "customer": NO, "rm_own": OK, "rm_other": NO, "officer": NO},
    ),
    (
        "session.end",
        lambda w: {},
        {"anonymous": NO, "customer": NO, "rm_own": OK, "rm_other": NO, "officer": NO},
    ),
]


def test_every_frame_type_has_a_row():
    assert {kind for kind, _, _ in ACTIONS} == set(protocol.FRAME_TYPES)
    assert all(set(expect) == set(ROLES) for _, _, expect in ACTIONS)


async def test_who_may_open_which_room(room):
    world = await database_sync_to_async(build_world)(prefix="wsopen")
    rooms = {
        "draft": world.sessions["draft"].pk,
        "in_review": world.sessions["in_review"].pk,
        "live": world.sessions["live"].pk,
        "missing": 987654321,
    }
    may_open = {
        "draft": {"rm_own", "officer"},
        "in_review": {"rm_own", "officer"},
        "live": set(ROLES),
        "missing": set(),
    }
    cells = 0
    for name, session_id in rooms.items():
        for role in ROLES:
            cells += 1
            if role in may_open[name]:
                viewer = await room(session_id, world.user(role))
                assert viewer.state["type"] == "session.state"
                await viewer.close()
            else:
                code = await room(session_id, world.user(role), expect_ok=False)
                assert code == 4403, f"{role} opening {name}: closed with {code}"
    assert cells == 20


async def _visits_stored(session_id: int, count: int) -> None:
    count_visits = database_sync_to_async(lambda: Visit.objects.filter(session_id=session_id).count())
    for _ in range(200):
        if await count_visits() >= count:
            return
        await asyncio.sleep(0.05)
    raise AssertionError(f"the {count} sockets' visits were not stored within 10 s")


async def test_every_action_by_every_role(room):
    world = await database_sync_to_async(build_world)(prefix="wsmatrix")
    session_id = world.sessions["live"].pk
    sockets = {role: await room(session_id, world.user(role)) for role in ROLES}
    await _visits_stored(session_id, len(sockets))  # written in batches after the connects, not by any action
    refs = itertools.count()
    problems, cells = [], 0
    for kind, fields, expect in ACTIONS:
        order = sorted(ROLES, key=lambda role: expect[role] == OK)  # refused callers first
        for role in order:
            cells += 1
            ref = f"m{next(refs)}"
            before = await database_sync_to_async(db_snapshot)()
            await sockets[role].send({"type": kind, "ref": ref, **fields(world)})
            answer = await sockets[role].ack(ref)
            after = await database_sync_to_async(db_snapshot)()
            wanted = expect[role]
            got = answer["type"] if answer["type"] == "ack" else answer["code"]
            if got != wanted:
                problems.append(f"{kind} by {role}: expected {wanted}, got {answer}")
            elif got != OK:
                if not answer.get("message"):
                    problems.append(f"{kind} by {role}: error without a message: {answer}")
                if changed := snapshot_diff(before, after):
                    problems.append(f"{kind} by {role}: refused but changed {changed}")
    assert not problems, "\n".join(problems)
    assert cells == len(ACTIONS) * len(ROLES)

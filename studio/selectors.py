"""Reads for studios, sessions and the room transcript."""

from datetime import datetime
from typing import Any

from django.db.models import Count, Min, Q, QuerySet
from django.utils import timezone

from products.services import suitability_check
from studio.models import (
    CardPush,
    ChatMessage,
    LiveSession,
    MessageStatus,
    PostHocStatus,
    Question,
    RoomMute,
    SessionState,
    Studio,
    TranscriptFinding,
)
from studio.protocol import card_frame, chat_message_frame, chat_removed_frame, question_frame

REPLAY_LIMIT = 5000
# The shelf lists at most this many products (the latest push of each); sessions feature a handful.
SHELF_LIMIT = 30


def studio_list_for_owner(*, owner) -> QuerySet[Studio]:
    return Studio.objects.filter(owner=owner).order_by("id")


def session_list_for_owner(*, owner, state: str | None = None) -> QuerySet[LiveSession]:
    sessions = (
        LiveSession.objects.filter(studio__owner=owner)
        .select_related("studio")
        .prefetch_related("featured_products")
    )
    return sessions.filter(state=state) if state else sessions


def room_events(
    *, session_id: int, after_seq: int, upto_seq: int | None = None, limit: int = REPLAY_LIMIT
) -> list[dict]:
    """The room's sequenced frames with ``after_seq < seq ≤ upto_seq``, in ``seq`` order.

    A line removed by then is replayed only as its ``chat.removed`` (at the removal's seq): a viewer
    who did not see it never gets its text. Used by ``resume`` and by the fan-out to fill a gap.
    """
    window = Q(seq__gt=after_seq) | Q(removed_seq__gt=after_seq)
    if upto_seq is not None:
        window &= Q(seq__lte=upto_seq) | Q(removed_seq__lte=upto_seq)
    rows = (
        ChatMessage.objects.filter(window, session_id=session_id)
        .only(
            "id",
            "seq",
            "removed_seq",
            "removed_at",
            "author_id",
            "author_name",
            "author_role",
            "text",
            "published_at",
            "created_at",
        )
        .order_by("seq")[: limit * 2]
    )
    events: list[tuple[int, Any]] = []  # (seq, chat.message or chat.removed frame)
    for message in rows:
        if message.removed_seq is not None:
            if message.removed_seq > after_seq and (upto_seq is None or message.removed_seq <= upto_seq):
                events.append((message.removed_seq, chat_removed_frame(message)))
        elif (
            message.seq is not None
            and message.seq > after_seq
            and (upto_seq is None or message.seq <= upto_seq)
        ):
            events.append((message.seq, chat_message_frame(message)))
    events.sort(key=lambda item: item[0])
    return [frame for _, frame in events[:limit]]


def room_last_seqs(*, session_ids: list[int]) -> dict[int, int]:
    return dict(LiveSession.objects.filter(pk__in=session_ids).values_list("pk", "last_seq"))


def room_snapshot(
    *,
    session_id: int,
    viewer=None,
    now: datetime | None = None,
    shelf: bool = True,
    session: LiveSession | None = None,
) -> dict:
    """What a viewer needs on joining beside the live stream: pin, settings, open questions (with their
    published answers) and the shelf of cards pushed so far, each with ``viewer``'s own suitability
    (``studio.access.Viewer``; ``None`` words every card as for a guest). Five queries, once per connect;
    four when the caller has just read ``session`` with its ``pinned_message`` (``studio.room_open``).

    ``mutes`` (user id -> until) is the room's mutes still running: it is read with the room (one read serves
    a burst of connects) and never sent as it is: ``snapshot_for_viewer`` tells the host who is muted and a
    muted viewer until when."""
    if session is None:
        session = LiveSession.objects.select_related("pinned_message").get(pk=session_id)
    pinned = session.pinned_message
    questions = (
        Question.objects.filter(session_id=session_id, status="published", dismissed_at__isnull=True)
        .select_related("answer_line")
        .order_by("-upvotes", "id")[:100]
    )
    return {
        "state": session.state,
        "last_seq": session.last_seq,
        "slow_mode_seconds": session.slow_mode_seconds,
        "qa_enabled": session.qa_enabled,
        "pinned": chat_message_frame(pinned) if pinned and pinned.removed_at is None and pinned.seq else None,
        "questions": [question_frame(q, answer=q.answer_line) for q in questions],
        "mutes": room_mutes(session_id=session_id, now=now),
        **(
            {
                "shelf": room_shelf(
                    session_id=session_id, profile=viewer.profile if viewer is not None else None, now=now
                )
            }
            if shelf
            else {}
        ),
    }


def room_mutes(*, session_id: int, now: datetime | None = None) -> dict[int, str]:
    """The room's running mutes: user id -> until (ISO). A user muted twice has one running mute
    (``user_mute`` ends the earlier one)."""
    rows = RoomMute.objects.filter(session_id=session_id, until__gt=now or timezone.now()).order_by("until")
    return {user_id: until.isoformat() for user_id, until in rows.values_list("user_id", "until")}


def snapshot_for_viewer(snapshot: dict, viewer, *, now: datetime) -> dict:
    """The room's shared snapshot as ``viewer`` may see it: the host gets ``muted_users`` (who is muted, until
    when), a muted viewer ``muted_until``; nobody else learns who is muted. Mutes that ran out since the room
    was read are left out. ``snapshot`` is shared by connects and is not changed."""
    view = {key: value for key, value in snapshot.items() if key != "mutes"}
    running = {
        user_id: until
        for user_id, until in (snapshot.get("mutes") or {}).items()
        if datetime.fromisoformat(until) > now
    }
    if viewer.is_owner:
        view["muted_users"] = [{"user_id": user_id, "until": until} for user_id, until in running.items()]
    elif viewer.user_id in running:
        view["muted_until"] = running[viewer.user_id]
    return view


def room_shelf(*, session_id: int, profile=None, now: datetime | None = None) -> list[dict]:
    """The session's pushed cards, newest first, one per product (its latest push), as ``card.pushed`` frames
    worded for ``profile`` (a ``CustomerProfile`` or ``None``): the same frame a viewer gets live, so a reload or
    a late joiner sees the shelf the room saw, with their own suitability judged now (a product whose sale
    ended since the push is no longer offered)."""
    return shelf_frames(room_shelf_pushes(session_id=session_id), profile=profile, now=now or timezone.now())


def room_shelf_pushes(*, session_id: int) -> list[CardPush]:
    """The shelf's pushes (with their products): the latest push per product, newest first (one query)."""
    pushes = (
        CardPush.objects.filter(session_id=session_id)
        .select_related("product")
        .order_by("-id")[: SHELF_LIMIT * 4]
    )
    latest: list[CardPush] = []
    seen: set[int] = set()
    for push in pushes:
        if push.product_id not in seen:
            seen.add(push.product_id)
            latest.append(push)
    return latest[:SHELF_LIMIT]


def shelf_frames(pushes: list[CardPush], *, profile=None, now: datetime) -> list[dict]:
    """``room_shelf_pushes`` worded as ``card.pushed`` frames for ``profile``; no query (a join storm shares the
    pushes and words them per viewer, ``studio.room_open``)."""
    frames: list[dict] = []
    for push in pushes:
        card, _facts = card_frame(push)
        verdict = suitability_check(profile=profile, product=push.product, now=now)
        frames.append(
            {
                "type": "card.pushed",
                "card": card,
                "can_act": verdict.allowed,
                "reason": verdict.message,
                "reason_code": verdict.reason.value,
            }
        )
    return frames


def transcript(*, session: LiveSession, full: bool, after_seq: int | None = None) -> QuerySet[ChatMessage]:
    """Lines of a session for the transcript API.

    ``full`` (the host, compliance) lists every stored line with its verdict; viewers get the published
    lines in ``seq`` order, removed ones included as removed (their text is withheld by the API).
    """
    lines = ChatMessage.objects.filter(session=session)
    if full:
        lines = lines.order_by("id")
    else:
        lines = lines.filter(seq__isnull=False).order_by("seq")
    if after_seq is not None:
        lines = lines.filter(seq__gt=after_seq)
    return lines


def backtest_lines(*, audience: bool, day: dict) -> list[tuple[str, QuerySet]]:
    """The lines a rule pack's back-test reads (``compliance.backtest``): viewers' lines and questions for the
    audience pack, the hosts' lines for the others; ``day`` filters ``created_at``."""
    if audience:
        return [
            ("chat", ChatMessage.objects.filter(author_role="customer", **day).order_by("id")),
            ("question", Question.objects.filter(**day).order_by("id")),
        ]
    return [("chat", ChatMessage.objects.filter(author_role="rm", **day).order_by("id"))]


def held_line_queue_stats() -> dict:
    """The surveillance queue for monitoring: held RM lines of live rooms (as the admin's queue lists them), how
    many and when the oldest was held; live sessions; open post-hoc transcript findings. Indexed counts."""
    held = ChatMessage.objects.filter(
        status=MessageStatus.HELD, removed_at__isnull=True, session__state=SessionState.LIVE
    ).aggregate(n=Count("id"), oldest=Min("created_at"))
    posthoc = TranscriptFinding.objects.filter(status=PostHocStatus.OPEN).aggregate(
        n=Count("id"), oldest=Min("created_at")
    )
    return {
        "held_lines": held["n"],
        "held_oldest": held["oldest"],
        "posthoc_open": posthoc["n"],
        "posthoc_oldest": posthoc["oldest"],
        "live_sessions": LiveSession.objects.filter(state=SessionState.LIVE).count(),
    }

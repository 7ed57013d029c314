"""Reads for studios, sessions and the room transcript."""

from django.db.models import Count, Min, Q, QuerySet

from studio.models import (
    ChatMessage,
    LiveSession,
    MessageStatus,
    PostHocStatus,
    Question,
    SessionState,
    Studio,
    TranscriptFinding,
)
from studio.protocol import chat_message_frame, chat_removed_frame, question_frame

REPLAY_LIMIT = 5000


def studio_list_for_owner(*, owner) -> QuerySet[Studio]:
    return Studio.objects.filter(owner=owner).order_by("id")


def session_list_for_owner(*, owner, state: str | None = None) -> QuerySet[LiveSession]:
    sessions = (LiveSession.objects.filter(studio__owner=owner).select_related("studio")
                .prefetch_related("featured_products"))
    return sessions.filter(state=state) if state else sessions


def room_events(*, session_id: int, after_seq: int, upto_seq: int | None = None,
                limit: int = REPLAY_LIMIT) -> list[dict]:
    """The room's sequenced frames with ``after_seq < seq ≤ upto_seq``, in ``seq`` order.

    A line removed by then is replayed only as its ``chat.removed`` (at the removal's seq): a viewer
    who did not see it never gets its text. Used by ``resume`` and by the fan-out to fill a gap.
    """
    window = Q(seq__gt=after_seq) | Q(removed_seq__gt=after_seq)
    if upto_seq is not None:
        window &= Q(seq__lte=upto_seq) | Q(removed_seq__lte=upto_seq)
    rows = (ChatMessage.objects.filter(window, session_id=session_id)
            .only("id", "seq", "removed_seq", "removed_at", "author_id", "author_name", "author_role", "text",
                  "published_at", "created_at")
            .order_by("seq")[: limit * 2])
    events: list[tuple[int, dict]] = []
    for message in rows:
        if message.removed_seq is not None:
            if message.removed_seq > after_seq and (upto_seq is None or message.removed_seq <= upto_seq):
                events.append((message.removed_seq, chat_removed_frame(message)))
        elif message.seq is not None and message.seq > after_seq and (upto_seq is None or message.seq <= upto_seq):
            events.append((message.seq, chat_message_frame(message)))
    events.sort(key=lambda item: item[0])
    return [frame for _, frame in events[:limit]]


def room_last_seqs(*, session_ids: list[int]) -> dict[int, int]:
    return dict(LiveSession.objects.filter(pk__in=session_ids).values_list("pk", "last_seq"))


def room_snapshot(*, session_id: int) -> dict:
    """What a viewer needs on joining beside the live stream: pin, settings and open questions."""
    session = LiveSession.objects.select_related("pinned_message").get(pk=session_id)
    pinned = session.pinned_message
    questions = Question.objects.filter(session_id=session_id, status="published").order_by("-upvotes", "id")[:100]
    return {
        "state": session.state,
        "last_seq": session.last_seq,
        "slow_mode_seconds": session.slow_mode_seconds,
        "qa_enabled": session.qa_enabled,
        "pinned": chat_message_frame(pinned) if pinned and pinned.removed_at is None and pinned.seq else None,
        "questions": [question_frame(q) for q in questions],
    }


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
    held = ChatMessage.objects.filter(status=MessageStatus.HELD, removed_at__isnull=True,
                                      session__state=SessionState.LIVE).aggregate(n=Count("id"),
                                                                                  oldest=Min("created_at"))
    posthoc = TranscriptFinding.objects.filter(status=PostHocStatus.OPEN).aggregate(n=Count("id"),
                                                                                   oldest=Min("created_at"))
    return {
        "held_lines": held["n"], "held_oldest": held["oldest"],
        "posthoc_open": posthoc["n"], "posthoc_oldest": posthoc["oldest"],
        "live_sessions": LiveSession.objects.filter(state=SessionState.LIVE).count(),
    }

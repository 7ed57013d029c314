"""Officers' queue of held chat lines across every room: what waits, a line in its context, and the live push.

A line stays in the queue until an officer decides on it: released (``studio.services.chat_release``, live
rooms only), removed (``chat_remove``), or, once its session has ended and it can no longer be shown,
closed with ``held_line_close`` (it stays held and unseen; the officer's name and time are recorded). A
session ending therefore never drops a line out unresolved.

Every change to the queue is announced to the ``officers.held`` group after commit as a small event (ids
only); the officers' live view (``studio.officer_consumers``) reloads its list from ``held_line_queue``,
which stays the truth (channel-layer delivery is at most once).
"""

from datetime import datetime

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext

from compliance.access import is_officer
from compliance.services.audit import audit_record
from core.events import broadcast_on_commit
from core.exceptions import Conflict, Forbidden, NotFound
from organisations.selectors import owner_scope_q
from studio.access import session_officer
from studio.errors import StudioError
from studio.models import ChatMessage, MessageStatus, SessionState

#: The channel-layer group of every officer's live view of held lines.
HELD_QUEUE_GROUP = "officers.held"


def _undecided() -> Q:
    return Q(status=MessageStatus.HELD, removed_at__isnull=True, reviewed_at__isnull=True)


def held_line_queue(*, user: AbstractBaseUser | AnonymousUser) -> QuerySet[ChatMessage]:
    """Held lines no officer has decided on, of every room ``user`` oversees (live or ended), oldest first."""
    lines = (
        ChatMessage.objects.filter(_undecided())
        .select_related("session__studio__owner")
        .order_by("created_at", "id")
    )
    if getattr(user, "is_superuser", False):
        return lines
    scope = owner_scope_q(user, "session__studio__owner")
    return lines if scope is None else lines.filter(scope)


def held_line_counts(*, user: AbstractBaseUser | AnonymousUser) -> tuple[int, datetime | None]:
    """How many held lines wait for ``user`` and since when (the oldest)."""
    queue = held_line_queue(user=user)
    oldest = queue.values_list("created_at", flat=True).first()
    return queue.count(), oldest


def held_line_context(*, message: ChatMessage, before: int = 6, after: int = 4) -> list[ChatMessage]:
    """The line with the lines sent just before and after it in its room, in the order they were sent.

    Every line is included whatever its status (held, removed or rejected lines too): the officer judges
    the conversation as it happened; the template marks what viewers did not see.
    """
    lines = ChatMessage.objects.filter(session_id=message.session_id)
    earlier = list(
        lines.filter(
            Q(created_at__lt=message.created_at) | Q(created_at=message.created_at, id__lt=message.pk)
        ).order_by("-created_at", "-id")[:before]
    )
    later = list(
        lines.filter(
            Q(created_at__gt=message.created_at) | Q(created_at=message.created_at, id__gt=message.pk)
        ).order_by("created_at", "id")[:after]
    )
    return [*reversed(earlier), message, *later]


def held_queue_changed(*, message_id: int, change: str) -> None:
    """Announce after commit that held line ``message_id`` entered or left the queue (``held``/``decided``)."""
    broadcast_on_commit(
        HELD_QUEUE_GROUP,
        {"type": "held.changed", "payload": {"type": "held.changed", "id": message_id, "change": change}},
    )


@transaction.atomic
def held_line_close(*, message_id: int, officer: AbstractBaseUser) -> ChatMessage:
    """An officer decides on a line still held after its session ended: it is never shown, and leaves the queue.

    The line keeps its status and text (it is a record); ``reviewed_by``/``reviewed_at`` say who decided and
    when, and ``chat.held_closed`` is audited. Lines of a live room are released or removed instead.
    Idempotent: closing a decided line returns it unchanged. Broadcasts ``held.changed`` after commit.
    """
    message = (
        ChatMessage.objects.select_for_update(of=("self",), no_key=True)
        .select_related("session__studio")
        .filter(pk=message_id)
        .first()
    )
    if message is None or not is_officer(officer) or not session_officer(officer, message.session):
        raise NotFound("Message not found.")
    if message.author_id == officer.pk:
        raise Forbidden("Nobody decides on their own line.", code=StudioError.FORBIDDEN)
    if (
        message.status != MessageStatus.HELD
        or message.removed_at is not None
        or message.reviewed_at is not None
    ):
        return message
    if message.session.state != SessionState.ENDED:
        raise Conflict(
            gettext("The session is still live: release or remove the line."), code=StudioError.INVALID_STATE
        )
    message.reviewed_by, message.reviewed_at = officer, timezone.now()
    message.save(update_fields=["reviewed_by", "reviewed_at", "updated_at"])
    audit_record(
        event_type="chat.held_closed",
        actor=officer,
        subject=message,
        data={"session_id": message.session_id, "message_id": message.pk},
    )
    held_queue_changed(message_id=message.pk, change="decided")
    return message

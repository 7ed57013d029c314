"""Notifications to RMs: a rejection, or an approval a rule change withdrew."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.contrib.auth.models import AbstractBaseUser
from django.utils import timezone

from compliance.models import (
    Notification,
    Submission,
)
from core.exceptions import NotFound

if TYPE_CHECKING:
    from studio.models import LiveSession


def notification_create(
    *,
    recipient: AbstractBaseUser,
    kind: str,
    message: str,
    session: LiveSession | None = None,
    submission: Submission | None = None,
) -> Notification:
    return Notification.objects.create(
        recipient=recipient, kind=kind, message=message, session=session, submission=submission
    )


def notification_mark_read(*, notification: Notification, user: AbstractBaseUser) -> Notification:
    """Mark one of ``user``'s notifications read (idempotent); another user's is ``NotFound``."""
    if notification.recipient_id != user.pk:
        raise NotFound("Notification not found.")
    if notification.read_at is None:
        notification.read_at = timezone.now()
        notification.save(update_fields=["read_at", "updated_at"])
    return notification

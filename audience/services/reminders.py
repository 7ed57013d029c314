"""Reminders: a customer asks to be reminded of a session; the beat task sends the due ones."""

import logging
from datetime import datetime, timedelta

from django.conf import settings
from django.contrib.auth.models import AnonymousUser, User
from django.core.exceptions import ImproperlyConfigured
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from accounts.roles import Role, has_role
from audience.errors import AudienceError
from audience.models import (
    Reminder,
)
from audience.services.interest import _watchable
from core.exceptions import Conflict, Forbidden
from core.times import studio_time
from studio.models import SessionState

logger = logging.getLogger(__name__)


REMINDER_LEAD = timedelta(minutes=15)


#: A reminder still goes out this long after the scheduled start (beat was down, or a late subscriber).
REMINDER_GRACE = timedelta(minutes=10)


def reminder_subscribe(
    *, session_id: int, user: User | AnonymousUser, request_session=None
) -> tuple[Reminder, bool]:
    """A customer asks to be reminded of an upcoming session. Idempotent: ``(reminder, created)``."""
    session = _watchable(user, session_id, request_session)
    if not has_role(user, Role.CUSTOMER):
        raise Forbidden("Reminders are for customers.", code=AudienceError.FORBIDDEN)
    if session.state != SessionState.APPROVED or session.scheduled_start <= timezone.now():
        raise Conflict(
            "Only an upcoming session can be reminded of.",
            code=AudienceError.INVALID_STATE,
            details={"state": session.state},
        )
    try:
        with transaction.atomic():
            return Reminder.objects.get_or_create(session=session, user=user)
    except IntegrityError:  # two clicks racing
        return Reminder.objects.get(session=session, user=user), False


def reminder_get(*, session_id: int, user: User | AnonymousUser, request_session=None) -> Reminder | None:
    session = _watchable(user, session_id, request_session)
    return Reminder.objects.filter(session=session, user=user).first() if user.is_authenticated else None


def reminder_unsubscribe(*, session_id: int, user: User | AnonymousUser, request_session=None) -> bool:
    session = _watchable(user, session_id, request_session)
    deleted, _rows = Reminder.objects.filter(session=session, user=user).delete()
    return bool(deleted)


def _reminder_deliver(reminder: Reminder, now: datetime) -> None:
    """E-mail (when the user has an address) and in-app notice; the caller holds the reminder's row lock."""
    from compliance.services.notifications import notification_create

    session = reminder.session
    # Links leave the site: absolute, on the configured public address (checked at start-up, audience.checks).
    if not settings.PUBLIC_BASE_URL:
        raise ImproperlyConfigured(
            "PUBLIC_BASE_URL is not set: a reminder e-mail needs an absolute link "
            "(see `manage.py check --deploy`)."
        )
    link = f"{settings.PUBLIC_BASE_URL}/watch/{session.pk}/"
    with translation.override(settings.LANGUAGE_CODE):  # Chinese first: customers have no language setting
        text = _("“%(title)s” starts at %(time)s.") % {
            "title": session.title,
            "time": studio_time(session.scheduled_start),
        }
        subject = _("Reminder: %(title)s") % {"title": session.title}
        body = _("%(text)s\n\nWatch: %(link)s") % {"text": text, "link": link}
    notification_create(recipient=reminder.user, kind="session_reminder", session=session, message=text)
    emailed = False
    if reminder.user.email:
        send_mail(
            subject=subject,
            message=body,
            from_email=settings.DEFAULT_FROM_EMAIL,
            recipient_list=[reminder.user.email],
        )
        emailed = True
    reminder.sent_at, reminder.emailed = now, emailed
    reminder.save(update_fields=["sent_at", "emailed", "updated_at"])


def reminders_due(now: datetime) -> list[int]:
    return list(
        Reminder.objects.filter(
            sent_at__isnull=True,
            session__state__in=(SessionState.APPROVED, SessionState.LIVE),
            session__scheduled_start__lte=now + REMINDER_LEAD,
            session__scheduled_start__gt=now - REMINDER_GRACE,
        )
        .order_by("session__scheduled_start", "id")
        .values_list("pk", flat=True)[:5000]
    )


def reminders_send_due(*, now: datetime | None = None) -> int:
    """Send every reminder due now (15 minutes before the start), each exactly once; returns how many sent.

    Each reminder is sent inside its own transaction holding its row lock (``SKIP LOCKED``: a concurrent
    run passes over it), and ``sent_at`` is committed in that same transaction together with the in-app
    notice, so a retried task or a second beat process finds it sent. If the mail server refuses, the
    transaction rolls back and the next tick tries again. Only a crash between the SMTP hand-off and the
    commit could send one twice; the transaction is kept short for that reason.
    """
    now = now or timezone.now()
    sent = 0
    for reminder_id in reminders_due(now):
        try:
            with transaction.atomic():
                reminder = (
                    Reminder.objects.select_for_update(skip_locked=True, of=("self",))
                    .select_related("session", "user")
                    .filter(pk=reminder_id, sent_at__isnull=True)
                    .first()
                )
                if reminder is None:
                    continue
                _reminder_deliver(reminder, now)
                sent += 1
        except Exception:
            logger.exception("reminder %s could not be sent; the next run tries again", reminder_id)
    return sent

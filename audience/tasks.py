"""Celery tasks of the audience app (both periodic, in ``CELERY_BEAT_SCHEDULE``): thin, idempotent wrappers."""

from celery import shared_task
from django.db import InterfaceError, OperationalError
from redis.exceptions import RedisError

TRANSIENT_ERRORS = (OperationalError, InterfaceError, RedisError, ConnectionError, TimeoutError)


@shared_task(
    name="audience.concurrency_sample",
    acks_late=True,
    expires=9,
    autoretry_for=TRANSIENT_ERRORS,
    retry_backoff=1,
    max_retries=3,
)
def concurrency_sample_task() -> dict[str, int]:
    """Every 10 s: sample the viewers of each live room. A second run in the same tick writes nothing.

    ``expires``: a sample that waited past its tick in the queue is dropped; the next tick samples anew.
    """
    from audience.services.attendance import concurrency_sample

    return {str(session_id): viewers for session_id, viewers in concurrency_sample().items()}


@shared_task(
    name="audience.reminders_send_due",
    acks_late=True,
    autoretry_for=TRANSIENT_ERRORS,
    retry_backoff=2,
    max_retries=5,
)
def reminders_send_due_task() -> int:
    """Every minute: send the reminders due (15 minutes before the start), each exactly once."""
    from audience.services.reminders import reminders_send_due

    return reminders_send_due()

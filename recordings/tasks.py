"""Celery tasks of the recordings app: thin wrappers that load ids, call a service and decide on retries.

Each service is idempotent by a state guard (a row not in the state the task expects is ``"skipped"``), so
``acks_late`` with redelivery is safe. Storage and database faults are retried with backoff; bad media is a
permanent failure that the service records on the row and in the audit chain.
"""

from celery import shared_task

from compliance.tasks import TRANSIENT_ERRORS
from recordings.errors import StorageUnavailable

RETRY = dict(
    acks_late=True,
    reject_on_worker_lost=True,
    retry_backoff=2,
    retry_backoff_max=120,
    retry_jitter=True,
    max_retries=10,
)


@shared_task(
    name="recordings.recording_process", autoretry_for=(*TRANSIENT_ERRORS, StorageUnavailable), **RETRY
)
def recording_process_task(recording_id: int) -> str:
    """Remux, probe, hash and store one recording (``recordings.services.recording_process``)."""
    from recordings.services import recording_process

    return recording_process(recording_id=recording_id)


@shared_task(name="recordings.replay_prepare", autoretry_for=(*TRANSIENT_ERRORS, StorageUnavailable), **RETRY)
def replay_prepare_task(session_id: int) -> str:
    """Put an ended session's replay in review once its recordings are stored."""
    from recordings.services import replay_prepare

    return replay_prepare(session_id=session_id)


@shared_task(name="recordings.replay_cut", autoretry_for=(*TRANSIENT_ERRORS, StorageUnavailable), **RETRY)
def replay_cut_task(replay_id: int) -> str:
    """Make the published file of a replay approved with cuts."""
    from recordings.services import replay_cut

    return replay_cut(replay_id=replay_id)


@shared_task(name="recordings.replays_prepare_due", acks_late=True)
def replays_prepare_due_task() -> int:
    """Periodic safety net: sessions that ended after their last recording was stored still get a review."""
    from recordings.services import replays_prepare_due

    return replays_prepare_due()


@shared_task(name="recordings.purge_expired", acks_late=True)
def recordings_purge_expired_task() -> int:
    """Daily: delete recordings older than the retention period, except under legal hold."""
    from recordings.services import recordings_purge_expired

    return recordings_purge_expired()

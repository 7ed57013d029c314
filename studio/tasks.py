"""Celery tasks of the studio app: thin wrappers that call a service and decide on retries."""

from celery import shared_task

from compliance.tasks import TRANSIENT_ERRORS


@shared_task(
    name="studio.transcript_scan",
    acks_late=True,
    reject_on_worker_lost=True,
    autoretry_for=TRANSIENT_ERRORS,
    retry_backoff=2,
    retry_backoff_max=60,
    retry_jitter=True,
    max_retries=5,
)
def transcript_scan_task(session_id: int, final: bool = False) -> dict:
    """Re-scan one session's host transcript as one text (idempotent: state row lock + unique signatures)."""
    from studio.transcript_scan import transcript_scan

    return transcript_scan(session_id=session_id, final=final)


@shared_task(name="studio.transcripts_scan_live", acks_late=True)
def transcripts_scan_live_task() -> dict:
    """Periodic: re-scan the host transcript of every live session that has new host lines."""
    from studio.transcript_scan import transcripts_scan_live

    return transcripts_scan_live()


@shared_task(name="compliance.chat_seal_due", acks_late=True, autoretry_for=TRANSIENT_ERRORS, max_retries=3)
def chat_seal_due_task() -> int:
    """Periodic: seal live rooms' new chat lines into the audit chain as Merkle roots (idempotent).

    Named ``compliance.chat_seal_due`` still (the beat schedule and queued messages use the name).
    """
    from studio.chat_seal import chat_seal_due

    return chat_seal_due()

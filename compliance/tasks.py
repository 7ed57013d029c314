"""Celery tasks of the compliance app: thin wrappers that load ids, call a service and decide on retries."""

import logging

from celery import shared_task
from celery.signals import worker_ready
from django.db import InterfaceError, OperationalError
from redis.exceptions import RedisError

#: Errors worth another try: the database or Redis was briefly unreachable, a row was locked (NOWAIT),
#: a deadlock was broken. Anything else (a missing row, an engine bug, bad data) is permanent.
TRANSIENT_ERRORS = (OperationalError, InterfaceError, RedisError, ConnectionError, TimeoutError)

logger = logging.getLogger(__name__)


@worker_ready.connect
def rule_packs_warm(**kwargs) -> None:
    """Compile the active rule pack when a worker starts, so the first check does not pay for it (~1 s).

    Helps pools that run tasks in the main process (solo, threads); prefork children compile on first use.
    """
    from compliance.screening import pack_compiled
    from compliance.services.rule_packs import pack_active, pack_name_for

    try:
        pack_compiled(pack_active(pack_name_for()))
    except Exception:  # never keep a worker from starting; the first check will compile (and report) instead
        logger.warning("could not compile the rule pack at worker start", exc_info=True)


@shared_task(
    bind=True,
    name="compliance.submission_review",
    acks_late=True,
    reject_on_worker_lost=True,
    autoretry_for=TRANSIENT_ERRORS,
    retry_backoff=1,
    retry_backoff_max=60,
    retry_jitter=True,
    max_retries=10,
)
def submission_review_task(self, submission_id: int) -> str:
    """Check one submission with the engine and store its findings (idempotent by a state guard).

    Enqueue only with ``transaction.on_commit``. A second delivery returns ``"skipped"`` without checking,
    except a *redelivery* of this same message (its worker died mid-check, so the broker handed it out again):
    it takes over the claim it left behind, as a retry does, instead of waiting for the stale-claim sweeper.
    """
    from compliance.services.review import submission_check

    redelivered = bool((self.request.delivery_info or {}).get("redelivered"))
    return submission_check(
        submission_id=submission_id,
        token=self.request.id or "",
        is_retry=bool(self.request.retries) or redelivered,
    )


@shared_task(
    name="compliance.rule_pack_recheck",
    acks_late=True,
    reject_on_worker_lost=True,
    autoretry_for=TRANSIENT_ERRORS,
    retry_backoff=2,
    retry_backoff_max=120,
    retry_jitter=True,
    max_retries=10,
)
def rule_pack_recheck_task(pack_id: int) -> dict:
    """Re-check approved content of sessions not ended against a new rule pack version (idempotent)."""
    from compliance.services.review import rule_pack_recheck

    return rule_pack_recheck(pack_id=pack_id)


@shared_task(name="compliance.submissions_requeue_stale", acks_late=True)
def submissions_requeue_stale_task() -> int:
    """Periodic safety net: re-enqueue checks lost before reaching the broker or held by a dead worker."""
    from compliance.services.review import submissions_requeue_stale

    return submissions_requeue_stale()


@shared_task(name="compliance.checks_reclaim_dead", acks_late=True)
def checks_reclaim_dead_task() -> int:
    """Frequent: re-enqueue checks whose claim went stale (their worker died), so they resume in seconds."""
    from compliance.services.review import checks_reclaim_dead

    return checks_reclaim_dead()


@shared_task(name="compliance.audit_anchor", acks_late=True)
def audit_anchor_task() -> dict | None:
    """Periodic: write a keyed checkpoint of the audit chain head to the anchor store (outside the database)."""
    from compliance.anchoring import anchor_write

    return anchor_write()


@shared_task(name="compliance.retention_apply", acks_late=True)
def retention_apply_task() -> dict:
    """Daily: delete sessions past retention that no legal hold covers, auditing each (idempotent)."""
    from compliance.retention import retention_apply

    return retention_apply()


@shared_task(
    name="compliance.backtest_run",
    acks_late=True,
    reject_on_worker_lost=True,
    autoretry_for=TRANSIENT_ERRORS,
    retry_backoff=2,
    retry_backoff_max=60,
    retry_jitter=True,
    max_retries=5,
)
def backtest_run_task(run_id: int) -> dict:
    """Run one back-test of a rule pack over archived content (idempotent: a claimed run is skipped)."""
    from compliance.backtest import backtest_run

    return backtest_run(run_id=run_id)

"""The audit trail's append-only triggers (PostgreSQL), and lifting them the way a tamperer would."""

from contextlib import contextmanager

from django.db import connection, transaction

#: The triggers of compliance/migrations/0006_audit_append_only_triggers.py (PostgreSQL only).
AUDIT_ROW_TRIGGERS = {
    "compliance_auditevent": "compliance_auditevent_append_only",
    "compliance_auditchainhead": "compliance_auditchainhead_forward_only",
}
AUDIT_TRUNCATE_TRIGGERS = {
    "compliance_auditevent": "compliance_auditevent_no_truncate",
    "compliance_auditchainhead": "compliance_auditchainhead_no_truncate",
}


def set_triggers(triggers: dict[str, str], state: str) -> None:
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        for table, trigger in triggers.items():
            cursor.execute(f"ALTER TABLE {table} {state} TRIGGER {trigger}")


@contextmanager
def audit_guard_lifted():
    """What a tamperer who owns the tables does first on PostgreSQL: disable the append-only triggers.

    Inside one transaction (rolled back with the test's, or re-enabled at the end), as the migration's
    docstring tells an operator to do.
    """
    with transaction.atomic():
        set_triggers(AUDIT_ROW_TRIGGERS, "DISABLE")
        try:
            yield
        finally:
            set_triggers(AUDIT_ROW_TRIGGERS, "ENABLE")

"""Make the audit trail append-only inside PostgreSQL: UPDATE, DELETE and TRUNCATE of audit events are refused.

The chain head row may only move forward (``last_seq`` grows, or the row is rewritten unchanged) and may never be deleted or truncated. Any database
user who is not the tables' owner (or a superuser) therefore cannot rewrite history, whatever privileges they were
granted; the owner can, by disabling the triggers, which is why the chain head is also anchored outside the
database (``compliance.anchoring``) and ``audit_verify`` checks those anchors.

SQLite (local runs) has no such guard: this migration does nothing there.

How an operator lifts the guard, should a regulator or a court ever order audit rows changed or removed:
connect as the tables' owner and, in ONE transaction, disable, change, re-enable, so the guard is never off
for other sessions::

    BEGIN;
    ALTER TABLE compliance_auditevent DISABLE TRIGGER compliance_auditevent_append_only;
    -- the ordered change, e.g. DELETE FROM compliance_auditevent WHERE ...;
    ALTER TABLE compliance_auditevent ENABLE TRIGGER compliance_auditevent_append_only;
    COMMIT;

(``compliance_auditevent_no_truncate``, ``compliance_auditchainhead_forward_only`` and
``compliance_auditchainhead_no_truncate`` are lifted the same way.) Removing the guard for good is
``manage.py migrate compliance 0005``, which drops the triggers. Either way ``audit_verify`` will then report
the chain as changed against the anchors written before: keep the order and the anchor file together.
Run the application as a role that does not own these tables, so that it cannot do either.
"""

from django.db import migrations

FORWARD = """
CREATE OR REPLACE FUNCTION compliance_audit_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit trail is append-only: % on % refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege',
              HINT = 'see compliance/migrations/0006_audit_append_only_triggers.py';
END
$$;
CREATE OR REPLACE FUNCTION compliance_audit_head_forward() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- Rewriting the row with what it holds is harmless (Django's serializer does it); anything else moves on.
    IF TG_OP = 'DELETE' OR NEW.id <> OLD.id OR NEW.last_seq < OLD.last_seq
            OR (NEW.last_seq = OLD.last_seq AND NEW.last_hash <> OLD.last_hash) THEN
        RAISE EXCEPTION 'the audit chain head only moves forward: % refused', TG_OP
            USING ERRCODE = 'insufficient_privilege',
                  HINT = 'see compliance/migrations/0006_audit_append_only_triggers.py';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER compliance_auditevent_append_only BEFORE UPDATE OR DELETE ON compliance_auditevent
    FOR EACH ROW EXECUTE FUNCTION compliance_audit_refuse();
CREATE TRIGGER compliance_auditevent_no_truncate BEFORE TRUNCATE ON compliance_auditevent
    FOR EACH STATEMENT EXECUTE FUNCTION compliance_audit_refuse();
CREATE TRIGGER compliance_auditchainhead_forward_only BEFORE UPDATE OR DELETE ON compliance_auditchainhead
    FOR EACH ROW EXECUTE FUNCTION compliance_audit_head_forward();
CREATE TRIGGER compliance_auditchainhead_no_truncate BEFORE TRUNCATE ON compliance_auditchainhead
    FOR EACH STATEMENT EXECUTE FUNCTION compliance_audit_refuse();
"""

BACKWARD = """
DROP TRIGGER IF EXISTS compliance_auditchainhead_no_truncate ON compliance_auditchainhead;
DROP TRIGGER IF EXISTS compliance_auditchainhead_forward_only ON compliance_auditchainhead;
DROP TRIGGER IF EXISTS compliance_auditevent_no_truncate ON compliance_auditevent;
DROP TRIGGER IF EXISTS compliance_auditevent_append_only ON compliance_auditevent;
DROP FUNCTION IF EXISTS compliance_audit_head_forward();
DROP FUNCTION IF EXISTS compliance_audit_refuse();
"""


def _on_postgresql(sql: str):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(sql, params=None)

    return run


class Migration(migrations.Migration):
    dependencies = [("compliance", "0005_legal_holds")]

    operations = [migrations.RunPython(_on_postgresql(FORWARD), _on_postgresql(BACKWARD))]

"""Records: the audit chain verifies after the flows run (and catches tampering), removing a chat line never
deletes it, and every app's migrations roll back to zero and forward again on a throwaway database."""

import os
import subprocess
import sys
import uuid

import pytest
from django.contrib.admin.sites import site as admin_site
from django.core.management import CommandError, call_command
from django.db import connection
from django.test import Client

from audience.evidence import evidence_bundle_build
from compliance.models import AuditEvent, Rule, SubmissionStatus
from compliance.services.review import submission_reject
from compliance.services.rule_packs import rule_change
from studio.models import ChatMessage
from studio.services.room import chat_remove, chat_send
from tests.factories import make_customer
from tests.support.audit import audit_guard_lifted
from tests.support.process import ROOT
from tests.support.world import build_world

PROJECT_APPS = ["audience", "compliance", "studio", "products", "accounts"]  # dependents first


@pytest.mark.django_db
def test_the_audit_chain_verifies_after_the_flows_and_names_a_tampered_event(capsys):
    world = build_world(
        prefix="audit"
    )  # submissions checked, approvals, go-live, end, share links, reminders
    officer = world.user("officer")
    submission_reject(submission=world.submission, officer=officer, note="措辞需要调整")
    rule = Rule.objects.filter(pack__is_active=True).first()
    rule_change(rule=rule, actor=officer, severity="review", note="测试调整严重程度")
    chat_remove(session_id=world.sessions["live"].pk, actor=officer, message_id=world.line_id)
    evidence_bundle_build(session=world.sessions["ended"], officer=officer)
    world.submission.refresh_from_db()
    assert world.submission.status == SubmissionStatus.REJECTED
    events = AuditEvent.objects.count()
    assert events >= 15
    assert set(AuditEvent.objects.values_list("event_type", flat=True)) >= {
        "submission.checked",
        "submission.approved",
        "submission.rejected",
        "share_link.created",
    }

    call_command("audit_verify")
    assert f"OK: {events} audit events" in capsys.readouterr().out

    # Editing a stored event behind the application's back is caught, by id.
    victim = AuditEvent.objects.order_by("seq")[events // 2]
    with audit_guard_lifted(), connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {AuditEvent._meta.db_table} SET data = %s WHERE id = %s",  # noqa: S608
            ['{"status": "approved"}', victim.pk],
        )
    with pytest.raises(CommandError, match="tampered"):
        call_command("audit_verify")
    assert str(victim.pk) in capsys.readouterr().err


@pytest.mark.django_db
def test_removing_a_line_never_deletes_it():
    world = build_world(prefix="removal")
    sid = world.sessions["live"].pk
    customer2 = make_customer("removal-c2")
    ack = chat_send(session_id=sid, user=customer2, text="第二条", ref="r2")
    before = ChatMessage.objects.count()

    chat_remove(session_id=sid, actor=world.user("rm_own"), message_id=world.line_id)
    chat_remove(session_id=sid, actor=world.user("officer"), message_id=ack["id"])
    chat_remove(session_id=sid, actor=world.user("officer"), message_id=ack["id"])  # twice: no-op

    assert ChatMessage.objects.count() == before
    for line_id, text in ((world.line_id, "请问R2产品的期限是多久？"), (ack["id"], "第二条")):
        line = ChatMessage.objects.get(pk=line_id)
        assert line.removed_at is not None and line.removed_by_id is not None
        assert line.text == text and line.status == "published" and line.seq is not None
    # Viewers see the place of a removed line without its text; the host and officers see the record.
    public = Client().get(f"/api/sessions/{sid}/messages/").json()["results"]
    assert [(line["removed"], line["text"]) for line in public if line["id"] == ack["id"]] == [(True, None)]
    officer_view = Client()
    officer_view.force_login(world.user("officer"))
    full = officer_view.get(f"/api/sessions/{sid}/messages/").json()["results"]
    assert [line["text"] for line in full if line["id"] == ack["id"]] == ["第二条"]
    # And the admin offers no way to delete one, to anybody.
    admin_view = admin_site._registry[ChatMessage]
    request = type("R", (), {"user": world.user("officer")})()
    assert not admin_view.has_delete_permission(request)
    officer_view.post(f"/admin/studio/chatmessage/{ack['id']}/delete/", {"post": "yes"})
    assert ChatMessage.objects.filter(pk=ack["id"]).exists()


MIGRATE_ROUND_TRIP = """
import django
django.setup()
from django.core.management import call_command
from django.db import connection
from django.db.migrations.recorder import MigrationRecorder

apps = {apps!r}
call_command("migrate", verbosity=0)
forward = set(MigrationRecorder(connection).applied_migrations())
for app in apps:
    call_command("migrate", app, "zero", verbosity=0)
left = [key for key in MigrationRecorder(connection).applied_migrations() if key[0] in apps]
assert not left, f"still applied after rolling back to zero: {{left}}"
tables = set(connection.introspection.table_names())
assert not [t for t in tables if t.split("_")[0] in apps], f"tables left behind: {{tables}}"
call_command("migrate", verbosity=0)
assert set(MigrationRecorder(connection).applied_migrations()) == forward
from django.contrib.auth.models import Group
assert set(Group.objects.values_list("name", flat=True)) >= {{"rm", "customer", "compliance"}}
print("ROUND TRIP OK", len(forward))
"""


@pytest.mark.timeout(240)
def test_every_apps_migrations_roll_back_to_zero_and_forward_again():
    """On a throwaway PostgreSQL database (or SQLite file) of its own, never the test database."""
    import psycopg

    db = connection.settings_dict
    name = f"migrations_{uuid.uuid4().hex[:10]}"
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.test", "DEBUG": "true"}
    if connection.vendor == "postgresql":
        user = db.get("USER") or ""
        password = f":{db['PASSWORD']}" if db.get("PASSWORD") else ""
        host, port = db.get("HOST") or "127.0.0.1", db.get("PORT") or 5432
        admin_url = f"postgresql://{user}{password}@{host}:{port}/postgres"
        with psycopg.connect(admin_url, autocommit=True) as admin:
            admin.execute(f'CREATE DATABASE "{name}"')
        env["DATABASE_URL"] = f"postgres://{user}{password}@{host}:{port}/{name}"
    else:
        env["DATABASE_URL"] = f"sqlite:///{ROOT / '.run' / (name + '.sqlite3')}"
    try:
        result = subprocess.run(
            [sys.executable, "-c", MIGRATE_ROUND_TRIP.format(apps=PROJECT_APPS)],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=230,
        )
        assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-4000:]
        assert "ROUND TRIP OK" in result.stdout
    finally:
        if connection.vendor == "postgresql":
            with psycopg.connect(admin_url, autocommit=True) as admin:
                admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
